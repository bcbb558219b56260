import type {Span, SpeakerType} from '../types.js'
import {ACRONYM_TITLE_WORDS, TITLE_MODIFIERS, ANONYMOUS_MARKERS, BUSINESS_NAME_TAILS, COMPANY_SUFFIXES, DAY_WORDS, DOCUMENT_NOUNS, HONORIFICS, PERSONAL_TITLES, NAME_ADJUNCT_STARTS, NAME_PARTICLES, ORGANIZATION_NOUNS, PERSON_TITLE_NOUNS, ROLE_NOUNS, SURNAME_PREFIXES, TIME_WORDS, TITLE_PORTFOLIOS, TITLE_WORDS} from '../lexicons/roles.js'
import {MASTHEAD_WORDS, OUTLET_DESCRIPTION_HEADS, OUTLET_DESCRIPTIONS, OUTLET_KINDS, OUTLET_NAME_TAILS, STATE_MEDIA_MARKERS, STATE_MEDIA_NOUNS} from '../lexicons/outlets.js'
import {DETERMINERS, FIRST_NAME_GENDERS, INDEFINITE_PRONOUNS, MODIFIER_TAIL_ENDINGS, NAME_LY_ENDINGS, NON_SOURCE_PRONOUNS, PLACING_PREPOSITIONS, isNumberWord, NOT_NAMES, PRONOUNS, ROLE_PREPOSITIONS, SPEECH_VERB_FORMS} from '../lexicons/words.js'
import {CITIES, COUNTRIES, GROUP_NAMES, PLACE_PREFIXES, PLACE_SUFFIXES, REGIONS, SEAT_MODIFIER_ENDINGS, STATES} from '../lexicons/places.js'
import type {ArticleDocument, Word} from './document.js'
import {cacheFor, joinedParticleEnd, tokenAtOffset} from './document.js'
import type {NameLexicon} from './lexicon.js'
import {fold, isLyAdverb, wordTags} from './lexicon.js'
import {PERSON_INITIALS, POSSESSIVE_NAMES} from '../lexicons/organizations.js'
import {lowerFolded} from '../text/fold.js'
import type {Phrase} from './phrases.js'

/** What a speaker's noun phrase says about the speaker. */
export interface Mention {
  phrase: Phrase
  span: Span
  /**
   * pronoun "he"; name "Marco Rubio"; role "a U.S. official", "people familiar
   * with the matter"; description "the US secretary of state", "the outlet".
   */
  kind: 'pronoun' | 'name' | 'role' | 'description'
  /** The name as written (names), or the phrase without its article. */
  name: string
  title?: string
  type: SpeakerType | 'document'
  /** Lower-case key: the surname of a name, the head noun of a role or description. */
  head: string
  gender?: 'male' | 'female'
  /** A name that names a place ("Virginia", "the United States"): never "he" or "she". */
  place?: boolean
  /** A name that names a group of people ("Democrats", "the Chinese"): "they", never "he", "she" or "it". */
  plural?: boolean
  /** Words of a description, lower case, without the article. */
  words: string[]
  /** The outlet a role belongs to ("BBC" for "the BBC host"): a description of it stands for that outlet. */
  owner?: string
}

/** Lower-case words a name runs on over to the capitalised word after them: surname particles and "St." ("Eva St. Clair"). */
const PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, 'st.'])
const SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv'])
/** Words that go on an outlet's name ("CBS News", "USA Today"): never a person's name after one. */
const OUTLET_TAILS: ReadonlySet<string> = new Set([
  'news', 'times', 'post', 'journal', 'magazine', 'report', 'today', 'tribune', 'herald', 'daily', 'weekly',
  'network', 'radio', 'television', 'tv', 'online', 'digital', 'live', 'review', 'press', 'wire', 'international',
  'america', 'us', 'uk', 'world', 'business', 'politics', 'opinion', 'sunday', 'morning', 'tonight'
])

/** Lower-case words that join an organisation noun to what it is of, on or for ("Commission on Presidential Debates"). */
export const ORGANIZATION_CONNECTORS: ReadonlySet<string> = new Set(['of', 'on', 'for'])

/**
 * Whether token `k` is "of", "on" or "for" between a capitalised
 * organisation noun and a capitalised word ("Commission on Presidential
 * Debates", "Center for American Progress"): part of one name.
 *
 * @example
 * isOrganizationConnector(doc.words, k) // true for "on" in "Commission on Presidential Debates"
 */
export function isOrganizationConnector(words: readonly Word[], k: number): boolean {
  const word = words[k]
  const prev = words[k - 1]
  const next = words[k + 1]
  if (!word || !prev || !next || word.capitalized || word.quote >= 0 || !ORGANIZATION_CONNECTORS.has(word.lower)) return false
  return prev.capitalized && ORGANIZATION_NOUNS.has(prev.lower) && next.capitalized && next.kind === 'word' && prev.sentence === word.sentence && next.sentence === word.sentence
}

/**
 * A capitalised organisation noun followed by "of", "on" or "for" and a run
 * of capitalised words to the end ("Federal Bureau of Prisons", "Council on
 * Foreign Relations", "Office of Management and Budget"): where the name
 * starts and which word is its noun.
 */
function organizationOf(rest: readonly Word[]): {from: number; noun: number} | null {
  const last = rest[rest.length - 1]
  if (!last || !last.capitalized) return null
  for (let k = 1; k < rest.length - 1; k++) {
    // "Bureau of the Harbor Master": "of the" before a capital joins the name too.
    const ofThe = bodyOfThe(rest, k)
    if (!ofThe && !isOrganizationConnector(rest, k)) continue
    // Everything after: capitalised words, joined by "and", "of" or "the"; "for" after a title ("Office of the Special Warden for Arcadia").
    const tail = rest.slice(k + 1)
    // "Bureau of Alcohol, Tobacco, Firearms and Explosives": a comma lists parts of the name.
    const joiner = (w: Word, i: number) => w.lower === 'and' || w.lower === 'of' || w.lower === 'the' || w.text === ',' || (w.lower === 'for' && TITLE_WORDS.has((tail[i - 1] as Word).lower))
    if (!tail.every((w, i) => w.capitalized || (ofThe && i === 0) || (i > 0 && i < tail.length - 1 && joiner(w, i)))) return null
    // "College of Arcadia President Lu Pim": an office holder's title after the body's name, before a name, ends the body; the person is named.
    // Not "Friends of Governor Lu Pim", where the title opens what the body is of.
    if (tail.some((w, i) => i > 0 && w.capitalized && PERSON_TITLE_NOUNS.has(w.lower) && namedAfterTitle(tail[i + 1]))) return null
    let from = k - 1
    while (from > 0 && (rest[from - 1] as Word).capitalized && !/['\u2019]s$/.test((rest[from - 1] as Word).lower)) from--
    // "The nonpartisan Commission on …", not "a 46-page suicide analysis released by the Department of …": only modifiers before it.
    const before = rest.slice(0, from)
    if (before.length > 2 || before.some((w) => w.kind !== 'word' || PREPOSITION_WORDS.has(w.lower) || /ed$/.test(w.lower))) return null
    return {from, noun: k - 1}
  }
  return null
}

/** Whether token `k` is "of" after a capitalised organisation noun and before "the" and a capital ("Office of the Harbor Master"). */
function bodyOfThe(words: readonly Word[], k: number): boolean {
  const prev = words[k - 1]
  const the = words[k + 1]
  const next = words[k + 2]
  if (!prev || !the || !next || (words[k] as Word).lower !== 'of' || (words[k] as Word).quote >= 0) return false
  return prev.capitalized && ORGANIZATION_NOUNS.has(prev.lower) && the.lower === 'the' && !the.capitalized && next.kind === 'word' && next.capitalized
}

/** A capitalised word after a title that may open a person's name: no title word, organisation noun or joiner. */
function namedAfterTitle(word: Word | undefined): boolean {
  return word !== undefined && word.kind === 'word' && word.capitalized && !TITLE_WORDS.has(word.lower) && !ORGANIZATION_NOUNS.has(word.lower)
}

/**
 * True when token `k` of `rest` joins two parts of one organisation's name:
 * "&" between capitals ("JPMorgan Chase & Co."), or "and" after a capitalised
 * word that names nothing by itself ("Food and Drug Administration",
 * "National Oceanic and Atmospheric Administration"); not after a known
 * name ("Ford and General Motors Co.", "Facebook and …").
 */
function joinsOrganizationName(rest: readonly Word[], k: number, names: NameLexicon): boolean {
  const word = rest[k]
  const before = rest[k - 1]
  const after = rest[k + 1]
  if (!word || !before || !after || !before.capitalized || !after.capitalized || before.kind !== 'word' || word.quote >= 0) return false
  if (word.text === '&') return true
  if (word.lower !== 'and') return false
  const lower = stripPossessive(before.lower)
  if (names.organization(lower) !== undefined || names.outlet(lower) !== undefined) return false
  return !wordTags(lower).some((tag) => NAMED_TAGS.has(tag))
}

/** Tags of a word that names something by itself (a firm, a person). */
const NAMED_TAGS: ReadonlySet<string> = new Set(['Organization', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'SportsTeam', 'Country', 'City', 'Place', 'Region'])

/** Prepositions: a word before an organisation's name that makes the name an object, not the phrase's head. */
const PREPOSITION_WORDS: ReadonlySet<string> = new Set(['by', 'of', 'for', 'from', 'at', 'in', 'on', 'with', 'to', 'about', 'against'])

/** Words that scale a number ("$20 million"). */
const SCALE_WORDS: ReadonlySet<string> = new Set(['thousand', 'million', 'billion', 'trillion'])

/**
 * Where the words after a sum of money start, when only lower-case words
 * follow it ("the minimum $20 million | experts"): a relative clause's
 * subject; 0 when there is no such sum.
 */
function sumEnd(words: readonly Word[]): number {
  let k = -1
  for (let i = words.length - 2; i >= 0; i--) {
    const word = words[i] as Word
    if (word.text === '$' || /^\$\d/.test(word.text)) {
      k = i
      break
    }
  }
  if (k < 0) return 0
  let j = k + 1
  if (words[k]?.text === '$' && j < words.length && isNumberWord((words[j] as Word).text)) j++
  while (j < words.length && SCALE_WORDS.has((words[j] as Word).lower)) j++
  if (j === 0 || j >= words.length) return 0
  return words.slice(j).every((w) => w.kind === 'word' && !w.capitalized && !DETERMINERS.has(w.lower)) ? j : 0
}

/** Nouns that, before "of" and a place, name the place's government ("the city of Phoenix"). */
const GOVERNED_PLACES: ReadonlySet<string> = new Set(['city', 'state', 'town', 'county', 'village', 'government', 'province', 'commonwealth'])

/** Third-person pronouns that are a clause's subject, never a determiner ("her", "his" are left out). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it'])
/** Subject pronouns that never stand inside a noun phrase: one opening or closing a phrase starts a clause ("I hope …", "the best one I know"). */
/** Subject pronouns beside SUBJECT_PRONOUNS that open a clause ("We in the party say"). Not "I": "I hope in 2017 America says" is annotated as the writer's. */
const OPENING_PRONOUNS: ReadonlySet<string> = new Set(['we'])
const PLURAL_DETERMINERS = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'some', 'many', 'another', 'other', 'most'])

