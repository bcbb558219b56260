import {CONTENT_ENDERS_AFTER_COMMA} from '../../lexicons/cues.js'
import type {Span} from '../../types.js'
import {tokenAtOffset} from '../../attribution/index.js'
import {wordTags} from '../../attribution/lexicon.js'
import type {ArticleDocument, Word} from '../../attribution/index.js'

/** Words after a comma that end a content even when another comma follows ("…, but he refuses to …, aside from …"). */
const CLAUSE_ENDERS_ALWAYS: ReadonlySet<string> = new Set(['but', 'although', 'though', 'whereas'])

/** Adverbs between a conjunction and the verb of a second predicate ("but also had to"). */
const PREDICATE_ADVERBS: ReadonlySet<string> = new Set(['also', 'then', 'later', 'still', 'even'])

/** Tokens a content keeps before a comma can end it ("said that, in addition to X, he …"). */
const MIN_BEFORE_COMMA = 2

/**
 * Where the reported content starting at token `from` ends, before `stop`:
 * at a comma opening a final relative or adverbial clause ("…, which makes
 * him an outlier", "…, although he again refused …"), an aside that is not
 * what the source said. A clause with a comma after it is embedded
 * ("the counties, which include X, have …") and stays. Commas inside numbers
 * ("100,000") and quotes never end a content. A semicolon outside
 * parentheses ends it ("…; the Tax Foundation puts the figure at …").
 *
 * @example
 * contentEnd(doc, k, sentence.to) // token index one past the content
 */
export function contentEnd(doc: ArticleDocument, from: number, stop: number): number {
  const words = doc.words
  let depth = 0
  for (let k = from; k < stop; k++) {
    const word = words[k] as Word
    if (word.quote >= 0) continue
    if (word.text === '(') depth++
    if (word.text === ')') depth = Math.max(0, depth - 1)
    // "…; the Center for Federal Tax Policy puts …": a semicolon closes the reported clause.
    if (depth === 0 && word.text === ';' && k - from >= MIN_BEFORE_COMMA) return k
    // "has promised a veto and attempted to make the case …": a second predicate of the source, not what it said.
    if (depth === 0 && (word.lower === 'and' || word.lower === 'but') && k - from >= MIN_BEFORE_COMMA && (words[k - 1] as Word).text !== ',' && !isVerb((words[k - 1] as Word).lower) && coordinatedVerb(words, k + 1, stop)) return k
    if (depth > 0 || word.text !== ',' || k - from < MIN_BEFORE_COMMA) continue
    const next = words[k + 1]
    const previous = words[k - 1] as Word
    const numeric = next !== undefined && previous.end === word.start && next.start === word.end
    if (numeric || !next || next.quote >= 0) continue
    if (CLAUSE_ENDERS_ALWAYS.has(next.lower)) return k
    if (CONTENT_ENDERS_AFTER_COMMA.has(next.lower) && !commaAfter(words, k + 1, stop)) return k
  }
  return stop
}

/** A word compromise's lexicon knows as a verb form ("raised", "born"): "born and raised" is one predicate. */
function isVerb(lower: string): boolean {
  const tags = wordTags(lower)
  return tags.includes('PastTense') || tags.includes('Participle') || tags.includes('Verb') || tags.includes('PresentTense')
}

/** A past-tense verb (after "also", "then" …) at token `from`: the second predicate of a coordination. */
function coordinatedVerb(words: readonly Word[], from: number, stop: number): boolean {
  let k = from
  while (k < stop && PREDICATE_ADVERBS.has((words[k] as Word).lower)) k++
  const word = words[k]
  if (!word || k >= stop || word.capitalized || word.quote >= 0) return false
  return wordTags(word.lower).includes('PastTense')
}

/** True when a comma outside quotes comes in `[from, stop)`: an embedded clause, not a final one. */
function commaAfter(words: readonly Word[], from: number, stop: number): boolean {
  for (let k = from; k < stop; k++) {
    const word = words[k] as Word
    if (word.text === ',' && word.quote < 0) return true
  }
  return false
}

/**
 * The token after a source mention that follows a prepositional cue
 * ("according to exit polls, …"), or `fallback` when the mention is not
 * there.
 *
 * @example
 * mentionEndAfter(doc, attribution.speaker.mention, cue.to, sentence.to)
 */
export function mentionEndAfter(doc: ArticleDocument, mention: Span, fallback: number, limit: number): number {
  const first = doc.words[fallback]
  if (!first || mention.start !== first.start) return fallback
  const end = tokenAtOffset(doc, mention.end)
  const last = doc.words[end - 1]
  return end > fallback && end <= limit && last !== undefined && last.end === mention.end ? end : fallback
}
