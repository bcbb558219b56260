import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {build} from 'esbuild'
import {stripMarkdown} from '../src/cli/markdown.js'
import {truncate} from '../src/cli/table.js'
import {extractQuotes} from '../src/index.js'

// The CLI is run the way a user runs it: a separate process on real files.
// It is bundled from source once (esbuild, as tsup does for dist/cli.js), so
// each run costs a Node start, not a TypeScript compile of the library. The
// bundle sits under node_modules/.cache so that it finds the packages and
// package.json (for --version) as the installed bin does.
const ROOT = process.cwd()
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}).version
const CLI = join(ROOT, 'node_modules', '.cache', `onrecord-cli-test-${process.pid}`, 'cli.mjs')

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function run(args: readonly string[], options: {input?: string; cwd?: string} = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {cwd: options.cwd ?? folder, env: {...process.env, NO_COLOR: '1'}})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(options.input ?? '')
  })
}

let folder = ''
const story = '“We hope for substantive and good technical meetings,” Rubio said on Tuesday.\n'
const html =
  '<!doctype html><html><head><title>Talks</title></head><body><nav>Home | World</nav>' +
  '<article><h1>Talks in London</h1><p>&ldquo;We will work for peace,&rdquo; Yermak <b>wrote</b>.</p>' +
  '<figure><figcaption>“A caption,” a photographer said.</figcaption></figure></article></body></html>'
const markdown = '# Talks\n\n> “We are done,” **Rubio** [said](https://example.test/said).\n'
const other = 'Rubio said he hoped for “substantive and positive technical meetings.”\nThe talks were downgraded on Wednesday.\n'
const transcript = 'RUBIO: We hope for substantive and positive technical meetings. Thank you.\n'
const draft = '“We hope for substantive and good technical meetings,” Rubio said.\n“Thank you,” he added.\n'
const rumor = '<html><body><article>\n<p>The talks are said to be off, Axios reported.</p>\n<p>The minister <i>reportedly</i> resigned.</p>\n</article></body></html>'
const inputs = ['story.txt', 'page.html', 'notes.md', 'binary.txt', 'folder', 'other.txt', 'transcript.txt', 'draft.txt', 'rumor.html']