/** A mention with the fields every one has, in one order (the optional ones are set after). */
function mentionOf(base: {phrase: Phrase; span: Span}, kind: Mention['kind'], name: string, type: Mention['type'], head: string, words: string[]): Mention {
  return {phrase: base.phrase, span: base.span, kind, name: kind === 'name' && type === 'person' ? nicknamed(name) : name, type, head, words}
}

/** Opening and closing marks a nickname inside a name stands between. */
const NICKNAME_MARKS: ReadonlyMap<string, string> = new Map([['"', '"'], ['\u201c', '\u201d'], ["'", "'"], ['\u2018', '\u2019']])

/**
 * The name a person with a nickname inside it goes by: the one-word nickname
 * with the surname ('Robert "Bobby" Lane' -> "Bobby Lane", as later mentions
 * call him), or the name without a longer nickname ('Karl "The Hammer" Vance'
 * -> "Karl Vance"). Any other name as it is.
 *
 * @example
 * nicknamed('Dana "Dee" Morrow') // 'Dee Morrow'
 */
function nicknamed(name: string): string {
  let open = -1
  for (let i = 1; i < name.length && open < 0; i++) if (NICKNAME_MARKS.has(name.charAt(i)) && name.charAt(i - 1) === ' ') open = i
  if (open < 0) return name
  const close = name.indexOf(NICKNAME_MARKS.get(name.charAt(open)) as string, open + 1)
  if (close < 0 || name.charAt(close + 1) !== ' ') return name
  const nickname = name.slice(open + 1, close).trim()
  const before = name.slice(0, open).trim()
  const after = name.slice(close + 1).trim()
  if (nickname === '' || after === '') return name
  return /\s/u.test(nickname) ? `${before} ${after}` : `${nickname} ${after}`
}

/** Mentions already read, per document and phrase: callers share them, so none may mutate one. */
const mentionCache = new WeakMap<ArticleDocument, Map<number, Mention>>()

/**
 * Read a speaker phrase: a pronoun, a name with its title, a role ("a
 * spokesperson for U.K. Prime Minister Keir Starmer" is the spokesperson, not
 * Starmer), or a description to resolve ("the US secretary of state").
 *
 * @example
 * analyzeMention(doc, {from, to}, names).name // 'Marco Rubio' for "US Secretary of State Marco Rubio"
 */
export function analyzeMention(doc: ArticleDocument, whole: Phrase, names: NameLexicon): Mention {
  const cache = cacheFor(mentionCache, doc)
  const key = whole.from * (doc.words.length + 1) + whole.to
  let mention = cache.get(key)
  if (mention === undefined) {
    mention = analyzeMentionUncached(doc, whole, names)
    cache.set(key, mention)
  }
  return mention
}

/** A Reuters-style stock ticker: capitals, a period, the exchange's letter ("IBM.N", "BEAS.O", "IPR.L"). */
const STOCK_TICKER = /^[A-Z]{2,5}\.[A-Z]{1,2}$/u

