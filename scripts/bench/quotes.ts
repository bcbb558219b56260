/**
 * Bench section `quotes`: throughput (characters/s) of `extractQuotes` and
 * `findSources` (and `findHearsay`, which runs it) against compromise's `nlp(text).quotations()` and against a
 * bare regular expression over quotation-mark spans (the floor: no quote
 * finder that reads every character can beat it by much).
 *
 * Corpora: the PolNeAR dev articles (read from ../shared/data at run time,
 * when present) and the seeds. Every candidate runs on the same articles, one
 * article per call, in interleaved repetitions; figures are medians; ratios
 * are taken between medians measured in this one run, by wall time and by
 * CPU time (the CPU figure holds when other jobs load the machine).
 */
import {availableParallelism} from 'node:os'
import {performance} from 'node:perf_hooks'
import nlp from 'compromise'
import * as core from '../../src/index.js'
import {extractMany} from '../../src/node/index.js'
import type {BenchOptions, BenchSection} from './_lib.js'
import {human, interleaveClocks, loadPolnear, loadSeeds, median, sig} from './_lib.js'

type Finder = (text: string) => unknown[]

/**
 * The floor: every “…” or "…" span, found by one linear scan. `[^“”"]*`
 * stops at the next mark, so each character is read by at most one attempt
 * (no backtracking blow-up on a megabyte of opening marks).
 */
