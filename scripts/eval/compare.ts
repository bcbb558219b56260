/**
 * Eval section `compare` (issue 4): quote clusters and claims on the seeds
 * (pairwise precision/recall/F1 against seeds/golden.json), and paraphrase
 * detection on MSRP train and STS headlines (../shared/data, read at run
 * time, never copied).
 *
 * Also the fitting script of the paraphrase model:
 * `npx tsx scripts/eval/compare.ts --fit` selects the features and fits the
 * logistic regression on STS headlines (nothing on MSRP) and writes
 * src/compare/paraphrase/weights.ts.
 */
import {writeFileSync} from 'node:fs'
import {compareArticles} from '../../src/compare/articles/index.js'
import {clusterQuotes} from '../../src/compare/articles/quotes.js'
import type {ArticleContext} from '../../src/compare/articles/quotes.js'
import {FEATURE_NAMES, pairFeatures, prepare} from '../../src/compare/paraphrase/features.js'
import type {FeatureName} from '../../src/compare/paraphrase/features.js'
import {PARAPHRASE_MODEL} from '../../src/compare/paraphrase/weights.js'
import {paraphraseScore} from '../../src/compare/paraphrase/index.js'
import type {Comparison} from '../../src/compare/types.js'
import {segmentText} from '../../src/text/index.js'
import type {Quote, Span} from '../../src/types.js'
import type {Section} from './_lib.js'
import {loadGolden, loadJsonl, loadSeeds, pct, root} from './_lib.js'
import {matchOneToOne, prf, trimSpan} from './_score.js'
import type {Range} from './_score.js'

// ---------------------------------------------------------------- seeds

interface GoldQuote {
  id: string
  kind: string
  parts: Span[]
  speaker: string | null
  speakerMention?: string
  inBoilerplate?: boolean
}

