import type {Attribution, Source, SourceType, Span} from '../types.js'
import {assertArticleArguments} from '../errors.js'
import type {OutletEntry} from '../lexicons/outlets.js'
import {analyzeArticle} from '../extract/analyze.js'
import type {Analysis} from '../extract/analyze.js'
import type {AttributionContext, Entity} from '../attribution/index.js'
import {paragraphAtOffset, tokenAtOffset} from '../attribution/index.js'
import {findOutletReports, findReportedSpeech, findTranscriptLabels} from './reported.js'
import {findStancePredicates} from './reported/stance.js'
import {findStatementFrames} from './reported/frames.js'
import {conjunctEntities} from './conjuncts.js'

export {mergeSources} from './merge.js'
export type {MergedSource, SourceList} from './merge.js'

/** Options for {@link findSources}. */
export interface SourceOptions {
  /** Extra outlets to recognise by name, beside the built-in lexicon (default: none). */
  outlets?: readonly OutletEntry[] | null | undefined
  /** Include sources cited only in page furniture (default: `false`). */
  keepBoilerplate?: boolean | null | undefined
}

/**
 * Every source an article cites, one entry per real-world source, with every
 * mention of it ("Marco Rubio", "Rubio", "He", "The US secretary of state")
 * and everything attributed to it: its quotes (direct) and its reported
 * speech (the clause after "said", the sentence before "…, Sky News reported",
 * "according to Axios"), with the outlet in between ("told Axios" -> via
 * Axios). Agrees with {@link extractQuotes}: every attributed quote is a
 * direct attribution of the same source.
 *
 * @param text The article, as plain text.
 * @param options See {@link SourceOptions}.
 * @returns Sources in order of first mention.
 * @throws {TypeError} When `text` is not a string or `options` not an object.
 *
 * @example
 * import {findSources} from 'onrecord'
 *
 * const sources = findSources('A U.S. official told Axios that the plan had stalled.')
 * sources.map((s) => [s.name, s.type]) // [['A U.S. official', 'anonymous'], ['Axios', 'outlet']]
 * sources[0].attributions[0].content.text // 'the plan had stalled'
 * sources[0].attributions[0].via // 'Axios'
 */
export function findSources(text: string, options?: SourceOptions | null): Source[] {
  const outlets = assertArticleArguments(text, options)
  if (text.length === 0) return []
  return sourcesOf(analyzeArticle(text, outlets), options?.keepBoilerplate === true)
}

/**
 * Build the source list from an analysed article.
 *
 * @example
 * sourcesOf(analyzeArticle(text), false)
 */
