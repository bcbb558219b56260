import type {Span, SpeakerType} from '../types.js'
import {DETERMINERS, isPartyTag, NOT_NAMES, PARTY_INITIALS, PLURAL_COLLECTIVES} from '../lexicons/words.js'
import {SENTENCE_STOPS} from '../lexicons/marks.js'
import {COMPANY_NOUNS, COMPANY_SUFFIXES, DESCRIBED_PEOPLE, DOCUMENT_NOUNS, GENDERED_WORDS, PERSON_ROLE_NOUNS, PERSON_TITLE_NOUNS, ROLE_NOUNS, TITLE_ABBREVIATIONS, TITLE_WORDS} from '../lexicons/roles.js'
import {OUTLET_DESCRIPTIONS} from '../lexicons/outlets.js'
import {CLOSING_REPORT_VERBS} from '../lexicons/cues.js'
import type {ArticleDocument, Word} from './document.js'
import type {NameLexicon} from './lexicon.js'
import {wordTags} from './lexicon.js'
import {analyzeMention, isOrganizationConnector} from './mentions.js'
import type {Mention} from './mentions.js'
import {isNameParticle, isPhraseWord, roleWithObject} from './phrases.js'
import {ownEntry} from '../lexicons/lookup.js'
import {GivenNameIndex, TailIndex, WordIndex, firstOfBoth, splitName} from './entity-lookup.js'

/** One real-world speaker or source within an article. */
export interface Entity {
  id: number
  /** Canonical: the fullest form the article gives ("Marco Rubio"). */
  name: string
  type: SpeakerType | 'document'
  title?: string
  gender?: 'male' | 'female'
  /** It names a place ("Virginia", "the United States"): never "he" or "she". */
  place?: boolean
  /** It names a group of people ("Democrats", "Russians"): "they", never "he", "she" or "it". */
  plural?: boolean
  /** Surname of a person, folded name of an organisation, head of a role. */
  key: string
  kind: 'name' | 'role'
  /** Every mention resolved to it (in the order they were found; sort by `start` for text order). */
  mentions: Span[]
  /** Lower-case words of its title or role phrase, for matching descriptions. */
  words: string[]
}

interface Sighting {
  token: number
  sentence: number
  entity: Entity
}

/** How many sentences back "the agency", "the ministry" looks for the body it stands for. */
const BODY_LOOKBACK_SENTENCES = 6

/** How many sentences back a description ("the outlet", "the spokesperson") looks for what it stands for. */
const LOOKBACK_SENTENCES = 60

/** Short words a title-case headline leaves in lower case. */
const HEADLINE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'as', 'vs', 'vs.', 'from', 'into', 'over'])

/** Prepositions whose object is seldom what a later pronoun in the sentence stands for ("Campaigning against Mitt Romney, he …"). */
const PREPOSITIONS = new Set(['against', 'with', 'of', 'to', 'for', 'from', 'by', 'about', 'at', 'in', 'on', 'like', 'than', 'toward', 'towards', 'into', 'over', 'under', 'after', 'before', 'beside', 'between', 'among', 'behind', 'unlike', 'without'])

const NATIONALITY = new Set(['us', 'u.s.', 'uk', 'u.k.', 'british', 'american', 'russian', 'ukrainian', 'french', 'german', 'the', 'a', 'an'])

/** A party-and-state code in parentheses at token `i`: "(D-N.Y.)", "(R-Tex)", "(I-Vt.)". */
function partyAndState(words: readonly Word[], i: number): boolean {
  const word = words[i] as Word
  return words[i - 1]?.text === '(' && words[i + 1]?.text === ')' && PARTY_INITIALS.has(word.text.slice(0, 2)) && word.text.length > 2
}

/** Participles that cite a source before the name they go with ("Citing two sources, Reuters …"). */
const CITING_WORDS: ReadonlySet<string> = new Set(['citing', 'quoting'])

/** Indefinite articles: a name after one names a thing ("a Daytime Emmy"), not a person. */
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an'])

/**
 * The people, organisations and outlets of an article, so that "Rubio",
 * "He" and "The US secretary of state" all come to "Marco Rubio".
 */
export class EntityIndex {
  readonly entities: Entity[] = []
  private readonly byKey = new Map<string, KeyEntry>()
  /** The key entries each entity is filed under (one, or two once a first name meets its surname). */
  private readonly entriesOf = new Map<Entity, KeyEntry[]>()
  /** Named outlets by the words their names end with. */
  private readonly tails = new TailIndex((e) => e.id)
  /** Persons named in full, by their first word in lower case. */
  private readonly fullByFirst = new Map<string, Set<Entity>>()
  /** Entities by the words of their title or role, for descriptions not seen nearby. */
  private readonly described = new WordIndex((e) => e.id)
  private readonly sightings: Sighting[] = []
  /** Sightings per sentence, and which (token, entity) pairs are known. */
  private readonly bySentence = new Map<number, Sighting[]>()
  /** Per entity, the tokens it was sighted at. */
  private readonly seen = new Map<Entity, Set<number>>()
  private readonly mentionStarts = new Map<Entity, Map<number, Span>>()
  private sorted = true
  /** Speakers settled per sentence, preferred when a pronoun looks back. */
  private readonly speakers = new Map<number, Entity>()
  private readonly headlines = new Map<number, boolean>()
  /** Entities an attribution went to. */
  private readonly spoke = new Set<Entity>()
  /** What the pronoun opening a sentence stood for, by its token (see `chainedPronoun`). */
  private readonly chained = new Map<number, Entity | null>()
  private chainDepth = 0

  constructor(private readonly doc: ArticleDocument, private readonly names: NameLexicon) {}

