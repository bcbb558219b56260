import type {Span} from '../types.js'
import {RUBRIC_LABELS, RUBRIC_PLACE_TAGS} from '../lexicons/boilerplate.js'
import {COURT_PAPERS, DAY_WORDS, DOCUMENT_NOUNS, ROLE_NOUNS} from '../lexicons/roles.js'
import {AUDIENCE_NOUNS} from '../lexicons/outlets.js'
import {ASIDE_DASHES, CAUSED_FEELING_CUES, CUE_PARTICLES, PASSIVE_AUXILIARIES, PASSIVE_SKIPPABLE, PRODUCING_PARTICIPLES, EVENT_SUBJECT_NOUNS, LIKELIHOOD_CUES, IT_SPEECH_CUES, FEELING_COMPLEMENTS, INFINITIVE_CUES, JOINT_ADVERBS, OBJECT_CUES, OUTER_SPEECH_CUES, STATEMENT_FRAMES, VERB_ADVERBS, VERB_ONLY_FORMS} from '../lexicons/cues.js'
import {CLAUSE_BOUNDARIES, DETERMINERS, NUMBER_BOUNDS, PHRASE_STOPS, PRONOUNS, SPEAKING_PRONOUNS, TIME_NOUNS} from '../lexicons/words.js'
import {addingPreposition, attributeLabel, descriptorBefore, findCues, hearerPhrase, isFloatingQuantifier, leadingPhrase, speakerOfCue, subjectBefore, tokenAtOffset, transcriptLabel, wordTags} from '../attribution/index.js'
import type {ArticleDocument, Attribution, AttributionContext, Cue, SentenceRange, Word} from '../attribution/index.js'
import {analyzeMention} from '../attribution/mentions.js'
import {resolve} from '../attribution/attribute.js'
import {conjunctionBefore, fallbackSpeaker} from './reported/speaker.js'
import {afterParticipleAside, asideBeforeCue, commaAfterModifier, namesASource} from './reported/citing.js'
import {afterTimeAdjunct, bareHearer, closingHearer, determinerHearer, MAX_BARE_HEARER, TELLING_CUES, toHearerThat} from './reported/hearers.js'
import {contentEnd, determinerThat, mentionEndAfter} from './reported/clause.js'
import {inCommaRelative, inSubjectRelative, relativeContentEnd, subjectClauseEnd} from './reported/relative.js'
import {afterQuestion, closingComma, finiteIn, leadingClauseEnd, occasionOnly, topLevelCommas, trailingClauseEnd} from './reported/bounds.js'
import {ADJUNCT_WORDS, CLAUSE_JOINERS, CLAUSE_ONLY_CUES, CLAUSE_SUBJECTS, PLACING_WORDS, VERBLESS_OBJECT_NOT_CONTENT} from '../lexicons/bounds.js'
import {pluralPresentCues} from './reported/cues.js'
import {madeClaims, passiveAttribution} from './reported/passive.js'
import {summingRelative} from './reported/summing.js'
import {coordinatedSpeaker, openingParticiple, raisedCue} from './reported/coordination.js'

/** Reported speech: who is said to have said what, without quotation marks. */
export interface ReportedSpeech {
  attribution: Attribution
  /** The reported clause. */
  content: Span
}

/** The longest reported clause, in tokens (news sentences run to about 60). */
export const MAX_CONTENT = 160

const CLAUSE_STARTS_NOT = new Set(['to', 'in', 'at', 'by', 'from', 'into', 'as', 'with'])
const AUXILIARY_WORDS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must'])
const PREPOSITION_CONTENT = new Set(['about', 'of', 'for', 'on', 'against', 'over'])
const END_PUNCTUATION = new Set(['.', '!', '?', ',', ';', ':', '\u201D', '"', '\u2019'])

/**
 * Find reported speech in every story sentence: the clause after a cue
 * ("Zelensky said no such proposals had been shared"), the sentence before a
 * trailing attribution ("…, Sky News reported."), either side of "according to
 * X", and the sources an outlet cites ("the Financial Times reported, citing
 * people familiar with the matter").
 *
 * @example
 * findReportedSpeech(context).map((r) => r.attribution.speaker.name)
 */
export function findReportedSpeech(context: AttributionContext): ReportedSpeech[] {
  const {doc} = context
  const found: ReportedSpeech[] = []
  doc.sentences.forEach((sentence) => {
    if (doc.boilerplate[sentence.paragraph]) return
    let previous: ReportedSpeech | null = null
    /** Whether `previous` is an outlet's report ("The Times reported", "Reuters said"), whose "citing X" names X as its source. */
    let reports = false
    let last: {attribution: Attribution; cue: Cue} | null = null
    /** Contents of this sentence's speech cues ("said that …"): a speaker inside one is part of it. */
    const outers: Span[] = []
    const known = findCues(doc, sentence.from, sentence.to, {stance: true})
    // "Polls show …", "some groups acknowledge that …": present-tense plural cues too.
    const cues = [...known, ...pluralPresentCues(doc, sentence.from, sentence.to, known)].sort((a, b) => a.from - b.from)
    // "The Russian leader indicated …, FT reported.": a closing attribution reports the whole sentence.
    const closing = closingAttribution(context, cues, sentence)
    /** Cues inside a read "quoted X as saying" frame, or inside the source phrase of "according to", are part of it. */
    let frameEnd = -1
    const whole = sentence
    // "Experts had predicted a rise, the paper reported.": the cues of the clause reported, each read up to the comma.
    const closingSubject = closing ? subjectBefore(doc, closing.from, whole.from) : null
    const closingComma = closing ? (closingSubject ? descriptorBefore(doc.words, closingSubject.from, whole.from) : closing.from) - 1 : -1
    // Verbs of saying and thinking only, and no noun before a verb ("Preliminary reports were that …").
    const inner = closing ? cues.filter((c) => c !== closing && c.to <= closingComma && c.form === 'finite' && OUTER_SPEECH_CUES.has(c.lemma) && !AUXILIARY_WORDS.has(doc.words[c.to]?.lower ?? '')) : []
    for (const detected of closing ? [...inner, closing] : cues) {
      if (detected.from < frameEnd) continue
      const sentence: SentenceRange = closing && detected !== closing ? {...whole, to: closingComma} : whole
      // "he appeared to suggest that …": the subject of "appeared" speaks.
      const cue = raisedCue(doc.words, detected, sentence.from) ?? detected
      // "Citing an unfounded theory, Trump accused …": the main clause's subject, the words up to the comma.
      const opening = openingParticiple(context, cue, sentence)
      // "Citing two sources, Reuters reported …": the sources speak through the outlet (read below), the outlet cites no content.
      if (opening && cue.lemma === 'cite' && ROLE_NOUNS.has((doc.words[opening.end - 1] as Word | undefined)?.lower ?? '')) continue
      if (opening) {
        const content = trimmed(doc, cue.to, opening.end)
        if (content && !insideQuote(doc, content, sentence)) found.push({attribution: opening.attribution, content})
        continue
      }
      // "The Times reported …, citing X" is read below, as X through the outlet. After no outlet
      // ("the Supreme Court blocked …, citing a threat to public health", "analysts said …, citing
      // the strategic importance of …") or citing a possessed thing, it is the subject's own reason.
      if (cue.lemma === 'cite' && cue.form === 'participle' && previous && reports && !POSSESSIVE_DETERMINERS.has(doc.words[cue.to]?.lower ?? '')) continue
      // "Reuters, citing two sources, said …", "The FT reported, citing people familiar …, that …": an aside of the cue after it.
      if ((cue.lemma === 'cite' || cue.lemma === 'quote') && cue.form === 'participle' && asideBeforeCue(doc.words, cue, cues, sentence)) continue
      // "was first reported by The Washington Post": the agent, and the subject as content.
      const passive = passiveAttribution(context, cue, sentence)
      if (passive) {
        found.push(passive)
        continue
      }
      if (cue.form === 'passive') continue
      const before = doc.words[cue.from - 1]
      // "in addition to saying …" is no infinitive.
      const adding = cue.form === 'participle' ? addingPreposition(doc.words, cue.from) : -1
      if (cue.form !== 'prepositional' && before && before.sentence === (doc.words[cue.from] as Word).sentence && before.lower === 'to' && adding < 0) continue
      // "is telling a veterans group ... and says he will ...": the same speaker goes on.
      // "… but also contended …", "… and later said …": past adverbs to the conjunction.
      const coordinated: boolean = previous !== null && cue.form === 'finite' && conjunctionBefore(doc.words, cue.from, sentence.from)
      // "Israel's military said its aircraft struck a school, a claim Hamas denied.": Hamas speaks of the clause summed up.
      const summing = summingRelative(doc.words, cue, sentence.from)
      if (summing) {
        const summed = trimmed(doc, sentence.from, summing.comma)
        const held = speakerOfCue(context, cue, summing.subject, sentence.to)
        if (!summed || !held) continue
        const content = previous && previous.content.end === summed.end ? previous.content : summed
        if (!insideQuote(doc, content, sentence)) found.push({attribution: held, content})
        continue
      }
      // "…, but he refuses to name anyone, aside from saying …": the nearest clause's speaker goes on.
      const nearest = last as {attribution: Attribution; cue: Cue} | null
      const addingTo: Attribution | null = adding >= 0 && nearest && continuesAfterComma(doc, cue, nearest.cue) ? nearest.attribution : null
      let attribution: Attribution | null = addingTo ? {...addingTo, cue: spanOf(doc, cue.from, cue.to)} : coordinated && previous ? {...previous.attribution, cue: spanOf(doc, cue.from, cue.to)} : speakerOfCue(context, cue, sentence.from, sentence.to)
      // "Clinton, like Obama, has encouraged … but has said she will …": the subject that opens the sentence.
      if (!attribution || attribution.entity.type === 'unknown') attribution = coordinatedSpeaker(context, cue, sentence) ?? attribution
      if (!attribution || attribution.entity.type === 'unknown') attribution = fallbackSpeaker(context, cue, sentence) ?? mixedQuoteSpeaker(context, cue, sentence) ?? dashAsideSpeaker(context, cue, sentence) ?? unresolvedPronoun(attribution, cue)
      // "…,” he said, adding that …": a participle after a comma goes on with the last speaker, even one of a quote.
      const carried = last as {attribution: Attribution; cue: Cue} | null
      if ((!attribution || attribution.entity.type === 'unknown') && carried && continuesAfterComma(doc, cue, carried.cue)) attribution = {...carried.attribution, cue: spanOf(doc, cue.from, cue.to)}
      if (!attribution) continue
      if (attribution.entity.type !== 'unknown') last = {attribution, cue}
      // "The Guardian quoted the spokesperson as saying …": what was said starts after "saying".
      const reading = quotedAsSaying(doc, cue, attribution)
      if (reading !== cue) frameEnd = reading.to
      // "according to a person briefed on the talks", "According to court documents": no cue inside the source's phrase.
      if (cue.form === 'prepositional') frameEnd = Math.max(frameEnd, tokenAtOffset(doc, attribution.speaker.mention.end))
      const content = contentOf(doc, reading, attribution, sentence, cues.slice(cues.indexOf(detected) + 1).filter((c) => c.from >= reading.to)) ?? paragraphAfterColon(doc, cue, sentence)
      if (!content || insideQuote(doc, content, sentence)) continue
      // "The bill has worried nervous Democrats …": a bare object of a feeling felt, the subject caused it.
      if (causedFeeling(doc, cue, content)) continue
      // "The crisis threatened to spiral …", "The session promises to be long": likely to, no words of anyone's.
      if (likelihood(doc, cue, attribution)) continue
      // "Experts had predicted a rise, the paper reported.": only the subject that opens the clause reported speaks inside it.
      if (closing && detected !== closing && !opensSentence(doc, attribution.speaker.mention, whole)) continue
      // "Earnest said that Obama has long called for …": a speaker inside an earlier reported clause is part of it.
      if (attribution.cue && nestedIn(outers, attribution.speaker.mention, attribution.cue)) continue
      const reported: ReportedSpeech = {attribution, content}
      found.push(reported)
      // "According to Yahoo News, Clinton spokesman Jesse Lehrich said …": the outlet's clause holds the other.
      if ((OUTER_SPEECH_CUES.has(cue.lemma) && cue.form === 'finite') || cue.lemma === 'according to') outers.push(content)
      previous = reported
      reports = cue.lemma === 'report' || attribution.entity.type === 'outlet'
    }
    // "The claim, made by Smith in a post on Facebook, is false": the author of a claim made.
    for (const made of madeClaims(context, sentence)) if (!insideQuote(doc, made.content, sentence)) found.push(made)
    // "…, citing people familiar with the matter", "…, quoting two officials": the cited source, through the outlet.
    for (let i = sentence.from; i < sentence.to; i++) {
      const word = doc.words[i] as Word
      if (word.quote >= 0 || (word.lower !== 'citing' && word.lower !== 'quoting') || !previous) continue
      // "…, citing a threat to public health": read above as the subject's own attribution.
      if (previous.attribution.cue?.start === word.start) continue
      const phrase = leadingPhrase(doc, i + 1, sentence.to)
      if (!phrase) continue
      const mention = analyzeMention(doc, phrase, context.names)
      // "…, citing her": an object pronoun is what is cited about someone, not a source.
      if (mention.kind === 'pronoun') continue
      // "citing security concerns": a reason, not a source; "citing two sources", "citing court documents" are sources.
      if (mention.kind !== 'name' && !namesASource(doc.words, phrase)) continue
      const entity = resolve(context.entities, mention, phrase.from)
      if (!entity) continue
      const via = previous.attribution.entity
      found.push({
        content: previous.content,
        attribution: {
          speaker: {name: entity.name, type: entity.type === 'document' ? 'unknown' : entity.type, mention: mention.span, ...(entity.title ? {title: entity.title} : {})},
          entity,
          cue: {start: word.start, end: word.end, text: word.text},
          via: via.name,
          viaEntity: via,
          viaMention: previous.attribution.speaker.mention,
          rule: 'before',
          confidence: 0.7
        }
      })
    }
  })
  return found
}

