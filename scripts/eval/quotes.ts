/**
 * Eval section "quotes": quote spans and speakers of `extractQuotes` on the
 * seed corpus (seeds/golden.json) and on PolNeAR dev (../shared/data), beside
 * a regex baseline, scored as ../shared/golden/README.md describes (issue 2).
 *
 * The named exports (`scoreSeedQuotes`, `scorePolnearQuotes`,
 * `baselineQuotes`) return the detailed results that scripts/dev/failures.ts
 * prints; the default export turns them into table sections.
 */
import {extractQuotes} from '../../src/index.js'
import type {Quote} from '../../src/types.js'
import type {Section} from './_lib.js'
import {loadGolden, loadJsonl, loadSeeds} from './_lib.js'
import type {Prf, Range} from './_score.js'
import {contentRange, inUnreadMarks, isSwappedSpeaker, matchOneToOne, namesAntecedent, namesMatch, percent, prf, spansOverlap, trimSpan} from './_score.js'

/** Anything that turns an article into quotes: `extractQuotes` or the baseline. */
export type QuoteFinder = (text: string) => Quote[]

/** A count of right answers out of a total. */
export interface Ratio {
  correct: number
  total: number
}

/** A gold quote segment nobody predicted. */
export interface MissedQuote {
  article: string
  text: string
  /** The gold part, trimmed. */
  range: Range
  goldSpeaker: string | null
  goldKind: string
}

/** A predicted part that matches no gold part. */
export interface SpuriousQuote {
  article: string
  text: string
  range: Range
  quote: Quote
}

/** A matched gold quote whose predicted speaker is wrong. */
export interface WrongSpeaker {
  article: string
  text: string
  /** The gold part (trimmed) that was matched. */
  range: Range
  goldSpeaker: string
  /** Where the gold speaker is written (PolNeAR only; after the swap fix). */
  goldSpeakerRange: Range | null
  goldCue: string | null
  goldCueRange: Range | null
  /** Seeds: how the speaker is written near the quote ("He"). */
  goldMention: string | null
  goldIsPronoun: boolean
  /** PolNeAR: the annotation had speaker and cue swapped (fixed here). */
  swapped: boolean
  quote: Quote
}

/** Everything one system scored on one data set. */
export interface QuoteScore {
  system: string
  set: 'seeds' | 'polnear'
  quotes: Prf
  /** Over matched gold quotes (seeds) or matched gold segments (PolNeAR). */
  speaker: Ratio
  /** PolNeAR: matched segments whose gold speaker is a name or noun phrase. */
  speakerNamed: Ratio
  /** PolNeAR: matched segments whose gold speaker is a pronoun. */
  speakerPronoun: Ratio
  /** Over all gold quotes or segments with a speaker: an unmatched one is wrong. */
  endToEnd: Ratio
  /** direct/partial (PolNeAR: mixed = partial) on matched quotes. */
  kind: Ratio
  missed: MissedQuote[]
  spurious: SpuriousQuote[]
  wrongSpeakers: WrongSpeaker[]
  notes: string[]
}

const ratio = (): Ratio => ({correct: 0, total: 0})

/** Run a finder on one article; a throw counts as no quotes and is noted. */
function runFinder(find: QuoteFinder, text: string, id: string, errors: string[]): Quote[] {
  try {
    return find(text)
  } catch (error) {
    errors.push(`${id}: ${error instanceof Error ? error.message : String(error)}`)
    return []
  }
}

interface PredPart {
  range: Range
  quote: Quote
}

/** Predicted parts of every non-term quote, trimmed. */
/**
 * True when the predicted quote owning `range` is opened by an ASCII apostrophe
 * (`'` or `''`): the first mark before its first part, past spaces.
 */
function openedByApostrophe(text: string, quote: Quote, range: Range): boolean {
  const first = quote.parts[0]
  let i = (first?.start ?? range.start) - 1
  while (i >= 0 && text[i] === ' ') i--
  return text[i] === "'"
}