const markSpan = /[“"][^“”"]*[”"]/g

function regexQuotes(text: string): unknown[] {
  const out: Array<{start: number; end: number}> = []
  markSpan.lastIndex = 0
  for (let m = markSpan.exec(text); m !== null; m = markSpan.exec(text)) {
    out.push({start: m.index, end: m.index + m[0].length})
  }
  return out
}

function compromiseQuotes(text: string): unknown[] {
  // `.out('array')`: the cheapest way to get the quotes out of the view.
  return nlp(text).quotations().out('array') as unknown[]
}

/** The core functions present in this build (findSources may not exist yet). */
function coreFinders(): Record<string, Finder> {
  const api = core as unknown as Record<string, unknown>
  const out: Record<string, Finder> = {}
  if (typeof api.extractQuotes === 'function') out.extractQuotes = api.extractQuotes as Finder
  if (typeof api.findSources === 'function') out.findSources = api.findSources as Finder
  if (typeof api.findHearsay === 'function') out.findHearsay = api.findHearsay as Finder
  return out
}

function measure(
  corpus: string,
  articles: Array<{text: string}>,
  reps: number
): {rows: BenchSection['rows']; notes: string[]} {
  const chars = articles.reduce((n, a) => n + a.text.length, 0)
  const finders: Record<string, Finder> = {
    ...coreFinders(),
    'compromise quotations()': compromiseQuotes,
    'regex “…”': regexQuotes
  }
  const found: Record<string, number> = {}
  const candidates: Record<string, () => unknown> = {}
  for (const [name, fn] of Object.entries(finders)) {
    candidates[name] = () => {
      let n = 0
      for (const a of articles) n += fn(a.text).length
      found[name] = n
      return n
    }
  }
  const {wall: ms, cpu} = interleaveClocks(candidates, reps)
  const speed: Record<string, number> = {}
  const cpuSpeed: Record<string, number> = {}
  for (const name of Object.keys(finders)) {
    speed[name] = chars / (median(ms[name] ?? []) / 1000)
    cpuSpeed[name] = chars / (median(cpu[name] ?? []) / 1000)
  }
  const compromiseSpeed = speed['compromise quotations()'] ?? Number.NaN
  const compromiseCpuSpeed = cpuSpeed['compromise quotations()'] ?? Number.NaN
  const rows = Object.keys(finders).map((name) => {
    const s = speed[name] ?? Number.NaN
    const times = ms[name] ?? []
    return {
      corpus,
      candidate: name,
      found: found[name] ?? 0,
      'median ms': sig(median(times)),
      'min..max ms': `${sig(Math.min(...times))}..${sig(Math.max(...times))}`,
      'chars/s': human(s),
      'MB/s': sig(s / 1e6),
      'x compromise': sig(s / compromiseSpeed),
      'median cpu ms': sig(median(cpu[name] ?? [])),
      'x compromise (cpu)': sig((cpuSpeed[name] ?? Number.NaN) / compromiseCpuSpeed)
    }
  })
  const notes: string[] = []
  const eq = speed.extractQuotes
  if (eq !== undefined) {
    const ratio = eq / compromiseSpeed
    notes.push(
      `${corpus}: extractQuotes = ${sig(ratio)}x compromise quotations() (target >= 10x: ${ratio >= 10 ? 'met' : 'NOT met'}); ` +
        `regex floor = ${sig((speed['regex “…”'] ?? Number.NaN) / eq)}x extractQuotes`
    )
  }
  if (speed.findSources !== undefined) {
    notes.push(`${corpus}: findSources = ${sig(speed.findSources / compromiseSpeed)}x compromise quotations()`)
  }
  if (speed.findHearsay !== undefined && speed.findSources !== undefined) {
    notes.push(`${corpus}: findHearsay = ${sig(speed.findHearsay / compromiseSpeed)}x compromise quotations(), ${sig(speed.findHearsay / speed.findSources)}x findSources (it runs findSources)`)
  }
  if (cpuSpeed.extractQuotes !== undefined) {
    const findSources =
      (cpuSpeed.findSources === undefined ? '' : `, findSources = ${sig(cpuSpeed.findSources / compromiseCpuSpeed)}x`) +
      (cpuSpeed.findHearsay === undefined ? '' : `, findHearsay = ${sig(cpuSpeed.findHearsay / compromiseCpuSpeed)}x`)
    notes.push(
      `${corpus}, by CPU time (process.cpuUsage, same samples; steadier than wall time when other jobs share the cores): ` +
        `extractQuotes = ${sig(cpuSpeed.extractQuotes / compromiseCpuSpeed)}x compromise quotations()${findSources}`
    )
  }
  notes.push(`${corpus}: ${articles.length} articles, ${human(chars)} chars, ${reps} interleaved repetitions (medians)`)
  return {rows, notes}
}

/** extractMany over a batch: in this thread, then on worker threads. */
async function batch(articles: Array<{id: string; text: string}>, copies: number): Promise<BenchSection> {
  const input = Array.from({length: copies}, (_, k) => articles.map((a) => ({id: `${a.id}#${k}`, text: a.text}))).flat()
  const chars = input.reduce((n, a) => n + a.text.length, 0)
  const cores = availableParallelism()
  const settings = [...new Set([0, 2, cores])]
  const rows: BenchSection['rows'] = []
  let base = Number.NaN
  for (const workers of settings) {
    const t0 = performance.now()
    let quotes = 0
    let first = Number.NaN
    let firstChars = 0
    for await (const result of extractMany(input, {workers})) {
      quotes += result.quotes.length
      if (Number.isNaN(first)) {
        first = performance.now()
        firstChars = input[result.index]?.text.length ?? 0
      }
    }
    const end = performance.now()
    const s = (end - t0) / 1000
    // Steady state: everything after the first result (the pool is up by then).
    const steady = (chars - firstChars) / 1e6 / ((end - first) / 1000)
    if (workers === 0) base = steady
    rows.push({
      workers: workers === 0 ? '0 (this thread)' : workers,
      articles: input.length,
      quotes,
      'wall s': sig(s),
      'first result s': sig((first - t0) / 1000),
      'steady MB/s': sig(steady),
      'steady speedup': sig(steady / base)
    })
  }
  return {
    title: 'quotes: extractMany over worker threads',
    rows,
    notes: [
      `${input.length} articles (${copies} copies of the corpus), ${human(chars)} chars; os.availableParallelism() = ${cores}`,
      'first result s: pool start (under tsx each worker compiles the TypeScript source; the built package does not); steady: after the first result',
      'results are identical to extractQuotes one article at a time (tested in __tests__/node.test.ts)'
    ]
  }
}

export default async function quotes(opts: BenchOptions): Promise<BenchSection[]> {
  const sections: BenchSection[] = []
  const polnear = loadPolnear()
  const missing: string[] = []
  if (coreFinders().findSources === undefined) missing.push('findSources is not exported yet: no figure for it')
  if (polnear === null) missing.push('../shared/data/polnear.dev.jsonl is absent: seeds only')
  if (core.extractQuotes('“We will work for peace,” the minister said.').length === 0) {
    missing.push('extractQuotes returned no quote for “Test,” she said.: still a stub? its figures mean nothing yet')
  }
  if (polnear !== null) {
    const articles = opts.quick ? polnear.slice(0, 20) : polnear
    const {rows, notes} = measure('PolNeAR dev', articles, opts.quick ? 3 : 7)
    sections.push({title: 'quotes: throughput on PolNeAR dev (chars/s, higher is better)', rows, notes: [...notes, ...missing]})
  }
  const seeds = loadSeeds()
  const {rows, notes} = measure('seeds', seeds, opts.quick ? 5 : 21)
  const batchSection = await batch(polnear ?? seeds, opts.quick ? 1 : polnear === null ? 150 : 10)
  sections.push({
    title: 'quotes: throughput on the seeds (chars/s, higher is better)',
    rows,
    notes: polnear === null ? [...notes, ...missing] : notes
  })
  sections.push(batchSection)
  return sections
}