/**
 * Is the cue a verb of feeling whose content is its bare object, the one who
 * feels ("The bill has worried nervous Democrats on Capitol Hill"): no
 * complement word opens it and no finite verb makes it a clause ("officials
 * worried the bill would fail")? Then its subject caused the feeling and
 * said nothing.
 */
function causedFeeling(doc: ArticleDocument, cue: Cue, content: Span): boolean {
  if (!CAUSED_FEELING_CUES.has(cue.lemma) || cue.form !== 'finite') return false
  const first = doc.words[cue.to]
  if (!first || first.start !== content.start || FEELING_COMPLEMENTS.has(first.lower)) return false
  let to = cue.to
  while (to < doc.words.length && (doc.words[to] as Word).end <= content.end) to++
  return !finiteIn(doc.words, cue.to, to)
}

/**
 * Is the cue "threaten" or "promise" ({@link LIKELIHOOD_CUES}) read as "is
 * likely to" or "endangers": before "to be" ("promises to be intense"), or
 * after a common noun of an event or a state ({@link EVENT_SUBJECT_NOUNS}:
 * "the strike threatened to paralyse the port", "a development that could
 * threaten the market")? Then no one speaks.
 */
function likelihood(doc: ArticleDocument, cue: Cue, attribution: Attribution): boolean {
  const words = doc.words
  if (!LIKELIHOOD_CUES.has(cue.lemma) || cue.form === 'participle') return false
  if (words[cue.to]?.lower === 'to' && words[cue.to + 1]?.lower === 'be') return true
  const head = words[tokenAtOffset(doc, attribution.speaker.mention.end) - 1]
  return head !== undefined && !head.capitalized && EVENT_SUBJECT_NOUNS.has(head.lower)
}

/**
 * The cue of "X quoted Y as saying …" read through "saying": the attribution's
 * cue span already runs over the quoted person ("quoted the spokesperson as
 * saying"), so the content starts after it. Any other cue is returned as it is.
 */
function quotedAsSaying(doc: ArticleDocument, cue: Cue, attribution: Attribution): Cue {
  const span = attribution.cue
  if ((cue.lemma !== 'quote' && cue.lemma !== 'report') || !span || span.end <= (doc.words[cue.to - 1] as Word).end) return cue
  let to = cue.to
  while (to < doc.words.length && (doc.words[to] as Word).end <= span.end) to++
  return {...cue, to}
}

/**
 * A block quotation set as a paragraph of its own, its marks lost to the
 * layout: "Limbaugh added:" ending its paragraph introduces the next one. A
 * paragraph that opens with a quotation mark is a quote (extractQuotes reads
 * it), and furniture is nobody's words.
 *
 * @example
 * paragraphAfterColon(doc, cue, sentence)?.text // 'And from a supposed front-runner, this reeks of fear.'
 */
function paragraphAfterColon(doc: ArticleDocument, cue: Cue, sentence: SentenceRange): Span | null {
  const words = doc.words
  const colon = words[cue.to]
  if (cue.to + 1 !== sentence.to || colon?.text !== ':') return null
  const next = words[sentence.to]
  if (!next || next.paragraph !== colon.paragraph + 1 || next.quote >= 0 || doc.boilerplate[next.paragraph]) return null
  let end = sentence.to
  while (end < words.length && (words[end] as Word).paragraph === next.paragraph) end++
  return trimmed(doc, sentence.to, end)
}

/**
 * Speaker labels of a transcript: a paragraph that opens (after an optional
 * quotation mark) with a name in capitals and a colon, `"PENCE: Well, look…`.
 * The rest of the paragraph is what the labelled speaker said.
 *
 * @example
 * findTranscriptLabels(context).map((r) => r.attribution.speaker.mention.text) // ['PENCE']
 */
export function findTranscriptLabels(context: AttributionContext): ReportedSpeech[] {
  const {doc} = context
  const found: ReportedSpeech[] = []
  for (const sentence of doc.sentences) {
    if (doc.boilerplate[sentence.paragraph]) continue
    const paragraph = doc.paragraphs[sentence.paragraph]
    if (!paragraph) continue
    const label = transcriptLabel(doc, sentence.from, sentence.to)
    // A turn in quotation marks is a quote: extractQuotes attributes it, findSources gives it as direct.
    if (!label || (doc.words[label.from] as Word).quote >= 0) continue
    const attribution = attributeLabel(context, label)
    if (!attribution) continue
    const colon = label.to
    const lastToken = doc.words[tokenAtOffset(doc, paragraph.end) - 1] as Word
    // A turn runs to the end of its paragraph, or to the next turn's label on the same line.
    let end = nextLabelIn(doc, sentence, tokenAtOffset(doc, paragraph.end))
    while (end > colon + 1 && END_PUNCTUATION.has((doc.words[end - 1] as Word).text)) end--
    if (end <= colon + 1 || lastToken.paragraph !== sentence.paragraph) continue
    const start = (doc.words[colon + 1] as Word).start
    const stopAt = (doc.words[end - 1] as Word).end
    found.push({content: {start, end: stopAt, text: doc.text.slice(start, stopAt)}, attribution: {...attribution, confidence: 0.7}})
  }
  const headline = headlineLabel(context)
  if (headline) found.push(headline)
  return found
}