  /**
   * Read every capitalised name in the article (outside quotes) once, so a
   * surname early on resolves to the full name given later.
   */
  scanNames(): void {
    const words = this.doc.words
    let i = 0
    while (i < words.length) {
      const word = words[i] as Word
      // "(D-N.Y.)", "(R-Tex)": a party and state after a lawmaker's name names no one.
      if (!isPhraseWord(word) || !this.startsName(i) || this.isHeadline(word.sentence) || partyAndState(words, i)) {
        i++
        continue
      }
      let end = i
      while (end < words.length && (isPhraseWord(words[end]) || isNameParticle(words, end) || isOrganizationConnector(words, end)) && (words[end] as Word).sentence === word.sentence) {
        // "Marco Rubio and special envoy Steve Witkoff" are two people.
        const current = words[end] as Word
        const prev = words[end - 1] as Word | undefined
        if (end > i && current.lower === 'and' && prev && prev.capitalized && !TITLE_WORDS.has(prev.lower)) break
        end++
      }
      let from = i
      while (from < end && (words[from] as Word).capitalized && NOT_NAMES.has((words[from] as Word).lower)) from++
      if (from < end && words.slice(from, end).some((w) => w.capitalized && !TITLE_WORDS.has(w.lower))) {
        const mention = analyzeMention(this.doc, {from, to: end}, this.names)
        // "a Financial Times report": the outlet owns the report.
        if (mention.kind !== 'name') {
          let k = from
          while (k < end && !(words[k] as Word).capitalized) k++
          let stop = k
          while (stop < end && (words[stop] as Word).capitalized) stop++
          if (stop > k && stop < end) {
            const owner = analyzeMention(this.doc, {from: k, to: stop}, this.names)
            const possessive = /'s$|s'$/.test((words[stop - 1] as Word).lower)
            if (owner.kind === 'name' && (owner.type === 'outlet' || possessive)) this.register(owner, k)
          }
        }
        // "the Federal mine", "a Gallup poll": a name that modifies the noun after it names no one here.
        // "won a Daytime Emmy", "a Pulitzer": a thing, not a person; no one is "a Smith" (one member of a group is read apart).
        const indefinite = from > 0 && INDEFINITE_ARTICLES.has((words[from - 1] as Word).lower) && (words[from - 1] as Word).sentence === word.sentence
        if (mention.kind === 'name' && mention.type === 'person' && (this.modifiesNoun(from, end, mention.title !== undefined) || (indefinite && mention.title === undefined))) {
          i = end + 1
          continue
        }
        if (mention.kind === 'name') {
          const entity = this.register(mention, from)
          if (!entity.title) {
            const title = this.appositiveTitle(end) ?? this.precedingTitle(from)
            if (title) {
              entity.title = title
              this.setWords(entity, title.toLowerCase().split(/\s+/))
            }
          }
        }
      }
      i = end + 1
    }
  }

  /**
   * Whether the name phrase `[from, end)` is an article or a possessive
   * determiner and a capitalised word used as a modifier: "the Federal mine",
   * "a Gallup poll", "his TV show" (a lower-case word follows in the sentence).
   */
  private modifiesNoun(from: number, end: number, titled: boolean): boolean {
    const words = this.doc.words
    const first = words[from] as Word
    const after = words[end]
    if (!after || after.kind !== 'word' || after.capitalized || after.quote >= 0 || after.sentence !== first.sentence) return false
    if (DETERMINERS.has(after.lower) || NOT_NAMES.has(after.lower) || /^\d/.test(after.text)) return false
    const isArticle = (w: Word | undefined) => w !== undefined && MODIFIER_DETERMINERS.has(w.lower) && w.sentence === first.sentence
    if (titled) return false
    if ((isArticle(first) && end - from === 2) || (isArticle(words[from - 1]) && end - from === 1)) return true
    // "an MTV and BET town hall", "reality TV star": an acronym before a noun modifies it.
    return end - from === 1 && isAcronym(first) && isPlainNoun(after)
  }

  /**
   * A title-case headline ("Retired General Reveals Experience Of Serving
   * Under Obama"): its capitalised runs are not names, so they are not read.
   */
  private isHeadline(sentence: number): boolean {
    let known = this.headlines.get(sentence)
    if (known === undefined) {
      const range = this.doc.sentences[sentence]
      let words = 0
      let lower = 0
      for (let k = range ? range.from : 0; range && k < range.to && k - range.from < 40; k++) {
        const word = this.doc.words[k] as Word
        if (word.kind !== 'word' || !/\p{L}/u.test(word.text)) continue
        words++
        if (!word.capitalized && !HEADLINE_LOWER.has(word.lower)) {
          lower++
          break
        }
      }
      known = words >= 5 && lower === 0
      this.headlines.set(sentence, known)
    }
    return known
  }

  private startsName(i: number): boolean {
    const word = this.doc.words[i] as Word
    return word.capitalized || TITLE_WORDS.has(word.lower)
  }

  /** "Trump’s Ukraine envoy, Gen Keith Kellogg," -> "Trump’s Ukraine envoy" for Kellogg. */
  private precedingTitle(from: number): string | undefined {
    const words = this.doc.words
    const comma = words[from - 1]
    const head = words[from - 2]
    // "A spokesperson for the Pentagon, Sabrina Singh,": a role with its object.
    const role = comma?.text === ',' && head !== undefined && head.sentence === comma.sentence ? roleWithObject(words, from - 2, Math.max(0, from - 12)) : -1
    if (role >= 0 && head) {
      let start = role
      while (start - 1 >= 0 && role - start < 4 && isPhraseWord(words[start - 1]) && (words[start - 1] as Word).sentence === head.sentence && !DETERMINERS.has((words[start - 1] as Word).lower)) start--
      return this.doc.text.slice((words[start] as Word).start, head.end)
    }
    // Not a document: "In a statement, Downing Street said" gives Downing Street no title.
    if (!comma || comma.text !== ',' || !head || head.capitalized || !ROLE_NOUNS.has(head.lower) || DOCUMENT_NOUNS.has(head.lower) || head.sentence !== comma.sentence) return undefined
    let start = from - 2
    while (start - 1 >= 0 && from - 2 - start < 6 && isPhraseWord(words[start - 1]) && (words[start - 1] as Word).sentence === head.sentence && !DETERMINERS.has((words[start - 1] as Word).lower)) start--
    // Nor what an outlet cites: "Citing two sources, Reuters reported" gives Reuters no title "sources".
    const sentenceStart = this.doc.sentences[head.sentence]?.from ?? 0
    for (let k = start - 1; k >= sentenceStart && (words[k] as Word).text !== ','; k--) if (CITING_WORDS.has((words[k] as Word).lower)) return undefined
    return this.doc.text.slice((words[start] as Word).start, head.end)
  }

