import type {Span} from '../../types.js'
import {SPEAKING_PRONOUNS} from '../../lexicons/words.js'
import {SUBJECT_RELATIVES, VERB_ADVERBS} from '../../lexicons/cues.js'
import {HELD_STANCE_NOUNS, HOLDING_VERBS, LINKING_VERBS, STANCE_ADJECTIVES, STANCE_MODIFIERS, STANCE_PHRASES, STANCE_ROLE_NOUNS} from '../../lexicons/stance.js'
import {findCues, speakerOfCue, wordTags} from '../../attribution/index.js'
import type {ArticleDocument, Attribution, AttributionContext, Cue, SentenceRange, Word} from '../../attribution/index.js'
import {fallbackSpeaker} from './speaker.js'
import {contentEnd} from './clause.js'
import {relativeContentEnd} from './relative.js'
import {ownEntry} from '../../lexicons/lookup.js'

/** A stance attribution: who holds an attitude towards what. */
export interface StanceAttribution {
  attribution: Attribution
  /** What the attitude is about: the object of "critical of", the clause after "adamant that". */
  content: Span
}

/** The most modifier words between the linking verb and the stance word ("a consistent and outspoken"). */
const MAX_MODIFIERS = 5

/** The longest stance content, in tokens. */
const MAX_STANCE_CONTENT = 80

/** Auxiliaries a cue span takes in before its linking verb ("has been", "would be", "weren't"). */
const CUE_AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'do', 'does', 'did', 'not', "n't"
])

/** Objects that stand for someone on their own ("critical of him"). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'this', 'that'])

const END_PUNCTUATION: ReadonlySet<string> = new Set(['.', '!', '?', ',', ';', ':', '\u201D', '"', '\u2019'])

/** A stance word's content openers, the verbs it needs before it, and its length in tokens. */
interface StanceHead {
  openers: readonly string[]
  verbs: ReadonlySet<string>
  length: number
}

/** The words of each stance phrase, split once (stanceHead reads them at every lower-case word). */
const STANCE_PHRASE_WORDS: ReadonlyArray<readonly string[]> = STANCE_PHRASES.map((phrase) => phrase.split(' '))

/**
 * Every word a stance table answers for: the tables' own keys. A Set look-up
 * hashes the word once; a keyed property load of a fresh string probes the
 * engine's string table, three times a word.
 */
const STANCE_TABLE_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(STANCE_ADJECTIVES),
  ...Object.keys(STANCE_ROLE_NOUNS),
  ...Object.keys(HELD_STANCE_NOUNS)
])

/** The content openers of the stance word at token `i`, and the verb kind it needs before it. */
function stanceHead(words: readonly Word[], i: number): StanceHead | null {
  const word = words[i] as Word
  return (STANCE_TABLE_WORDS.has(word.lower) ? tableHead(word) : null) ?? phraseHead(words, i)
}

/** The stance word `word` as the tables give it. */
function tableHead(word: Word): StanceHead | null {
  const adjective = ownEntry(STANCE_ADJECTIVES, word.lower)
  if (adjective) return {openers: adjective, verbs: LINKING_VERBS, length: 1}
  const role = ownEntry(STANCE_ROLE_NOUNS, word.lower)
  if (role) return {openers: role, verbs: LINKING_VERBS, length: 1}
  const held = ownEntry(HELD_STANCE_NOUNS, word.lower)
  if (held) return {openers: held, verbs: HOLDING_VERBS, length: 1}
  return null
}

/** A stance phrase ("in favor of") from token `i`. */
function phraseHead(words: readonly Word[], i: number): StanceHead | null {
  for (const parts of STANCE_PHRASE_WORDS) {
    if (phraseAt(words, i, parts)) return {openers: [''], verbs: LINKING_VERBS, length: parts.length}
  }
  return null
}

/** Do the tokens from `i` on spell `parts`, none inside a quote? */
function phraseAt(words: readonly Word[], i: number, parts: readonly string[]): boolean {
  for (let k = 0; k < parts.length; k++) {
    const word = words[i + k]
    if (word === undefined || word.lower !== parts[k] || word.quote >= 0) return false
  }
  return true
}

/** A word that may stand between the verb and the stance word: a modifier, an adverb or an adjective. */
function isModifier(word: Word): boolean {
  if (word.quote >= 0 || word.capitalized) return false
  if (STANCE_MODIFIERS.has(word.lower) || VERB_ADVERBS.has(word.lower) || word.lower === 'the') return true
  if (word.kind !== 'word') return false
  if (word.lower.endsWith('ly') && word.lower.length > 4) return true
  return wordTags(word.lower).includes('Adjective')
}

/**
 * Attitudes ascribed with an adjective or a noun rather than a verb, each
 * with the subject that holds it and what it is about: "Graham has been
 * critical of [Trump]", "Clinton … has been a consistent and outspoken
 * supporter of [NATO]", "She has no illusions about [Putin's threat]",
 * "Donald Trump is raising questions about [his microphone problems]". The
 * holder must resolve to a source (a person, an organisation, an outlet, a
 * described group, or a speaking pronoun); "The clip has faced ridicule"
 * names no one.
 *
 * @example
 * findStancePredicates(context).map((s) => s.content.text) // ['Trump']
 */