function predictedParts(text: string, quotes: Quote[]): PredPart[] {
  const parts: PredPart[] = []
  for (const quote of quotes) {
    if (quote.kind === 'term') continue
    for (const part of quote.parts) parts.push({range: trimSpan(text, part.start, part.end), quote})
  }
  return parts
}

/** The predicted quote that owns most of the matched parts (first on a tie). */
function majorityQuote(quotes: Quote[]): Quote | undefined {
  const counts = new Map<Quote, number>()
  let best: Quote | undefined
  let bestCount = 0
  for (const q of quotes) {
    const c = (counts.get(q) ?? 0) + 1
    counts.set(q, c)
    if (c > bestCount) {
      best = q
      bestCount = c
    }
  }
  return best
}

function errorNote(errors: string[], system: string): string[] {
  if (errors.length === 0) return []
  return [`${system} threw on ${errors.length} article(s), scored as finding nothing; first: ${errors[0]}`]
}

/**
 * Score a quote finder on the seed corpus against seeds/golden.json. Gold:
 * parts of non-term quotes outside boilerplate; a prediction matching a term
 * or boilerplate quote counts neither way.
 *
 * @example
 * const score = await scoreSeedQuotes(extractQuotes, 'onrecord')
 * score.quotes.f1 // 0.98...
 */
export function scoreSeedQuotes(find: QuoteFinder, system: string): QuoteScore {
  const golden = loadGolden() as {articles: any[]}
  const texts = new Map(loadSeeds().map((s) => [s.id, s.text]))
  const errors: string[] = []
  let tp = 0
  let fp = 0
  let fn = 0
  let ignoredPredictions = 0
  const speaker = ratio()
  const endToEnd = ratio()
  const kind = ratio()
  const missed: MissedQuote[] = []
  const spurious: SpuriousQuote[] = []
  const wrongSpeakers: WrongSpeaker[] = []

  for (const article of golden.articles) {
    const text = texts.get(article.id)
    if (text === undefined) throw new Error(`seed text missing for golden article ${article.id}`)
    const scored: Array<{range: Range; quote: any}> = []
    const ignored: Range[] = []
    for (const quote of article.quotes) {
      for (const part of quote.parts) {
        const range = trimSpan(text, part.start, part.end)
        if (quote.kind === 'term' || quote.inBoilerplate === true) ignored.push(range)
        else scored.push({range, quote})
      }
    }
    const pred = predictedParts(text, runFinder(find, text, article.id, errors))
    const matching = matchOneToOne(
      pred.map((p) => p.range),
      scored.map((g) => g.range)
    )
    tp += matching.pairs.length
    for (const i of matching.unmatchedPred) {
      const p = pred[i]
      if (p === undefined) continue
      if (matchOneToOne([p.range], ignored).pairs.length > 0) {
        ignoredPredictions++
        continue
      }
      fp++
      spurious.push({article: article.id, text, range: p.range, quote: p.quote})
    }
    for (const i of matching.unmatchedGold) {
      const g = scored[i]
      if (g === undefined) continue
      fn++
      missed.push({article: article.id, text, range: g.range, goldSpeaker: g.quote.speaker ?? null, goldKind: g.quote.kind})
    }

    // Per gold quote: speaker and kind of the predicted quote its parts matched.
    const matchedBy = new Map<any, {preds: Quote[]; range: Range}>()
    for (const pair of matching.pairs) {
      const g = scored[pair.gold]
      const p = pred[pair.pred]
      if (g === undefined || p === undefined) continue
      const entry = matchedBy.get(g.quote) ?? {preds: [], range: g.range}
      entry.preds.push(p.quote)
      matchedBy.set(g.quote, entry)
    }
    for (const quote of article.quotes) {
      if (quote.kind === 'term' || quote.inBoilerplate === true) continue
      const entry = matchedBy.get(quote)
      const predQuote = entry === undefined ? undefined : majorityQuote(entry.preds)
      if (predQuote !== undefined) {
        kind.total++
        if (predQuote.kind === quote.kind) kind.correct++
      }
      if (typeof quote.speaker !== 'string' || quote.speaker === '') continue
      endToEnd.total++
      if (predQuote === undefined || entry === undefined) continue
      speaker.total++
      const names: string[] = [quote.speaker, ...(quote.speakerAliases ?? [])]
      const predName = predQuote.speaker?.name
      if (predName !== undefined && names.some((n) => namesMatch(predName, n))) {
        speaker.correct++
        endToEnd.correct++
      } else {
        const mention: string | null = quote.speakerMention ?? null
        wrongSpeakers.push({
          article: article.id,
          text,
          range: entry.range,
          goldSpeaker: quote.speaker,
          goldSpeakerRange: null,
          goldCue: quote.cue ?? null,
          goldCueRange: null,
          goldMention: mention,
          goldIsPronoun: mention !== null && /^(he|she|they|it|we|i)$/iu.test(mention.trim()),
          swapped: false,
          quote: predQuote
        })
      }
    }
  }
  const notes = [...errorNote(errors, system)]
  if (ignoredPredictions > 0) notes.push(`${system}: ${ignoredPredictions} predicted part(s) matched a term or boilerplate quote: counted neither way`)
  return {
    system,
    set: 'seeds',
    quotes: prf(tp, fp, fn),
    speaker,
    speakerNamed: ratio(),
    speakerPronoun: ratio(),
    endToEnd,
    kind,
    missed,
    spurious,
    wrongSpeakers,
    notes
  }
}

