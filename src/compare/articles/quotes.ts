/**
 * Quote clusters: the same utterance quoted by several articles. Quotes
 * are proposed by an inverted index over their content stems, aligned word
 * by word (the shorter inside the longer: a fragment may be quoted from a
 * longer passage), and joined when the words agree and the attributions
 * allow it (see {@link decide}).
 */
import type {Quote, Span} from '../../types.js'
import type {ArticleQuote, QuoteCluster, QuoteComparison} from '../types.js'
import {STOPWORDS} from '../lexicon/index.js'
import {buildIndex, candidatePairs} from '../index/inverted.js'
import {indexWords} from '../verify/locate.js'
import {alignQuote, alignmentSimilarity} from '../verify/search.js'
import {differencesOf, verdictOf} from '../verify/differences.js'
import {tokenizeWords} from '../words/tokenize.js'
import type {Word} from '../words/tokenize.js'
import {compareSpeakers, speakerEvidence} from './speakers.js'
import type {SpeakerEvidence, SpeakerMatch} from './speakers.js'

/**
 * An article's text and sentences, for locating quotes.
 *
 * @example
 * const context: ArticleContext = {id: 'bbc', text, sentences: segmentText(text).paragraphs.flatMap((p) => p.sentences)}
 */
export interface ArticleContext {
  id: string
  text: string
  sentences: Span[]
}

/**
 * Options for {@link clusterQuotes}.
 *
 * @example
 * clusterQuotes(quotes, articles, {threshold: 0.7})
 */
export interface QuoteClusterOptions {
  /** Minimum word similarity (default 0.6). */
  threshold?: number
}

interface Prepared {
  item: ArticleQuote
  article: number
  /** The parts joined by a space. */
  text: string
  /** Start of each part in `text`. */
  offsets: number[]
  words: Word[]
  content: number
  evidence: SpeakerEvidence
}

/** What a candidate pair decided. */
interface Link {
  a: number
  b: number
  /** Index of the shorter quote (checked against the longer one). */
  quote: number
  reference: number
  comparison: Omit<QuoteComparison, 'quote' | 'reference'>
}

/**
 * Cluster the quotes of several articles. `quotes[i].articleId` must be
 * the id of one of `articles`; `term` quotes and quotes in page furniture
 * are left out.
 *
 * @example
 * clusterQuotes(
 *   [{articleId: 'a', quote: quoteA}, {articleId: 'b', quote: quoteB}],
 *   [{id: 'a', text: textA, sentences: []}, {id: 'b', text: textB, sentences: []}]
 * ) // [{quotes: [...], speakers: ['Andriy Yermak'], differences: [...]}]
 */
export function clusterQuotes(quotes: ArticleQuote[], articles: ArticleContext[], options: QuoteClusterOptions = {}): QuoteCluster[] {
  const threshold = options.threshold ?? 0.6
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]))
  const prepared: Prepared[] = []
  for (const item of quotes) {
    const article = articleIndex.get(item.articleId)
    if (article === undefined) continue
    const quote = item.quote
    if (quote.kind === 'term' || quote.inBoilerplate || quote.parts.length === 0) continue
    const context = articles[article] as ArticleContext
    const offsets: number[] = []
    let text = ''
    for (const part of quote.parts) {
      if (text !== '') text += ' '
      offsets.push(text.length)
      text += part.text
    }
    const words = tokenizeWords(text)
    const content = words.filter((w) => !STOPWORDS.has(w.key)).length
    if (content === 0) continue
    prepared.push({item, article, text, offsets, words, content, evidence: speakerEvidence(quote, context.text, context.sentences)})
  }
  // identical quotes with the same speaker (syndicated copies) join their first copy directly
  const links: Link[] = []
  const firstCopy = new Map<string, number>()
  const representatives: number[] = []
  prepared.forEach((p, i) => {
    const key = p.words.map((w) => w.key).join(' ') + '|' + (p.item.quote.speaker?.name ?? '')
    const first = firstCopy.get(key)
    if (first === undefined) {
      firstCopy.set(key, i)
      representatives.push(i)
    } else {
      links.push(copyLink(first, i, prepared[first] as Prepared, p))
    }
  })
  // candidates: quotes sharing a content stem
  const stemIds = new Map<string, number>()
  const documents = representatives.map((r) => {
    const keys: number[] = []
    for (const w of (prepared[r] as Prepared).words) {
      if (STOPWORDS.has(w.key)) continue
      let id = stemIds.get(w.stem)
      if (id === undefined) {
        id = stemIds.size
        stemIds.set(w.stem, id)
      }
      keys.push(id)
    }
    return Int32Array.from(keys)
  })
  const index = buildIndex(documents)
  for (const [x, y] of candidatePairs(index, documents, {rareTerms: 6, perDocument: 32})) {
    const a = representatives[x] as number
    const b = representatives[y] as number
    const pa = prepared[a] as Prepared
    const pb = prepared[b] as Prepared
    if (pa.article === pb.article) continue
    const link = decide(a, b, pa, pb, threshold)
    if (link) links.push(link)
  }
  return assemble(prepared, links, articles)
}

