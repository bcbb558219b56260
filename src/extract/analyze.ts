import type {Span} from '../types.js'
import type {OutletEntry} from '../lexicons/outlets.js'
import {segmentText} from '../text/index.js'
import {findBoilerplate} from '../boilerplate/index.js'
import {isStageDirection, scanQuotes} from '../quotes/index.js'
import type {RawQuote} from '../quotes/index.js'
import {COORDINATORS, DETERMINERS} from '../lexicons/words.js'
import {PERSON_ROLE_NOUNS, PERSON_TITLE_NOUNS} from '../lexicons/roles.js'
import {wordTags} from '../attribution/lexicon.js'
import {analyzeMention, attributeLabel, attributeQuote, buildDocument, tokenAtOffset, transcriptLabel, classifyQuote, withoutNicknames, createNameLexicon, EntityIndex, findCues, leadingPhrase, subjectBefore} from '../attribution/index.js'
import {resolve} from '../attribution/attribute.js'
import {isTitleCase} from '../attribution/kind.js'
import type {ArticleDocument, Attribution, AttributionContext, SentenceRange, Word} from '../attribution/index.js'
import type {QuoteKind} from '../types.js'

/** A quote after attribution, before it is shaped for the public API. */
export interface AnalyzedQuote {
  /** Indices of the raw quotes that make up this utterance. */
  raw: number[]
  parts: Span[]
  kind: QuoteKind
  attribution: Attribution | null
  inBoilerplate: boolean
  closed: boolean
}

/** The whole analysis of one article, shared by extractQuotes and findSources. */
export interface Analysis {
  context: AttributionContext
  quotes: AnalyzedQuote[]
}

/**
 * Run the pipeline: paragraphs and sentences, furniture, quote spans, names,
 * then attribution of every quote in text order (so that pronouns and
 * descriptions can look back), continuation of unattributed quotes and the
 * merging of `“A,” he said. “B.”` into one utterance.
 *
 * @example
 * analyzeArticle('“No,” Rubio said.').quotes[0].attribution?.speaker.name // 'Rubio'
 */
export function analyzeArticle(text: string, outlets: readonly OutletEntry[] = []): Analysis {
  const segmented = segmentText(text)
  const flags = findBoilerplate(text, segmented.paragraphs)
  const scan = scanQuotes(text, segmented.paragraphs, flags)
  const doc = withoutNicknames(buildDocument(text, segmented.paragraphs, scan.quotes, flags))
  const names = createNameLexicon(outlets)
  const entities = new EntityIndex(doc, names)
  entities.scanNames()
  const context: AttributionContext = {doc, entities, names}
  registerRoles(context)

  const quotes: AnalyzedQuote[] = []
  let previous: AnalyzedQuote | undefined
  let last: AnalyzedQuote | undefined
  doc.quotes.forEach((raw, q) => {
    let attribution = attributeQuote(context, q)
    let kind = classifyQuote(doc, q, attribution !== null)
    // A transcript's stage directions between turns ("(CROSSTALK.)") are nobody's words.
    const spoken = raw.parts.filter((part) => !isStageDirection(part))
    if (spoken.length === 0) {
      attribution = null
      kind = 'term'
    }
    const parts = spoken.length > 0 ? spoken : [...raw.parts]
    const current: AnalyzedQuote = {raw: [q], parts, kind, attribution, inBoilerplate: raw.inBoilerplate, closed: raw.close !== null}
    // “Miss Piggy” and “Miss Housekeeping”: a quote coordinated with the one before is of its kind and speaker (a title hands on no speaker).
    if (!attribution && last !== undefined && coordinated(text, doc.quotes[q - 1], raw)) {
      current.kind = kind = last.kind
      if (last.attribution && last.kind !== 'term') current.attribution = attribution = {...last.attribution, rule: 'coordination'}
    }
    // “Evening Report” and “Weekend Desk.”: a title-case quote coordinated with a title is a title too, speaker near or not.
    if (kind !== 'term' && last?.kind === 'term' && raw.parts.length === 1 && isTitleCase(raw.parts[0]?.text ?? '', true) && coordinated(text, doc.quotes[q - 1], raw)) current.kind = kind = 'term'
    // A transcript turn's label names the speaker; it is not part of what was said.
    if (attribution?.rule === 'label' && attribution.cue) current.parts[0] = afterLabel(text, current.parts[0] as Span, attribution.cue.end)
    last = current
    // A transcript quoted over several paragraphs: one utterance per labelled turn.
    const turns = transcriptTurns(context, current)
    if (turns) {
      for (const turn of turns) quotes.push(turn)
      previous = turns[turns.length - 1]
      return
    }
    // "“We will not stop,” Rubio said, “and we will win.”": the second part hangs on the same cue.
    const sameCue = attribution !== null && attribution !== undefined && sameAttribution(attribution, previous?.attribution) && previous !== undefined && onlyAttributionBetween(doc, previous, q)
    if ((!attribution || sameCue) && kind !== 'term' && previous?.attribution && previous.inBoilerplate === raw.inBoilerplate) {
      const continued = continuation(doc, previous, q)
      if (continued === 'merge') {
        for (const part of raw.parts) previous.parts.push(part)
        previous.raw.push(q)
        if (previous.kind !== 'direct' && kind === 'direct') previous.kind = 'direct'
        return
      }
      if (continued === 'follow' && !sameCue) {
        attribution = {...previous.attribution, rule: 'continuation', confidence: Math.min(0.7, previous.attribution.confidence)}
        kind = classifyQuote(doc, q, true)
        current.attribution = attribution
        current.kind = kind
      }
    }
    quotes.push(current)
    if (current.kind !== 'term') previous = current
  })
  return {context, quotes}
}

