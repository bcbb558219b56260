/**
 * `npm run bench`: speed figures, measured in one process as ratios between
 * candidates (these machines are noisy). Each file in scripts/bench/ (not
 * starting with `_`) is a section: its default export is
 * `async (opts: {quick: boolean}) => BenchSection[]`.
 *
 * Flags: `--json` (machine-readable output on stdout), `--quick` (fewer
 * repetitions and smaller inputs, a smoke run), `--only NAME[,NAME]` (run
 * those sections: `quotes`, `hostile`, `verify`, `compare`).
 *
 * Run with `npm run bench`, `npm run bench -- --json`, `npm run bench -- --only hostile`.
 */
import {readdirSync} from 'node:fs'
import type {BenchOptions, BenchSection} from './bench/_lib.js'
import {printSection} from './bench/_lib.js'

const args = process.argv.slice(2)
const json = args.includes('--json')
const quick = args.includes('--quick')
const onlyIndex = args.indexOf('--only')
const only = onlyIndex >= 0 ? new Set((args[onlyIndex + 1] ?? '').split(',')) : undefined

const dir = new URL('./bench/', import.meta.url)
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .filter((f) => only === undefined || only.has(f.replace(/\.ts$/, '')))
  .sort()

const sections: BenchSection[] = []
const failures: string[] = []
if (!json) console.log(`onrecord bench: node ${process.version}, ${quick ? 'quick' : 'full'} run, sections: ${files.join(', ')}`)
for (const file of files) {
  const started = Date.now()
  try {
    const mod = (await import(new URL(file, dir).href)) as {default: (opts: BenchOptions) => Promise<BenchSection[]>}
    const result = await mod.default({quick})
    const seconds = (Date.now() - started) / 1000
    for (const section of result) {
      section.seconds = seconds
      sections.push(section)
      if (!json) printSection(section)
    }
  } catch (error) {
    // One broken section (say, a function still being written) must not hide the others.
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
    failures.push(file)
    const section: BenchSection = {title: `${file}: failed`, rows: [], notes: [message]}
    sections.push(section)
    if (!json) printSection(section)
  }
}
if (json) console.log(JSON.stringify({node: process.version, quick, sections}, null, 2))
if (failures.length > 0) process.exitCode = 1
