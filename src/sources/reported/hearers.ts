/**
 * What may stand between a cue and its content without being part of it: a
 * hearer with no determiner ("told reporters that …") and a time adjunct
 * ("said on Tuesday the talks …").
 */
import type {Word} from '../../attribution/index.js'
import {wordTags} from '../../attribution/index.js'
import {ADJUNCT_WORDS, TRAILING_SUBORDINATORS} from '../../lexicons/bounds.js'
import {SENTENCE_STOPS} from '../../lexicons/marks.js'
import {TIME_NOUNS, TIME_OPENERS} from '../../lexicons/words.js'
import {ROLE_NOUNS, TITLE_WORDS} from '../../lexicons/roles.js'

/** The most words of a time adjunct right after a cue ("on Tuesday night", "earlier this month"). */
const MAX_TIME_ADJUNCT = 4

/**
 * Past a time adjunct at `k` that a clause follows: "said on Tuesday the
 * talks might end", "said last week the plan …", "said Tuesday night that …"
 * (openers, then time nouns, days and months, or a year). `k` when there is
 * none, or when nothing but punctuation follows it.
 *
 * @example
 * afterTimeAdjunct(doc.words, cue.to, sentence.to) // the token of "the" in "said on Tuesday the talks …"
 */
export function afterTimeAdjunct(words: readonly Word[], k: number, stop: number): number {
  let j = k
  while (j < stop && j - k < 2 && TIME_OPENERS.has((words[j] as Word).lower) && (words[j] as Word).lower !== 'that') j++
  let times = 0
  while (j < stop && j - k < MAX_TIME_ADJUNCT && isTimeToken(words[j] as Word)) {
    j++
    times++
  }
  if (times === 0 || j >= stop) return k
  const next = words[j] as Word
  return next.kind === 'word' || next.quote >= 0 ? j : k
}

/** A time noun, a day or month (with an abbreviation's period), or a year. */
function isTimeToken(word: Word): boolean {
  if (word.kind !== 'word' || word.quote >= 0) return false
  return TIME_NOUNS.has(word.lower.replace(/\.$/u, '')) || /^(1[89]|20)\d\d$/u.test(word.text)
}

/** Cues whose bare object is only the hearer ("told reporters that …"); "warned potential hackers" is what was said. */
export const TELLING_CUES: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'brief', 'remind'])

/** The most words of a hearer without a determiner ("told foreign reporters"). */
export const MAX_BARE_HEARER = 3

/**
 * A hearer without a determiner or a capital after a cue of telling: lower-case
 * nouns and adjectives up to "that", a colon, a comma or a quote ("told
 * reporters that …", "told foreign journalists: “…”"). Its last word is a plural
 * noun: "told officials" is a hearer, "told lies" would not stop before a clause.
 *
 * @example
 * bareHearer(doc.words, cue.to, sentence.to) // the phrase of "reporters" in "told reporters that …"
 */
export function bareHearer(words: readonly Word[], from: number, limit: number): {from: number; to: number} | null {
  let to = from
  while (to < limit) {
    const word = words[to] as Word
    if (word.kind !== 'word' || word.quote >= 0 || word.capitalized || word.lower === 'that' || ADJUNCT_WORDS.has(word.lower)) break
    const tags = wordTags(word.lower)
    if (tags.includes('Verb') || tags.includes('PastTense') || tags.includes('Pronoun') || tags.includes('Preposition')) break
    to++
  }
  if (to === from) return null
  const last = (words[to - 1] as Word).lower
  return last.length > 3 && last.endsWith('s') && !last.endsWith('ss') ? {from, to} : null
}

/** The most tokens from a determiner-led hearer to the "that" or colon of what it was told ("a news conference on Tuesday that"). */
const MAX_TO_CLAUSE = 6

/**
 * A hearer with a determiner and lower-case nouns after a cue of telling,
 * when "that" or a colon follows it within a few words: "told a news
 * conference on Tuesday that …", "told the crowd: “…”", "told a rally in
 * Ohio that …". Not "told the truth" (no clause follows).
 *
 * @example
 * determinerHearer(doc.words, cue.to, sentence.to) // the phrase of "a news conference"
 */
export function determinerHearer(words: readonly Word[], from: number, limit: number): {from: number; to: number} | null {
  // Not ADJUNCT_WORDS here: "a news conference" is the hearer.
  const to = determinerNouns(words, from, limit, false)
  if (to < 0) return null
  for (let k = to; k < limit && k - to <= MAX_TO_CLAUSE; k++) {
    const word = words[k] as Word
    if (word.lower === 'that' || word.text === ':') return {from, to}
    if (word.quote >= 0 || word.text === '.' || word.text === ';') return null
  }
  return null
}

