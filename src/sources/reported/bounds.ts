import {CLAUSE_VERBS, LEADING_SUBORDINATORS, OCCASION_OPENERS, QUESTION_OBJECTS, QUESTION_PARTICIPLES, QUESTION_SUBORDINATORS, SUBJECT_STARTS, TRAILING_SUBORDINATORS} from '../../lexicons/bounds.js'
import {TIME_NOUNS} from '../../lexicons/words.js'
import {wordTags} from '../../attribution/lexicon.js'
import type {Word} from '../../attribution/index.js'

/** Words a subject runs to before its verb in a trailing clause ("after hackers targeted", "as the Republican Party's nominee consolidates"). */
const MAX_SUBJECT = 5

/**
 * True when token `k` opens an adverbial clause with its own subject and
 * finite verb: a subordinator ("after", "when", "as", "until" …), a subject
 * (a pronoun, a determiner, a name or a bare plural) and within five words a
 * finite verb ("after hackers targeted data systems", "when he ran for the
 * White House", "until the work was completed"). Not "as a climate
 * evangelist" (no verb) nor "as of Monday".
 *
 * @example
 * subordinateClauseAt(doc.words, k, sentence.to) // true at "after" in "… security after hackers targeted data"
 */
export function subordinateClauseAt(words: readonly Word[], k: number, stop: number): boolean {
  const opener = words[k]
  if (!opener || opener.quote >= 0 || opener.capitalized || !TRAILING_SUBORDINATORS.has(opener.lower)) return false
  // "the days when he …", "in the moments before he was shot": a relative clause on a time noun.
  const before = words[k - 1]
  if (before && !before.capitalized && TIME_NOUNS.has(before.lower)) return false
  return clauseAt(words, k + 1, stop)
}

/**
 * True when a clause with its own subject opens at token `from`: a subject
 * (a pronoun, a determiner, a name or a bare plural, with possessives: "the
 * coal miners' union") and within five words a finite verb ("hackers
 * targeted", "the work was completed", "the union also stepped").
 *
 * @example
 * clauseAt(doc.words, k + 1, sentence.to) // true after "and" in "… and the union also stepped in"
 */
export function clauseAt(words: readonly Word[], from: number, stop: number): boolean {
  const first = words[from]
  if (!first || from >= stop || first.kind !== 'word' || first.quote >= 0) return false
  if (!SUBJECT_STARTS.has(first.lower) && !first.capitalized && !first.lower.endsWith('s')) return false
  for (let j = from + 1; j < Math.min(stop, from + 1 + MAX_SUBJECT); j++) {
    const word = words[j] as Word
    if (word.quote >= 0) return false
    if (word.kind !== 'word') {
      if (POSSESSIVE_MARKS.has(word.text)) continue
      return false
    }
    if (word.capitalized || POSSESSIVE_MARKS.has(word.lower)) continue
    // "after the convention he would …": a pronoun after a noun starts another clause.
    if (CLAUSE_SUBJECTS.has(word.lower)) return false
    if (finiteVerb(word.lower)) return true
    if (TRAILING_SUBORDINATORS.has(word.lower) || wordTags(word.lower).includes('Preposition')) return false
  }
  return false
}

/**
 * Possessive marks inside a subject ("the coal miners' union", "Trump's campaign").
 *
 * @example
 * POSSESSIVE_MARKS.has("'s") // true
 */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'", '\u2019', "'s", '\u2019s'])

/**
 * True when `[from, to)` holds a finite verb outside quotes: the content is
 * a clause ("he cannot comment on the letter because …", "Mills violated …
 * while …"), whose own adverbial clauses are part of what was said.
 *
 * @example
 * finiteIn(doc.words, k, end) // false for "a tightening race"
 */
export function finiteIn(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = words[k] as Word
    if (word.kind !== 'word' || word.quote >= 0 || word.capitalized) continue
    if (word.lower.endsWith("n't") || finiteVerb(word.lower)) return true
  }
  return false
}

/** Subject pronouns that cannot sit inside another subject ("after the convention he would"). */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i'])

/** A finite verb or auxiliary: "was", "targeted", "ran", "consolidates". */
function finiteVerb(lower: string): boolean {
  if (CLAUSE_VERBS.has(lower)) return true
  const tags = wordTags(lower)
  if (tags.includes('Noun') || tags.includes('Singular') || tags.includes('Plural')) return false
  return tags.includes('PastTense') || tags.includes('PresentTense') || (lower.length > 4 && lower.endsWith('ed'))
}