/** The first token of the next sentence of this paragraph that opens with a transcript label, or `paragraphEnd`. */
function nextLabelIn(doc: ArticleDocument, sentence: SentenceRange, paragraphEnd: number): number {
  for (let s = (doc.words[sentence.from] as Word).sentence + 1; s < doc.sentences.length; s++) {
    const next = doc.sentences[s] as SentenceRange
    if (next.from >= paragraphEnd) break
    if (transcriptLabel(doc, next.from, next.to)) return next.from
  }
  return paragraphEnd
}

/** Words a speaker's name never holds: a headline label with one is a title ("Stealth Over Health:"). Not "of" ("Bank of America:") or "and". */
const LABEL_BREAKERS: ReadonlySet<string> = new Set([...PHRASE_STOPS].filter((w) => w !== 'of' && w !== 'and'))

/** The most words of a headline label before its colon ("Poll:", "Sanders:", "Obama on Climate Change:"). */
const MAX_HEADLINE_LABEL = 5

/**
 * A headline that opens with its source and a colon: "Poll: Clinton and
 * Trump in dead heat …", "Sanders: Clinton needs to …", "Obama on Climate
 * Change: The Trends Are 'Terrifying.'" (a topic after "on"). The label is
 * a capitalized phrase of at most five words at the start of the article's
 * first sentence; what follows the colon is its content.
 */
function headlineLabel(context: AttributionContext): ReportedSpeech | null {
  const {doc} = context
  const sentence = doc.sentences[0]
  if (!sentence || doc.boilerplate[sentence.paragraph]) return null
  const words = doc.words
  let colon = sentence.from
  while (colon < sentence.to && colon - sentence.from <= MAX_HEADLINE_LABEL && (words[colon] as Word).text !== ':') colon++
  if (colon >= sentence.to - 1 || (words[colon] as Word).text !== ':' || colon === sentence.from) return null
  const first = words[sentence.from] as Word
  // Not "The Latest: Trump urges …", a rubric.
  if (first.kind !== 'word' || !first.capitalized || first.quote >= 0 || DETERMINERS.has(first.lower)) return null
  // "Q: Will you run again?": the question of an interview in Q&A form, no one named.
  if (colon === sentence.from + 1 && first.text.length === 1) return null
  // "Obama on Climate Change:": the speaker before "on".
  let end = sentence.from
  while (end < colon && (words[end] as Word).lower !== 'on') end++
  for (let k = sentence.from; k < end; k++) if ((words[k] as Word).kind !== 'word' || !(words[k] as Word).capitalized) return null
  // A title, not a speaker: "Stealth Over Health: Hillary Clinton Was Headed to ER …" (a name holds no "over").
  for (let k = sentence.from + 1; k < end; k++) if (LABEL_BREAKERS.has((words[k] as Word).lower)) return null
  const subject = leadingPhrase(doc, sentence.from, end)
  if (!subject || subject.from !== sentence.from || subject.to !== end) return null
  // A rubric or a region that heads a section, no speaker: "Notes: …", "Kentucky: the race for governor …".
  if (rubricLabel(words, sentence.from, end)) return null
  const attribution = speakerOfCue(context, {from: colon, to: colon + 1, lemma: 'say', form: 'finite', hearer: false}, sentence.from, sentence.to, subject, 'before')
  if (!attribution || attribution.entity.type === 'unknown') return null
  const content = trimmed(doc, colon + 1, sentence.to)
  return content ? {attribution: {...attribution, confidence: 0.6}, content} : null
}

/** True when the label of tokens `[from, to)` is one word of {@link RUBRIC_LABELS} or a place tagged {@link RUBRIC_PLACE_TAGS} ("Notes", "New Jersey"). */
function rubricLabel(words: readonly Word[], from: number, to: number): boolean {
  const label = words.slice(from, to).map((word) => word.lower).join(' ')
  if (to === from + 1 && RUBRIC_LABELS.has(label)) return true
  return wordTags(label).some((tag) => RUBRIC_PLACE_TAGS.has(tag))
}

/**
 * Outlets cited for a report without a speech verb: "a Financial Times
 * report", "a report in the Financial Times"; not one inside the content of
 * another attribution (`contents`: "The Kremlin dismissed the FT report as false"),
 * nor one named only as a go-between (`between`: "In an op-ed for The Washington Post, Smith wrote").
 *
 * @example
 * findOutletReports(context, taken, contents, owners).map((r) => r.attribution.speaker.name) // ['Financial Times']
 */
export function findOutletReports(
  context: AttributionContext,
  taken: ReadonlySet<string>,
  contents: readonly Span[] = [],
  owners: ReadonlyArray<{speaker: Span; content: Span}> = [],
  between: readonly Span[] = []
): ReportedSpeech[] {
  const {doc, entities} = context
  const found: ReportedSpeech[] = []
  // The tokens inside an outlet's name, marked once (linear in the text).
  const inName = new Uint8Array(doc.words.length)
  for (const sighting of entities.mentionsAt()) {
    if (sighting.entity.type !== 'outlet') continue
    const mention = entities.mentionAt(sighting.entity, (doc.words[sighting.token] as Word).start)
    if (!mention) continue
    for (let k = sighting.token; k < doc.words.length && (doc.words[k] as Word).start < mention.end; k++) inName[k] = 1
  }
  // The contents of other attributions by the sentence they start in, for the check below.
  const contentsBySentence = bySentence(doc, contents, (content) => content.start)
  const ownersBySentence = bySentence(doc, owners, (owner) => owner.speaker.start)
  const betweenBySentence = bySentence(doc, between, (mention) => mention.start)
  for (const sighting of entities.mentionsAt()) {
    const entity = sighting.entity
    if (entity.type !== 'outlet') continue
    const sentence = doc.sentences[sighting.sentence]
    if (!sentence || doc.boilerplate[sentence.paragraph] || taken.has(`${entity.id}:${sighting.sentence}`)) continue
    const word = doc.words[sighting.token] as Word
    if (word.quote >= 0) continue
    // A document noun within three words either side, with no clause word between ("the Associated Press that the plan"
    // names no plan of the AP's).
    let cueToken = -1
    for (let k = Math.max(sentence.from, sighting.token - 3); k < Math.min(sentence.to, sighting.token + 6); k++) {
      const near = doc.words[k] as Word
      // A word of an outlet's name is no report: "The Washington Post", "Drudge Report".
      if (inName[k] === 1) continue
      if (CLAUSE_BOUNDARIES.has(near.lower)) {
        // "a plan that Reuters saw": the noun before is no report of the outlet's.
        if (k < sighting.token) cueToken = -1
        else break
      }
      if (cueToken < 0 && near.quote < 0 && (DOCUMENT_NOUNS.has(near.lower) || near.lower === 'reports') && !COURT_PAPERS.has(near.lower)) {
        cueToken = k
        if (k > sighting.token) break
      }
    }
    if (cueToken < 0) continue
    // "The Post/ABC poll was conducted by telephone …": a sentence on how the document was made, none of what it says.
    if (producedPassive(doc.words, cueToken + 1, sighting.sentence)) continue
    // "said in a statement to Fox News": the outlet the statement went to, no report of its own.
    if (cueToken < sighting.token && hearerBefore(doc.words, sighting.token, cueToken)) continue
    // A credit line ("AFP contributed reporting") cites nothing.
    if (doc.words.slice(Math.max(sentence.from, sighting.token - 3), Math.min(sentence.to, sighting.token + 4)).some((w) => w.lower === 'contributed')) continue
    const mention = entities.mentionAt(entity, word.start) ?? {start: word.start, end: word.end, text: word.text}
    if ((betweenBySentence.get(sighting.sentence) ?? []).some((b) => b.start <= mention.start && mention.end <= b.end)) continue
    // "The Kremlin dismissed the FT report as false": the report is what someone else speaks of, not a source here.
    // "seizing upon a New York Times report that Trump had a net loss …": the report's claim is the clause after "that".
    const claim = (doc.words[cueToken + 1] as Word | undefined)?.lower === 'that' && cueToken + 2 < sentence.to
    if (!claim && (contentsBySentence.get(sighting.sentence) ?? []).some((c) => c.start <= mention.start && mention.end <= c.end)) continue
    // "according to a Reuters poll of economists": the outlet cites what the source named with it does.
    const owner = claim ? undefined : ownersBySentence.get(sighting.sentence)?.find((o) => o.speaker.start <= mention.start && mention.end <= o.speaker.end)
    const cue = doc.words[cueToken] as Word
    const content = owner ? owner.content : claim ? trimmed(doc, cueToken + 2, contentEnd(doc, cueToken + 2, sentence.to, false, true)) : trimmed(doc, sentence.from, sentence.to)
    if (!content) continue
    found.push({
      content,
      attribution: {
        speaker: {name: entity.name, type: 'outlet', mention},
        entity,
        cue: {start: cue.start, end: cue.end, text: cue.text},
        rule: 'before',
        confidence: 0.6
      }
    })
  }
  return found
}

/** The most auxiliaries and adverbs between a document noun and the participle of its making ("has also been conducted"). */
const MAX_PASSIVE_WORDS = 3

/**
 * True when the words from token `k` are a passive of producing the document
 * noun before them: an auxiliary ("was", "has been"), maybe an adverb, and a
 * participle of {@link PRODUCING_PARTICIPLES} ("the poll was conducted",
 * "the survey was also released on Monday").
 */
