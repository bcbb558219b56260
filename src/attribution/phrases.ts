import {ANONYMOUS_MARKERS, BUSINESS_DESCRIPTORS, DOCUMENT_NOUNS, HONORIFICS, NAME_PARTICLES, ORGANIZATION_NOUNS, ROLE_NOUNS, SOURCE_MODIFIERS, TITLE_WORDS, UNSOURCED_BARE_DOCUMENTS} from '../lexicons/roles.js'
import {CLAUSE_BOUNDARIES, DETERMINERS, INDEFINITE_PRONOUNS, IRREGULAR_PLURALS, PLURAL_ONLY_DETERMINERS, PLACING_PREPOSITIONS, isNumberWord, isPartyTag, NOT_NAMES, PHRASE_STOPS, PRONOUNS, ROLE_PREPOSITIONS, QUANTIFIERS, SKIPPABLE, SPEECH_VERB_FORMS, TIME_NOUNS, TIME_OPENERS} from '../lexicons/words.js'
import {OBJECT_RELATIVES} from '../lexicons/bounds.js'
import type {ArticleDocument, Word} from './document.js'
import {cacheFor} from './document.js'
import {isLyAdverb, wordTags} from './lexicon.js'
import {OUTLET_DESCRIPTION_HEADS, OUTLET_KINDS} from '../lexicons/outlets.js'
import {hyphenatedModifier, isOpeningAdverb, isOrganizationConnector} from './mentions.js'
import {COMPOUND_OBJECT_NON_NOUN_TAGS, CUE_LEMMAS, PERFECT_AUXILIARIES, STANCE_LEMMAS} from '../lexicons/cues.js'

/** A token range `[from, to)` holding a noun phrase. */
export interface Phrase {
  from: number
  to: number
  /** A description set off before the name ("Zelensky’s chief of staff" in "Zelensky’s chief of staff, Andriy Yermak, said"). */
  described?: {from: number; to: number}
}

const MAX_SUBJECT = 14

/** Finite forms (-s, -ed) of the cue and stance verbs, which take a clause: "suggests", "believed", "shows". */
const FINITE_CLAUSE_VERBS: ReadonlySet<string> = new Set(
  [...CUE_LEMMAS, ...STANCE_LEMMAS].filter((lemma) => !lemma.includes(' ')).flatMap((lemma) => {
    const stem = lemma.endsWith('y') ? lemma.slice(0, -1) + 'i' : lemma
    return lemma.endsWith('e') ? [lemma + 's', lemma + 'd'] : [stem + (/(s|sh|ch|x|z|i)$/u.test(stem) ? 'es' : 's'), stem + 'ed']
  })
)
const PREPOSITIONS = new Set(['over', 'after', 'before', 'for', 'with', 'on', 'in', 'at', 'to', 'from', 'by', 'about', 'against', 'amid', 'during', 'under', 'into', 'through', 'without', 'despite', 'between', 'among'])
/** The farthest any phrase rule walks from its cue, in tokens: keeps a megabyte-long sentence linear. */
export const MAX_WALK = 40
/** Common speech verbs: a subject never runs across one ("Mr. Clarke said he expected"). */
const SPEECH_VERBS = SPEECH_VERB_FORMS
const AUXILIARIES = new Set(['might', 'would', 'will', 'could', 'should', 'can', 'must', 'may', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did'])
const BOUNDARY_PUNCTUATION = new Set([',', ';', ':', '(', ')', '[', ']', '\u2014', '\u2013', '-', '--', '…', '?', '!'])
const LEADING_NOISE = new Set([
  'and', 'but', 'so', 'yet', 'then', 'now', 'later', 'earlier', 'today', 'yesterday', 'tonight', 'also',
  'meanwhile', 'however', 'still', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'
])

/**
 * True when a token may belong to a speaker's noun phrase.
 *
 * @example
 * isPhraseWord(word) // true for "Secretary", "the", "official", "Rubio's"
 */
export function isPhraseWord(word: Word | undefined): boolean {
  if (!word || word.kind !== 'word' || word.quote >= 0) return false
  const lower = word.lower
  // "That's", "Let's": a pronoun and its verb, not a possessive.
  if (CONTRACTED_PRONOUNS.has(lower)) return false
  return (
    word.capitalized ||
    DETERMINERS.has(lower) ||
    TITLE_WORDS.has(lower) ||
    ROLE_NOUNS.has(lower) ||
    ANONYMOUS_MARKERS.has(lower) ||
    lower.endsWith("'s") ||
    /^\d/.test(lower)
  )
}

/**
 * True when token `k` is a lower-case particle between two capitalised words
 * of one sentence ("de" in "Mayor Bill de Blasio"): part of the name.
 *
 * @example
 * isNameParticle(doc.words, k) // true for "de" in "Bill de Blasio"
 */
export function isNameParticle(words: readonly Word[], k: number): boolean {
  const word = words[k]
  const prev = words[k - 1]
  const next = words[k + 1]
  if (!word || !prev || !next || word.kind !== 'word' || word.quote >= 0 || word.capitalized || !NAME_PARTICLES.has(word.lower)) return false
  return prev.capitalized && next.capitalized && prev.kind === 'word' && next.kind === 'word' && prev.sentence === word.sentence && next.sentence === word.sentence
}

/** A pronoun with "is" or "us" contracted onto it: it ends a subject ("That's a small fraction of …"). */
const CONTRACTED_PRONOUNS: ReadonlySet<string> = new Set(["that's", "it's", "let's", "there's", "here's", "what's", "where's"])

/** Quantifiers that float after their subject ("they all said", "the experts both agreed"). */
const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'both', 'each'])

/** Plural subject pronouns a quantifier floats after ("they all", "we both"). */
const PLURAL_SUBJECTS: ReadonlySet<string> = new Set(['they', 'we', 'you'])

/** Words ending in "s" that are no plural noun ("was", "has", "is", "this"). */
const NOT_PLURAL: ReadonlySet<string> = new Set(['was', 'has', 'is', 'does', 'this', 'its', 'his', 'us', 'as', 'yes', 'thus', 'always', 'perhaps', 'across', 'unless', 'less', 'news'])

/**
 * True when token `k` is a quantifier floating after its subject: "all",
 * "both" or "each" right after a plural pronoun, a plural common noun or a
 * name in the same sentence ("The experts all agreed", "they both said",
 * "Obama and Clinton each said"). Such a quantifier is no determiner of the
 * word after it.
 *
 * @example
 * isFloatingQuantifier(doc.words, 2) // true for "The experts all agreed"
 */
export function isFloatingQuantifier(words: readonly Word[], k: number): boolean {
  const word = words[k]
  if (word === undefined || word.quote >= 0 || !FLOATING_QUANTIFIERS.has(word.lower)) return false
  const host = words[k - 1]
  // "Robert Menendez (D-N.J.) all said": a parenthesis after a name.
  if (host !== undefined && host.text === ')' && host.sentence === word.sentence && host.quote < 0) return true
  // "Hart and Olin sparred …, each saying …": set off before a participle, it floats after the clause's subject.
  if (host !== undefined && host.text === ',' && host.sentence === word.sentence && host.quote < 0 && isParticipleAt(words, k + 1, word.sentence)) return true
  if (host === undefined || host.sentence !== word.sentence || host.kind !== 'word' || host.quote >= 0) return false
  if (PLURAL_SUBJECTS.has(host.lower)) return true
  // A name: capitalised, not the sentence's first word.
  if (host.capitalized) return !DETERMINERS.has(host.lower) && !NOT_NAMES.has(host.lower)
  // A plural common noun: "experts", "officials" (not "was", "has", "its").
  return host.lower.length > 3 && host.lower.endsWith('s') && !host.lower.endsWith('ss') && !host.lower.endsWith("'s") && !NOT_PLURAL.has(host.lower) && !SKIPPABLE.has(host.lower) && !DETERMINERS.has(host.lower)
}

function isSkippable(words: readonly Word[], k: number): boolean {
  const word = words[k] as Word
  if (word.kind !== 'word' || word.quote >= 0 || word.capitalized || OUTLET_DESCRIPTION_HEADS.has(word.lower)) return false
  return SKIPPABLE.has(word.lower) || isLyAdverb(words, k) || perfectSince(words, k)
}

/** "Germany has since said": "since" right after "has", "have" or "had" is an adverb of time, no subordinator. */
function perfectSince(words: readonly Word[], k: number): boolean {
  return (words[k] as Word).lower === 'since' && PERFECT_AUXILIARIES.has(words[k - 1]?.lower ?? '')
}

/** A token a subject never runs across. */
function isBoundary(words: Word[], k: number): boolean {
  const word = words[k] as Word
  if (word.quote >= 0) return true
  if (word.kind !== 'word') return BOUNDARY_PUNCTUATION.has(word.text) || word.text === '"'
  if (CONTRACTED_PRONOUNS.has(word.lower)) return true
  if (word.capitalized && k > 0 && (words[k - 1] as Word).sentence === word.sentence) return false
  if (CLAUSE_BOUNDARIES.has(word.lower) || SPEECH_VERBS.has(word.lower)) return true
  if (word.lower === 'and' || word.lower === 'but') {
    // "Lammy and Rubio said" keeps going; "ruled out ... and called" stops.
    const next = words[k + 1]
    return !isPhraseWord(next)
  }
  return false
}

/**
 * The subject of the cue at token `cue`: the words from the start of its
 * clause to the verb ("a U.S. official involved in the talks told"), past an
 * appositive ("Yuriy Sak, adviser to ..., reiterated") and, for a verb
 * coordinated with an earlier one ("ruled out ... and called"), the subject of
 * that one. Never looks before token `floor`.
 *
 * @example
 * subjectBefore(doc, cueIndex, sentence.from) // {from, to} of "Kremlin spokesman Dmitry Peskov"
 */
export function subjectBefore(doc: ArticleDocument, cue: number, floor: number): Phrase | null {
  const size = doc.words.length + 2
  // Outside [-1, words.length] the key would not be unique: read afresh.
  if (cue < -1 || floor < -1 || cue >= size - 1 || floor >= size - 1) return subjectBeforeUncached(doc, cue, floor)
  const cache = cacheFor(subjectCache, doc)
  const key = (cue + 1) * size + floor + 1
  let subject = cache.get(key)
  if (subject === undefined) {
    subject = subjectBeforeUncached(doc, cue, floor)
    cache.set(key, subject)
  }
  return subject
}

/**
 * Subjects already read, per document and (cue, floor): registerRoles and
 * reported speech ask for the same ones. Callers share them, so none may
 * mutate one.
 */
const subjectCache = new WeakMap<ArticleDocument, Map<number, Phrase | null>>()

