import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from '@jest/globals'
import {chromium} from 'playwright-core'
import type {BrowserContext, Page} from 'playwright-core'
import {renderReport} from '../src/index.js'
import type {Quote, ReportInput, Span} from '../src/index.js'

/** The span of the first `needle` in `text` (after `from`). */
function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from)
  if (start < 0) throw new Error(`not found: ${needle}`)
  return {start, end: start + needle.length, text: needle}
}

function quote(text: string, words: string, speaker: string | null, mention: string, cue: string, from = 0): Quote {
  const part = spanOf(text, words, from)
  return {
    text: words,
    parts: [part],
    kind: 'direct',
    speaker: speaker ? {name: speaker, type: 'person', mention: spanOf(text, mention, part.end)} : null,
    cue: cue ? spanOf(text, cue, part.end) : null,
    confidence: 0.9
  }
}

const bbc = '“We hope for substantive and good technical meetings,” Rubio said.\nTalks <script>alert(1)</script> went on.'
const cnn = 'Rubio hoped for “substantive and positive technical meetings,” he told reporters.\n“No comment,” an aide said.'

function sampleReport(): ReportInput {
  const bbcQuote = quote(bbc, 'We hope for substantive and good technical meetings,', 'Marco Rubio', 'Rubio', 'said')
  const cnnQuote = quote(cnn, 'substantive and positive technical meetings,', 'Marco Rubio', 'he', 'told')
  const unattributed = quote(cnn, 'No comment,', null, '', '')
  return {
    articles: [
      {id: 'bbc', title: 'Talks & <peace>', text: bbc, quotes: [bbcQuote]},
      {id: 'cnn', text: cnn, quotes: [cnnQuote, unattributed]}
    ],
    comparison: {
      quoteClusters: [
        {
          quotes: [
            {articleId: 'bbc', quote: bbcQuote},
            {articleId: 'cnn', quote: cnnQuote}
          ],
          speakers: ['Marco Rubio'],
          // cnn's quote checked against bbc's: spans in cnn's and bbc's texts.
          differences: [
            {
              quote: 1,
              reference: 0,
              verdict: 'altered',
              similarity: 0.8,
              differences: [
                {type: 'substitution', quoted: spanOf(cnn, 'positive'), source: spanOf(bbc, 'good')},
                {type: 'punctuation', quoted: spanOf(cnn, ','), source: spanOf(bbc, ',')}
              ]
            }
          ]
        }
      ],
      claims: [{sentences: [{articleId: 'cnn', ...spanOf(cnn, 'Rubio hoped for')}, {articleId: 'bbc', ...spanOf(bbc, 'Talks')}], score: 0.6}]
    },
    generator: 'onrecord test'
  }
}

describe('renderReport', () => {
  const html = renderReport(sampleReport())

  it('is one self-contained page: inline style, no scripts, nothing fetched', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain('<style>')
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|@import/i)
    // The only links point inside the page.
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href?.startsWith('#')).toBe(true)
  })

  it('escapes article text and titles', () => {
    expect(html).toContain('Talks &lt;script&gt;alert(1)&lt;/script&gt; went on.')
    expect(html).toContain('bbc: Talks &amp; &lt;peace&gt;')
  })

  it('marks the words that differ between versions of a quote, side by side', () => {
    expect(html).toContain('We hope for substantive and <mark class="variant-words">good</mark> technical meetings,')
    expect(html).toContain('substantive and <mark class="variant-words">positive</mark> technical meetings,')
    const cluster = html.slice(html.indexOf('<article class="cluster"'), html.indexOf('</article>'))
    expect(cluster.match(/<figure class="variant"/g)).toHaveLength(2)
    expect(cluster).toContain('<span class="cue">told</span>')
  })

  it('says when articles name different speakers, and marks spelling variants apart', () => {
    const input = sampleReport()
    const [cluster] = input.comparison.quoteClusters
    if (!cluster?.differences[0]) throw new Error('fixture')
    cluster.speakers = ['Marco Rubio', 'State Department']
    cluster.differences[0].differences = [{type: 'spelling', quoted: spanOf(cnn, 'positive'), source: spanOf(bbc, 'good')}]
    const page = renderReport(input)
    expect(page).toContain('<h3>1. Marco Rubio / State Department <span class="empty">(attributions differ)</span></h3>')
    expect(page).toContain('<mark class="variant-spelling">good</mark>')
    expect(page).not.toContain('variant-words">')
  })

  it('highlights quotes, speakers and cues in each article', () => {
    expect(html).toContain(
      '<p>“<span class="quote attributed" title="1: Marco Rubio">We hope for substantive and good technical meetings,</span>” ' +
        '<span class="speaker" title="Marco Rubio">Rubio</span> <span class="cue">said</span>.</p>'
    )
    expect(html).toContain('<span class="quote unattributed" title="2: no speaker">No comment,</span>')
  })

  it('aligns shared claims in one row, one column per article', () => {
    const table = html.slice(html.indexOf('<table class="claims">'), html.indexOf('</table>', html.indexOf('<table class="claims">')))
    expect(table).toContain('<th>bbc: Talks &amp; &lt;peace&gt;</th><th>cnn</th>')
    expect(table).toContain('<tr class="claim" id="claim-1"><th>1</th><td data-article="bbc">Talks</td><td data-article="cnn">Rubio hoped for</td></tr>')
  })

  it('runs the README example on the seeds (examples/report.ts)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'onrecord-example-'))
    try {
      const file = join(folder, 'report.html')
      const output = execFileSync(process.execPath, ['--import', 'tsx', 'examples/report.ts', file], {encoding: 'utf8'})
      expect(output).toMatch(/^3 quote clusters, \d+ shared claims\n$/)
      const page = readFileSync(file, 'utf8')
      for (const words of ['good', 'positive', 'will work', 'continue working']) {
        expect(page).toContain(`<mark class="variant-words">${words}</mark>`)
      }
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  }, 30_000)

  it('renders an article of 40,000 quotes, on as many lines or on one, in time that grows with it', () => {
    // Each line (and each piece of a line) used to scan every highlight of the article: 40,000 quotes took
    // about 20 s on lines and longer on one line. Linear, it is well under a second; the bound is a net.
    const unit = '“We will work,” Yermak said.'
    const article = (separator: string): ReportInput['articles'][number] => {
      const text = Array.from({length: 40_000}, () => unit).join(separator)
      const quotes = Array.from({length: 40_000}, (_, index) => {
        const at = index * (unit.length + separator.length)
        return quote(text, 'We will work,', 'Yermak', 'Yermak', 'said', at)
      })
      return {id: JSON.stringify(separator), text, quotes}
    }
    for (const separator of ['\n', ' ']) {
      const started = Date.now()
      const page = renderReport({articles: [article(separator)], comparison: {quoteClusters: [], claims: []}})
      expect(Date.now() - started).toBeLessThan(8000)
      expect(page.split('<span class="speaker" title="Yermak">Yermak</span>')).toHaveLength(40_001)
    }
  }, 120_000)

  it('lists claims told by many articles row by row', () => {
    const ids = Array.from({length: 10}, (_, index) => `a${index}`)
    const many = renderReport({
      articles: ids.map((id) => ({id, text: 'Same news.', quotes: []})),
      comparison: {
        quoteClusters: [],
        claims: [{sentences: ids.map((articleId) => ({articleId, start: 0, end: 10, text: 'Same news.'})), score: 0.9}]
      }
    })
    expect(many).toContain('<th>Article</th><th>Sentence</th>')
    expect(many.match(/<tr class="claim"/g)).toHaveLength(10)
    expect(many).toContain('No quote appears in more than one article.')
  })
})