function producedPassive(words: readonly Word[], k: number, sentence: number): boolean {
  let auxiliary = false
  for (let j = k; j <= k + MAX_PASSIVE_WORDS; j++) {
    const word = words[j]
    if (!word || word.sentence !== sentence || word.kind !== 'word' || word.quote >= 0) return false
    if (auxiliary && PRODUCING_PARTICIPLES.has(word.lower)) return true
    if (PASSIVE_AUXILIARIES.has(word.lower)) auxiliary = true
    else if (!auxiliary || !PASSIVE_SKIPPABLE.has(word.lower)) return false
  }
  return false
}

/**
 * True when the outlet name at token `k` follows "to" (and an optional
 * "the") after the document noun at `cue`: "a statement to Fox News", "an
 * e-mail to the Journal" name who received it.
 */
function hearerBefore(words: readonly Word[], k: number, cue: number): boolean {
  let p = k - 1
  if (p > cue && (words[p] as Word).lower === 'the') p--
  return p > cue && (words[p] as Word).lower === 'to'
}

/** Items by the sentence their offset `at` falls in. */
function bySentence<T>(doc: ArticleDocument, items: readonly T[], at: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>()
  for (const item of items) {
    const sentence = (doc.words[tokenAtOffset(doc, at(item))] as Word | undefined)?.sentence ?? -1
    const list = map.get(sentence) ?? []
    list.push(item)
    map.set(sentence, list)
  }
  return map
}

function closingAttribution(context: AttributionContext, cues: Cue[], sentence: SentenceRange): Cue | null {
  const {doc} = context
  // Past a trailing participle clause: "…, the Financial Times reported, citing people familiar".
  let index = cues.length - 1
  while (index > 0 && (cues[index] as Cue).form === 'participle') index--
  const last = cues[index]
  if (!last || last.form !== 'finite' || (index < 1 && cues.length < 2)) return null
  // "Through a spokesman, he declined to comment": an infinitive closes nothing.
  if (doc.words[last.from - 1]?.lower === 'to') return null
  const subject = subjectBefore(doc, last.from, sentence.from)
  if (!subject) return null
  // "…, a claim Hamas denied.": a clause on the writer's summing-up, read with the sentence's own cues.
  if (summingRelative(doc.words, last, sentence.from)) return null
  // "…, program coordinator Dana Reyes said.": a lower-case descriptor may stand between the comma and the name.
  const comma = doc.words[descriptorBefore(doc.words, subject.from, sentence.from) - 1]
  if (!comma || comma.text !== ',') return null
  // "According to one person at the meeting, the president shouted.": the comma closes the opening source, not a clause reported.
  const opening = cues[0]
  if (opening && opening !== last && opening.form === 'prepositional' && opening.from <= sentence.from + 1 && topLevelCommas(doc.words, opening.to, subject.from - 1).next().done === true) return null
  // Nothing but adverbials after the cue: the sentence ends, or a date, or ", citing ...".
  for (let k = last.to; k < sentence.to; k++) {
    const word = doc.words[k] as Word
    if (word.kind === 'word' && (word.lower === 'that' || (word.quote >= 0))) return null
    if (word.text === ',') break
    // "…, two speechwriters implored her to bring it back, arguing …": an object or a clause, not an adverbial.
    if (word.kind === 'word' && !word.capitalized && !ADJUNCT_WORDS.has(word.lower) && !/^\d/u.test(word.text)) return null
    // "…, Trump repeatedly accused Rafael Cruz, who …": a name after a cue that takes no hearer is its object.
    if (word.kind === 'word' && word.capitalized && !last.hearer && !TIME_NOUNS.has(word.lower)) return null
  }
  return last
}