function subjectBeforeUncached(doc: ArticleDocument, cue: number, floor: number): Phrase | null {
  const words = doc.words
  let i = cue - 1
  while (i >= floor && (isSkippable(words, i) || isFloatingQuantifier(words, i))) i--
  if (i < floor) return null
  const last = words[i] as Word
  if (last.text === ',') return appositiveSubject(doc, i, floor)
  // "Officials denied Ms Lee's claims that …": a cue right after a capitalised possessive is its noun, and the possessor says it.
  if (i === cue - 1 && last.capitalized && last.quote < 0 && /[^'\u2019]['\u2019]s$/u.test(last.lower)) {
    let from = i
    while (from - 1 >= floor && (words[from - 1] as Word).kind === 'word' && (words[from - 1] as Word).capitalized && (words[from - 1] as Word).quote < 0 && i - from < MAX_POSSESSOR) from--
    return {from, to: i + 1}
  }
  // "family members of 9/11 victims, many of whom say": the group before the partitive relative.
  if ((last.lower === 'whom' || last.lower === 'which') && i - 3 >= floor && (words[i - 1] as Word).lower === 'of') {
    const quantifier = (words[i - 2] as Word).lower
    if ((QUANTIFIERS.has(quantifier) || isNumberWord(quantifier) || PARTITIVE_HEADS.has(quantifier)) && (words[i - 3] as Word).text === ',') {
      return i - 4 >= floor ? (trailingPhrase(doc, i - 4, floor) ?? groupBefore(words, i - 4, floor)) : null
    }
  }
  // "the Police Department, which reported": the noun phrase before the relative pronoun.
  if ((last.lower === 'who' || last.lower === 'which' || last.lower === 'that') && i - 1 >= floor) {
    let k = i - 1
    if ((words[k] as Word).text === ',') k--
    if (k < floor) return null
    const named = trailingPhrase(doc, k, floor)
    // "nervous Democrats on Capitol Hill, who have argued": the people at the place, not the place.
    if (named && last.lower === 'who') return placedSpeaker(doc, named, floor) ?? appositiveName(doc, named, floor) ?? named
    if (named) return named
    // "an architect who said": a common noun and its determiner; after "who", one that can speak ("their support -- who cited" is none).
    if (last.lower === 'who' && !canSpeak(words[k] as Word, true)) return null
    const common = commonPhraseBefore(words, k, floor)
    if (common && last.lower === 'who') return appositiveName(doc, common, floor) ?? common
    // "a tyranny of political correctness that encourages", "the financial help of states that may not want": after "that"
    // or "which", the head noun (before any "of") must be one that can speak, a role, a document or an organisation.
    const head = common ? headBeforeOf(words, common.from, k) : k
    if (common && last.lower !== 'who' && head < k && !canSpeak(words[head] as Word, false)) return null
    return common
  }
  if (last.lower === 'and' || last.lower === 'but' || last.lower === 'or') return coordinatedSubject(doc, i, floor)
  const phrase = segmentBefore(doc, i, floor)
  // "Jo Roe, chief counsel for Acme County said": a role set off after a name with no closing comma; the name speaks.
  // Only a role with its object ("… for Acme County") after a full name: "Meanwhile, police said" is no such pair.
  const roled = phrase !== null && phrase.to === cue && (words[cue] as Word | undefined)?.kind === 'word' && (words[phrase.from - 1] as Word | undefined)?.text === ',' && roleWithObject(words, phrase.to - 1, phrase.from) >= 0
  const named = roled ? roleAppositiveName(doc, phrase, floor) : null
  if (named && fullName(words, named.from, named.to)) return named
  return phrase ? withListedNames(doc, withoutContactRelative(words, phrase), floor) : null
}

/** Subject pronouns that open a relative clause with no "that" ("the experts I interviewed", "people we spoke to"). */
const CONTACT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they', 'you'])

/**
 * A subject without the relative clause with no "that" that closes it: "Everyone I
 * interviewed [said]", "People I spoke with [said]", "The economists we consulted
 * [said]" are everyone, the people, the economists: a noun phrase, a subject
 * pronoun, a past verb and at most a preposition, up to the cue.
 */
function withoutContactRelative(words: readonly Word[], phrase: Phrase): Phrase {
  // "Everyone I [interviewed said]": the verb may have been skipped before the cue.
  const last = words[phrase.to - 1] as Word
  const after = words[phrase.to]
  if (phrase.to - phrase.from >= 2 && CONTACT_PRONOUNS.has(last.lower) && after !== undefined && !after.capitalized && after.lower.endsWith('ed')) {
    return {from: phrase.from, to: phrase.to - 1}
  }
  let end = phrase.to - 1
  if (end - phrase.from >= 3 && PREPOSITIONS.has((words[end] as Word).lower)) end--
  const verb = words[end] as Word
  const pronoun = words[end - 1] as Word
  if (end - 1 <= phrase.from || verb.capitalized || !(verb.lower.endsWith('ed') || wordTags(verb.lower).includes('PastTense'))) return phrase
  if (!CONTACT_PRONOUNS.has(pronoun.lower) || (pronoun.capitalized && pronoun.text !== 'I')) return phrase
  const head = words[end - 2] as Word
  if (head.kind !== 'word' || head.quote >= 0 || DETERMINERS.has(head.lower) || PREPOSITIONS.has(head.lower)) return phrase
  return {from: phrase.from, to: end - 1}
}

/**
 * A subject that ends a list of names takes in the names before it: "Lammy,
 * Rubio and Yermak said" (not "Rubio and Yermak"), "Sens. Jeff Merkley
 * (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all
 * suggested". Each name before a comma or "and" is capitalised words with an
 * optional parenthesis, opening with no preposition or adverb ("In Paris,
 * Macron and Merkel said" keeps Paris out) and after no preposition and
 * "the" ("At the United Nations, X and Y said"), and a comma joins only in a list
 * that "and" closes.
 */
function withListedNames(doc: ArticleDocument, phrase: Phrase, floor: number): Phrase {
  const words = doc.words
  let joined = false
  for (let k = phrase.from; k < phrase.to; k++) if ((words[k] as Word).lower === 'and') joined = true
  let from = phrase.from
  // A list is read back at most MAX_WALK tokens: a megabyte-long list stays linear.
  floor = Math.max(floor, phrase.from - MAX_WALK)
  while (from - 2 >= floor) {
    const joiner = words[from - 1] as Word
    if (joiner.text !== ',' && joiner.lower !== 'and') break
    const start = listedNameBefore(words, from - 2, floor)
    if (start < 0) break
    if (joiner.lower === 'and') joined = true
    if (!joined) break
    from = start
  }
  // "The Bureau of Alcohol, Tobacco, Firearms and Explosives": a list that "of" or "for" joins to an organisation noun is its name.
  const connector = words[from - 1]
  if (joined && from - 2 >= floor && (connector?.lower === 'of' || connector?.lower === 'for') && (words[from - 2] as Word).capitalized && ORGANIZATION_NOUNS.has((words[from - 2] as Word).lower)) {
    // The phrase that ends on the noun ("The Bureau", "A spokesman for the Bureau").
    const head = segmentBefore(doc, from - 2, floor)
    from = head && head.to === from - 1 ? head.from : from - 2
  }
  return from === phrase.from ? phrase : {from, to: phrase.to}
}

/** The start of a name ending at `end` ("Sherrod Brown (D-Ohio)", "Mr. Grassley"), or -1. */
function listedNameBefore(words: Word[], end: number, floor: number): number {
  let k = end
  if ((words[k] as Word).text === ')') {
    while (k > floor && (words[k] as Word).text !== '(') k--
    if ((words[k] as Word).text !== '(' || k - end > 8) return -1
    k--
  }
  let start = -1
  while (k >= floor) {
    const word = words[k] as Word
    if (word.kind === 'word' ? !word.capitalized || word.quote >= 0 : word.text !== '.') break
    if (word.kind === 'word') start = k
    k--
  }
  if (start < 0) return -1
  // "At the United Nations, Britain and France said": a name after a preposition and "the" is a place, no speaker.
  const article = words[start - 1]
  if (article && start - 2 >= floor && article.lower === 'the' && !article.capitalized && PREPOSITIONS.has((words[start - 2] as Word).lower)) return -1
  const first = (words[start] as Word).lower
  // "Mr. Smith, Ms. Jones and Mr. Brown said": a title with the name after it opens a listed name.
  if (TITLE_WORDS.has(first) && start < end && (words[start + 1] as Word).kind === 'word') return start
  return NOT_NAMES.has(first) || PREPOSITIONS.has(first) || DETERMINERS.has(first) ? -1 : start
}

/**
 * The speaker a place name after a preposition belongs to: "nervous Democrats
 * on Capitol Hill", "officials at the Pentagon" (a plural or a noun that can
 * speak before the preposition, and its modifiers); null when none.
 */
function placedSpeaker(doc: ArticleDocument, place: Phrase, floor: number): Phrase | null {
  const words = doc.words
  let p = place.from - 1
  if (p >= floor && (words[p] as Word).lower === 'the') p--
  const preposition = words[p]
  if (!preposition || p - 1 < floor || preposition.quote >= 0 || !PLACING_PREPOSITIONS.has(preposition.lower)) return null
  const head = words[p - 1] as Word
  if (head.kind !== 'word' || head.quote >= 0) return null
  if (head.capitalized) {
    const group = trailingPhrase(doc, p - 1, floor)
    return group && /s$/u.test(head.lower) ? {from: group.from, to: place.to} : null
  }
  if (!canSpeak(head, true)) return null
  const common = commonPhraseBefore(words, p - 1, floor)
  let from = common?.from ?? p - 1
  // "nervous Democrats": adjectives before a bare plural.
  while (from - 1 >= floor && from > p - 4 && wordTags((words[from - 1] as Word).lower).includes('Adjective') && !(words[from - 1] as Word).capitalized) from--
  return {from, to: place.to}
}

/**
 * The name an indefinite description before "who" stands in apposition to:
 * "Luis Ortega, a former trade minister who warned …", "Ana Ruiz, a lawyer who
 * argued …" (the person named speaks, not "a lawyer"). A run of capitalised
 * words right before the comma, itself not after a preposition ("In Ohio, a
 * voter who said" is the voter); null when none.
 */
function appositiveName(doc: ArticleDocument, description: Phrase, floor: number): Phrase | null {
  const article = doc.words[description.from]
  if (!article || (article.lower !== 'a' && article.lower !== 'an')) return null
  return nameBeforeAppositive(doc, description, floor)
}

/**
 * The name a role set off by commas stands in apposition to, when a second
 * appositive, on the role's object, follows it: "Jane Roe, a spokesman for
 * Acme, the regional cable network, said", "Tom Smith, deputy director of the
 * firm's owners, Acme Air, said" (Jane Roe and Tom Smith speak, not the
 * role). The role opens with "a", "an" or "the" and a role or title noun
 * within three words, or with a lower-case role or title word itself.
 */
