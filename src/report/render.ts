import type {Quote} from '../types.js'
import {escapeHtml} from './escape.js'
import {renderHighlighted} from './highlight.js'
import type {Highlight} from './highlight.js'
import type {Claim, QuoteCluster} from '../compare/types.js'
import {clusterMarks} from './clusters.js'
import type {ReportArticle, ReportInput} from './model.js'
import {REPORT_CSS} from './style.js'

/**
 * Render a comparison of articles as one self-contained HTML page (inline
 * CSS, no scripts, no network): the quote clusters side by side with the
 * differing words in `<mark class="variant-words">` (spelling variants in
 * `variant-spelling`), the shared claims aligned in a table with one column
 * per article, and each article's text with its quotes, speakers and cues
 * highlighted. Pure string building: runs anywhere.
 *
 * @example
 * const articles = texts.map(({id, text}) => ({id, text, quotes: extractQuotes(text)}))
 * const html = renderReport({articles, comparison: compareArticles(articles)})
 * html.startsWith('<!doctype html>') // true
 */
export function renderReport(input: ReportInput): string {
  const title = input.title ?? 'onrecord report'
  const texts = new Map(input.articles.map((article) => [article.id, article.text]))
  const labels = new Map(input.articles.map((article) => [article.id, article.title ? `${article.id}: ${article.title}` : article.id]))
  const quoteCount = input.articles.reduce((sum, article) => sum + article.quotes.length, 0)
  const {quoteClusters, claims} = input.comparison
  const summary = [
    count(input.articles.length, 'article'),
    count(quoteCount, 'quote'),
    count(quoteClusters.length, 'quote cluster'),
    count(claims.length, 'shared claim')
  ].join(' · ')
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="summary">${summary}</p>`,
    input.generator ? `<p class="generator">${escapeHtml(input.generator)}</p>` : '',
    '<nav><a href="#clusters">Quote clusters</a><a href="#claims">Shared claims</a><a href="#articles">Articles</a></nav>',
    '</header>',
    renderClusters(quoteClusters, texts, labels),
    renderClaims(claims, input.articles, labels),
    renderArticles(input.articles),
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

/** Article ids with their titles, for column heads and captions. */
type Labels = ReadonlyMap<string, string>

/** More articles than this tell a claim: list them instead of one column each. */
const MAX_CLAIM_COLUMNS = 8

function renderClusters(clusters: readonly QuoteCluster[], texts: ReadonlyMap<string, string>, labels: Labels): string {
  const parts = ['<section id="clusters">', '<h2>The same quote across outlets</h2>']
  if (clusters.length === 0) parts.push('<p class="empty">No quote appears in more than one article.</p>')
  clusters.forEach((cluster, index) => {
    const marks = clusterMarks(cluster)
    const speakers = cluster.speakers.length > 0 ? cluster.speakers.join(' / ') : 'no speaker'
    const note = cluster.speakers.length > 1 ? ' <span class="empty">(attributions differ)</span>' : ''
    const differ = marks.some((list) => list.length > 0)
    parts.push(
      `<article class="cluster" id="cluster-${index + 1}">`,
      `<h3>${index + 1}. ${escapeHtml(speakers)}${note}${differ ? '' : ' <span class="empty">(same words)</span>'}</h3>`,
      '<div class="side-by-side">'
    )
    cluster.quotes.forEach(({articleId, quote}, position) => {
      const text = texts.get(articleId)
      // The quote's parts in its article, marks and all; its own text when the article is missing.
      const words = text
        ? quote.parts.map((part) => renderHighlighted(text, marks[position] ?? [], part.start, part.end, 'mark')).join(' … ')
        : escapeHtml(quote.text)
      parts.push(
        `<figure class="variant" data-article="${escapeHtml(articleId)}">`,
        `<figcaption><span class="outlet">${escapeHtml(labels.get(articleId) ?? articleId)}</span> ${attributionLine(quote)}</figcaption>`,
        `<blockquote>${words}</blockquote>`,
        '</figure>'
      )
    })
    parts.push('</div>', '</article>')
  })
  parts.push('</section>')
  return parts.join('\n')
}

function renderClaims(claims: readonly Claim[], articles: readonly ReportArticle[], labels: Labels): string {
  const parts = ['<section id="claims">', '<h2>Shared claims</h2>']
  if (claims.length === 0) {
    parts.push('<p class="empty">No piece of news is told by more than one article.</p>', '</section>')
    return parts.join('\n')
  }
  // One column per article that tells at least one shared claim.
  const telling = new Set(claims.flatMap((claim) => claim.sentences.map((sentence) => sentence.articleId)))
  const columns = articles.filter((article) => telling.has(article.id)).map((article) => article.id)
  const wide = columns.length > MAX_CLAIM_COLUMNS
  const heads = wide ? '<th>Article</th><th>Sentence</th>' : columns.map((id) => `<th>${escapeHtml(labels.get(id) ?? id)}</th>`).join('')
  parts.push('<table class="claims">', `<thead><tr><th>#</th>${heads}</tr></thead>`, '<tbody>')
  claims.forEach((claim, index) => {
    const byArticle = new Map<string, string[]>()
    for (const sentence of claim.sentences) {
      const list = byArticle.get(sentence.articleId) ?? []
      list.push(escapeHtml(sentence.text))
      byArticle.set(sentence.articleId, list)
    }
    const cell = (id: string): string => {
      const sentences = byArticle.get(id)
      return sentences ? `<td data-article="${escapeHtml(id)}">${sentences.join(' ')}</td>` : '<td class="none">—</td>'
    }
    if (wide) {
      // Too many articles for columns: one row per article telling the claim.
      const ids = [...byArticle.keys()]
      ids.forEach((id, row) => {
        const number = row === 0 ? `<th rowspan="${ids.length}">${index + 1}</th>` : ''
        parts.push(`<tr class="claim"${row === 0 ? ` id="claim-${index + 1}"` : ''}>${number}<td>${escapeHtml(labels.get(id) ?? id)}</td>${cell(id)}</tr>`)
      })
      return
    }
    parts.push(`<tr class="claim" id="claim-${index + 1}"><th>${index + 1}</th>${columns.map(cell).join('')}</tr>`)
  })
  parts.push('</tbody>', '</table>', '</section>')
  return parts.join('\n')
}