/** A PolNeAR gold quote segment with its speaker after the swap fix. */
interface PolnearSegment {
  range: Range
  speaker: string | null
  speakerRange: Range | null
  cue: string | null
  cueRange: Range | null
  pronoun: boolean
  swapped: boolean
  kind: string
}

/**
 * The gold segments of one PolNeAR article. Speaker and cue are swapped back
 * when the annotated speaker is a lone speech verb (`"…" said Obama`).
 *
 * @example
 * polnearSegments(article)[0].range // trimmed [start, end) of the first quote
 */
export function polnearSegments(article: any): PolnearSegment[] {
  return (article.quotes as any[]).map((q) => {
    const swapped = isSwappedSpeaker(q.speaker)
    const speaker: string | null = swapped ? q.cue : q.speaker
    const speakerRange: Range | null = swapped
      ? q.cueStart == null ? null : {start: q.cueStart, end: q.cueEnd}
      : q.speakerStart == null ? null : {start: q.speakerStart, end: q.speakerEnd}
    const cue: string | null = swapped ? q.speaker : q.cue
    const cueRange: Range | null = swapped
      ? q.speakerStart == null ? null : {start: q.speakerStart, end: q.speakerEnd}
      : q.cueStart == null ? null : {start: q.cueStart, end: q.cueEnd}
    return {
      range: trimSpan(article.text, q.start, q.end),
      speaker: speaker === null || speaker.trim() === '' ? null : speaker,
      speakerRange,
      cue,
      cueRange,
      pronoun: q.speakerIsPronoun === true,
      swapped,
      kind: q.kind
    }
  })
}

/** The PolNeAR dev articles, or null when ../shared/data is absent. */
export function loadPolnear(): any[] | null {
  return loadJsonl('polnear.dev.jsonl')
}

/**
 * Score a quote finder on PolNeAR dev. Every annotated quotation-mark segment
 * is a gold part; predicted `term` quotes are ignored (PolNeAR marks no
 * terms). A speaker is right when its name matches the annotated speaker or
 * its mention overlaps the annotated speaker span.
 *
 * @example
 * const score = scorePolnearQuotes(loadPolnear()!, extractQuotes, 'onrecord')
 * score.speakerPronoun.correct / score.speakerPronoun.total
 */
