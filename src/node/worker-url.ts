/**
 * Where the worker file is, wherever onrecord runs from: the built package
 * (dist/node-worker.js beside dist/node.js, dist/node-worker.cjs beside
 * dist/node.cjs) or the TypeScript source under tsx or jest
 * (src/node/worker.ts, started through tsx's loader).
 */
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, extname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

/**
 * How to start a worker: a file to run as is, or (TypeScript source) a small
 * bootstrap to run with `eval: true` that registers tsx first.
 *
 * @example
 * const entry = workerEntry()
 * const worker = new Worker(entry.script, {eval: entry.eval, workerData})
 */
export interface WorkerEntry {
  script: string | URL
  eval: boolean
}

/** The path of this module, in the CJS build, the ESM build, or the source. */
function here(): string {
  if (typeof __filename === 'string' && __filename !== '') return __filename
  return fileURLToPath(import.meta.url)
}

let cached: WorkerEntry | undefined

/**
 * Find the worker file next to this module and say how to start it.
 *
 * @example
 * workerEntry() // {script: URL('file:///…/dist/node-worker.js'), eval: false}
 */
export function workerEntry(): WorkerEntry {
  if (cached !== undefined) return cached
  const file = here()
  const dir = dirname(file)
  const ext = extname(file)
  const names = [
    ext === '.cjs' ? 'node-worker.cjs' : 'node-worker.js',
    'node-worker.js',
    'node-worker.cjs',
    `worker${ext}`,
    'worker.ts',
    'worker.js'
  ]
  const found = names.map((name) => join(dir, name)).find((path) => existsSync(path))
  if (found === undefined) {
    throw new Error(`onrecord: cannot find the worker file beside ${file} (looked for ${names.join(', ')})`)
  }
  const url = pathToFileURL(found)
  if (!found.endsWith('.ts')) {
    cached = {script: url, eval: false}
    return cached
  }
  // TypeScript source: Node 20 cannot load .ts, and loader flags given to a
  // worker register too late for its entry, so register tsx, then import.
  const require = createRequire(file)
  const pkgPath = require.resolve('tsx/package.json')
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as {exports: Record<string, {import: {default: string}}>}
  const api = new URL(pkg.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs', pathToFileURL(pkgPath)).href
  cached = {
    script: `import(${JSON.stringify(api)}).then(({register}) => { register(); return import(${JSON.stringify(url.href)}) })`,
    eval: true
  }
  return cached
}