  /** "Yuriy Sak, adviser to Ukraine’s Ministry of Strategic Industries," (or the same closing the sentence) -> the title. */
  private appositiveTitle(after: number): string | undefined {
    const words = this.doc.words
    // "Jane Doe, 42, a nurse from Ohio,": past an age set off by commas.
    if (/^\d{1,3}$/u.test(words[after + 1]?.text ?? '') && words[after + 2]?.text === ',') after += 2
    const comma = words[after]
    const next = words[after + 1]
    if (!comma || comma.text !== ',' || !next || next.quote >= 0) return undefined
    // "Kaja Kallas, the EU's foreign policy chief,": an owner's possessive may open the title.
    const opens = (word: Word | undefined) => word !== undefined && (TITLE_WORDS.has(word.lower) || (word.capitalized && /'s$|s'$/u.test(word.lower)))
    const article = next.lower === 'a' || next.lower === 'an' || next.lower === 'the'
    // "Dmitry Peskov, the Kremlin spokesman,", "Jane Doe, a nurse from Ohio,": a role noun after an article and up to two modifiers.
    const startsTitle = opens(next) || (article && (opens(words[after + 2]) || roleWithin(words, after + 2, APPOSITIVE_MODIFIERS + 1)))
    if (!startsTitle) return undefined
    for (let k = after + 1; k < words.length && k < after + 14; k++) {
      const word = words[k] as Word
      if (word.sentence !== comma.sentence || word.quote >= 0) return undefined
      // "…, said John Smith, an economist at Harvard.": a title may close the sentence too.
      const closes = SENTENCE_STOPS.has(word.text) && (words[k + 1] === undefined || (words[k + 1] as Word).sentence !== word.sentence)
      if (word.text === ',' || (closes && k > after + 2)) {
        const first = next.lower === 'a' || next.lower === 'an' || next.lower === 'the' ? (words[after + 2] as Word) : next
        return this.doc.text.slice(first.start, (words[k - 1] as Word).end)
      }
    }
    return undefined
  }

  /**
   * Add a mention: a name joins the entity with the same surname (unless the
   * first names differ), a role becomes an entity of its own.
   */
  register(mention: Mention, token: number): Entity {
    const key = mention.head
    let entity: Entity | undefined
    if (mention.kind === 'name') {
      const entry = this.byKey.get(key)
      entity = entry?.sameName(mention.type, mention.name)
      // "Washington" after "Denzel Washington": the person, not the place.
      if (mention.place && wordCount(mention.name) === 1) entity = entry?.plainPerson ?? entity
      // "The Times" after "The New York Times": the outlet named in full before.
      if (!entity && mention.type === 'outlet') entity = this.tails.find(mention.name)
      // "Hillary" and "Hillary Clinton": a first name alone is the one person the article names in full with it.
      if (!entity && mention.type === 'person') entity = this.byFirstName(mention, key)
      // "Tax Policy Center" and "the centrist Urban-Brookings Tax Policy Center": one body, named in full either way round.
      if (!entity && mention.type === 'organization' && wordCount(mention.name) >= 2) {
        entity = entry?.orgShortening(mention.name)
      }
    } else {
      entity = this.byKey.get(key)?.role(mention.name)
    }
    if (entity) {
      if (mention.kind === 'name' && wordCount(mention.name) > wordCount(entity.name)) this.rename(entity, mention.name)
      if (mention.title && !entity.title) {
        entity.title = mention.title
        this.setWords(entity, titleWords(mention.title))
      }
      if (mention.gender && !entity.gender) entity.gender = mention.gender
    } else {
      // One literal and then the optional fields, in this order: no temporary objects, fewer hidden classes.
      const created: Entity = {
        id: this.entities.length,
        name: mention.name,
        type: mention.type,
        key,
        kind: mention.kind === 'name' ? 'name' : 'role',
        mentions: [],
        words: mention.title ? titleWords(mention.title) : mention.words
      }
      if (mention.title) created.title = mention.title
      if (mention.gender) created.gender = mention.gender
      if (mention.place) created.place = true
      if (mention.plural) created.plural = true
      entity = created
      this.entities.push(entity)
      this.file(key, entity)
      this.indexName(entity)
      this.indexWords(entity)
    }
    this.see(entity, mention.span, token)
    return entity
  }

  /**
   * The person a first name stands for: a lone first name ("Hillary") is the
   * one person named in full with it ("Hillary Clinton"), and a full name
   * takes over a lone first name registered before it (it is then found
   * under its surname too). Undefined when none, or more than one, fits.
   */
  private byFirstName(mention: Mention, key: string): Entity | undefined {
    const first = (name: string) => (name.split(/\s+/)[0] ?? '').toLowerCase()
    if (wordCount(mention.name) === 1) {
      const full = this.fullByFirst.get(key)
      return full?.size === 1 ? full.values().next().value : undefined
    }
    const given = first(mention.name)
    const alone = [...(this.byKey.get(given)?.alone ?? [])].filter((e) => e.name.toLowerCase() === given)
    const entity = alone.length === 1 ? alone[0] : undefined
    if (entity) {
      this.file(key, entity)
      entity.key = key
    }
    return entity
  }