export function scorePolnearQuotes(articles: any[], find: QuoteFinder, system: string): QuoteScore {
  const errors: string[] = []
  let tp = 0
  let fp = 0
  let fn = 0
  const speaker = ratio()
  const speakerNamed = ratio()
  const speakerPronoun = ratio()
  const endToEnd = ratio()
  const kind = ratio()
  const missed: MissedQuote[] = []
  const spurious: SpuriousQuote[] = []
  const wrongSpeakers: WrongSpeaker[] = []
  let swappedCount = 0
  let noSpeaker = 0
  let apostropheQuotes = 0
  let unreadTurns = 0
  let termsAnnotated = 0
  let termsNot = 0

  for (const article of articles) {
    const text: string = article.text
    const gold = polnearSegments(article)
    const found = runFinder(find, text, article.id, errors)
    const pred = predictedParts(text, found)
    const matching = matchOneToOne(
      pred.map((p) => p.range),
      gold.map((g) => g.range)
    )
    tp += matching.pairs.length
    fn += matching.unmatchedGold.length
    // How the annotation and our `term` kind disagree: titles and scare quotes it annotates as someone's, and those it leaves out.
    const terms = found.filter((q) => q.kind === 'term').flatMap((q) => q.parts.map((part) => trimSpan(text, part.start, part.end)))
    const termMatching = matchOneToOne(terms, matching.unmatchedGold.map((i) => (gold[i] as PolnearSegment).range))
    termsAnnotated += termMatching.pairs.length
    termsNot += termMatching.unmatchedPred.length
    // Quotes PolNeAR's conversion did not read as quotes (transcript turns opened by a mark and
    // a speaker label) are annotated, speaker and all, as indirect attributions.
    const unread: Range[] = []
    // A turn with a quote inside it ("PENCE: … an episode of “Shark Tank.” …") is filed under
    // quotes instead: the inner segment is the quote, the unread turn its attribution's content.
    for (const ind of [...(article.indirect as any[]), ...(article.quotes as any[])]) {
      const range = contentRange(text, ind.contentSpans ?? [])
      if (range !== null && inUnreadMarks(text, ind.contentSpans?.[0]?.[0] ?? -1)) unread.push(range)
    }
    for (const i of matching.unmatchedPred) {
      const p = pred[i]
      if (p === undefined) continue
      // PolNeAR's conversion read no ASCII apostrophe as a quotation mark: none of its 817
      // quote segments is delimited by ' or '' (NYT's ''…'' quotes sit in `indirect`, and
      // headline 'single quotes' are not annotated, while the same headlines with ‘curly’
      // marks are). A prediction inside ASCII apostrophes has no gold to be scored against.
      if (openedByApostrophe(text, p.quote, p.range)) {
        apostropheQuotes++
        continue
      }
      // A predicted quote inside such an annotated turn agrees with the annotation, except on
      // the word "indirect": it has no quote segment to be scored against.
      if (unread.some((r) => r.start <= p.range.start && p.range.end <= r.end)) {
        unreadTurns++
        continue
      }
      fp++
      spurious.push({article: article.id, text, range: p.range, quote: p.quote})
    }
    for (const i of matching.unmatchedGold) {
      const g = gold[i]
      if (g !== undefined) missed.push({article: article.id, text, range: g.range, goldSpeaker: g.speaker, goldKind: g.kind})
    }
    const predFor = new Map<number, Quote>()
    for (const pair of matching.pairs) {
      const p = pred[pair.pred]
      if (p !== undefined) predFor.set(pair.gold, p.quote)
    }
    gold.forEach((g, i) => {
      if (g.swapped) swappedCount++
      const q = predFor.get(i)
      if (q !== undefined) {
        kind.total++
        if ((g.kind === 'mixed' ? 'partial' : 'direct') === q.kind) kind.correct++
      }
      if (g.speaker === null) {
        noSpeaker++
        return
      }
      endToEnd.total++
      if (q === undefined) return
      const bucket = g.pronoun ? speakerPronoun : speakerNamed
      speaker.total++
      bucket.total++
      const s = q.speaker
      const right =
        s !== null &&
        (namesMatch(s.name, g.speaker) ||
          (g.speakerRange !== null && spansOverlap(s.mention, g.speakerRange)) ||
          namesAntecedent(text, s.mention, g.speaker, g.speakerRange))
      if (right) {
        speaker.correct++
        bucket.correct++
        endToEnd.correct++
      } else {
        wrongSpeakers.push({
          article: article.id,
          text,
          range: g.range,
          goldSpeaker: g.speaker,
          goldSpeakerRange: g.speakerRange,
          goldCue: g.cue,
          goldCueRange: g.cueRange,
          goldMention: null,
          goldIsPronoun: g.pronoun,
          swapped: g.swapped,
          quote: q
        })
      }
    })
  }
  const notes = [...errorNote(errors, system)]
  if (termsAnnotated + termsNot > 0) notes.push(`${system}: ${termsAnnotated} missed gold segment(s) are quotes classified term (a title, nickname or scare quote nobody speaks, by the issue's definition); ${termsNot} other term part(s) are not annotated`)
  if (unreadTurns > 0) {
    notes.push(`${system}: ${unreadTurns} unmatched predicted part(s) lie inside gold indirect attributions that are quotes PolNeAR's conversion did not read (transcript turns opened by a mark and a speaker label): counted neither way`)
  }
  if (apostropheQuotes > 0) {
    notes.push(`${system}: ${apostropheQuotes} unmatched predicted part(s) are quotes in ASCII 'apostrophes' or ''doubled apostrophes'', which PolNeAR's conversion never read as quotation marks (no gold segment uses them): counted neither way`)
  }
  return {
    system,
    set: 'polnear',
    quotes: prf(tp, fp, fn),
    speaker,
    speakerNamed,
    speakerPronoun,
    endToEnd,
    kind,
    missed,
    spurious,
    wrongSpeakers,
    notes: [
      ...notes,
      `${swappedCount} gold segment(s) had speaker and cue swapped (speaker annotated as "said"): cue used as the speaker`,
      `${noSpeaker} gold segment(s) have no annotated speaker: left out of speaker accuracy`
    ]
  }
}

