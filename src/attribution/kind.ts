import type {QuoteKind} from '../types.js'
import type {ArticleDocument, Word} from './document.js'
import {EXAMPLE_SLOT_WORDS, SLOT_DETERMINERS, TITLE_SLOT_WORDS, WORK_NOUNS} from '../lexicons/words.js'
import {EXPRESSION_NOUNS, USING_VERBS, VOICED_NOUNS} from '../lexicons/mentioned.js'
import {findCues, isHeadline, isNamingVerb} from './cues.js'

/** Most words a scare quote or a designation runs to. */
export const TERM_MAX_WORDS = 4

/**
 * Direct (whole sentences quoted), partial (a fragment inside the reporter's
 * sentence) or term (scare quotes, titles: nobody speaks; short, no cue).
 *
 * @example
 * classifyQuote(doc, 0, true) // 'direct' for "He said: ‘We need…’"
 */
export function classifyQuote(doc: ArticleDocument, q: number, attributed: boolean): QuoteKind {
  const quote = doc.quotes[q]
  const range = doc.quoteTokens[q]
  if (!quote || !range || range.first < 0) return attributed ? 'partial' : 'term'
  const words = doc.words
  const sentence = doc.sentences[(words[range.first] as Word).sentence]
  const first = quote.parts[0]?.text ?? ''
  const letter = first.replace(/^[^\p{L}\p{N}]+/u, '').charAt(0)
  const startsUpper = letter !== '' && letter !== letter.toLowerCase()
  let wordCount = 0
  for (let i = range.first; i <= range.last; i++) if ((words[i] as Word).kind === 'word') wordCount++

  // What stands before the opening mark in its sentence.
  let before = range.first - 1
  while (before >= (sentence?.from ?? 0) && (words[before] as Word).quote >= 0 && (words[before] as Word).quote === q) before--
  const prev = sentence && before >= sentence.from ? (words[before] as Word) : undefined
  const opensSentence = prev === undefined || prev.text === ':' || (prev.text === ',' && attributed) || prev.quote >= 0
  if (quote.parts.length > 1) return 'direct'
  if (isNickname(doc, q, before)) return 'term'
  if (prev && isNamingVerb(prev.lower)) return 'term'
  if (prev && (prev.lower === 'as' || prev.lower === 'a' || prev.lower === 'an' || prev.lower === 'the') && isNamingVerb(words[before - 1]?.lower ?? '') ) return 'term'
  // A title: a few words, each content word capitalised, no sentence punctuation (“Morning Joe”),
  // unless an attributed speaker uses it as words of their own (Trump called her “Miss Piggy”).
  // A title may close the sentence ("on NBC's “Meet the Press.”") when its slot says it is a title: not after a
  // mere preposition, where a slogan closes a sentence as well ("a goal of “Peace and Jobs.”").
  if (quote.parts.length === 1 && wordCount <= 6 && isTitleCase(first, false) && (!attributed || inTitleSlot(doc, before, sentence?.from ?? 0))) return 'term'
  if (quote.parts.length === 1 && wordCount <= 6 && isTitleCase(first, true) && inTitleSlot(doc, before, sentence?.from ?? 0, true)) return 'term'
  if (startsUpper && opensSentence) return 'direct'
  // A whole sentence straight after its speech verb, without a comma: Trump declared “I think NATO may be obsolete.”
  if (startsUpper && attributed && prev?.kind === 'word' && endsSentence(quote.parts[quote.parts.length - 1]?.text ?? '') && !isTitleCase(first, false)) {
    if (findCues(doc, before, before + 1).some((cue) => cue.form === 'finite' && cue.to === before + 1)) return 'direct'
  }
  if (!attributed && wordCount <= TERM_MAX_WORDS && !governedByCue(doc, before, sentence?.from ?? 0) && !usedExpression(doc, before, sentence?.from ?? 0)) return 'term'
  if (!attributed && startsUpper && endsSentence(quote.parts[quote.parts.length - 1]?.text ?? '')) return 'direct'
  return 'partial'
}

