import {SUMMATIVE_NOUNS, VERB_ADVERBS} from '../../lexicons/cues.js'
import {AUXILIARY_VERBS} from '../../lexicons/words.js'
import type {Cue, Word} from '../../attribution/index.js'

/** Determiners of a summing-up appositive (", a claim …", ", the figure …"). */
const SUMMING_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the'])

/** Relative words that may open the clause on the summing-up noun (", a claim that Hamas denied"). */
const SUMMING_RELATIVES: ReadonlySet<string> = new Set(['that', 'which'])

/** The most words of the subject of such a clause ("Hamas", "the Russian Defense Ministry"). */
const MAX_SUBJECT = 6

/** A summing-up appositive whose clause has a cue: where its comma and its subject are. */
export interface SummingRelative {
  /** The comma before the appositive: what is summed up ends there. */
  comma: number
  /** The first token of the relative clause's subject. */
  subject: number
}

/**
 * Is the cue the verb of a relative clause on a summing-up appositive
 * (", a claim Hamas denied", ", an assertion that the ministry has disputed",
 * ", a figure which officials later revised")? Then its subject is a source
 * of its own and what it speaks of is the clause the appositive sums up,
 * before the comma; the sentence does not close with its attribution.
 *
 * @example
 * summingRelative(doc.words, cue, sentence.from) // {comma, subject} for "denied" in "…, a claim Hamas denied."
 */
export function summingRelative(words: readonly Word[], cue: Cue, sentenceFrom: number): SummingRelative | null {
  if (cue.form !== 'finite') return null
  // Back past auxiliaries and adverbs ("has denied", "quickly denied").
  let end = cue.from
  while (end > sentenceFrom && cue.from - end < 3 && (AUXILIARY_VERBS.has((words[end - 1] as Word).lower) || VERB_ADVERBS.has((words[end - 1] as Word).lower))) end--
  // The subject: words only, outside quotes, up to the noun or relative word before it.
  let k = end - 1
  while (k > sentenceFrom && end - k <= MAX_SUBJECT) {
    const word = words[k] as Word
    if (word.kind !== 'word' || word.quote >= 0) return null
    if (SUMMING_RELATIVES.has(word.lower) || SUMMATIVE_NOUNS.has(word.lower)) break
    k--
  }
  const subject = k + 1
  if (subject >= end || k <= sentenceFrom) return null
  // "a claim that Hamas denied": past the relative word to the noun.
  let noun = k
  if (SUMMING_RELATIVES.has((words[noun] as Word).lower)) noun--
  if (!SUMMATIVE_NOUNS.has((words[noun] as Word | undefined)?.lower ?? '')) return null
  // The determiner right before the noun, or before one adjective ("a dubious claim").
  let determiner = noun - 1
  if (!SUMMING_DETERMINERS.has((words[determiner] as Word | undefined)?.lower ?? '')) determiner--
  if (determiner <= sentenceFrom || !SUMMING_DETERMINERS.has((words[determiner] as Word).lower)) return null
  const comma = determiner - 1
  if ((words[comma] as Word).text !== ',' || (words[comma] as Word).quote >= 0) return null
  return {comma, subject}
}
