/**
 * Bench section `compare` (issue 4): `compareArticles` on 200 / 2,000 /
 * 20,000 synthetic articles (seconds, peak memory, growth exponent), and
 * `verifyQuote` against a 50,000-word source (ms per quote).
 *
 * Synthetic articles recombine sentences (the seed articles' and, when
 * ../shared/data is present, the PolNeAR dev articles') with a seeded PRNG;
 * three sentences in ten are lightly edited (a word dropped, two words
 * swapped, a number changed) so outlets' near-copies are not identical.
 * Each size runs in a child process (`node --import tsx`) so its peak
 * resident memory (maxRSS) is its own. Self-contained: no shared helpers.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {compareArticles} from '../../src/compare/articles/index.js'
import {verifyQuote} from '../../src/compare/verify/index.js'
import {segmentText} from '../../src/text/index.js'
import {prng} from './_lib.js'

interface Section {
  title: string
  rows: Array<Record<string, string | number>>
  notes?: string[]
}

const root = new URL('../../', import.meta.url)


/** Sentences to recombine: seeds, plus PolNeAR dev when present. */
function sentencePool(): {pool: string[]; polnear: boolean} {
  const texts: string[] = []
  const seeds = new URL('seeds/', root)
  for (const f of readdirSync(seeds).filter((x) => x.endsWith('.txt')).sort()) texts.push(readFileSync(new URL(f, seeds), 'utf8'))
  const polnearFile = new URL('../shared/data/polnear.dev.jsonl', root)
  const polnear = existsSync(polnearFile)
  if (polnear) {
    for (const line of readFileSync(polnearFile, 'utf8').split('\n')) if (line.trim() !== '') texts.push((JSON.parse(line) as {text: string}).text)
  }
  const pool: string[] = []
  for (const text of texts) {
    for (const p of segmentText(text).paragraphs) for (const s of p.sentences) if (s.text.split(' ').length >= 5) pool.push(s.text)
  }
  return {pool, polnear}
}

/** A light edit: drop a word, swap two neighbours, or change a number. */
function edit(random: () => number, sentence: string): string {
  const words = sentence.split(' ')
  if (words.length < 6) return sentence
  const i = 1 + Math.floor(random() * (words.length - 3))
  const kind = random()
  if (kind < 0.4) words.splice(i, 1)
  else if (kind < 0.8) [words[i], words[i + 1]] = [words[i + 1] as string, words[i] as string]
  else words[i] = String(Math.floor(random() * 100))
  return words.join(' ')
}

/** `count` synthetic articles of 12-24 sentences in paragraphs of 1-3 sentences. */
export function syntheticArticles(count: number, seed = 4): Array<{id: string; text: string}> {
  const {pool} = sentencePool()
  const random = prng(seed)
  const articles: Array<{id: string; text: string}> = []
  for (let a = 0; a < count; a++) {
    const n = 12 + Math.floor(random() * 13)
    const paragraphs: string[] = []
    let paragraph: string[] = []
    for (let s = 0; s < n; s++) {
      let sentence = pool[Math.floor(random() * pool.length)] as string
      if (random() < 0.3) sentence = edit(random, sentence)
      paragraph.push(sentence)
      if (random() < 0.5) {
        paragraphs.push(paragraph.join(' '))
        paragraph = []
      }
    }
    if (paragraph.length > 0) paragraphs.push(paragraph.join(' '))
    articles.push({id: `synthetic-${a}`, text: paragraphs.join('\n')})
  }
  return articles
}

interface ChildResult {
  articles: number
  words: number
  seconds: number
  maxRssMb: number
  clusters: number
  claims: number
}

/** Run one size in this process (the child side). */
function runSize(count: number, quotes: boolean): ChildResult {
  const articles = syntheticArticles(count)
  const words = articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0)
  const started = performance.now()
  const result = compareArticles(articles, quotes ? {} : {extract: () => []})
  const seconds = (performance.now() - started) / 1000
  return {
    articles: count,
    words,
    seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    clusters: result.quoteClusters.length,
    claims: result.claims.length
  }
}

function child(count: number, quotes: boolean): ChildResult | string {
  const file = fileURLToPath(import.meta.url)
  const out = spawnSync(process.execPath, ['--max-old-space-size=4096', '--import', 'tsx', file, '--child', String(count), quotes ? 'quotes' : 'claims'], {
    cwd: fileURLToPath(root),
    encoding: 'utf8',
    maxBuffer: 1 << 24
  })
  const line = out.stdout.trim().split('\n').pop() ?? ''
  try {
    return JSON.parse(line) as ChildResult
  } catch {
    return `child failed (${out.status}): ${(out.stderr || out.stdout).slice(-400)}`
  }
}