function analyzeMentionUncached(doc: ArticleDocument, whole: Phrase, names: NameLexicon): Mention {
  const phrase = namingPart(doc, whole)
  const words = doc.words.slice(phrase.from, phrase.to)
  const first = words[0] as Word
  const lastWord = words[words.length - 1] as Word
  const span = {start: first.start, end: lastWord.end, text: doc.text.slice(first.start, lastWord.end)}
  const base = {phrase, span}

  // "BEA Systems Inc. BEAS.O said": a stock ticker after a name marks a listed company and is no part of its name.
  if (words.length > 1 && STOCK_TICKER.test(lastWord.text) && (words[words.length - 2] as Word).capitalized) {
    const named = analyzeMention(doc, {from: phrase.from, to: phrase.to - 1}, names)
    return named.kind === 'name' && named.type === 'person' ? {...named, type: 'organization'} : named
  }

  // "a small fraction of the minimum $20 million experts [say it costs]": the subject after a sum of money.
  const afterSum = sumEnd(words)
  if (afterSum > 0) return analyzeMention(doc, {from: phrase.from + afterSum, to: phrase.to}, names)

  // "he's", "she’d": a pronoun with a verb contracted onto it.
  const contracted = words.length === 1 ? first.lower.replace(/'(s|d|ll|re|ve)$/, '') : ''
  const pronoun = contracted !== first.lower && (contracted === 'i' || contracted === 'you') ? first.lower : contracted
  if (words.length === 1 && PRONOUNS.has(pronoun)) {
    const info = PRONOUNS.get(pronoun)
    const gender = info?.gender === 'male' || info?.gender === 'female' ? info.gender : undefined
    const mention = mentionOf(base, 'pronoun', first.text, 'unknown', pronoun, [pronoun])
    if (gender) mention.gender = gender
    return mention
  }

  // "she then peppered him with", "It also mentions": a pronoun that opens a clause is the subject alone.
  if (words.length > 1 && (SUBJECT_PRONOUNS.has(first.lower) || OPENING_PRONOUNS.has(first.lower))) {
    return analyzeMention(doc, {from: phrase.from, to: phrase.from + 1}, names)
  }
  // "Perhaps the auditors", "Recently, the group": a sentence adverb is no part of the subject.
  if (words.length > 1 && isOpeningAdverb(doc, first, phrase.from)) {
    let from = phrase.from + 1
    while (from < phrase.to && (doc.words[from] as Word).kind !== 'word') from++
    if (from < phrase.to) return analyzeMention(doc, {from, to: phrase.to}, names)
  }
  // "Anyone on the business side of TV", "someone familiar with the plan": an indefinite pronoun heads its phrase, not a name inside it.
  // "Nobody at Google is arguing", "whether anyone disclosed it": no one is cited.
  if (INDEFINITE_PRONOUNS.has(first.lower)) {
    const lowerWords = words.filter((w) => w.kind === 'word').map((w) => w.lower)
    return mentionOf(base, 'role', span.text, NON_SOURCE_PRONOUNS.has(first.lower) ? 'unknown' : 'anonymous', first.lower, lowerWords)
  }
  // "Moody's said", "Sam's Club said": a business named in the possessive, not what "Moody" owns (nor a capitalised adjective opening the sentence).
  const possessiveName = POSSESSIVE_NAMED.get(lowerFolded(first.lower === 'the' ? doc.text.slice((words[1] ?? first).start, lastWord.end) : span.text))
  if (possessiveName) return mentionOf(base, 'name', possessiveName, 'organization', possessiveName.toLowerCase(), words.map((w) => w.lower))
  if (namesNoOne(doc, words, phrase.from)) return mentionOf(base, 'description', span.text, 'unknown', '', [])

  // "some of its weakest countries", "one of the aides": a partitive keeps its quantifier.
  const partitive = words[1]?.lower === 'of' && DETERMINERS.has(first.lower) && first.lower !== 'the' && first.lower !== 'a' && first.lower !== 'an'
  const determiner = partitive ? undefined : DETERMINERS.has(first.lower) && !first.capitalized ? first.lower : first.lower === 'the' || first.lower === 'a' || first.lower === 'an' ? first.lower : undefined
  const rest = determiner ? words.slice(1) : words
  if (rest.length === 0) return mentionOf(base, 'description', span.text, 'unknown', first.lower, [first.lower])
  const restText = doc.text.slice((rest[0] as Word).start, lastWord.end)
  const lowerWords = rest.map((w) => w.lower)

  // Known outlets and organisations by their whole name; "the Guardian newspaper", "Time magazine": an outlet and its kind.
  const kindless = rest.length >= 2 && !lastWord.capitalized && OUTLET_KINDS.has(lastWord.lower) ? doc.text.slice((rest[0] as Word).start, (rest[rest.length - 2] as Word).end) : ''
  const outlet = names.outlet(restText) ?? (kindless !== '' ? names.outlet(kindless) : undefined)
  if (outlet) return mentionOf(base, 'name', outlet, 'outlet', outlet.toLowerCase(), lowerWords)
  const organization = names.organization(restText)
  if (organization) return mentionOf(base, 'name', organization, 'organization', organization.toLowerCase(), lowerWords)
  // "Tom Smith of Acme said", "Investigator Omar Pruitt of the Dayton Police Department": a person's full name before "of" and a
  // body is the person who speaks for it, not the body; the phrase stays whole.
  const personEnd = personBeforeOf(rest)
  if (personEnd > 0) {
    const from = phrase.from + (rest === words ? 0 : 1)
    const person = analyzeMention(doc, {...phrase, from, to: from + personEnd}, names)
    if (person.kind === 'name' && person.type === 'person') return {...person, phrase: base.phrase, span: base.span}
  }
  // "The U.S. said", "The UK said", "the US Senate": capitalised title words only ("U.S.", "Senate") that name a country or a body.
  if (rest.every((w) => w.capitalized && TITLE_WORDS.has(w.lower)) && (isPlace(rest) || ORGANIZATION_NOUNS.has(lastWord.lower))) {
    const place = isPlace(rest)
    const mention = mentionOf(base, 'name', stripPossessive(restText), 'organization', lastWord.lower, lowerWords)
    if (place) mention.place = true
    return mention
  }
  // "Iranian state TV", "Chinese state media": a state outlet named by its country.
  const media = rest[rest.length - 1] as Word
  const marker = rest[rest.length - 2]
  if (marker && STATE_MEDIA_NOUNS.has(media.lower) && STATE_MEDIA_MARKERS.has(marker.lower) && rest.slice(0, -2).every((w) => w.capitalized)) {
    return mentionOf(base, 'name', stripPossessive(restText), 'outlet', restText.toLowerCase(), lowerWords)
  }

  // A role head: "spokesperson for ...", "official involved in ...", "sources".
  // Not before a name the phrase ends on: "Zelensky's chief of staff Andriy Yermak" is Yermak, titled.
  for (let r = 0; r < rest.length && !endsOnTitledName(rest); r++) {
    const word = rest[r] as Word
    // "a Washington Post database", "a 2014 study": a document is a head too.
    // "Analysts at Goldman Sachs said": a role noun capitalised only because it opens the sentence.
    const opening = r === 0 && word.capitalized && !determiner && opensSentence(doc, phrase.from)
    // "An ad from the Clinton campaign", "a study by Harvard researchers": a document before its maker is the head.
    const made = DOCUMENT_NOUNS.has(word.lower) && MAKER_PREPOSITIONS.has(rest[r + 1]?.lower ?? '')
    if ((word.capitalized && !opening) || !(ROLE_NOUNS.has(word.lower) || (DOCUMENT_NOUNS.has(word.lower) && r === rest.length - 1) || made)) continue
    const next = rest[r + 1]
    // "Officials briefed on the investigation", "a source informed about the plan": a participle and its preposition modify the role too.
    const after = rest[r + 2]
    const participle = next !== undefined && after !== undefined && /^[a-z]{3,}ed$/u.test(next.lower) && (ROLE_PREPOSITIONS.has(after.lower) || after.lower === 'about')
    if (next && !ROLE_PREPOSITIONS.has(next.lower) && !participle) continue
    return roleMention(doc, base, rest, r, determiner, lowerWords, names)
  }

  // "The city of Phoenix", "the state of Ohio": the government of a place, named with its noun.
  const seat = rest[0] as Word
  if (rest.length >= 3 && !seat.capitalized && GOVERNED_PLACES.has(seat.lower) && (rest[1] as Word).lower === 'of' && isPlace(rest.slice(2))) {
    return mentionOf(base, 'name', restText, 'organization', seat.lower, lowerWords)
  }

  // An organisation named by a capitalised run ending in an organisation noun.
  // Not "the Flint Journal": a town's masthead, a newspaper (read below).
  // Or in a company's legal form: "Grant Thornton SpA", "MySQL AB", "Siemens AG"; not a surname of two letters ("Anna Sa").
  const legalForm = rest.length > 1 && COMPANY_SUFFIXES.has(lastWord.lower.replace(/\.$/u, '')) && !/^\p{Lu}\p{Ll}$/u.test(lastWord.text)
  if (lastWord.capitalized && (ORGANIZATION_NOUNS.has(lastWord.lower) || legalForm) && !townMasthead(rest, determiner) && !rankedSurname(rest)) {
    let k = rest.length - 1
    // "Food and Drug Administration", "JPMorgan Chase & Co.": a joiner inside the name.
    while (k > 0 && ((rest[k - 1] as Word).capitalized || (rest[k - 1] as Word).lower === 'of' || joinsOrganizationName(rest, k - 1, names))) k--
    const name = doc.text.slice((rest[k] as Word).start, lastWord.end)
    return mentionOf(base, 'name', stripPossessive(name), 'organization', lastWord.lower, lowerWords)
  }

  // A firm named by a run of capitalised words ending in an industry word: "Hynix Semiconductors", "AK Steel",
  // "products maker Secure Computing"; not "the School of Marine Biology and Ecology" (no run of two before "and").
  if (lastWord.capitalized && BUSINESS_NAME_TAILS.has(lastWord.lower)) {
    let k = rest.length - 1
    // "Prairie Gas and Electric": "and" between two industry words joins one utility's name.
    const joined = (j: number) => j > 1 && (rest[j - 1] as Word).lower === 'and' && (rest[j - 2] as Word).capitalized && BUSINESS_NAME_TAILS.has((rest[j - 2] as Word).lower) && BUSINESS_NAME_TAILS.has((rest[j] as Word).lower)
    while (k > 0 && (((rest[k - 1] as Word).capitalized && (rest[k - 1] as Word).kind === 'word' && !/['\u2019]s$/u.test((rest[k - 1] as Word).lower)) || joined(k))) k -= joined(k) ? 2 : 1
    if (k < rest.length - 1) return mentionOf(base, 'name', doc.text.slice((rest[k] as Word).start, lastWord.end), 'organization', lastWord.lower, lowerWords)
  }

  // "The Commission on Presidential Debates", "the Federal Bureau of Prisons": an organisation noun and what it is of, on or for.
  const governed = organizationOf(rest)
  if (governed !== null) {
    const name = stripPossessive(doc.text.slice((rest[governed.from] as Word).start, lastWord.end))
    const known = names.organization(name) ?? names.outlet(name)
    return mentionOf(base, 'name', known ?? name, known !== undefined && names.outlet(name) === known ? 'outlet' : 'organization', (rest[governed.noun] as Word).lower, lowerWords)
  }

  // "Democrats on Capitol Hill", "Republicans in Congress": a group placed by a preposition heads the phrase, not the place.
  const placed = placedGroup(rest, determiner)
  if (placed >= 0) {
    let from = placed
    while (from > 0 && (rest[from - 1] as Word).capitalized && !TITLE_WORDS.has((rest[from - 1] as Word).lower)) from--
    const name = stripPossessive(doc.text.slice((rest[from] as Word).start, lastWord.end))
    const mention = mentionOf(base, 'name', name, 'organization', (rest[placed] as Word).lower, lowerWords)
    mention.plural = true
    return mention
  }

  // A name: the last run of capitalised words that are not title words;
  // "Gov. Earl Ray Tomblin of West Virginia" is Tomblin, not the place after "of".
  const named = withoutPlaceOf(rest)
  let end = named.length
  while (end > 0 && SUFFIXES.has((named[end - 1] as Word).lower)) end--
  let start = end
  const offset = phrase.from + (rest === words ? 0 : 1)
  // "Mr. King", "Larry King": after an honorific or a first name a title word is the surname.
  const surname = titledSurname(named, end)
  while (start > 0) {
    const word = named[start - 1] as Word
    const inside = start < end
    // "QUESTIONABLE MEDICAL CLAIMS": a subhead in capitals is no name.
    // "Kim Jong Un": a title word that is an acronym ("UN", "US") only in capitals.
    // "Acme First Call": a title modifier before a name word, not a title word, after a capital that is no title word either.
    const modifier = inside && TITLE_MODIFIERS.has(word.lower) && !TITLE_WORDS.has((named[start] as Word).lower) && start >= 2 && (named[start - 2] as Word).capitalized && !TITLE_WORDS.has((named[start - 2] as Word).lower)
    if (word.capitalized && (!TITLE_WORDS.has(word.lower) || modifier || start - 1 === surname || acronymInLowerCase(word)) && !isShouted(doc, offset + start - 1)) start--
    else if (inside && PARTICLES.has(word.lower)) start--
    // "Procter & Gamble", "Johnson & Johnson": an ampersand between capitals joins one firm's name.
    else if (inside && word.text === '&' && (named[start - 2] as Word | undefined)?.capitalized === true) start--
    else break
  }
  // "NBC’s Lester Holt": the name after a possessor inside the run.
  for (let p = end - 2; p >= start; p--) {
    if (/'s$|s'$/.test((named[p] as Word).lower)) {
      start = p + 1
      break
    }
  }
  // A lone day, month or sentence adverb is no name ("Monday", "Recently").
  const lone = end - start === 1 ? stripPossessive((named[start] as Word).lower) : ''
  if (lone !== '' && (NOT_NAMES.has(lone) || (lone.endsWith('ly') && lone.length > 4 && !lyName(lone)))) start = end
  // A common word capitalised only because it opens the sentence ("Crops are
  // withering", "Rival Hillary Clinton"): no name on its own, no part of one.
  let titleFrom = 0
  if (start < end && isCommonOpener(doc, named[start] as Word, offset + start)) {
    if (end - start === 1) start = end
    // "Unlike Patriot, …", "Despite Putin’s call": a preposition or other function word is never part of a name.
    // Not a surname's particle: "Le Pen said", "De Blasio said".
    else if (isFunctionWord(named[start] as Word) && !NAME_PARTICLES.has((named[start] as Word).lower)) titleFrom = ++start
    else if (isFirstName(named[start + 1] as Word)) start++
  }
  // "the editorial board of the Washington Post Trump said": an outlet run into the name after it.
  if (end - start >= 2 && !names.outlet(doc.text.slice((named[start] as Word).start, (named[end - 1] as Word).end))) {
    for (let p = start + 1; p < end; p++) {
      const after = named[p] as Word
      if (OUTLET_TAILS.has(after.lower) || !names.outlet(doc.text.slice((named[start] as Word).start, (named[p - 1] as Word).end))) continue
      start = p
      titleFrom = p
      break
    }
  }
  // "State-run RIA Novosti", "Kremlin-backed RT": a state marker opening the run is no part of the outlet's name.
  if (end - start >= 2 && STATE_MEDIA_MARKERS.has((named[start] as Word).lower) && names.outlet(doc.text.slice((named[start + 1] as Word).start, (named[end - 1] as Word).end))) start++
  // "Emeryville-based Ask Jeeves", "the Oscar-winning director", "Bluetooth-equipped phones": a hyphenated modifier is no
  // name nor part of one; after a seat modifier ("Santa Clara-based Intel") the name is a body's.
  let seated = false
  for (let p = end - 1; p >= start; p--) {
    const word = named[p] as Word
    if (!hyphenatedModifier(word)) continue
    start = p + 1
    seated = p < end - 1 && SEAT_MODIFIER_ENDINGS.some((ending) => word.lower.endsWith(ending))
    break
  }
  if (start < end) {
    const runFirst = named[start] as Word
    const runLast = named[named.length - 1] as Word
    const name = stripPossessive(doc.text.slice(runFirst.start, runLast.end))
    const titleWords = named.slice(titleFrom, start)
    // "and Hillary Clinton", "a set of Clean Air Act", "of his TV": a preposition, conjunction or determiner at either end is no part of a title.
    const titled = titleCore(titleWords)
    const title = titled.length > 0 ? doc.text.slice((titled[0] as Word).start, (titled[titled.length - 1] as Word).end) : undefined
    // "Mr. Bloomberg said", "Mayor Bloomberg told reporters": an honorific or a person's title names the person, not the outlet of that name.
    const personTitled = titled.some((w) => HONORIFICS.has(w.lower) || PERSON_TITLE_NOUNS.has(w.lower))
    const runOutlet = personTitled ? undefined : names.outlet(name)
    if (runOutlet) return mentionOf(base, 'name', runOutlet, 'outlet', runOutlet.toLowerCase(), lowerWords)
    const runOrganization = names.organization(name)
    if (runOrganization) return mentionOf(base, 'name', runOrganization, 'organization', runOrganization.toLowerCase(), lowerWords)
    // "Army Radio reported", "Phoenix TV said": a name of two words or more ending in a medium word is an outlet.
    if (!personTitled && end - start >= 2 && OUTLET_NAME_TAILS.has(stripPossessive((named[end - 1] as Word).lower))) {
      return mentionOf(base, 'name', name, 'outlet', name.toLowerCase(), lowerWords)
    }
    // "The Post has learned", "the Jakarta Post reported", "the Arkansas Democrat-Gazette": a name after "the" that ends on a masthead word is a newspaper, never a person.
    if (determiner === 'the' && titleWords.length === 0 && isMasthead(named[end - 1] as Word)) {
      return mentionOf(base, 'name', name, 'outlet', name.toLowerCase(), lowerWords)
    }
    const keyWord = named[end - 1] as Word
    // "Bashar al-Assad" is filed under "assad", so that "Assad" alone is him.
    const head = stripPossessive(keyWord.lower.slice(joinedParticleEnd(keyWord.text)))
    const collective = collectiveName(named.slice(start, end), name, title, determiner)
    // "Recent polls in Pennsylvania and Virginia": the polls, not the place.
    const located = collective === 'place' ? locatedHead(titleWords) : undefined
    if (located) {
      const singular = located.endsWith('s') ? located.slice(0, -1) : located
      const type = DOCUMENT_NOUNS.has(located) || DOCUMENT_NOUNS.has(singular) ? 'document' : 'anonymous'
      return mentionOf(base, 'role', stripPossessive(restText), type, located, lowerWords)
    }
    // "one senior Tory", "a Democrat close to the leadership": one member of a party or people, unnamed.
    if (!collective && end - start === 1 && determiner !== undefined && INDEFINITE_DETERMINERS.has(determiner) && isGroupMember(runFirst)) {
      return mentionOf(base, 'role', stripPossessive(restText), 'anonymous', head, lowerWords)
    }
    if (collective) {
      const mention = mentionOf(base, 'name', name, 'organization', head, lowerWords)
      if (title) mention.title = title
      mention[collective] = true
      return mention
    }
    // "HALE: Not as written.": a name in capitals before a colon labels a transcript's speaker, no acronym.
    // "TRUMP: …" after "Donald Trump": a name in capitals that the article also writes in title case is that person's.
    const label = /^\s*:/.test(doc.text.slice(runLast.end, runLast.end + 3)) || (end - start === 1 && writtenTitleCase(doc.text, stripPossessive(runFirst.text)))
    // "The AFL-CIO", "The Taiwan Stock Exchange": a name after "the" and no title names no person; "the Comptroller
    // William Thompson" does, by its first name, and "The Obamas" a family.
    const family = end - start === 1 && /[a-z]s$/u.test(stripPossessive(runLast.text))
    const bodyName = determiner === 'the' && titleWords.length === 0 && !title && !family && !named.slice(start, end - 1).some((w) => isFirstName(w) || FIRST_NAME_GENDERS.has(w.lower))
    // "The Ruritanian newspaper Glas reported", "the news agency Tanjug": a lower-case kind noun of an outlet or a body right
    // before the name, with no person's title, says what the name is.
    const kind = title === undefined ? kindBefore(named, start) : undefined
    const type = kind ?? (bodyName || seated || named.slice(start, end).some((w) => w.text === '&') ? 'organization' : nameType(named.slice(start, end), title, label))
    const gender = genderOf(runFirst.lower, titleWords.map((w) => w.lower))
    const mention = mentionOf(base, 'name', name, type, head, lowerWords)
    if (title) mention.title = title
    if (gender) mention.gender = gender
    return mention
  }

  // Title words only: "the president", "the financial daily", "Secretary of State".
  const head = stripPossessive((rest[rest.length - 1] as Word).lower)
  const folded = lowerWords.join(' ')
  const isOutlet = OUTLET_DESCRIPTIONS.includes(folded) || OUTLET_DESCRIPTIONS.includes(head)
  // "Ukraine’s military", "the ministry": a body, not a person; not "Her submission to the court", whose head is before "to".
  const body = ORGANIZATION_NOUNS.has(head) && !rest.some((w) => ROLE_PREPOSITIONS.has(w.lower))
  const type = isOutlet ? 'outlet' : body ? 'organization' : 'person'
  // "an architect who said he was stiffed": a new, unnamed one, not the "architect of Obama's campaign" named elsewhere.
  if (determiner !== undefined && INDEFINITE_DETERMINERS.has(determiner) && type === 'person') return mentionOf(base, 'role', stripPossessive(restText), 'anonymous', head, lowerWords)
  return mentionOf(base, 'description', stripPossessive(restText), type, head, lowerWords)
}

/**
 * Whether a subject phrase names no one: a number ("1995", "the 9/11",
 * "Twenty-seven"), or a sentence adverb read as a subject because it opens
 * the sentence ("Recently").
 *
 * @example
 * namesNoOne(doc, wordsOf('Recently'), index) // true
 */
export function namesNoOne(doc: ArticleDocument, words: readonly Word[], from: number): boolean {
  const content = words.filter((w) => w.kind === 'word' && !(DETERMINERS.has(w.lower) && !w.capitalized) && w.lower !== 'the')
  if (content.length === 0) return false
  if (content.every((w) => isNumberWord(w.text))) return true
  // "…, said Friday that …", "The deal, announced Thursday, …": a day names no one.
  if (content.every((w) => DAY_WORDS.has(w.lower))) return true
  const first = words[0] as Word
  if (words.length === 1 && (isOpeningAdverb(doc, first, from) || isOpeningParticiple(doc, first, from))) return true
  // "Keeps saying …", "Lacks even …", "got credit cards": a phrase opened by a finite verb is a predicate, no noun phrase.
  if (isFiniteVerbOpener(doc, first, from) && !words.slice(1).some((w) => w.capitalized) && !isFiniteVerb(doc.words[from + words.length])) return true
  // "Health [worries]": a lone common singular noun that opens the sentence names no one.
  if (words.length === 1 && isCommonThing(doc, first, from)) return true
  if (words.length > 1 && cutShort(words)) return true
  // "No business", not "No one": a phrase opened by "no" denies there is anyone.
  if (words.length > 1 && first.lower === 'no' && !first.capitalized && (words[1] as Word).lower !== 'one') return true
  // "of", "After a", "On September 27": a preposition opens no name; with no name after it, no one is named.
  return OPENING_PREPOSITIONS.has(first.lower) && !words.slice(1).some((w) => w.capitalized && !NOT_NAMES.has(w.lower) && !TIME_WORDS.has(w.lower))
}

/**
 * A phrase cut before its head noun: it ends on "to" or "not" ("the decision
 * by the FBI to [not recommend]"), or on a modifier whose noun the phrase
 * left out, a lower-case hyphenated modifier ("Donald Trump’s flurry of
 * late-night [tweets]") or a participle after a determiner ("the suing
 * [states]").
 */
function cutShort(words: readonly Word[]): boolean {
  const last = words[words.length - 1] as Word
  if (last.kind !== 'word' || last.capitalized) return false
  const lower = last.lower
  // "This political decision by the FBI to [not recommend …]": an infinitive's marker, not a noun.
  if (lower === 'to' || lower === 'not') return true
  // "the range of [views]", "Democrats and": a preposition or conjunction waits for its noun.
  if (TRAILING_FUNCTION_WORDS.has(lower)) return true
  if (ROLE_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower) || ORGANIZATION_NOUNS.has(lower) || TITLE_WORDS.has(lower)) return false
  if (/^[a-z]+(-[a-z]+)+$/.test(lower) && !lower.endsWith('s')) return true
  const tags = wordTags(lower)
  const before = words[words.length - 2] as Word
  // "Preys on our worst [fears]", "this reeks of some of the greatest [fear]": a superlative waits for its noun.
  if (tags.length > 0 && tags.every((t) => t === 'Superlative' || t === 'Comparative')) return true
  // Not a noun in "-ing" after a preposition's determiner: "one person at the meeting", "officials at the hearing".
  const preposition = words[words.length - 3]
  if (preposition !== undefined && TRAILING_FUNCTION_WORDS.has(preposition.lower)) return false
  return tags.length > 0 && tags.every((t) => t === 'Gerund') && DETERMINERS.has(before.lower)
}

/** Prepositions and conjunctions a noun phrase never ends on. */
const TRAILING_FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'or', 'for', 'with', 'on', 'in', 'at', 'by', 'from', 'about', 'than'])

/**
 * A finite verb opening a phrase ("Keeps", "Lacks", "got"): the lexicon
 * reads it only as a present or simple past tense, it is no noun of the
 * speaker lexicons (nor is its stem: "reports", "states"), no "-ed" form
 * (those modify nouns: "retired generals") and, when capitalised, only
 * because it opens the sentence.
 */
function isFiniteVerbOpener(doc: ArticleDocument, word: Word, index: number): boolean {
  if (word.kind !== 'word' || word.quote >= 0) return false
  if (word.capitalized && !isCommonOpener(doc, word, index)) return false
  const lower = word.lower
  if (lower.endsWith('ed') || isSpeakerNoun(lower) || (lower.endsWith('s') && isSpeakerNoun(lower.slice(0, -1)))) return false
  const tags = wordTags(lower)
  return tags.length > 0 && (tags.every((t) => t === 'PresentTense') || tags.every((t) => t === 'PastTense'))
}

/**
 * A lone common noun capitalised only because it opens the sentence and that
 * is no speaker: singular (a plural may be a group, "Critics"), no participle
 * (the subject may follow its clause: "Chastened by …, Trump"), known to no
 * speaker lexicon and read by compromise as no person ("Health", not
 * "Officials", "Police" or "Everyone").
 */
function isCommonThing(doc: ArticleDocument, word: Word, index: number): boolean {
  if (word.kind !== 'word' || !word.capitalized || !isCommonOpener(doc, word, index)) return false
  const lower = stripPossessive(word.lower)
  if (/(s|ed|ing)$/.test(lower) || isSpeakerNoun(lower) || OUTLET_DESCRIPTIONS.includes(lower) || NOT_NAMES.has(lower)) return false
  const tags = wordTags(lower)
  return !tags.some((t) => t === 'Actor' || t === 'Pronoun' || NAME_TAGS.has(t))
}

/** A word the lexicon reads only as a finite verb ("questioned" in "Delegates questioned"). */
function isFiniteVerb(word: Word | undefined): boolean {
  if (word === undefined || word.kind !== 'word' || word.capitalized) return false
  const tags = wordTags(word.lower)
  return tags.length > 0 && tags.every((t) => t === 'PresentTense' || t === 'PastTense')
}

/**
 * Does the phrase end on a capitalised name right after a lower-case title or
 * role word ("chief of staff Andriy Yermak", "envoy Steve Witkoff")?
 */
function endsOnTitledName(rest: readonly Word[]): boolean {
  let k = rest.length
  while (k > 0 && (rest[k - 1] as Word).capitalized && !TITLE_WORDS.has((rest[k - 1] as Word).lower)) k--
  if (k === rest.length || k === 0) return false
  const before = rest[k - 1] as Word
  return !before.capitalized && (TITLE_WORDS.has(before.lower) || ROLE_NOUNS.has(before.lower)) && rest.length - k >= 2
}

/** A noun of the speaker lexicons: a role, title, organisation, document or anonymity word. */
function isSpeakerNoun(lower: string): boolean {
  return ROLE_NOUNS.has(lower) || (TITLE_WORDS.has(lower) && !TITLE_PORTFOLIOS.has(lower)) || ORGANIZATION_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower) || ANONYMOUS_MARKERS.has(lower)
}

/** Prepositions that open an adverbial, never a speaker's noun phrase. */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'on', 'in', 'at', 'after', 'before', 'following', 'during', 'lest', 'unlike', 'despite', 'amid', 'among',
  'about', 'against', 'between', 'through', 'without', 'within', 'until', 'under', 'over', 'by', 'with', 'from', 'for'
])

