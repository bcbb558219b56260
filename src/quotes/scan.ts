import type {Span} from '../types.js'
import type {MarkFamily} from '../lexicons/marks.js'
import type {Paragraph} from '../text/paragraphs.js'
import {makeSpan, trimSpan} from '../text/span.js'
import {classifyMark, isQuoteMark} from './marks.js'
import type {MarkToken, RawQuote, ScanResult} from './types.js'

/** An opening mark waiting for its closing mark. */
interface Open {
  /** Offset of the mark; for a quote carried over a line break, the paragraph start. */
  offset: number
  /** Width of the mark (0 for a carried-over quote). */
  width: number
  family: MarkFamily
  /** Closed quotes inside this one, kept (unbuilt) in case this mark turns out stray; null until one closes. */
  children: Closed[] | null
  /** Earlier paragraphs of the same utterance. */
  carried: Pending | null
  /** A weak closing mark seen while this quote was innermost (workers’ union), as a fallback. */
  fallback?: number
}

/** A quote closed inside another: built into a RawQuote only if it turns out to be outermost. */
interface Closed {
  entry: Open
  closeAt: number
  width: number
  paragraph: number
  furniture: boolean
}

/** A quote still open at the end of its paragraph. */
interface Pending {
  parts: Span[]
  opens: Span[]
  paragraphs: number[]
  family: MarkFamily
  children: Closed[]
  inBoilerplate: boolean
}

/**
 * Find the quote spans of a text in one pass: marks pair up with a stack per
 * paragraph (linear in the text, whatever the marks), curly and straight marks
 * of one family pair with each other, apostrophes are told from single quotes
 * by their neighbours, and a quote left open at the end of a paragraph
 * continues when the next paragraph of the story reopens it (furniture
 * between them is skipped). Only outermost quotes are returned; a quote inside
 * a quote belongs to it.
 *
 * @example
 * const text = '“A,” he said. “B.”'
 * scanQuotes(text, splitParagraphs(text), [false]).quotes.map((q) => q.parts[0].text) // ['A,', 'B.']
 */
export function scanQuotes(text: string, paragraphs: readonly Paragraph[], boilerplate: readonly boolean[]): ScanResult {
  const quotes: RawQuote[] = []
  const unbalanced: number[] = []
  let pending: Pending | null = null

  const finishPending = (state: Pending) => {
    const last = state.parts.length - 1
    // An opening mark with complete quotes after it and no end: a stray mark.
    if (state.parts.length === 1 && state.children.length > 0) {
      for (const child of state.children) outermost(text, child, quotes)
      const open = state.opens[0] as Span
      unbalanced.push(open.start, open.end)
      return
    }
    const open = state.opens[last] as Span
    unbalanced.push(open.start, open.end)
    if (hasWordChar(state.parts)) {
      quotes.push({
        parts: state.parts,
        opens: state.opens,
        close: null,
        family: state.family,
        paragraphs: state.paragraphs,
        inBoilerplate: state.inBoilerplate
      })
    }
  }

  for (const paragraph of paragraphs) {
    const furniture = boilerplate[paragraph.index] === true
    if (furniture) {
      // Furniture is read on its own: it neither continues nor ends a story quote.
      const local = scanParagraph(text, paragraph, null, true, quotes, unbalanced)
      if (local.pending) finishPending(local.pending)
      continue
    }
    let carried: Pending | null = null
    if (pending) {
      const first = classifyMark(text, paragraph.start, paragraph.start, paragraph.end)
      const reopens = first !== undefined && first.role !== 'close' && first.family === pending.family
      if (reopens) carried = pending
      else finishPending(pending)
      pending = null
    }
    const result = scanParagraph(text, paragraph, carried, false, quotes, unbalanced)
    if (result.dropped) finishPending(result.dropped)
    pending = result.pending
  }
  if (pending) finishPending(pending)

  quotes.sort((a, b) => (a.parts[0] as Span).start - (b.parts[0] as Span).start)
  return {quotes, unbalanced}
}

interface ParagraphResult {
  /** The outermost quote still open at the end of the paragraph. */
  pending: Pending | null
  /** A carried-over quote that this paragraph did not continue. */
  dropped: Pending | null
}

/**
 * Pair the marks of one paragraph, pushing its closed outermost quotes onto
 * `quotes` and its unpaired marks onto `unbalanced` (both shared with the
 * caller: no per-paragraph copies).
 */
