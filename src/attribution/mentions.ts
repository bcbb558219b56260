import type {Span, SpeakerType} from '../types.js'
import {ANONYMOUS_MARKERS, DOCUMENT_NOUNS, ORGANIZATION_NOUNS, ROLE_NOUNS, TITLE_WORDS} from '../lexicons/roles.js'
import {OUTLET_DESCRIPTIONS} from '../lexicons/outlets.js'
import {DETERMINERS, NOT_NAMES, PRONOUNS, ROLE_PREPOSITIONS} from '../lexicons/words.js'
import type {ArticleDocument, Word} from './document.js'
import type {NameLexicon} from './lexicon.js'
import {wordTags} from './lexicon.js'
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
  /** Words of a description, lower case, without the article. */
  words: string[]
}

const PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'bin', 'al', 'la', 'le', 'del', 'di', 'du', 'ibn', 'st.'])
const SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv'])
const PLURAL_DETERMINERS = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'some', 'many', 'another', 'other', 'most'])

/**
 * Read a speaker phrase: a pronoun, a name with its title, a role ("a
 * spokesperson for U.K. Prime Minister Keir Starmer" is the spokesperson, not
 * Starmer), or a description to resolve ("the US secretary of state").
 *
 * @example
 * analyzeMention(doc, {from, to}, names).name // 'Marco Rubio' for "US Secretary of State Marco Rubio"
 */
