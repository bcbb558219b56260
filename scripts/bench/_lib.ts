/**
 * Shared helpers for the bench sections: loaders, a seeded PRNG, timing with
 * interleaved repetitions, a log-log slope, and table printing.
 *
 * Machines here are noisy, so every section reports figures measured in one
 * process, as ratios between candidates timed in interleaved repetitions
 * (A B C, B C A, C A B, ...) and summarised by their median.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {performance} from 'node:perf_hooks'

/** What one bench section returns. */
export interface BenchSection {
  /** e.g. "quotes: throughput on PolNeAR dev" */
  title: string
  /** One row per measured figure. */
  rows: Array<Record<string, string | number>>
  notes?: string[]
  seconds?: number
}

/** Options every section receives: `quick` for a fast smoke run (`--quick`). */
export interface BenchOptions {
  quick: boolean
}

export const root = new URL('../../', import.meta.url)
export const sharedData = new URL('../shared/data/', root)

/** The seed articles, `{id, text}`, from the project's seeds/. */
export function loadSeeds(): Array<{id: string; text: string}> {
  const dir = new URL('seeds/', root)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({id: file.replace(/\.txt$/, ''), text: readFileSync(new URL(file, dir), 'utf8')}))
}

/**
 * The PolNeAR dev articles, `{id, text}`, read from ../shared/data at run
 * time (never copied into the repo), or null when the data is absent.
 */
export function loadPolnear(): Array<{id: string; text: string}> | null {
  const url = new URL('polnear.dev.jsonl', sharedData)
  if (!existsSync(url)) return null
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as {id: string; text: string}
      return {id: row.id, text: row.text}
    })
}

/**
 * A small seeded PRNG (mulberry32): the same seed gives the same sequence on
 * every machine, so synthetic corpora are reproducible.
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Pick one element with a PRNG. */
export function pick<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)]
  if (item === undefined) throw new Error('pick: empty list')
  return item
}

/** The sentences of a text, split naively (enough to recombine synthetic text). */
export function sentences(text: string): string[] {
  const out: string[] = []
  for (const paragraph of text.split(/\n+/)) {
    const trimmed = paragraph.trim()
    if (trimmed === '') continue
    let start = 0
    for (let i = 0; i < trimmed.length; i++) {
      const ch = trimmed[i]
      const next = trimmed[i + 1]
      if ((ch === '.' || ch === '?' || ch === '!') && (next === ' ' || next === undefined)) {
        out.push(trimmed.slice(start, i + 1).trim())
        start = i + 1
      }
    }
    if (start < trimmed.length) out.push(trimmed.slice(start).trim())
  }
  return out.filter((s) => s.length > 0)
}

/** Milliseconds taken by `fn` (one call). */
export function time(fn: () => unknown): number {
  const t0 = performance.now()
  fn()
  return performance.now() - t0
}

/**
 * Time one call by two clocks: elapsed milliseconds and milliseconds of CPU
 * this process used (user and system, `process.cpuUsage()`).
 *
 * @example
 * const {wall, cpu} = timeBoth(() => extractQuotes(text))
 */
export function timeBoth(fn: () => unknown): {wall: number; cpu: number} {
  const used = process.cpuUsage()
  const wall = time(fn)
  const spent = process.cpuUsage(used)
  return {wall, cpu: (spent.user + spent.system) / 1000}
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/**
 * Time several candidates in interleaved repetitions: one untimed warm-up
 * call each (which also calibrates how many calls make one sample of at least
 * `minSampleMs`, so that very fast candidates are not lost in timer noise),
 * then `reps` rounds, each round running every candidate's sample once in a
 * rotated order. Returns milliseconds per call, one figure per round.
 *
 * @example
 * const ms = interleave({a: () => f(x), b: () => g(x)}, 5)
 * median(ms.a) / median(ms.b)
 */
export function interleave(
  candidates: Record<string, () => unknown>,
  reps: number,
  minSampleMs = 20
): Record<string, number[]> {
  return interleaveClocks(candidates, reps, minSampleMs).wall
}

/**
 * {@link interleave}, timing every sample by two clocks: `wall` (elapsed
 * milliseconds) and `cpu` (milliseconds of CPU this process used, user and
 * system, from `process.cpuUsage()`). On a shared machine whose other jobs
 * take the cores, wall time counts the waiting too and CPU time does not.
 *
 * @example
 * const {wall, cpu} = interleaveClocks({a: () => f(x), b: () => g(x)}, 5)
 * median(cpu.a) / median(cpu.b)
 */
export function interleaveClocks(
  candidates: Record<string, () => unknown>,
  reps: number,
  minSampleMs = 20
): {wall: Record<string, number[]>; cpu: Record<string, number[]>} {
  const names = Object.keys(candidates)
  const wall: Record<string, number[]> = {}
  const cpu: Record<string, number[]> = {}
  const calls: Record<string, number> = {}
  for (const name of names) {
    const fn = candidates[name] as () => unknown
    wall[name] = []
    cpu[name] = []
    const once = Math.max(time(fn), 1e-3)
    calls[name] = Math.max(1, Math.min(100_000, Math.ceil(minSampleMs / once)))
  }
  for (let rep = 0; rep < reps; rep++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(rep + k) % names.length] as string
      const fn = candidates[name] as () => unknown
      const n = calls[name] ?? 1
      const used = process.cpuUsage()
      const ms = time(() => {
        for (let i = 0; i < n; i++) fn()
      })
      const spent = process.cpuUsage(used)
      wall[name]?.push(ms / n)
      cpu[name]?.push((spent.user + spent.system) / 1000 / n)
    }
  }
  return {wall, cpu}
}

/** Least-squares slope of log(y) against log(x): the growth exponent. */
export function logLogSlope(xs: readonly number[], ys: readonly number[]): number {
  const lx = xs.map(Math.log)
  const ly = ys.map(Math.log)
  const n = lx.length
  const mx = lx.reduce((a, b) => a + b, 0) / n
  const my = ly.reduce((a, b) => a + b, 0) / n
  let num = 0
  let den = 0
  for (let i = 0; i < n; i++) {
    num += ((lx[i] as number) - mx) * ((ly[i] as number) - my)
    den += ((lx[i] as number) - mx) ** 2
  }
  return num / den
}

/** Round to `digits` significant digits for display. */
export function sig(x: number, digits = 3): number {
  if (!Number.isFinite(x) || x === 0) return x
  return Number(x.toPrecision(digits))
}

/** A human figure: 1234567 -> "1.23M". */
export function human(x: number): string {
  if (!Number.isFinite(x)) return String(x)
  const abs = Math.abs(x)
  if (abs >= 1e9) return `${sig(x / 1e9)}G`
  if (abs >= 1e6) return `${sig(x / 1e6)}M`
  if (abs >= 1e3) return `${sig(x / 1e3)}k`
  return String(sig(x))
}

export function printSection(section: BenchSection): void {
  console.log(`\n## ${section.title}`)
  const rows = section.rows
  if (rows.length > 0) {
    const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))]
    const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)))
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i] ?? 0)).join('  ').trimEnd()
    console.log(line(cols))
    console.log(line(width.map((w) => '-'.repeat(w))))
    for (const r of rows) console.log(line(cols.map((c) => String(r[c] ?? ''))))
  }
  for (const note of section.notes ?? []) console.log(`  ${note}`)
  if (section.seconds !== undefined) console.log(`  (${section.seconds.toFixed(1)} s)`)
}
