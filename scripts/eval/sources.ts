/**
 * Eval section "sources": the sources `findSources` reports, on the seed
 * corpus (golden `sources` lists) and on PolNeAR dev (named sources of every
 * attribution; reported-speech contents and their sources), issue 3.
 *
 * `findSources` is imported dynamically: until src/index.ts exports it the
 * section only says so. The named exports return the detailed results that
 * scripts/dev/failures.ts prints.
 */
import type {Attribution, Source} from '../../src/types.js'
import type {Section} from './_lib.js'
import {loadGolden, loadJsonl, loadSeeds} from './_lib.js'
import type {Prf, Range} from './_score.js'
import {
  contentRange,
  inUnreadMarks,
  iou,
  isPronounName,
  isSwappedSpeaker,
  namesAntecedent,
  matchBoolean,
  namesMatch,
  percent,
  prf,
  spansOverlap,
  trimSpan
} from './_score.js'

/** Anything that lists an article's sources. */
export type SourceFinder = (text: string) => Source[]

/** A count of right answers out of a total. */
export interface Ratio {
  correct: number
  total: number
}

/** A gold source nobody predicted: its names as the article writes them. */
export interface MissedSource {
  article: string
  text: string
  names: string[]
  /** Where the gold names are written (PolNeAR), for context. */
  ranges: Range[]
}

/** A predicted source matching no gold source. */
export interface SpuriousSource {
  article: string
  text: string
  source: Source
}

/** A gold reported-speech attribution (PolNeAR `indirect[]`), trimmed. */
export interface GoldIndirect {
  range: Range
  speaker: string | null
  speakerRange: Range | null
  cue: string | null
  swapped: boolean
}

/** A gold indirect attribution whose content was not found, or found with the wrong source. */
export interface IndirectFailure {
  article: string
  text: string
  gold: GoldIndirect
  /** The best predicted non-direct attribution by IoU (>= 0.5 when `found`). */
  predicted: {source: Source; attribution: Attribution; iou: number} | null
  found: boolean
}

/** Everything `findSources` scored on one data set. */
export interface SourceScore {
  set: 'seeds' | 'polnear'
  sources: Prf
  /** PolNeAR: the same, a gold name left over by the one-to-one match counting when a found source's attribution reads its mention (gold names have no coreference). */
  sourcesCoref?: Prf
  /** PolNeAR: gold indirect contents found (IoU >= 0.5). */
  indirectFound: Ratio
  /** PolNeAR: the same, over gold indirect attributions that name a speaker. */
  indirectFoundWithSpeaker: Ratio
  /** PolNeAR: gold indirect with a speaker, found with the right source. */
  indirectRight: Ratio
  /** PolNeAR: predicted non-direct attributions that match some gold attribution's content. */
  predictedIndirect: Ratio
  missedSources: MissedSource[]
  spuriousSources: SpuriousSource[]
  indirectFailures: IndirectFailure[]
  notes: string[]
}

const ratio = (): Ratio => ({correct: 0, total: 0})

/**
 * `findSources` from src/index.ts, or null while it is not exported yet.
 *
 * @example
 * const find = await loadFindSources()
 * if (find) find('“No,” Rubio said.')[0]?.name
 */
export async function loadFindSources(): Promise<SourceFinder | null> {
  const api = (await import('../../src/index.js')) as unknown as {findSources?: unknown}
  const fn = api.findSources
  if (typeof fn !== 'function') return null
  return (text) => (fn as (text: string) => Source[])(text)
}

function runFinder(find: SourceFinder, text: string, id: string, errors: string[]): Source[] {
  try {
    return find(text)
  } catch (error) {
    errors.push(`${id}: ${error instanceof Error ? error.message : String(error)}`)
    return []
  }
}

function errorNote(errors: string[]): string[] {
  if (errors.length === 0) return []
  return [`findSources threw on ${errors.length} article(s), scored as finding nothing; first: ${errors[0]}`]
}

/**
 * Match predicted sources one-to-one to gold source groups (a name matching
 * any of a group's names), recording the spurious and the missed.
 *
 * @example
 * matchSources(predicted, [{names: ['Rubio', 'Marco Rubio'], ranges: []}], id, text, [], [])
 */