/** A participle capitalised because it opens the sentence ("Having", "Chastened"), never capitalised elsewhere. */
function isOpeningParticiple(doc: ArticleDocument, word: Word, index: number): boolean {
  if (!word.capitalized || doc.words[index] !== word || !opensSentence(doc, index)) return false
  if (vocabulary(doc).capitalized.has(word.lower)) return false
  const tags = wordTags(word.lower)
  if (tags.some((t) => NAME_TAGS.has(t))) return false
  if (!/^[a-z]{3,}(ing|ed)$/.test(word.lower)) return false
  // "Manning", "Sterling": a participle only when the lexicon says so or the article writes it in lower case.
  return tags.some((t) => t === 'Gerund' || t === 'PastTense' || t === 'Participle') || vocabulary(doc).lower.has(word.lower)
}

/**
 * A sentence adverb capitalised because it opens the sentence ("Recently",
 * "Perhaps"): never capitalised inside a sentence of the article.
 *
 * @example
 * isOpeningAdverb(doc, doc.words[0], 0) // true for "Recently, the group …"
 */
export function isOpeningAdverb(doc: ArticleDocument, word: Word, index: number): boolean {
  if (!word.capitalized || doc.words[index] !== word || !opensSentence(doc, index)) return false
  if (vocabulary(doc).capitalized.has(word.lower)) return false
  const tags = wordTags(word.lower)
  if (tags.some((t) => NAME_TAGS.has(t))) return false
  if (tags.length > 0) return tags.every((t) => t === 'Adverb')
  return /^[a-z]{3,}ly$/.test(word.lower) && !/(ally|ully)$/.test(word.lower) && !lyName(word.lower)
}