function roleAppositiveName(doc: ArticleDocument, description: Phrase, floor: number): Phrase | null {
  const words = doc.words
  const first = words[description.from] as Word
  if (first.capitalized || first.quote >= 0) return null
  let role = false
  if (DESCRIPTION_OPENERS.has(first.lower)) {
    for (let k = description.from + 1; k < description.to && k <= description.from + 3; k++) {
      const word = words[k] as Word
      if (word.capitalized || word.kind !== 'word' || !(ROLE_NOUNS.has(word.lower) || TITLE_WORDS.has(word.lower))) continue
      role = true
      break
    }
  } else role = ROLE_NOUNS.has(first.lower) || TITLE_WORDS.has(first.lower)
  return role ? nameBeforeAppositive(doc, description, floor) : null
}

/** The most capitalised words of a town ("Palo Alto") or of the region set off after it ("New South Wales"). */
const MAX_PLACE_WORDS = 3

/** Prepositions that put a town in a description ("lives in Dayton", "of Dayton", "based near Dayton"). */
const TOWN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'from', 'near', 'at'])

/**
 * The speaker before a town and its region set off by commas, when token
 * `k` is the comma between them and `comma` the one after the region:
 * "Tom Smith, a farmer who lives in Dayton, Ohio, said" (Tom Smith), "Acme,
 * based in Dayton, Ohio, said" (Acme), "a farmer in Dayton, Ohio, said"
 * (the farmer in Dayton). The town is capitalised words after a lower-case
 * preposition, the region capitalised words alone; a name before the comma
 * opening the town's phrase speaks when that phrase opens with an article, "who",
 * a preposition or a participle. Null when the words read otherwise.
 */
function placeAndRegion(doc: ArticleDocument, k: number, comma: number, floor: number): Phrase | null {
  const words = doc.words
  if (comma - k - 1 < 1 || comma - k - 1 > MAX_PLACE_WORDS) return null
  for (let j = k + 1; j < comma; j++) if (!isNamePart(words[j]) || TITLE_WORDS.has((words[j] as Word).lower)) return null
  let town = k - 1
  while (town - 1 >= floor && k - town < MAX_PLACE_WORDS && isNamePart(words[town - 1])) town--
  const preposition = words[town - 1]
  if (!isNamePart(words[k - 1]) || !preposition || town - 1 < floor || preposition.capitalized || preposition.quote >= 0 || !TOWN_PREPOSITIONS.has(preposition.lower)) return null
  // The comma that opens the town's phrase, within the sentence.
  let c = town - 2
  while (c >= floor && (words[c] as Word).text !== ',' && (words[c] as Word).quote < 0 && (words[c] as Word).sentence === preposition.sentence) c--
  if (c >= floor && (words[c] as Word).text === ',') {
    const opener = words[c + 1] as Word
    const opens = !opener.capitalized && (DESCRIPTION_OPENERS.has(opener.lower) || opener.lower === 'who' || TOWN_PREPOSITIONS.has(opener.lower) || opener.lower.endsWith('ed'))
    const named = opens ? nameBeforeAppositive(doc, {from: c + 1, to: town}, floor, TOWN_PREPOSITIONS.has(opener.lower) || opener.lower.endsWith('ed')) : null
    if (named) return named
  }
  return placedSpeaker(doc, {from: town, to: k}, floor)
}

/** The run of capitalised words right before the comma that opens `description`, when it reads as a name (see appositiveName). */
function nameBeforeAppositive(doc: ArticleDocument, description: Phrase, floor: number, single = false): Phrase | null {
  const words = doc.words
  const comma = words[description.from - 1]
  if (comma?.text !== ',' || description.from - 2 < floor) return null
  let from = description.from - 2
  if (!isNamePart(words[from])) return null
  while (from - 1 >= floor && isNamePart(words[from - 1])) from--
  const sentence = (words[from] as Word).sentence
  const before = from - 1 >= floor ? words[from - 1] : undefined
  const opens = before === undefined || before.sentence !== sentence
  // A single capitalised word opening the sentence may be no name ("Meanwhile, a voter who …").
  if (opens && from === description.from - 2 && (!single || LEADING_NOISE.has((words[from] as Word).lower) || TIME_NOUNS.has((words[from] as Word).lower))) return null
  // "In Columbus, Ohio, a voter who …": a place after its city, no name.
  if (before?.text === ',') return null
  // "In Ohio, a voter who …": a place after an opening preposition; "heard from Luis Ortega, a …" names him.
  if (before !== undefined && !opens && PREPOSITIONS.has(before.lower) && (before.capitalized || (words[from - 2] as Word | undefined)?.sentence !== sentence)) return null
  return {from, to: description.from - 1}
}

/** A capitalised word outside quotes that is no pronoun, determiner or preposition: part of a name. */
function isNamePart(word: Word | undefined): boolean {
  return word !== undefined && word.kind === 'word' && word.capitalized && word.quote < 0 && !PRONOUNS.has(word.lower) && !DETERMINERS.has(word.lower) && !PREPOSITIONS.has(word.lower)
}

/** A common noun ending at `k` and its modifiers back to a determiner, at most four words ("an architect", "the farmers"). */
function commonPhraseBefore(words: Word[], k: number, floor: number): Phrase | null {
  let from = k
  while (from - 1 >= floor && from > k - 4 && (words[from - 1] as Word).kind === 'word' && !DETERMINERS.has((words[from] as Word).lower) && !isBoundary(words, from - 1)) from--
  return DETERMINERS.has((words[from] as Word).lower) || from === k ? {from, to: k + 1} : null
}

/**
 * The group a partitive relative ("many of whom") counts from: the words
 * ending at `k` back to a verb, a preposition other than "of" or a boundary, at most
 * six ("with family members of 9/11 victims, many of whom" -> "family members
 * of 9/11 victims").
 */
function groupBefore(words: Word[], k: number, floor: number): Phrase | null {
  let from = k
  while (from - 1 >= floor && k - from < 5) {
    const word = words[from - 1] as Word
    if (word.kind !== 'word' || isBoundary(words, from - 1) || (PREPOSITIONS.has(word.lower) && word.lower !== 'of')) break
    // "The veto angered | family members": a verb ends the group.
    if (!word.capitalized && isVerbForm(word.lower)) break
    from--
  }
  return (words[from] as Word).lower === 'of' ? null : {from, to: k + 1}
}

/** The most lower-case words (or numbers) of a descriptor before a name ("9/11 widow", "retired teacher"). */
const MAX_DESCRIPTOR = 3

/**
 * A descriptor of lower-case nouns and adjectives, or a number, right before a
 * name, and the name: "said 9/11 widow Terry Strada". Read only after an
 * inverted cue, where a clause cannot start ("storms hit North Florida" can).
 * Null when the phrase opens with a name, a function word or a verb.
 *
 * @example
 * descriptorAndName(doc.words, cue.to, sentence.to) // the phrase of "9/11 widow Terry Strada"
 */
export function descriptorAndName(words: readonly Word[], start: number, limit: number): Phrase | null {
  let k = start
  /** A word of the descriptor that can be a verb ("lead" in "lead author"), or -1. */
  let verbal = -1
  while (k < limit && k - start < MAX_DESCRIPTOR) {
    const word = words[k] as Word
    if (word.kind !== 'word' || word.quote >= 0 || word.capitalized || (word.lower === 'and' && k > start)) break
    const tags = wordTags(word.lower)
    // A word that can be a verb makes a clause, not a descriptor ("storms hit North Florida"), unless a role noun ends the descriptor (below).
    if (tags.some((t) => t === 'Verb' || t === 'PastTense' || t === 'PresentTense' || t === 'Infinitive' || t === 'Gerund')) {
      if (verbal < 0) verbal = k
    } else if (!/^\d/u.test(word.text) && !isPlainNoun(word) && !tags.includes('Adjective')) return null
    k++
  }
  if (k === start || k >= limit) return null
  let end = nameRun(words, k, limit)
  // "said lead author Jane Smith", "said head coach Andy Reid": a role noun before the name makes the words before it its modifiers;
  // so does a title in the capitals before the name ("said retired Navy Admiral Jo Roe").
  const last = words[k - 1] as Word
  if (verbal >= 0 && !(ROLE_NOUNS.has(last.lower) || TITLE_WORDS.has(last.lower)) && !titledRun(words, k, end)) return null
  // "said board member and Stanford physicist Jo Roe": a second descriptor joined to a singular role noun, up to the name
  // (not "party members and [Tory chairman Jo Roe]", two sources).
  if (end === k && (words[k] as Word).lower === 'and' && ROLE_NOUNS.has(last.lower) && !/[^s]s$/u.test(last.lower)) {
    const name = namedAfterDescriptor(words, k + 1, limit)
    if (name < 0) return null
    k = name
    end = nameRun(words, k, limit)
  }
  return end - k >= 2 ? {from: start, to: end} : null
}

/** The end of a run of capitalised words from `k`, an honorific inside ("Dr. Jo Roe") or not. */
function nameRun(words: readonly Word[], k: number, limit: number): number {
  let end = k
  while (end < limit) {
    const word = words[end] as Word
    if (word.kind !== 'word' || !word.capitalized || word.quote >= 0) break
    // "county health director Dr. Jo Roe": an honorific before a capital.
    if (NOT_NAMES.has(word.lower) && !(HONORIFICS.has(word.lower) && words[end + 1]?.capitalized === true)) break
    end++
  }
  return end
}

/** Whether a title word stands in the capitals `[from, to)` before the last two, the name ("Navy Admiral [Jo Roe]"). */
function titledRun(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to - 2; k++) if (TITLE_WORDS.has((words[k] as Word).lower)) return true
  return false
}

/**
 * Where the name starts after the second of two coordinated descriptors,
 * from token `from` after "and": "[board member and] Nobel-winning Stanford
 * physicist Jo Roe". Words of a descriptor (lower-case content words or
 * capitals), at most MAX_DESCRIPTOR * 2, the last a lower-case noun right
 * before two capitals or more; -1 when there is none.
 */
function namedAfterDescriptor(words: readonly Word[], from: number, limit: number): number {
  let lower = -1
  for (let k = from; k < limit && k - from < MAX_DESCRIPTOR * 2; k++) {
    const word = words[k] as Word
    if (word.kind !== 'word' || word.quote >= 0) return -1
    if (word.capitalized) {
      if (lower >= 0 && k === lower + 1 && nameRun(words, k, limit) - k >= 2) return k
      continue
    }
    if (CLAUSE_BOUNDARIES.has(word.lower) || DETERMINERS.has(word.lower) || PRONOUNS.has(word.lower) || PHRASE_STOPS.has(word.lower)) return -1
    lower = k
  }
  return -1
}

/**
 * Where a subject closing a sentence starts when a descriptor of lower-case
 * words stands between the comma and its name or title ("…, program
 * coordinator Dana Reyes said", "…, the coroner's spokeswoman Ann
 * Wolfe said"): the descriptor's first word, when a comma comes right
 * before it; `from` otherwise. The descriptor is at most MAX_DESCRIPTOR plain
 * nouns, adjectives, possessives or numbers; a word that can be a verb counts
 * only when a role or title word ends the descriptor ("lead author").
 *
 * @example
 * descriptorBefore(doc.words, subject.from, sentence.from) // index of "program" in "…, program coordinator Dana Reyes said"
 */