function scanParagraph(
  text: string,
  paragraph: Paragraph,
  carried: Pending | null,
  furniture: boolean,
  quotes: RawQuote[],
  unbalanced: number[]
): ParagraphResult {
  const stack: Open[] = []
  const open = openCounts()

  let index = paragraph.start
  let dropped: Pending | null = null
  /** Whether a quotation mark of this paragraph has been read. */
  let seen = false
  if (carried) {
    const first = classifyMark(text, paragraph.start, paragraph.start, paragraph.end)
    if (first) {
      pushOpen(stack, open, {offset: first.offset, width: first.width, family: first.family, children: null, carried})
      index = paragraph.start + first.width
    }
  }

  for (; index < paragraph.end; index++) {
    if (!isQuoteMark(text.charCodeAt(index))) continue
    const mark: MarkToken | undefined = classifyMark(text, index, paragraph.start, paragraph.end)
    if (!mark) continue
    const first = !seen
    seen = true
    if (mark.role === 'weak-close') {
      const top = stack[stack.length - 1]
      if (top && top.family === mark.family && top.fallback === undefined) top.fallback = index
      continue
    }
    const closes = mark.role === 'close' || (mark.role === 'ambiguous' && open[mark.family] > 0)
    if (!closes) {
      pushOpen(stack, open, {offset: index, width: mark.width, family: mark.family, children: null, carried: null})
      index += mark.width - 1
      continue
    }
    if (open[mark.family] === 0) {
      // …done,” he said. with the opening mark lost: the first mark of a paragraph that reads as a closing one (after
      // a comma, "?" or "!", before a space), with words before it, closes a quote that opened with the paragraph.
      if (first && !carried && mark.family !== 'single' && mark.role === 'close' && lostOpening(text, paragraph.start, index)) {
        const closed: Closed = {entry: {offset: paragraph.start, width: 0, family: mark.family, children: null, carried: null}, closeAt: index, width: mark.width, paragraph: paragraph.index, furniture}
        outermost(text, closed, quotes)
        // Still a mark with no partner in the text: a linter warns of it.
        unbalanced.push(index, index + mark.width)
        index += mark.width - 1
        continue
      }
      // A closing single mark with no single quote open is an apostrophe (workers’ union).
      if (mark.family !== 'single') unbalanced.push(index, index + mark.width)
      index += mark.width - 1
      continue
    }
    // Marks of other families opened inside and never closed are stray.
    while ((stack[stack.length - 1] as Open).family !== mark.family) {
      const stray = popOpen(stack, open)
      if (stray.width > 0) unbalanced.push(stray.offset, stray.offset + stray.width)
      if (stray.carried) dropped = stray.carried
      if (stray.children) adoptChildren(text, stack, quotes, stray.children)
    }
    const entry = popOpen(stack, open)
    const closed: Closed = {entry, closeAt: index, width: mark.width, paragraph: paragraph.index, furniture}
    index += mark.width - 1
    if (stack.length === 0) outermost(text, closed, quotes)
    else nest(stack[stack.length - 1] as Open, closed)
  }

  // A quote with a fallback closing mark closes there (‘the workers’ union).
  while (stack.length > 0 && (stack[stack.length - 1] as Open).fallback !== undefined) {
    const entry = popOpen(stack, open)
    const closed: Closed = {entry, closeAt: entry.fallback as number, width: 1, paragraph: paragraph.index, furniture}
    if (stack.length === 0) outermost(text, closed, quotes)
    else nest(stack[stack.length - 1] as Open, closed)
  }
  // Inner marks left open are stray; the outermost may go on in the next paragraph.
  while (stack.length > 1) {
    const stray = popOpen(stack, open)
    if (stray.width > 0) unbalanced.push(stray.offset, stray.offset + stray.width)
    if (stray.children) adoptChildren(text, stack, quotes, stray.children)
  }
  let pending: Pending | null = null
  const bottom = stack[0]
  if (bottom) {
    const part = trimSpan(text, bottom.offset + bottom.width, paragraph.end)
    const before = bottom.carried
    pending = {
      parts: [...(before?.parts ?? []), part],
      opens: [...(before?.opens ?? []), makeSpan(text, bottom.offset, bottom.offset + bottom.width)],
      paragraphs: [...(before?.paragraphs ?? []), paragraph.index],
      family: bottom.family,
      children: bottom.children ?? [],
      inBoilerplate: furniture || (before?.inBoilerplate ?? false)
    }
  }
  return {pending, dropped}
}

/** How many marks of each family are open on a paragraph's stack. */
type OpenCounts = Record<MarkFamily, number>

function openCounts(): OpenCounts {
  return {double: 0, single: 0, angle: 0, 'single-angle': 0, corner: 0, 'double-corner': 0}
}

function pushOpen(stack: Open[], open: OpenCounts, entry: Open): void {
  stack.push(entry)
  open[entry.family]++
}

function popOpen(stack: Open[], open: OpenCounts): Open {
  const entry = stack.pop() as Open
  open[entry.family]--
  return entry
}

/**
 * Punctuation before a closing mark that leaves the sentence to go on with its
 * attribution (“…done,” he said; “…done?” she asked). Not a stop: “Smith said
 * we are done.” may have lost its opening mark after “said”.
 */