/**
 * The part of a subject phrase that names someone: without a trailing
 * parenthesis ("Sen. Ted Cruz (R-Tex)"), a time adjunct ("Sanders on
 * Tuesday", "Wells Fargo just this month") or a verb the phrase ran into
 * ("E.U. leaders weigh", "Schneiderman isn't").
 *
 * @example
 * namingPart(doc, phraseOf('Sanders on Tuesday')) // the phrase of "Sanders"
 */
export function namingPart(doc: ArticleDocument, phrase: Phrase): Phrase {
  const words = doc.words
  let to = phrase.to
  // "Sen. Ted Cruz (R-Tex)": the party and state in parentheses.
  if (to - phrase.from > 2 && (words[to - 1] as Word).text === ')') {
    let k = to - 2
    while (k > phrase.from && (words[k] as Word).text !== '(' && to - k < 12) k--
    if (k > phrase.from && (words[k] as Word).text === '(') to = k
  }
  for (let k = phrase.from + 1; k < to; k++) {
    const word = words[k] as Word
    const lower = word.lower
    const next = words[k + 1]
    const after = words[k + 2]
    const timeNext = next !== undefined && k + 1 < to && TIME_WORDS.has(next.lower)
    const timeAfter = after !== undefined && k + 2 < to && TIME_WORDS.has(after.lower)
    // "Trending Today USA": a capitalised day word inside a run of capitals is part of a name.
    const inName = word.capitalized && next !== undefined && next.capitalized && k + 1 < to
    const adjunct =
      (DAY_WORDS.has(lower) && !inName) ||
      (!word.capitalized && NAME_ADJUNCT_STARTS.has(lower) && (timeNext || (next !== undefined && NAME_ADJUNCT_STARTS.has(next.lower) && timeAfter)))
    // "The Tax Policy Center at the Brookings Institution", "Dan Lee at the National Review": the name before "at".
    // Not a role noun capitalised only to open the sentence: "Analysts at Goldman Sachs", "Officials at the hospital" are where they work.
    const placed = (lower === 'at' || lower === 'from') && words[k - 1]?.capitalized === true && !TITLE_WORDS.has((words[k - 1] as Word).lower) && !ROLE_NOUNS.has((words[k - 1] as Word).lower) && next !== undefined && k + 1 < to && (next.capitalized || next.lower === 'the')
    if (placed) {
      to = k
      break
    }
    // A verb, unless it is itself a head noun ("a federal judge") or follows a preposition ("help of states").
    const prev = words[k - 1] as Word
    // Nor right after a possessive ("Connecticut’s tax commissioner").
    const possessed = /['\u2019]s$/.test(prev.lower)
    // "Mr. Obama scrutinized reports", "Kaine defended people accused of …": a past-tense verb right after the name.
    const pastAfterName = !word.capitalized && /^[a-z]{3,}ed$/.test(lower) && prev.capitalized && !TITLE_WORDS.has(prev.lower) && !DETERMINERS.has(prev.lower) && !NOT_NAMES.has(prev.lower) && !ANONYMOUS_MARKERS.has(lower) && !capitalFollows(words, k, to)
    // "other WikiLeaks emails combed through by Vox": a participle and its agent after a common noun modify it; the noun names the source.
    const passiveAfterNoun = !word.capitalized && /^[a-z]{3,}ed$/.test(lower) && prev.kind === 'word' && !prev.capitalized && !DETERMINERS.has(prev.lower) && !ANONYMOUS_MARKERS.has(lower) && agentFollows(words, k, to)
    const verb = !word.capitalized && !possessed && (lower.endsWith("n't") || pastAfterName || passiveAfterNoun || (isVerbOnly(lower) && !headFollows(words, k, to) && !TITLE_WORDS.has(lower) && !ROLE_PREPOSITIONS.has(prev.lower) && !DETERMINERS.has(prev.lower)))
    if (adjunct || verb) {
      to = k
      break
    }
  }
  // "The Gazette just", "Reyes also": an adverb left at the end.
  // Not an outlet's description: "The financial daily".
  while (to - 1 > phrase.from && !(words[to - 1] as Word).capitalized && !OUTLET_DESCRIPTION_HEADS.has((words[to - 1] as Word).lower) && (NAME_ADJUNCT_STARTS.has((words[to - 1] as Word).lower) || (/^[a-z]{3,}ly$/.test((words[to - 1] as Word).lower) && isLyAdverb(words, to - 1)))) to--
  return to > phrase.from && to < phrase.to ? {from: phrase.from, to} : phrase
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'Country', 'City', 'Region', 'Organization', 'SportsTeam', 'Demonym', 'Acronym', 'ProperNoun', 'WeekDay', 'Month'])
const COMMON_TAGS = new Set(['Adjective', 'Adverb', 'Gerund', 'PresentTense', 'PastTense', 'Infinitive', 'Verb', 'Plural', 'Singular', 'Noun', 'Comparative', 'Superlative', 'Conjunction', 'Preposition', 'Determiner', 'Participle'])

/** Per article: lower-case forms written in lower case, and those written capitalised inside a sentence. */
const vocabularies = new WeakMap<ArticleDocument, {lower: Set<string>; capitalized: Set<string>}>()

function vocabulary(doc: ArticleDocument): {lower: Set<string>; capitalized: Set<string>} {
  let vocab = vocabularies.get(doc)
  if (!vocab) {
    vocab = {lower: new Set(), capitalized: new Set()}
    doc.words.forEach((word, i) => {
      if (word.kind !== 'word') return
      if (!word.capitalized) vocab?.lower.add(word.lower)
      else if (!opensSentence(doc, i)) vocab?.capitalized.add(word.lower)
    })
    vocabularies.set(doc, vocab)
  }
  return vocab
}

/** Whether token `i` is the first word of its sentence (after any opening marks). */
function opensSentence(doc: ArticleDocument, i: number): boolean {
  const word = doc.words[i] as Word
  for (let k = i - 1; k >= 0 && i - k < 12; k--) {
    const before = doc.words[k] as Word
    if (before.sentence !== word.sentence) return true
    // "THE BORROWING Back when he wrote": a subhead run into its paragraph.
    if (before.kind === 'word' && !isShouted(doc, k)) return false
  }
  return true
}