beforeAll(async () => {
  await build({
    entryPoints: [join(ROOT, 'src/cli/index.ts')],
    outfile: CLI,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error'
  })
  folder = mkdtempSync(join(tmpdir(), 'onrecord-cli-'))
  writeFileSync(join(folder, 'story.txt'), story)
  writeFileSync(join(folder, 'page.html'), html)
  writeFileSync(join(folder, 'notes.md'), markdown)
  writeFileSync(join(folder, 'other.txt'), other)
  writeFileSync(join(folder, 'transcript.txt'), transcript)
  writeFileSync(join(folder, 'draft.txt'), draft)
  writeFileSync(join(folder, 'rumor.html'), rumor)
  writeFileSync(join(folder, 'binary.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
  mkdirSync(join(folder, 'folder'))
})

afterAll(() => {
  if (folder) rmSync(folder, {recursive: true, force: true})
  rmSync(dirname(CLI), {recursive: true, force: true})
})

/** The files in the temp folder that a test may have left (outputs, temporary files). */
function leftovers(): string[] {
  return readdirSync(folder).filter((name) => !inputs.includes(name))
}

describe('onrecord CLI', () => {
  it('prints its version and help', async () => {
    const [version, help] = await Promise.all([run(['--version']), run(['--help'])])
    expect(version).toEqual({code: 0, stdout: `${VERSION}\n`, stderr: ''})
    expect(help.code).toBe(0)
    for (const command of ['quotes', 'sources', 'hearsay', 'compare', 'verify']) expect(help.stdout).toContain(command)
    expect(help.stdout).toContain('Exit codes')
  }, 30_000)

  it('lists the quotes of a text file as JSON when piped', async () => {
    const {code, stdout, stderr} = await run(['quotes', 'story.txt'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const [file] = JSON.parse(stdout) as Array<{file: string; id: string; quotes: Array<{text: string; speaker: {name: string} | null}>}>
    expect(file?.file).toBe('story.txt')
    expect(file?.id).toBe('story')
    expect(file?.quotes.map((quote) => [quote.text, quote.speaker?.name])).toEqual([
      ['We hope for substantive and good technical meetings,', 'Rubio']
    ])
  }, 30_000)

  it('reads HTML through articleFromHtml and maps quotes back into the page', async () => {
    const {code, stdout} = await run(['quotes', '--format', 'json', 'page.html'])
    expect(code).toBe(0)
    const [file] = JSON.parse(stdout) as Array<{quotes: Array<{text: string; speaker: {name: string} | null; htmlParts: Array<{start: number; end: number}>}>}>
    expect(file?.quotes).toHaveLength(1)
    const [quote] = file?.quotes ?? []
    expect(quote?.speaker?.name).toBe('Yermak')
    const part = quote?.htmlParts[0]
    expect(part && html.slice(part.start, part.end)).toBe('We will work for peace,')
  }, 30_000)

  it('keeps a byte order mark: offsets are those of the file read as UTF-8, as extractQuotes gives them', async () => {
    const text = `\uFEFF${story}`
    writeFileSync(join(folder, 'bom.txt'), text)
    try {
      const [file, stdin, page] = await Promise.all([
        run(['quotes', '--format', 'ndjson', 'bom.txt']),
        run(['quotes', '--format', 'ndjson', '-'], {input: text}),
        run(['quotes', '--format', 'ndjson', '--input-format', 'html', '-'], {input: `\uFEFF${html}`})
      ])
      const parts = extractQuotes(text).map((quote) => quote.parts)
      expect(parts[0]?.[0]?.start).toBe(2)
      for (const result of [file, stdin]) {
        expect(result.code).toBe(0)
        expect(result.stdout.trim().split('\n').map((line) => (JSON.parse(line) as {parts: unknown}).parts)).toEqual(parts)
      }
      const [htmlPart] = (JSON.parse(page.stdout.trim()) as {htmlParts: Array<{start: number; end: number}>}).htmlParts
      expect(htmlPart && `\uFEFF${html}`.slice(htmlPart.start, htmlPart.end)).toBe('We will work for peace,')
    } finally {
      rmSync(join(folder, 'bom.txt'))
    }
  }, 30_000)

  it('strips Markdown and reads standard input as NDJSON', async () => {
    const [md, stdin] = await Promise.all([
      run(['quotes', '--format', 'ndjson', 'notes.md']),
      run(['quotes', '--format', 'ndjson', '-'], {input: story})
    ])
    expect(md.code).toBe(0)
    const mdQuote = JSON.parse(md.stdout.trim()) as {file: string; text: string; speaker: {name: string}; cue: {text: string}}
    expect([mdQuote.file, mdQuote.text, mdQuote.speaker.name, mdQuote.cue.text]).toEqual(['notes.md', 'We are done,', 'Rubio', 'said'])
    expect(stdin.code).toBe(0)
    const lines = stdin.stdout.trim().split('\n').map((line) => JSON.parse(line) as {file: string; text: string})
    expect(lines.map((line) => [line.file, line.text])).toEqual([['-', 'We hope for substantive and good technical meetings,']])
  }, 30_000)

  it('prints a table with --format table', async () => {
    const {code, stdout} = await run(['quotes', '--format', 'table', 'story.txt', 'notes.md'])
    expect(code).toBe(0)
    const [header, ...rows] = stdout.trimEnd().split('\n')
    expect(header?.split(/\s+/)).toEqual(['FILE', 'SPEAKER', 'CUE', 'QUOTE'])
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatch(/^story\s+Rubio\s+said\s+“We hope for substantive/)
  }, 30_000)

  it('writes --output all at once, leaving no temporary file', async () => {
    const {code, stdout} = await run(['quotes', '--output', 'quotes.json', 'story.txt'])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    const written = JSON.parse(readFileSync(join(folder, 'quotes.json'), 'utf8')) as Array<{quotes: unknown[]}>
    expect(written[0]?.quotes).toHaveLength(1)
    expect(leftovers()).toEqual(['quotes.json'])
    rmSync(join(folder, 'quotes.json'))
  }, 30_000)

  it('lists the sources an article cites', async () => {
    const {code, stdout} = await run(['sources', '--json', 'story.txt'])
    expect(code).toBe(0)
    const [file] = JSON.parse(stdout) as Array<{file: string; sources: Array<{name: string; attributions: Array<{content: {text: string}}>}>}>
    expect(file?.sources.map((source) => [source.name, source.attributions[0]?.content.text])).toEqual([
      ['Rubio', 'We hope for substantive and good technical meetings,']
    ])
  }, 30_000)

  it('lists hearsay with the source named for it, placed in the HTML as read; --unsourced exits 1 when one has none', async () => {
    const [all, unsourced, clean] = await Promise.all([
      run(['hearsay', '--json', 'rumor.html']),
      run(['hearsay', '--format', 'table', '--unsourced', 'rumor.html']),
      run(['hearsay', '--format', 'table', '--unsourced', 'story.txt'])
    ])
    expect(all.code).toBe(0)
    const [file] = JSON.parse(all.stdout) as Array<{hearsay: Array<{cue: {text: string}; source: string | null; at: string}>}>
    expect(file?.hearsay.map((claim) => [claim.cue.text, claim.source, claim.at])).toEqual([
      ['are said to', 'Axios', 'rumor.html:2:4'],
      ['reportedly', null, 'rumor.html:3:4']
    ])
    expect(unsourced.code).toBe(1)
    expect(unsourced.stdout).toMatch(/rumor\.html:3:4\s+reportedly\s+—\s+The minister reportedly resigned/)
    expect(unsourced.stdout).not.toContain('Axios')
    expect(clean).toEqual({code: 0, stdout: 'No unsourced hearsay found.\n', stderr: ''})
  }, 30_000)

  it('verifies quotes against a source, exit 1 when one is altered or missing', async () => {
    const [exact, drafted, missing] = await Promise.all([
      run(['verify', '--json', '--quote', 'We hope for substantive and positive technical meetings.', 'transcript.txt']),
      run(['verify', '--format', 'table', '--quotes-from', 'draft.txt', 'transcript.txt']),
      run(['verify', '--format', 'ndjson', '-q', 'We will never talk to them', 'transcript.txt'])
    ])
    expect(exact.code).toBe(0)
    const [checked] = JSON.parse(exact.stdout) as Array<{verdict: string; file: string; match: {text: string}}>
    expect([checked?.verdict, checked?.file, checked?.match.text]).toEqual([
      'exact',
      'transcript.txt',
      'We hope for substantive and positive technical meetings'
    ])
    expect(drafted.code).toBe(1)
    expect(drafted.stdout).toMatch(/^ALTERED .*“We hope for substantive and good technical meetings,” in transcript\.txt\n +at draft\.txt:1:2\n +good → positive\n/)
    expect(drafted.stdout).toMatch(/\nEXACT .*“Thank you,” in transcript\.txt\n +at draft\.txt:2:2\n$/)
    expect(missing.code).toBe(1)
    expect((JSON.parse(missing.stdout) as {verdict: string; file: string | null})).toMatchObject({verdict: 'not-found', file: null})
  }, 30_000)

  it('places a quote of an HTML draft in the page as written, not in its extracted text', async () => {
    const page = '<html><head><title>Draft</title></head>\n<body>\n<article>\n  <p>Intro.</p>\n  <p>&ldquo;Thank you,&rdquo; he added.</p>\n</article></body></html>\n'
    writeFileSync(join(folder, 'draft-page.html'), page)
    const {code, stdout} = await run(['verify', '--json', '--quotes-from', 'draft-page.html', 'transcript.txt'])
    rmSync(join(folder, 'draft-page.html'))
    expect(code).toBe(0)
    const [checked] = JSON.parse(stdout) as Array<{quote: string; at: string}>
    // Line 5, column 13: right after `&ldquo;` in the HTML.
    expect(checked).toMatchObject({quote: 'Thank you,', at: 'draft-page.html:5:13'})
    expect(page.split('\n')[4]?.slice(12, 22)).toBe('Thank you,')
  }, 30_000)

  it('verifies many quotes against more source files than verifyQuote caches in time that grows with them', async () => {
    // Quote by quote over six sources, every check indexed its source again (about 16 s here); source by
    // source, each is indexed once. The bound is a net.
    const many = join(folder, 'many-sources')
    mkdirSync(many)
    try {
      const lines = Array.from({length: 6500}, (_, line) => `Speaker ${line} said the talks on item ${line * 7} were slow.`)
      const names = Array.from({length: 6}, (_, index) => `source${index}.txt`)
      names.forEach((name, index) => writeFileSync(join(many, name), [...lines, transcript, `Source ${index}.`].join('\n')))
      writeFileSync(
        join(many, 'draft.txt'),
        Array.from({length: 80}, (_, index) => `“We hope for substantive and good technical meetings ${index},” Rubio said.`).join('\n')
      )
      const started = Date.now()
      const {code, stdout} = await run(['verify', '--json', '--quotes-from', 'draft.txt', ...names], {cwd: many})
      expect(Date.now() - started).toBeLessThan(8000)
      expect(code).toBe(1)
      const checked = JSON.parse(stdout) as Array<{verdict: string; file: string}>
      expect(checked).toHaveLength(80)
      expect(new Set(checked.map((check) => `${check.verdict} ${check.file}`))).toEqual(new Set(['altered source0.txt']))
    } finally {
      rmSync(many, {recursive: true, force: true})
    }
  }, 60_000)

  it('compares articles and writes the HTML report atomically', async () => {
    const [json, report] = await Promise.all([
      run(['compare', '--json', 'story.txt', 'other.txt']),
      run(['compare', '--html', 'report.html', 'story.txt', 'other.txt'])
    ])
    expect(json.code).toBe(0)
    const comparison = JSON.parse(json.stdout) as {
      articles: Array<{id: string; file: string}>
      quoteClusters: Array<{quotes: Array<{articleId: string}>; differences: Array<{differences: Array<{type: string; quoted: {text: string}; source: {text: string}}>}>}>
    }
    expect(comparison.articles).toEqual([
      {id: 'story', file: 'story.txt'},
      {id: 'other', file: 'other.txt'}
    ])
    const [cluster] = comparison.quoteClusters
    expect(cluster?.quotes.map((quote) => quote.articleId).sort()).toEqual(['other', 'story'])
    const words = cluster?.differences.flatMap((compared) => compared.differences.map((d) => [d.type, d.quoted.text, d.source.text].join(' ')))
    expect(words).toEqual([expect.stringMatching(/^substitution (positive good|good positive)$/)])

    expect(report.code).toBe(0)
    expect(report.stdout).toBe('')
    expect(report.stderr).toMatch(/^Wrote report\.html: 1 quote clusters, \d+ shared claims\n$/)
    const page = readFileSync(join(folder, 'report.html'), 'utf8')
    expect(page).toContain('<mark class="variant-words">good</mark>')
    expect(page).toContain('<mark class="variant-words">positive</mark>')
    expect(page).not.toMatch(/<script|<link|src=/)
    expect(leftovers()).toEqual(['report.html'])
    rmSync(join(folder, 'report.html'))
  }, 30_000)

  it('names the bad input, exits 2 and leaves no output file', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['quotes', '-o', 'out.json', 'story.txt', 'missing.txt'], /cannot read 'missing\.txt': no such file/],
      [['quotes', '-o', 'out.json', 'folder'], /'folder' is a directory/],
      [['quotes', '-o', 'out.json', 'story.txt', 'binary.txt'], /'binary\.txt' looks like a binary file/],
      [['quotes', '--format', 'xml', 'story.txt'], /argument 'xml' is invalid/],
      [['quotes', '--json', '--format', 'table', 'story.txt'], /--json and --format table disagree/],
      [['quotes'], /missing required argument 'files'/],
      [['quotes', '-', '-'], /standard input \('-'\) can be read only once/],
      [['verify', '--quotes-from', '-', '-'], /standard input \('-'\) can be read only once/],
      [['quotes', '-o', 'no/such/folder/out.json', 'story.txt'], /cannot write 'no\/such\/folder\/out\.json': no such folder/],
      [['verify', 'story.txt'], /verify needs quotes to check/],
      [['compare', 'story.txt'], /compare needs at least two files/],
      [['compare', 'story.txt', 'other.txt', 'story.txt'], /'story\.txt' is given twice/],
      [['compare', '--html', 'report.html', 'story.txt', 'missing.txt'], /cannot read 'missing\.txt'/],
      [['compare', '--html', 'report.html', '-o', 'no/such/out.json', 'story.txt', 'other.txt'], /cannot write 'no\/such\/out\.json': no such folder/],
      [['rewrite', 'story.txt'], /unknown command 'rewrite'/]
    ]
    const results = await Promise.all(cases.map(([args]) => run(args)))
    results.forEach((result, index) => {
      const [args, message] = cases[index] as [string[], RegExp]
      expect({args, code: result.code, stdout: result.stdout}).toEqual({args, code: 2, stdout: ''})
      expect(result.stderr).toMatch(message)
    })
    expect(leftovers()).toEqual([])
  }, 60_000)

  it('shows a progress bar on a terminal when reading many files, and not on a pipe', async () => {
    const many = join(folder, 'many')
    mkdirSync(many)
    const names = Array.from({length: 12}, (_, index) => `story-${index}.txt`)
    for (const name of names) writeFileSync(join(many, name), story)
    const command = ['quotes', '--format', 'ndjson', ...names]
    const piped = await run(command, {cwd: many})
    expect(piped.code).toBe(0)
    expect(piped.stderr).toBe('')
    expect(piped.stdout.trim().split('\n')).toHaveLength(12)
    // `script` gives the CLI a terminal for standard error; standard output still goes to a file.
    expect(existsSync('/usr/bin/script')).toBe(true)
    const line = [process.execPath, CLI, ...command].map((word) => `'${word}'`).join(' ')
    const terminal = await new Promise<string>((resolve, reject) => {
      const child = spawn('/usr/bin/script', ['-qfec', `${line} > out.ndjson`, 'typescript'], {cwd: many})
      child.on('error', reject)
      child.on('close', () => resolve(readFileSync(join(many, 'typescript'), 'utf8')))
    })
    expect(terminal).toContain('onrecord reading')
    expect(terminal).toContain('12/12 files')
    expect(readFileSync(join(many, 'out.ndjson'), 'utf8')).toBe(piped.stdout)
    rmSync(many, {recursive: true})
  }, 60_000)
})

describe('stripMarkdown (how the CLI reads .md files)', () => {
  it('keeps the words and drops the markup', () => {
    const markdown = [
      '# Talks downgraded #',
      'Setext title',
      '===',
      '',
      '> “We are done,” **Rubio** [said](https://example.test/a_b) on _Tuesday_.',
      '- “No,” said *Lammy*. ![photo](x.jpg)',
      '1. The `snake_case` stays, and so does 3 * 4.',
      '```',
      'code(“not a quote”)',
      '```',
      '---',
      '[ref]: https://example.test',
      'Plain <b>bold</b> ~~gone~~ text.'
    ].join('\n')
    expect(stripMarkdown(markdown).split('\n')).toEqual([
      'Talks downgraded',
      'Setext title',
      '',
      '',
      '“We are done,” Rubio said on Tuesday.',
      '“No,” said Lammy. ',
      'The snake_case stays, and so does 3 * 4.',
      // The code block's three lines stay as empty lines: line numbers match the file.
      '',
      '',
      '',
      '',
      '',
      'Plain bold gone text.'
    ])
  })

  it('gets through hostile input (one pass: no bracket searched twice)', () => {
    const hostile = '['.repeat(50_000) + '<a'.repeat(50_000) + '_'.repeat(50_000)
    expect(stripMarkdown(hostile)).toBe('['.repeat(50_000) + '<a'.repeat(50_000))
  })
})

describe('truncate (table cells)', () => {
  it('cuts to the width with an ellipsis and never through a surrogate pair', () => {
    expect(truncate('We are done here', 8)).toBe('We are …')
    expect(truncate('Hi 😀 there', 5)).toBe('Hi …')
    expect(truncate('short', 8)).toBe('short')
  })
})
