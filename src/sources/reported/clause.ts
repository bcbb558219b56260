import {ASIDE_DASHES, CLAUSE_KEEPS_AFTER_COMMA, CONTENT_ENDERS_AFTER_COMMA, EVENT_APPOSITIVE_NOUNS, SUMMATIVE_NOUNS} from '../../lexicons/cues.js'
import {CLAUSE_JOINERS, OBJECT_COMPLEMENTS, OBJECT_RELATIVES} from '../../lexicons/bounds.js'
import {POSSESSIVE_MARKS} from './bounds.js'
import type {Span} from '../../types.js'
import {tokenAtOffset} from '../../attribution/index.js'
import {wordTags} from '../../attribution/lexicon.js'
import {TIME_NOUNS} from '../../lexicons/words.js'
import type {ArticleDocument, Word} from '../../attribution/index.js'

/** Words after a comma that end a content even when another comma follows ("…, but he refuses to …, aside from …"). */
const CLAUSE_ENDERS_ALWAYS: ReadonlySet<string> = new Set(['but', 'although', 'though', 'whereas'])

/** Adverbs between a conjunction and the verb of a second predicate ("but also had to"). */
const PREDICATE_ADVERBS: ReadonlySet<string> = new Set(['also', 'then', 'later', 'still', 'even'])

/** Subject pronouns that open a new clause after a comma ("…his piece, he is ready to move on"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i'])

/**
 * First words of a content that make a comma and a subject pronoun part of it:
 * "said that if elected, he would …", "said that, in addition to Scott, he …".
 */
const LEADING_ADJUNCTS: ReadonlySet<string> = new Set([
  'if', 'when', 'while', 'although', 'though', 'because', 'as', 'after', 'before', 'since', 'unless', 'once', 'until',
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'despite', 'given', 'whether', 'even'
])

/** Occasions a time or place adjunct names after an object ("attacked Machado in early-morning tweets", "in an on-air diatribe", "at last week's forum", "at a town hall"). */
const OCCASION_NOUNS: ReadonlySet<string> = new Set([
  'tweet', 'tweets', 'interview', 'debate', 'statement', 'speech', 'diatribe', 'rally', 'remarks', 'appearance', 'hearing',
  'column', 'letter', 'op-ed', 'post', 'video', 'ad', 'email', 'conference', 'briefing',
  'forum', 'event', 'summit', 'meeting', 'convention', 'gathering', 'session', 'visit', 'town'
])

/** Prepositions that open an adjunct after an object only when a time or occasion noun follows ("on Thursday", "in a speech"). */
const OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at'])

/** Prepositions that always open an adjunct after an object ("since the debate", "during his time on MSNBC"). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['since', 'during'])

/** Auxiliaries that show a new clause after ", and" ("…, and Hillary Clinton is promising …"). */
const CLAUSE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does'])

/** Words that open a noun phrase subject after ", and" ("…, and the union also stepped in"). */
const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its'])

/** Words a new clause after ", and" reaches its verb within. */
const MAX_SUBJECT_WORDS = 6

/** Tokens a content keeps before a comma can end it ("said that, in addition to X, he …"). */
const MIN_BEFORE_COMMA = 2

/**
 * Where the reported content starting at token `from` ends, before `stop`:
 * at a comma opening a final relative or adverbial clause ("…, which makes
 * him an outlier", "…, although he again refused …"), an aside that is not
 * what the source said. A clause with a comma after it is embedded
 * ("the counties, which include X, have …") and stays. Commas inside numbers
 * ("100,000") and quotes never end a content. A semicolon outside
 * parentheses ends it ("…; the Tax Foundation puts the figure at …"), and
 * so do a second predicate of the source ("promised a veto and attempted
 * to …"), ", but …" and a new clause after a comma ("…, he is ready to
 * move on", "…, and Hillary Clinton is promising …") and a parenthesis that
 * closes it ("… this past weekend (her campaign later disclosed …)"). When `object` is
 * true (the noun-phrase object of "attacked", "endorsed" …), a time or
 * occasion adjunct ("in early-morning tweets", "on Thursday") and a
 * participle clause after a comma end it too. A relative clause after a comma
 * is part of a reported clause (`introduced` by "that", or with a finite verb
 * of its own: "wrote that Trump had claimed a loss …, which could have
 * allowed him …"), not of a noun phrase ("acknowledged the cost, which …").
 *
 * @example
 * contentEnd(doc, k, sentence.to) // token index one past the content
 */