/** Most words a nickname between the parts of a name runs to. */
const NICKNAME_MAX_WORDS = 3

/**
 * Is the quote a nickname inside a name ("Dwayne “The Rock” Johnson"): a few
 * capitalised words, no punctuation, straight after a capitalised word and
 * straight before another, in a sentence that is not a title-case headline?
 */
function isNickname(doc: ArticleDocument, q: number, before: number): boolean {
  const quote = doc.quotes[q]
  const range = doc.quoteTokens[q]
  const prev = doc.words[before]
  const next = range ? doc.words[range.last + 1] : undefined
  if (!quote || !range || quote.close === null || prev === undefined || next === undefined) return false
  if (prev.kind !== 'word' || !prev.capitalized || prev.quote >= 0 || prev.end === quote.opens[0]?.start) return false
  if (next.kind !== 'word' || !next.capitalized || next.quote >= 0 || next.sentence !== prev.sentence || next.start === quote.close.end) return false
  let count = 0
  for (let i = range.first; i <= range.last; i++) {
    const word = doc.words[i] as Word
    if (word.quote !== q || doc.quotes[q]?.opens.some((o) => o.start === word.start) || word.start === quote.close.start) continue
    if (word.kind !== 'word' || !word.capitalized && !/^\d/u.test(word.text)) return false
    if (++count > NICKNAME_MAX_WORDS) return false
  }
  return count > 0 && !isHeadline(doc, prev.sentence)
}

/**
 * The document with every nickname inside a name ("Dwayne “The Rock” Johnson",
 * see {@link isNickname}) taken out of the token stream, marks and words: the
 * name's parts then stand side by side, so a speaker phrase reads across it
 * ("Del. Dana “Dee” Morrow, shouted") instead of breaking at the marks. A span
 * over the name still runs from its first to its last part in the text, so it
 * keeps the nickname. The nickname itself keeps no tokens: it is a term, no one's
 * words. The same document when there is no nickname (linear in the tokens).
 *
 * @example
 * withoutNicknames(doc).words.map((w) => w.text) // […, 'Dwayne', 'Johnson', 'said', …]
 */
export function withoutNicknames(doc: ArticleDocument): ArticleDocument {
  const hidden = new Set<number>()
  doc.quotes.forEach((_, q) => {
    const range = doc.quoteTokens[q]
    if (range && range.first >= 0 && doc.quotes[q]?.parts.length === 1 && isNickname(doc, q, range.first - 1)) hidden.add(q)
  })
  if (hidden.size === 0) return doc
  const words: Word[] = []
  const sentences = doc.sentences.map((sentence) => {
    const from = words.length
    for (let i = sentence.from; i < sentence.to; i++) {
      const word = doc.words[i] as Word
      if (!hidden.has(word.quote)) words.push(word)
    }
    return {...sentence, from, to: words.length}
  })
  const quoteTokens = doc.quotes.map(() => ({first: -1, last: -1}))
  words.forEach((word, i) => {
    const range = quoteTokens[word.quote]
    if (range === undefined) return
    if (range.first < 0) range.first = i
    range.last = i
  })
  return {...doc, words, sentences, quoteTokens}
}

/** Words after a comma that open examples of the object ("names, like “pigs”"). */
const EXAMPLE_MARKERS: ReadonlySet<string> = new Set(['like', 'such', 'including'])

/** How many tokens before a quote a speech verb may stand and still govern it. */
const GOVERNING_WINDOW = 8

/**
 * Is the quote the object of a speech verb a few words before it in its clause
 * ("blasted the media for being “…”", "only specified “Christian”")? Then the
 * words are someone's, even when the text does not let us say whose.
 */
function governedByCue(doc: ArticleDocument, before: number, from: number): boolean {
  const start = Math.max(from, before - GOVERNING_WINDOW + 1)
  for (let i = before; i >= start; i--) {
    const word = doc.words[i] as Word
    // "calls men names, like “pigs”": a comma that opens examples does not end the clause
    if (word.text === ',' && EXAMPLE_MARKERS.has(doc.words[i + 1]?.lower ?? '')) continue
    if (word.quote >= 0 || word.text === ',' || word.text === ';' || word.text === ':') return false
  }
  return findCues(doc, start, before + 1).some((cue) => cue.form === 'finite')
}