export function findStancePredicates(context: AttributionContext): StanceAttribution[] {
  const {doc} = context
  const words = doc.words
  const found: StanceAttribution[] = []
  for (const sentence of doc.sentences) {
    if (doc.boilerplate[sentence.paragraph]) continue
    for (let i = sentence.from + 1; i < sentence.to - 1; i++) {
      const word = words[i] as Word
      if (word.quote >= 0 || word.kind !== 'word' || word.capitalized) continue
      const head = stanceHead(words, i)
      if (!head) continue
      const opener = words[i + head.length]
      const phrase = head.openers[0] === ''
      if (!phrase && (!opener || opener.quote >= 0 || !head.openers.includes(opener.lower))) continue
      const verb = verbBefore(words, i, sentence.from, head.verbs, phrase ? 2 : MAX_MODIFIERS)
      if (verb < 0) continue
      let from = verb
      while (from - 1 > sentence.from && CUE_AUXILIARIES.has((words[from - 1] as Word).lower) && (words[from - 1] as Word).quote < 0) from--
      const cueTo = phrase ? i + head.length : i + head.length + 1
      const cue: Cue = {from, to: cueTo, lemma: word.lower, form: 'finite', hearer: false}
      const attribution = holderOf(context, cue, sentence)
      if (!attribution) continue
      // "Smith, who has been critical of the plan, said …": a stance in a relative clause ends before the main predicate.
      const stop = relativeStop(doc, from, cueTo, sentence)
      const content = contentAfter(doc, cueTo, {...sentence, to: stop}, !phrase && opener?.lower === 'that')
      if (!content) continue
      found.push({content, attribution: {...attribution, cue: spanOf(doc, from, cueTo), confidence: 0.6}})
    }
  }
  return found
}

/**
 * Where a stance's content must end when its cue opens a relative clause
 * ("…, who has been critical of the plan, said …", "a former minister who is
 * a harsh critic of the president, suggests …"): at the comma before the main
 * clause's auxiliary or cue (see relativeContentEnd). The sentence's end
 * otherwise. Reads at most {@link MAX_STANCE_CONTENT} tokens.
 */
function relativeStop(doc: ArticleDocument, from: number, cueTo: number, sentence: SentenceRange): number {
  const relative = doc.words[from - 1]
  if (from - 1 <= sentence.from || !relative || relative.quote >= 0 || !SUBJECT_RELATIVES.has(relative.lower)) return sentence.to
  const limit = Math.min(sentence.to, cueTo + MAX_STANCE_CONTENT)
  const end = relativeContentEnd(doc.words, cueTo, limit, findCues(doc, cueTo, limit))
  return end < limit ? end : sentence.to
}

/** The token of a verb of `verbs` before token `i` across at most `max` modifiers, or -1. */
function verbBefore(words: readonly Word[], i: number, floor: number, verbs: ReadonlySet<string>, max: number): number {
  let k = i - 1
  while (k > floor && i - k <= max && !verbs.has((words[k] as Word).lower) && isModifier(words[k] as Word)) k--
  const verb = words[k] as Word
  return k > floor && verb.quote < 0 && verbs.has(verb.lower) ? k : -1
}

/** The source that holds the stance: the subject of the cue, resolved to an entity, or a speaking pronoun. */
function holderOf(context: AttributionContext, cue: Cue, sentence: SentenceRange): Attribution | null {
  let attribution = speakerOfCue(context, cue, sentence.from, sentence.to)
  if (attribution && attribution.entity.type !== 'unknown') return attribution
  const fallback = fallbackSpeaker(context, cue, sentence)
  if (fallback) return fallback
  return attribution && SPEAKING_PRONOUNS.has(attribution.speaker.mention.text.toLowerCase()) ? attribution : null
}

/** The content from token `from`: an object noun phrase, or the clause after "that". */
function contentAfter(doc: ArticleDocument, from: number, sentence: SentenceRange, clause: boolean): Span | null {
  const words = doc.words
  const first = words[from]
  // "is more passionate about than …": a comparison, its object elsewhere.
  if (!first || from >= sentence.to || first.kind !== 'word' || first.lower === 'than') return null
  // Bounded before the scan, so that a run of stance words in one huge sentence stays linear.
  let end = contentEnd(doc, from, Math.min(sentence.to, from + MAX_STANCE_CONTENT), !clause, clause)
  while (end > from && END_PUNCTUATION.has((words[end - 1] as Word).text)) end--
  if (end <= from) return null
  // The whole content inside one quote is a quote, which extractQuotes attributes.
  if (first.quote >= 0 && (words[end - 1] as Word).quote === first.quote) return null
  // "critical of Trump", "critical of him": one word names someone; "critical of many" does not.
  if (end - from === 1 && !first.capitalized && !OBJECT_PRONOUNS.has(first.lower)) return null
  return spanOf(doc, from, end)
}

function spanOf(doc: ArticleDocument, from: number, to: number): Span {
  const start = (doc.words[from] as Word).start
  const end = (doc.words[to - 1] as Word).end
  return {start, end, text: doc.text.slice(start, end)}
}