export function contentEnd(doc: ArticleDocument, from: number, stop: number, object = false, introduced = false): number {
  const words = doc.words
  let depth = 0
  // The last quoted token before `stop`, and whether the words so far are a plain noun phrase.
  let lastQuoted = -1
  for (let k = stop - 1; k >= from && lastQuoted < 0; k--) if ((words[k] as Word).quote >= 0) lastQuoted = k
  let plain = true
  for (let k = from; k < stop; k++) {
    const word = words[k] as Word
    if (k > from && opensClause(words[k - 1] as Word) && !(k - 1 === from && (words[from] as Word).lower === 'that')) plain = false
    if (word.quote >= 0) continue
    // "… this past weekend (her campaign later disclosed that …)": a closing parenthetical is the writer's aside.
    if (word.text === '(' && depth === 0 && k - from >= MIN_BEFORE_COMMA && closesAtEnd(words, k, stop)) return k
    if (word.text === '(') depth++
    if (word.text === ')') depth = Math.max(0, depth - 1)
    // "said of the plan: “It is dead.”": a colon before a quote hands over to the quote, which carries the words.
    if (depth === 0 && word.text === ':' && k - from >= MIN_BEFORE_COMMA && (words[k + 1]?.quote ?? -1) >= 0) return k
    // "…; the Center for Federal Tax Policy puts …": a semicolon closes the reported clause.
    if (depth === 0 && word.text === ';' && k - from >= MIN_BEFORE_COMMA) return k
    // "attacked Machado in early-morning tweets", "mentioned Machado since the debate": the object ends before the occasion.
    if (object && plain && depth === 0 && k > from && lastQuoted < k && occasionAt(words, k, stop)) return k
    // "has promised a veto and attempted to make the case …": a second predicate of the source, not what it said.
    if (!introduced && depth === 0 && (word.lower === 'and' || word.lower === 'but') && k - from >= MIN_BEFORE_COMMA && (words[k - 1] as Word).text !== ',' && !isVerb((words[k - 1] as Word).lower) && (coordinatedVerb(words, k + 1, stop) || ((object || NOUN_PHRASE_OPENERS.has((words[from] as Word).lower)) && !finiteVerbIn(words, from, k) && coordinatedFinite(words, k + 1, stop)))) return k
    // "highlighted sharp differences over growth and the migration crisis brought …": a clause of the writer's with its own subject after a noun-phrase object.
    if (object && depth === 0 && word.lower === 'and' && k - from >= MIN_BEFORE_COMMA && (words[k - 1] as Word).text !== ',' && !finiteVerbIn(words, from, k) && newClause(words, k + 1, stop, true)) return k
    // "endorses Trump, who says he is honored": a one-word object before its relative clause.
    if (object && depth === 0 && word.text === ',' && k - from === 1 && OBJECT_RELATIVES.has(words[k + 1]?.lower ?? '') && (words[k + 1] as Word).quote < 0 && !complementAfterAside(words, k + 1, stop)) return k
    // "noted that Trump has not paid taxes ― as was true for years ―": an aside of the writer's after a dash.
    // A relative clause between dashes is part of what was said ("said the plan — which she called reckless — would fail").
    if (depth === 0 && k - from >= MIN_BEFORE_COMMA && isDash(words, k) && DASH_ENDERS.has(words[k + 1]?.lower ?? '') && (words[k + 1] as Word).quote < 0) return k
    // "which she called reckless — would fail": a noun-phrase object ends at a dash.
    if (object && depth === 0 && k > from && isDash(words, k)) return k
    if (depth > 0 || word.text !== ',' || k - from < MIN_BEFORE_COMMA) continue
    const next = words[k + 1]
    const previous = words[k - 1] as Word
    const numeric = next !== undefined && previous.end === word.start && next.start === word.end
    if (numeric || !next || next.quote >= 0) continue
    if (CLAUSE_ENDERS_ALWAYS.has(next.lower)) return k
    // "claimed its forces had hit targets, a claim that could not be independently verified": the writer's summing-up.
    if (SUMMING_DETERMINERS.has(next.lower) && summativeAfter(words, k + 2, stop) && !commaAfter(words, k + 1, stop)) return k
    // "endorsed Trump's campaign, the latest chapter in a rocky relationship that has gone from …, to, now, …": the writer names the event; later commas are its own, short of a list (", and …").
    if (SUMMING_DETERMINERS.has(next.lower) && summativeAfter(words, k + 2, stop, EVENT_APPOSITIVE_NOUNS) && !clauseJoinedAfter(words, k + 1, stop)) return k
    // "said he did not support Mr. Trump, the presumed Putin favorite.": the writer's apposition on the content's last noun.
    // Only on a name: after a common noun the same shape is a list ("called for tax fairness, the closure of loopholes … and for relief").
    if (SUMMING_DETERMINERS.has(next.lower) && (previous.capitalized || previous.text === ')') && (object || finiteVerbIn(words, from, k)) && appositionToEnd(words, k + 2, stop)) return k
    // "Having said his piece, he is ready to move on": the main clause after the content, unless the content opened with an adjunct.
    if (SUBJECT_PRONOUNS.has(next.lower) && !LEADING_ADJUNCTS.has((words[from] as Word).lower) && !commaAfter(words, k + 1, stop)) return k
    // "sponsored the 2014 reauthorization …, requiring state police to …": a participle clause after an object is the writer's.
    if (object && next.lower.endsWith('ing') && next.lower.length > 4 && !next.capitalized && next.lower !== 'including') return k
    // "vowed to bring back mining jobs, and Hillary Clinton is promising …": a new clause with its own subject.
    if (next.lower === 'and' && newClause(words, k + 2, stop)) return k
    // "wrote that Trump had claimed a loss …, which could have allowed him …": a relative clause on a reported clause is part of it.
    if (!object && CLAUSE_KEEPS_AFTER_COMMA.has(next.lower) && (introduced || finiteVerbIn(words, from, k))) continue
    // "praised the proposals, which include a provision …, which …": a relative clause on an object is the writer's, later commas or not.
    // Not "accused Rafael Cruz, who was born in Cuba, of associating …": the cue's own preposition after the aside goes on with the object.
    // "underscored a glaring weakness, which is his inability to resist …": a relative clause that says what the object is belongs to it.
    if (!introduced && !finiteVerbIn(words, from, k) && identifyingRelative(words, k + 1, stop)) continue
    if (object && OBJECT_RELATIVES.has(next.lower) && !complementAfterAside(words, k + 1, stop)) return k
    if (CONTENT_ENDERS_AFTER_COMMA.has(next.lower) && !commaAfter(words, k + 1, stop)) return k
  }
  return stop
}

