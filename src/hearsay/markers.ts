import type {ArticleDocument, Word} from '../attribution/document.js'
import {
  BARE_HEARSAY_INFINITIVES,
  BARE_HEARSAY_PARTICIPLES,
  HEARSAY_ADVERBS,
  HEARSAY_BE,
  HEARSAY_PARTICIPLES,
  HEARSAY_SKIPPABLE,
  HEARERS,
  SOURCE_PREPOSITIONS
} from '../lexicons/hearsay.js'
import {DETERMINERS, PRONOUNS} from '../lexicons/words.js'
import type {HearsayForm} from '../types.js'

/** A hearsay marker as token indices: the cue and the first token the claim may start at. */
export interface HearsayMarker {
  form: HearsayForm
  /** First and last token of the cue ("is", "said", "to"). */
  first: number
  last: number
  /** Where the claim starts when the marker says ("It is understood that …"), else -1: the clause around the cue. */
  claimFrom: number
}

/**
 * Every hearsay marker of the document, in order: an adverb ("reportedly"),
 * a personal passive ("is said to have", "a man believed to be") or an
 * impersonal one ("it is understood that", ", it is claimed,"). One pass,
 * a fixed look-around at each token.
 *
 * @example
 * findHearsayMarkers(doc).map((m) => m.form) // ['adverb', 'impersonal']
 */
export function findHearsayMarkers(doc: ArticleDocument): HearsayMarker[] {
  const markers: HearsayMarker[] = []
  const {words} = doc
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as Word
    if (word.kind !== 'word') continue
    if (HEARSAY_ADVERBS.has(word.lower)) markers.push({form: 'adverb', first: k, last: k, claimFrom: -1})
    else if (HEARSAY_PARTICIPLES.has(word.lower)) {
      const marker = passiveMarker(words, k)
      if (marker) markers.push(marker)
    }
  }
  return markers
}

/** The marker a hearsay participle at `k` heads, if any. */
function passiveMarker(words: readonly Word[], k: number): HearsayMarker | undefined {
  const participle = words[k] as Word
  const at = (i: number): Word | undefined => {
    const word = words[i]
    return word && word.sentence === participle.sentence ? word : undefined
  }
  // "is widely believed", "are also believed", "is not widely thought": up to two words between "be" and the participle.
  let be = k - 1
  if (isAdverb(at(be)) && at(be - 1)) be--
  if (isAdverb(at(be)) && at(be - 1)) be--
  const beWord = at(be)
  const impersonalBe = beWord?.lower === "it's"
  const hasBe = beWord !== undefined && (HEARSAY_BE.has(beWord.lower) || impersonalBe)
  // "has been reported": the perfect's auxiliary opens the cue.
  let first = be
  if (beWord?.lower === 'been' && ['has', 'have', 'had'].includes(at(be - 1)?.lower ?? '')) first = be - 1
  const infinitive = at(k + 1)?.lower === 'to' ? at(k + 2) : undefined
  if (hasBe && infinitive && takesClaim(infinitive)) return {form: 'passive', first, last: k + 1, claimFrom: -1}
  // "a man believed to be the gunman": no "is", and only "to be" or "to have".
  if (!hasBe && infinitive && BARE_HEARSAY_PARTICIPLES.has(participle.lower) && BARE_HEARSAY_INFINITIVES.has(infinitive.lower) && !isSubjectPronoun(at(k - 1))) {
    return {form: 'passive', first: k, last: k + 1, claimFrom: -1}
  }
  if (!hasBe) return undefined
  // "It is understood that …", "it has been reported …", ", it is claimed,".
  const subject = impersonalBe ? beWord : at(first - 1)
  if (subject?.lower !== 'it' && !impersonalBe) return undefined
  const next = at(k + 1)
  const opener = impersonalBe ? be : first - 1
  if (!next) return {form: 'impersonal', first: opener, last: k, claimFrom: -1}
  if (next.lower === 'that') return {form: 'impersonal', first: opener, last: k + 1, claimFrom: k + 2}
  if (next.kind === 'punctuation') return next.text === ',' || /^[.!?;:\u2014\u2013-]$/u.test(next.text) ? {form: 'impersonal', first: opener, last: k, claimFrom: -1} : undefined
  // "It is understood the minister resigned", "it is believed Smith fled": a clause opens (not "it was reported stolen").
  if (opensClause(next)) return {form: 'impersonal', first: opener, last: k, claimFrom: k + 1}
  return undefined
}

/** A word a clause's subject may open with: a determiner, a pronoun, a name or a number. */
function opensClause(word: Word): boolean {
  return word.kind === 'word' && !SOURCE_PREPOSITIONS.has(word.lower) && (DETERMINERS.has(word.lower) || PRONOUNS.has(word.lower) || word.capitalized || /^\d/u.test(word.text))
}

/** Words between "is" and its participle: "-ly" adverbs ("widely") and HEARSAY_SKIPPABLE ("not", "also"). */
function isAdverb(word: Word | undefined): boolean {
  return word !== undefined && word.kind === 'word' && (HEARSAY_SKIPPABLE.has(word.lower) || (word.lower.length > 4 && word.lower.endsWith('ly')))
}

/** A verb after "is said to": a lower-case word, not a determiner or pronoun ("said to him", "reported to the police"). */
function takesClaim(word: Word): boolean {
  return word.kind === 'word' && !word.capitalized && !DETERMINERS.has(word.lower) && !PRONOUNS.has(word.lower) && !HEARERS.has(word.lower) && !SOURCE_PREPOSITIONS.has(word.lower)
}

/** "he believed to …" is no hearsay: its own subject believes. */
function isSubjectPronoun(word: Word | undefined): boolean {
  return word !== undefined && PRONOUNS.has(word.lower)
}