  /** File an entity under a key, after those filed there before. */
  private file(key: string, entity: Entity): void {
    let entry = this.byKey.get(key)
    if (!entry) {
      entry = new KeyEntry()
      this.byKey.set(key, entry)
    }
    if (entry.push(entity)) {
      const entries = this.entriesOf.get(entity) ?? []
      entries.push(entry)
      this.entriesOf.set(entity, entries)
    }
  }

  /** Give an entity a fuller name, keeping every index that reads names right. */
  private rename(entity: Entity, name: string): void {
    const entries = this.entriesOf.get(entity) ?? []
    for (const entry of entries) entry.unindex(entity)
    this.unindexName(entity)
    entity.name = name
    for (const entry of entries) entry.index(entity)
    this.indexName(entity)
  }

  /** Give an entity the words of a new title, keeping the description index right. */
  private setWords(entity: Entity, words: string[]): void {
    this.unindexWords(entity)
    entity.words = words
    this.indexWords(entity)
  }

  /**
   * Index an entity under the words a description must all find in it: a
   * role under its key, a name under the head noun of its title.
   */
  private indexWords(entity: Entity): void {
    const group = describedGroup(entity)
    if (group !== undefined) this.described.add(entity, group, bareWords(entity.words))
  }

  private unindexWords(entity: Entity): void {
    const group = describedGroup(entity)
    if (group !== undefined) this.described.remove(entity, group, bareWords(entity.words))
  }

  /**
   * The first entity that `matches` a description's `wanted` words: only
   * those filed under its rarest word are read (a role under the mention's
   * head, a titled name under the head noun of the wanted words).
   */
  private firstDescribed(mention: Mention, wanted: readonly string[], head: string | undefined, matches: (entity: Entity) => boolean): Entity | undefined {
    let roles: readonly Entity[] = []
    let names: readonly Entity[] = []
    let best = Infinity
    for (const word of wanted) {
      const r = this.described.holding(`role\u0000${mention.head}`, word)
      const n = head === undefined ? [] : this.described.holding(`name\u0000${head}`, word)
      if (r.length + n.length < best) {
        best = r.length + n.length
        roles = r
        names = n
      }
    }
    return firstOfBoth((e) => e.id, roles, names, matches)
  }

  /** Index an entity's name across keys: outlets by their tails, persons named in full by their first word. */
  private indexName(entity: Entity): void {
    if (entity.kind !== 'name') return
    if (entity.type === 'outlet') this.tails.add(entity)
    const words = splitName(entity.name)
    if (entity.type === 'person' && words.length >= 2) {
      const first = (words[0] as string).toLowerCase()
      const set = this.fullByFirst.get(first) ?? new Set()
      set.add(entity)
      this.fullByFirst.set(first, set)
    }
  }

  private unindexName(entity: Entity): void {
    if (entity.kind !== 'name') return
    if (entity.type === 'outlet') this.tails.remove(entity)
    const words = splitName(entity.name)
    if (entity.type === 'person' && words.length >= 2) this.fullByFirst.get((words[0] as string).toLowerCase())?.delete(entity)
  }

  /** Record a mention of an entity at a token (constant time; order is restored on read). */
  see(entity: Entity, span: Span, token: number): void {
    let starts = this.mentionStarts.get(entity)
    if (!starts) {
      starts = new Map()
      this.mentionStarts.set(entity, starts)
    }
    if (!starts.has(span.start)) {
      starts.set(span.start, span)
      entity.mentions.push(span)
    }
    let tokens = this.seen.get(entity)
    if (!tokens) {
      tokens = new Set()
      this.seen.set(entity, tokens)
    }
    if (tokens.has(token)) return
    tokens.add(token)
    const sentence = (this.doc.words[token] as Word | undefined)?.sentence ?? -1
    const sighting = {token, sentence, entity}
    const previous = this.sightings[this.sightings.length - 1]
    if (previous && previous.token > token) this.sorted = false
    this.sightings.push(sighting)
    const list = this.bySentence.get(sentence) ?? []
    list.push(sighting)
    if (list.length > 1 && (list[list.length - 2] as Sighting).token > token) list.sort((a, b) => a.token - b.token)
    this.bySentence.set(sentence, list)
  }

  private ordered(): Sighting[] {
    if (!this.sorted) {
      this.sightings.sort((a, b) => a.token - b.token)
      this.sorted = true
    }
    return this.sightings
  }

  /**
   * Every token at which an entity is mentioned, in text order.
   *
   * @example
   * index.mentionsAt().filter((m) => m.entity.type === 'outlet')
   */
  mentionsAt(): ReadonlyArray<{token: number; sentence: number; entity: Entity}> {
    return this.ordered()
  }

  /**
   * The mention of `entity` that starts at `start`, if any (constant time).
   *
   * @example
   * index.mentionAt(entity, word.start)?.text
   */
  mentionAt(entity: Entity, start: number): Span | undefined {
    return this.mentionStarts.get(entity)?.get(start)
  }

  /** Note that a sentence's attribution went to `entity`. */
  settle(sentence: number, entity: Entity): void {
    this.spoke.add(entity)
    if (!this.speakers.has(sentence)) this.speakers.set(sentence, entity)
  }