function matchSources(
  pred: Source[],
  gold: Array<{names: string[]; ranges: MissedSource['ranges']}>,
  article: string,
  text: string,
  spurious: SpuriousSource[],
  missed: MissedSource[]
): {tp: number; fp: number; fn: number; matchedGold: ReadonlySet<number>} {
  // The name matches, or one of its attributions names it with the annotated speaker's words (IoU >= .5:
  // "The newspaper" resolved to the Washington Post is the gold "The newspaper"; a cut phrase is no match).
  const pairs = matchBoolean(pred.length, gold.length, (p, g) => {
    const source = pred[p]
    const group = gold[g]
    if (source === undefined || group === undefined) return false
    if (group.names.some((n) => namesMatch(source.name, n))) return true
    return group.ranges.some((r) => source.attributions.some((a) => iou(a.mention, r) >= 0.5))
  })
  const usedPred = new Set(pairs.map((x) => x.pred))
  const usedGold = new Set(pairs.map((x) => x.gold))
  pred.forEach((source, i) => {
    if (!usedPred.has(i)) spurious.push({article, text, source})
  })
  gold.forEach((group, i) => {
    if (!usedGold.has(i)) missed.push({article, text, names: group.names, ranges: group.ranges})
  })
  return {tp: pairs.length, fp: pred.length - usedPred.size, fn: gold.length - usedGold.size, matchedGold: usedGold}
}

/**
 * Score `findSources` on the seeds: golden `sources` lists, one-to-one, a
 * predicted source counting when its name matches the gold name or an alias.
 *
 * @example
 * scoreSeedSources(find).sources.f1
 */
export function scoreSeedSources(find: SourceFinder): SourceScore {
  const golden = loadGolden() as {articles: any[]}
  const texts = new Map(loadSeeds().map((s) => [s.id, s.text]))
  const errors: string[] = []
  let tp = 0
  let fp = 0
  let fn = 0
  const missedSources: MissedSource[] = []
  const spuriousSources: SpuriousSource[] = []
  for (const article of golden.articles) {
    const text = texts.get(article.id)
    if (text === undefined) throw new Error(`seed text missing for golden article ${article.id}`)
    const gold: string[][] = (article.sources as any[]).map((s) => [s.name as string, ...((s.aliases ?? []) as string[])])
    const pred = runFinder(find, text, article.id, errors)
    const counts = matchSources(pred, gold.map((names) => ({names, ranges: []})), article.id, text, spuriousSources, missedSources)
    tp += counts.tp
    fp += counts.fp
    fn += counts.fn
  }
  return {
    set: 'seeds',
    sources: prf(tp, fp, fn),
    indirectFound: ratio(),
    indirectFoundWithSpeaker: ratio(),
    indirectRight: ratio(),
    predictedIndirect: ratio(),
    missedSources,
    spuriousSources,
    indirectFailures: [],
    notes: errorNote(errors)
  }
}

/** Speaker text and span of a PolNeAR quote segment or indirect attribution, after the swap fix. */
function goldSpeaker(a: any): {speaker: string | null; range: Range | null; cue: string | null; swapped: boolean} {
  const swapped = isSwappedSpeaker(a.speaker)
  const speaker: string | null = swapped ? a.cue : a.speaker
  const start = swapped ? a.cueStart : a.speakerStart
  const end = swapped ? a.cueEnd : a.speakerEnd
  return {
    speaker: speaker === null || speaker === undefined || speaker.trim() === '' ? null : speaker,
    range: start == null || end == null ? null : {start, end},
    cue: swapped ? a.speaker : a.cue,
    swapped
  }
}


/**
 * Gold named sources of one article: distinct non-pronoun speakers of its
 * quotes and indirect attributions, clustered in order of appearance. A name
 * joins the first cluster all of whose names it matches (complete linkage, so
 * "Clinton" does not chain "Hillary Clinton" to "the Clinton campaign").
 *
 * @example
 * polnearGoldSources(article)[0].names // ['Donald Trump', 'Trump']
 */
export function polnearGoldSources(article: any): Array<{names: string[]; ranges: Range[]}> {
  const mentions: Array<{name: string; range: Range | null}> = []
  for (const a of [...(article.quotes as any[]), ...(article.indirect as any[])]) {
    const g = goldSpeaker(a)
    if (g.speaker === null || isPronounName(g.speaker)) continue
    mentions.push({name: g.speaker, range: g.range})
  }
  mentions.sort((a, b) => (a.range?.start ?? Infinity) - (b.range?.start ?? Infinity))
  const clusters: Array<{names: string[]; ranges: Range[]}> = []
  for (const m of mentions) {
    let cluster = clusters.find((c) => c.names.every((n) => n === m.name || namesMatch(m.name, n)))
    if (cluster === undefined) {
      cluster = {names: [], ranges: []}
      clusters.push(cluster)
    }
    if (!cluster.names.includes(m.name)) cluster.names.push(m.name)
    if (m.range !== null) cluster.ranges.push(m.range)
  }
  return clusters
}

/** The PolNeAR dev articles, or null when ../shared/data is absent. */
export function loadPolnear(): any[] | null {
  return loadJsonl('polnear.dev.jsonl')
}

/**
 * Score `findSources` on PolNeAR dev: named sources per article (micro P/R/F1),
 * and reported-speech contents found (IoU >= 0.5) with the right source
 * (name matches, or the attribution's mention overlaps the annotated speaker).
 *
 * @example
 * scorePolnearSources(loadPolnear()!, find).indirectFound
 */
