/**
 * Bench section `verify`: `verifyQuote(quote, source)` against a
 * transcript-length source of 50,000 words: milliseconds per quote, for quotes
 * that are exact, cosmetically changed, altered, and absent.
 *
 * The source is built deterministically (seeded PRNG) from the sentences of
 * the PolNeAR dev articles when ../shared/data is present, else from the seed
 * sentences recombined. Nothing is written to disk.
 */
import * as core from '../../src/index.js'
import type {BenchOptions, BenchSection} from './_lib.js'
import {loadPolnear, loadSeeds, median, pick, prng, sentences, sig, time} from './_lib.js'

type Verify = (quote: string, source: string) => {verdict?: string}

const SOURCE_WORDS = 50_000

function shuffle<T>(random: () => number, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const tmp = list[i] as T
    list[i] = list[j] as T
    list[j] = tmp
  }
  return list
}

const words = (s: string) => s.split(/\s+/).filter((w) => w !== '')

/** A cosmetic change: case, punctuation, typography of apostrophes. */
function cosmetic(s: string): string {
  return s.replace(/'/g, '’').replace(/,/g, '').replace(/^./, (c) => c.toLowerCase())
}

/** An altered quote: one word in the middle replaced, one dropped. */
function altered(random: () => number, s: string): string {
  const w = words(s)
  const i = 1 + Math.floor(random() * Math.max(1, w.length - 2))
  w[i] = pick(random, ['positive', 'continue', 'never', 'substantial', 'several'])
  if (w.length > 6) w.splice(i + 2, 1)
  return w.join(' ')
}

export default async function verify(opts: BenchOptions): Promise<BenchSection[]> {
  const api = core as unknown as Record<string, unknown>
  const title = 'verify: verifyQuote against a 50,000-word source (ms per quote, lower is better)'
  if (typeof api.verifyQuote !== 'function') {
    return [{title, rows: [], notes: ['verifyQuote is not exported from src/index.ts yet (issue 4): no figure']}]
  }
  const verifyQuote = api.verifyQuote as Verify
  const random = prng(50_000)

  const polnear = loadPolnear()
  const corpusName = polnear === null ? 'seed sentences recombined' : 'PolNeAR dev sentences, shuffled'
  const pool = (polnear ?? loadSeeds()).flatMap((a) => sentences(a.text)).filter((s) => words(s).length >= 6)
  const chosen: string[] = []
  let count = 0
  let order = shuffle(random, [...pool])
  while (count < SOURCE_WORDS) {
    if (order.length === 0) order = shuffle(random, [...pool])
    const s = order.pop() as string
    chosen.push(s)
    count += words(s).length
  }
  // Paragraphs of three sentences, like a transcript.
  const paragraphs: string[] = []
  for (let i = 0; i < chosen.length; i += 3) paragraphs.push(chosen.slice(i, i + 3).join(' '))
  const source = paragraphs.join('\n\n')

  // Quotes: contiguous fragments of source sentences (8..20 words).
  const perKind = opts.quick ? 8 : 40
  const fragment = () => {
    const w = words(pick(random, chosen))
    const len = Math.min(w.length, 8 + Math.floor(random() * 13))
    const at = Math.floor(random() * (w.length - len + 1))
    return w.slice(at, at + len).join(' ')
  }
  const absentWords = ['blue', 'harbour', 'violin', 'glacier', 'pancake', 'telescope', 'orchid', 'marathon', 'tundra', 'lantern']
  const kinds: Record<string, string[]> = {
    exact: Array.from({length: perKind}, fragment),
    cosmetic: Array.from({length: perKind}, () => cosmetic(fragment())),
    altered: Array.from({length: perKind}, () => altered(random, fragment())),
    'not in source': Array.from({length: perKind}, () =>
      Array.from({length: 12}, () => pick(random, absentWords)).join(' ')
    )
  }

  const first = time(() => verifyQuote(kinds.exact?.[0] ?? '', source))
  const rows: BenchSection['rows'] = []
  const all: number[] = []
  for (const [kind, quotes] of Object.entries(kinds)) {
    const ms: number[] = []
    const verdicts: Record<string, number> = {}
    for (const quote of quotes) {
      let result: {verdict?: string} | undefined
      ms.push(time(() => (result = verifyQuote(quote, source))))
      const verdict = result?.verdict ?? '?'
      verdicts[verdict] = (verdicts[verdict] ?? 0) + 1
    }
    all.push(...ms)
    const sorted = [...ms].sort((a, b) => a - b)
    rows.push({
      quotes: kind,
      n: quotes.length,
      'median ms': sig(median(ms)),
      'p90 ms': sig(sorted[Math.floor(0.9 * (sorted.length - 1))] ?? Number.NaN),
      'max ms': sig(sorted[sorted.length - 1] ?? Number.NaN),
      verdicts: Object.entries(verdicts)
        .map(([v, n]) => `${v} ${n}`)
        .join(', ')
    })
  }
  return [
    {
      title,
      rows,
      notes: [
        `source: ${count} words, ${source.length} chars (${corpusName}); all quotes: median ${sig(median(all))} ms per quote`,
        `first call (cold): ${sig(first)} ms`
      ]
    }
  ]
}