/**
 * Whether token `i` is a word of a subhead in capitals ("QUESTIONABLE
 * MEDICAL CLAIMS —"): all capitals beside another word in all capitals, one
 * of them at least five letters long, so acronyms ("NBC", "U.S.") are not.
 *
 * @example
 * isShouted(doc, 0) // true for "QUESTIONABLE" in "QUESTIONABLE MEDICAL CLAIMS"
 */
export function isShouted(doc: ArticleDocument, i: number): boolean {
  const word = doc.words[i]
  if (!word || !allCapitals(word) || inSpeakerLabel(doc, i)) return false
  for (const k of [i - 1, i + 1]) {
    const other = doc.words[k]
    if (other && other.sentence === word.sentence && allCapitals(other) && (word.text.length >= 5 || other.text.length >= 5)) return true
  }
  return false
}

/** Most words a transcript label runs to ("SEN. JOHN SMITH"). */
const MAX_LABEL_WORDS = 4

/**
 * A speaker label at the start of a paragraph: one to four words in capitals
 * and a colon (`PENCE:`, `SEN. KAINE:`), the way transcripts mark turns.
 *
 * @example
 * transcriptLabel(doc, 0, doc.sentences[0].to) // {from: 0, to: 1} for "PENCE: Well, look."
 */
export function transcriptLabel(doc: ArticleDocument, first: number, to: number): Phrase | null {
  const words = doc.words
  while (first < to && (words[first] as Word).kind !== 'word') first++
  const opener = words[first]
  const paragraph = opener ? doc.paragraphs[opener.paragraph] : undefined
  if (!opener || !paragraph) return null
  // A turn opens its paragraph (only opening marks before it), or a sentence of a paragraph that opens with a turn
  // ("BLITZER: Senator, thanks for joining us. GRAHAM: Thanks for having me.", a transcript run on one line).
  if (!opensParagraph(doc, opener, paragraph.start) && !(doc.sentences[opener.sentence]?.from === first && nextTurn(doc, opener))) return null
  let k = first
  let count = 0
  while (k < to && count <= MAX_LABEL_WORDS) {
    const word = words[k] as Word
    if (word.text === ':') break
    if (word.kind === 'word') {
      if (!isLabelWord(word)) return null
      count++
    } else if (word.text !== '.') return null
    k++
  }
  if (count === 0 || count > MAX_LABEL_WORDS || k + 1 >= to || (words[k] as Word).text !== ':') return null
  return {from: first, to: k}
}

/** True when `opener` stands within three characters of its paragraph's start, only opening marks before it. */
function opensParagraph(doc: ArticleDocument, opener: Word, paragraphStart: number): boolean {
  if (opener.start - paragraphStart > 3) return false
  for (let i = paragraphStart; i < opener.start; i++) if (/[\p{L}\p{N}]/u.test(doc.text[i] as string)) return false
  return true
}

/** Per document, whether each paragraph (by index) opens with a transcript label: asked once per paragraph. */
const turnParagraphs = new WeakMap<ArticleDocument, Map<number, boolean>>()

/** True when the paragraph of `opener`, which opens a later sentence of it, itself opens with a transcript label. */
function nextTurn(doc: ArticleDocument, opener: Word): boolean {
  const known = cacheFor(turnParagraphs, doc)
  const cached = known.get(opener.paragraph)
  if (cached !== undefined) return cached
  // Marked before asking: the paragraph's first sentence is asked as an opener of its paragraph, never through here again.
  known.set(opener.paragraph, false)
  const paragraph = doc.paragraphs[opener.paragraph]
  const firstWord = paragraph ? doc.words[tokenAtOffset(doc, paragraph.start)] : undefined
  const sentence = firstWord ? doc.sentences[firstWord.sentence] : undefined
  const opens = sentence !== undefined && transcriptLabel(doc, sentence.from, sentence.to) !== null
  known.set(opener.paragraph, opens)
  return opens
}

/** A word in capitals, more than one letter ("PENCE", "SEN"). */
function isLabelWord(word: Word): boolean {
  return word.text.length > 1 && word.text === word.text.toUpperCase() && word.text !== word.text.toLowerCase()
}

/**
 * Whether token `i` is in a transcript's speaker label ({@link transcriptLabel})
 * that names a person: a first name first after any title ("MARGARET BRENNAN:
 * Will it pass?", "SEN. AMY KLOBUCHAR: …"). A label names a person; a subhead
 * in capitals ("QUESTIONABLE MEDICAL CLAIMS:") does not.
 */
function inSpeakerLabel(doc: ArticleDocument, i: number): boolean {
  const sentence = doc.sentences[(doc.words[i] as Word).sentence]
  const label = sentence ? transcriptLabel(doc, sentence.from, sentence.to) : null
  if (!label || i < label.from || i >= label.to) return false
  let k = label.from
  while (k < label.to && ((doc.words[k] as Word).kind !== 'word' || TITLE_WORDS.has((doc.words[k] as Word).lower.replace(/\.$/u, '')))) k++
  return k < label.to && isFirstName(doc.words[k])
}