export function scorePolnearSources(articles: any[], find: SourceFinder): SourceScore {
  const errors: string[] = []
  let tp = 0
  let fp = 0
  let fn = 0
  const indirectFound = ratio()
  const indirectFoundWithSpeaker = ratio()
  const indirectRight = ratio()
  const predictedIndirect = ratio()
  const missedSources: MissedSource[] = []
  const spuriousSources: SpuriousSource[] = []
  const indirectFailures: IndirectFailure[] = []
  let pronounSources = 0
  let noContent = 0
  let doubledIndirect = 0
  let noSpeaker = 0
  let swapped = 0
  let corefTp = 0
  let corefFn = 0

  for (const article of articles) {
    const text: string = article.text
    const predicted = runFinder(find, text, article.id, errors)

    // Named sources.
    const gold = polnearGoldSources(article)
    const pred = predicted.filter((s) => !isPronounName(s.name))
    pronounSources += predicted.length - pred.length
    const counts = matchSources(pred, gold, article.id, text, spuriousSources, missedSources)
    tp += counts.tp
    fp += counts.fp
    fn += counts.fn
    // Gold names have no coreference ("the Republican nominee" and "Trump" are two gold names): a gold name
    // that the one-to-one match left over but whose mention a found source's attribution reads is a hit here.
    const reads = (group: {ranges: Range[]}) => pred.some((source) => group.ranges.some((r) => source.attributions.some((a) => iou(a.mention, r) >= 0.5)))
    const leftOver = gold.filter((group, g) => !counts.matchedGold.has(g) && !reads(group)).length
    corefTp += gold.length - leftOver
    corefFn += leftOver

    // Reported speech.
    const predAttr: Array<{source: Source; attribution: Attribution; range: Range}> = []
    const predDirect: Array<{source: Source; attribution: Attribution; range: Range}> = []
    for (const source of predicted) {
      for (const attribution of source.attributions) {
        const entry = {source, attribution, range: trimSpan(text, attribution.content.start, attribution.content.end)}
        if (attribution.direct) predDirect.push(entry)
        else predAttr.push(entry)
      }
    }
    // A quote in several parts ("''X,'' McFaul said. ''Y.''") is one direct attribution per part; gold
    // reported speech in unread marks spans them all, so the whole quote is a candidate too.
    const wholeQuotes = new Map<string, {source: Source; attribution: Attribution; range: Range}>()
    for (const entry of predDirect) {
      const key = `${entry.attribution.mention.start}:${entry.attribution.cue?.start ?? -1}`
      const whole = wholeQuotes.get(key)
      if (whole === undefined) wholeQuotes.set(key, {...entry, range: {...entry.range}})
      else if (whole.source === entry.source) whole.range = {start: Math.min(whole.range.start, entry.range.start), end: Math.max(whole.range.end, entry.range.end)}
    }
    for (const whole of wholeQuotes.values()) if (!predDirect.some((e) => e.range.start === whole.range.start && e.range.end === whole.range.end)) predDirect.push(whole)
    const goldContents: Range[] = []
    for (const q of article.quotes as any[]) {
      const r = contentRange(text, q.contentSpans ?? [])
      if (r !== null) goldContents.push(r)
    }
    for (const ind of article.indirect as any[]) {
      const range = contentRange(text, ind.contentSpans ?? [])
      if (range === null) {
        noContent++
        continue
      }
      goldContents.push(range)
      const g = goldSpeaker(ind)
      if (g.swapped) swapped++
      const goldInd: GoldIndirect = {range, speaker: g.speaker, speakerRange: g.range, cue: g.cue, swapped: g.swapped}
      let best: {source: Source; attribution: Attribution; iou: number} | null = null
      // PolNeAR filed quotes whose marks its conversion did not read (''doubled apostrophes'',
      // transcript turns opened by " and a speaker label) under indirect: a direct attribution finds them.
      const doubled = inUnreadMarks(text, ind.contentSpans?.[0]?.[0] ?? -1)
      if (doubled) doubledIndirect++
      for (const p of doubled ? [...predAttr, ...predDirect] : predAttr) {
        const score = iou(p.range, range)
        if (score > 0 && (best === null || score > best.iou)) best = {source: p.source, attribution: p.attribution, iou: score}
      }
      const found = best !== null && best.iou >= 0.5
      indirectFound.total++
      if (found) indirectFound.correct++
      if (g.speaker === null) {
        noSpeaker++
        if (!found) indirectFailures.push({article: article.id, text, gold: goldInd, predicted: best, found})
        continue
      }
      indirectRight.total++
      indirectFoundWithSpeaker.total++
      if (found) indirectFoundWithSpeaker.correct++
      const right =
        found &&
        best !== null &&
        (namesMatch(best.source.name, g.speaker) ||
          (g.range !== null && spansOverlap(best.attribution.mention, g.range)) ||
          namesAntecedent(text, best.attribution.mention, g.speaker, g.range))
      if (right) indirectRight.correct++
      else indirectFailures.push({article: article.id, text, gold: goldInd, predicted: best, found})
    }
    for (const p of predAttr) {
      predictedIndirect.total++
      if (goldContents.some((g) => iou(p.range, g) >= 0.5)) predictedIndirect.correct++
    }
  }
  return {
    set: 'polnear',
    sources: prf(tp, fp, fn),
    sourcesCoref: prf(corefTp, fp, corefFn),
    indirectFound,
    indirectFoundWithSpeaker,
    indirectRight,
    predictedIndirect,
    missedSources,
    spuriousSources,
    indirectFailures,
    notes: [
      ...errorNote(errors),
      `${pronounSources} predicted pronoun-only source(s) left out; gold names clustered per article when they match each other`,
      `${doubledIndirect} gold indirect attribution(s) are quotes whose marks PolNeAR's conversion did not read (''doubled apostrophes'', transcript turns opened by a mark and a speaker label): matched against direct attributions too`,
      `${noSpeaker} gold indirect attribution(s) have no annotated speaker (counted for content, not for source); ${noContent} have no content span (skipped); ${swapped} had speaker and cue swapped (fixed)`
    ]
  }
}