/** Determiners of a summing-up appositive (", a claim that …"). */
const SUMMING_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the'])

/** A summing-up noun (or one of `nouns`) at token `k`, or after one adjective ("a dubious claim"), outside quotes. */
function summativeAfter(words: readonly Word[], k: number, stop: number, nouns: ReadonlySet<string> = SUMMATIVE_NOUNS): boolean {
  for (let j = k; j < Math.min(stop, k + 2); j++) {
    const word = words[j] as Word
    if (word.quote >= 0 || word.kind !== 'word') return false
    if (nouns.has(word.lower)) return true
  }
  return false
}

/** Relative words that may follow an apposition's noun ("NATO, the existing military alliance that includes …"). */
const APPOSITION_RELATIVES: ReadonlySet<string> = new Set(['who', 'that', 'which', 'whose', 'where'])

/**
 * True when `[k, stop)` is a noun phrase to the end, with at most a relative
 * clause on it: no comma, quote, parenthesis or finite verb before the
 * relative word ("the existing military alliance that includes the United
 * States"; not "the first of its kind, passed", "the plan would fail").
 */
function appositionToEnd(words: readonly Word[], k: number, stop: number): boolean {
  if (k >= stop) return false
  for (let j = k; j < stop; j++) {
    const word = words[j] as Word
    if (word.quote >= 0) return false
    if (word.kind !== 'word') {
      if (POSSESSIVE_MARKS.has(word.text) || word.text === '-' || word.text === '.') continue
      return false
    }
    if (APPOSITION_RELATIVES.has(word.lower)) return j > k && !clauseJoinedAfter(words, j + 1, stop)
    if (!word.capitalized && (word.lower.endsWith("n't") || finiteVerbIn(words, j, j + 1))) return false
  }
  return true
}

/** True when ", and", ", but" or ", or" comes in `[from, stop)` outside quotes: the sentence goes on with another clause ("…, the county that includes Roseburg, and two were from …"). */
function clauseJoinedAfter(words: readonly Word[], from: number, stop: number): boolean {
  for (let j = from; j + 1 < stop; j++) {
    const word = words[j] as Word
    if (word.text === ',' && word.quote < 0 && CLAUSE_JOINERS.has((words[j + 1] as Word).lower)) return true
  }
  return false
}