function allCapitals(word: Word): boolean {
  return word.kind === 'word' && word.text.length >= 2 && /^[A-Z]+(['\u2019][A-Z]+)?$/.test(word.text)
}

/**
 * A common word that is capitalised only because it opens its sentence: it
 * is never capitalised inside a sentence of the article, and it is written in
 * lower case elsewhere or the lexicon knows it as a common word (never a
 * name), or it looks like a participle or an adverb ("Shifting", "Based").
 */
function isCommonOpener(doc: ArticleDocument, word: Word, index: number): boolean {
  if (doc.words[index] !== word || !opensSentence(doc, index)) return false
  const lower = stripPossessive(word.lower)
  const vocab = vocabulary(doc)
  if (vocab.capitalized.has(lower) || vocab.capitalized.has(word.lower)) return false
  const tags = wordTags(lower)
  if (tags.some((t) => NAME_TAGS.has(t))) return false
  if (vocab.lower.has(lower)) return true
  // "Stack said he did no work …", "Southwest said it …": a lone singular word before a verb of saying is a name; "Police said", "Officials say" are plural.
  if (loneBeforeSpeech(doc, index) && tags.every((t) => SURNAME_TAGS.has(t)) && !/[^s]s$/u.test(lower)) return false
  if (tags.some((t) => COMMON_TAGS.has(t))) return true
  return tags.length === 0 && /^[a-z]{4,}(ing|ed|ly)$/.test(lower) && !lyName(lower)
}

/**
 * Tags of common words that are surnames or firms' names too ("Stack", "Page",
 * "Young", "Southwest"): a singular noun or an adjective. Not a plural or mass
 * noun ("Police said"), a determiner ("Neither said") or a verb.
 */
const SURNAME_TAGS: ReadonlySet<string> = new Set(['Singular', 'Noun', 'Adjective', 'Comparative', 'Superlative'])

/** Whether the word at `index` stands alone right before a finite verb of saying ("Stack said"). */
function loneBeforeSpeech(doc: ArticleDocument, index: number): boolean {
  const next = doc.words[index + 1]
  return next !== undefined && next.kind === 'word' && next.quote < 0 && SPEECH_VERB_FORMS.has(next.lower)
}

/** A word in "-ly" with the ending of a name ("Connolly", "Kiely"): no adverb. */
function lyName(lower: string): boolean {
  return NAME_LY_ENDINGS.some((e) => lower.endsWith(e))
}

/** A preposition, conjunction, determiner or adverb by the lexicon, or one of the words that are never names. */
function isFunctionWord(word: Word): boolean {
  if (NOT_NAMES.has(word.lower)) return true
  const tags = wordTags(word.lower)
  return tags.length > 0 && tags.every((t) => t === 'Preposition' || t === 'Conjunction' || t === 'Determiner' || t === 'Adverb')
}

/**
 * Whether `rest` is a person's title, a first name and a surname that is
 * also an organisation noun: "Sgt. Nils Force", "Lt. Amy Guard" (a person,
 * not a force or a guard). The title words are capitalised; the first name
 * is known as one.
 */
function rankedSurname(rest: readonly Word[]): boolean {
  if (rest.length < 3) return false
  const first = rest[rest.length - 2] as Word
  const titles = rest.slice(0, -2)
  if (first.kind !== 'word' || !first.capitalized || TITLE_WORDS.has(first.lower) || !titles.every((w) => w.capitalized && TITLE_WORDS.has(w.lower) && !ORGANIZATION_NOUNS.has(w.lower))) return false
  // A rank or an honorific right before names a person whatever the first name ("Sgt. Nils Force"); another title wants a known first name.
  return PERSONAL_TITLES.has((titles[titles.length - 1] as Word).lower.replace(/\.$/u, '')) || isFirstName(first) || FIRST_NAME_GENDERS.has(first.lower)
}

function isFirstName(word: Word | undefined): boolean {
  return word !== undefined && wordTags(word.lower).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')
}

/** A word compromise's lexicon knows only as a finite verb ("weigh", "avoids"). */
function isVerbOnly(lower: string): boolean {
  const tags = wordTags(lower)
  if (tags.length === 0) return false
  const verb = tags.some((t) => t === 'PastTense' || t === 'PresentTense' || t === 'Infinitive')
  const other = tags.some((t) => t !== 'PastTense' && t !== 'PresentTense' && t !== 'Infinitive' && t !== 'Verb')
  return verb && !other
}

/** Function words that open or close no title ("and", "of", "his"). */
const TITLE_EDGE_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'of', 'for', 'to', 'at', 'in', 'on', 'with', 'by', 'from', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your'])

/**
 * The words of a title without function words at its ends: "Secretary of
 * State" stays, "and" and "of his" are no title, "and activist" is
 * "activist"; nor is a name coordinated before the one named ("Donald Trump
 * and" before "Hillary Clinton"), nor words without a title word, a role
 * or an owner ("De" before "Blasio", "set of").
 *
 * @example
 * titleCore(wordsOf('and activist')) // words of "activist"
 */
export function titleCore(words: readonly Word[]): readonly Word[] {
  let from = 0
  let to = words.length
  // "Donald Trump and [Hillary Clinton]", "Democrats and [Republicans]": a name before "and" is another one named, no title.
  for (let k = 1; k < to; k++) {
    const word = words[k] as Word
    const before = words[k - 1] as Word
    // "Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and [Robert Menendez]": after a party and state, too.
    if ((word.lower === 'and' || word.lower === 'or') && ((before.capitalized && !TITLE_WORDS.has(before.lower)) || before.text === ')')) from = k + 1
  }
  while (from < to && (TITLE_EDGE_WORDS.has((words[from] as Word).lower) || (words[from] as Word).kind !== 'word')) from++
  while (to > from && (TITLE_EDGE_WORDS.has((words[to - 1] as Word).lower) || (words[to - 1] as Word).kind !== 'word')) to--
  const core = words.slice(from, to)
  // "Charles G. and", "a set of", "De [Blasio]": a title holds a title word, a role or an owner ("Mr.", "activist", "NBC’s").
  return core.some((w) => (TITLE_WORDS.has(w.lower) && !TITLE_EDGE_WORDS.has(w.lower)) || ROLE_NOUNS.has(w.lower) || /['\u2019]s$/u.test(w.lower)) ? core : []
}

/** Whether "by" comes later in `[from, to)`, a passive's agent ("combed through by Vox"). */
function agentFollows(words: Word[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if ((words[k] as Word).lower === 'by') return true
  return false
}

/** Whether a capitalised word comes later in `[from, to)` ("Politifact seized on Trump’s"). */
function capitalFollows(words: Word[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if ((words[k] as Word).capitalized) return true
  return false
}

/** Whether a role or organisation noun comes later in `[from, to)` ("Human rights groups"). */
function headFollows(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const lower = (words[k] as Word).lower
    const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower
    if (ROLE_NOUNS.has(lower) || ROLE_NOUNS.has(singular) || ORGANIZATION_NOUNS.has(lower) || ORGANIZATION_NOUNS.has(singular)) return true
  }
  return false
}

function roleMention(
  doc: ArticleDocument,
  base: {phrase: Phrase; span: Span},
  rest: Word[],
  r: number,
  determiner: string | undefined,
  lowerWords: string[],
  names: NameLexicon
): Mention {
  const role = rest[r] as Word
  const head = role.lower
  const name = doc.text.slice((rest[0] as Word).start, (rest[rest.length - 1] as Word).end)
  const anonymousMarker = lowerWords.some((w) => ANONYMOUS_MARKERS.has(w))
  const plural = head.endsWith('s') && !head.endsWith('ss')
  const principal = rest.slice(r + 1).some((w) => w.capitalized)
  let type: Mention['type']
  if (DOCUMENT_NOUNS.has(head)) type = 'document'
  else if (ORGANIZATION_NOUNS.has(head)) type = 'organization'
  // "the president of France" is one person; "a spokesperson for the Metropolitan Police" one of several, unnamed.
  else if (anonymousMarker || plural || determiner === undefined || PLURAL_DETERMINERS.has(determiner)) type = principal && !anonymousMarker && !plural && PERSON_TITLE_NOUNS.has(head) ? 'person' : 'anonymous'
  else type = 'person'
  // "the spokesperson", "the US secretary of state": resolve to someone named earlier.
  const definite = determiner === 'the' || determiner === 'his' || determiner === 'her' || determiner === 'its' || determiner === 'their'
  const kind = definite && !anonymousMarker ? 'description' : 'role'
  const ownerName = r > 0 ? rest.slice(0, r).filter((w) => w.capitalized) : []
  const owner = ownerName.length > 0 ? names.outlet(ownerName.map((w) => w.text).join(' ')) : undefined
  const gender = head === 'spokesman' ? 'male' : head === 'spokeswoman' ? 'female' : undefined
  const mention = mentionOf(base, kind, stripPossessive(name), owner && type === 'person' ? 'outlet' : type, head, lowerWords)
  if (owner) mention.owner = owner
  if (gender) mention.gender = gender
  return mention
}

/** Prepositions between a document and its maker ("an ad from the campaign", "a study by Harvard researchers"). */
const MAKER_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'by'])

/** Determiners before one unnamed member of a group ("one senior Tory", "a Democrat", "another Republican"). */
const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another'])

/** One member of a party or people: the singular of a group name ("Tory" of "Tories", "Democrat") or a demonym ("Russian"). */
function isGroupMember(word: Word): boolean {
  const folded = fold(stripPossessive(word.lower))
  return GROUP_MEMBERS.has(folded) || (!folded.endsWith('s') && wordTags(folded).includes('Demonym'))
}

/**
 * The index of a plural group name in `rest` that a locating preposition and
 * a capitalised word follow ("Democrats on Capitol Hill"), or -1.
 */
function placedGroup(rest: readonly Word[], determiner: string | undefined): number {
  for (let k = 0; k + 2 < rest.length; k++) {
    const word = rest[k] as Word
    if (!word.capitalized || !PLACING_PREPOSITIONS.has((rest[k + 1] as Word).lower) || !(rest[k + 2] as Word).capitalized) continue
    if (collectiveName([word], word.text, undefined, determiner) === 'plural' && word.lower.endsWith('s')) return k
  }
  return -1
}

/** Businesses named in the possessive, by their folded lower-case name. */
const POSSESSIVE_NAMED: ReadonlyMap<string, string> = new Map(POSSESSIVE_NAMES.map((name) => [lowerFolded(name), name]))

const PLACES: ReadonlySet<string> = new Set([...COUNTRIES, ...STATES, ...CITIES, ...REGIONS].map(fold))
const GROUPS: ReadonlySet<string> = new Set(GROUP_NAMES.map(fold))
const GROUP_MEMBERS: ReadonlySet<string> = new Set([...GROUPS].filter((g) => !g.includes(' ') && g.endsWith('s')).map((g) => (g.endsWith('ies') ? g.slice(0, -3) + 'y' : g.slice(0, -1))))

/**
 * Whether a name run names a place ("Virginia", "the United States",
 * "Orange County", "the city of Phoenix") or a group of people ("Democrats",
 * "Russians", "the Chinese") rather than one person. A personal title before
 * the run ("Rep. Jordan") keeps it a person.
 *
 * @example
 * collectiveName(run, 'Marshall Islands', undefined, 'the') // 'place'
 */
export function collectiveName(run: Word[], name: string, title: string | undefined, determiner: string | undefined): 'place' | 'plural' | undefined {
  const folded = fold(name)
  // A personal title ends in a title word ("Rep.", "Massachusetts Sen."), not in "of", "and" or a possessive.
  const titleLast = title?.trim().split(/\s+/).pop()?.toLowerCase() ?? ''
  const personal = title !== undefined && TITLE_WORDS.has(titleLast) && titleLast !== 'of' && titleLast !== 'and'
  const last = run[run.length - 1]
  if (!last) return undefined
  if (GROUPS.has(folded)) return 'plural'
  if (run.length === 1) {
    const tags = wordTags(folded)
    // "Russians", "Americans"; "the Chinese", "the British".
    if (tags.includes('Demonym') && (folded.endsWith('s') || determiner === 'the')) return 'plural'
  }
  // "Russians", "African Americans", "African-Americans", "Senate Democrats".
  const tail = folded.split(/[\s-]+/).pop() ?? ''
  if (tail.endsWith('s') && (GROUPS.has(tail) || wordTags(tail.slice(0, -1)).includes('Demonym'))) return 'plural'
  if (personal) return undefined
  if (isPlace(run)) return 'place'
  // "The Houthis", "the Beatles": one capitalised plural after "the" names a group, unless its singular is a person's name ("the Clintons").
  if (run.length === 1 && determiner === 'the' && title === undefined && isPluralName(last)) return 'plural'
  return undefined
}

/** A capitalised word in "-s" (not "-ss", "-us") that compromise knows as no person's name, nor its singular ("Davis", "the Clintons"). */
function isPluralName(word: Word): boolean {
  const lower = fold(word.lower)
  if (!word.capitalized || !/^\p{L}+s$/u.test(lower) || /(ss|us)$/.test(lower)) return false
  const singular = lower.endsWith('ies') ? lower.slice(0, -3) + 'y' : lower.slice(0, -1)
  return !isPersonName(lower) && !isPersonName(singular)
}

/** Whether compromise knows a lower-case word as a person's name. */
function isPersonName(lower: string): boolean {
  return wordTags(lower).some((tag) => tag === 'Person' || tag === 'FirstName' || tag === 'LastName' || tag === 'MaleName' || tag === 'FemaleName')
}

const LOCATING_PREPOSITIONS = new Set(['in', 'from', 'across', 'throughout'])

/**
 * The head of a common noun placed by a preposition before a place ("polls"
 * in "Recent polls in Pennsylvania and"), if the words before a place name
 * are one.
 *
 * @example
 * locatedHead(wordsOf('Recent polls in Pennsylvania and')) // 'polls'
 */
export function locatedHead(before: readonly Word[]): string | undefined {
  for (let k = 1; k < before.length; k++) {
    if (!LOCATING_PREPOSITIONS.has((before[k] as Word).lower)) continue
    const noun = before[k - 1] as Word
    if (noun.capitalized || TITLE_WORDS.has(noun.lower) || DETERMINERS.has(noun.lower) || !/^\p{L}+$/u.test(noun.lower)) return undefined
    return noun.lower
  }
  return undefined
}

/** Whether words name a place ("West Virginia", "Orange County"). */
function isPlace(run: readonly Word[]): boolean {
  const last = run[run.length - 1]
  if (!last || !run.every((w) => w.capitalized || w.lower === 'of' || w.lower === 'and')) return false
  if (PLACES.has(fold(run.map((w) => w.text).join(' ')))) return true
  // "North Florida", "Northern Virginia".
  if (run.length > 1 && PLACE_PREFIXES.has((run[0] as Word).lower)) return isPlace(run.slice(1))
  return run.length > 1 && PLACE_SUFFIXES.has(stripPossessive(last.lower))
}

/**
 * A name with a place after "of" ("Gov. Earl Ray Tomblin of West Virginia",
 * "Senator Mitch McConnell of Kentucky") without the place; "University of
 * Virginia" and "State of Ohio" keep it.
 *
 * @example
 * withoutPlaceOf(wordsOf('Gov. Earl Ray Tomblin of West Virginia')) // words of "Gov. Earl Ray Tomblin"
 */
/**
 * Where a person's full name ends when it stands before "of" and a
 * capitalised body ("Tom Smith of Acme", "Investigator Omar Pruitt of the
 * Dayton Police Department", "Nadia Ferro of Friends of the Marsh"): two
 * capitalised words or more, the first a given name, none a title word,
 * an organisation noun or a possessive; 0 when there is none.
 *
 * @example
 * personBeforeOf(wordsOf('Tom Smith of Acme')) // 2
 */
function personBeforeOf(rest: readonly Word[]): number {
  for (let k = 2; k < rest.length - 1; k++) {
    const of = rest[k] as Word
    if (of.lower !== 'of' || of.capitalized) continue
    let j = k
    while (j > 0) {
      const word = rest[j - 1] as Word
      if (word.kind !== 'word' || !word.capitalized || TITLE_WORDS.has(word.lower) || ORGANIZATION_NOUNS.has(word.lower) || BUSINESS_NAME_TAILS.has(word.lower) || /['\u2019]s$/u.test(word.lower)) break
      j--
    }
    if (k - j < 2 || !(isFirstName(rest[j]) || FIRST_NAME_GENDERS.has((rest[j] as Word).lower))) return 0
    let body = k + 1
    if ((rest[body] as Word).lower === 'the' && body + 1 < rest.length) body++
    return (rest[body] as Word).capitalized && (rest[body] as Word).kind === 'word' ? k : 0
  }
  return 0
}

export function withoutPlaceOf(rest: Word[]): Word[] {
  for (let k = rest.length - 2; k >= 1; k--) {
    if ((rest[k] as Word).lower !== 'of') continue
    const before = rest[k - 1] as Word
    if (!before.capitalized || TITLE_WORDS.has(before.lower) || ORGANIZATION_NOUNS.has(before.lower) || PLACE_SUFFIXES.has(before.lower)) return rest
    return isPlace(rest.slice(k + 1)) && !isPlace([before]) ? rest.slice(0, k) : rest
  }
  return rest
}

function nameType(run: Word[], title: string | undefined, label: boolean): SpeakerType {
  if (title) return titledType(title)
  if (run.length === 1) {
    const tags = wordTags(stripPossessive((run[0] as Word).lower))
    if (tags.includes('Organization') || tags.includes('SportsTeam')) return 'organization'
    if (tags.includes('Country') || tags.includes('City') || tags.includes('Region') || tags.includes('Place')) return 'organization'
    // "NOAA said", "the NTSB": an all-capital name is an acronym, not a person ("AOC" and other people known by initials aside).
    if (!label && isAcronym(run[0] as Word)) return 'organization'
    // "PeopleSoft said", "WorldCom", "GlaxoSmithKline": a capital inside one word is a firm's, not a surname's ("McCain", "DeSantis").
    if (innerCapital(stripPossessive((run[0] as Word).text))) return 'organization'
  }
  return 'person'
}

/**
 * Does a capital follow a lower-case letter inside the word ("PeopleSoft",
 * "BellSouth"), past the prefixes of surnames that carry one ("McCain",
 * "MacArthur", "DeSantis", "LaHood", "DiCaprio", "VanDyke")?
 */
function innerCapital(text: string): boolean {
  if (!/^[A-Z][a-z]+[A-Z][A-Za-z]*$/u.test(text)) return false
  const prefix = /^[A-Z][a-z]+/u.exec(text)?.[0] ?? ''
  return !SURNAME_PREFIXES.has(prefix.toLowerCase())
}

/** A title word that is an acronym written otherwise than in capitals ("Un" in "Kim Jong Un"): a name's, no title. */
function acronymInLowerCase(word: Word): boolean {
  return ACRONYM_TITLE_WORDS.has(word.lower) && word.text !== word.text.toUpperCase()
}

/** Outlet description heads that also name other bodies ("the intelligence agency Mossad"): an outlet only after "news", "wire" … ("news agency"). */
const SHARED_OUTLET_HEADS: ReadonlySet<string> = new Set(['agency', 'network', 'channel', 'station', 'site', 'report', 'wire', 'outlet', 'service'])

/** Words before a shared head that make it a news outlet's ("state news agency", "television network"). */
const NEWS_MODIFIERS: ReadonlySet<string> = new Set(['news', 'wire', 'media', 'television', 'tv', 'cable', 'broadcast', 'radio'])

/**
 * The type of a name by the title before it: a title whose head is an outlet
 * description names an outlet ("the Iranian state news agency IRNA", "the
 * broadcaster NHK"), one whose head is an organisation noun an organisation
 * ("the intelligence agency Mossad"); any other title a person.
 */
function titledType(title: string): SpeakerType {
  const words = title.toLowerCase().split(/\s+/u)
  const head = stripPossessive(words[words.length - 1] ?? '')
  const before = words[words.length - 2] ?? ''
  if (OUTLET_DESCRIPTION_HEADS.has(head) && (!SHARED_OUTLET_HEADS.has(head) || NEWS_MODIFIERS.has(before))) return 'outlet'
  if (ORGANIZATION_NOUNS.has(head)) return 'organization'
  return 'person'
}

/**
 * The type a lower-case kind noun right before a name gives it: an outlet's
 * ("the newspaper Okaz", "the Saudi daily Okaz", "the news agency Tanjug")
 * or an organisation's ("the company Acme"); undefined for any other word.
 */
function kindBefore(named: readonly Word[], start: number): SpeakerType | undefined {
  const noun = named[start - 1]
  if (noun === undefined || noun.kind !== 'word' || noun.capitalized) return undefined
  const type = titledType(`${named[start - 2]?.lower ?? ''} ${noun.lower}`.trim())
  return type === 'person' ? undefined : type
}

/** Whether `text` holds `shouted` ("HALE") written in title case ("Hale") as a whole word. */
function writtenTitleCase(text: string, shouted: string): boolean {
  if (shouted.length < 2 || shouted !== shouted.toUpperCase()) return false
  const titled = shouted.charAt(0) + shouted.slice(1).toLowerCase()
  for (let at = text.indexOf(titled); at >= 0; at = text.indexOf(titled, at + 1)) {
    if (!/\p{L}/u.test(text.charAt(at - 1)) && !/\p{L}/u.test(text.charAt(at + titled.length))) return true
  }
  return false
}

/** People known by their initials, folded. */
const INITIALS: ReadonlySet<string> = new Set(PERSON_INITIALS.map((name) => name.toLowerCase()))

/** An all-capital word of two or more letters, digits allowed ("NOAA", "3M", "NTSB's"), that names no one by initials. */
function isAcronym(word: Word): boolean {
  const text = stripPossessive(word.text)
  return /^[A-Z0-9&]{2,}$/.test(text) && /[A-Z].*[A-Z]|[A-Z]\d|\d[A-Z]/.test(text) && !INITIALS.has(text.toLowerCase())
}

function genderOf(firstName: string, titleWords: string[]): 'male' | 'female' | undefined {
  if (titleWords.some((w) => w === 'mr.' || w === 'mr' || w === 'spokesman' || w === 'congressman' || w === 'king' || w === 'prince')) return 'male'
  if (titleWords.some((w) => w === 'mrs.' || w === 'mrs' || w === 'ms.' || w === 'ms' || w === 'spokeswoman' || w === 'congresswoman' || w === 'queen' || w === 'princess')) return 'female'
  const known = FIRST_NAME_GENDERS.get(firstName)
  if (known) return known
  const tags = wordTags(firstName)
  if (tags.includes('MaleName')) return 'male'
  if (tags.includes('FemaleName')) return 'female'
  return undefined
}

/** "Rubio's" -> "Rubio". */
export function stripPossessive(name: string): string {
  return name.replace(/['\u2019]s$|['\u2019]$/i, '')
}

/**
 * "the Flint Journal", "the Providence Journal": "the", one capitalised word
 * that is no adjective by its ending and a masthead word that is also an
 * organisation noun. Not "the British Medical Journal", "the Medical Journal".
 */
function townMasthead(rest: readonly Word[], determiner: string | undefined): boolean {
  if (determiner !== 'the' || rest.length !== 2) return false
  const town = rest[0] as Word
  return town.capitalized && isMasthead(rest[1] as Word) && !ADJECTIVE_ENDINGS.some((ending) => town.lower.endsWith(ending))
}

/** Endings of adjectives that open a journal's name ("Medical", "Economic", "American", "British"). */
const ADJECTIVE_ENDINGS: readonly string[] = ['al', 'ic', 'an', 'ish', 'ese']

/**
 * The index of a capitalised title word that ends the run at `end` and is a
 * surname: after an honorific ("Mr. King") or a first name ("Larry King",
 * "Stephen Major"); -1 otherwise.
 */
function titledSurname(named: readonly Word[], end: number): number {
  const last = named[end - 1]
  const before = named[end - 2]
  if (!last || !before || !last.capitalized || !TITLE_WORDS.has(last.lower)) return -1
  if (HONORIFICS.has(before.lower)) return end - 1
  const tags = wordTags(before.lower)
  return before.capitalized && !TITLE_WORDS.has(before.lower) && (FIRST_NAME_GENDERS.has(before.lower) || tags.includes('FirstName') || tags.includes('MaleName') || tags.includes('FemaleName')) ? end - 1 : -1
}

/** Whether a word is a newspaper's masthead word ("Post", "Times", "Post’s", the "Gazette" of "Democrat-Gazette"). */
function isMasthead(word: Word): boolean {
  const lower = stripPossessive(word.lower)
  return MASTHEAD_WORDS.has(lower.slice(lower.lastIndexOf('-') + 1))
}

/**
 * True when the word is a head, a hyphen and a lower-case tail of three
 * letters or more ending as in {@link MODIFIER_TAIL_ENDINGS} ("Oscar-winning",
 * "Bluetooth-equipped", "Portland-based", "Saudi-led"): an adjective before
 * its noun, not a name.
 *
 * @example
 * hyphenatedModifier(word) // true for "Portland-based", false for "Mei-ling"
 */
export function hyphenatedModifier(word: Word): boolean {
  const text = stripPossessive(word.text)
  const hyphen = text.lastIndexOf('-')
  if (hyphen <= 0) return false
  const tail = text.slice(hyphen + 1)
  return tail.length >= 3 && /^[a-z]+$/u.test(tail) && MODIFIER_TAIL_ENDINGS.some((ending) => tail.endsWith(ending))
}