/**
 * Link a copy to its first copy: the same words and speaker. Identical text
 * is exact; otherwise the copies differ only in case or punctuation ("open —
 * no matter what." / "open, no matter what!"), which the alignment names.
 */
function copyLink(first: number, i: number, pf: Prepared, p: Prepared): Link {
  const exact: Link = {a: first, b: i, quote: i, reference: first, comparison: {verdict: 'exact', similarity: 1, differences: []}}
  if (p.text === pf.text) return exact
  const alignment = alignQuote(p.words, indexWords(pf.text, pf.words))
  if (!alignment) return exact
  const differences = differencesOf(alignment.steps, p.words, p.text, pf.words, pf.text)
  if (differences.length === 0) return exact
  const similarity = Math.round(alignmentSimilarity(alignment, p.words.length) * 1000) / 1000
  return {...exact, comparison: {verdict: verdictOf(differences), similarity, differences}}
}

/** Do the words of `short` end the words of `long` ("Rubio" / "Marco Rubio", "Yermak" / "Andriy Yermak")? */
function shortens(short: string, long: string): boolean {
  const a = short.toLowerCase().split(/\s+/u)
  const b = long.toLowerCase().split(/\s+/u)
  return a.length < b.length && a.every((word, i) => word === b[b.length - a.length + i])
}

/**
 * Decide whether two quotes are one utterance. The shorter is aligned
 * inside the longer; its content words must agree and the similarity reach
 * `threshold`. How much agreement is needed depends on the attributions:
 * the same speaker (or one named in the other's attribution): any length,
 * every content word of a one- or two-word fragment present; the speaker
 * named in the other quote's sentence: at least three content words and
 * similarity 0.75; a speaker unknown: three words and 0.85; two different
 * speakers: six words and 0.85 (a long passage reported with two
 * attributions).
 */
function decide(a: number, b: number, pa: Prepared, pb: Prepared, threshold: number): Link | null {
  const [quote, reference, q, r] = pa.words.length <= pb.words.length ? [a, b, pa, pb] : [b, a, pb, pa]
  const alignment = alignQuote(q.words, indexWords(r.text, r.words))
  if (!alignment) return null
  const similarity = alignmentSimilarity(alignment, q.words.length)
  if (similarity < threshold) return null
  let covered = 0
  let exact = 0
  for (const step of alignment.steps) {
    if (step.q < 0 || !step.relation) continue
    const word = q.words[step.q] as Word
    if (STOPWORDS.has(word.key)) continue
    if (step.relation === 'same' || step.relation === 'inflection') exact++
    if (step.relation !== 'different') covered++
  }
  const c = q.content
  const speakers: SpeakerMatch = compareSpeakers(q.evidence, r.evidence)
  let ok = false
  if (speakers === 'same') ok = c <= 2 ? exact === c : covered / c >= 0.6
  else if (speakers === 'near') ok = c >= 3 && similarity >= 0.75
  else if (speakers === 'unknown') ok = c >= 3 && similarity >= 0.85
  else ok = c >= 6 && similarity >= 0.85
  if (!ok) return null
  const differences = differencesOf(alignment.steps, q.words, q.text, r.words, r.text)
  return {
    a,
    b,
    quote,
    reference,
    comparison: {
      verdict: verdictOf(differences),
      similarity: Math.round(similarity * 1000) / 1000,
      differences
    }
  }
}