/**
 * Split a multi-paragraph quote whose paragraphs open with speaker labels
 * (`"WALLACE: …` / `"PENCE: …`) into one direct quote per turn; a paragraph
 * without a label continues the turn before it. Null when no later part has a label.
 */
function transcriptTurns(context: AttributionContext, quote: AnalyzedQuote): AnalyzedQuote[] | null {
  const {doc} = context
  if (quote.parts.length < 2) return null
  // The first part's label, if any, was read by attributeQuote and cut off already.
  const labels = quote.parts.map((part, i) => {
    if (i === 0) return null
    const k = tokenAtOffset(doc, part.start)
    const sentence = doc.sentences[(doc.words[k] as Word | undefined)?.sentence ?? -1]
    return sentence ? transcriptLabel(doc, k, sentence.to) : null
  })
  if (labels.every((label) => label === null)) return null
  const turns: AnalyzedQuote[] = []
  let turn: AnalyzedQuote | undefined
  quote.parts.forEach((part, i) => {
    const label = labels[i] ?? null
    if (turn === undefined || label !== null) {
      const attribution = label ? attributeLabel(context, label) : quote.attribution
      turn = {raw: quote.raw, parts: [], kind: 'direct', attribution, inBoilerplate: quote.inBoilerplate, closed: quote.closed}
      turns.push(turn)
      if (label && attribution?.cue) part = afterLabel(doc.text, part, attribution.cue.end)
    }
    turn.parts.push(part)
  })
  return turns
}

/** The part from the first word after a transcript label's colon. */
function afterLabel(text: string, part: Span, colonEnd: number): Span {
  let start = colonEnd
  while (start < part.end && /\s/u.test(text[start] as string)) start++
  return start >= part.end ? part : {start, end: part.end, text: text.slice(start, part.end)}
}

/**
 * Is `next` joined to `prev` only by a comma or a coordinator, in one paragraph
 * (“Miss Piggy” and “Miss Housekeeping”)?
 */
function coordinated(text: string, prev: RawQuote | undefined, next: RawQuote): boolean {
  if (prev?.close == null || next.parts.length !== 1 || prev.parts.length !== 1) return false
  const open = next.opens[0]
  if (open === undefined || open.start < prev.close.end || open.start - prev.close.end > 16) return false
  const gap = text.slice(prev.close.end, open.start)
  const between = gap.replace(/^[\s,]+|[\s,]+$/gu, '').toLowerCase()
  // A bare comma joins a list (“A,” “B” and “C”), outside the marks or, in American style, inside the first;
  // mere space after other words is two sentences side by side.
  if (between === '') return gap.includes(',') || /,\s*$/u.test(prev.parts[0]?.text ?? '')
  if (COORDINATORS.has(between)) return true
  // The second item may bring its own determiner and adjective: “a human leech” and a “brat”, “A” and general “B”.
  const words = between.split(/\s+/u)
  const coordinator = words.shift() as string
  if (!COORDINATORS.has(coordinator) || words.length > 2) return false
  if (words.length > 0 && DETERMINERS.has(words[0] as string)) words.shift()
  return words.length === 0 || (words.length === 1 && wordTags(words[0] as string).includes('Adjective'))
}

/**
 * Register, in text order, the described speakers of every cue ("A
 * spokesperson for Keir Starmer said …"), so that a later "the spokesperson"
 * resolves to them whichever comes first, a quote or reported speech.
 */
function registerRoles(context: AttributionContext): void {
  const {doc, entities, names} = context
  // Sentences where a person is named, counted as a prefix sum: whether one is within a window, in constant time.
  const named = new Array<number>(doc.sentences.length + 1).fill(0)
  for (const {sentence, entity} of entities.mentionsAt()) if (entity.kind === 'name' && entity.type === 'person' && sentence >= 0 && sentence < doc.sentences.length) named[sentence + 1] = 1
  for (let s = 0; s < doc.sentences.length; s++) named[s + 1] = (named[s + 1] as number) + (named[s] as number)
  for (const [index, sentence] of doc.sentences.entries()) {
    if (doc.boilerplate[sentence.paragraph]) continue
    // "The prime minister was defiant. “…,” she told MPs.": with no person named near, a title
    // description opening the sentence is someone a later "he" or "she" may stand for.
    if ((named[index + 1] as number) - (named[Math.max(0, index - DESCRIBED_LOOKBACK)] as number) === 0) registerOpeningTitle(context, sentence)
    for (const cue of findCues(doc, sentence.from, sentence.to)) {
      if (cue.form !== 'finite') continue
      const subject = subjectBefore(doc, cue.from, sentence.from)
      if (!subject) continue
      const mention = analyzeMention(doc, subject, names)
      // "A senior U.S. official told reporters …": one unnamed person a later "he said" may stand for.
      const unnamed = mention.type === 'anonymous' && PERSON_ROLE_NOUNS.has(mention.head)
      if (mention.kind === 'role' && (mention.type === 'person' || unnamed)) entities.register(mention, subject.from)
    }
  }
}

