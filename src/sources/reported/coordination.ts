import {VERB_ADVERBS} from '../../lexicons/cues.js'
import {AUXILIARY_VERBS, SPEAKING_PRONOUNS} from '../../lexicons/words.js'
import {leadingPhrase, speakerOfCue} from '../../attribution/index.js'
import type {Attribution, AttributionContext, Cue, SentenceRange, Word} from '../../attribution/index.js'

/** Verbs that lend their subject to an infinitive cue ("he appeared to suggest that …"). */
export const RAISING_VERBS: ReadonlySet<string> = new Set(['appear', 'appears', 'appeared', 'seem', 'seems', 'seemed'])

/**
 * The cue widened over a raising verb before it: "appeared to suggest",
 * "seems to acknowledge", so that the subject of "appeared" is the speaker;
 * `null` when no raising verb stands before "to".
 *
 * @example
 * raisedCue(doc, cue)?.from // the token of "appeared"
 */
export function raisedCue(words: readonly Word[], cue: Cue, floor: number): Cue | null {
  const to = words[cue.from - 1]
  const raising = words[cue.from - 2]
  if (!to || to.lower !== 'to' || !raising || cue.from - 2 < floor || !RAISING_VERBS.has(raising.lower) || raising.quote >= 0) return null
  return {...cue, from: cue.from - 2}
}

/**
 * The speaker of a cue coordinated with an earlier predicate of the
 * sentence's subject through an auxiliary: "Hillary Clinton, like Obama, has
 * encouraged … but has said she will …". The subject is the name or pronoun
 * that opens the sentence.
 *
 * @example
 * coordinatedSpeaker(context, cue, sentence)?.speaker.name // 'Hillary Clinton'
 */
export function coordinatedSpeaker(context: AttributionContext, cue: Cue, sentence: SentenceRange): Attribution | null {
  const {doc} = context
  const words = doc.words
  if (cue.form !== 'finite') return null
  let k = cue.from - 1
  if (k <= sentence.from || !AUXILIARY_VERBS.has((words[k] as Word).lower)) return null
  while (k > sentence.from && (AUXILIARY_VERBS.has((words[k] as Word).lower) || VERB_ADVERBS.has((words[k] as Word).lower))) k--
  const joint = words[k] as Word
  if (joint.lower !== 'and' && joint.lower !== 'but') return null
  const subject = leadingPhrase(doc, sentence.from, k)
  if (!subject) return null
  const first = words[subject.from] as Word
  const after = words[subject.to]
  if (!first.capitalized || first.quote >= 0 || !after || after.quote >= 0 || after.capitalized) return null
  const found = speakerOfCue(context, cue, sentence.from, sentence.to, subject, 'before')
  return found && found.entity.type !== 'unknown' ? found : null
}

/** Prepositions that open the occasion of an opening participle ("Writing for the majority", "Speaking at a rally", "Writing in the Telegraph"). */
const OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'to', 'in', 'at', 'by', 'from', 'during', 'with', 'after', 'before', 'outside', 'inside', 'via', 'through'])

/** The longest opening participle clause read as content, in tokens. */
const MAX_OPENING_CONTENT = 30

/**
 * A participle cue opening the sentence, its content running to the first
 * comma, and the subject of the main clause after that comma its speaker:
 * "Citing an unfounded conspiracy theory, Trump repeatedly accused …".
 * Returns the attribution and the token of that comma, or `null`.
 *
 * @example
 * openingParticiple(context, cue, sentence)?.attribution.speaker.name // 'Donald Trump'
 */
export function openingParticiple(context: AttributionContext, cue: Cue, sentence: SentenceRange): {attribution: Attribution; end: number} | null {
  const {doc} = context
  const words = doc.words
  if (cue.form !== 'participle' || cue.from !== sentence.from) return null
  let comma = cue.to
  while (comma < sentence.to && comma - cue.to <= MAX_OPENING_CONTENT && (words[comma] as Word).text !== ',' && (words[comma] as Word).quote < 0) comma++
  if (comma >= sentence.to || (words[comma] as Word).text !== ',' || comma - cue.to < 2) return null
  // "Writing for the majority, Chief Justice John Roberts said …", "Speaking at a rally, …": an occasion, not what was said.
  if (OCCASION_PREPOSITIONS.has((words[cue.to] as Word).lower)) return null
  const subject = leadingPhrase(doc, comma + 1, sentence.to)
  if (!subject) return null
  const first = words[subject.from] as Word
  const after = words[subject.to]
  if ((!first.capitalized && !SPEAKING_PRONOUNS.has(first.lower)) || first.quote >= 0 || !after || after.kind !== 'word' || after.capitalized || after.quote >= 0) return null
  const found = speakerOfCue(context, {...cue, form: 'finite'}, sentence.from, sentence.to, subject, 'after')
  return found && found.entity.type !== 'unknown' ? {attribution: found, end: comma} : null
}
