import type {Span} from '../../types.js'
import {DETERMINERS} from '../../lexicons/words.js'
import {SUBJECT_CONNECTIVES} from '../../lexicons/bounds.js'
import {MADE_CLAIM_NOUNS, MAKING_PARTICIPLES, PASSIVE_AUXILIARIES, PASSIVE_IN_CUES, PASSIVE_SKIPPABLE, PUBLICATION_PARTS} from '../../lexicons/cues.js'
import {leadingPhrase, speakerOfCue, wordTags} from '../../attribution/index.js'
import type {Attribution, AttributionContext, Cue, Phrase, SentenceRange, Word} from '../../attribution/index.js'

/** The longest agent phrase after "by" read without a name in it, in tokens. */
const MAX_AGENT = 8

/** A passive attribution: the agent after "by" is the source, the subject before the verb the content. */
export interface PassiveAttribution {
  attribution: Attribution
  content: Span
}

/**
 * "The registration issue was first reported by The Washington Post", "Her
 * plan has been endorsed by dozens of papers": the agent after "by" is the
 * source and the subject of the passive the content.
 *
 * @example
 * passiveAttribution(context, cue, sentence)?.attribution.speaker.name // 'Washington Post'
 */
export function passiveAttribution(context: AttributionContext, cue: Cue, sentence: SentenceRange): PassiveAttribution | null {
  const {doc} = context
  const words = doc.words
  const by = words[cue.to]
  // "Peskov was quoted by Interfax as saying …": the subject speaks, through the agent (read with the quote cue).
  if (cue.lemma === 'quote') return null
  // "was first reported in The Wall Street Journal": after "in", only an outlet is the agent.
  const inOutlet = by?.lower === 'in' && PASSIVE_IN_CUES.has(cue.lemma)
  if (!by || (by.lower !== 'by' && !inOutlet) || by.quote >= 0 || cue.to + 1 >= sentence.to) return null
  // The auxiliary: "was (first) reported", "has been endorsed", "is supported".
  let aux = cue.from - 1
  while (aux > sentence.from && PASSIVE_SKIPPABLE.has((words[aux] as Word).lower)) aux--
  if (aux > sentence.from && (words[aux] as Word).text === ',') return asideAttribution(context, cue, sentence, aux)
  if (aux <= sentence.from || !PASSIVE_AUXILIARIES.has((words[aux] as Word).lower)) return null
  while (aux - 1 > sentence.from && PASSIVE_AUXILIARIES.has((words[aux - 1] as Word).lower)) aux--
  const agent = agentPhrase(doc.words, inOutlet ? pastPublicationPart(words, cue.to + 1, sentence.to) : cue.to + 1, sentence.to)
  if (!agent) return null
  const attribution = speakerOfCue(context, {...cue, form: 'finite'}, sentence.from, sentence.to, agent, 'after')
  if (!attribution || attribution.entity.type === 'unknown' || (inOutlet && attribution.entity.type !== 'outlet')) return null
  // The subject: from the start of the sentence, past a leading conjunction, to the auxiliary.
  let from = sentence.from
  // "However, the offer was …": a connective set off by its comma opens no part of the subject.
  while (from < aux && ((words[from] as Word).kind !== 'word' || ['but', 'and', 'so', 'yet'].includes((words[from] as Word).lower) || (SUBJECT_CONNECTIVES.has((words[from] as Word).lower) && (words[from + 1] as Word).text === ','))) from++
  let to = aux
  while (to > from && (words[to - 1] as Word).kind !== 'word') to--
  // "The offer, however, was …": the same after the subject, between its commas.
  if (to - 2 > from && SUBJECT_CONNECTIVES.has((words[to - 1] as Word).lower) && (words[to - 2] as Word).text === ',') {
    to -= 2
    while (to > from && (words[to - 1] as Word).kind !== 'word') to--
  }
  if (to <= from || hasQuote(words, from, to)) return null
  const start = (words[from] as Word).start
  const end = (words[to - 1] as Word).end
  return {attribution, content: {start, end, text: doc.text.slice(start, end)}}
}

/**
 * "The plan, first reported by Axios, would cut funding by half": a passive
 * participle in an aside set off by commas after the subject that opens the
 * sentence. The agent is the source; the content is the subject with its
 * predicate (the aside inside it), or the subject alone when nothing follows
 * the aside. `comma` is the token of the comma before the participle.
 */
