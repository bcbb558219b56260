/**
 * Bench section `hostile`: input built to break a quote finder.
 *
 * 1. One megabyte of each hostile shape (only opening marks, opening marks
 *    between words, a random mix of every mark, marks nested deep, one 1 MB
 *    line): milliseconds per call; target: well under a second each.
 * 2. Time against size at 0.25, 0.5, 1, 2 and 4 MB, for hostile and for
 *    news-like text (seed sentences recombined): the log-log slope is the
 *    growth exponent; linear time gives 1.0 (target <= 1.2).
 *
 * All input is synthetic and deterministic (seeded PRNG).
 */
import * as core from '../../src/index.js'
import type {BenchOptions, BenchSection} from './_lib.js'
import {loadSeeds, logLogSlope, median, pick, prng, sentences, sig, timeBoth} from './_lib.js'

type Finder = (text: string) => unknown[]

const MB = 1 << 20
const marks = ['“', '”', '‘', '’', '"', "'", '«', '»', '„']
const words = ['the', 'minister', 'said', 'Rubio', 'he', 'told', 'reporters', 'peace', 'talks', 'according', 'to', 'Kremlin']

/** Repeat `unit` up to exactly `size` characters. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
}

/** Marks and words in random order, with newlines: nothing balances. */
function mixed(size: number, seed = 6): string {
  const random = prng(seed)
  const parts: string[] = []
  let n = 0
  while (n < size) {
    const r = random()
    const piece =
      r < 0.3 ? pick(random, marks) : r < 0.35 ? (random() < 0.5 ? '\n\n' : '\r\n') : r < 0.4 ? ', he said. ' : `${pick(random, words)} `
    parts.push(piece)
    n += piece.length
  }
  return parts.join('').slice(0, size)
}

/** News-like text: seed sentences recombined in paragraphs (deterministic). */
function newsLike(size: number, seed = 2025): string {
  const random = prng(seed)
  const pool = loadSeeds().flatMap((s) => sentences(s.text))
  const parts: string[] = []
  let n = 0
  while (n < size) {
    const count = 1 + Math.floor(random() * 3)
    const paragraph = Array.from({length: count}, () => pick(random, pool)).join(' ') + '\n\n'
    parts.push(paragraph)
    n += paragraph.length
  }
  return parts.join('').slice(0, size)
}