/** Words after a dash that open the writer's aside: the enders after a comma but relative words. */
const DASH_ENDERS: ReadonlySet<string> = new Set([...CONTENT_ENDERS_AFTER_COMMA].filter((w) => !OBJECT_RELATIVES.has(w) && w !== 'where' && w !== 'when'))

/** A dash that sets off an aside: an em, en or horizontal-bar dash, "--", or a hyphen with a space before it. */
function isDash(words: readonly Word[], k: number): boolean {
  const word = words[k] as Word
  if (word.quote >= 0 || !ASIDE_DASHES.has(word.text)) return false
  return word.text !== '-' || (k > 0 && (words[k - 1] as Word).end < word.start)
}

/** True when the first comma outside quotes in `[from, stop)` is followed by a preposition of the cue's frame ("…, who was born in Cuba, of associating"). */
function complementAfterAside(words: readonly Word[], from: number, stop: number): boolean {
  for (let k = from; k < stop; k++) {
    const word = words[k] as Word
    if (word.text === ',' && word.quote < 0) return OBJECT_COMPLEMENTS.has(words[k + 1]?.lower ?? '')
  }
  return false
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

/** First words of a content that is no clause: an infinitive ("to endorse …") or a noun phrase after the determiner "that" ("declined that assignment"; "that" as a complementizer sets `introduced`). */
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(['to', 'that'])

/**
 * An auxiliary or a present-tense verb (after "also", "since" …) at token
 * `from`: after a noun phrase or an infinitive, which have no finite verb of
 * their own, a second predicate of the source ("declined the assignment and
 * has since left the network", "is wary of student loans and expects them to
 * …"). Not a plural noun ("the costs and benefits").
 */
function coordinatedFinite(words: readonly Word[], from: number, stop: number): boolean {
  let k = from
  while (k < stop && PREDICATE_ADVERBS.has((words[k] as Word).lower)) k++
  const word = words[k]
  if (!word || k >= stop || word.capitalized || word.quote >= 0 || word.kind !== 'word') return false
  if (CLAUSE_AUXILIARIES.has(word.lower)) return true
  const tags = wordTags(word.lower)
  return tags.includes('PresentTense') && !tags.includes('Noun') && !tags.includes('Plural') && word.lower.endsWith('s')
}

/** Relative words that make an object more than a noun phrase. */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['when', 'that', 'who', 'which', 'where'])

/** A gerund or a relative word: the object holds a clause ("her of being asleep when …"), so an adjunct may be part of it. */
function opensClause(word: Word): boolean {
  return (word.lower.endsWith('ing') && word.lower.length > 4) || RELATIVE_WORDS.has(word.lower)
}

/**
 * A time or occasion adjunct at token `k`: "since …", "during …", or
 * "in/on/at" with a time or occasion noun in the next four words ("on
 * Thursday", "in an on-air diatribe"). Not when a quote follows ("called them
 * in an article last week, ''Manchurian anchors''": the caller checks that).
 */
function occasionAt(words: readonly Word[], k: number, stop: number): boolean {
  const word = words[k] as Word
  if (TIME_PREPOSITIONS.has(word.lower)) return true
  if (!OCCASION_PREPOSITIONS.has(word.lower)) return false
  for (let j = k + 1; j < Math.min(stop, k + 5); j++) {
    const next = words[j] as Word
    if (TIME_NOUNS.has(next.lower) || OCCASION_NOUNS.has(next.lower)) return true
    if (next.kind !== 'word') return false
  }
  return false
}

/** An auxiliary or a past-tense verb in `[from, to)`: the words are a clause, not a noun phrase ("it believes the bill could …"). */
function finiteVerbIn(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = words[k] as Word
    if (word.kind !== 'word' || word.quote >= 0 || word.capitalized) continue
    if (CLAUSE_AUXILIARIES.has(word.lower)) return true
    const tags = wordTags(word.lower)
    if ((tags.includes('PastTense') || tags.includes('PresentTense')) && !tags.includes('Noun')) return true
  }
  return false
}

/**
 * A clause with its own subject at token `from`: a subject pronoun, or a name or noun phrase followed by an auxiliary or a past-tense verb.
 * With `plainSubject`, a relative word before the verb makes the words a noun phrase ("and the unrest that has followed").
 */