function asideAttribution(context: AttributionContext, cue: Cue, sentence: SentenceRange, comma: number): PassiveAttribution | null {
  const {doc} = context
  const words = doc.words
  const agent = agentPhrase(words, cue.to + 1, sentence.to)
  if (!agent) return null
  const closing = words[agent.to]
  const closed = closing !== undefined && agent.to < sentence.to && (closing.text === ',' || closing.text === '.')
  if (!closed) return null
  // The subject: a noun phrase opening the sentence (past a leading conjunction), no comma or verb of its own.
  let from = sentence.from
  while (from < comma && ((words[from] as Word).kind !== 'word' || ['but', 'and', 'so', 'yet'].includes((words[from] as Word).lower))) from++
  if (from >= comma || comma - from > MAX_AGENT || hasQuote(words, from, comma)) return null
  const subject = leadingPhrase(doc, from, comma)
  if (!subject || subject.from !== from || subject.to !== comma) return null
  const attribution = speakerOfCue(context, {...cue, form: 'finite'}, sentence.from, sentence.to, agent, 'after')
  if (!attribution || attribution.entity.type === 'unknown') return null
  let to = closing.text === ',' ? sentence.to : comma
  while (to > from && (words[to - 1] as Word).kind !== 'word') to--
  if (hasQuote(words, from, to)) return null
  const start = (words[from] as Word).start
  const end = (words[to - 1] as Word).end
  return {attribution, content: {start, end, text: doc.text.slice(start, end)}}
}

/** Past "Tuesday's editions of" at `from` (a publication part and "of" within a few words), or `from`. */
function pastPublicationPart(words: readonly Word[], from: number, limit: number): number {
  for (let k = from; k < limit && k - from < 5; k++) {
    const word = words[k] as Word
    if (word.kind === 'punctuation' && word.text !== "'" && word.text !== '’') return from
    if (PUBLICATION_PARTS.has(word.lower) && words[k + 1]?.lower === 'of') return k + 2
  }
  return from
}

/** The agent after "by": a name, or a determiner or capital and the words up to punctuation. */
function agentPhrase(words: readonly Word[], from: number, limit: number): Phrase | null {
  const first = words[from]
  if (!first || first.kind !== 'word' || first.quote >= 0) return null
  if (!first.capitalized && !DETERMINERS.has(first.lower) && !(first.lower.endsWith('s') && first.lower.length > 4)) return null
  let to = from
  while (to < limit && to - from < MAX_AGENT) {
    const word = words[to] as Word
    if (word.kind !== 'word' || word.quote >= 0 || ['that', 'which', 'who', 'in', 'on', 'at', 'after', 'before', 'during', 'to'].includes(word.lower)) break
    to++
  }
  return to > from ? {from, to} : null
}

/** The most tokens of a claim's phrase before its noun ("the repeated false claims"). */
const MAX_CLAIM_MODIFIERS = 4

/**
 * "The claim, made by Smith in a post on Facebook, is false", "Facebook
 * removed allegations levelled by former aides": a claim noun
 * (MADE_CLAIM_NOUNS), an optional comma, a participle of making
 * (MAKING_PARTICIPLES) and "by" with its agent. The agent is the source, the
 * claim's phrase (its determiner and modifiers, up to the noun) the content.
 *
 * @example
 * madeClaims(context, sentence)[0]?.attribution.speaker.name // 'Smith'
 */
export function madeClaims(context: AttributionContext, sentence: SentenceRange): PassiveAttribution[] {
  const {doc} = context
  const words = doc.words
  const found: PassiveAttribution[] = []
  for (let k = sentence.from + 1; k + 2 < sentence.to; k++) {
    const made = words[k] as Word
    if (!MAKING_PARTICIPLES.has(made.lower) || made.quote >= 0 || words[k + 1]?.lower !== 'by') continue
    const noun = words[k - 1]?.text === ',' ? k - 2 : k - 1
    if (noun < sentence.from || !MADE_CLAIM_NOUNS.has((words[noun] as Word).lower) || (words[noun] as Word).quote >= 0) continue
    const agent = leadingPhrase(doc, k + 2, sentence.to)
    if (!agent || agent.from !== k + 2) continue
    const attribution = speakerOfCue(context, {from: k, to: k + 1, lemma: 'make', form: 'finite', hearer: false}, sentence.from, sentence.to, agent, 'after')
    if (!attribution || attribution.entity.type === 'unknown') continue
    let from = noun
    while (from > sentence.from && noun - from < MAX_CLAIM_MODIFIERS && claimModifier(words[from - 1] as Word)) {
      from--
      if (DETERMINERS.has((words[from] as Word).lower)) break
    }
    // "He repeated false claims made by Trump": without a determiner, a word in "-ed" before the modifiers is the verb.
    if (!DETERMINERS.has((words[from] as Word).lower)) while (from < noun && (words[from] as Word).lower.endsWith('ed')) from++
    const start = (words[from] as Word).start
    const end = (words[noun] as Word).end
    found.push({attribution, content: {start, end, text: doc.text.slice(start, end)}})
  }
  return found
}

/** A determiner, possessive or adjective before a claim noun ("the", "his", "false", "repeated"). */
function claimModifier(word: Word): boolean {
  if (word.kind !== 'word' || word.quote >= 0) return false
  if (DETERMINERS.has(word.lower)) return true
  if (word.capitalized) return false
  const tags = wordTags(word.lower)
  return tags.includes('Adjective') && !tags.includes('Verb') && !tags.includes('Preposition')
}

function hasQuote(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((words[k] as Word).quote >= 0) return true
  return false
}