// ---------------------------------------------------------------------------
// The regex baseline (lives here only; never in src/).

/** “…” or "…" on one line; negated classes, so no backtracking over marks. */
const BASELINE_QUOTE = /“[^“”\n]*”|"[^"\n]*"/gu
const BASELINE_VERBS = 'said|says|told|added|asked|wrote|explained|continued|noted|tweeted|argued|insisted|replied|stated|declared'
const BASELINE_NAME = `(?:he|she|they|we|I|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})`
/** Right after the closing mark: ", said X" or ", X said". */
const BASELINE_AFTER = new RegExp(
  `[\\s,]*(?:(?:${BASELINE_VERBS})\\s+(${BASELINE_NAME})|(${BASELINE_NAME})\\s+(?:${BASELINE_VERBS})\\b)`,
  'uyd'
)

/**
 * The regex baseline: every “…” and "…" span on one line is a direct quote;
 * its speaker is the X of "said X" / "X said" right after the closing mark.
 *
 * @example
 * baselineQuotes('“Yes,” said Ann Lee.')[0].speaker?.name // 'Ann Lee'
 */
export function baselineQuotes(text: string): Quote[] {
  const quotes: Quote[] = []
  for (const m of text.matchAll(BASELINE_QUOTE)) {
    const start = (m.index ?? 0) + 1
    const end = (m.index ?? 0) + m[0].length - 1
    if (end <= start) continue
    BASELINE_AFTER.lastIndex = end + 1
    const after = BASELINE_AFTER.exec(text)
    const where = after?.indices?.[1] ?? after?.indices?.[2]
    const speaker =
      where === undefined
        ? null
        : {
            name: text.slice(where[0], where[1]),
            type: 'unknown' as const,
            mention: {start: where[0], end: where[1], text: text.slice(where[0], where[1])}
          }
    const part = {start, end, text: text.slice(start, end)}
    quotes.push({text: part.text, parts: [part], kind: 'direct', speaker, cue: null, confidence: 0.5})
  }
  return quotes
}