function contentOf(doc: ArticleDocument, cue: Cue, attribution: Attribution, sentence: SentenceRange, later: readonly Cue[]): Span | null {
  const words = doc.words
  // "said he would order a review and warned against hackers": two attributions, the first
  // ending at the first later cue joined by a conjunction ("say it's too early to discuss … but noted that …").
  let stop = sentence.to
  for (const next of later) {
    // "reported, citing people familiar with the matter, that …": an aside before the content.
    if (next.form === 'participle' && afterParticipleAside(words, next.from - 1, sentence.to) > next.from - 1) continue
    // "…, even suggesting he …", "… and warned …": the next attribution starts there.
    // "…, aside from saying …": the comma before the preposition.
    const adding = next.form === 'participle' ? addingPreposition(words, next.from) : -1
    let before = (adding >= 0 ? adding : next.from) - 1
    // "… but has said …", "… and also warned …", "…, and Germany has since said": past auxiliaries and adverbs to the conjunction.
    while (before > cue.to && (JOINT_ADVERBS.has((words[before] as Word).lower) || (words[before] as Word).lower === 'even' || (words[before] as Word).lower === 'since' || AUXILIARY_WORDS.has((words[before] as Word).lower))) before--
    // "…, each saying …": a quantifier floating before the participle.
    if (next.form === 'participle' && before > cue.to && before === next.from - 1 && isFloatingQuantifier(words, before)) before--
    // "as a “strong leader,” comparing …": the comma before a closing quotation mark.
    if (next.form === 'participle' && before > cue.to + 1 && (words[before] as Word).kind !== 'word' && (words[before] as Word).text !== ',' && (words[before - 1] as Word).text === ',') before--
    const joint = words[before]
    // "suggested looking at the bills and asking yourself …": a gerund content goes on through a gerund joined to it.
    if (joint?.lower === 'and' && next.form === 'participle' && gerundAt(words[cue.to])) continue
    // "A woman, who asked not to be named because she feared retaliation, said …": the main clause's cue right after a comma.
    const mainCue = joint !== undefined && joint.text === ',' && joint.quote < 0 && next.form === 'finite' && before === next.from - 1
    if (joint && (joint.lower === 'and' || joint.lower === 'but' || (joint.text === ',' && next.form === 'participle') || mainCue)) {
      stop = before
      break
    }
    // "Economists said the news was no surprise, and politicians said it …": a clause with its own subject and cue.
    const conjoined = next.form === 'finite' ? conjoinedSubject(words, cue.to, next.from) : -1
    if (conjoined >= 0) {
      stop = conjoined
      break
    }
  }
  // "Smith, who told reporters the deal was dead, said …": a cue in a relative clause on the subject reports up to the main predicate.
  if (inSubjectRelative(words, cue, sentence.from)) stop = relativeContentEnd(words, cue.to, stop, later)
  const mentionStart = attribution.speaker.mention.start
  const mentionToken = tokenAt(doc, mentionStart, sentence)
  // "One of the reasons that Trump refuses to release his returns may be that …": an infinitive or object ends before the main clause's auxiliary.
  if (mentionToken > sentence.from && (INFINITIVE_CUES.has(cue.lemma) || OBJECT_CUES.has(cue.lemma))) stop = subjectClauseEnd(words, sentence.from, mentionToken, cue.to, stop)
  // "The bill, which Smith said would cost $2 billion, passed …": a cue inside a relative clause set off by commas reports to its closing comma;
  // with nothing after the cue ("The claims, which the company denies, were …") what it speaks of is the noun phrase before.
  if (mentionToken > sentence.from && inCommaRelative(words, mentionToken)) {
    stop = closingComma(words, cue.to, stop)
    if (stop === cue.to || trimmed(doc, cue.to, stop) === null) return antecedentBefore(doc, mentionToken - 2, sentence.from)
  }
  // "… ideals - critics would call them messianic impulses - it has also …": an aside between dashes ends at the closing one.
  stop = dashAsideEnd(words, Math.min(mentionToken >= 0 ? mentionToken : cue.from, cue.from), cue.to, sentence.from, stop)
  if (cue.form === 'prepositional') {
    const phrase = leadingPhrase(doc, cue.to, sentence.to)
    // "According to exit polls, …": a common-noun source ends where its mention does; so does one read to the
    // punctuation ("According to a 52-count civil complaint filed by the SEC, …").
    const mentionEnd = mentionEndAfter(doc, attribution.speaker.mention, cue.to, sentence.to)
    let end = phrase && mentionEnd <= phrase.to ? phrase.to : mentionEnd > cue.to ? mentionEnd : (phrase?.to ?? cue.to)
    // "According to a … complaint filed by the SEC, the developers …": a modifier of the source runs to its comma, when the sentence opens with the cue.
    if (cue.from === sentence.from && words[end]?.text !== ',') end = commaAfterModifier(words, end, sentence.to)
    const after = words[end]
    if (after && after.text === ',' && end + 1 < sentence.to) {
      const rest = trimmed(doc, end + 1, sentence.to)
      const beforeText = cue.from > sentence.from ? trimmed(doc, sentence.from, cue.from) : null
      // "…, according to her campaign filing, and Moss listed …": a clause joined after the source is no part of what it says.
      const joined = CLAUSE_JOINERS.has((words[end + 1] as Word | undefined)?.lower ?? '')
      if (!beforeText || (rest && !joined && wordsIn(doc, rest) >= wordsIn(doc, beforeText))) return rest
      return beforeText
    }
    return cue.from > sentence.from ? trimmed(doc, sentence.from, cue.from) : null
  }
  // "As Ms. Simonyan put it in a statement, RT is …", "Hawaii, as one of his advisers pointed out, normally does not …".
  const aside = asideContent(doc, Math.min(mentionToken >= 0 ? mentionToken : cue.from, cue.from), cue, sentence, stop)
  if (aside !== undefined) return aside
  // "…, he said, and …" or "…, said Brian Baker": the words before the attribution.
  const afterCue = words[cue.to]
  // "…, said Brian Baker"; not the quoted person inside its cue ("quoted the spokesperson as saying").
  const framed = attribution.cue !== null && attribution.cue !== undefined && attribution.speaker.mention.end <= attribution.cue.end && mentionStart >= attribution.cue.start
  const inverted = mentionStart > (words[cue.from] as Word).start && !framed
  // "The truth, the senator said then, was that …": a time adverb may stand before the comma.
  let shut = cue.to
  while (shut < sentence.to && shut - cue.to < MAX_SET_OFF_ADJUNCT && SET_OFF_ADVERBS.has((words[shut] as Word).lower)) shut++
  const setOff = (words[shut] as Word | undefined)?.text === ',' && (words[shut + 1]?.quote ?? -1) < 0
  if (inverted || setOff) {
    const first = Math.min(mentionToken >= 0 ? mentionToken : cue.from, cue.from)
    // "However laudable the goal, using the tax ''is a misguided approach,'' said Mr. Burman": past the closing mark.
    const at = descriptionBefore(doc, attribution, opensOutsideQuote(doc, sentence) ? commaBefore(doc, first) : first - 1)
    const comma = words[at]
    if (comma && comma.text === ',' && at > sentence.from) {
      // "In May, Smith agreed, but warned that …": the next cue goes on with the subject after the comma, and the words
      // before the subject are the cue's content only when they are no adjunct of time or place.
      if (setOff && !inverted && stop === shut + 1) return opensAdjunct(words[sentence.from]) ? null : trimmed(doc, sentence.from, at)
      // "But to prevent problems, he said, local officials should be vigilant": both sides.
      // Not "…, the Financial Times reported, citing people familiar …": a participle or the writer's clause after the comma.
      // Nor "…, Smith said, when asked about the vote.": the question the words answer.
      if (setOff && !inverted && shut + 1 < sentence.to - 1 && !closesAfterComma(words[shut + 1]) && afterQuestion(words, shut + 1, sentence.to) !== sentence.to) return trimmed(doc, sentence.from, sentence.to)
      return trimmed(doc, sentence.from, at)
    }
    if (inverted) return null
  }
  // After the cue: skip a hearer ("told Axios"), "that" and punctuation.
  let k = cue.to
  // "found out the bridge had been closed": the particle is the cue's.
  if (k < stop && CUE_PARTICLES[cue.lemma]?.includes((words[k] as Word).lower) === true) k++
  if (cue.hearer) {
    // "…, Mr Dila told the court.": the subject comes after the comma that closes what was told.
    const subject = Math.min(mentionToken >= 0 ? mentionToken : cue.from, cue.from)
    // Not after an opening adjunct: "After the vote, Smith told the story."
    const afterClause = subject > sentence.from + 1 && !opensAdjunct(words[sentence.from]) && (words[descriptionBefore(doc, attribution, subject - 1)] as Word | undefined)?.text === ','

    // "told the Senate", "told his counterparts"; a bare plural names no one but is a hearer too ("told reporters").
    const named = hearerPhrase(doc, k, Math.min(sentence.to, k + 6))
    const common = TELLING_CUES.has(cue.lemma) ? (bareHearer(words, k, Math.min(sentence.to, k + MAX_BARE_HEARER)) ?? determinerHearer(words, k, sentence.to) ?? (afterClause ? closingHearer(words, k, stop) : null)) : null
    // "told a county Hall news conference": lower-case nouns after the capitals are the hearer's too.
    const hearer = named && common && common.from === named.from && common.to > named.to ? common : (named ?? common)
    // "urged supporters to monitor polling places": the hearer of a directive is part of it.
    if (hearer && !directive(words, hearer.to, stop)) k = hearer.to
    // "told Fox News viewers that …": the outlet's audience is the hearer.
    if (hearer && k === hearer.to && k < stop && AUDIENCE_NOUNS.has((words[k] as Word).lower)) k++
    // "told some of the miners": a partitive hearer runs past "of".
    if (hearer && (words[k] as Word | undefined)?.lower === 'of' && PARTITIVES.has((words[hearer.from] as Word).lower)) {
      const limit = Math.min(stop, k + MAX_PARTITIVE)
      k++
      while (k < limit && (words[k] as Word).kind === 'word' && (words[k] as Word).quote < 0 && (words[k] as Word).lower !== 'that') k++
    }
  }
  // "denied to a newspaper that …", "confirmed to reporters that …": a hearer in "to" before the clause.
  if (k === cue.to) k = toHearerThat(words, k, stop)
  // "said on Tuesday the talks might end", "said last week the plan …": a time adjunct opens no clause.
  if (!cue.hearer || k > cue.to) k = afterTimeAdjunct(words, k, stop)
  // "reported, citing people familiar with the matter, that …": past the aside to its "that".
  k = afterParticipleAside(words, k, stop)
  // "described X as Y", "dismissed the report as": the whole rest is the content.
  // "said Friday afternoon, as they ...": only adjuncts before a comma, so the attribution closes the sentence.
  let adjunct = k
  while (adjunct < stop && adjunct - k < 6 && ADJUNCT_WORDS.has((words[adjunct] as Word).lower)) adjunct++
  // "…, officials said Wednesday night.", "…, sources said last night.": a time adjunct of more than one word that only the sentence's stop follows.
  const closingTime = adjunct > k && adjunct < stop && onlyPunctuation(words, adjunct, stop) && words.slice(k, adjunct).some((word) => TIME_NOUNS.has(word.lower) || DAY_WORDS.has(word.lower))
  if (adjunct > k && (adjunct >= stop || (words[adjunct] as Word).text === ',' || closingTime)) k = stop
  // "said Saturday night at the gala dinner in Washington", "said Friday as he entered the talks": only an occasion after a cue of a clause.
  // Only after a quote, which carries the attribution: "“…,” Obama said after meeting with Putin."
  // After a quote a cue of a clause reports no noun phrase: "“…,” Anna Berg told reporters outside the courthouse",
  // "“…,” Tom Berg said, his voice breaking", "“…” Jones said on a call with analysts": the quote carries the attribution.
  if (k < stop && CLAUSE_ONLY_CUES.has(cue.lemma) && quotedBefore(words, sentence.from, Math.min(mentionToken >= 0 ? mentionToken : cue.from, cue.from)) && (occasionOnly(words, k, stop) || !hasFiniteVerb(words, k, stop))) k = stop
  // "wrote on X: “We will hold Boeing accountable.”": a quote after the occasion and a colon is direct, no reported clause.
  if (k < stop && quoteAfterColon(words, k, stop)) return null
  // "says at a campaign stop in Toledo, Ohio, that ...": the clause after a "that" past adjuncts only.
  // Only past an adjunct ("at a campaign stop", "Monday", ", again,"): "proposed drones and equipment that could …" is an object with its relative clause.
  if ((words[k] as Word | undefined)?.lower !== 'that' && opensAdjunct(words[k]) && !numberBound(words, k)) {
    /** Whether a subordinator came first ("said, when asked whether he would …"): a pronoun after it is in that clause. */
    let subordinate = false
    for (let t = k; t < stop && t - k < 12; t++) {
      const word = words[t] as Word
      if (word.lower !== 'that' && CLAUSE_BOUNDARIES.has(word.lower)) subordinate = true
      // Not past an infinitive or a participle ("said in an effort to show that", "said Monday, adding that"); a noun in "-ing" and "to" before a hearer
      // are adjuncts ("said in a filing that", "wrote in a letter to shareholders that").
      if (word.quote >= 0 || (word.lower === 'to' && !opensHearer(words[t + 1])) || (word.lower.endsWith('ing') && word.lower.length > 4 && !nounInIng(words, t)) || AUXILIARY_WORDS.has(word.lower)) break
      // "said at that news conference that …": "that" right after a preposition is a determiner; the clause's "that" comes later.
      if (word.lower === 'that' && t > k && !prepositionThat(words, t)) {
        k = t
        break
      }
      // "said in a statement it had charged …", "said at a news conference Tuesday he would …": a clause with no "that", opened by a subject pronoun and an auxiliary.
      if (t > k + 1 && !subordinate && CLAUSE_SUBJECTS.has(word.lower) && AUXILIARY_WORDS.has(words[t + 1]?.lower ?? '') && (words[t - 1] as Word).kind === 'word' && !PLACING_WORDS.has((words[t - 1] as Word).lower)) {
        k = t
        break
      }
    }
  }
  let introduced = false
  while (k < stop && ((words[k] as Word).lower === 'that' || (words[k] as Word).text === ',' || (words[k] as Word).text === ':')) {
    // "rejected that argument", "declined that assignment": a determiner, not a complementizer.
    if ((words[k] as Word).lower === 'that' && determinerThat(words, k, stop)) break
    if ((words[k] as Word).lower === 'that') introduced = true
    k++
  }
  // "“No,” Smith said, when asked whether he would resign": the question a reply answers is no part of it.
  const answered = afterQuestion(words, k, stop)
  if (answered > k) {
    k = answered
    while (k < stop && ((words[k] as Word).lower === 'that' || (words[k] as Word).text === ',')) {
      if ((words[k] as Word).lower === 'that') introduced = true
      k++
    }
  }
  // "said as much", "doesn't think so": the pro-form is the content.
  if (k < stop && !introduced) {
    const pro = proForm(words, k, stop)
    if (pro > k) return trimmed(doc, k, pro)
  }
  // "warned against hackers", "talked about the plan": the object of the preposition.
  // Not before a number: "has said about 20 people have …" is a clause.
  // "Trump has responded with attacks on Machado": what a reply was made of.
  const preposition = k < stop && (PREPOSITION_CONTENT.has((words[k] as Word).lower) || ((words[k] as Word).lower === 'with' && REPLY_CUES.has(cue.lemma))) && !/^\d/u.test(words[k + 1]?.text ?? '')
  if (preposition) k++
  // "An official who briefed reporters on Monday said the talks …": what follows the hearer is the main clause's "said", not what was briefed.
  if (!preposition && k < stop && VERB_ONLY_FORMS.has((words[k] as Word).lower) && later.some((next) => next.from === k)) return null
  const first = words[k]
  const afterTo = words[k + 1]
  // "Sanders Vows To Eliminate Tax Breaks": in a title-case headline the verb after "To" is capitalized too.
  const infinitive = first !== undefined && first.lower === 'to' && (INFINITIVE_CUES.has(cue.lemma) || hopesTo(words, cue)) && afterTo !== undefined && (!afterTo.capitalized || titleCase(words, sentence)) && !DETERMINERS.has(afterTo.lower) && !PRONOUNS.has(afterTo.lower)
  const whole = k < stop ? contentEnd(doc, k, stop, !introduced && OBJECT_CUES.has(cue.lemma), introduced) : k
  // "warned officials to boost their security after hackers targeted …": an object or infinitive ends before the writer's adverbial clause.
  const trailing = introduced || preposition ? whole : trailingClauseEnd(words, k, whole)
  // "While he acknowledged funding was a reason, Ham also noted …": a cue in an opening adverbial clause ends at its comma.
  const end = leadingClauseEnd(words, sentence.from, cue.from, k, trailing)
  const rest = k < stop ? trimmed(doc, k, end) : null
  // "Cruz has endorsed Trump.", "he does not defend it": a one-word object is content after a cue that takes one.
  // "When veterans ask for help, …": a one-word object of the cue's preposition cut at the comma of an opening clause is content too.
  const lone = rest !== null && first !== undefined && !introduced && wordsIn(doc, rest) === 1 && ((OBJECT_CUES.has(cue.lemma) && (first.capitalized || OBJECT_PRONOUNS.has(first.lower))) || (preposition && end < trailing))
  // "the bakery added two ovens": a bare noun phrase, no verb and no quote, is no statement after "add".
  const verbless = rest !== null && !introduced && VERBLESS_OBJECT_NOT_CONTENT.has(cue.lemma) && unquotedVerbless(words, k, end)
  if (rest && first && !verbless && (introduced || infinitive || !CLAUSE_STARTS_NOT.has(first.lower) || numberBound(words, k)) && (wordsIn(doc, rest) >= 2 || lone)) return rest
  // A trailing attribution: "…, Sky News reported." / "…, said Rubio."; "…, program coordinator Dana Reyes said.": past a lower-case descriptor.
  const start = descriptorBefore(words, Math.min(mentionToken >= 0 ? mentionToken : cue.from, cue.from), sentence.from)
  // "… a top priority ''is increasing the tax liability at the top,'' Mr. Kamin said.": past the closing mark.
  const at = descriptionBefore(doc, attribution, opensOutsideQuote(doc, sentence) ? commaBefore(doc, start) : start - 1)
  const comma = words[at]
  if (comma && comma.text === ',' && at > sentence.from) return trimmed(doc, sentence.from, at)
  return null
}