const QUOTE_END_PUNCTUATION = new Set([...',?!'].map((c) => c.charCodeAt(0)))

/**
 * Does the closing mark at `closeAt`, the first mark of its paragraph, close a
 * quote whose opening mark was lost? It follows a comma, "?" or "!" ending the
 * words quoted, a letter opens the paragraph, and no grave accent (the
 * ``typewriter'' opening mark) stands between them.
 */
function lostOpening(text: string, paragraphStart: number, closeAt: number): boolean {
  if (closeAt - paragraphStart < 2 || !QUOTE_END_PUNCTUATION.has(text.charCodeAt(closeAt - 1))) return false
  const first = text.charAt(paragraphStart)
  if (first.toLowerCase() === first.toUpperCase()) return false
  // “the thief used a ``special key,''”: a grave accent opened it (read once per paragraph, up to its first mark).
  for (let k = paragraphStart; k < closeAt; k++) if (text.charCodeAt(k) === 96) return false
  return true
}

/** Hand the closed quotes of a stray mark to the quote around it. */
function adoptChildren(text: string, stack: readonly Open[], quotes: RawQuote[], children: Closed[]): void {
  const parent = stack[stack.length - 1]
  if (!parent) for (const child of children) outermost(text, child, quotes)
  else if (!parent.children) parent.children = children
  else if (parent.children.length < children.length) parent.children = children.concat(parent.children)
  else append(parent.children, children)
}

function nest(parent: Open, closed: Closed): void {
  if (parent.children) parent.children.push(closed)
  else parent.children = [closed]
}

/**
 * Flat start, end pairs as spans of `text`, sorted by start (pairs with the
 * same start keep their order).
 *
 * @example
 * pairsToSpans('a” b”', [4, 5, 1, 2]) // [{start: 1, end: 2, text: '”'}, {start: 4, end: 5, text: '”'}]
 */
export function pairsToSpans(text: string, pairs: readonly number[]): Span[] {
  const sorted = sortedPairs(pairs)
  const spans: Span[] = []
  for (let i = 0; i + 1 < sorted.length; i += 2) spans.push(makeSpan(text, sorted[i] as number, sorted[i + 1] as number))
  return spans
}

/**
 * The pairs sorted by start, stably: a counting sort on the start offsets,
 * linear in the pairs and the largest offset (the marks popped off a deep
 * stack come out in reverse).
 */
function sortedPairs(pairs: readonly number[]): readonly number[] {
  let sorted = true
  let max = 0
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const start = pairs[i] as number
    if (i > 0 && start < (pairs[i - 2] as number)) sorted = false
    if (start > max) max = start
  }
  if (sorted) return pairs
  // firsts[s]: where the first pair starting at s goes.
  const firsts = new Int32Array(max + 2)
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const after = (pairs[i] as number) + 1
    firsts[after] = (firsts[after] as number) + 1
  }
  for (let s = 1; s < firsts.length; s++) firsts[s] = (firsts[s] as number) + (firsts[s - 1] as number)
  const out = new Array<number>(pairs.length - (pairs.length % 2))
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const start = pairs[i] as number
    const slot = firsts[start] as number
    firsts[start] = slot + 1
    out[2 * slot] = start
    out[2 * slot + 1] = pairs[i + 1] as number
  }
  return out
}

/** Build a closed quote that turned out outermost, and keep it when it has words. */
function outermost(text: string, closed: Closed, quotes: RawQuote[]): void {
  const quote = closeQuote(text, closed.entry, closed.closeAt, closed.width, closed.paragraph, closed.furniture)
  if (quote && hasWordChar(quote.parts)) quotes.push(quote)
}

function closeQuote(text: string, entry: Open, closeAt: number, width: number, paragraph: number, furniture: boolean): RawQuote | null {
  const part = trimSpan(text, entry.offset + entry.width, closeAt)
  const before = entry.carried
  if (part.end <= part.start && !before) return null
  return {
    parts: [...(before?.parts ?? []), part].filter((p) => p.end > p.start),
    opens: [...(before?.opens ?? []), makeSpan(text, entry.offset, entry.offset + entry.width)],
    close: makeSpan(text, closeAt, closeAt + width),
    family: entry.family,
    paragraphs: [...(before?.paragraphs ?? []), paragraph],
    inBoilerplate: furniture || (before?.inBoilerplate ?? false)
  }
}

/** Push every item of `items` onto `target` (no spread: safe for a million items). */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}

function hasWordChar(parts: readonly Span[]): boolean {
  for (const part of parts) {
    for (let i = 0; i < part.text.length; i++) {
      const code = part.text.charCodeAt(i)
      // ASCII letters and digits without making a string; beyond ASCII, anything that changes case.
      if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true
      if (code < 128) continue
      const char = part.text[i] as string
      if (char.toLowerCase() !== char.toUpperCase()) return true
    }
  }
  return false
}