/** Union the links into clusters and map the differences to article offsets. */
function assemble(prepared: Prepared[], links: Link[], articles: ArticleContext[]): QuoteCluster[] {
  const parent = prepared.map((_, i) => i)
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x] as number] as number
      x = parent[x] as number
    }
    return x
  }
  links.sort((x, y) => y.comparison.similarity - x.comparison.similarity)
  const tree: Link[] = []
  for (const link of links) {
    const ra = find(link.a)
    const rb = find(link.b)
    if (ra === rb) continue
    parent[ra] = rb
    tree.push(link)
  }
  const members = new Map<number, number[]>()
  prepared.forEach((_, i) => {
    const root = find(i)
    const list = members.get(root)
    if (list) list.push(i)
    else members.set(root, [i])
  })
  const clusters: QuoteCluster[] = []
  for (const list of members.values()) {
    if (list.length < 2) continue
    list.sort((x, y) => (prepared[x] as Prepared).article - (prepared[y] as Prepared).article || firstStart(prepared[x] as Prepared) - firstStart(prepared[y] as Prepared))
    const position = new Map(list.map((p, i) => [p, i]))
    const speakers: string[] = []
    for (const p of list) {
      const name = (prepared[p] as Prepared).item.quote.speaker?.name
      if (!name) continue
      // "Rubio" and "Marco Rubio" are one speaker: the fuller name stands.
      const same = speakers.findIndex((known) => known === name || shortens(name, known) || shortens(known, name))
      if (same < 0) speakers.push(name)
      else if (name.length > (speakers[same] as string).length) speakers[same] = name
    }
    const differences: QuoteComparison[] = []
    for (const link of tree) {
      const qi = position.get(link.quote)
      const ri = position.get(link.reference)
      if (qi === undefined || ri === undefined) continue
      const q = prepared[link.quote] as Prepared
      const r = prepared[link.reference] as Prepared
      const qText = (articles[q.article] as ArticleContext).text
      const rText = (articles[r.article] as ArticleContext).text
      differences.push({
        quote: qi,
        reference: ri,
        ...link.comparison,
        differences: link.comparison.differences.map((d) => ({
          type: d.type,
          quoted: d.quoted && mapSpan(q, qText, d.quoted),
          source: d.source && mapSpan(r, rText, d.source)
        }))
      })
    }
    clusters.push({quotes: list.map((p) => (prepared[p] as Prepared).item), speakers, differences})
  }
  return clusters
}

function firstStart(p: Prepared): number {
  return p.item.quote.parts[0]?.start ?? 0
}

/** Map a span of the joined quote text to the article text. */
function mapSpan(p: Prepared, text: string, span: Span): Span {
  const start = mapOffset(p, span.start, false)
  const end = mapOffset(p, span.end, true)
  return {start, end, text: text.slice(start, end)}
}

function mapOffset(p: Prepared, offset: number, isEnd: boolean): number {
  const parts = p.item.quote.parts
  let k = 0
  while (k + 1 < p.offsets.length && (p.offsets[k + 1] as number) <= offset - (isEnd ? 1 : 0)) k++
  const part = parts[k] as Span
  return part.start + Math.min(part.end - part.start, offset - (p.offsets[k] as number))
}
