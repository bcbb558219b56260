import {PASSIVE_SKIPPABLE, SUBJECT_RELATIVES, VERB_ADVERBS} from '../../lexicons/cues.js'
import {AUXILIARY_VERBS} from '../../lexicons/words.js'
import type {Cue, Word} from '../../attribution/index.js'
import {finiteIn, topLevelCommas} from './bounds.js'
import {CLAUSE_VERBS} from '../../lexicons/bounds.js'
import {wordTags} from '../../attribution/lexicon.js'

/** The most adverbs and auxiliaries between a relative pronoun and its cue ("which has first reported"). */
const MAX_BETWEEN = 3

/**
 * Is the cue in a relative clause on the subject, right after ", who" or
 * ", which" ("Smith, who told reporters the deal was dead, said …", "The
 * Journal, which first reported the plan, said …")?
 *
 * @example
 * inSubjectRelative(doc.words, cue, sentence.from) // true for "told" in "Smith, who told …, said …"
 */
export function inSubjectRelative(words: readonly Word[], cue: Cue, sentenceFrom: number): boolean {
  let k = cue.from - 1
  while (k > sentenceFrom && cue.from - 1 - k < MAX_BETWEEN && isBetween(words[k] as Word)) k--
  const relative = words[k]
  return relative !== undefined && k > sentenceFrom && SUBJECT_RELATIVES.has(relative.lower) && (words[k - 1] as Word).text === ','
}

/**
 * Where the content of a cue in a relative clause on the subject ends: at the
 * comma before the main clause's predicate, a later cue or an auxiliary
 * ("…, who told reporters the deal was dead, said …" ends at "dead"), or at
 * `stop`. A comma that closes an aside opened inside the content ("said the
 * deal, reached Monday, was dead") is no boundary.
 *
 * @example
 * relativeContentEnd(doc.words, cue.to, sentence.to, later) // the comma before "said"
 */
export function relativeContentEnd(words: readonly Word[], from: number, stop: number, later: readonly Cue[]): number {
  let commas = 0
  for (const k of topLevelCommas(words, from, stop)) {
    // "said the deal, reached Monday, was dead": a comma that closes an aside the content opened is no boundary.
    if (commas++ % 2 === 1) continue
    let j = k + 1
    while (j < stop && j - k <= MAX_BETWEEN && (VERB_ADVERBS.has((words[j] as Word).lower) || PASSIVE_SKIPPABLE.has((words[j] as Word).lower))) j++
    const next = words[j]
    if (next === undefined || j >= stop || next.quote >= 0) continue
    if (AUXILIARY_VERBS.has(next.lower) || later.some((cue) => cue.from === j)) return k
  }
  return stop
}

function isBetween(word: Word): boolean {
  return VERB_ADVERBS.has(word.lower) || PASSIVE_SKIPPABLE.has(word.lower) || AUXILIARY_VERBS.has(word.lower)
}

/**
 * Is the subject at token `k` the first word of a relative clause set off by
 * a comma, ", which" or ", whom" before it ("The bill, which Smith said would
 * cost $2 billion, passed …")?
 *
 * @example
 * inCommaRelative(doc.words, mentionToken) // true for "Smith" in "The bill, which Smith said …"
 */
export function inCommaRelative(words: readonly Word[], k: number): boolean {
  const relative = words[k - 1]
  const comma = words[k - 2]
  return relative !== undefined && comma !== undefined && relative.quote < 0 && COMMA_RELATIVES.has(relative.lower) && comma.text === ','
}

/** Relative pronouns of a clause whose subject may speak ("…, which officials say could save lives, …"). */
const COMMA_RELATIVES: ReadonlySet<string> = new Set(['which', 'whom'])

/** Words that join a clause to the noun it modifies inside a subject ("the reasons that Trump refuses …", "the reason why she left …"). */
const NOUN_CLAUSE_JOINERS: ReadonlySet<string> = new Set(['that', 'why'])

/** Words before an auxiliary that make it part of a clause inside the content, not the main predicate ("… that it will", "… he has"). */
const EMBEDDED_BEFORE: ReadonlySet<string> = new Set(['that', 'who', 'which', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'not', 'to'])

/**
 * Where the content of a cue in a clause on the sentence's subject noun ends:
 * "One of the reasons that Trump refuses to release his returns may be that
 * …" puts the cue after "that"/"why" on a noun, with no finite verb from the
 * sentence start; the main clause's auxiliary ("may", "is") ends an
 * infinitive or noun-phrase content there. `stop` when the cue is not in
 * such a clause or no auxiliary comes.
 *
 * @example
 * subjectClauseEnd(doc.words, sentence.from, mentionToken, cue.to, sentence.to) // the token of "may"
 */
export function subjectClauseEnd(words: readonly Word[], sentenceFrom: number, mentionToken: number, from: number, stop: number): number {
  const joiner = words[mentionToken - 1]
  const noun = words[mentionToken - 2]
  if (!joiner || !noun || mentionToken - 2 < sentenceFrom || joiner.quote >= 0 || !NOUN_CLAUSE_JOINERS.has(joiner.lower)) return stop
  if (noun.kind !== 'word' || noun.capitalized || AUXILIARY_VERBS.has(noun.lower) || !nounAt(words, mentionToken - 2, sentenceFrom)) return stop
  // No verb of the sentence before the noun: the clause is on its subject ("One of the reasons that …", not "Aides said the reason that …").
  for (let k = sentenceFrom; k < mentionToken - 2; k++) {
    const word = words[k] as Word
    if (word.kind === 'word' && !word.capitalized && (CLAUSE_VERBS.has(word.lower) || finiteIn(words, k, k + 1))) return stop
  }
  for (let k = from + 1; k < stop; k++) {
    const word = words[k] as Word
    const previous = words[k - 1] as Word
    if (word.quote >= 0 || previous.kind !== 'word') continue
    if (CLAUSE_VERBS.has(word.lower) && !EMBEDDED_BEFORE.has(previous.lower) && !CLAUSE_VERBS.has(previous.lower)) return k
  }
  return stop
}

/** A noun at token `k`: tagged one, or any word after a determiner or an adjective ("the many reasons", which compromise tags a verb). */
function nounAt(words: readonly Word[], k: number, floor: number): boolean {
  const tags = wordTags((words[k] as Word).lower)
  if (tags.includes('Noun') || tags.includes('Singular') || tags.includes('Plural')) return true
  const before = words[k - 1]
  if (!before || k - 1 < floor || before.kind !== 'word') return false
  const previous = wordTags(before.lower)
  return previous.includes('Determiner') || previous.includes('Adjective')
}