/** The candidates: the core functions present, and the regex floor for reference. */
function finders(): Record<string, Finder> {
  const api = core as unknown as Record<string, unknown>
  const out: Record<string, Finder> = {}
  if (typeof api.extractQuotes === 'function') out.extractQuotes = api.extractQuotes as Finder
  if (typeof api.findSources === 'function') out.findSources = api.findSources as Finder
  if (typeof api.findHearsay === 'function') out.findHearsay = api.findHearsay as Finder
  const markSpan = /[“"][^“”"]*[”"]/g
  out['regex “…” (floor)'] = (text) => text.match(markSpan) ?? []
  return out
}

/**
 * Median milliseconds of `reps` calls after a warm-up call (a warm-up over
 * two seconds is the figure: no need to repeat a slow call), by wall time
 * and by CPU time (steadier when other jobs load the machine); NaN, with
 * the error's first line noted, when it throws.
 */
function medianMs(fn: () => unknown, reps: number, errors: string[], label: string): {wall: number; cpu: number} {
  try {
    const warm = timeBoth(fn)
    if (warm.wall > 2000) return warm
    const samples = Array.from({length: reps}, () => timeBoth(fn))
    return {wall: median(samples.map((t) => t.wall)), cpu: median(samples.map((t) => t.cpu))}
  } catch (error) {
    errors.push(`${label}: throws ${String(error).split('\n')[0]}`)
    return {wall: Number.NaN, cpu: Number.NaN}
  }
}

export default async function hostile(opts: BenchOptions): Promise<BenchSection[]> {
  const fns = finders()
  const reps = opts.quick ? 1 : 3

  // 1. One megabyte of each hostile shape.
  const shapes: Record<string, string> = {
    'only opening marks “““…': fill('“', MB),
    'opening marks between words “word “word…': fill('“word ', MB),
    'every mark, shuffled, with words and line ends': mixed(MB),
    'nested 1,000 deep, repeated “‘«„…': fill(['“', '‘', '«', '„'].join('').repeat(250) + ' x ', MB),
    'one 1 MB line of news (no line ends)': newsLike(MB).replace(/\s*\n\s*/g, ' ')
  }
  const rows1: BenchSection['rows'] = []
  const errors1: string[] = []
  let worst = 0
  let worstCpu = 0
  for (const [shape, text] of Object.entries(shapes)) {
    for (const [name, fn] of Object.entries(fns)) {
      const {wall: ms, cpu} = medianMs(() => fn(text), reps, errors1, `${name} on ${shape}`)
      if (name !== 'regex “…” (floor)') {
        worst = Number.isNaN(ms) ? Number.POSITIVE_INFINITY : Math.max(worst, ms)
        worstCpu = Number.isNaN(cpu) ? Number.POSITIVE_INFINITY : Math.max(worstCpu, cpu)
      }
      rows1.push({
        input: shape,
        candidate: name,
        'median ms': Number.isNaN(ms) ? 'throws' : sig(ms),
        'MB/s': sig(text.length / MB / (ms / 1000)),
        'median cpu ms': Number.isNaN(cpu) ? 'throws' : sig(cpu)
      })
    }
  }
  const notes1 = [
    `worst core function on 1 MB of hostile input: ${sig(worst)} ms (target: well under 1000 ms: ${worst < 500 ? 'met' : 'NOT met'})`,
    `worst by CPU time (process.cpuUsage; wall time also counts waiting for a core on a loaded machine): ${sig(worstCpu)} ms (${worstCpu < 500 ? 'met' : 'NOT met'})`,
    ...errors1,
    `${reps} repetition(s) each after a warm-up; median`
  ]
  if (core.extractQuotes('“We will work for peace,” the minister said.').length === 0) notes1.push('extractQuotes returned no quote for a plain quote: still a stub?')

  // 2. Time against size.
  const sizes = opts.quick ? [0.25, 0.5, 1] : [0.25, 0.5, 1, 2, 4]
  const generators: Record<string, (size: number) => string> = {
    'hostile mix': (size) => mixed(size),
    'news-like, one article': (size) => newsLike(size)
  }
  const rows2: BenchSection['rows'] = []
  const notes2: string[] = []
  const limitMs = opts.quick ? 10_000 : 60_000
  for (const [kind, make] of Object.entries(generators)) {
    const texts = sizes.map((mb) => make(Math.round(mb * MB)))
    for (const [name, fn] of Object.entries(fns)) {
      // Stop growing the input once one size takes longer than the limit.
      const ms: number[] = []
      const cpu: number[] = []
      for (const [i, text] of texts.entries()) {
        const last = ms[ms.length - 1]
        if (last !== undefined && last > limitMs) {
          ms.push(Number.NaN)
          cpu.push(Number.NaN)
          continue
        }
        const times = medianMs(() => fn(text), reps, notes2, `${name} on ${kind} at ${sizes[i]} MB`)
        ms.push(times.wall)
        cpu.push(times.cpu)
      }
      const slopeOf = (values: readonly number[]): number => {
        const done = sizes.map((mb, i) => [mb, values[i] ?? Number.NaN] as const).filter(([, v]) => Number.isFinite(v))
        return done.length >= 2 ? logLogSlope(done.map(([mb]) => mb), done.map(([, v]) => v)) : Number.NaN
      }
      const slope = slopeOf(ms)
      const cpuSlope = slopeOf(cpu)
      const row: Record<string, string | number> = {input: kind, candidate: name}
      sizes.forEach((mb, i) => {
        const v = ms[i] ?? Number.NaN
        row[`${mb} MB ms`] = Number.isNaN(v) ? '-' : sig(v)
      })
      row['log-log slope'] = sig(slope)
      row['cpu slope'] = sig(cpuSlope)
      rows2.push(row)
      if (name !== 'regex “…” (floor)') {
        notes2.push(
          `${name} on ${kind}: growth exponent ${sig(slope)} (target <= 1.2: ${slope <= 1.2 ? 'met' : 'NOT met'}); by CPU time ${sig(cpuSlope)} (${cpuSlope <= 1.2 ? 'met' : 'NOT met'})`
        )
      }
    }
  }
  notes2.push(
    'slope = least-squares fit of log(ms) on log(MB) over the sizes measured; 1.0 is linear',
    `'-': not measured (a smaller size took over ${limitMs / 1000} s, or it threw)`
  )

  return [
    {title: 'hostile: 1 MB of input built to break a quote finder', rows: rows1, notes: notes1},
    {title: 'hostile: time against size (growth exponent)', rows: rows2, notes: notes2}
  ]
}