  /**
   * The entity a pronoun stands for: in its own sentence the first fitting
   * mention before it that is neither the object of a preposition nor a
   * possessive, else in earlier sentences the speaker settled there, the
   * person of the same "he" or "she" opening that sentence ("She has
   * sparred with Smith …. She has called …"), or their first such mention
   * (or first fitting one), else the prepositional object or possessive of
   * its own sentence. "He" and "she" stand for a person, never a place or
   * a group; "it" for an organisation, outlet or document, or a place that
   * has spoken; "they" for a group or plural
   * people, never a place nor a body named in the singular ("The AP
   * interviewed 20 crew members … They" are the crew members); "we" for
   * those or an organisation.
   */
  resolvePronoun(mention: Mention, token: number): Entity | null {
    const pronoun = mention.head
    const fits = (e: Entity) => {
      if (pronoun === 'he' || pronoun === 'she' || pronoun === 'him' || pronoun === 'her') {
        if (e.type !== 'person') return false
        if (e.place || e.plural) return false
        return !e.gender || e.gender === mention.gender
      }
      if (pronoun === 'it') {
        // A place is "it" only once it has spoken itself ("Russia said … It added").
        if (e.plural || (e.place && !this.spoke.has(e))) return false
        return e.type === 'organization' || e.type === 'outlet' || e.type === 'document'
      }
      if (pronoun === 'they' || pronoun === 'them' || pronoun === 'we') {
        if (e.place) return false
        // "Police said … They added": a collective the language treats as plural.
        if ((e.kind === 'role' && e.key.endsWith('s')) || e.plural === true || PLURAL_COLLECTIVES.has(e.key)) return true
        // "They" stands for people, not for a body named in the singular: "The Associated Press interviewed
        // 20 former crew members … They described" are the crew members; "we" may be the body speaking.
        return pronoun === 'we' && e.type !== 'person'
      }
      return false
    }
    const sentence = (this.doc.words[token] as Word).sentence
    const paragraph = (this.doc.words[token] as Word).paragraph
    // In its own sentence, the object of a preposition ("Campaigning against
    // Mitt Romney, he …") is taken only when nothing earlier fits.
    // A possessive ("the host's colleague Tom Hill … after he asked") modifies
    // the noun after it, which is the subject: it too is taken only when
    // nothing else fits.
    const oblique = (s: Sighting) => PREPOSITIONS.has((this.doc.words[s.token - 1] as Word | undefined)?.lower ?? '') || this.possessive(s)
    // The sentence's sightings are in token order: read those before the pronoun up to the first that fits and is no prepositional object.
    let fallback: Sighting | undefined
    // "Two of Moreau's aides will consult the police, he said.": a name in the clause a pronoun reports after a comma is what was
    // said; only the subject that opens the sentence may be the one speaking ("Ana Brandt heard the thud, she said").
    const reporting = closingReport(this.doc.words, token)
    const opening = this.doc.sentences[sentence]?.from ?? -1
    for (const s of this.bySentence.get(sentence) ?? []) {
      if (s.token >= token) break
      if (reporting && (s.token !== opening || possessiveName(this.doc.words, s.token))) continue
      if (!fits(s.entity)) continue
      if (!oblique(s)) return s.entity
      fallback ??= s
    }
    // "Mayor Hart and Ray Olin ignore the levees they refuse to repair":
    // "they" is the two persons coordinated before it, no group further back.
    if (PLURAL_PRONOUNS.has(pronoun) && this.coordinatedPersons(sentence, token).length > 0) return null
    // "the main tool for Canada to meet the goal it pledged": a place before
    // "it" in its own sentence is what "it" is, not a body further back.
    if (pronoun === 'it' && (this.bySentence.get(sentence) ?? []).some((s) => s.token < token && s.entity.place === true && !s.entity.plural)) return null
    for (let s = sentence - 1; s >= 0 && s >= sentence - 8; s--) {
      const range = this.doc.sentences[s]
      if (!range || this.doc.boilerplate[range.paragraph] || range.paragraph < paragraph - 4) continue
      const speaker = this.speakers.get(s)
      if (speaker && (fits(speaker) || speakingRole(speaker, mention))) return speaker
      // "Okafor said …. She has sparred with her rival, Senator Ann Smith, ….
      // She has called …": a sentence opened by the same pronoun, which no
      // cue resolved, goes on with that pronoun's person.
      const opener = this.doc.words[range.from] as Word | undefined
      if (opener && opener.lower === pronoun && CHAINED_PRONOUNS.has(pronoun) && !this.seenAt(range.from)) {
        const chained = this.chainedPronoun(mention, range.from)
        if (chained) return chained
      }
      // "In an interview with the radio host Tom Hill, Dunn said … He told the
      // host": the first fitting mention that is no prepositional object or
      // possessive, else the first fitting one.
      let first: Sighting | undefined
      for (const x of this.bySentence.get(s) ?? []) {
        if (!fits(x.entity) && !speakingRole(x.entity, mention)) continue
        first ??= x
        if (!oblique(x)) {
          first = x
          break
        }
      }
      if (first) return first.entity
    }
    return fallback ? fallback.entity : null
  }

  /**
   * The entity the pronoun opening a sentence at token `token` stands for,
   * read once per token; at most `CHAIN_DEPTH` such sentences are followed
   * back from one pronoun, so that the reading stays linear and shallow.
   */
  private chainedPronoun(mention: Mention, token: number): Entity | null {
    const known = this.chained.get(token)
    if (known !== undefined) return known
    if (this.chainDepth >= CHAIN_DEPTH) return null
    this.chainDepth++
    try {
      const entity = this.resolvePronoun(mention, token)
      this.chained.set(token, entity)
      return entity
    } finally {
      this.chainDepth--
    }
  }

