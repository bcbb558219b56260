/**
 * Print every quote of an article with its speaker, as a table.
 *
 *   npm start                      # the five seed articles
 *   npx tsx examples/seed-quotes.ts path/to/article.txt
 *
 * Copy this file to start your own script: it uses only the public API.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {extractQuotes} from '../src/index.js'
import type {Quote} from '../src/index.js'

const seeds = new URL('../seeds/', import.meta.url)
const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => new URL(f, seeds).pathname)

for (const file of files) {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    console.error(`seed-quotes: cannot read ${file}: ${(error as Error).message}`)
    process.exitCode = 2
    continue
  }
  const quotes = extractQuotes(text)
  console.log(`\n${file.split('/').pop()}: ${quotes.length} quotes`)
  printTable(quotes)
}

function printTable(quotes: Quote[]): void {
  const rows = quotes.map((q) => [
    q.kind,
    q.speaker ? `${q.speaker.name}${q.speaker.mention.text !== q.speaker.name ? ` (“${q.speaker.mention.text}”)` : ''}` : '—',
    q.cue?.text ?? '—',
    q.confidence.toFixed(2),
    clip(q.text, 70)
  ])
  const header = ['kind', 'speaker', 'cue', 'conf', 'quote']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')
  console.log(line(header))
  console.log(line(widths.map((w) => '-'.repeat(w))))
  for (const row of rows) console.log(line(row))
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