// ---------------------------------------------------------------------------
// The table.

const rate = (r: Ratio): number => (r.total === 0 ? Number.NaN : r.correct / r.total)
const frac = (r: Ratio): string => `${r.correct}/${r.total}`

function row(
  metric: string,
  ours: number,
  oursCounts: string,
  base: number | null,
  target: number | null
): Record<string, string | number> {
  const out: Record<string, string | number> = {metric, onrecord: percent(ours), counts: oursCounts}
  out['baseline'] = base === null ? '' : percent(base)
  out['target'] = target === null ? '(info)' : `>= ${target}`
  out['met'] = target === null ? '' : Number.isFinite(ours) && 100 * ours >= target - 1e-9 ? 'yes' : 'no'
  return out
}

function prfRows(ours: QuoteScore, base: QuoteScore, target: number): Array<Record<string, string | number>> {
  const counts = `tp ${ours.quotes.tp} fp ${ours.quotes.fp} fn ${ours.quotes.fn}`
  return [
    row('quote precision', ours.quotes.precision, counts, base.quotes.precision, null),
    row('quote recall', ours.quotes.recall, counts, base.quotes.recall, null),
    row('quote F1', ours.quotes.f1, counts, base.quotes.f1, target)
  ]
}

/** `npm run eval -- --only quotes` */
export default async function quotesSection(): Promise<Section[]> {
  const sections: Section[] = []
  const find: QuoteFinder = (text) => extractQuotes(text)

  const seeds = scoreSeedQuotes(find, 'onrecord')
  const seedsBase = scoreSeedQuotes(baselineQuotes, 'baseline')
  sections.push({
    title: 'quotes: seeds (5 articles, seeds/golden.json)',
    rows: [
      ...prfRows(seeds, seedsBase, 98),
      row('speaker accuracy (matched quotes)', rate(seeds.speaker), frac(seeds.speaker), rate(seedsBase.speaker), 100),
      row('speaker end-to-end (all quotes)', rate(seeds.endToEnd), frac(seeds.endToEnd), rate(seedsBase.endToEnd), null),
      row('kind direct/partial (matched)', rate(seeds.kind), frac(seeds.kind), null, null)
    ],
    notes: [
      ...seeds.notes,
      ...seedsBase.notes,
      'term and boilerplate quotes count neither way; baseline = regex over “…”/"…" with "said X"/"X said" after the mark'
    ]
  })

  const polnear = loadPolnear()
  if (polnear === null) {
    sections.push({title: 'quotes: PolNeAR dev', rows: [], notes: ['../shared/data/polnear.dev.jsonl not found: skipped']})
    return sections
  }
  const ours = scorePolnearQuotes(polnear, find, 'onrecord')
  const base = scorePolnearQuotes(polnear, baselineQuotes, 'baseline')
  const chars = polnear.reduce((n, a) => n + (a.text as string).length, 0)
  sections.push({
    title: `quotes: PolNeAR dev (${polnear.length} articles, ${chars} chars)`,
    rows: [
      ...prfRows(ours, base, 97),
      row('speaker accuracy: names/noun phrases', rate(ours.speakerNamed), frac(ours.speakerNamed), rate(base.speakerNamed), 90),
      row('speaker accuracy: pronouns', rate(ours.speakerPronoun), frac(ours.speakerPronoun), rate(base.speakerPronoun), 85),
      row('speaker accuracy: all matched', rate(ours.speaker), frac(ours.speaker), rate(base.speaker), null),
      row('speaker end-to-end (all segments)', rate(ours.endToEnd), frac(ours.endToEnd), rate(base.endToEnd), null),
      row('kind direct/partial (mixed = partial)', rate(ours.kind), frac(ours.kind), null, null)
    ],
    notes: [
      ...ours.notes,
      ...base.notes.filter((n) => n.startsWith('baseline')),
      'predicted term quotes are ignored (PolNeAR annotates no terms; ~50 unannotated titles/slogans/scare quotes per split count as false positives)'
    ]
  })
  return sections
}