  /**
   * The persons joined by "and" sighted before token `token` in its
   * sentence ("Obama and Clinton", "Sen. Tom Arden, R-Ohio, and Sara Voss",
   * "Hart, Olin and Voss"), in text order; empty when there are none. The
   * later one opens with or follows "and", each is at most
   * `COORDINATION_SPAN` tokens after the one before it.
   */
  private coordinatedPersons(sentence: number, token: number): Entity[] {
    let chain: Sighting[] = []
    // The coordination nearest the pronoun: "Hart and Olin doubt critics such as Pike and Brandt, who say they …" is Pike and Brandt.
    let persons: Entity[] = []
    for (const s of this.bySentence.get(sentence) ?? []) {
      if (s.token >= token) break
      if (s.entity.type !== 'person' || s.entity.plural || s.entity.place || isPartyTag(s.entity.name)) continue
      const last = chain[chain.length - 1]
      if (last !== undefined && s.token - last.token > COORDINATION_SPAN) chain = []
      const joined = (this.doc.words[s.token] as Word).lower === 'and' || (this.doc.words[s.token - 1] as Word | undefined)?.lower === 'and'
      if (last?.entity !== s.entity) chain.push(s)
      if (joined && chain.some((c) => c.entity !== s.entity)) {
        persons = []
        for (const c of chain) if (!persons.includes(c.entity)) persons.push(c.entity)
        chain = []
      }
    }
    return persons
  }

  /**
   * The persons a plural pronoun at token `token` stands for when two or
   * more joined by "and" come before it in its sentence ("Mayor Hart and
   * Ray Olin … the levees they refuse to repair" is Hart and Olin); empty
   * otherwise. `resolvePronoun` leaves such a pronoun unresolved: it names
   * no single entity.
   *
   * @example
   * index.coordinatedPersonsFor('they', token).map((e) => e.name) // ['Ann Hart', 'Ray Olin']
   */
  coordinatedPersonsFor(pronoun: string, token: number): Entity[] {
    const word = this.doc.words[token]
    if (!word || !PLURAL_PRONOUNS.has(pronoun)) return []
    return this.coordinatedPersons(word.sentence, token)
  }

  /** True when some entity was sighted at token `token` (a pronoun a cue resolved already). */
  private seenAt(token: number): boolean {
    const sentence = (this.doc.words[token] as Word | undefined)?.sentence ?? -1
    return (this.bySentence.get(sentence) ?? []).some((s) => s.token === token)
  }

  /** True when a sighting is a possessive ("the host's colleague", "the senators' letter"): it modifies the noun after it. */
  private possessive(s: Sighting): boolean {
    const word = this.doc.words[s.token] as Word | undefined
    const text = word ? this.mentionAt(s.entity, word.start)?.text : undefined
    return text !== undefined && /(?:['\u2019]s|s['\u2019])$/u.test(text)
  }

  /**
   * The entity a description stands for: "the spokesperson" for the
   * spokesperson named earlier, "The US secretary of state" for the person
   * with that title, "the outlet" for the last outlet.
   */
  /**
   * The body "the agency", "the ministry", "the network" stands for: the most
   * recent organisation whose name ends in that noun ("the Environmental
   * Protection Agency"), or, for a noun that describes outlets too ("agency",
   * "network"), the most recent outlet ("Reuters … The agency said"); for
   * "the company" or "the firm", the most recent business named with its
   * suffix ("Acme Corp. … The company said"). Null when none was named in
   * the last sentences.
   *
   * @example
   * index.resolveBody(mentionOf('The agency'), token)?.name // 'Reuters'
   */
  resolveBody(mention: Mention, token: number): Entity | null {
    const head = mention.head
    const outletNoun = OUTLET_DESCRIPTIONS.includes(head)
    // "The company said" after "Acme Corp.": a business named by its suffix.
    const company = COMPANY_NOUNS.has(head)
    const matches = (e: Entity) => {
      if (e.kind !== 'name') return false
      if (outletNoun && e.type === 'outlet') return true
      const last = e.name.toLowerCase().split(/\s+/).pop() ?? ''
      return e.type === 'organization' && (last === head || (company && COMPANY_SUFFIXES.has(last.replace(/\.$/u, ''))))
    }
    return this.recentSighting(token, BODY_LOOKBACK_SENTENCES, matches)
  }

  /** The entity of the most recent sighting before `token` that `matches`, within `lookback` sentences. */
  private recentSighting(token: number, lookback: number, matches: (entity: Entity) => boolean): Entity | null {
    const sentence = (this.doc.words[token] as Word | undefined)?.sentence ?? 0
    for (let s = sentence; s >= 0 && s > sentence - lookback; s--) {
      const list = this.bySentence.get(s) ?? []
      for (let k = list.length - 1; k >= 0; k--) {
        const sighting = list[k] as Sighting
        if (sighting.token < token && matches(sighting.entity)) return sighting.entity
      }
    }
    return null
  }

  resolveDescription(mention: Mention, token: number): Entity | null {
    const wanted = mention.words.map(bare).filter((w) => !NATIONALITY.has(w))
    const head = headNoun(wanted)
    const matches = (e: Entity) => {
      // "the BBC host" is the BBC's, not the last outlet named.
      if (mention.type === 'outlet') return e.type === 'outlet' && (mention.owner === undefined || e.name === mention.owner)
      // "the Trump campaign" is not the Clinton campaign named earlier.
      if (e.kind === 'role') return e.key === mention.head && includesAll(bareWords(e.words), wanted)
      const title = bareWords(e.words)
      // "the state" is not the "Ohio Secretary of State"; "the presidential
      // nominee" is not the "vice presidential nominee".
      return title.length > 0 && includesAll(title, wanted) && headNoun(title) === head && title.every((w) => !RANKS.has(w) || wanted.includes(w))
    }
    if (mention.type !== 'outlet' && wanted.length === 0) return null
    // The most recent fitting sighting, looking back a bounded number of sentences.
    const recent = this.recentSighting(token, LOOKBACK_SENTENCES, matches)
    if (recent) return recent
    // "The BBC host said": the BBC, named here for the first time.
    if (mention.type === 'outlet') return mention.owner === undefined ? null : this.register({...mention, kind: 'name', name: mention.owner, head: mention.owner.toLowerCase()}, token)
    return this.firstDescribed(mention, wanted, head, matches) ?? this.soleNamedPerson(mention, token, head)
  }