function renderArticles(articles: readonly ReportArticle[]): string {
  const parts = [
    '<section id="articles">',
    '<h2>Articles</h2>',
    '<p class="legend"><span class="quote">quoted words</span><span class="speaker">speaker</span><span class="cue">cue</span><span class="quote unattributed">no speaker found</span></p>'
  ]
  for (const article of articles) {
    parts.push(
      `<article class="article" id="article-${escapeHtml(article.id)}" data-article="${escapeHtml(article.id)}">`,
      `<h3>${escapeHtml(article.title ? `${article.title} (${article.id})` : article.id)}</h3>`,
      `<div class="article-text">${renderArticleText(article)}</div>`,
      renderQuoteList(article.quotes),
      '</article>'
    )
  }
  parts.push('</section>')
  return parts.join('\n')
}

/** The article's paragraphs (one per line) with quotes, speakers and cues highlighted. */
function renderArticleText(article: ReportArticle): string {
  const highlights: Highlight[] = []
  article.quotes.forEach((quote, index) => {
    const classes = ['quote', quote.kind === 'term' ? 'term' : quote.speaker ? 'attributed' : 'unattributed']
    const title = quote.speaker ? `${index + 1}: ${quote.speaker.name}` : `${index + 1}: no speaker`
    for (const part of quote.parts) highlights.push({start: part.start, end: part.end, classes, title})
    if (quote.speaker) {
      const {mention} = quote.speaker
      highlights.push({start: mention.start, end: mention.end, classes: ['speaker'], title: quote.speaker.name})
    }
    if (quote.cue) highlights.push({start: quote.cue.start, end: quote.cue.end, classes: ['cue']})
  })
  const {text} = article
  const paragraphs: string[] = []
  const lines = highlightsByLine(highlights)
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    const onLine = lines(lineStart, lineEnd)
    if (text.slice(lineStart, lineEnd).trim() !== '') {
      paragraphs.push(`<p>${renderHighlighted(text, onLine, lineStart, lineEnd)}</p>`)
    }
    lineStart = lineEnd + 1
  }
  return paragraphs.join('\n')
}

/**
 * For lines asked in order, the highlights that reach into each (in the
 * order given): one pass over the highlights sorted by start, instead of
 * every highlight for every line.
 */
function highlightsByLine(highlights: readonly Highlight[]): (lineStart: number, lineEnd: number) => Highlight[] {
  const byStart = highlights.map((_, index) => index).sort((a, b) => (highlights[a] as Highlight).start - (highlights[b] as Highlight).start || a - b)
  let next = 0
  let open: number[] = []
  return (lineStart, lineEnd) => {
    while (next < byStart.length && (highlights[byStart[next] as number] as Highlight).start < lineEnd) open.push(byStart[next++] as number)
    open = open.filter((index) => (highlights[index] as Highlight).end > lineStart)
    return [...open].sort((a, b) => a - b).map((index) => highlights[index] as Highlight)
  }
}

function renderQuoteList(quotes: readonly Quote[]): string {
  if (quotes.length === 0) return '<p class="empty">No quotes found.</p>'
  const rows = quotes.map(
    (quote, index) =>
      `<tr><td>${index + 1}</td><td>${quote.speaker ? `<span class="speaker">${escapeHtml(quote.speaker.name)}</span>` : '<span class="empty">none</span>'}</td>` +
      `<td>${escapeHtml(quote.text)}</td><td>${quote.kind}</td><td class="confidence">${quote.confidence.toFixed(2)}</td></tr>`
  )
  return [
    '<table class="quote-list">',
    '<thead><tr><th>#</th><th>Speaker</th><th>Quote</th><th>Kind</th><th>Confidence</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>'
  ].join('\n')
}

/** "Marco Rubio, said" under a quote of a cluster. */
function attributionLine(quote: Quote): string {
  const speaker = quote.speaker ? `<span class="speaker">${escapeHtml(quote.speaker.name)}</span>` : '<span class="empty">no speaker</span>'
  const cue = quote.cue ? ` <span class="cue">${escapeHtml(quote.cue.text)}</span>` : ''
  return speaker + cue
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
