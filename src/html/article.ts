import type {Element, ElementContent, Root, RootContent} from 'hast'
import {assertString} from '../errors.js'
import type {Span} from '../types.js'
import {alignText} from './align.js'
import {
  BLOCK_ELEMENTS,
  DROPPED_ELEMENTS,
  DROPPED_OUTSIDE_ARTICLE,
  DROPPED_ROLES,
  FURNITURE_WORDS
} from './lexicon.js'
import {TextBuilder} from './offsets.js'
import type {OffsetSegment} from './offsets.js'
import {parseHtml} from './parse.js'

/**
 * The story of an HTML page as plain text, with the way back to the HTML.
 *
 * @example
 * const article: HtmlArticle = articleFromHtml('<h1>Talks</h1><p>“No,” he said.</p>')
 * article.text  // 'Talks\n\n“No,” he said.'
 * article.title // {start: 0, end: 5, text: 'Talks'}
 */
export interface HtmlArticle {
  /** Headline and body paragraphs, separated by blank lines. */
  text: string
  /** The headline (`<h1>`, else `<title>`) in `text`; null when the page has none. */
  title: Span | null
  /** Every paragraph of `text`, the headline first. */
  paragraphs: Span[]
  /** Runs of `text` and where they come from in the HTML (see `htmlRange`). */
  map: OffsetSegment[]
}

type Parent = Root | Element

/**
 * Extract an article from an HTML page: its headline and body paragraphs,
 * with navigation, ads, captions, forms and scripts dropped, and a map from
 * every offset of the text back to the HTML source. The body is the
 * `<article>` with the most paragraph text, else `<main>`, else `<body>`.
 *
 * @example
 * const html = '<nav>Home</nav><article><h1>Talks</h1><p>“No,” Rubio said.</p></article>'
 * const article = articleFromHtml(html)
 * article.text // 'Talks\n\n“No,” Rubio said.'
 * const {start, end} = htmlRange(article.map, {start: 7, end: 12})
 * html.slice(start, end) // '“No,”'
 */
export function articleFromHtml(html: string): HtmlArticle {
  assertString(html, 'html')
  const tree = parseHtml(html)
  const body = findFirst(tree, (node) => node.tagName === 'body') ?? tree
  const root = pickArticleRoot(body)
  const heading =
    findFirst(root, (node) => node.tagName === 'h1') ?? findFirst(body, (node) => node.tagName === 'h1')
  const titleElement = heading ?? findFirst(tree, (node) => node.tagName === 'title')

  const builder = new TextBuilder()
  const walk = (node: Parent | ElementContent | RootContent, inArticle: boolean): void => {
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return
      const {starts, ends} = alignText(html.slice(start, end), node.value, start)
      for (let index = 0; index < node.value.length; index++) {
        builder.push(node.value.charAt(index), starts[index] as number, ends[index] as number)
      }
      return
    }
    if (node.type !== 'element' && node.type !== 'root') return
    if (node.type === 'element') {
      if (isFurniture(node, inArticle)) return
      if (node.tagName === 'br') {
        builder.lineBreak(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0)
        return
      }
    }
    const block = node.type === 'root' || BLOCK_ELEMENTS.has(node.tagName)
    const nowInArticle = inArticle || (node.type === 'element' && (node.tagName === 'article' || node.tagName === 'main'))
    if (block) builder.endBlock()
    for (const child of node.children) {
      if (child !== titleElement) walk(child, nowInArticle)
    }
    if (block) builder.endBlock()
  }

  if (titleElement) {
    walk(titleElement, true)
    builder.endBlock()
  }
  const titleBlocks = builder.blocks.length
  walk(root, root !== body)
  const {text, map} = builder.finish()
  const paragraphs = builder.blocks.map(([start, end]) => ({start, end, text: text.slice(start, end)}))
  const titleEnd = paragraphs[titleBlocks - 1]?.end
  const title = titleEnd === undefined ? null : {start: 0, end: titleEnd, text: text.slice(0, titleEnd)}
  return {text, title, paragraphs, map}
}

/** The `<article>` with the most paragraph text, else `<main>`, else `body`. */
function pickArticleRoot(body: Parent): Parent {
  let best: Element | undefined
  let bestLength = 0
  visitElements(body, (element) => {
    if (element.tagName !== 'article') return true
    const length = paragraphTextLength(element)
    if (length > bestLength) {
      best = element
      bestLength = length
    }
    return true
  })
  if (best) return best
  return findFirst(body, (node) => node.tagName === 'main' || node.properties['role'] === 'main') ?? body
}

/** Characters of text inside the `<p>` elements of `element` (furniture left out). */
function paragraphTextLength(element: Element): number {
  let length = 0
  const count = (node: ElementContent, inParagraph: boolean): void => {
    if (node.type === 'text') {
      if (inParagraph) length += node.value.length
      return
    }
    if (node.type !== 'element' || isFurniture(node, true)) return
    for (const child of node.children) count(child, inParagraph || node.tagName === 'p')
  }
  for (const child of element.children) count(child, false)
  return length
}

/** True for navigation, ads, captions, scripts and other page furniture. */
function isFurniture(element: Element, inArticle: boolean): boolean {
  const {tagName, properties} = element
  if (DROPPED_ELEMENTS.has(tagName)) return true
  if (!inArticle && DROPPED_OUTSIDE_ARTICLE.has(tagName)) return true
  if (properties['hidden'] === true || properties['ariaHidden'] === 'true') return true
  const role = properties['role']
  if (typeof role === 'string' && DROPPED_ROLES.has(role.toLowerCase())) return true
  return hasFurnitureWord(properties['className']) || hasFurnitureWord(properties['id'])
}

/** True when a `class` or `id` value has a word of {@link FURNITURE_WORDS}. */
function hasFurnitureWord(value: unknown): boolean {
  const values = Array.isArray(value) ? value : [value]
  for (const item of values) {
    if (typeof item !== 'string') continue
    for (const word of splitWords(item)) {
      if (FURNITURE_WORDS.has(word)) return true
    }
  }
  return false
}

/** `adSlot-top` -> ['ad', 'slot', 'top'] (one pass, no regular expression). */
function splitWords(value: string): string[] {
  const words: string[] = []
  let word = ''
  let previousLower = false
  for (let index = 0; index < value.length; index++) {
    const char = value.charAt(index)
    const lower = char.toLowerCase()
    const upper = char.toUpperCase()
    if (lower === upper && !(char >= '0' && char <= '9')) {
      if (word) words.push(word)
      word = ''
      previousLower = false
      continue
    }
    // A capital after a small letter starts a word: adSlot -> ad, slot.
    if (char === upper && lower !== upper && previousLower) {
      words.push(word)
      word = ''
    }
    word += lower
    previousLower = char === lower && lower !== upper
  }
  if (word) words.push(word)
  return words
}

/** Depth-first visit of the elements under `node`; `visit` returns false to skip a subtree. */
function visitElements(node: Parent, visit: (element: Element) => boolean): void {
  for (const child of node.children) {
    if (child.type === 'element' && visit(child)) visitElements(child, visit)
  }
}

/** The first element under `node` (outside furniture) that `test` accepts. */
function findFirst(node: Parent, test: (element: Element) => boolean): Element | undefined {
  let found: Element | undefined
  visitElements(node, (element) => {
    if (found) return false
    if (test(element)) {
      found = element
      return false
    }
    return element.tagName === 'head' || !isFurniture(element, true)
  })
  return found
}
