import type {SegmentedParagraph} from '../text/index.js'
import type {RawQuote} from '../quotes/types.js'
import {lowerFolded} from '../text/fold.js'
import {JOINED_NAME_PARTICLES} from '../lexicons/roles.js'

/** A token of the article, with where it sits. */
export interface Word {
  start: number
  end: number
  text: string
  /** Lower case, typographic apostrophes folded to `'`. */
  lower: string
  kind: 'word' | 'punctuation' | 'symbol'
  /** First letter upper case. */
  capitalized: boolean
  sentence: number
  paragraph: number
  /** Index of the raw quote this token is inside (marks included), or -1. */
  quote: number
}

/** A sentence as a range of token indices. */
export interface SentenceRange {
  /** First token index. */
  from: number
  /** One past the last token index. */
  to: number
  paragraph: number
  start: number
  end: number
}

/** The article as the attribution stage reads it. */
export interface ArticleDocument {
  text: string
  words: Word[]
  sentences: SentenceRange[]
  paragraphs: SegmentedParagraph[]
  quotes: RawQuote[]
  boilerplate: readonly boolean[]
  /** For each quote: index of its first and last token. */
  quoteTokens: Array<{first: number; last: number}>
}

/**
 * Lay the article out as one token stream with sentence ranges, each token
 * marked with the quote it belongs to (linear in the text).
 *
 * @example
 * const doc = buildDocument(text, segmented.paragraphs, scan.quotes, flags)
 * doc.words.filter((w) => w.quote === 0).map((w) => w.text)
 */
export function buildDocument(
  text: string,
  paragraphs: SegmentedParagraph[],
  quotes: RawQuote[],
  boilerplate: readonly boolean[]
): ArticleDocument {
  const words: Word[] = []
  const sentences: SentenceRange[] = []
  // One folded form per distinct word: an article repeats its words ("The", "Trump’s").
  const folded = new Map<string, string>()
  const lowerOf = (word: string): string => {
    let lower = folded.get(word)
    if (lower === undefined) {
      lower = lowerFolded(word)
      folded.set(word, lower)
    }
    return lower
  }
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.sentences) {
      const from = words.length
      for (const token of sentence.tokens) {
        const word = token.kind === 'word'
        const first = word ? token.text.charAt(0) : ''
        words.push({
          start: token.start,
          end: token.end,
          text: token.text,
          lower: word ? lowerOf(token.text) : token.text,
          kind: token.kind,
          // "al-Assad", "el-Sisi", "d'Estaing": a surname with its particle joined on is capitalised too.
          capitalized: word && (first !== first.toLowerCase() || joinedParticleName(token.text)),
          sentence: sentences.length,
          paragraph: paragraph.index,
          quote: -1
        })
      }
      sentences.push({from, to: words.length, paragraph: paragraph.index, start: sentence.start, end: sentence.end})
    }
  }

  // Regions of each quote (marks included), swept against the tokens in order.
  const regions: Array<{start: number; end: number; quote: number}> = []
  quotes.forEach((quote, q) => {
    const last = quote.parts.length - 1
    quote.parts.forEach((part, i) => {
      const open = quote.opens[i]
      const start = open && open.end > open.start ? open.start : part.start
      const end = i === last && quote.close ? quote.close.end : part.end
      regions.push({start, end, quote: q})
    })
  })
  regions.sort((a, b) => a.start - b.start)
  const quoteTokens = quotes.map(() => ({first: -1, last: -1}))
  let r = 0
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word
    while (r < regions.length && (regions[r] as {end: number}).end <= word.start) r++
    const region = regions[r]
    if (region && word.start >= region.start && word.start < region.end) {
      word.quote = region.quote
      const range = quoteTokens[region.quote] as {first: number; last: number}
      if (range.first < 0) range.first = i
      range.last = i
    }
  }
  return {text, words, sentences, paragraphs, quotes, boilerplate, quoteTokens}
}

/**
 * Index of the first token that starts at or after `offset` (binary search), or
 * `doc.words.length` when none does.
 *
 * @example
 * doc.words[tokenAtOffset(doc, mention.start)]?.sentence
 */
export function tokenAtOffset(doc: ArticleDocument, offset: number): number {
  const starts = wordStarts(doc)
  let lo = 0
  let hi = starts.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((starts[mid] as number) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

const startsCache = new WeakMap<ArticleDocument, Float64Array>()

/**
 * The start offset of every token of `doc`, in one array made on first use:
 * a binary search over it reads a few cache lines, not one word object per
 * step scattered over the heap (a long document has a quarter of a million).
 */
function wordStarts(doc: ArticleDocument): Float64Array {
  let starts = startsCache.get(doc)
  if (starts === undefined || starts.length !== doc.words.length) {
    starts = new Float64Array(doc.words.length)
    for (let i = 0; i < starts.length; i++) starts[i] = (doc.words[i] as Word).start
    startsCache.set(doc, starts)
  }
  return starts
}

/**
 * Index of the paragraph holding `offset` (binary search), or -1.
 *
 * @example
 * doc.boilerplate[paragraphAtOffset(doc, span.start)]
 */
export function paragraphAtOffset(doc: ArticleDocument, offset: number): number {
  let lo = 0
  let hi = doc.paragraphs.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const paragraph = doc.paragraphs[mid] as SegmentedParagraph
    if (offset < paragraph.start) hi = mid - 1
    else if (offset >= paragraph.end) lo = mid + 1
    else return mid
  }
  return -1
}

/**
 * The map `store` keeps for `doc`, made on first use: the per-document
 * caches of the attribution stage (mentions, subjects, headline sentences,
 * transcript paragraphs) live and die with their document.
 *
 * @example
 * const mentions = new WeakMap<ArticleDocument, Map<number, Mention>>()
 * cacheFor(mentions, doc).get(key)
 */
export function cacheFor<K, V>(store: WeakMap<ArticleDocument, Map<K, V>>, doc: ArticleDocument): Map<K, V> {
  let cache = store.get(doc)
  if (cache === undefined) {
    cache = new Map()
    store.set(doc, cache)
  }
  return cache
}

/** The most letters of a particle joined to a surname ("al-", "ash-", "ibn-"). */
const MAX_JOINED_PARTICLE = 3

/**
 * Is `text` a surname with a lower-case particle joined on by a hyphen or an
 * apostrophe ("al-Assad", "el-Sisi", "d'Estaing"; see JOINED_NAME_PARTICLES)?
 *
 * @example
 * joinedParticleName('al-Assad') // true
 */
export function joinedParticleName(text: string): boolean {
  const first = text.charAt(0)
  return first === first.toLowerCase() && joinedParticleEnd(text) > 0
}

/**
 * Where the surname starts after a joined particle, whatever its case
 * ("al-Assad", "Al-Assad" -> 3), or 0 when there is none.
 *
 * @example
 * joinedParticleEnd('Al-Assad') // 3
 */
export function joinedParticleEnd(text: string): number {
  let k = 0
  while (k < text.length && k <= MAX_JOINED_PARTICLE && isAsciiLetter(text.charCodeAt(k))) k++
  const mark = text.charCodeAt(k)
  // '-', "'" and '’'.
  if (k === 0 || (mark !== 45 && mark !== 39 && mark !== 0x2019)) return 0
  const next = text.charAt(k + 1)
  if (next === '' || next === next.toLowerCase() || !JOINED_NAME_PARTICLES.has(text.slice(0, k).toLowerCase())) return 0
  return k + 1
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
