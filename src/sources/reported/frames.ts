import type {Span} from '../../types.js'
import {STATEMENT_FRAMES} from '../../lexicons/cues.js'
import {DETERMINERS} from '../../lexicons/words.js'
import {findCues, leadingPhrase, speakerOfCue} from '../../attribution/index.js'
import type {Attribution, AttributionContext, Cue, Word} from '../../attribution/index.js'

/** A clause attributed by the utterance that frames it. */
export interface FramedClause {
  attribution: Attribution
  content: Span
}

/** The most words of the opening phrase before its comma ("In a statement issued Tuesday morning,"). */
const MAX_FRAME = 14

/** Where the frame noun may stand after "in": "In a statement", "In his first television interview". */
const MAX_FRAME_NOUN = 5

/** Possessive determiners that may open the frame ("In his first television interview"). */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my'])

const END_PUNCTUATION: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':'])

/**
 * Clauses framed by an utterance: "In a statement issued Tuesday morning,
 * presidential nominee Hillary Clinton was more circumspect than her fellow
 * Democrats" attributes what follows its subject to the subject, with "In a
 * statement" as the cue. Only where no cue after the subject reports the
 * clause already ("In a statement, the ministry said …" is read as speech),
 * and only a subject that names someone.
 *
 * @example
 * findStatementFrames(context).map((f) => f.content.text) // ['was more circumspect than her fellow Democrats']
 */
export function findStatementFrames(context: AttributionContext): FramedClause[] {
  const {doc} = context
  const words = doc.words
  const found: FramedClause[] = []
  for (const sentence of doc.sentences) {
    if (doc.boilerplate[sentence.paragraph] || (words[sentence.from] as Word).lower !== 'in') continue
    let noun = -1
    let comma = -1
    for (let k = sentence.from + 1; k < Math.min(sentence.to, sentence.from + MAX_FRAME); k++) {
      const word = words[k] as Word
      if (word.quote >= 0) break
      if (word.text === ',') {
        comma = k
        break
      }
      if (noun < 0 && k - sentence.from <= MAX_FRAME_NOUN && STATEMENT_FRAMES.has(word.lower)) noun = k
    }
    const article = words[sentence.from + 1]?.lower ?? ''
    if (noun < 0 || comma < 0 || !(DETERMINERS.has(article) || POSSESSIVES.has(article))) continue
    const subject = leadingPhrase(doc, comma + 1, sentence.to)
    if (!subject || subject.to >= sentence.to - 1) continue
    // A cue after the subject reports the clause itself ("In a statement, the ministry said …").
    if (findCues(doc, subject.to, sentence.to, {stance: true}).length > 0) continue
    const cue: Cue = {from: sentence.from, to: noun + 1, lemma: 'statement', form: 'finite', hearer: false}
    const attribution = speakerOfCue(context, cue, comma + 1, sentence.to, subject)
    if (!attribution || attribution.entity.type === 'unknown' || attribution.entity.type === 'document') continue
    let end = sentence.to
    while (end > subject.to && END_PUNCTUATION.has((words[end - 1] as Word).text)) end--
    if (end <= subject.to) continue
    const start = (words[subject.to] as Word).start
    const stop = (words[end - 1] as Word).end
    found.push({attribution: {...attribution, confidence: 0.6}, content: {start, end: stop, text: doc.text.slice(start, stop)}})
  }
  return found
}