/**
 * Is the quote an expression someone used: "used the phrase “…”", "to use
 * the words ‘…’" (the word before the mark a noun for an expression, after a
 * determiner and a verb of using or saying), or words a crowd voiced ("chants
 * of “…”")?
 */
function usedExpression(doc: ArticleDocument, before: number, from: number): boolean {
  // "greeted with chants of “Bobby!”": words a crowd voiced.
  if (before - 1 >= from && doc.words[before]?.lower === 'of' && VOICED_NOUNS.has((doc.words[before - 1] as Word).lower)) return true
  const noun = doc.words[before]
  if (before < from || !noun || !EXPRESSION_NOUNS.has(noun.lower)) return false
  let i = before - 1
  if (i >= from && SLOT_DETERMINERS.has((doc.words[i] as Word).lower)) i--
  return i >= from && USING_VERBS.has((doc.words[i] as Word).lower)
}

/**
 * Does the word at `before` (the last word before the opening mark) put a title
 * after it: a preposition or a possessive, past one determiner ("on CNN's",
 * "an episode of", "during a"), a noun of a work ("her memoir, “…”") or a list of
 * them ("shows such as")? The start of the sentence counts too. With `strict`,
 * only a name's possessive, a noun of a work or a list of them count.
 */
function inTitleSlot(doc: ArticleDocument, before: number, from: number, strict = false): boolean {
  let i = before
  while (i >= from && (doc.words[i] as Word).kind !== 'word') i--
  if (i < from) return !strict
  let word = doc.words[i] as Word
  if (SLOT_DETERMINERS.has(word.lower)) {
    i--
    while (i >= from && (doc.words[i] as Word).kind !== 'word') i--
    if (i < from) return !strict
    word = doc.words[i] as Word
  }
  // Strict, a possessive must be a name's ("ABC's"), not "it's".
  const possessive = /['’]s$/u.test(word.lower) && (!strict || word.capitalized)
  return (!strict && TITLE_SLOT_WORDS.has(word.lower)) || possessive || WORK_NOUNS.has(word.lower) || (EXAMPLE_SLOT_WORDS.has(word.lower) && afterWorkNoun(doc, i, from))
}

/** Is the word at `i` ("as", "like") after a noun of a work, "such" between allowed ("shows such as")? */
function afterWorkNoun(doc: ArticleDocument, i: number, from: number): boolean {
  let k = i - 1
  if (k >= from && (doc.words[k] as Word).lower === 'such') k--
  return k >= from && WORK_NOUNS.has((doc.words[k] as Word).lower)
}

const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'or', 'for', 'to', 'at', 'by', 'with', 'from', 'de'])

/**
 * "Fox News Sunday", "The Art of the Deal": every word but minor ones
 * capitalised, nothing after; with `closing`, a full stop, "!" or "?" may end it
 * ("Meet the Press.", "Thank You!").
 */
export function isTitleCase(text: string, closing: boolean): boolean {
  let trimmed = text.replace(/[,;:]$/, '')
  if (closing) trimmed = trimmed.replace(/[.!?]$/, '')
  if (/[.!?]$/.test(trimmed)) return false
  const words = trimmed.split(/\s+/).filter((w) => /\p{L}/u.test(w))
  if (words.length < 2) return false
  return words.every((w, i) => {
    const first = w.replace(/^[^\p{L}\p{N}]+/u, '').charAt(0)
    return first !== first.toLowerCase() || (i > 0 && MINOR_WORDS.has(w.toLowerCase())) || /^\d/.test(first)
  })
}

/** Does a quote part end a sentence ("… obsolete." or "… obsolete.’")? */
function endsSentence(text: string): boolean {
  return /[.!?]["'”’]?$/.test(text)
}