/** The most words of the subject of a clause joined by ", and" / ", but" to a reported one ("…, and Senate Democrats said …"). */
const MAX_CONJOINED_SUBJECT = 5

/**
 * The comma before ", and" / ", but" that opens a clause of its own with the
 * subject of the cue at token `next` ("said the news was no surprise, and
 * politicians said …"): the subject is up to five plain words, none a
 * pronoun that may be an object or a verb's auxiliary; -1 when there is none.
 */
function conjoinedSubject(words: readonly Word[], floor: number, next: number): number {
  for (let k = next - 1; k > floor && next - k <= MAX_CONJOINED_SUBJECT + 1; k--) {
    const word = words[k] as Word
    if (word.kind !== 'word' || word.quote >= 0) return -1
    if (word.lower === 'and' || word.lower === 'but') return k < next - 1 && (words[k - 1] as Word).text === ',' && k - 1 > floor ? k - 1 : -1
    if (AUXILIARY_WORDS.has(word.lower) || CLAUSE_BOUNDARIES.has(word.lower)) return -1
  }
  return -1
}

/** True when "at least", "at most" opens at token `k`: a bound on a number, not a preposition ("said at least 12 people died"). */
function numberBound(words: readonly Word[], k: number): boolean {
  const word = words[k]
  const next = words[k + 1]
  return word !== undefined && next !== undefined && word.quote < 0 && NUMBER_BOUNDS.get(word.lower)?.has(next.lower) === true && words[k + 2]?.kind === 'word'
}

/** True when an infinitive opens at token `k` after a hearer: "to" and a lower-case word that is no determiner or pronoun ("told residents to stay home"). */
function directive(words: readonly Word[], k: number, stop: number): boolean {
  const to = words[k]
  const verb = words[k + 1]
  return k + 1 < stop && to?.lower === 'to' && verb !== undefined && verb.kind === 'word' && !verb.capitalized && verb.quote < 0 && !DETERMINERS.has(verb.lower) && !PRONOUNS.has(verb.lower)
}

/** The most words of a noun phrase before a relative clause ("the claims", "the 2014 National Climate Assessment"). */
const MAX_ANTECEDENT = 6

/**
 * The noun phrase that ends before the comma at token `comma`: back to its
 * determiner within six words ("The claims, which the company denies"), else
 * its last word; null when a quote or punctuation comes first.
 */
function antecedentBefore(doc: ArticleDocument, comma: number, sentenceFrom: number): Span | null {
  const words = doc.words
  let from = comma
  for (let k = comma - 1; k >= sentenceFrom && comma - k <= MAX_ANTECEDENT; k--) {
    const word = words[k] as Word
    if (word.kind !== 'word' || word.quote >= 0) break
    if (DETERMINERS.has(word.lower)) return trimmed(doc, k, comma)
    if (from === comma) from = k
  }
  return from < comma ? trimmed(doc, from, comma) : null
}

/** Prepositions that open the occasion or medium of a statement ("on X", "in a statement", "via Telegram"). */
const OCCASION_OPENERS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'via', 'during', 'through'])

/** Does `[from, stop)` hold a finite verb or "that" ("he would resign", "but “when it comes to …”"; not "his voice breaking")? */
function hasFiniteVerb(words: readonly Word[], from: number, stop: number): boolean {
  for (let k = from; k < stop; k++) {
    const word = words[k] as Word
    if (word.kind !== 'word') continue
    if (word.lower === 'that' || AUXILIARY_WORDS.has(word.lower) || /n't$/u.test(word.lower)) return true
    if (!word.capitalized && !word.lower.endsWith('ing')) {
      const tags = wordTags(word.lower)
      if (tags.includes('PastTense') || tags.includes('PresentTense')) return true
    }
  }
  return false
}

/** Does `[from, stop)` hold no quoted word, subject pronoun or finite verb (a verb after "to" is an infinitive): "two ovens and a counter", "a bus to serve the airport"? */
function unquotedVerbless(words: readonly Word[], from: number, stop: number): boolean {
  for (let k = from; k < stop; k++) {
    const word = words[k] as Word
    // A subject pronoun opens a clause whose verb may be misspelt ("I dont know"): not verbless.
    if (word.quote >= 0 || CLAUSE_SUBJECTS.has(word.lower)) return false
    if (word.kind !== 'word' || (words[k - 1] as Word | undefined)?.lower === 'to') continue
    if (hasFiniteVerb(words, k, k + 1)) return false
  }
  return true
}

/** Is `[k, stop)` a short occasion, a colon and a quote ("on X: “…”", "in a statement: “…”")? Not an object ("scolded him: “…”"). */
function quoteAfterColon(words: readonly Word[], k: number, stop: number): boolean {
  if (!OCCASION_OPENERS.has((words[k] as Word).lower)) return false
  for (let j = k; j < Math.min(stop, k + 6); j++) {
    const word = words[j] as Word
    if (word.quote >= 0) return false
    if (word.text === ':') return (words[j + 1] as Word | undefined)?.quote !== undefined && (words[j + 1] as Word).quote >= 0
  }
  return false
}

/** The most words of a speaker's description set off before the name ("Rubio’s spokeswoman"). */
const MAX_DESCRIPTION = 10

/** The mention of the attribution's source that starts at `start`, if any (the entity's mentions are few where one is a description). */
function mentionStarting(attribution: Attribution, start: number): Span | undefined {
  const mentions = attribution.entity.mentions
  // Newest first, and at most a few: a description is registered when the name after it is read.
  for (let i = mentions.length - 1; i >= Math.max(0, mentions.length - MAX_RECENT_MENTIONS); i--) {
    if ((mentions[i] as Span).start === start) return mentions[i]
  }
  return undefined
}

/** How many of a source's latest mentions {@link mentionStarting} reads. */
const MAX_RECENT_MENTIONS = 8

/**
 * The comma before the speaker's description when one stands between the
 * content and the name ("“…,” Rubio’s spokeswoman, Tammy Bruce, said": the
 * comma after the quote, not the one after "spokeswoman"); the description's
 * first token when no comma stands before it ("“…!” Rubio’s aide, Jo Li,
 * shouted": the description opens the clause); else `at`.
 */
function descriptionBefore(doc: ArticleDocument, attribution: Attribution, at: number): number {
  const words = doc.words
  const before = words[at - 1]
  if ((words[at] as Word | undefined)?.text !== ',' || !before) return at
  // The description runs back to the comma before it (a few words): one look-up of a mention starting there, not a scan of all.
  let first = at - 1
  while (first - 1 >= 0 && at - first < MAX_DESCRIPTION && (words[first - 1] as Word).text !== ',' && (words[first - 1] as Word).kind === 'word') first--
  const described = attribution.entity.mentions.length > 0 ? mentionStarting(attribution, (words[first] as Word).start) : undefined
  if (!described || described.end !== before.end) return at
  const opening = first
  // “…,” Rubio’s spokeswoman: past the closing mark to the comma inside it.
  while (first - 1 > 0 && (words[first - 1] as Word).quote >= 0 && (words[first - 1] as Word).kind !== 'word' && (words[first - 1] as Word).text !== ',') first--
  // “…!” Rubio’s aide, Jo Li, shouted.: with no comma before it the description opens the clause, and is no content.
  return (words[first - 1] as Word | undefined)?.text === ',' ? first - 1 : opening
}

/**
 * True when one of the `outers` contents opens with `mention` and holds `cue`:
 * the subject of the reported clause ("said that [Obama] has long called for").
 * A speaker later in the clause ("…, though she noted") stands on its own.
 */
function nestedIn(outers: readonly Span[], mention: Span, cue: Span): boolean {
  for (const content of outers) {
    if (content.start === mention.start && cue.end <= content.end) return true
  }
  return false
}

/** Words that open an adjunct between a cue and its "that" ("says at a stop in Toledo that", "said Monday that", "agreed with Ivana Trump that"). */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'with', 'during', 'after', 'before', 'while', 'from', 'over', 'through', 'last', 'this', 'earlier', 'later', 'again', 'repeatedly', 'also', 'recently', 'privately', 'publicly', 'yesterday', 'today', 'tonight', ',', '(', '\u2014', '\u2013', '--'])