function slope(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log)
  const ly = ys.map(Math.log)
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length
  const my = ly.reduce((a, b) => a + b, 0) / ly.length
  let num = 0
  let den = 0
  lx.forEach((x, i) => {
    num += (x - mx) * ((ly[i] as number) - my)
    den += (x - mx) ** 2
  })
  return num / den
}

function verifySection(): Section {
  const {pool} = sentencePool()
  const random = prng(50_000)
  const chosen: string[] = []
  let words = 0
  while (words < 50_000) {
    const s = pool[Math.floor(random() * pool.length)] as string
    chosen.push(s)
    words += s.split(' ').length
  }
  const source = chosen.join(' ')
  const quotes: Array<{kind: string; quote: string}> = []
  const marked = chosen.filter((s) => s.includes(',') || s.includes("'"))
  for (let i = 0; i < 60; i++) {
    const kind = ['exact', 'cosmetic', 'altered', 'absent'][i % 4] as string
    const from = kind === 'cosmetic' ? marked : chosen
    const s = from[Math.floor(random() * from.length)] as string
    const quote =
      kind === 'exact'
        ? s
        : kind === 'cosmetic'
          ? s.replaceAll("'", '’').replaceAll(',', '')
          : kind === 'altered'
            ? edit(random, s)
            : 'Nothing of this sentence was ever said by anyone in the source transcript at all'
    quotes.push({kind, quote})
  }
  const firstStart = performance.now()
  verifyQuote('warm up', source)
  const indexMs = performance.now() - firstStart
  const rows: Array<Record<string, string | number>> = []
  for (const kind of ['exact', 'cosmetic', 'altered', 'absent']) {
    const list = quotes.filter((q) => q.kind === kind)
    const verdicts = new Map<string, number>()
    const started = performance.now()
    for (const q of list) {
      const v = verifyQuote(q.quote, source).verdict
      verdicts.set(v, (verdicts.get(v) ?? 0) + 1)
    }
    const ms = (performance.now() - started) / list.length
    rows.push({quotes: kind, n: list.length, 'ms/quote': Number(ms.toFixed(2)), verdicts: [...verdicts].map(([k, v]) => `${k} ${v}`).join(', ')})
  }
  return {
    title: 'compare: verifyQuote against a 50,000-word source',
    rows,
    notes: [
      `source: ${words} words of recombined sentences; indexing it (first call, cached for the next ones): ${indexMs.toFixed(0)} ms`,
      'quotes: sentences of the source as they are, with curly apostrophes and commas dropped (cosmetic; sentences that have one), lightly edited (altered), and a sentence absent from it'
    ]
  }
}

export default async function bench(opts: {quick: boolean}): Promise<Section[]> {
  const sizes = opts.quick ? [200, 2000] : [200, 2000, 20_000]
  const {polnear} = sentencePool()
  const rows: Array<Record<string, string | number>> = []
  const notes: string[] = [
    `synthetic articles: ${polnear ? 'seed and PolNeAR dev' : 'seed'} sentences recombined (seed 4), 12-24 sentences each, 3 in 10 lightly edited; one child process per size`
  ]
  for (const mode of ['quotes', 'claims'] as const) {
    const ok: ChildResult[] = []
    for (const size of sizes) {
      const r = child(size, mode === 'quotes')
      if (typeof r === 'string') {
        notes.push(`${mode} ${size}: ${r}`)
        continue
      }
      ok.push(r)
      rows.push({
        run: mode === 'quotes' ? 'compareArticles (extractQuotes + clusters + claims)' : 'compareArticles, no quote extraction',
        articles: r.articles,
        words: r.words,
        seconds: Number(r.seconds.toFixed(2)),
        'maxRSS MB': Math.round(r.maxRssMb),
        'quote clusters': r.clusters,
        claims: r.claims
      })
    }
    if (ok.length >= 2) {
      notes.push(
        `${mode === 'quotes' ? 'with extraction' : 'without extraction'}: growth exponent (log-log slope of seconds over articles) ${slope(
          ok.map((r) => r.articles),
          ok.map((r) => r.seconds)
        ).toFixed(2)} (target <= 1.2)`
      )
    }
  }
  return [{title: 'compare: compareArticles at scale (seconds, peak memory, growth)', rows, notes}, verifySection()]
}

// child side: `node --import tsx scripts/bench/compare.ts --child N quotes|claims`
const at = process.argv.indexOf('--child')
if (at >= 0) {
  const count = Number(process.argv[at + 1])
  console.log(JSON.stringify(runSize(count, process.argv[at + 2] === 'quotes')))
}