function newClause(words: readonly Word[], from: number, stop: number, plainSubject = false): boolean {
  const first = words[from]
  if (!first || first.quote >= 0) return false
  if (SUBJECT_PRONOUNS.has(first.lower)) return true
  if (!first.capitalized && !SUBJECT_DETERMINERS.has(first.lower)) return false
  for (let j = from + 1; j < Math.min(stop, from + 1 + MAX_SUBJECT_WORDS); j++) {
    const next = words[j] as Word
    // "…, and the coal miners' union also stepped in": a possessive mark is part of the subject.
    if (POSSESSIVE_MARKS.has(next.text) && next.quote < 0) continue
    if (next.kind !== 'word' || (plainSubject && RELATIVE_WORDS.has(next.lower))) return false
    if (CLAUSE_AUXILIARIES.has(next.lower)) return true
    const tags = wordTags(next.lower)
    if (!next.capitalized && tags.includes('PastTense') && !tags.includes('Noun')) return true
  }
  return false
}

/** True when the parenthesis opened at `k` closes at the end of `[k, stop)`, only punctuation after it. */
function closesAtEnd(words: readonly Word[], k: number, stop: number): boolean {
  let end = stop
  while (end > k && (words[end - 1] as Word).kind !== 'word' && (words[end - 1] as Word).text !== ')') end--
  if ((words[end - 1] as Word | undefined)?.text !== ')') return false
  let depth = 0
  for (let j = k; j < end; j++) {
    const text = (words[j] as Word).text
    if (text === '(') depth++
    if (text === ')' && --depth === 0) return j === end - 1
  }
  return false
}

/** True when a comma outside quotes comes in `[from, stop)`: an embedded clause, not a final one. */
function commaAfter(words: readonly Word[], from: number, stop: number): boolean {
  for (let k = from; k < stop; k++) {
    const word = words[k] as Word
    if (word.text === ',' && word.quote < 0) return true
  }
  return false
}

/** Words after "that" + noun that show the noun is a subject ("that argument was …"), besides verbs. */
const CLAUSE_AFTER_NOUN: ReadonlySet<string> = new Set(["'s", 'is', 'was', 'has', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'does', 'did'])

/**
 * True when "that" at token `k` is a determiner, not a complementizer:
 * a singular lower-case noun follows, then punctuation, a preposition or a
 * conjunction ("rejected that argument in a ruling", "declined that
 * assignment and …"; not "said that argument was weak").
 *
 * @example
 * determinerThat(doc.words, k, sentence.to) // true for "rejected that argument."
 */
export function determinerThat(words: readonly Word[], k: number, stop: number): boolean {
  const noun = words[k + 1]
  // "said … that 85 of the drones had been shot down": a number opens the clause's subject.
  if (!noun || k + 1 >= stop || noun.kind !== 'word' || noun.capitalized || noun.quote >= 0 || /^\d/u.test(noun.text)) return false
  const tags = wordTags(noun.lower)
  if (!(tags.length === 0 || tags.includes('Singular')) || /(?:s|ly|ed)$/u.test(noun.lower)) return false
  const after = words[k + 2]
  if (!after || k + 2 >= stop || after.kind !== 'word') return true
  if (CLAUSE_AFTER_NOUN.has(after.lower) || /(?:s|ed)$/u.test(after.lower)) return false
  return wordTags(after.lower).some((t) => NOUN_FOLLOWERS.has(t))
}

/** Tags of the word after a noun object: a preposition or conjunction ("that argument in a ruling", "that assignment and …"). */
const NOUN_FOLLOWERS: ReadonlySet<string> = new Set(['Preposition', 'Conjunction'])

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

/** Copulas of a relative clause that says what its noun is. */
const IDENTIFYING_COPULAS: ReadonlySet<string> = new Set(['is', 'was'])

/** Determiners of the noun phrase that identifies a relative clause's noun ("which is his inability to …"). */
const IDENTIFYING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its'])

/**
 * True when "which" at token `k` opens a clause that says what the object is
 * ("underscored a glaring weakness, which is his inability to resist …"): the
 * definite noun phrase after "is"/"was" is the thing reported, not the
 * writer's comment on it ("…, which was widespread").
 */
function identifyingRelative(words: readonly Word[], k: number, stop: number): boolean {
  const copula = words[k + 1]
  const determiner = words[k + 2]
  if ((words[k] as Word).lower !== 'which' || !copula || !determiner || k + 2 >= stop || copula.quote >= 0 || determiner.quote >= 0) return false
  return IDENTIFYING_COPULAS.has(copula.lower) && IDENTIFYING_DETERMINERS.has(determiner.lower)
}