export function analyzeMention(doc: ArticleDocument, phrase: Phrase, names: NameLexicon): Mention {
  const words = doc.words.slice(phrase.from, phrase.to)
  const first = words[0] as Word
  const lastWord = words[words.length - 1] as Word
  const span = {start: first.start, end: lastWord.end, text: doc.text.slice(first.start, lastWord.end)}
  const base = {phrase, span}

  if (words.length === 1 && PRONOUNS.has(first.lower)) {
    const info = PRONOUNS.get(first.lower)
    const gender = info?.gender === 'male' || info?.gender === 'female' ? info.gender : undefined
    return {...base, kind: 'pronoun', name: first.text, type: 'unknown', head: first.lower, words: [first.lower], ...(gender ? {gender} : {})}
  }

  const determiner = DETERMINERS.has(first.lower) && !first.capitalized ? first.lower : first.lower === 'the' || first.lower === 'a' || first.lower === 'an' ? first.lower : undefined
  const rest = determiner ? words.slice(1) : words
  if (rest.length === 0) return {...base, kind: 'description', name: span.text, type: 'unknown', head: first.lower, words: [first.lower]}
  const restText = doc.text.slice((rest[0] as Word).start, lastWord.end)
  const lowerWords = rest.map((w) => w.lower)

  // Known outlets and organisations by their whole name.
  const outlet = names.outlet(restText)
  if (outlet) return {...base, kind: 'name', name: outlet, type: 'outlet', head: outlet.toLowerCase(), words: lowerWords}
  const organization = names.organization(restText)
  if (organization) return {...base, kind: 'name', name: organization, type: 'organization', head: organization.toLowerCase(), words: lowerWords}

  // A role head: "spokesperson for ...", "official involved in ...", "sources".
  for (let r = 0; r < rest.length; r++) {
    const word = rest[r] as Word
    if (word.capitalized || !ROLE_NOUNS.has(word.lower)) continue
    const next = rest[r + 1]
    if (next && !ROLE_PREPOSITIONS.has(next.lower)) continue
    return roleMention(doc, base, rest, r, determiner, lowerWords, names)
  }

  // An organisation named by a capitalised run ending in an organisation noun.
  if (lastWord.capitalized && ORGANIZATION_NOUNS.has(lastWord.lower)) {
    let k = rest.length - 1
    while (k > 0 && ((rest[k - 1] as Word).capitalized || (rest[k - 1] as Word).lower === 'of')) k--
    const name = doc.text.slice((rest[k] as Word).start, lastWord.end)
    return {...base, kind: 'name', name: stripPossessive(name), type: 'organization', head: lastWord.lower, words: lowerWords}
  }

  // A name: the last run of capitalised words that are not title words.
  let end = rest.length
  while (end > 0 && SUFFIXES.has((rest[end - 1] as Word).lower)) end--
  let start = end
  while (start > 0) {
    const word = rest[start - 1] as Word
    const inside = start < end
    if (word.capitalized && !TITLE_WORDS.has(word.lower)) start--
    else if (inside && PARTICLES.has(word.lower)) start--
    else break
  }
  while (start < end && PARTICLES.has((rest[start] as Word).lower)) start++
  // A lone day, month or sentence adverb is no name ("Monday", "Recently").
  const lone = end - start === 1 ? (rest[start] as Word).lower : ''
  if (lone !== '' && (NOT_NAMES.has(lone) || (lone.endsWith('ly') && lone.length > 4))) start = end
  if (start < end) {
    const runFirst = rest[start] as Word
    const runLast = rest[rest.length - 1] as Word
    const name = stripPossessive(doc.text.slice(runFirst.start, runLast.end))
    const titleWords = rest.slice(0, start)
    const title = titleWords.length > 0 ? doc.text.slice((titleWords[0] as Word).start, (titleWords[titleWords.length - 1] as Word).end) : undefined
    const runOutlet = names.outlet(name)
    if (runOutlet) return {...base, kind: 'name', name: runOutlet, type: 'outlet', head: runOutlet.toLowerCase(), words: lowerWords}
    const runOrganization = names.organization(name)
    if (runOrganization) return {...base, kind: 'name', name: runOrganization, type: 'organization', head: runOrganization.toLowerCase(), words: lowerWords}
    const keyWord = rest[end - 1] as Word
    const head = stripPossessive(keyWord.lower)
    const type = nameType(rest.slice(start, end), title)
    const gender = genderOf(runFirst.lower, titleWords.map((w) => w.lower))
    return {
      ...base,
      kind: 'name',
      name,
      type,
      head,
      words: lowerWords,
      ...(title ? {title} : {}),
      ...(gender ? {gender} : {})
    }
  }

  // Title words only: "the president", "the financial daily", "Secretary of State".
  const head = stripPossessive((rest[rest.length - 1] as Word).lower)
  const folded = lowerWords.join(' ')
  const isOutlet = OUTLET_DESCRIPTIONS.includes(folded) || OUTLET_DESCRIPTIONS.includes(head)
  return {...base, kind: 'description', name: restText, type: isOutlet ? 'outlet' : 'person', head, words: lowerWords}
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
  else if (anonymousMarker || plural || determiner === undefined || PLURAL_DETERMINERS.has(determiner)) type = principal && !anonymousMarker && !plural ? 'person' : 'anonymous'
  else type = 'person'
  // "the spokesperson", "the US secretary of state": resolve to someone named earlier.
  const definite = determiner === 'the' || determiner === 'his' || determiner === 'her' || determiner === 'its' || determiner === 'their'
  const kind = definite && !anonymousMarker ? 'description' : 'role'
  const ownerName = r > 0 ? rest.slice(0, r).filter((w) => w.capitalized) : []
  const owner = ownerName.length > 0 ? names.outlet(ownerName.map((w) => w.text).join(' ')) : undefined
  const gender = head === 'spokesman' ? 'male' : head === 'spokeswoman' ? 'female' : undefined
  return {
    ...base,
    kind,
    name: stripPossessive(name),
    type: owner && type === 'person' ? 'outlet' : type,
    head,
    words: lowerWords,
    ...(gender ? {gender} : {})
  }
}

function nameType(run: Word[], title: string | undefined): SpeakerType {
  if (title) return 'person'
  if (run.length === 1) {
    const tags = wordTags(stripPossessive((run[0] as Word).lower))
    if (tags.includes('Organization') || tags.includes('SportsTeam')) return 'organization'
    if (tags.includes('Country') || tags.includes('City') || tags.includes('Region') || tags.includes('Place')) return 'organization'
  }
  return 'person'
}

function genderOf(firstName: string, titleWords: string[]): 'male' | 'female' | undefined {
  if (titleWords.some((w) => w === 'mr.' || w === 'mr' || w === 'spokesman' || w === 'congressman' || w === 'king' || w === 'prince')) return 'male'
  if (titleWords.some((w) => w === 'mrs.' || w === 'mrs' || w === 'ms.' || w === 'ms' || w === 'spokeswoman' || w === 'congresswoman' || w === 'queen' || w === 'princess')) return 'female'
  const tags = wordTags(firstName)
  if (tags.includes('MaleName')) return 'male'
  if (tags.includes('FemaleName')) return 'female'
  return undefined
}

/** "Rubio's" -> "Rubio". */
export function stripPossessive(name: string): string {
  return name.replace(/['\u2019]s$|['\u2019]$/i, '')
}