export function descriptorBefore(words: readonly Word[], from: number, floor: number): number {
  const head = words[from]
  if (!head || head.kind !== 'word' || (!head.capitalized && !TITLE_WORDS.has(head.lower) && !ROLE_NOUNS.has(head.lower) && !/['\u2019]s$/u.test(head.lower))) return from
  let k = from - 1
  let verbal = false
  while (k >= floor && from - k <= MAX_DESCRIPTOR) {
    const word = words[k] as Word
    if (word.kind !== 'word' || word.quote >= 0 || word.capitalized) break
    const possessive = /^[a-z][a-z-]*['\u2019]s$/u.test(word.lower)
    const tags = wordTags(word.lower)
    if (!possessive && tags.some((t) => t === 'Verb' || t === 'PastTense' || t === 'PresentTense' || t === 'Infinitive' || t === 'Gerund')) verbal = true
    else if (!possessive && !/^\d/u.test(word.text) && !isPlainNoun(word) && !tags.includes('Adjective')) return from
    k--
  }
  if (k === from - 1 || k < floor || (words[k] as Word).text !== ',') return from
  // "…, the reports show Smith said": a verb in the descriptor reads as a clause unless a role word ends it.
  const last = words[from - 1] as Word
  if (verbal && !ROLE_NOUNS.has(last.lower) && !TITLE_WORDS.has(last.lower) && !TITLE_WORDS.has(head.lower) && !ROLE_NOUNS.has(head.lower)) return from
  return k + 1
}

/** A word of what a possessive determiner owns before its head: a capital or a plain lower-case noun or adjective ("quarterly", "financial"). */
function ownedModifier(word: Word | undefined): boolean {
  if (!word || word.kind !== 'word' || word.quote >= 0) return false
  if (word.capitalized || isPlainNoun(word) || wordTags(word.lower).includes('Adjective')) return true
  // "quarterly", "weekly": an adjective in "-ly" that is no verb form.
  return /^[a-z]+ly$/u.test(word.lower) && !isVerbForm(word.lower) && !PHRASE_STOPS.has(word.lower) && !CLAUSE_BOUNDARIES.has(word.lower)
}

/** Possessive determiners that may open a source's phrase ("his financial disclosure", "their lawyers"). */
const POSSESSIVE_OPENERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their'])

/** The most capitalised words of a possessor that says what its claim noun reports ("Sen. Jo Roe's claims"). */
const MAX_POSSESSOR = 4

/** The most words a possessor owns in a phrase ("Ukraine’s southern air force command"). */
const MAX_POSSESSED = 4

/** A noun that heads a source: an organisation, role or document noun ("military", "spokesman", "report"). */
function isSpeakerHead(lower: string, owned: boolean): boolean {
  return owned && (ORGANIZATION_NOUNS.has(lower) || ROLE_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower))
}

/** Heads of a partitive besides quantifiers and numbers ("none of whom", "each of which"). */
const PARTITIVE_HEADS: ReadonlySet<string> = new Set(['none', 'each', 'half', 'either', 'neither', 'one', 'any'])

/** Is the word a time noun or a year/number ("2010", "Sept.")? */
function isTimeWord(word: Word | undefined): boolean {
  if (word === undefined) return false
  return TIME_NOUNS.has(word.lower.replace(/\.$/u, '')) || /^\d{1,4}$/u.test(word.text)
}

/**
 * Cut a time adverbial from the edges of a phrase [from, end]: "Last year the
 * mayor" -> "the mayor", "McConnell in 2010" -> "McConnell".
 */
function withoutTimeAdverbials(words: readonly Word[], from: number, end: number): [number, number] {
  // Leading: an opener, up to two words, a time noun ("last week", "earlier this month").
  for (let k = from + 1; k <= Math.min(end - 1, from + 3); k++) {
    if (!TIME_OPENERS.has((words[from] as Word).lower)) break
    if (isTimeWord(words[k])) {
      from = k + 1
      while (from <= end && (words[from] as Word).kind !== 'word') from++
      break
    }
  }
  // Trailing: an opener and one to three words ending on a time word ("in 2010", "on Monday").
  if (isTimeWord(words[end])) {
    for (let k = end - 1; k >= Math.max(from + 1, end - 3); k--) {
      if (TIME_OPENERS.has((words[k] as Word).lower)) {
        end = k - 1
        while (end >= from && (words[end] as Word).kind !== 'word') end--
        break
      }
    }
  }
  return [from, end]
}

function segmentBefore(doc: ArticleDocument, end: number, floor: number): Phrase | null {
  const words = doc.words
  floor = Math.max(floor, end - MAX_WALK)
  // "Rep. Gwen Moore (D-Wis.) said": the parenthesis belongs to the name.
  if (end >= floor && (words[end] as Word).text === ')') {
    let k = end - 1
    while (k >= floor && (words[k] as Word).text !== '(' && end - k < 12) k--
    if (k >= floor && (words[k] as Word).text === '(') {
      const inner = segmentBefore(doc, k - 1, floor)
      return inner ? {from: inner.from, to: end + 1} : null
    }
  }
  let b = end
  while (b >= floor && !isBoundary(words, b)) b--
  let from = b + 1
  while (from <= end && LEADING_NOISE.has((words[from] as Word).lower) && !(words[from] as Word).capitalized) from++
  while (from <= end && (words[from] as Word).capitalized && LEADING_NOISE.has((words[from] as Word).lower)) from++
  if (from > end) return null
  ;[from, end] = withoutTimeAdverbials(words, from, end)
  if (from > end) return null
  // "The best one I [know]", "Keeps saying she [opposed]", "In an interview with CNN he [said]": a subject pronoun right before the cue is its subject alone
  // (not one coordinated with a noun: "my siblings and I [said]").
  const closing = words[end] as Word
  const joined = end > from ? (words[end - 1] as Word).lower : ''
  if (end > from && CLOSING_SUBJECTS.has(closing.lower) && (!closing.capitalized || closing.text === 'I') && joined !== 'and' && joined !== 'or') return {from: end, to: end + 1}
  // A subject never starts with a preposition ("Over Police Shooting Comments"),
  // but it may follow a leading prepositional phrase set off by no comma:
  // "In a Bloomberg interview Trump said", "In an interview he said".
  if (PREPOSITIONS.has((words[from] as Word).lower)) return subjectAfterOpening(words, from, end)
  if (end - from + 1 > MAX_SUBJECT) return trailingPhrase(doc, end, from)
  // "A 2014 study that appeared in the British Medical Journal found", "Surety companies that had insured …": the relative clause's head is the subject.
  // The clause has a verb of its own before the cue ("appeared"): not "a lawyer who has been [involved]", where the cue is the clause's verb.
  const opening = words[from] as Word
  // "An official who briefed reporters on Monday [said]": a past form right after "who" is the clause's own verb, known to the lexicon or not.
  const pastAfterRelative = SUBJECT_RELATIVES.has(words[from - 1]?.lower ?? '') && opening.lower.endsWith('ed') && opening.lower.length > 4
  if (!opening.capitalized && (((AUXILIARIES.has(opening.lower) || isVerbForm(opening.lower)) && hasLexicalVerb(words, from, end)) || pastAfterRelative)) {
    const head = relativeHead(doc, from - 1, floor)
    if (head) return head
  }
  if (endsOffPlural(words, from, end)) return null
  // A verb inside is no subject: "the U.S. might accede to Russia's other major demands".
  for (let k = from; k <= end; k++) if (AUXILIARIES.has((words[k] as Word).lower)) return null
  // A verb before the head ("Trump took to Twitter overnight to"): only the phrase right before the cue.
  for (let k = from; k <= end; k++) {
    const word = words[k] as Word
    if (ROLE_NOUNS.has(word.lower) || ANONYMOUS_MARKERS.has(word.lower)) break
    // "after earlier studies [indicated]", "previous research [has shown]": a document noun right before the cue is its head, not a verb.
    if (k === end && DOCUMENT_NOUNS.has(word.lower)) break
    // "Iranian state TV", "White House press secretary": a title word before the head is no verb.
    if (k < end && TITLE_WORDS.has(word.lower)) continue
    // "the truck story suggests the Mexican government [understands]": the object of a verb that takes a clause,
    // opened by a determiner and running to the cue, is the subject of that clause.
    if (k < end && word.kind === 'word' && !word.capitalized && FINITE_CLAUSE_VERBS.has(word.lower) && DETERMINERS.has((words[k + 1] as Word).lower) && plainNounPhrase(words, k + 2, end)) {
      return {from: k + 1, to: end + 1}
    }
    if (word.kind === 'word' && !word.capitalized && isVerbForm(word.lower) && !isModifierSlot(words, k, from, end)) {
      // "Trump took to Twitter to accuse": the subject of the first verb.
      return k > from ? leadingPhrase(doc, from, k) : trailingPhrase(doc, end, k + 1)
    }
  }
  const first = words[from] as Word
  // "someone at Google [said]": an indefinite pronoun heads the subject, not the name after it.
  if (INDEFINITE_PRONOUNS.has(first.lower)) return {from, to: end + 1}
  if (!isPhraseWord(first) && !PRONOUNS.has(first.lower)) return bareDocumentSubject(words, from, end) ? {from, to: end + 1} : trailingPhrase(doc, end, from)
  return {from, to: end + 1}
}

/**
 * "after earlier studies [indicated]", "previous research [has shown]": a
 * plural or uncountable document noun with no determiner, after at most two
 * plain lower-case modifiers, is the subject.
 */
function bareDocumentSubject(words: readonly Word[], from: number, end: number): boolean {
  const head = words[end] as Word
  if (end - from > 2 || head.capitalized || !DOCUMENT_NOUNS.has(head.lower) || (from === end && UNSOURCED_BARE_DOCUMENTS.has(head.lower))) return false
  if (!head.lower.endsWith('s') && !wordTags(head.lower).includes('Uncountable')) return false
  for (let k = from; k < end; k++) if (!isPlainModifier(words, k) || isVerbForm((words[k] as Word).lower)) return false
  return true
}

/**
 * A plain lower-case word that may modify the noun after it ("earlier"
 * studies, "port" officials): letters only, outside quotes, no determiner,
 * preposition, pronoun or clause word, no "-ly" adverb and no "-ed" or "-ing"
 * form.
 */
function isPlainModifier(words: readonly Word[], k: number): boolean {
  const word = words[k] as Word
  if (word.kind !== 'word' || word.capitalized || word.quote >= 0 || !/^[a-z]+$/.test(word.lower)) return false
  if (DETERMINERS.has(word.lower) || PREPOSITIONS.has(word.lower) || CLAUSE_BOUNDARIES.has(word.lower) || PRONOUNS.has(word.lower)) return false
  return !isLyAdverb(words, k) && !word.lower.endsWith('ed') && !word.lower.endsWith('ing')
}

/**
 * Whether `[from, end]` opens with a determiner that takes a plural head and
 * ends on a plural noun and a lower-case singular word: a clause, no noun
 * phrase ("Both candidates face [questions]", whose last word is a verb).
 *
 * @example
 * endsOffPlural(doc.words, from, end) // true for "Both candidates face"
 */
export function endsOffPlural(words: readonly Word[], from: number, end: number): boolean {
  const opening = words[from]
  const head = words[end]
  if (end < from + 2 || !opening || !head || !PLURAL_ONLY_DETERMINERS.has(opening.lower)) return false
  // The plural noun comes right before it ("candidates face"), not a post-modifier ("many others following the case").
  const plural = words[end - 1] as Word
  if (plural.kind !== 'word' || plural.capitalized || !((plural.lower.endsWith('s') && !plural.lower.endsWith('ss')) || IRREGULAR_PLURALS.has(plural.lower))) return false
  return head.kind === 'word' && !head.capitalized && !head.lower.endsWith('s') && !IRREGULAR_PLURALS.has(head.lower) && !PRONOUNS.has(head.lower)
}

/** Subject pronouns that never end a noun phrase: one right before a cue is its subject. */
const CLOSING_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they'])

/** Relative pronouns that are the subject of the clause they open ("a study that appeared in …", "the man who spoke …"). */
const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(['that', 'who', 'which'])

/**
 * The noun phrase a subject relative clause hangs on, when token `rel` is
 * "that", "who" or "which" right after it, with no comma between ("A 2014
 * study that appeared in …", "the architect who designed …"): a run of phrase
 * words ending in a role, document or organisation noun or a name, opened by
 * a determiner or a capital. `null` otherwise ("said that", "argued that").
 */
function relativeHead(doc: ArticleDocument, rel: number, floor: number): Phrase | null {
  const words = doc.words
  const pronoun = words[rel]
  if (rel - 1 < floor || !pronoun || pronoun.quote >= 0 || !SUBJECT_RELATIVES.has(pronoun.lower)) return null
  const head = words[rel - 1] as Word
  if (head.kind !== 'word' || head.quote >= 0) return null
  if (!head.capitalized && !canSpeak(head, pronoun.lower === 'who')) return null
  // Back over the head's modifiers to its determiner or the clause's start: "A 2014 study", "Surety companies".
  let from = rel - 1
  while (from - 1 >= floor && rel - from < MAX_RELATIVE_HEAD && !DETERMINERS.has((words[from] as Word).lower)) {
    const before = words[from - 1] as Word
    if (before.kind !== 'word' || before.quote >= 0 || CLAUSE_BOUNDARIES.has(before.lower) || PREPOSITIONS.has(before.lower) || SPEECH_VERBS.has(before.lower) || AUXILIARIES.has(before.lower)) break
    from--
  }
  // "One of the docs who sent the letter": a partitive keeps its quantifier.
  const of = words[from - 1]
  const quantifier = words[from - 2]
  if (of?.lower === 'of' && quantifier !== undefined && from - 2 >= floor && (QUANTIFIERS.has(quantifier.lower) || quantifier.lower === 'one' || quantifier.lower === 'each')) from -= 2
  const first = words[from] as Word
  if (rel - from < 2 && !head.capitalized) return null
  // "said Ronald Fieldstone, a Miami lawyer who …": an appositive to a name, inside the other's clause.
  const comma = words[from - 1]
  const name = words[from - 2]
  if (comma?.text === ',' && name !== undefined && name.capitalized && !TIME_NOUNS.has(name.lower)) return null
  return DETERMINERS.has(first.lower) || first.capitalized ? {from, to: rel} : null
}

/** The head of the noun phrase `[from, k]`: the word before its first "of" ("help" in "the financial help of states"), else `k`. */
function headBeforeOf(words: readonly Word[], from: number, k: number): number {
  for (let j = from + 1; j <= k; j++) if ((words[j] as Word).lower === 'of') return j - 1
  return k
}

/**
 * Whether a common noun can be the one who speaks: a role, document or
 * organisation noun (or its plural); after "who", also a plural or a noun
 * compromise reads as a person ("docs", "an architect"), not "support".
 */
function canSpeak(word: Word, who: boolean): boolean {
  if (word.kind !== 'word' || word.quote >= 0) return false
  const lower = word.lower
  const singular = lower.replace(/ies$/u, 'y').replace(/s$/u, '')
  if ([lower, singular].some((w) => ROLE_NOUNS.has(w) || DOCUMENT_NOUNS.has(w) || ORGANIZATION_NOUNS.has(w))) return true
  return who && ((lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) || wordTags(lower).includes('Actor'))
}

/** Whether `[from, end]` holds a verb that is no auxiliary ("had insured", "appeared"). */
function hasLexicalVerb(words: readonly Word[], from: number, end: number): boolean {
  for (let k = from; k <= end; k++) {
    const word = words[k] as Word
    if (word.kind === 'word' && !word.capitalized && !AUXILIARIES.has(word.lower) && isVerbForm(word.lower)) return true
  }
  return false
}

/** The most words a relative clause's head runs to ("A 2014 study", "Surety companies"). */
const MAX_RELATIVE_HEAD = 5

/**
 * The subject after a leading prepositional phrase without a comma: a
 * pronoun or a run of capitalised words at the end of `[from, end]` right
 * after a lower-case common noun ("In a Bloomberg interview | Trump").
 */
function subjectAfterOpening(words: readonly Word[], from: number, end: number): Phrase | null {
  const last = words[end] as Word
  let start = end
  if (!PRONOUNS.has(last.lower) || last.capitalized) {
    while (start > from && (words[start] as Word).kind === 'word' && (words[start] as Word).capitalized) start--
    if (start === end) return null
    start++
  }
  if (start - 1 <= from) return null
  const noun = words[start - 1] as Word
  if (noun.kind !== 'word' || noun.capitalized || noun.quote >= 0 || DETERMINERS.has(noun.lower) || PREPOSITIONS.has(noun.lower) || TITLE_WORDS.has(noun.lower) || ROLE_NOUNS.has(noun.lower)) return null
  // "After meeting Trump said": a verb before the name takes it as its object.
  if (noun.lower.endsWith('ed') || noun.lower.endsWith('ing') || wordTags(noun.lower).includes('PastTense')) return null
  return {from: start, to: end + 1}
}

/**
 * Whether token `k` opens what a possessive "her" owns ("her campaign filing",
 * "her mother"): a capitalised word or a plain lower-case noun or adjective of
 * the same sentence, outside quotes; not a determiner or pronoun ("told her
 * the plan", "according to her, the plan").
 */
function possessedAfter(words: readonly Word[], k: number, limit: number): boolean {
  const word = words[k]
  if (k >= limit || !word || word.kind !== 'word' || word.quote >= 0 || word.sentence !== (words[k - 1] as Word).sentence) return false
  if (DETERMINERS.has(word.lower) || PRONOUNS.has(word.lower)) return false
  return word.capitalized || ROLE_NOUNS.has(word.lower) || DOCUMENT_NOUNS.has(word.lower) || isPlainNoun(word) || wordTags(word.lower).includes('Adjective')
}

/** The noun phrase that ends at `end`, read backwards over phrase words. */
export function trailingPhrase(doc: ArticleDocument, end: number, floor: number): Phrase | null {
  const words = doc.words
  floor = Math.max(floor, end - MAX_WALK)
  let from = end + 1
  while (from - 1 >= floor && (isPhraseWord(words[from - 1]) || isNameParticle(words, from - 1) || modifiesRole(words, from - 1, end))) from--
  const only = words[end] as Word
  if (from > end) return PRONOUNS.has(only.lower) ? {from: end, to: end + 1} : null
  return {from, to: end + 1}
}

/** "cabinet" in "a former cabinet minister": a source modifier with a role or title word (or another modifier, then one) right after it. */
function modifiesRoleAhead(words: readonly Word[], k: number, limit: number): boolean {
  const word = words[k]
  if (!word || word.kind !== 'word' || word.quote >= 0 || word.capitalized || !SOURCE_MODIFIERS.has(word.lower)) return false
  for (let j = k + 1; j < Math.min(limit, k + 3); j++) {
    const next = words[j] as Word
    if (next.kind !== 'word' || next.quote >= 0) return false
    if (ROLE_NOUNS.has(next.lower) || TITLE_WORDS.has(next.lower)) return true
    if (!SOURCE_MODIFIERS.has(next.lower)) return false
  }
  return false
}

/** "military" in "…, military sources said": a source modifier before the role noun (or modifier) the walk has reached. */
function modifiesRole(words: readonly Word[], k: number, end: number): boolean {
  const word = words[k]
  const next = words[k + 1]
  if (!word || !next || k + 1 > end || word.kind !== 'word' || word.quote >= 0) return false
  if (!SOURCE_MODIFIERS.has(word.lower)) return modifiesPluralRoleAfterComma(words, k, end)
  return ROLE_NOUNS.has(next.lower) || SOURCE_MODIFIERS.has(next.lower)
}

/**
 * "port" in "…, port officials said": any plain lower-case noun right after a
 * comma, before the plural role noun that ends the phrase. The comma keeps it
 * to a subject of its own; function words, adverbs and verb forms never count.
 */
function modifiesPluralRoleAfterComma(words: readonly Word[], k: number, end: number): boolean {
  const word = words[k] as Word
  const next = words[k + 1] as Word
  const before = words[k - 1]
  if (k + 1 !== end || !before || before.kind !== 'punctuation' || before.text !== ',') return false
  if (!next.lower.endsWith('s') || !ROLE_NOUNS.has(next.lower)) return false
  if (!isPlainModifier(words, k) || QUANTIFIERS.has(word.lower) || SKIPPABLE.has(word.lower)) return false
  const tags = wordTags(word.lower)
  return !tags.some(t => t === 'PastTense' || t === 'Adverb' || t === 'Conjunction' || t === 'Preposition' || t === 'Determiner' || t === 'Pronoun' || t === 'Copula' || t === 'Modal')
}

/**
 * The hearer after a cue of telling: the noun phrase at `from`, cut before a
 * determiner that opens the next one ("told MPs the plan was …", "told the
 * BBC the plan …" -> "MPs", "the BBC"); "of" keeps one ("told the head of
 * the agency").
 *
 * @example
 * hearerPhrase(doc, cue.to, cue.to + 6) // the phrase of "the BBC" in "told the BBC the plan was dead"
 */
export function hearerPhrase(doc: ArticleDocument, from: number, limit: number): Phrase | null {
  const found = leadingPhrase(doc, from, limit)
  if (!found) return null
  const words = doc.words
  // "urged member nations to act": a bare singular noun before another lower-case noun modifies it, no hearer of its own.
  if (compoundModifier(words, found)) return null
  // "told the News of the World that …", "told the Voice of America": a capitalised name runs on over "of (the)".
  const phrase = ofNameAfter(words, found, limit)
  // "told his wife in an angry phone call that …": a phrase the limit cut short ends before its place or occasion.
  // (Not "told his supporters at a Michigan rally | to …": the phrase ends there anyway.)
  const next = words[phrase.to]
  if (phrase.to >= limit && next !== undefined && next.kind === 'word' && !next.capitalized && next.quote < 0 && next.lower !== 'that' && !PREPOSITIONS.has(next.lower) && !DETERMINERS.has(next.lower)) {
    for (let k = phrase.from + 1; k < phrase.to; k++) {
      const word = words[k] as Word
      if (!word.capitalized && PLACING_PREPOSITIONS.has(word.lower)) return {from: phrase.from, to: k}
    }
  }
  // "told CBS’s Face the Nation (on Sunday) that …": a title's "the" before "that" is no second phrase.
  const titled = beforeThat(words, phrase.to)
  for (let k = phrase.from + 1; k < phrase.to; k++) {
    const word = words[k] as Word
    const before = words[k - 1] as Word
    if (titled && before.capitalized && words[k + 1]?.capitalized === true) continue
    if (!word.capitalized && DETERMINERS.has(word.lower) && !DETERMINERS.has(before.lower) && !PREPOSITIONS.has(before.lower) && before.lower !== 'of' && before.lower !== 'and') return {from: phrase.from, to: k}
  }
  return phrase
}

/**
 * True when `phrase` is one lower-case singular word without a determiner
 * and a lower-case noun follows it ("member" in "urged member nations to
 * act", "union" in "told union leaders"): the first of a noun compound.
 */
function compoundModifier(words: readonly Word[], phrase: Phrase): boolean {
  if (phrase.to !== phrase.from + 1) return false
  const word = words[phrase.from] as Word
  const next = words[phrase.to]
  if (word.kind !== 'word' || word.capitalized || word.quote >= 0 || !/^[a-z]+$/u.test(word.lower) || word.lower.endsWith('s') || DETERMINERS.has(word.lower) || PRONOUNS.has(word.lower)) return false
  if (next === undefined || next.sentence !== word.sentence || next.kind !== 'word' || next.capitalized || next.quote >= 0 || !/^[a-z]+$/u.test(next.lower)) return false
  return !wordTags(next.lower).some((tag) => COMPOUND_OBJECT_NON_NOUN_TAGS.has(tag))
}

/** Do the capitalised words from token `k` (before `limit`) end in an organisation noun ("Drug Administration", "Exchange Commission")? */
function bodyRunAt(words: readonly Word[], k: number, limit: number): boolean {
  let j = k
  while (j < limit && (words[j] as Word).capitalized && (words[j] as Word).kind === 'word' && (words[j] as Word).quote < 0) j++
  return j > k && ORGANIZATION_NOUNS.has((words[j - 1] as Word).lower)
}

/** `phrase` run on over "of", an optional "the" and capitalised words, when it ends on a capitalised word ("the News | of the World"). */
function ofNameAfter(words: readonly Word[], phrase: Phrase, limit: number): Phrase {
  const last = words[phrase.to - 1]
  if (!last?.capitalized || words[phrase.to]?.lower !== 'of' || words[phrase.to]?.quote !== -1) return phrase
  let k = phrase.to + 1
  if (words[k]?.lower === 'the') k++
  const start = k
  while (k < limit && words[k]?.capitalized === true && (words[k] as Word).quote < 0 && (words[k] as Word).kind === 'word') k++
  return k > start ? {from: phrase.from, to: k} : phrase
}

/** The most words of a time adjunct between a hearer and "that" ("on Sunday", "earlier this week"). */
const MAX_HEARER_ADJUNCT = 3

/** True when "that" comes at token `k`, or after a short time adjunct ("on Sunday that"). */
function beforeThat(words: readonly Word[], k: number): boolean {
  for (let j = k; j < words.length && j - k <= MAX_HEARER_ADJUNCT; j++) {
    const word = words[j] as Word
    if (word.quote >= 0) return false
    if (word.lower === 'that') return true
    if (!TIME_OPENERS.has(word.lower) && !TIME_NOUNS.has(word.lower)) return false
  }
  return false
}

/** The most words of the object after a role's preposition ("for the Pentagon", "to the Prime Minister"). */
const MAX_ROLE_OBJECT = 5

/**
 * The token of a lower-case role or title noun whose preposition and object
 * end at token `end`: "spokesperson for the Pentagon", "a lawyer for Mr.
 * Smith"; the object is a determiner and capitalised words. -1 otherwise.
 *
 * @example
 * roleWithObject(doc.words, comma - 1, sentence.from) // the token of "spokesperson"
 */
export function roleWithObject(words: readonly Word[], end: number, floor: number): number {
  let k = end
  while (k > floor && end - k < MAX_ROLE_OBJECT) {
    const word = words[k] as Word
    if (word.kind !== 'word' || word.quote >= 0 || !(word.capitalized || DETERMINERS.has(word.lower))) break
    k--
  }
  if (k === end) return -1
  const preposition = words[k]
  const role = words[k - 1]
  if (!preposition || !role || k - 1 < floor || preposition.capitalized || !ROLE_PREPOSITIONS.has(preposition.lower) || PLACING_PREPOSITIONS.has(preposition.lower)) return -1
  if (role.capitalized || role.quote >= 0 || !(ROLE_NOUNS.has(role.lower) || TITLE_WORDS.has(role.lower))) return -1
  return (words[end] as Word).capitalized ? k - 1 : -1
}

/**
 * True when the capitalised title word at token `end` ends a run of
 * capitalised title words that "the" or a possessive opens ("The Interior
 * Minister", "Kenya's Health Minister"): a description, not part of a name
 * ("Prime Minister Hassan Nour").
 */
function determinedTitle(words: readonly Word[], end: number, floor: number): boolean {
  let k = end
  while (k >= floor && end - k < MAX_TITLE_RUN && (words[k] as Word).capitalized && TITLE_WORDS.has((words[k] as Word).lower)) k--
  const opener = k >= floor ? (words[k] as Word) : undefined
  return opener !== undefined && k < end && opener.sentence === (words[end] as Word).sentence && (opener.lower === 'the' || /['\u2019]s$/u.test(opener.text))
}

/**
 * True when tokens `[from, to)` are a person's full name: two to four
 * capitalised words outside quotes, name particles between them ("Omar
 * al-Sayed", "Ludwig van Beek"), no title word first.
 */
function fullName(words: readonly Word[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > MAX_NAME_WORDS || TITLE_WORDS.has((words[from] as Word).lower)) return false
  for (let j = from; j < to; j++) {
    const word = words[j] as Word
    if (word.kind !== 'word' || word.quote >= 0 || !(word.capitalized || (j > from && isNameParticle(words, j)))) return false
  }
  return true
}

/** The most words of a full name set off by commas ("Maria de la Cruz"). */
const MAX_NAME_WORDS = 4

/**
 * True when the description ending at token `end` (a comma or the sentence's
 * start before it) opens with "the", "a", "an" or a possessive and ends in a
 * lower-case noun or a capitalised title word: "The head of the flood unit",
 * "Kelso's trainer", "the Egyptian Trade Minister". Plain words only, no verb
 * of a clause ("who", "that") and no number.
 */
function determinedDescription(words: readonly Word[], end: number, floor: number): boolean {
  const last = words[end] as Word | undefined
  if (!last || last.kind !== 'word' || last.quote >= 0) return false
  // "The Leader of the Opposition, Jane Roe,", "the head of the Police Department, …": a role of a named body ends in the body's name.
  const role = last.capitalized ? roleOfNamed(words, end, floor) : -1
  // Not a body's description: "The company, Acme Widgets, said" names a firm, not a person.
  if (role < 0 && ((last.capitalized && !TITLE_WORDS.has(last.lower)) || PRONOUNS.has(last.lower) || ORGANIZATION_NOUNS.has(last.lower))) return false
  let k = end
  while (k > floor && end - k < MAX_DESCRIPTION && (words[k - 1] as Word).kind === 'word' && (words[k - 1] as Word).sentence === last.sentence) k--
  if (k > floor && (words[k - 1] as Word).text !== ',' && (words[k - 1] as Word).sentence === last.sentence) return false
  // "the …", or a name in the possessive: "Kelso's trainer", "Funny Kelso's trainer".
  let owner = k
  while (owner < end && owner - k < MAX_OWNER_WORDS && (words[owner] as Word).capitalized && !/['\u2019]s$/u.test((words[owner] as Word).text)) owner++
  const possessive = (words[owner] as Word).capitalized && /['\u2019]s$/u.test((words[owner] as Word).text)
  if (!DESCRIPTION_OPENERS.has((words[k] as Word).lower) && !possessive && !bareRole(words, k, role >= 0 ? role : end)) return false
  for (let j = k; j <= end; j++) {
    const word = words[j] as Word
    if (word.quote >= 0 || CLAUSE_BOUNDARIES.has(word.lower) || /\d/u.test(word.text)) return false
  }
  return true
}

/**
 * The token of the role or title noun (either case) whose preposition and
 * named object end at token `end`: "Leader" in "The Leader of the
 * Opposition", "chief" in "police chief in Dayton", "head" in "the head of
 * the Police Department". The object is at most five capitalised words and
 * determiners; -1 otherwise.
 */
function roleOfNamed(words: readonly Word[], end: number, floor: number): number {
  let k = end
  while (k > floor && end - k < MAX_ROLE_OBJECT) {
    const word = words[k] as Word
    if (word.kind !== 'word' || word.quote >= 0 || !(word.capitalized || DETERMINERS.has(word.lower)) || TITLE_WORDS.has(word.lower)) break
    k--
  }
  const preposition = words[k]
  const role = words[k - 1]
  if (k === end || !preposition || !role || k - 1 < floor || preposition.capitalized || !NAMED_ROLE_PREPOSITIONS.has(preposition.lower)) return -1
  return role.kind === 'word' && role.quote < 0 && (ROLE_NOUNS.has(role.lower) || TITLE_WORDS.has(role.lower)) ? k - 1 : -1
}

/** Prepositions between a role and the body or place it serves ("Leader of the Opposition", "chief in Dayton", "Minister for Trade"). */
const NAMED_ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'in', 'at', 'to'])

/**
 * A description with no determiner that ends in a lower-case role or title
 * noun at token `role`, all its words from `from` lower-case (but the
 * sentence's first): "police intelligence chief in Dayton", "Former postal
 * worker".
 */
function bareRole(words: readonly Word[], from: number, role: number): boolean {
  const head = words[role] as Word
  if (head.capitalized || !(ROLE_NOUNS.has(head.lower) || TITLE_WORDS.has(head.lower))) return false
  const sentence = head.sentence
  for (let j = from; j < role; j++) {
    const word = words[j] as Word
    const opens = j === from && words[j - 1]?.sentence !== sentence
    if (word.kind !== 'word' || (word.capitalized && !opens) || DETERMINERS.has(word.lower) || PREPOSITIONS.has(word.lower) || PRONOUNS.has(word.lower) || isVerbForm(word.lower)) return false
  }
  return true
}

/** Words that open a description set off before a name ("The head of …, Anna Kovacs,"). */
const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an'])

/** The most words of such a description ("The presiding bishop of the regional church"). */
const MAX_DESCRIPTION = 8

/** The most words of a name in the possessive that opens a description ("Funny Kelso's"). */
const MAX_OWNER_WORDS = 3

/** The most capitalised title words between "the" and a name's comma ("The Deputy Foreign Minister"). */
const MAX_TITLE_RUN = 4

/** A title written as an acronym ("CEO", "CFO"): capitalised because it is one, not because it is a name. */
function isAcronymTitle(word: Word): boolean {
  return word.text.length >= 2 && word.text === word.text.toUpperCase() && TITLE_WORDS.has(word.lower)
}

function appositiveSubject(doc: ArticleDocument, comma: number, floor: number): Phrase | null {
  const words = doc.words
  floor = Math.max(floor, comma - MAX_WALK)
  for (let k = comma - 1; k >= floor; k--) {
    const word = words[k] as Word
    if (word.quote >= 0) return null
    if (word.text === ',') {
      if (k === comma - 1) return null
      // "Trump’s Ukraine envoy, Gen Keith Kellogg, said": the name between the commas is the speaker.
      const inner = words[k + 1] as Word
      const before = words[k - 1]
      // Also after a title ending in a lower-case title word or an acronym: "Zelensky’s chief of staff, Andriy Yermak, said", "Acme’s CEO, Sarah Jones, said".
      // And after a role with its object: "A spokesperson for the Pentagon, Sabrina Singh, told".
      // And after a capitalised title that "the" or a possessive opens: "The Interior Minister, Hassan Nour, said", "Kenya's Health Minister, …".
      // And a full name after a description that "the", "a" or a possessive opens: "The head of the flood unit, Anna Kovacs, said",
      // "Kelso's trainer, Bill Ames, called", "In Cairo, the Egyptian Trade Minister, Omar al-Sayed, said".
      const titled = before !== undefined && (((ROLE_NOUNS.has(before.lower) || TITLE_WORDS.has(before.lower)) && (!before.capitalized || isAcronymTitle(before) || determinedTitle(words, k - 1, floor))) || roleWithObject(words, k - 1, floor) >= 0 || (fullName(words, k + 1, comma) && determinedDescription(words, k - 1, floor)))
      // "the Minister for Trade, Tourism and the Arts, Senator Ann Roe, said": a title and a full name set off after a long description.
      const titledName = !titled && before !== undefined && before.capitalized && inner.capitalized && TITLE_WORDS.has(inner.lower) && fullName(words, k + 2, comma)
      if (titledName) return {from: k + 1, to: comma}
      // "Acme's founder, former Gov. Jo Roe, said": a lower-case title word may open the title before the name.
      const opens = inner.capitalized || (TITLE_WORDS.has(inner.lower) && (words[k + 2] as Word | undefined)?.capitalized === true && words[k + 2]?.quote === -1)
      if (opens && titled && words.slice(k + 1, comma).every((w, j) => w.capitalized || w.kind !== 'word' || TITLE_WORDS.has(w.lower) || isNameParticle(words, k + 1 + j))) {
        const description = segmentBefore(doc, k - 1, floor)
        return description ? {from: k + 1, to: comma, described: {from: description.from, to: description.to}} : {from: k + 1, to: comma}
      }
      // "Tom Smith, a farmer who lives in Dayton, Ohio, said", "Acme, based in Dayton, Ohio, said": a town and its state are no speaker.
      const placed = placeAndRegion(doc, k, comma, floor)
      if (placed) return placed
      const segment = segmentBefore(doc, k - 1, floor)
      // "Jane Roe, a spokesman for Acme, the regional cable network, said": a second appositive, on the role's object.
      const named = segment && segment.to === k ? roleAppositiveName(doc, segment, floor) : null
      if (named) return named
      // "Schiff, 56, who has served …, told": the age is set off from the name;
      // not "Jo Lane, 39, underwent surgery …, said her father": a verb after the age makes the name a clause's subject.
      // "Sen. Ann Roe, D-Ore., chair of the panel, said": a party-and-state tag is set off like an age.
      const aside = DETERMINERS.has(inner.lower) || OBJECT_RELATIVES.has(inner.lower) || inner.capitalized
      const age = segment !== null && aside && segment.to - segment.from === 1 && isNumberWord((words[segment.from] as Word).text)
      const party = segment !== null && isPartyTag(doc.text.slice((words[segment.from] as Word).start, (words[segment.to - 1] as Word).end))
      if (segment && (age || party) && (words[segment.from - 1] as Word | undefined)?.text === ',') {
        return segmentBefore(doc, segment.from - 2, floor) ?? segment
      }
      return segment
    }
  }
  return null
}

function coordinatedSubject(doc: ArticleDocument, conjunction: number, floor: number): Phrase | null {
  const words = doc.words
  floor = Math.max(floor, conjunction - MAX_WALK)
  // "His ex-wife agreed, but also contended that …": a comma before the conjunction, after a short first verb phrase.
  // Not ", and": "Amrozi did not reveal, and was not asked, the name" sets off an aside.
  const comma = (words[conjunction] as Word).lower === 'but' && (words[conjunction - 1] as Word | undefined)?.text === ',' && conjunction - 1 > floor
  const end = comma ? conjunction - 1 : conjunction
  let b = end - 1
  while (b >= floor && !isBoundary(words, b)) b--
  const subject = leadingPhrase(doc, b + 1, end)
  // Not "Smith said the plan would work, but also warned": there the subject stands before a verb of speech.
  if (subject && comma && (end - subject.to > MAX_VERB_BEFORE_COMMA || (b >= floor && (words[b] as Word).kind === 'word'))) return null
  return subject
}

/** The most tokens of the first verb phrase between a subject and ", but" ("agreed", "had quickly agreed"). */
const MAX_VERB_BEFORE_COMMA = 3

/**
 * The noun phrase starting at token `from` (before `limit`): "Rubio" in
 * "Rubio, who ...", "the spokesperson" in "quoted the spokesperson as saying",
 * "a U.S. official involved in the talks" after "according to".
 *
 * @example
 * leadingPhrase(doc, cue.to, sentence.to) // the words after "said" in "said Rubio on Tuesday"
 */
export function leadingPhrase(doc: ArticleDocument, from: number, limit: number): Phrase | null {
  const words = doc.words
  limit = Math.min(limit, from + MAX_WALK)
  let j = from
  while (j < limit && LEADING_NOISE.has((words[j] as Word).lower) && !(words[j] as Word).capitalized) j++
  const start = j
  const first = words[start]
  if (!first) return null
  // "according to her campaign filing", "said her lawyer": "her" before a noun phrase is its possessive determiner, no pronoun.
  if (first.kind === 'word' && first.quote < 0 && PRONOUNS.has(first.lower) && !(first.lower === 'her' && possessedAfter(words, start + 1, limit))) return {from: start, to: start + 1}
  let end = start
  /** Inside an organisation's name after its connector ("Centers for Disease Control and Prevention"). */
  let organization = false
  while (end < limit) {
    const word = words[end] as Word
    // "Procter & Gamble", "Centers for Disease Control and Prevention": a joiner between capitals inside one name.
    // "a New York Times/Siena College poll", "a Reuters/Ipsos poll": a slash between two names that make one thing.
    // "The Food and Drug Administration": "and" inside a name whose capitalised run ends in an organisation noun.
    const inName =
      end > start &&
      (words[end - 1] as Word).capitalized &&
      words[end + 1]?.capitalized === true &&
      (word.text === '&' || word.text === '/' || (word.lower === 'and' && (organization || bodyRunAt(words, end + 1, limit))))
    if (inName && word.quote < 0) {
      end++
      continue
    }
    if (isOrganizationConnector(words, end)) {
      organization = true
      end++
      continue
    }
    // "said a former cabinet minister", "a senior party official": a source modifier before its role noun.
    if (!isPhraseWord(word) && !isNameParticle(words, end) && !(end > start && modifiesRoleAhead(words, end, limit))) break
    if (!word.capitalized && PHRASE_STOPS.has(word.lower) && end > start) {
      // "of", "for", "to" inside a title or a role ("Secretary of State", "spokesperson for X").
      const prev = words[end - 1] as Word
      const next = words[end + 1]
      const joins =
        ((word.lower === 'of' || word.lower === 'for' || (word.lower === 'to' && nounAfterTo(next))) && (TITLE_WORDS.has(prev.lower) || ROLE_NOUNS.has(prev.lower)) && isPhraseWord(next)) ||
        // "Deputy Prime Minister and Economy Minister Yuliia Svyrydenko"
        (word.lower === 'and' && TITLE_WORDS.has(prev.lower) && prev.capitalized && next !== undefined && next.capitalized)
      if (!joins) break
    }
    end++
  }
  // "the top British medical journal", "two Democratic speechwriters": a capitalised adjective is no head; the nouns after it come along.
  const modifier = words[end - 1]
  if (modifier && end > start && modifier.capitalized && isCapitalisedAdjective(modifier)) {
    let k = end
    while (k < limit && k - end < 3 && isPlainNoun(words[k])) k++
    end = k
  }
  // "Ukraine’s military", "Ukraine’s air force", "the ministry’s spokesman": what a possessor owns, to its organisation or role noun.
  const possessor = words[end - 1]
  if (possessor && end > start && possessor.kind === 'word' && /'s$|s'$/u.test(possessor.lower)) {
    let k = end
    while (k < limit && k - end < MAX_POSSESSED && isPlainNoun(words[k]) && !isSpeakerHead((words[k - 1] as Word).lower, k > end)) k++
    if (k > end && isSpeakerHead((words[k - 1] as Word).lower, true)) end = k
  }
  // "a Washington Post database", "a Gallup survey": the document a name modifies.
  const owner = words[end - 1]
  const thing = words[end]
  // "the company filings", "agency records": a document an organisation or role noun modifies.
  const owning = owner !== undefined && (owner.capitalized || (ORGANIZATION_NOUNS.has(owner.lower) && !DOCUMENT_NOUNS.has(owner.lower)))
  if (owner && thing && end > start && owning && thing.kind === 'word' && thing.quote < 0 && !thing.capitalized && DOCUMENT_NOUNS.has(thing.lower) && end < limit) end++
  // "told People magazine that …", "told the Guardian newspaper": the kind of outlet after its name belongs to it.
  else if (owner && thing && end > start && owner.capitalized && thing.kind === 'word' && thing.quote < 0 && !thing.capitalized && OUTLET_KINDS.has(thing.lower) && end < limit) end++
  // A role's post-modifier: "people familiar with the matter", "an official involved in the talks".
  const head = words[end - 1]
  const next = words[end]
  if (head && next && end > start && (ROLE_NOUNS.has(head.lower) || ANONYMOUS_MARKERS.has(head.lower)) && ROLE_PREPOSITIONS.has(next.lower) && next.quote < 0 && (next.lower !== 'to' || nounAfterTo(words[end + 1]))) {
    let k = end + 1
    while (k < limit && k - end < 8) {
      const word = words[k] as Word
      if (word.kind !== 'word' || word.quote >= 0 || isVerbLike(word)) break
      k++
    }
    end = k
  }
  // "according to his latest financial disclosure": a possessive determiner owns the modifiers and the head noun after it,
  // when that is an organisation, role or document noun (not "his body mass index").
  if (end === start + 1 && POSSESSIVE_OPENERS.has(first.lower)) {
    let k = end
    while (k < limit && k - end < MAX_POSSESSED && !isSpeakerHead((words[k - 1] as Word).lower, k > end) && (ownedModifier(words[k]) || isSpeakerHead((words[k] as Word).lower, (words[k] as Word).quote < 0))) k++
    if (k > end && isSpeakerHead((words[k - 1] as Word).lower, true)) end = k
  }
  while (end > start && ['of', 'for', 'to', 'and', 'the', 'a', 'an'].includes((words[end - 1] as Word).lower)) end--
  // "several environmental groups": a quantifier alone is no phrase; its head comes after lower-case modifiers.
  if (end === start + 1 && QUANTIFIERS.has(first.lower)) end = quantifiedHead(words, end, limit) ?? end
  return end > start ? {from: start, to: end} : null
}

/** The most lower-case modifiers between a quantifier and its head ("several environmental groups"). */
const MAX_QUANTIFIED_MODIFIERS = 2

/**
 * One past the head of a quantified phrase whose modifiers start at `from`:
 * up to two plain lower-case words, then a role, organisation or document
 * noun or its plural ("environmental groups"). `null` when none follows.
 */
function quantifiedHead(words: readonly Word[], from: number, limit: number): number | null {
  for (let k = from; k < limit && k <= from + MAX_QUANTIFIED_MODIFIERS; k++) {
    const word = words[k] as Word
    if (word.kind !== 'word' || word.quote >= 0 || word.capitalized) return null
    if (isGroupHead(word)) {
      // "some opposition parties": a head noun before another is its modifier.
      let end = k + 1
      while (end < limit && end <= from + MAX_QUANTIFIED_MODIFIERS && isGroupHead(words[end] as Word)) end++
      return end
    }
    if (!isPlainNoun(word) && !wordTags(word.lower).includes('Adjective')) return null
  }
  return null
}

/** A lower-case role, organisation or anonymous-source noun, or its plural ("groups", "parties", "officials"). */
function isGroupHead(word: Word): boolean {
  if (word.kind !== 'word' || word.quote >= 0 || word.capitalized) return false
  const singular = word.lower.replace(/ies$/u, 'y').replace(/s$/u, '')
  return [word.lower, singular].some((w) => ROLE_NOUNS.has(w) || ORGANIZATION_NOUNS.has(w) || ANONYMOUS_MARKERS.has(w))
}

/**
 * The subject of the sentence's main clause, past an opening phrase set off
 * by a comma ("On Tuesday, Rubio ...").
 *
 * @example
 * mainSubject(doc, sentenceIndex, participleIndex)
 */
export function mainSubject(doc: ArticleDocument, sentence: number, before: number): Phrase | null {
  const range = doc.sentences[sentence]
  if (!range) return null
  const words = doc.words
  let from = range.from
  if (before - from > MAX_WALK * 4) return null
  const first = words[from]
  const opener = first !== undefined && first.capitalized && ((NOT_NAMES.has(first.lower) && !DETERMINERS.has(first.lower) && !PRONOUNS.has(first.lower)) || isOpeningAdverb(doc, first, from))
  if ((first && !isPhraseWord(first)) || (first && first.capitalized && LEADING_NOISE.has(first.lower)) || opener) {
    for (let k = from; k < before; k++) {
      if ((words[k] as Word).text === ',') {
        from = k + 1
        break
      }
    }
  } else if (first && (first.lower === 'in' || first.lower === 'on' || first.lower === 'at' || first.lower === 'after')) {
    for (let k = from; k < before; k++) {
      if ((words[k] as Word).text === ',') {
        from = k + 1
        break
      }
    }
  }
  // "Recently, however, it …": past the words and commas that open the clause.
  while (from < before && ((words[from] as Word).text === ',' || (LEADING_NOISE.has((words[from] as Word).lower) && !(words[from] as Word).capitalized))) from++
  return leadingPhrase(doc, from, before)
}

/** True when token `k` is a lower-case form in "-ing" of its sentence, outside quotes ("saying", "arguing"). */
function isParticipleAt(words: readonly Word[], k: number, sentence: number): boolean {
  const word = words[k]
  return word !== undefined && word.sentence === sentence && word.kind === 'word' && word.quote < 0 && !word.capitalized && word.lower.length > 4 && word.lower.endsWith('ing')
}

/**
 * A subject of two names joined by "and" in full: `phrase` is the first name
 * ("Ada Hart" in "Ada Hart and Ray Olin sparred …, each saying
 * …"), and the name after "and" ends before `limit`. Both parts are
 * capitalised words only; else `phrase` as it is.
 *
 * @example
 * withCoordinatedName(doc, mainSubject(doc, sentence, cue.from), cue.from)
 */
export function withCoordinatedName(doc: ArticleDocument, phrase: Phrase, limit: number): Phrase {
  const words = doc.words
  const and = words[phrase.to]
  if (!and || and.lower !== 'and' || and.quote >= 0 || phrase.to + 1 >= limit || !capitalizedRun(words, phrase.from, phrase.to)) return phrase
  const next = leadingPhrase(doc, phrase.to + 1, limit)
  if (!next || next.from !== phrase.to + 1 || !capitalizedRun(words, next.from, next.to)) return phrase
  return {from: phrase.from, to: next.to}
}

/** Are the tokens `[from, to)` capitalised words outside quotes, or periods ("Sen.", "Mr.")? */
function capitalizedRun(words: readonly Word[], from: number, to: number): boolean {
  if (to <= from) return false
  for (let k = from; k < to; k++) {
    const word = words[k] as Word
    if (word.quote >= 0 || !(word.kind === 'word' ? word.capitalized : word.text === '.')) return false
  }
  return true
}

/** Whether `[from, end]` are words of one noun phrase after its determiner: no verb, auxiliary, preposition or clause word. */
function plainNounPhrase(words: readonly Word[], from: number, end: number): boolean {
  for (let k = from; k <= end; k++) {
    const word = words[k] as Word
    if (word.kind !== 'word' || word.quote >= 0 || PREPOSITIONS.has(word.lower) || CLAUSE_BOUNDARIES.has(word.lower) || AUXILIARIES.has(word.lower)) return false
    if (!word.capitalized && (isVerbForm(word.lower) || PHRASE_STOPS.has(word.lower) || DETERMINERS.has(word.lower))) return false
  }
  return true
}

/** True for a word compromise's lexicon knows only as a verb ("took", "cited", "plans"). */
/**
 * A word that reads as a verb but modifies a noun here: a role noun follows it
 * in the phrase ("tax commissioner", "Voting rights advocates"), or it comes
 * right after a possessive, a number or a quantifier ("Connecticut's tax …",
 * "Some state officials").
 */
function isModifierSlot(words: readonly Word[], k: number, from: number, end: number): boolean {
  for (let j = k + 1; j <= end; j++) {
    const later = words[j] as Word
    if (ROLE_NOUNS.has(later.lower) || ANONYMOUS_MARKERS.has(later.lower)) return true
  }
  const prev = k > from ? (words[k - 1] as Word) : undefined
  if (prev === undefined) return false
  // "candle dipping giant Waxworks Ltd.": an "-ing" word after a noun, before a business descriptor and a name, is part of the industry phrase
  // (not "Guards holding prisoners Friday", whose next word describes no business).
  const next = words[k + 1] as Word | undefined
  const named = words[k + 2] as Word | undefined
  if (k + 2 <= end && prev.kind === 'word' && (words[k] as Word).lower.endsWith('ing') && next !== undefined && BUSINESS_DESCRIPTORS.has(next.lower) && !next.capitalized && named?.kind === 'word' && named.capitalized) return true
  return /['’]s$/u.test(prev.lower) || isNumberWord(prev.text) || QUANTIFIERS.has(prev.lower) || DETERMINERS.has(prev.lower)
}

/**
 * A superlative adjective ("greatest", "biggest"), which the noun after it heads.
 *
 * @example
 * isSuperlative('greatest') // true
 */
export function isSuperlative(lower: string): boolean {
  const tags = wordTags(lower)
  return tags.includes('Superlative') && !tags.includes('Adverb') && !tags.includes('Singular') && !tags.includes('Noun')
}

function isVerbForm(lower: string): boolean {
  const tags = wordTags(lower)
  if (tags.length === 0) return false
  const verb = tags.some((t) => t === 'PastTense' || t === 'PresentTense' || t === 'Infinitive' || t === 'Gerund')
  const noun = tags.some((t) => t === 'Singular' || t === 'Plural' || t === 'Noun' || t === 'Adjective' || t === 'Actor')
  return verb && !noun
}

/** A capitalised adjective of nationality or party ("British", "Democratic", "American") or with a hyphened participle ("Portland-based"), not a name. */
function isCapitalisedAdjective(word: Word): boolean {
  const tags = wordTags(word.lower)
  return tags.includes('Demonym') || tags.includes('Adjective') || (TITLE_WORDS.has(word.lower) && /(an|ish|ic|ese|ch)$/.test(word.lower)) || hyphenatedModifier(word)
}


/** A lower-case word that may be (part of) a head noun: not a verb, a function word or a clause word. */
function isPlainNoun(word: Word | undefined): boolean {
  if (!word || word.kind !== 'word' || word.quote >= 0 || word.capitalized || !/^[a-z][a-z-]*$/.test(word.lower)) return false
  if (PHRASE_STOPS.has(word.lower) || DETERMINERS.has(word.lower) || CLAUSE_BOUNDARIES.has(word.lower) || SKIPPABLE.has(word.lower) || isVerbLike(word)) return false
  return !isVerbForm(word.lower) && !/(ed|ing|ly)$/.test(word.lower)
}

/**
 * True when the word after "to" in a role opens a noun phrase ("adviser to
 * Trump", "spokesman to the president", "envoy to former President Obama"),
 * not an infinitive ("told residents to stay home").
 */
function nounAfterTo(next: Word | undefined): boolean {
  return next !== undefined && (next.capitalized || DETERMINERS.has(next.lower) || wordTags(next.lower).includes('Adjective'))
}

function isVerbLike(word: Word): boolean {
  return ['said', 'says', 'told', 'added', 'is', 'was', 'were', 'are', 'has', 'have', 'had', 'would', 'will'].includes(word.lower)
}
