/** Shared loaders and printing for the eval sections. */
import {existsSync, readFileSync, readdirSync} from 'node:fs'

export interface Section {
  /** e.g. "quotes: seeds" */
  title: string
  /** One row per measured figure: {metric, value, target?, ...}. */
  rows: Array<Record<string, string | number>>
  notes?: string[]
  seconds?: number
}

export const root = new URL('../../', import.meta.url)
export const sharedData = new URL('../shared/data/', root)

/** The seed articles, `{id, file, text}`, read from the project's seeds/. */
export function loadSeeds(): Array<{id: string; file: string; text: string}> {
  const dir = new URL('seeds/', root)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({id: file.replace(/\.txt$/, ''), file, text: readFileSync(new URL(file, dir), 'utf8')}))
}

/** The golden annotation of the seeds (seeds/golden.json). */
export function loadGolden(): any {
  return JSON.parse(readFileSync(new URL('seeds/golden.json', root), 'utf8'))
}

/**
 * Lines of a ../shared/data JSONL file, or null when the data is absent.
 *
 * `ONRECORD_EVAL_HALF=a` (or `b`) keeps every other line (even or odd index): rules are
 * surveyed and tuned on half `a` and checked on half `b`, which they were not tuned on.
 */
export function loadJsonl(name: string): any[] | null {
  const url = new URL(name, sharedData)
  if (!existsSync(url)) return null
  const rows = readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
  const half = process.env['ONRECORD_EVAL_HALF']
  if (!name.startsWith('polnear')) return rows
  if (half === 'a' || half === 'b') return rows.filter((_, i) => i % 2 === (half === 'a' ? 0 : 1))
  if (half !== undefined && half !== '') throw new Error(`ONRECORD_EVAL_HALF must be a or b, not ${JSON.stringify(half)}`)
  return rows
}

export function pct(x: number): string {
  return Number.isFinite(x) ? (100 * x).toFixed(1) : 'n/a'
}

export function printSection(section: Section): void {
  console.log(`\n## ${section.title}`)
  const rows = section.rows
  if (rows.length > 0) {
    const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))]
    const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)))
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i] ?? 0)).join('  ')
    console.log(line(cols))
    console.log(line(width.map((w) => '-'.repeat(w))))
    for (const r of rows) console.log(line(cols.map((c) => String(r[c] ?? ''))))
  }
  for (const note of section.notes ?? []) console.log(`  ${note}`)
}