/** The range of a quote (first part start to last part end), trimmed. */
function quoteRange(text: string, parts: Span[]): Range {
  const first = parts[0]
  const last = parts[parts.length - 1]
  if (!first || !last) return {start: 0, end: 0}
  return trimSpan(text, first.start, last.end)
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`)

/**
 * Pairwise scores of predicted quote clusters: predicted quotes are mapped to
 * golden quotes (same article, one-to-one, IoU >= 0.5); a pair with an
 * unmapped quote is a false positive. Only cross-article pairs count.
 */
export function scoreQuoteClusters(comparison: Comparison, texts: Map<string, string>, golden: any) {
  const gold = new Set<string>()
  for (const cluster of golden.quoteClusters as Array<{quotes: string[]}>) {
    const article = (id: string) => (golden.articles as any[]).find((a) => a.quotes.some((q: GoldQuote) => q.id === id))?.id
    for (const a of cluster.quotes) for (const b of cluster.quotes) if (a < b && article(a) !== article(b)) gold.add(pairKey(a, b))
  }
  const names = new Map<Quote, string>()
  for (const articleGold of golden.articles as any[]) {
    const text = texts.get(articleGold.id) ?? ''
    const goldQuotes = (articleGold.quotes as GoldQuote[]).filter((q) => q.kind !== 'term' && !q.inBoilerplate)
    const predQuotes = comparison.quoteClusters.flatMap((c) => c.quotes).filter((q) => q.articleId === articleGold.id).map((q) => q.quote)
    const matching = matchOneToOne(
      predQuotes.map((q) => quoteRange(text, q.parts)),
      goldQuotes.map((q) => quoteRange(text, q.parts))
    )
    for (const pair of matching.pairs) names.set(predQuotes[pair.pred] as Quote, (goldQuotes[pair.gold] as GoldQuote).id)
  }
  const predicted = new Set<string>()
  let unmapped = 0
  for (const cluster of comparison.quoteClusters) {
    cluster.quotes.forEach((a, i) => {
      cluster.quotes.forEach((b, j) => {
        if (j <= i || a.articleId === b.articleId) return
        const na = names.get(a.quote) ?? `?${unmapped++}`
        const nb = names.get(b.quote) ?? `?${unmapped++}`
        predicted.add(pairKey(na, nb))
      })
    })
  }
  let tp = 0
  for (const p of predicted) if (gold.has(p)) tp++
  return {...prf(tp, predicted.size - tp, gold.size - tp), predicted: [...predicted], gold: [...gold]}
}

/**
 * Pairwise scores of claims: predicted sentences are mapped to golden
 * sentences (same article, IoU >= 0.5). Required pairs: cross-article pairs of
 * one golden claim, neither sentence optional there; allowed pairs: any
 * cross-article pair of one golden claim. TP = predicted and required,
 * FP = predicted and not allowed, FN = required and not predicted.
 */
export function scoreClaims(comparison: Comparison, texts: Map<string, string>, golden: any) {
  interface GoldSentence {article: string; start: number; end: number; optional?: boolean}
  const sentenceId = (s: GoldSentence) => `${s.article}@${s.start}`
  const required = new Set<string>()
  const allowed = new Set<string>()
  const goldSentences = new Map<string, GoldSentence[]>()
  for (const claim of golden.claims as Array<{sentences: GoldSentence[]}>) {
    for (const s of claim.sentences) {
      const list = goldSentences.get(s.article) ?? []
      if (!list.some((x) => x.start === s.start)) list.push(s)
      goldSentences.set(s.article, list)
    }
    for (const a of claim.sentences) {
      for (const b of claim.sentences) {
        if (a.article >= b.article) continue
        const key = pairKey(sentenceId(a), sentenceId(b))
        allowed.add(key)
        if (!a.optional && !b.optional) required.add(key)
      }
    }
  }
  const predicted = new Set<string>()
  for (const claim of comparison.claims) {
    const ids = claim.sentences.map((s) => {
      const text = texts.get(s.articleId) ?? ''
      const gold = goldSentences.get(s.articleId) ?? []
      const m = matchOneToOne([trimSpan(text, s.start, s.end)], gold.map((g) => trimSpan(text, g.start, g.end)))
      const pair = m.pairs[0]
      return {article: s.articleId, id: pair ? sentenceId(gold[pair.gold] as GoldSentence) : `${s.articleId}?${s.start}`}
    })
    for (const a of ids) for (const b of ids) if (a.article < b.article) predicted.add(pairKey(a.id, b.id))
  }
  let tp = 0
  let fp = 0
  for (const p of predicted) {
    if (required.has(p)) tp++
    else if (!allowed.has(p)) fp++
  }
  let fn = 0
  for (const r of required) if (!predicted.has(r)) fn++
  return {...prf(tp, fp, fn), required: required.size}
}

/** Quote objects built from the golden annotation (oracle input for the clustering alone). */
function goldenQuotes(articleGold: any, text: string): Quote[] {
  return (articleGold.quotes as GoldQuote[]).map((q) => {
    let speaker: Quote['speaker'] = null
    if (q.speaker && q.speakerMention) {
      const at = q.parts[0]?.start ?? 0
      // the mention nearest the quote
      let best = -1
      for (let i = text.indexOf(q.speakerMention); i >= 0; i = text.indexOf(q.speakerMention, i + 1)) {
        if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) best = i
      }
      if (best >= 0) {
        speaker = {name: q.speaker, type: 'person', mention: {start: best, end: best + q.speakerMention.length, text: q.speakerMention}}
      }
    }
    return {
      text: q.parts.map((p) => p.text).join(' '),
      parts: q.parts,
      kind: q.kind as Quote['kind'],
      speaker,
      cue: null,
      confidence: 1,
      ...(q.inBoilerplate ? {inBoilerplate: true} : {})
    }
  })
}

function seedsSection(): Section {
  const seeds = loadSeeds()
  const golden = loadGolden()
  const texts = new Map(seeds.map((s) => [s.id, s.text]))
  const started = performance.now()
  const comparison = compareArticles(seeds.map((s) => ({id: s.id, text: s.text})))
  const ms = performance.now() - started
  const clusters = scoreQuoteClusters(comparison, texts, golden)
  // the clustering alone, on the golden quotes and speakers
  const contexts: ArticleContext[] = seeds.map((s) => ({
    id: s.id,
    text: s.text,
    sentences: segmentText(s.text).paragraphs.flatMap((p) => p.sentences.map((x) => ({start: x.start, end: x.end, text: x.text})))
  }))
  const oracleQuotes = (golden.articles as any[]).flatMap((a) => goldenQuotes(a, texts.get(a.id) ?? '').map((quote) => ({articleId: a.id as string, quote})))
  const oracle = scoreQuoteClusters({quoteClusters: clusterQuotes(oracleQuotes, contexts), claims: []}, texts, golden)
  const claims = scoreClaims(comparison, texts, golden)
  const row = (metric: string, s: {precision: number; recall: number; f1: number; tp: number; fp: number; fn: number}, target: string) => ({
    metric,
    P: pct(s.precision),
    R: pct(s.recall),
    F1: pct(s.f1),
    'tp/fp/fn': `${s.tp}/${s.fp}/${s.fn}`,
    target
  })
  return {
    title: 'compare: seeds (quote clusters and claims, pairwise)',
    rows: [
      row('quote clusters (extractQuotes)', clusters, 'F1 = 100'),
      row('quote clusters (golden quotes in)', oracle, 'F1 = 100'),
      row('claims', claims, 'F1 >= 80')
    ],
    notes: [
      `compareArticles on the 5 seeds: ${ms.toFixed(0)} ms; ${comparison.quoteClusters.length} quote clusters, ${comparison.claims.length} claims; ${claims.required} required claim pairs`,
      'quote clusters: predicted quotes mapped to golden ones (same article, IoU >= 0.5); cross-article pairs; a pair with an unannotated quote is a false positive',
      'golden quotes in: the clustering alone, fed the golden quote spans and speakers (no extraction errors)',
      'claims: required pairs = cross-article pairs of one golden claim, neither optional; pairs with an optional sentence of that claim are neither rewarded nor penalised'
    ]
  }
}

// ---------------------------------------------------------------- paraphrase

/** Logistic regression by Newton's method (IRLS) with a small ridge; `fixed` weights are held (set by hand). */
export function fitLogistic(X: number[][], y: number[], fixed: Map<number, number> = new Map(), ridge = 1e-3): {bias: number; weights: number[]} {
  const d = (X[0]?.length ?? 0) + 1
  let w = new Array<number>(d).fill(0)
  for (const [k, v] of fixed) w[k + 1] = v
  const free = [...Array(d).keys()].filter((k) => k === 0 || !fixed.has(k - 1))
  for (let iteration = 0; iteration < 40; iteration++) {
    const g = new Array<number>(free.length).fill(0)
    const H = free.map(() => new Array<number>(free.length).fill(0))
    X.forEach((features, i) => {
      const x = [1, ...features]
      let s = 0
      for (let k = 0; k < d; k++) s += (w[k] as number) * (x[k] as number)
      const p = 1 / (1 + Math.exp(-s))
      const r = p * (1 - p)
      free.forEach((k, a) => {
        ;(g[a] as number) += (p - (y[i] as number)) * (x[k] as number)
        free.forEach((l, b) => {
          ;(H[a] as number[])[b] = ((H[a] as number[])[b] as number) + r * (x[k] as number) * (x[l] as number)
        })
      })
    })
    free.forEach((k, a) => {
      if (k === 0) return
      g[a] = (g[a] as number) + ridge * X.length * (w[k] as number)
      ;(H[a] as number[])[a] = ((H[a] as number[])[a] as number) + ridge * X.length
    })
    const step = solve(H, g)
    let change = 0
    free.forEach((k, a) => {
      w[k] = (w[k] as number) - (step[a] as number)
      change = Math.max(change, Math.abs(step[a] as number))
    })
    if (change < 1e-8) break
  }
  w = w.map((v) => Math.round(v * 1000) / 1000)
  return {bias: w[0] as number, weights: w.slice(1)}
}

function solve(H: number[][], g: number[]): number[] {
  const n = g.length
  const A = H.map((row, k) => [...row, g[k] as number])
  for (let c = 0; c < n; c++) {
    let p = c
    for (let r = c + 1; r < n; r++) if (Math.abs((A[r] as number[])[c] as number) > Math.abs((A[p] as number[])[c] as number)) p = r
    const tmp = A[c] as number[]
    A[c] = A[p] as number[]
    A[p] = tmp
    const pivot = (A[c] as number[])[c] as number
    for (let r = 0; r < n; r++) {
      if (r === c) continue
      const f = ((A[r] as number[])[c] as number) / pivot
      for (let k = c; k <= n; k++) (A[r] as number[])[k] = ((A[r] as number[])[k] as number) - f * ((A[c] as number[])[k] as number)
    }
  }
  return A.map((row, k) => (row[n] as number) / (row[k] as number))
}

/**
 * STS score at or above which a headline pair counts as a paraphrase for
 * fitting: 3, "roughly equivalent, but some important information
 * differs/missing" in the STS guidelines. Chosen by hand: 4 ("mostly
 * equivalent") asks for near-identical headlines, while two outlets' news
 * sentences that report the same event (what claims and MSRP call a
 * paraphrase) differ in details. On STS, the share of pairs >= 3 rises with
 * word overlap the way MSRP's share of paraphrases does.
 */
const STS_CUT = 3
/**
 * Set by hand, not fit: one side negating a word both say ("will reopen" /
 * "will not reopen"), or a word facing its antonym ("rises" / "falls"), is
 * no paraphrase however many words the two share. -10 outweighs what all the
 * overlap features together add (their weights sum to about 8 at full
 * overlap, the bias takes 4), so either is a veto. STS has too few such
 * pairs (28 and 42) to fit them, and a fit shrinks rare features.
 */
const HAND_SET: Partial<Record<FeatureName, number>> = {negationMismatch: -10, antonym: -10}
/**
 * The sign each feature's weight must have, from what it measures (set by
 * hand): overlaps +1, mismatches and unmatched words -1. A fit that gives a
 * feature the other sign (collinear features trading weight) leaves it out.
 */
const SIGNS: Record<FeatureName, 1 | -1> = {
  contentF1: 1,
  contentMin: 1,
  allF1: 1,
  chain: 1,
  bigrams: 1,
  trigrams: 1,
  lengthRatio: 1,
  characters: 1,
  unmatched: -1,
  properMismatch: -1,
  numberMismatch: -1,
  negationMismatch: -1,
  antonym: -1,
  bleuMin: 1,
  bleuMax: 1,
  wordEdit: 1,
  characterTrigrams: 1,
  unmatchedRun: -1,
  lengthDifference: -1
}

/** A fitted model: bias and the weights of the features it uses. */
export interface Model {
  bias: number
  weights: Partial<Record<FeatureName, number>>
}

/** Fit the logistic regression on the named features (columns of X in FEATURE_NAMES order), HAND_SET weights held. */
export function fitModel(X: number[][], y: number[], names: readonly FeatureName[]): Model {
  const columns = names.map((n) => FEATURE_NAMES.indexOf(n))
  const fixed = new Map<number, number>()
  names.forEach((n, k) => {
    const v = HAND_SET[n]
    if (v !== undefined) fixed.set(k, v)
  })
  const fit = fitLogistic(X.map((x) => columns.map((c) => x[c] as number)), y, fixed)
  const weights: Partial<Record<FeatureName, number>> = {}
  names.forEach((n, k) => (weights[n] = fit.weights[k] as number))
  return {bias: fit.bias, weights}
}

/** The model's probability for one feature vector (FEATURE_NAMES order). */
export function scoreWith(model: Model, x: readonly number[]): number {
  let s = model.bias
  FEATURE_NAMES.forEach((n, k) => (s += (model.weights[n] ?? 0) * (x[k] as number)))
  return 1 / (1 + Math.exp(-s))
}

/** 5-fold cross-validated log-loss and predictions of fitting `names` (fold = index mod 5). */
function crossValidate(X: number[][], y: number[], names: readonly FeatureName[]): {logLoss: number; predicted: number[]; signsKept: boolean} {
  const predicted = new Array<number>(X.length).fill(0)
  let logLoss = 0
  let signsKept = true
  for (let fold = 0; fold < 5; fold++) {
    const model = fitModel(X.filter((_, i) => i % 5 !== fold), y.filter((_, i) => i % 5 !== fold), names)
    for (const n of names) if ((model.weights[n] ?? 0) * SIGNS[n] < 0) signsKept = false
    X.forEach((x, i) => {
      if (i % 5 !== fold) return
      const p = Math.min(1 - 1e-9, Math.max(1e-9, scoreWith(model, x)))
      predicted[i] = p
      logLoss -= Math.log(y[i] ? p : 1 - p)
    })
  }
  return {logLoss: logLoss / X.length, predicted, signsKept}
}

/**
 * Forward selection on STS alone: start from the hand-set features, add the
 * candidate that lowers the 5-fold cross-validated log-loss most (by 0.001
 * at least) while every weight keeps its sign (SIGNS), until none does.
 * Fewer features transfer better from headlines to longer news sentences:
 * collinear features fit on headlines trade weight in ways that do not carry over.
 */
export function selectFeatures(X: number[][], y: number[]): FeatureName[] {
  const chosen: FeatureName[] = FEATURE_NAMES.filter((n) => HAND_SET[n] !== undefined)
  let best = crossValidate(X, y, chosen).logLoss
  for (;;) {
    let pick: FeatureName | null = null
    let pickLoss = best - 0.001
    for (const n of FEATURE_NAMES) {
      if (chosen.includes(n)) continue
      const r = crossValidate(X, y, [...chosen, n])
      if (r.signsKept && r.logLoss < pickLoss) {
        pick = n
        pickLoss = r.logLoss
      }
    }
    if (pick === null) return chosen
    chosen.push(pick)
    best = pickLoss
  }
}

function confusion(predicted: boolean[], gold: number[]) {
  let tp = 0
  let fp = 0
  let fn = 0
  let tn = 0
  predicted.forEach((p, i) => {
    if (p && gold[i]) tp++
    else if (p) fp++
    else if (gold[i]) fn++
    else tn++
  })
  return {accuracy: (tp + tn) / predicted.length, precision: tp / (tp + fp), recall: tp / (tp + fn)}
}

function wordJaccard(a: string, b: string): number {
  const set = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== ''))
  const x = set(a)
  const y = set(b)
  let both = 0
  for (const w of x) if (y.has(w)) both++
  return both / (x.size + y.size - both || 1)
}

/** The features the shipped model uses. */
const SHIPPED = FEATURE_NAMES.filter((n) => PARAPHRASE_MODEL.weights[n as keyof typeof PARAPHRASE_MODEL.weights] !== undefined)

/**
 * Calibration of out-of-sample probabilities by pair length (words of the
 * longer sentence): whether the model fit on ~8-word headlines drifts on
 * longer ones, which is what it meets in news sentences.
 */
function calibrationByLength(rows: any[], probabilities: number[], gold: number[]): string {
  const buckets: Array<[number, number]> = [[0, 7], [7, 9], [9, 11], [11, 13], [13, Infinity]]
  return buckets
    .map(([lo, hi]) => {
      let n = 0
      let p = 0
      let y = 0
      rows.forEach((r, i) => {
        const words = Math.max(String(r.a).split(/\s+/).length, String(r.b).split(/\s+/).length)
        if (words < lo || words >= hi) return
        n++
        p += probabilities[i] as number
        y += gold[i] as number
      })
      return `${hi === Infinity ? `${lo}+` : `${lo}-${hi - 1}`}: ${pct(p / n)}/${pct(y / n)} (${n})`
    })
    .join(', ')
}

function paraphraseSection(): Section {
  const msrp = loadJsonl('msrp.train.jsonl')
  const sts = loadJsonl('sts-headlines.jsonl')
  const title = 'compare: paraphrase (paraphraseScore >= 0.5)'
  if (!msrp || !sts) return {title, rows: [], notes: ['../shared/data absent: no figure']}
  const rows: Array<Record<string, string | number>> = []
  const fmt = (data: string, method: string, c: ReturnType<typeof confusion>, target = '') => ({
    data,
    method,
    accuracy: pct(c.accuracy),
    P: pct(c.precision),
    R: pct(c.recall),
    target
  })
  const msrpGold = msrp.map((r) => r.label as number)
  const stsGold = sts.map((r) => r.label as number)
  rows.push(fmt('MSRP train', 'onrecord (fit on STS)', confusion(msrp.map((r) => paraphraseScore(r.a, r.b) >= 0.5), msrpGold), '>= 78'))
  rows.push(fmt('MSRP train', 'always yes', confusion(msrp.map(() => true), msrpGold)))
  // reference only: a threshold tuned on MSRP itself (the issue's 73% baseline)
  const jac = msrp.map((r) => wordJaccard(r.a, r.b))
  let best = {t: 0, acc: 0}
  for (let t = 0.2; t <= 0.8; t += 0.01) {
    const acc = confusion(jac.map((j) => j >= t), msrpGold).accuracy
    if (acc > best.acc) best = {t, acc}
  }
  rows.push(fmt('MSRP train', `word Jaccard >= ${best.t.toFixed(2)} (tuned on MSRP, reference)`, confusion(jac.map((j) => j >= best.t), msrpGold)))
  // reference only: features fit on MSRP itself, scored in sample (how far these features can go; never shipped)
  const msrpX = msrp.map((r) => pairFeatures(prepare(r.a), prepare(r.b)))
  const ceiling = (names: readonly FeatureName[]) => {
    const model = fitModel(msrpX, msrpGold, names)
    return confusion(msrpX.map((x) => scoreWith(model, x) >= 0.5), msrpGold)
  }
  rows.push(fmt('MSRP train', `the ${SHIPPED.length} shipped features fit on MSRP, in sample (reference)`, ceiling(SHIPPED)))
  rows.push(fmt('MSRP train', `all ${FEATURE_NAMES.length} candidate features fit on MSRP, in sample (ceiling, reference)`, ceiling(FEATURE_NAMES)))
  rows.push(fmt('STS headlines (score >= 4)', 'onrecord (in sample)', confusion(sts.map((r) => paraphraseScore(r.a, r.b) >= 0.5), stsGold)))
  const stsLoose = sts.map((r) => ((r.score as number) >= STS_CUT ? 1 : 0))
  rows.push(fmt(`STS headlines (score >= ${STS_CUT})`, 'onrecord (in sample)', confusion(sts.map((r) => paraphraseScore(r.a, r.b) >= 0.5), stsLoose)))
  // 5-fold cross-validation of the weights on STS (out of sample; the feature set is the shipped one)
  const X = sts.map((r) => pairFeatures(prepare(r.a), prepare(r.b)))
  const probabilities = crossValidate(X, stsLoose, SHIPPED).predicted
  const predicted = probabilities.map((p) => p >= 0.5)
  rows.push(fmt('STS headlines (score >= 4)', 'onrecord, 5-fold CV', confusion(predicted, stsGold)))
  rows.push(fmt(`STS headlines (score >= ${STS_CUT})`, 'onrecord, 5-fold CV', confusion(predicted, stsLoose)))
  return {
    title,
    rows,
    notes: [
      `model: logistic regression over ${SHIPPED.length} of ${FEATURE_NAMES.length} candidate features (${SHIPPED.join(', ')}), chosen by forward selection on STS 5-fold CV log-loss with each weight's sign fixed by hand; fit on all STS headlines with label = score >= ${STS_CUT}; negation and antonym weights set by hand (-10, a veto)`,
      'words matched by stem, irregular verb forms, hand-written synonyms and places, WordNet 3.1 synsets, abbreviations (Colo. / Colorado) and words written as two (horsemeat / horse meat); WordNet and hand-written antonyms (not when one side negates its word); negation counted only where it negates a word both sentences share and the other sentence negates nothing',
      'MSRP is only measured (non-commercial licence): nothing shipped is fit on it; the Jaccard and "fit on MSRP" rows are references, not methods',
      'STS CV: weights refit in each fold on the shipped feature set (the selection itself ran on all of STS: `npx tsx scripts/eval/compare.ts --fit`)',
      `STS CV calibration by the longer headline's length in words (mean predicted / share >= ${STS_CUT}, pairs): ${calibrationByLength(sts, probabilities, stsLoose)}`,
      'STS headlines: SemEval 2013-2016, credit Europe Media Monitor'
    ]
  }
}

