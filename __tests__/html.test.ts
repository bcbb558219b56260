import {execFileSync} from 'node:child_process'
import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import {articleFromHtml, htmlRange} from '../src/index.js'
import type {HtmlArticle} from '../src/index.js'

const page = `<!doctype html>
<html><head><title>Site | Talks</title><script>var x = "<p>not text</p>"</script><style>p{}</style></head>
<body>
<header class="site-header"><a href="/">Logo</a><nav><ul><li>Home</li><li>World</li></ul></nav></header>
<div class="adSlot">BUY NOW</div>
<article>
  <header><h1>Talks &amp; peace</h1><p class="byline">By A. Writer</p></header>
  <figure><img src="x.jpg" alt="Rubio"><figcaption>Rubio arrives in London</figcaption></figure>
  <p>&ldquo;We will work for peace,&rdquo;   Yermak <b>wrote</b> on
     Telegram.</p>
  <div class="ad-unit"><p>Advertisement</p></div>
  <p>Line one<br>  line two &#x1F600; end&hellip;</p>
  <aside><p>Related: other stories</p></aside>
  <div class="social-share">Share this</div>
  <noscript>Enable JavaScript</noscript>
</article>
<footer><p>© 2025 The Outlet</p></footer>
</body></html>`

/** Every character of the text, checked against the HTML it maps to. */
function expectMapConsistent(html: string, article: HtmlArticle): void {
  let previousEnd = 0
  for (const segment of article.map) {
    expect(segment.start).toBeGreaterThanOrEqual(previousEnd)
    expect(segment.sourceEnd).toBeGreaterThanOrEqual(segment.sourceStart)
    previousEnd = segment.end
    const text = article.text.slice(segment.start, segment.end)
    const source = html.slice(segment.sourceStart, segment.sourceEnd)
    if (segment.end - segment.start === segment.sourceEnd - segment.sourceStart) {
      // Copied one to one; only white space may have become a space (and NUL U+FFFD).
      expect(source.replace(/[\t\n\f\r]/g, ' ').replaceAll('\u0000', '\uFFFD')).toBe(text)
    } else {
      // One unit: a character reference, a <br>, or white space collapsed
      // to one space (with any dropped markup in between).
      expect(source.startsWith('&') || source.startsWith('<br') || (text === ' ' && /^\s/.test(source))).toBe(true)
    }
  }
}