/** Tags of a word that can be the verb after a subject ("was", "has", "opposed", "will"). */
const VERB_TAGS: ReadonlySet<string> = new Set(['Verb', 'Copula', 'PastTense', 'PresentTense', 'Modal', 'Auxiliary'])

/** How many sentences back a named person keeps an opening title description from standing alone (a pronoun looks back 8). */
const DESCRIBED_LOOKBACK = 8

/**
 * Register a title description that opens a sentence as its subject ("The
 * prime minister was defiant.", "The senator has long opposed …"): one
 * person, a title of one office holder (PERSON_TITLE_NOUNS) as head, a verb right after. It
 * resolves like any description: to the person with that title, or to one
 * unnamed person.
 */
function registerOpeningTitle(context: AttributionContext, sentence: SentenceRange): void {
  const {doc, entities, names} = context
  const first = doc.words[sentence.from]
  if (!first || first.quote >= 0 || !DETERMINERS.has(first.lower)) return
  const phrase = leadingPhrase(doc, sentence.from, sentence.to)
  if (!phrase || phrase.from !== sentence.from) return
  const verb = doc.words[phrase.to]
  if (!verb || verb.kind !== 'word' || verb.quote >= 0 || !wordTags(verb.lower).some((tag) => VERB_TAGS.has(tag))) return
  const mention = analyzeMention(doc, phrase, names)
  if (mention.kind !== 'description' || mention.type !== 'person' || mention.plural || !PERSON_TITLE_NOUNS.has(mention.head)) return
  resolve(entities, mention, phrase.from)
}

/**
 * Between the previous quote and quote `q`, nothing but its attribution's cue
 * and speaker ("“A,” Rubio said, “b.”"); not "“A,” Powell said, adding that
 * talks “b”", where "adding that talks" makes the second quote another utterance.
 */
function onlyAttributionBetween(doc: ArticleDocument, previous: AnalyzedQuote, q: number): boolean {
  const range = doc.quoteTokens[q]
  const prevRange = doc.quoteTokens[previous.raw[previous.raw.length - 1] as number]
  const attribution = previous.attribution
  if (!range || !prevRange || !attribution || range.first < 0 || prevRange.last < 0) return false
  const inside = (word: Word, span: Span | null | undefined) => span !== null && span !== undefined && word.start >= span.start && word.end <= span.end
  for (let k = prevRange.last + 1; k < range.first; k++) {
    const word = doc.words[k] as Word
    if (word.kind === 'word' && word.quote < 0 && !inside(word, attribution.cue) && !inside(word, attribution.speaker.mention)) return false
  }
  return true
}

/** Two attributions through one cue of one speaker ("“A,” Rubio said, “b.”" gives both parts the same). */
function sameAttribution(a: Attribution, b: Attribution | null | undefined): boolean {
  return b !== null && b !== undefined && a.entity === b.entity && a.cue !== null && a.cue !== undefined && b.cue !== null && b.cue !== undefined && a.cue.start === b.cue.start
}

/**
 * Does an unattributed quote continue the previous speaker? `merge` when it
 * follows in the same paragraph with only the previous quote's attribution in
 * between (`“A,” he said. “B.”`); `follow` when it opens its paragraph right
 * after a paragraph whose quote was attributed (seed 003's second Yermak quote).
 */
function continuation(doc: ArticleDocument, previous: AnalyzedQuote, q: number): 'merge' | 'follow' | null {
  const range = doc.quoteTokens[q]
  const prevRaw = previous.raw[previous.raw.length - 1] as number
  const prevRange = doc.quoteTokens[prevRaw]
  if (!range || !prevRange || range.first < 0 || prevRange.last < 0) return null
  const words = doc.words
  const first = words[range.first] as Word
  const prevLast = words[prevRange.last] as Word
  const cue = previous.attribution?.cue
  if (first.paragraph === prevLast.paragraph) {
    // Only the attribution between the two quotes.
    const between = words.slice(prevRange.last + 1, range.first).filter((w) => w.kind === 'word')
    const cueBetween = cue !== undefined && cue !== null && cue.start > prevLast.end && cue.end <= first.start
    if (cueBetween && between.length <= 30) return 'merge'
    return between.length === 0 ? 'merge' : null
  }
  // A paragraph of its own right after the previous quote's paragraph.
  const paragraph = doc.paragraphs[first.paragraph]
  if (!paragraph || paragraph.start !== doc.quotes[q]?.opens[0]?.start) return null
  let gap = first.paragraph - 1
  while (gap > prevLast.paragraph && doc.boilerplate[gap]) gap--
  return gap === prevLast.paragraph ? 'follow' : null
}