  /**
   * "Russian President Vladimir Putin said …. The Kremlin leader added …":
   * a definite epithet of a person that no title matches stands for the one
   * person named in the sentence before, when there is exactly one (and of no
   * other gender); null otherwise.
   */
  private soleNamedPerson(mention: Mention, token: number, head: string | undefined): Entity | null {
    // Not "the president's campaign chairman": an owner's title is another person's.
    if (mention.type !== 'person' || !/^the\s/iu.test(mention.span.text) || !DESCRIBED_PERSON_HEADS.has(mention.head) || mention.words.some((w) => /['\u2019]s$/u.test(w))) return null
    const sentence = (this.doc.words[token] as Word | undefined)?.sentence ?? 0
    let found: Entity | null = null
    // The sentence before only: in its own sentence a name is more often what the description's person speaks of ("Smith was arrested, the sheriff said").
    for (const sighting of this.bySentence.get(sentence - 1) ?? []) {
      const entity = sighting.entity
      if (entity.kind !== 'name' || entity.type !== 'person' || entity === found) continue
      if (found !== null) return null
      found = entity
    }
    const gender = mention.words.map((w) => GENDERED_WORDS.get(w)).find((g) => g !== undefined)
    // "Democratic vice presidential nominee Tom Reed …. The Democratic presidential nominee": a title of that head did not match; no guess past it.
    if (found && found.title !== undefined && headNoun(bareWords(found.words)) === head) return null
    return found && (gender === undefined || found.gender === undefined || found.gender === gender) ? found : null
  }
}

/** Heads of an epithet that stands for a person named just before ("the Republican nominee", "the New York businessman"); a job ("the sheriff", "the official") is someone new. */
const DESCRIBED_PERSON_HEADS: ReadonlySet<string> = new Set(DESCRIBED_PEOPLE)

/** How many tokens after its verb a closing report ("…, he said in a statement on Friday.") may run to the end of its sentence. */
const MAX_CLOSING_REPORT_TAIL = 12

/** Words that open a clause of what was said after a verb of saying: a report before its content ("After Smith won, he said he …"). */
const CONTENT_OPENERS: ReadonlySet<string> = new Set(['that', 'he', 'she', 'it', 'they', 'we', 'i', 'you', ':'])

/**
 * Is the pronoun at token `k` the subject of a report that closes its sentence
 * ("…, he said.", "…, she told reporters on Friday.")? A comma before it, a
 * verb of saying after it, and the sentence ends a few tokens on with no
 * clause of what was said.
 */
function closingReport(words: readonly Word[], k: number): boolean {
  const before = words[k - 1]
  const verb = words[k + 1]
  const pronoun = words[k] as Word
  if (!before || before.text !== ',' || before.quote >= 0 || !verb || !CLOSING_REPORT_VERBS.has(verb.lower)) return false
  for (let j = k + 2; j < words.length && j <= k + 1 + MAX_CLOSING_REPORT_TAIL; j++) {
    const word = words[j] as Word
    if (word.sentence !== pronoun.sentence) return true
    if (CONTENT_OPENERS.has(word.lower) || word.quote >= 0) return false
  }
  return (words[k + 2 + MAX_CLOSING_REPORT_TAIL]?.sentence ?? -1) !== pronoun.sentence
}

/** The most words of a name read by {@link possessiveName}. */
const MAX_NAME_WORDS = 6

/** Does the capitalised name at token `k` end in a possessive ("Acme Toys' books", "Smith's aides")? */
function possessiveName(words: readonly Word[], k: number): boolean {
  for (let j = k; j < words.length && j < k + MAX_NAME_WORDS; j++) {
    const word = words[j] as Word
    if (/['\u2019]s?$/u.test(word.text)) return true
    if (!word.capitalized) return false
  }
  return false
}

/**
 * True when "he" or "she" may stand for the unnamed speaker of an earlier
 * sentence: one person named by a role ("A senior official told reporters …
 * He said …", "A police spokeswoman said … She added …"), of no other gender.
 */
function speakingRole(entity: Entity, pronoun: Mention): boolean {
  if (!PERSONAL_PRONOUNS.has(pronoun.head) || entity.kind !== 'role' || entity.type !== 'anonymous' || entity.plural) return false
  if (!PERSON_ROLE_NOUNS.has(entity.key) && !PERSON_TITLE_NOUNS.has(entity.key)) return false
  return !entity.gender || entity.gender === pronoun.gender
}

/** Pronouns whose sentence-opening use carries its person on to the next sentence ("She has faced …. She has called …"). */
const CHAINED_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she'])

/** The most sentences opened by the same pronoun followed back from one pronoun. */
const CHAIN_DEPTH = 4

/** Pronouns of several people, which two persons joined by "and" may stand for. */
const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them'])

/** The most tokens from one person's name to the next in a coordination ("Sen. Tom Arden, R-Ohio, and Sara Voss"). */
const COORDINATION_SPAN = 8

/** The pronouns of one person. */
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her'])

/** Modifiers an appositive title may hold before its role noun ("the Kremlin spokesman", "a veteran trauma nurse"). */
const APPOSITIVE_MODIFIERS = 2

/** A title word or a person's role noun among the `count` words from `from`, before any punctuation or quote. */
function roleWithin(words: readonly Word[], from: number, count: number): boolean {
  for (let k = from; k < from + count; k++) {
    const word = words[k]
    if (!word || word.kind !== 'word' || word.quote >= 0) return false
    if (!word.capitalized && (TITLE_WORDS.has(word.lower) || PERSON_ROLE_NOUNS.has(word.lower))) return true
  }
  return false
}

/** A word in capitals of two to four letters ("TV", "BET", "NBC"). */
function isAcronym(word: Word): boolean {
  return /^[A-Z]{2,4}$/.test(word.text)
}

/** A lower-case word that reads as a noun: never a verb by the lexicon, not a past tense ("town", "star", "show"; not "reported", "says"). */
function isPlainNoun(word: Word): boolean {
  if (!/^[a-z]+$/.test(word.lower) || word.lower.endsWith('ed')) return false
  const tags = wordTags(word.lower)
  if (tags.some((t) => t === 'PastTense' || t === 'PresentTense' || t === 'Infinitive' || t === 'Verb' || t === 'Gerund' || t === 'Adverb' || t === 'Preposition' || t === 'Conjunction')) return false
  return tags.length === 0 ? !word.lower.endsWith('s') : tags.some((t) => t === 'Singular' || t === 'Plural' || t === 'Noun')
}

/** An article or a possessive determiner: a name between one and a noun modifies the noun ("the Federal mine", "his TV show"). */
const MODIFIER_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your'])

/** Words that make a title another office: the "vice presidential nominee" is not the "presidential nominee". */
const RANKS: ReadonlySet<string> = new Set(['vice', 'deputy', 'assistant', 'former', 'acting', 'ex', 'associate', 'lieutenant', 'under', 'co'])

/** Where `WordIndex` files an entity for descriptions: a role by its key, a titled name by the head noun of its title. */
function describedGroup(entity: Entity): string | undefined {
  if (entity.kind === 'role') return `role\u0000${entity.key}`
  const title = bareWords(entity.words)
  const head = title.length > 0 ? headNoun(title) : undefined
  return head === undefined ? undefined : `name\u0000${head}`
}

/** A word without its possessive ending ("Trump's" -> "trump's" -> "trump"). */
function bare(word: string): string {
  return word.replace(/['\u2019]s$|['\u2019]$/, '')
}

/**
 * The words of a title without possessive endings, kept per words array: a
 * description is matched against every entity sighted in the sentences
 * before it. (An entity's words are replaced, never changed in place.)
 */
const bareWordsCache = new WeakMap<readonly string[], readonly string[]>()

function bareWords(words: readonly string[]): readonly string[] {
  let bared = bareWordsCache.get(words)
  if (bared === undefined) {
    bared = words.map(bare)
    bareWordsCache.set(words, bared)
  }
  return bared
}

function includesAll(words: readonly string[], wanted: readonly string[]): boolean {
  return wanted.every((w) => words.includes(w))
}

/** The head noun of a title's words: the last word before "of", "for", "to" or "on" ("secretary" in "secretary of state", "commission" in "commission on presidential debates"), else the last. */
function headNoun(words: readonly string[]): string | undefined {
  const stop = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for' || w === 'to' || w === 'on'))
  return stop > 0 ? words[stop - 1] : words[words.length - 1]
}

/**
 * The entities filed under one key, in the order they were filed, indexed so
 * that `register` finds the first that fits without reading them all.
 */
class KeyEntry {
  readonly list: Entity[] = []
  private readonly rank = new Map<Entity, number>()
  private readonly names = new Map<string, GivenNameIndex>()
  /** Organisations named in two words or more, by the words their names end with. */
  private readonly orgs = new TailIndex((e) => this.rank.get(e) ?? 0)
  private readonly roles = new Map<string, Entity>()
  /** The first person filed here that is neither a place nor a group. */
  plainPerson: Entity | undefined
  /** The persons filed here named by one word. */
  readonly alone = new Set<Entity>()

  /** Add an entity at the end; false when it was filed here already. */
  push(entity: Entity): boolean {
    this.list.push(entity)
    if (this.rank.has(entity)) return false
    this.rank.set(entity, this.list.length - 1)
    if (entity.kind === 'role') {
      const name = entity.name.toLowerCase()
      if (!this.roles.has(name)) this.roles.set(name, entity)
      return true
    }
    if (!this.plainPerson && entity.type === 'person' && !entity.place && !entity.plural) this.plainPerson = entity
    this.index(entity)
    return true
  }

  /** Index a name entity by its current name. */
  index(entity: Entity): void {
    if (entity.kind !== 'name') return
    let names = this.names.get(entity.type)
    if (!names) {
      names = new GivenNameIndex((e) => this.rank.get(e) ?? 0)
      this.names.set(entity.type, names)
    }
    names.add(entity)
    if (entity.type === 'person' && splitName(entity.name).length === 1) this.alone.add(entity)
    if (entity.type === 'organization' && splitName(entity.name).length >= 2) this.orgs.add(entity)
  }

  /** Undo `index`, before the entity's name changes. */
  unindex(entity: Entity): void {
    if (entity.kind !== 'name') return
    this.names.get(entity.type)?.remove(entity)
    this.alone.delete(entity)
    if (entity.type === 'organization' && splitName(entity.name).length >= 2) this.orgs.remove(entity)
  }

  /** The first organisation filed here, named in two words or more, that `name` shortens or that shortens `name`. */
  orgShortening(name: string): Entity | undefined {
    return this.orgs.eitherWay(name)
  }

  /** The first name entity of `type` filed here that `sameName` joins to `name`. */
  sameName(type: string, name: string): Entity | undefined {
    return this.names.get(type)?.find(name)
  }

  /** The first role filed here by this name, in any case. */
  role(name: string): Entity | undefined {
    return this.roles.get(name.toLowerCase())
  }
}

function wordCount(name: string): number {
  return splitName(name).length
}

function titleWords(title: string): string[] {
  // "Sen." is "senator" to a description ("the senator"), and so on (TITLE_ABBREVIATIONS).
  return title
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/['\u2019]s$/, ''))
    .map((w) => ownEntry(TITLE_ABBREVIATIONS, w.replace(/\.$/, '')) ?? w)
}