const CHROMIUM = '/usr/bin/chromium'

describe('the report in headless Chromium', () => {
  let folder = ''
  let context: BrowserContext
  let page: Page
  const requests: string[] = []

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`)
    folder = mkdtempSync(join(tmpdir(), 'onrecord-report-'))
    const file = join(folder, 'report.html')
    writeFileSync(file, renderReport(sampleReport()))
    context = await chromium.launchPersistentContext(join(folder, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    })
    page = context.pages()[0] ?? (await context.newPage())
    page.on('request', (request) => {
      requests.push(request.url())
    })
    await page.setViewportSize({width: 1200, height: 900})
    await page.goto(pathToFileURL(file).href)
  }, 60_000)

  afterAll(async () => {
    await context?.close()
    if (folder) rmSync(folder, {recursive: true, force: true})
  })

  it('renders the page without fetching anything', async () => {
    expect(await page.title()).toBe('onrecord report')
    expect(await page.locator('h1').textContent()).toBe('onrecord report')
    expect(requests).toHaveLength(1)
    expect(requests[0]?.startsWith('file://')).toBe(true)
  })

  it('marks the variant words, visibly', async () => {
    const marked = await page.$$eval('mark.variant-words', (marks) => marks.map((mark) => mark.textContent))
    expect(marked).toEqual(['good', 'positive'])
    // (The tsconfig has no DOM library: reach getComputedStyle through globalThis.)
    const background = await page.$eval('mark.variant-words', (mark) => {
      const view = globalThis as unknown as {getComputedStyle(element: unknown): {backgroundColor: string}}
      return view.getComputedStyle(mark).backgroundColor
    })
    expect(background).not.toBe('rgba(0, 0, 0, 0)')
  })

  it('shows the versions of a quote side by side and the claims in one row', async () => {
    const boxes = await page.$$eval('.cluster figure.variant', (figures) =>
      figures.map((figure) => figure.getBoundingClientRect()).map(({top, left}) => ({top, left}))
    )
    expect(boxes).toHaveLength(2)
    expect(boxes[0]?.top).toBe(boxes[1]?.top)
    expect(boxes[1]?.left).toBeGreaterThan(boxes[0]?.left ?? Infinity)
    const row = await page.$$eval('#claim-1 td', (cells) => cells.map((cell) => cell.textContent))
    expect(row).toEqual(['Talks', 'Rubio hoped for'])
    expect(await page.locator('.article-text .speaker').allTextContents()).toEqual(['Rubio', 'he'])
  })

  it('writes a screenshot', async () => {
    const path = join(folder, 'report.png')
    await page.screenshot({path, fullPage: true})
    const png = readFileSync(path)
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(png.length).toBeGreaterThan(10_000)
  })
})