const rate = (r: Ratio): number => (r.total === 0 ? Number.NaN : r.correct / r.total)
const frac = (r: Ratio): string => `${r.correct}/${r.total}`

function row(metric: string, value: number, counts: string, target: number | null): Record<string, string | number> {
  return {
    metric,
    onrecord: percent(value),
    counts,
    target: target === null ? '(info)' : `>= ${target}`,
    met: target === null ? '' : Number.isFinite(value) && 100 * value >= target - 1e-9 ? 'yes' : 'no'
  }
}

function prfRows(s: Prf, target: number): Array<Record<string, string | number>> {
  const counts = `tp ${s.tp} fp ${s.fp} fn ${s.fn}`
  return [
    row('source precision', s.precision, counts, null),
    row('source recall', s.recall, counts, null),
    row('source F1', s.f1, counts, target)
  ]
}

/** `npm run eval -- --only sources` */
export default async function sourcesSection(): Promise<Section[]> {
  const find = await loadFindSources()
  if (find === null) return [{title: 'sources', rows: [], notes: ['findSources not available yet']}]
  return sourceSections(find)
}

/**
 * The section tables for any source finder (the default export passes `findSources`).
 *
 * @example
 * for (const section of sourceSections(myFinder)) printSection(section)
 */
export function sourceSections(find: SourceFinder): Section[] {
  const sections: Section[] = []
  const seeds = scoreSeedSources(find)
  sections.push({
    title: 'sources: seeds (golden sources lists)',
    rows: prfRows(seeds.sources, 95),
    notes: [...seeds.notes, 'a predicted source counts when its name matches the gold name or an alias (one-to-one)']
  })
  const polnear = loadPolnear()
  if (polnear === null) {
    sections.push({title: 'sources: PolNeAR dev', rows: [], notes: ['../shared/data/polnear.dev.jsonl not found: skipped']})
    return sections
  }
  const p = scorePolnearSources(polnear, find)
  sections.push({
    title: `sources: PolNeAR dev (${polnear.length} articles)`,
    rows: [
      ...prfRows(p.sources, 80),
      ...(p.sourcesCoref ? [row('source F1, gold names read as one source', p.sourcesCoref.f1, `tp ${p.sourcesCoref.tp} fp ${p.sourcesCoref.fp} fn ${p.sourcesCoref.fn}`, null)] : []),
      row('indirect content found (IoU >= .5)', rate(p.indirectFound), frac(p.indirectFound), 70),
      row('indirect content found, speaker annotated', rate(p.indirectFoundWithSpeaker), frac(p.indirectFoundWithSpeaker), null),
      row('indirect found with right source', rate(p.indirectRight), frac(p.indirectRight), 55),
      row('predicted indirect matching gold', rate(p.predictedIndirect), frac(p.predictedIndirect), null)
    ],
    notes: [
      ...p.notes,
      '"gold names read as one source": PolNeAR names each mention\'s speaker as written, with no coreference ("the Republican nominee", "Trump"); the one-to-one match counts a source resolved from both as finding one of them. This row also counts a gold name as found when a found source\'s attribution reads that very mention (IoU >= .5)',
      'gold indirect attributions without a speaker are mostly not reported speech ("The clip has faced ridicule"; "growing concerns that…"): the second row leaves them out',
      '"predicted indirect matching gold": non-direct attributions whose content has IoU >= .5 with a gold indirect or quote-attribution content'
    ]
  })
  return sections
}
