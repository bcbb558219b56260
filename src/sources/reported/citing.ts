/**
 * Asides that cite a source inside an attribution (", citing people familiar
 * with the matter,"), and the modifier of a source after "according to X".
 */
import type {Word} from '../../attribution/index.js'
import type {Cue, SentenceRange} from '../../attribution/index.js'
import {ANONYMOUS_MARKERS, DOCUMENT_NOUNS, ORGANIZATION_NOUNS, ROLE_NOUNS} from '../../lexicons/roles.js'

/** The most tokens of a source's modifier after "according to X" before its comma ("filed by the SEC"). */
const MAX_SOURCE_MODIFIER = 10

/** The comma that closes the modifier starting at `k` ("filed by the SEC,"), or `k` when none comes soon, or a quote or clause mark does. *
 * @example
 * commaAfterModifier(doc.words, end, sentence.to) // the comma after "filed by the SEC"
 */
export function commaAfterModifier(words: readonly Word[], k: number, stop: number): number {
  for (let j = k; j < Math.min(stop, k + MAX_SOURCE_MODIFIER); j++) {
    const word = words[j] as Word
    if (word.quote >= 0 || word.text === ';' || word.text === ':') return k
    if (word.text === ',') return j
  }
  return k
}

/** The most tokens of a ", citing X," aside. */
const MAX_CITING_ASIDE = 16

/**
 * Is the participle cue `cue` (", citing X,") an aside set off by commas
 * before a finite cue or the "that" of one ("Reuters, citing two sources,
 * said …"; "reported, citing people familiar with the matter, that …")?
 *
 * @example
 * asideBeforeCue(doc.words, citing, cues, sentence) // true in "Reuters, citing two sources, said …"
 */
export function asideBeforeCue(words: readonly Word[], cue: Cue, cues: readonly Cue[], sentence: SentenceRange): boolean {
  if ((words[cue.from - 1] as Word | undefined)?.text !== ',') return false
  for (let k = cue.to; k < Math.min(sentence.to, cue.to + MAX_CITING_ASIDE); k++) {
    const word = words[k] as Word
    if (word.quote >= 0) return false
    if (word.text !== ',') continue
    const next = words[k + 1]
    return next !== undefined && (next.lower === 'that' || cues.some((c) => c.from === k + 1 && c.form === 'finite'))
  }
  return false
}

/** The "that" after a participle aside set off by commas at `k` (", citing X, that …"), or `k`. *
 * @example
 * afterParticipleAside(doc.words, comma, sentence.to) // the "that" of "reported, citing X, that …"
 */
export function afterParticipleAside(words: readonly Word[], k: number, stop: number): number {
  const participle = words[k + 1]
  if ((words[k] as Word | undefined)?.text !== ',' || !participle || participle.quote >= 0 || !/^[a-z]{3,}ing$/u.test(participle.lower)) return k
  for (let j = k + 2; j < Math.min(stop, k + MAX_CITING_ASIDE); j++) {
    const word = words[j] as Word
    if (word.quote >= 0) return k
    if (word.text === ',') return (words[j + 1] as Word | undefined)?.lower === 'that' ? j + 1 : k
  }
  return k
}

/** Head nouns of a cited phrase that names a source ("citing two sources", "citing court documents", "citing people familiar with …"). *
 * @example
 * namesASource(doc.words, phrase) // true for "two sources", false for "security concerns"
 */
export function namesASource(words: readonly Word[], phrase: {from: number; to: number}): boolean {
  for (let k = phrase.from; k < phrase.to; k++) {
    const lower = (words[k] as Word).lower
    if (ROLE_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower) || ORGANIZATION_NOUNS.has(lower) || ANONYMOUS_MARKERS.has(lower) || lower === 'people') return true
  }
  return false
}