export function sourcesOf(analysis: Analysis, keepBoilerplate: boolean): Source[] {
  const {context} = analysis
  const {doc} = context
  const byEntity = new Map<Entity, Source>()
  const taken = new Set<string>()
  const sourceOf = (entity: Entity): Source => {
    let source = byEntity.get(entity)
    if (!source) {
      source = {name: entity.name, type: sourceType(entity), mentions: [], attributions: []}
      if (entity.title) source.title = entity.title
      byEntity.set(entity, source)
    }
    return source
  }
  /** Attributions whose subject may name several sources ("Lammy and Rubio said"). */
  const coordinated: Array<{entity: Entity; attribution: Attribution; sentence: number}> = []
  /** Per source, the contents it already has (`direct:start:end`): one look-up, however many it has. */
  const held = new Map<Source, Set<string>>()
  const add = (entity: Entity, attribution: Attribution, sentence: number) => {
    const source = sourceOf(entity)
    // "the Financial Times reported, citing people familiar …": the outlet reported it, and is the one in between; once.
    const key = `${attribution.direct ? 1 : 0}:${attribution.content.start}:${attribution.content.end}`
    const keys = held.get(source) ?? new Set<string>()
    if (keys.has(key)) return
    keys.add(key)
    held.set(source, keys)
    source.attributions.push(attribution)
    taken.add(`${entity.id}:${sentence}`)
    if (COORDINATION.test(attribution.mention.text)) coordinated.push({entity, attribution, sentence})
  }
  const sentenceAt = (offset: number) => doc.words[tokenAtOffset(doc, offset)]?.sentence ?? -1
  // "Mayor Hart and Ray Olin … the levees they refuse to repair": a "they" left unresolved after persons joined by "and" is each of them.
  const addToSpeaker = (found: {entity: Entity; speaker: {mention: Span}}, attribution: Attribution) => {
    const sentence = sentenceAt(found.speaker.mention.start)
    const persons = jointPersons(context, found.entity, found.speaker.mention)
    for (const person of persons) add(person, {...attribution}, sentence)
    if (persons.length === 0) add(found.entity, attribution, sentence)
  }

  for (const quote of analysis.quotes) {
    const found = quote.attribution
    if (!found || quote.kind === 'term' || (quote.inBoilerplate && !keepBoilerplate)) continue
    for (const part of quote.parts) {
      const attribution: Attribution = {content: {...part}, cue: found.cue ? {...found.cue} : null, mention: {...found.speaker.mention}, direct: true}
      if (found.via) attribution.via = found.via
      addToSpeaker(found, attribution)
      if (found.viaEntity && found.viaMention) {
        add(found.viaEntity, {content: {...part}, cue: found.cue ? {...found.cue} : null, mention: {...found.viaMention}, direct: true}, sentenceAt(found.viaMention.start))
      }
    }
  }
  // "Graham has been critical of Trump": attitudes ascribed by an adjective or a noun.
  // "In a statement, Clinton was more circumspect than …": a clause framed by an utterance.
  const reported = [...findReportedSpeech(context), ...findTranscriptLabels(context), ...findStancePredicates(context), ...findStatementFrames(context)]
  for (const {attribution: found, content} of reported) {
    const attribution: Attribution = {content, cue: found.cue, mention: found.speaker.mention, direct: false}
    if (found.via) attribution.via = found.via
    addToSpeaker(found, attribution)
    if (found.viaEntity && found.viaMention) {
      add(found.viaEntity, {content, cue: found.cue, mention: found.viaMention, direct: false}, sentenceAt(found.viaMention.start))
    }
  }
  // "according to a Reuters poll of economists": Reuters cites what its poll does.
  const owners = reported.map((r) => ({speaker: r.attribution.speaker.mention, content: r.content}))
  // "In an interview with the BBC, the minister said": an outlet named only as the go-between runs no report of its own.
  const between = [...analysis.quotes.map((q) => q.attribution), ...reported.map((r) => r.attribution)].flatMap((a) => (a && a.viaMention && !a.viaEntity ? [a.viaMention] : []))
  for (const {attribution: found, content} of findOutletReports(context, taken, reported.map((r) => r.content), owners, between)) {
    add(found.entity, {content, cue: found.cue, mention: found.speaker.mention, direct: false}, sentenceAt(found.speaker.mention.start))
  }

  // "David Lammy and Marco Rubio said …": every source the subject names, not only the last.
  for (const {entity, attribution, sentence} of coordinated) {
    const others = conjunctEntities(context, attribution.mention)
    for (const other of others) {
      // add() takes one attribution of a content per source.
      if (other !== entity) add(other, {...attribution}, sentence)
    }
    // "Smith and the committee said": the whole phrase read as one source is none of those it names.
    if (others.length > 0 && !others.includes(entity)) {
      const source = byEntity.get(entity)
      if (source) source.attributions = source.attributions.filter((a) => a !== attribution)
    }
  }

  const story = (span: Span) => keepBoilerplate || !inBoilerplate(analysis, span)
  const sources: Source[] = []
  for (const [entity, source] of byEntity) {
    // "his ministry", "their office": a vague description that resolved to no one. Not "Her campaign" read
    // as "Hillary Clinton's campaign": its name says whose it is.
    if (entity.kind === 'role' && entity.type === 'organization' && entity.mentions.every((m) => /^(his|her|its|their|our|my|your)\s/i.test(m.text)) && !/['\u2019]s\s/u.test(entity.name)) continue
    // "Recently", "1995": a subject that names no one (see namesNoOne) is no source.
    if (entity.kind === 'role' && entity.type === 'unknown' && entity.key === '') continue
    source.attributions = source.attributions.filter((a) => story(a.mention))
    if (source.attributions.length === 0) continue
    const mentions = new Map<number, Span>()
    for (const mention of [...entity.mentions, ...source.attributions.map((a) => a.mention)]) {
      if (story(mention)) mentions.set(mention.start, {...mention})
    }
    source.mentions = [...mentions.values()].sort((a, b) => a.start - b.start)
    source.attributions.sort((a, b) => a.content.start - b.content.start || a.mention.start - b.mention.start)
    sources.push(source)
  }
  return sources.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))
}

/**
 * The persons joined by "and" before an unresolved plural pronoun in its
 * sentence, which the pronoun stands for together (see
 * `EntityIndex.coordinatedPersonsFor`); empty for any other subject.
 */
function jointPersons(context: AttributionContext, entity: Entity, mention: Span): Entity[] {
  if (entity.kind !== 'role' || entity.type !== 'unknown') return []
  const pronoun = mention.text.toLowerCase()
  return context.entities.coordinatedPersonsFor(pronoun, tokenAtOffset(context.doc, mention.start))
}

/** A subject that may join several names: a conjunction or a comma between words. */
const COORDINATION = /\sand\s|\s&\s|,\s/u

function sourceType(entity: Entity): SourceType {
  if (entity.type === 'unknown') return 'anonymous'
  return entity.type
}

function inBoilerplate(analysis: Analysis, span: Span): boolean {
  const {doc} = analysis.context
  return doc.boilerplate[paragraphAtOffset(doc, span.start)] === true
}
