/**
 * Profiling helper (not a bench section: the leading `_` keeps it out of
 * `npm run bench`).
 *
 * Record a CPU profile of one candidate over the PolNeAR dev articles (or the
 * seeds when ../shared/data is absent):
 *   node --cpu-prof --cpu-prof-dir=.cache/prof --import tsx scripts/bench/_profile.ts run extractQuotes 5
 * targets: extractQuotes, findSources, compromise, regex.
 *
 * Summarise a profile (top self time by function and by file):
 *   npx tsx scripts/bench/_profile.ts summary .cache/prof [top]
 * (a directory: its main-thread profile; tsx's loader thread writes a second one)
 */
import {readFileSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import nlp from 'compromise'
import * as core from '../../src/index.js'
import {loadPolnear, loadSeeds} from './_lib.js'

interface ProfileNode {
  id: number
  callFrame: {functionName: string; url: string; lineNumber: number}
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

function run(target: string, reps: number): void {
  const articles = loadPolnear() ?? loadSeeds()
  const api = core as unknown as Record<string, unknown>
  const markSpan = /[“"][^“”"]*[”"]/g
  const fns: Record<string, (text: string) => unknown> = {
    extractQuotes: api.extractQuotes as (text: string) => unknown,
    findSources: api.findSources as (text: string) => unknown,
    compromise: (text) => nlp(text).quotations().out('array'),
    regex: (text) => text.match(markSpan)
  }
  const fn = fns[target]
  if (typeof fn !== 'function') throw new Error(`unknown or missing target ${target}: ${Object.keys(fns).join(', ')}`)
  const chars = articles.reduce((n, a) => n + a.text.length, 0)
  const t0 = performance.now()
  for (let r = 0; r < reps; r++) for (const a of articles) fn(a.text)
  const ms = performance.now() - t0
  console.log(`${target}: ${reps} x ${articles.length} articles, ${chars} chars each pass, ${(ms / reps).toFixed(1)} ms per pass`)
}

function summary(file: string, top: number): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<number, number>()
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  const byFunction = new Map<string, number>()
  const byFile = new Map<string, number>()
  const byArea = new Map<string, number>()
  // src/<stage> or node_modules/<package>: where the time goes, by pipeline stage or dependency
  const area = (file: string) => {
    const m = /^(src\/[^/]+|node_modules\/(?:@[^/]+\/)?[^/]+)/.exec(file)
    return m ? (m[1] as string) : file.startsWith('node:') ? 'node internals' : file
  }
  const short = (url: string) => url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, 'node_modules/').replace(/^.*\/main\//, '')
  for (const [id, us] of self) {
    const node = byId.get(id)
    if (node === undefined) continue
    const {functionName, url, lineNumber} = node.callFrame
    const where = url === '' ? '' : `${short(url)}:${lineNumber + 1}`
    const fnKey = `${functionName || '(anonymous)'} ${where}`.trim()
    byFunction.set(fnKey, (byFunction.get(fnKey) ?? 0) + us)
    const fileKey = url === '' ? `(${functionName})` : short(url)
    byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + us)
    byArea.set(area(fileKey), (byArea.get(area(fileKey)) ?? 0) + us)
  }
  const print = (title: string, map: Map<string, number>) => {
    console.log(`\n${title}`)
    for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`)
    }
  }
  console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`)
  print('top self time by function', byFunction)
  print('top self time by file', byFile)
  print('self time by stage or package', byArea)
}

/**
 * A profile file, or the main thread's profile in a directory: node names them
 * CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile, and tsx's loader thread
 * writes a second one (mostly idle).
 */
function profileFile(path: string): string {
  if (!statSync(path).isDirectory()) return path
  const files = readdirSync(path).filter((f) => f.endsWith('.cpuprofile'))
  const main = files.find((f) => f.split('.')[4] === '0') ?? files[0]
  if (main === undefined) throw new Error(`no .cpuprofile in ${path}`)
  return join(path, main)
}

const [command, arg, extra] = process.argv.slice(2)
const n = Number.parseInt(extra ?? '', 10)
if (command === 'run') run(arg ?? 'extractQuotes', Number.isFinite(n) ? n : 3)
else if (command === 'summary' && arg !== undefined) summary(profileFile(arg), Number.isFinite(n) ? n : 15)
else console.error('usage: _profile.ts run TARGET [reps] | summary FILE [top]')