export default async function compare(): Promise<Section[]> {
  return [seedsSection(), paraphraseSection()]
}

// `npx tsx scripts/eval/compare.ts --fit`: select features and fit the paraphrase model on STS headlines
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*scripts\//, 'scripts/')) && process.argv.includes('--fit')) {
  const sts = loadJsonl('sts-headlines.jsonl')
  if (!sts) throw new Error('../shared/data/sts-headlines.jsonl is needed to fit')
  const X = sts.map((r) => pairFeatures(prepare(r.a), prepare(r.b)))
  const y = sts.map((r) => ((r.score as number) >= STS_CUT ? 1 : 0))
  const names = selectFeatures(X, y)
  const model = fitModel(X, y, names)
  const file = new URL('src/compare/paraphrase/weights.ts', root)
  const lines = names.map((n) => `    ${n}: ${model.weights[n]}`).join(',\n')
  writeFileSync(
    file,
    `/**
 * Logistic-regression weights of the paraphrase model, by feature (see
 * FEATURE_NAMES; a feature not listed weighs 0), fit on the SemEval STS
 * 2013-2016 news headlines (pairs from different outlets; credit: Europe
 * Media Monitor), label = human score >= ${STS_CUT} ("roughly equivalent").
 * The features were chosen on STS alone (forward selection by 5-fold CV
 * log-loss, each weight's sign fixed by hand); the negation and antonym
 * weights are set by hand (-10: a veto). Written by
 * \`npx tsx scripts/eval/compare.ts --fit\`; nothing here is fit on MSRP
 * (its licence is non-commercial; it is only used to measure).
 *
 * @example
 * PARAPHRASE_MODEL.weights.contentF1 // > 0
 */
export const PARAPHRASE_MODEL = {
  bias: ${model.bias},
  weights: {
${lines}
  }
} as const
`
  )
  console.log('wrote', file.pathname, JSON.stringify(model))
}
