/**
 * Packaging test (run by .ci/run after `npm run build`; not part of jest):
 * `npm pack`, install the tarball into a fresh project in a temp folder, and
 * use it the ways a consumer does:
 *   - `import` from an .mjs file and `require` from a .cjs file;
 *   - a TypeScript project (module NodeNext) typechecked and compiled with
 *     this repository's tsc, ESM (.mts) and CJS (.cts), then run;
 *   - the `onrecord` bin;
 *   - the core bundled for the browser (esbuild, platform browser: any Node
 *     built-in fails the bundle) and run in headless Chromium.
 *
 * Usage: npx tsx scripts/pack-test.ts
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {build} from 'esbuild'
import {chromium} from 'playwright-core'

const root = resolve('.')
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {name: string; version: string}
const work = mkdtempSync(join(tmpdir(), 'onrecord-pack-'))
const started = Date.now()

function step(name: string): void {
  console.log(`pack-test: ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`pack-test: ${message}`)
}

function sh(command: string, args: readonly string[], cwd: string, input?: string): string {
  return execFileSync(command, args, {cwd, encoding: 'utf8', input: input ?? '', stdio: ['pipe', 'pipe', 'pipe']})
}

const sample = '“We will work for peace,” Yermak wrote on Telegram.'

try {
  step('npm pack')
  const packed = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work], root)) as Array<{filename: string; files: Array<{path: string}>}>
  const tarball = packed[0]
  check(tarball, 'npm pack gave no tarball')
  const files = tarball.files.map((file) => file.path)
  for (const needed of ['package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js']) {
    check(files.includes(needed), `the tarball lacks ${needed}`)
  }
  const strays = files.filter((file) => !file.startsWith('dist/') && !['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'].includes(file))
  check(strays.length === 0, `the tarball ships files outside dist/: ${strays.join(', ')}`)

  step('install the tarball into a fresh project')
  const consumer = join(work, 'consumer')
  mkdirSync(consumer)
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({name: 'onrecord-consumer', version: '1.0.0', private: true}, null, 2))
  sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(work, tarball.filename)], consumer)

  step('import from ESM, require from CJS')
  writeFileSync(
    join(consumer, 'esm.mjs'),
    `import assert from 'node:assert/strict'
import {extractQuotes, articleFromHtml, renderReport, retextOnrecord} from 'onrecord'
const [quote] = extractQuotes(${JSON.stringify(sample)})
assert.equal(quote.speaker.name, 'Yermak')
assert.equal(articleFromHtml('<article><h1>Talks</h1><p>Text.</p></article>').text, 'Talks\\n\\nText.')
assert.equal(typeof renderReport, 'function')
assert.equal(typeof retextOnrecord, 'function')
const node = await import('onrecord/node')
assert.ok(Object.keys(node).length > 0)
console.log('esm ok')
`
  )
  writeFileSync(
    join(consumer, 'cjs.cjs'),
    `const assert = require('node:assert/strict')
const {extractQuotes, articleFromHtml} = require('onrecord')
assert.equal(extractQuotes(${JSON.stringify(sample)})[0].speaker.name, 'Yermak')
assert.equal(articleFromHtml('<p>&ldquo;Hi&rdquo;</p>').text, '“Hi”')
assert.ok(Object.keys(require('onrecord/node')).length > 0)
console.log('cjs ok')
`
  )
  check(sh('node', ['esm.mjs'], consumer).trim() === 'esm ok', 'the ESM consumer failed')
  check(sh('node', ['cjs.cjs'], consumer).trim() === 'cjs ok', 'the CJS consumer failed')

  step('typecheck and run a TypeScript consumer (module NodeNext)')
  const typescript = `import {extractQuotes, articleFromHtml, htmlRange} from 'onrecord'
import type {Quote, HtmlArticle, Span} from 'onrecord'
const quotes: Quote[] = extractQuotes(${JSON.stringify(sample)})
const name: string | undefined = quotes[0]?.speaker?.name
const article: HtmlArticle = articleFromHtml('<p>Text.</p>')
const range: {start: number; end: number} = htmlRange(article.map, {start: 0, end: 4})
const span: Span | undefined = quotes[0]?.parts[0]
try {
  // @ts-expect-error: the text must be a string (the types are real, not any)
  extractQuotes(42)
  throw new Error('no TypeError')
} catch (error) {
  if (!(error instanceof TypeError)) throw error
}
console.log(name, range.end - range.start, span?.text)
`
  writeFileSync(join(consumer, 'esm.mts'), typescript)
  writeFileSync(join(consumer, 'cjs.cts'), typescript)
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022', 'DOM'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          types: [],
          outDir: 'out'
        },
        files: ['esm.mts', 'cjs.cts']
      },
      null,
      2
    )
  )
  sh(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], consumer)
  const expected = 'Yermak 4 We will work for peace,'
  check(sh('node', ['out/esm.mjs'], consumer).trim() === expected, 'the compiled .mts consumer printed something else')
  check(sh('node', ['out/cjs.cjs'], consumer).trim() === expected, 'the compiled .cts consumer printed something else')

  step('run the onrecord bin')
  const bin = join(consumer, 'node_modules/.bin/onrecord')
  check(sh(bin, ['--version'], consumer).trim() === manifest.version, 'onrecord --version is not the package version')
  const line = JSON.parse(sh(bin, ['quotes', '--format', 'ndjson', '-'], consumer, sample).trim()) as {speaker: {name: string}}
  check(line.speaker.name === 'Yermak', 'onrecord quotes - did not find the speaker')

  step('bundle the core for the browser and run it in Chromium')
  const bundle = await build({
    stdin: {contents: "export * from 'onrecord'", resolveDir: consumer, loader: 'js'},
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'onrecord',
    write: false,
    logLevel: 'silent'
  })
  const code = bundle.outputFiles[0]?.text ?? ''
  check(code.length > 0, 'the browser bundle is empty')
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.addScriptTag({content: code})
    const speaker = await page.evaluate((text) => {
      const api = (globalThis as unknown as {onrecord: {extractQuotes(text: string): Array<{speaker: {name: string} | null}>}}).onrecord
      return api.extractQuotes(text)[0]?.speaker?.name
    }, sample)
    check(speaker === 'Yermak', `extractQuotes in Chromium gave ${String(speaker)}`)
  } finally {
    await context.close()
  }
  step(`ok: ${tarball.filename}, ${files.length} files, browser bundle ${(code.length / 1024).toFixed(0)} KB`)
} finally {
  rmSync(work, {recursive: true, force: true})
}