/**
 * A hearer with a determiner that ends what a closing cue of telling says, so
 * that the clause before the speaker is what was told: "…, Smith told the
 * court.", "…, she told a news conference in Jakarta." The phrase is followed
 * by the sentence's end or by a preposition or subordinator that opens the
 * occasion.
 *
 * @example
 * closingHearer(doc.words, cue.to, sentence.to) // the phrase of "the court" in "…, Smith told the court."
 */
export function closingHearer(words: readonly Word[], from: number, limit: number): {from: number; to: number} | null {
  const to = determinerNouns(words, from, limit, true)
  if (to < 0) return null
  const after = words[to]
  if (to >= limit || after === undefined || SENTENCE_STOPS.has(after.text)) return {from, to}
  return after.kind === 'word' && after.quote < 0 && (wordTags(after.lower).includes('Preposition') || TRAILING_SUBORDINATORS.has(after.lower)) ? {from, to} : null
}

/**
 * The end of a hearer's determiner and the lower-case nouns after it at token
 * `from` ("a news conference", "the court"), stopping at a verb, a pronoun, a
 * preposition, "that" and, when `subordinators`, a subordinator; -1 when no
 * determiner opens it or no noun follows.
 */
function determinerNouns(words: readonly Word[], from: number, limit: number, subordinators: boolean): number {
  const first = words[from]
  if (!first || first.kind !== 'word' || first.quote >= 0 || !HEARER_DETERMINERS.has(first.lower)) return -1
  let to = from + 1
  /** Capitals inside the hearer ("a county Hall news conference"): a lower-case noun must still end it. */
  let capitals = 0
  while (to < limit && to - from <= MAX_BARE_HEARER + capitals) {
    const word = words[to] as Word
    if (word.kind !== 'word' || word.quote >= 0 || word.lower === 'that') break
    if (word.capitalized) {
      const next = words[to + 1]
      if (capitals >= MAX_HEARER_CAPITALS || to === from + 1 || !next || next.kind !== 'word' || next.quote >= 0 || next.capitalized) break
      capitals++
      to++
      continue
    }
    const tags = wordTags(word.lower)
    if (tags.includes('Verb') || tags.includes('PastTense') || tags.includes('Pronoun') || tags.includes('Preposition')) break
    if (subordinators && TRAILING_SUBORDINATORS.has(word.lower)) break
    to++
  }
  // Not ending on a capital: "told the state Senate" is read as a name elsewhere.
  while (to > from + 1 && (words[to - 1] as Word).capitalized) to--
  return to === from + 1 ? -1 : to
}

/** The most capitalised words inside a hearer of lower-case nouns ("a county Hall news conference"). */
const MAX_HEARER_CAPITALS = 2

/** Determiners that open a hearer told something ("told a news conference", "told the crowd", "told his supporters"). */
const HEARER_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our'])

/** The most tokens of a hearer after "to" before the "that" of what it heard ("to The Associated Press that"). */
const MAX_TO_HEARER = 5

/**
 * The "that" of the content after a cue with a hearer in "to": "denied to a
 * newspaper that …", "confirmed to The Associated Press that …", "admitted
 * to county investigators that …". The hearer is a capitalised name or a phrase ending
 * in a role or title noun ("reporters", "investigators"), and a subject follows "that",
 * not a verb ("agreed to terms that would …" is a relative clause). `k` when
 * there is no such hearer.
 *
 * @example
 * toHearerThat(doc.words, cue.to, sentence.to) // the token of "that" in "denied to The Globe that …"
 */
export function toHearerThat(words: readonly Word[], k: number, stop: number): number {
  if ((words[k] as Word | undefined)?.lower !== 'to') return k
  let j = k + 1
  while (j < stop && j - k <= MAX_TO_HEARER) {
    const word = words[j] as Word
    if (word.kind !== 'word' || word.quote >= 0) return k
    if (word.lower === 'that') break
    const tags = wordTags(word.lower)
    if (!word.capitalized && (tags.includes('Verb') || tags.includes('PastTense') || tags.includes('Pronoun') || tags.includes('Preposition'))) return k
    j++
  }
  if (j >= stop || j === k + 1 || (words[j] as Word).lower !== 'that') return k
  const last = words[j - 1] as Word
  const singular = last.lower.replace(/s$/u, '')
  if (!last.capitalized && !ROLE_NOUNS.has(last.lower) && !ROLE_NOUNS.has(singular) && !TITLE_WORDS.has(singular)) return k
  const next = words[j + 1]
  if (!next || next.kind !== 'word' || next.quote >= 0) return k
  const tags = wordTags(next.lower)
  if (!next.capitalized && (tags.includes('Verb') || tags.includes('PastTense') || tags.includes('PresentTense') || tags.includes('Modal') || tags.includes('Auxiliary'))) return k
  return j
}