/** Tokens an object or infinitive content keeps before a trailing clause can end it. */
const MIN_BEFORE_CLAUSE = 2

/**
 * Where an object or infinitive content in `[from, end)` ends before the
 * writer's adverbial clause: at a subordinator opening a clause of its own
 * ("warned officials to boost their security after hackers targeted …",
 * "indicates a tightening race as Trump consolidates …"), outside
 * parentheses and past the last quoted token. A content that is a clause
 * ("said he cannot comment because he has not seen it") or holds a gerund
 * after a preposition ("accused him of sleeping when the calls came in")
 * keeps it; else `end`.
 *
 * @example
 * trailingClauseEnd(doc.words, k, end) // the token of "after"
 */
export function trailingClauseEnd(words: readonly Word[], from: number, end: number): number {
  let lastQuoted = -1
  for (let k = end - 1; k >= from && lastQuoted < 0; k--) if ((words[k] as Word).quote >= 0) lastQuoted = k
  let depth = 0
  for (let k = from; k < end; k++) {
    const word = words[k] as Word
    if (word.quote >= 0) continue
    if (word.text === '(') depth++
    if (word.text === ')') depth = Math.max(0, depth - 1)
    if (depth > 0 || k - from < MIN_BEFORE_CLAUSE || k <= lastQuoted) continue
    if (absoluteClauseAt(words, k, end)) return k
    if (!subordinateClauseAt(words, k, end)) continue
    return finiteIn(words, from, k) || gerundObject(words, from, k) ? end : k
  }
  return end
}

/** Words in "-ing" that open no participle ("including", "according to"). */
const NOT_PARTICIPLE_CLAUSES: ReadonlySet<string> = new Set(['including', 'according', 'excluding', 'following', 'regarding', 'concerning', 'beginning', 'starting', 'ending', 'notwithstanding'])

/**
 * True when the comma at token `k` opens an absolute clause: "with", a
 * short noun phrase and a participle ("Polls show Clinton with a lead,
 * with RealClearPolitics showing her ahead"): the writer's gloss, not the
 * source's content. (A bare participle after the comma, "…, focusing on
 * people under 30", cost half b two contents: not read.)
 */
function absoluteClauseAt(words: readonly Word[], k: number, stop: number): boolean {
  if ((words[k] as Word).text !== ',') return false
  const next = words[k + 1]
  if (!next || k + 1 >= stop || next.quote >= 0) return false
  if (next.lower !== 'with') return false
  for (let j = k + 2; j < Math.min(stop, k + 2 + MAX_SUBJECT); j++) {
    const word = words[j] as Word
    if (word.kind !== 'word' || word.quote >= 0) return false
    if (isParticiple(word)) return j > k + 2
  }
  return false
}

function isParticiple(word: Word): boolean {
  return word.kind === 'word' && !word.capitalized && word.lower.endsWith('ing') && !NOT_PARTICIPLE_CLAUSES.has(word.lower) && wordTags(word.lower).includes('Gerund')
}

/** A gerund after a preposition in `[from, to)`: "him of sleeping", "for not paying". */
function gerundObject(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const word = words[k] as Word
    if (!word.lower.endsWith('ing') || word.lower.length <= 4) continue
    let before = k - 1
    if ((words[before] as Word).lower === 'not' && before > from) before--
    if (wordTags((words[before] as Word).lower).includes('Preposition')) return true
  }
  return false
}

/** Sentence openers a leading subordinator may follow ("But when …", "Back when …"). */
const BEFORE_SUBORDINATOR: ReadonlySet<string> = new Set(['but', 'and', 'back', 'even', 'only', 'so'])

/**
 * Where a content in `[from, end)` ends when its cue stands in an adverbial
 * clause opening the sentence ("While he acknowledged funding was a reason,
 * Ham also noted …"): at the comma that closes that clause (the first comma
 * outside quotes, parentheses and numbers), when no comma comes between the
 * sentence start and the cue; else `end`.
 *
 * @example
 * leadingClauseEnd(doc.words, sentence.from, cue.from, k, end) // the token of the comma
 */
export function leadingClauseEnd(words: readonly Word[], sentenceFrom: number, cueFrom: number, from: number, end: number): number {
  let first = sentenceFrom
  while (first < cueFrom && BEFORE_SUBORDINATOR.has((words[first] as Word).lower) && first - sentenceFrom < 2) first++
  const opener = words[first]
  if (!opener || first >= cueFrom || opener.quote >= 0 || !LEADING_SUBORDINATORS.has(opener.lower)) return end
  for (let k = sentenceFrom; k < cueFrom; k++) if ((words[k] as Word).text === ',') return end
  // "When veterans ask for help, too many calls …": a one-word content closes at the comma too.
  return closingComma(words, from, end, 1)
}