/**
 * Where a content ends when its attribution opens right after a dash that
 * sets off an aside (an odd number of dashes before it in the sentence): at
 * the next dash after the cue, else `stop`.
 */
function dashAsideEnd(words: readonly Word[], first: number, after: number, floor: number, stop: number): number {
  let open = false
  for (let k = floor; k < first; k++) if (isAsideDash(words, k)) open = !open
  if (!open || first - 1 < floor || !isAsideDash(words, first - 1)) return stop
  for (let k = after; k < stop; k++) if (isAsideDash(words, k)) return k
  return stop
}

/** A dash that sets off an aside: an em or en dash, "--", or a hyphen with a space before it ("ideals - critics"). */
function isAsideDash(words: readonly Word[], k: number): boolean {
  const w = words[k]
  if (!w || w.quote >= 0 || !ASIDE_DASHES.has(w.text)) return false
  return w.text !== '-' || (k > 0 && (words[k - 1] as Word).end < w.start)
}

/**
 * True when the word after "to" opens a noun phrase, not an infinitive: a
 * determiner, a possessive, a capitalised word, a number or a plural noun
 * ("a letter to shareholders", "an email to The Post", "remarks to his staff").
 */
function opensHearer(word: Word | undefined): boolean {
  if (word === undefined || word.kind !== 'word' || word.quote >= 0) return false
  if (word.capitalized || DETERMINERS.has(word.lower) || /^\d/u.test(word.text) || /['\u2019]s$/u.test(word.lower)) return true
  const tags = wordTags(word.lower)
  return /[^su]s$/u.test(word.lower) && !tags.includes('Infinitive')
}

/** True when the word in "-ing" at token `k` is a noun: a statement noun ("filing", "briefing") or one after a determiner or a possessive ("a hearing"). */
function nounInIng(words: readonly Word[], k: number): boolean {
  const word = words[k] as Word
  const before = words[k - 1]
  if (STATEMENT_FRAMES.has(word.lower)) return true
  if (before !== undefined && before.lower === 'that' && prepositionThat(words, k - 1)) return true
  return before !== undefined && before.kind === 'word' && (DETERMINERS.has(before.lower) || /['\u2019]s$/u.test(before.lower))
}

/** True when the "that" at token `k` follows a preposition, a determiner there ("at that meeting"), no complementizer. */
function prepositionThat(words: readonly Word[], k: number): boolean {
  const before = words[k - 1]
  return before !== undefined && before.kind === 'word' && before.quote < 0 && wordTags(before.lower).includes('Preposition')
}

/** True when tokens `[from, to)` are all punctuation outside quotes (a sentence's closing stop). */
function onlyPunctuation(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((words[k] as Word).kind === 'word' || (words[k] as Word).quote >= 0) return false
  return true
}

/** True when `word` may open an adjunct before "that": a preposition, a time word, a sentence adverb or a comma. */
function opensAdjunct(word: Word | undefined): boolean {
  if (word === undefined) return false
  return ADJUNCT_OPENERS.has(word.lower) || TIME_NOUNS.has(word.lower)
}

/** "as much" or "so" at token `k` standing for what was said ("said as much in an interview", "doesn't think so."): one past it, or `k`. */
function proForm(words: readonly Word[], k: number, stop: number): number {
  const word = words[k] as Word
  const next = words[k + 1]
  // Not "said as much as $5 million was lost".
  if (word.lower === 'as' && next?.lower === 'much' && k + 1 < stop && words[k + 2]?.lower !== 'as') return k + 2
  if (word.lower === 'so' && (k + 1 >= stop || next === undefined || next.kind !== 'word')) return k + 1
  return k
}

/**
 * "Mr. Clarke hopes to offset …": a simple-tense "hopes"/"hoped" states an
 * aim, like "wants to"; "are hoping to receive guarantees" stays no cue
 * (see INFINITIVE_CUES).
 */
function hopesTo(words: readonly Word[], cue: Cue): boolean {
  return cue.lemma === 'hope' && cue.to - cue.from === 1 && HOPE_FORMS.has((words[cue.from] as Word).lower)
}

/** The simple-tense forms of "hope" that take an infinitive content. */
const HOPE_FORMS: ReadonlySet<string> = new Set(['hopes', 'hoped'])

/** The longest "of" phrase of a partitive hearer, in tokens ("of the miners", "of his closest aides"). */
const MAX_PARTITIVE = 6

/** Quantifiers that open a partitive hearer ("told some of the miners", "told one of his aides"). */
const PARTITIVES: ReadonlySet<string> = new Set(['some', 'many', 'most', 'all', 'each', 'one', 'two', 'three', 'several', 'few', 'none', 'both', 'any'])

/**
 * The speaker named right after a cue that follows a quoted part closing a
 * sentence opened outside quotation marks: "However laudable the goal, using
 * the capital gains tax ''is a misguided approach,'' said Mr. Burman." The
 * quote rules attribute the quoted part; the whole clause is reported too.
 */
function mixedQuoteSpeaker(context: AttributionContext, cue: Cue, sentence: SentenceRange): Attribution | null {
  const {doc} = context
  if (cue.form !== 'finite' || !opensOutsideQuote(doc, sentence)) return null
  const at = commaBefore(doc, cue.from)
  if (at === cue.from - 1 || at <= sentence.from) return null
  const phrase = leadingPhrase(doc, cue.to, sentence.to)
  if (!phrase || phrase.from !== cue.to || !(doc.words[phrase.from] as Word).capitalized) return null
  const found = speakerOfCue(context, cue, sentence.from, sentence.to, phrase, 'after')
  return found && found.entity.type !== 'unknown' ? found : null
}

/** True when the sentence opens with a word outside quotation marks (a quoted part inside it is a mixed quote). */
function opensOutsideQuote(doc: ArticleDocument, sentence: SentenceRange): boolean {
  const opening = doc.words[sentence.from]
  return opening !== undefined && opening.quote < 0 && opening.kind === 'word'
}

/** The longest "as X put it …" aside after its cue, in tokens ("in a statement to my colleague … in July"). */
const MAX_AS_ASIDE = 16

/**
 * The content of an attribution set off by "as" ("As Ms. Simonyan put it in
 * a statement, RT is …": the main clause after the comma; "Hawaii, as one of
 * his advisers pointed out, normally does not …": the whole sentence), or
 * `undefined` when the attribution at token `first` opens no such aside. Only
 * adjuncts may stand between the cue and the comma that closes the aside: not
 * "as he said he would", whose cue has its own clause.
 */
function asideContent(doc: ArticleDocument, first: number, cue: Cue, sentence: SentenceRange, stop: number): Span | null | undefined {
  const words = doc.words
  const as = words[first - 1]
  if (cue.form !== 'finite' || !as || as.lower !== 'as' || as.quote >= 0 || first - 1 < sentence.from) return undefined
  const opening = first - 1 === sentence.from
  if (!opening && words[first - 2]?.text !== ',') return undefined
  let k = cue.to
  while (k < stop && k - cue.to <= MAX_AS_ASIDE && (words[k] as Word).text !== ',') {
    const word = words[k] as Word
    if (word.quote >= 0 || word.lower === 'that' || SPEAKING_PRONOUNS.has(word.lower) || AUXILIARY_WORDS.has(word.lower)) return undefined
    k++
  }
  if (k >= stop || (words[k] as Word).text !== ',' || k + 1 >= stop) return undefined
  return opening ? trimmed(doc, k + 1, stop) : trimmed(doc, sentence.from, stop)
}

/** The longest aside between dashes after a subject, in tokens. */
const MAX_DASH_ASIDE = 40

/**
 * The speaker of a cue right after an aside set off by dashes: the subject
 * before the opening dash, "Kall -- co-editor of Debating The Donald, a book
 * analyzing … -- said the candidate …", "The film ― which weaves together
 * the voices of … ― explains …". Auxiliaries and adverbs may stand between
 * the closing dash and the cue.
 */
function dashAsideSpeaker(context: AttributionContext, cue: Cue, sentence: SentenceRange): Attribution | null {
  const {doc} = context
  const words = doc.words
  if (cue.form !== 'finite') return null
  let close = cue.from - 1
  while (close > sentence.from && (AUXILIARY_WORDS.has((words[close] as Word).lower) || VERB_ADVERBS.has((words[close] as Word).lower))) close--
  if (!isAsideDash(words, close)) return null
  let open = close - 1
  while (open > sentence.from && close - open <= MAX_DASH_ASIDE && !isAsideDash(words, open)) open--
  if (open <= sentence.from || !isAsideDash(words, open) || close - open < 2) return null
  // An even number of dashes before the opening one: it opens the aside, not closes an earlier one.
  let before = 0
  for (let k = sentence.from; k < open; k++) if (isAsideDash(words, k)) before++
  if (before % 2 !== 0) return null
  let subject = subjectBefore(doc, open, sentence.from)
  if (!subject || subject.to !== open) return null
  // "John Dickey, the chief executive of Ora Media -- …": the name before an appositive.
  const named = (words[subject.from - 1] as Word | undefined)?.text === ',' ? subjectBefore(doc, subject.from - 1, sentence.from) : null
  if (named && named.to === subject.from - 1 && (words[named.from] as Word).capitalized && !DETERMINERS.has((words[named.from] as Word).lower)) subject = named
  const found = speakerOfCue(context, cue, sentence.from, sentence.to, subject, 'before')
  return found && found.entity.type !== 'unknown' ? found : null
}

/** The least share of capitalized words in a title-case headline ("Sanders Vows To Eliminate Tax Breaks Used By …"). */
const TITLE_CASE_SHARE = 0.8

/** True when the sentence reads as a title-case headline: at least four words, nearly all capitalized. */
function titleCase(words: readonly Word[], sentence: SentenceRange): boolean {
  let all = 0
  let capitalized = 0
  for (let k = sentence.from; k < sentence.to; k++) {
    const word = words[k] as Word
    if (word.kind !== 'word' || !/^\p{L}/u.test(word.text)) continue
    all++
    if (word.capitalized) capitalized++
  }
  return all >= 4 && capitalized >= all * TITLE_CASE_SHARE
}

/** Cues of a reply, whose "with" phrase is what was said ("responded with attacks on Machado"). */
const REPLY_CUES: ReadonlySet<string> = new Set(['respond', 'reply', 'answer', 'counter', 'retort'])

/**
 * A word after the comma of a set-off cue that continues the cue, not the
 * sentence around it: a participle ("…, the Financial Times reported, citing
 * people familiar …"). "Lenox was a juggernaut, Mr. Clarke said, until it went
 * bankrupt" goes on with the sentence.
 */
function closesAfterComma(word: Word | undefined): boolean {
  if (word === undefined || word.kind !== 'word' || word.capitalized || word.quote >= 0) return false
  return word.lower.endsWith('ing') && word.lower.length > 4 && !wordTags(word.lower).includes('Noun')
}

/** The most adverbs between a set-off cue and its comma ("the senator said then,"). */
const MAX_SET_OFF_ADJUNCT = 2

/** Time adverbs that may stand between a set-off cue and its comma ("he said then,", "she said later,"). */
const SET_OFF_ADVERBS: ReadonlySet<string> = new Set(['then', 'later', 'earlier', 'again', 'today', 'yesterday', 'recently', 'privately', 'publicly'])

/** Possessive determiners: "citing her work" cites a thing, not a source. */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your'])

/** Object pronouns that can be the whole content of a cue ("does not defend it", "endorsed one"). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them', 'him', 'her', 'this', 'that', 'one'])

/**
 * A pronoun speaker the entity index could not resolve: the attribution is
 * kept (someone said it), its source named by the pronoun; "it" only
 * before a verb of saying or reporting (IT_SPEECH_CUES).
 */
function unresolvedPronoun(attribution: Attribution | null, cue: Cue): Attribution | null {
  if (!attribution || attribution.entity.type !== 'unknown') return null
  // "They argue that …" with no group before it: kept, named by the pronoun.
  const pronoun = attribution.speaker.mention.text.toLowerCase()
  // "It said the damage …", "…, it added.": an organisation or a document the sentence does not name.
  return SPEAKING_PRONOUNS.has(pronoun) || (pronoun === 'it' && cue.form === 'finite' && IT_SPEECH_CUES.has(cue.lemma)) ? attribution : null
}

/**
 * Whether `mention` opens the sentence: at its first word, or right after the
 * comma that closes an opening phrase ("After their arrests, the men told …").
 */
function opensSentence(doc: ArticleDocument, mention: Span, sentence: SentenceRange): boolean {
  const first = tokenAtOffset(doc, mention.start)
  if (first === sentence.from) return true
  if ((doc.words[first - 1] as Word | undefined)?.text !== ',') return false
  for (let k = sentence.from; k < first - 1; k++) if ((doc.words[k] as Word).text === ',') return false
  return true
}

/** A participle cue right after a comma that closes the clause of an earlier cue ("said, adding", "said Friday, even suggesting"). */
function continuesAfterComma(doc: ArticleDocument, cue: Cue, earlier: Cue): boolean {
  if (cue.form !== 'participle' || earlier.to > cue.from) return false
  // "…, aside from saying …": the comma before the preposition.
  const adding = addingPreposition(doc.words, cue.from)
  let k = (adding >= 0 ? adding : cue.from) - 1
  while (k > earlier.to && ['even', 'also', 'then', 'later', 'again'].includes((doc.words[k] as Word).lower)) k--
  // "…,” adding that …": the comma before a closing quotation mark.
  k = commaBefore(doc, k + 1)
  return (doc.words[k] as Word | undefined)?.text === ','
}

/** Closing quotation marks a comma may stand before or after at the end of a quoted part (`top,'' Mr. Kamin said`). */
const CLOSING_MARKS: ReadonlySet<string> = new Set(["''", "'", '\u2019', '\u2019\u2019', '\u201D', '"'])

/**
 * The token index of the comma that ends the words before token `first`:
 * the comma before a closing quotation mark (`…,” adding`, `…,'' Mr. Kamin
 * said`), else `first - 1` (which may be no comma).
 */
function commaBefore(doc: ArticleDocument, first: number): number {
  const before = doc.words[first - 1]
  if (before && before.quote >= 0 && CLOSING_MARKS.has(before.text) && doc.words[first - 2]?.text === ',') return first - 2
  return first - 1
}

function spanOf(doc: ArticleDocument, from: number, to: number): Span {
  const start = (doc.words[from] as Word).start
  const end = (doc.words[to - 1] as Word).end
  return {start, end, text: doc.text.slice(start, end)}
}

function tokenAt(doc: ArticleDocument, offset: number, sentence: SentenceRange): number {
  const i = tokenAtOffset(doc, offset)
  return i >= sentence.from && i < sentence.to && (doc.words[i] as Word).start === offset ? i : -1
}

/** Is token `k` the closing mark of a quote that opens within `[from, k)` ("insisted the deal was “very close”")? */
function closesQuoteWithin(words: readonly Word[], from: number, k: number): boolean {
  const quote = (words[k] as Word).quote
  if (quote < 0 || (words[k] as Word).kind === 'word') return false
  for (let i = k - 1; i >= from; i--) {
    const word = words[i] as Word
    if (word.quote !== quote) return false
    if (word.kind !== 'word' && i < k - 1) return i === from || (words[i - 1] as Word).quote !== quote
  }
  return false
}

function trimmed(doc: ArticleDocument, from: number, to: number): Span | null {
  // A reported clause is a clause: a runaway sentence is cut at MAX_CONTENT tokens.
  if (to - from > MAX_CONTENT) to = from + MAX_CONTENT
  let end = to
  while (end > from && END_PUNCTUATION.has((doc.words[end - 1] as Word).text) && !closesQuoteWithin(doc.words, from, end - 1)) end--
  // "(her campaign later disclosed that she has pneumonia)": a closing parenthesis opened before the content.
  if (end > from && (doc.words[end - 1] as Word).text === ')' && !opensWithin(doc.words, from, end - 1)) {
    end--
    while (end > from && END_PUNCTUATION.has((doc.words[end - 1] as Word).text)) end--
  }
  if (end <= from) return null
  const start = (doc.words[from] as Word).start
  const stop = (doc.words[end - 1] as Word).end
  return {start, end: stop, text: doc.text.slice(start, stop)}
}

/** True when an opening parenthesis outside quotes stands in `[from, to)`. */
function opensWithin(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((words[k] as Word).text === '(') return true
  return false
}

/** True when the attribution at token `to` follows right on a quote (`“…,” Obama said`), a comma at most between. */
function quotedBefore(words: readonly Word[], from: number, to: number): boolean {
  let k = to - 1
  if (k >= from && (words[k] as Word).text === ',' && (words[k] as Word).quote < 0) k--
  return k >= from && (words[k] as Word).quote >= 0
}

/** Words in a span (linear in the span, not the article). */
function wordsIn(_doc: ArticleDocument, span: Span): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < span.text.length; i++) {
    const space = span.text.charCodeAt(i) <= 32
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}

/** True when the whole span lies inside one quote (it is direct speech, not reported). */
function insideQuote(doc: ArticleDocument, span: Span, sentence: SentenceRange): boolean {
  const first = tokenAt(doc, span.start, sentence)
  if (first < 0) return false
  const quote = (doc.words[first] as Word).quote
  if (quote < 0) return false
  const last = tokenAtOffset(doc, span.end) - 1
  return last >= first && (doc.words[last] as Word).quote === quote
}

/** A gerund outside quotes ("looking", "asking"): a content that opens with one is a verb phrase, and a gerund after "and" goes on with it. */
function gerundAt(word: Word | undefined): boolean {
  return word !== undefined && word.kind === 'word' && word.quote < 0 && !word.capitalized && word.lower.endsWith('ing') && wordTags(word.lower).includes('Gerund')
}