describe('articleFromHtml', () => {
  it('keeps the headline and body paragraphs and drops page furniture', () => {
    const article = articleFromHtml(page)
    expect(article.text).toBe(
      'Talks & peace\n\n“We will work for peace,” Yermak wrote on Telegram.\n\nLine one\nline two 😀 end…'
    )
    expect(article.title).toEqual({start: 0, end: 13, text: 'Talks & peace'})
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Talks & peace',
      '“We will work for peace,” Yermak wrote on Telegram.',
      'Line one\nline two 😀 end…'
    ])
    for (const dropped of ['Logo', 'Home', 'BUY NOW', 'Rubio arrives', 'Advertisement', 'Related', 'Share', 'JavaScript', '2025', 'not text', 'By A. Writer']) {
      expect(article.text).not.toContain(dropped)
    }
  })

  it('maps text offsets back to the HTML source', () => {
    const article = articleFromHtml(page)
    expectMapConsistent(page, article)
    const start = article.text.indexOf('Yermak')
    const end = article.text.indexOf('Telegram') + 'Telegram'.length
    const range = htmlRange(article.map, {start, end})
    expect(page.slice(range.start, range.end)).toBe('Yermak <b>wrote</b> on\n     Telegram')
    // A character reference maps to the whole reference.
    const quote = htmlRange(article.map, {start: article.text.indexOf('“'), end: article.text.indexOf('”') + 1})
    expect(page.slice(quote.start, quote.end)).toBe('&ldquo;We will work for peace,&rdquo;')
    const emoji = article.text.indexOf('😀')
    const emojiRange = htmlRange(article.map, {start: emoji, end: emoji + 2})
    expect(page.slice(emojiRange.start, emojiRange.end)).toBe('&#x1F600;')
  })

  it('moves offsets between paragraphs to the paragraph edges', () => {
    const html = '<p>One.</p>\n<p>Two.</p>'
    const article = articleFromHtml(html)
    expect(article.text).toBe('One.\n\nTwo.')
    const range = htmlRange(article.map, {start: 2, end: 8})
    expect(html.slice(range.start, range.end)).toBe('e.</p>\n<p>Tw')
    expect(htmlRange(article.map, {start: 4, end: 6})).toEqual({start: 15, end: 15})
    expect(htmlRange([], {start: 0, end: 3})).toEqual({start: 0, end: 0})
  })

  it('takes the article with the most paragraph text, else main, else body', () => {
    const teaser = '<article><p>Teaser.</p></article>'
    const story = '<article><p>The real story, with much more text in it.</p></article>'
    expect(articleFromHtml(`<div>${teaser}${story}</div>`).text).toBe('The real story, with much more text in it.')
    expect(articleFromHtml('<div>Sidebar text</div><main><p>Body.</p></main>').text).toBe('Body.')
    expect(articleFromHtml('<div>Loose text <i>here</i></div>').text).toBe('Loose text here')
  })

  it('uses <title> when the page has no <h1>', () => {
    const article = articleFromHtml('<title>Kyiv talks</title><p>Text.</p>')
    expect(article.text).toBe('Kyiv talks\n\nText.')
    expect(article.title?.text).toBe('Kyiv talks')
    expect(articleFromHtml('<p>Text.</p>').title).toBeNull()
  })

  it('keeps a literal ampersand and survives references it cannot align', () => {
    const html = '<p>AT&T and &notit; and &amp c</p>'
    const article = articleFromHtml(html)
    expect(article.text).toBe('AT&T and ¬it; and & c')
    expectMapConsistent(html, article)
    expect(articleFromHtml('').text).toBe('')
  })

  it('keeps every mapped character traceable for arbitrary markup', () => {
    const piece = fc.constantFrom(
      'word', ' ', '\n', '\r\n', '&amp;', '&rsquo;', '&#8220;', '&#x1F600;', '&nbsp;', '<b>', '</b>',
      '<p>', '</p>', '<br>', '<div>', '</div>', '<nav>x</nav>', '<script>s</script>', 'AT&T', '“', '’'
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 40}), (pieces) => {
        // (parse5 misplaces text before an implied <body>: start with one.)
        const html = '<body>' + pieces.join('')
        const article = articleFromHtml(html)
        expectMapConsistent(html, article)
        for (const paragraph of article.paragraphs) {
          expect(article.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text)
          expect(paragraph.text).toBe(paragraph.text.replace(/^[ \n]+|[ \n]+$/g, ''))
        }
      }),
      {numRuns: 500}
    )
  })

  it('maps text with NUL bytes (dropped in body text, U+FFFD in the title) exactly', () => {
    const html = '<title>Talks\u0000</title><p>\u0000“We will\u0000 work for peace,&rdquo; Yermak\u0000 wrote.</p>'
    const article = articleFromHtml(html)
    expect(article.text).toBe('Talks\uFFFD\n\n“We will work for peace,” Yermak wrote.')
    expectMapConsistent(html, article)
    const quote = article.text.indexOf('We')
    const {start, end} = htmlRange(article.map, {start: quote, end: quote + 23})
    expect(html.slice(start, end)).toBe('We will\u0000 work for peace,')
  })

  it('reads a page nested thousands of elements deep without overflowing the stack', () => {
    const quote = '<p>&ldquo;We will work for peace,&rdquo; Yermak wrote.</p>'
    const pages = [
      `<article>${'<div>'.repeat(100_000)}${quote}${'</div>'.repeat(100_000)}</article>`,
      `<body>${'<b>'.repeat(5000)}${quote}<script>var x = "“no,” he said"</script>`,
      `<main>${'<blockquote>'.repeat(5000)}${quote}`,
      `<main>${'<ul><li>'.repeat(5000)}${quote}`
    ]
    for (const html of pages) {
      const article = articleFromHtml(html)
      expect(article.text).toBe('“We will work for peace,” Yermak wrote.')
      expectMapConsistent(html, article)
      const {start, end} = htmlRange(article.map, {start: 1, end: 24})
      expect(html.slice(start, end)).toBe('We will work for peace,')
    }
  })

  it('rejects a non-string with a TypeError naming the argument', () => {
    expect(() => articleFromHtml(42 as unknown as string)).toThrow(/`html`/)
  })

  it('htmlRange rejects a bad map or span with a TypeError naming it', () => {
    const {map} = articleFromHtml('<p>Rubio said <b>no</b>.</p>')
    for (const span of [undefined, null, {}, {start: '0', end: 3}, {start: Number.NaN, end: 2}, {start: 0.5, end: 2}]) {
      expect(() => htmlRange(map, span as unknown as {start: number; end: number})).toThrow(/`span`/)
    }
    for (const bad of [undefined, null, {}, 'map', [{}]]) {
      expect(() => htmlRange(bad as unknown as typeof map, {start: 0, end: 1})).toThrow(/`map`/)
    }
  })

  it('runs the README example (examples/html.ts)', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'examples/html.ts'], {encoding: 'utf8'})
    expect(output).toBe(
      'Talks downgraded\n\n“Despite everything, we will work for peace,” Andriy Yermak wrote on Telegram.\n' +
        'Andriy Yermak: Despite everything, we will work for peace, <- html[81, 124] Despite everything, we will work for peace,\n'
    )
  }, 30_000)
})