/**
 * The commas in `[from, stop)` outside quotes and parentheses, in order:
 * the ones that can close a clause or an aside.
 *
 * @example
 * [...topLevelCommas(doc.words, k, sentence.to)] // token indices of the commas
 */
export function* topLevelCommas(words: readonly Word[], from: number, stop: number): Generator<number> {
  let depth = 0
  for (let k = from; k < stop; k++) {
    const word = words[k] as Word
    if (word.quote >= 0) continue
    if (word.text === '(') depth++
    else if (word.text === ')') depth = Math.max(0, depth - 1)
    if (depth === 0 && word.text === ',') yield k
  }
}

/**
 * The first comma of `topLevelCommas` at least `skip` tokens past `from` that
 * is not inside a number ("$2,000"): where a clause or an aside opened before
 * `from` closes ("which Smith said would cost $2 billion, passed …" ends at
 * the comma after "billion"), or `stop`.
 *
 * @example
 * closingComma(doc.words, cue.to, sentence.to) // the token of the closing comma
 */
export function closingComma(words: readonly Word[], from: number, stop: number, skip = 0): number {
  for (const k of topLevelCommas(words, from, stop)) {
    if (k - from < skip) continue
    const previous = words[k - 1] as Word
    const next = words[k + 1]
    if (next !== undefined && previous.end === (words[k] as Word).start && next.start === (words[k] as Word).end) continue
    return k
  }
  return stop
}

/**
 * True when the words from `k` to `stop` are only a time or occasion: they open with a time noun or an occasion preposition and
 * hold no finite verb before a trailing subordinate clause ("Saturday night
 * at the Congressional Black Caucus gala in Washington", "Friday as he
 * entered the talks", "Thursday morning on Fox News's “Fox and Friends.”").
 *
 * @example
 * occasionOnly(doc.words, k, sentence.to) // true after "said" in "…,” he said Friday as he entered the talks."
 */
export function occasionOnly(words: readonly Word[], k: number, stop: number): boolean {
  const first = words[k] as Word
  if (first.quote >= 0 || !(TIME_NOUNS.has(first.lower) || OCCASION_OPENERS.has(first.lower))) return false
  for (let j = k; j < stop; j++) {
    const word = words[j] as Word
    if (word.quote >= 0 && j > k && (words[j - 1] as Word).quote < 0 && !(words[j - 1] as Word).capitalized && !POSSESSIVE_MARKS.has((words[j - 1] as Word).text)) return false
    if (word.quote < 0 && word.lower === 'that') return false
    if (subordinateClauseAt(words, j, stop)) return true
    if (word.quote < 0 && word.kind === 'word' && !word.capitalized && (word.lower.endsWith("n't") || finiteVerb(word.lower))) return false
  }
  return true
}

/** The most tokens of a question clause before its closing comma ("when asked about the vote in a radio interview on Tuesday,"). */
const MAX_QUESTION = 24

/**
 * Where what was said starts when the words at `k` open the question it
 * answers ("when asked whether he would resign", "asked about the vote",
 * "after being pressed on the injury"): past the comma that closes the
 * question ("Smith said, when asked about the vote, he would resign"), or
 * `stop` when the question runs to the end. `k` when no question opens there.
 *
 * @example
 * afterQuestion(doc.words, k, sentence.to) // sentence.to after "said," in "“No,” Smith said, when asked whether he would resign."
 */
export function afterQuestion(words: readonly Word[], k: number, stop: number): number {
  let j = k
  if (j < stop && QUESTION_SUBORDINATORS.has((words[j] as Word).lower)) j++
  if (j < stop && (words[j] as Word).lower === 'being') j++
  const participle = words[j]
  if (j >= stop || !participle || participle.quote >= 0 || participle.capitalized || !QUESTION_PARTICIPLES.has(participle.lower)) return k
  // A bare participle is the question only before what was asked ("asked whether", "pressed on"): not "said asked questions were answered".
  if (j === k && !QUESTION_OBJECTS.has(words[j + 1]?.lower ?? '')) return k
  for (let t = j + 1; t < stop && t - j <= MAX_QUESTION; t++) {
    const word = words[t] as Word
    if (word.quote >= 0) return stop
    if (word.text === ',') return t + 1 < stop ? t + 1 : stop
  }
  return stop
}
