/**
 * `npm run eval`: accuracy figures. Each file in scripts/eval/ (not starting
 * with `_`) is one section: its default export returns a Section. Pass
 * `--json` for machine-readable output, `--only NAME` to run one section.
 */
import {readdirSync} from 'node:fs'
import type {Section} from './eval/_lib.js'
import {printSection} from './eval/_lib.js'

const args = process.argv.slice(2)
const json = args.includes('--json')
const onlyIndex = args.indexOf('--only')
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined

const dir = new URL('./eval/', import.meta.url)
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .filter((f) => only === undefined || f.replace(/\.ts$/, '') === only)
  .sort()

const sections: Section[] = []
for (const file of files) {
  const mod = (await import(new URL(file, dir).href)) as {default: () => Promise<Section[]>}
  const started = Date.now()
  const result = await mod.default()
  for (const section of result) {
    section.seconds = (Date.now() - started) / 1000
    sections.push(section)
    if (!json) printSection(section)
  }
}
if (json) console.log(JSON.stringify(sections, null, 2))
