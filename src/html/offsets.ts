/**
 * The map from an extracted article text back to the HTML it came from.
 */
import {describe} from '../errors.js'

/**
 * A run of the article text and the stretch of HTML source it comes from.
 * When both have the same length the run was copied character for character
 * (white space may have been normalised to a space, a NUL to U+FFFD); otherwise it is one unit:
 * a character reference (`&rsquo;` -> `’`), collapsed white space, a `<br>`.
 * The blank lines the extraction puts between paragraphs map to nothing.
 *
 * @example
 * const segment: OffsetSegment = {start: 0, end: 5, sourceStart: 42, sourceEnd: 47}
 */
export interface OffsetSegment {
  start: number
  end: number
  sourceStart: number
  sourceEnd: number
}

/**
 * Map `span` of an article's text (as returned by `articleFromHtml`) to the
 * smallest range of the HTML source that holds it. Offsets that fall between
 * paragraphs move to the nearest paragraph edge.
 *
 * @example
 * const article = articleFromHtml('<p>Rubio said <b>no</b>.</p>')
 * const {start, end} = htmlRange(article.map, {start: 0, end: 13})
 * // '<p>Rubio said <b>no</b>.</p>'.slice(start, end) === 'Rubio said <b>no'
 */
export function htmlRange(map: readonly OffsetSegment[], span: {start: number; end: number}): {start: number; end: number} {
  assertMap(map)
  assertSpan(span)
  if (map.length === 0) return {start: 0, end: 0}
  const start = mapStart(map, span.start)
  if (span.end <= span.start) return {start, end: start}
  return {start, end: Math.max(start, mapEnd(map, span.end))}
}

/**
 * Throw a TypeError unless `map` is an array of segments. Only its ends are
 * looked at: a full check would cost the length of the map on every call.
 */
function assertMap(map: unknown): asserts map is readonly OffsetSegment[] {
  const ok = Array.isArray(map) && (map.length === 0 || (isSegment(map[0]) && isSegment(map[map.length - 1])))
  if (!ok) throw new TypeError(`onrecord: expected \`map\` to be the map of articleFromHtml (an array of segments), got ${describe(map)}`)
}

function isSegment(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const {start, end, sourceStart, sourceEnd} = value as Record<string, unknown>
  return [start, end, sourceStart, sourceEnd].every((offset) => typeof offset === 'number')
}

/** Throw a TypeError unless `span` has offsets `start` and `end` (integers >= 0). */
function assertSpan(span: unknown): asserts span is {start: number; end: number} {
  const {start, end} = (typeof span === 'object' && span !== null ? span : {}) as Record<string, unknown>
  if (!isOffset(start) || !isOffset(end)) {
    throw new TypeError(`onrecord: expected \`span\` to be {start, end} with integer offsets >= 0, got ${describe(span)}`)
  }
}

function isOffset(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
}

/** Source offset of the character at `offset` (or of the next mapped one). */
function mapStart(map: readonly OffsetSegment[], offset: number): number {
  const index = firstEndingAfter(map, offset)
  const segment = map[index] ?? (map[map.length - 1] as OffsetSegment)
  if (index >= map.length) return segment.sourceEnd
  if (offset <= segment.start) return segment.sourceStart
  return isLinear(segment) ? segment.sourceStart + offset - segment.start : segment.sourceStart
}

/** Source offset just past the character before `offset` (or the last mapped one). */
function mapEnd(map: readonly OffsetSegment[], offset: number): number {
  const index = firstEndingAfter(map, offset - 1)
  const segment = map[index]
  if (!segment || offset <= segment.start) {
    const previous = map[index - 1]
    return previous ? previous.sourceEnd : (map[0] as OffsetSegment).sourceStart
  }
  return isLinear(segment) ? segment.sourceStart + offset - segment.start : segment.sourceEnd
}

/** Index of the first segment with `end > offset` (binary search). */
function firstEndingAfter(map: readonly OffsetSegment[], offset: number): number {
  let low = 0
  let high = map.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((map[middle] as OffsetSegment).end > offset) high = middle
    else low = middle + 1
  }
  return low
}

function isLinear(segment: OffsetSegment): boolean {
  return segment.end - segment.start === segment.sourceEnd - segment.sourceStart
}

/**
 * Builds the article text block by block, remembering for every character
 * where it came from, and collapses HTML white space on the way.
 */
export class TextBuilder {
  private readonly chars: string[] = []
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  private blockStart = -1
  /** White space or a line break waiting for the next character: `''` when none. */
  private pending = ''
  private pendingStart = -1
  private pendingEnd = -1
  /** Spans of the finished blocks: `[start, end]` pairs. */
  readonly blocks: Array<[number, number]> = []

  /** Add one decoded character that comes from `[from, to)` of the source. */
  push(char: string, from: number, to: number): void {
    if (isHtmlSpace(char)) {
      if (this.blockStart < 0 || this.pending === '\n') return
      if (this.pending === '') {
        this.pending = ' '
        this.pendingStart = from
      }
      this.pendingEnd = to
      return
    }
    this.beginBlock()
    if (this.pending !== '') this.emit(this.pending, this.pendingStart, this.pendingEnd)
    this.pending = ''
    this.emit(char, from, to)
  }

  /** A line break (`<br>`) inside the current block. */
  lineBreak(from: number, to: number): void {
    if (this.blockStart < 0) return
    this.pending = '\n'
    this.pendingStart = from
    this.pendingEnd = to
  }

  /** End the current block, if it has any text. */
  endBlock(): void {
    if (this.blockStart >= 0) this.blocks.push([this.blockStart, this.chars.length])
    this.blockStart = -1
    this.pending = ''
  }

  /** The text and its map, merged into runs. */
  finish(): {text: string; map: OffsetSegment[]} {
    this.endBlock()
    const map: OffsetSegment[] = []
    let current: OffsetSegment | undefined
    for (let index = 0; index < this.chars.length; index++) {
      const from = this.starts[index] as number
      const to = this.ends[index] as number
      if (from < 0) continue
      if (current && current.end === index) {
        if (from === this.starts[index - 1] && to === this.ends[index - 1]) {
          // Another code unit of the previous character's unit (an astral
          // character from one reference): split it off a copied run.
          if (isLinear(current) && current.end - current.start > 1) {
            current.end--
            current.sourceEnd--
            current = {start: index - 1, end: index + 1, sourceStart: from, sourceEnd: to}
            map.push(current)
          } else {
            current.end = index + 1
          }
          continue
        }
        if (to - from === 1 && isLinear(current) && current.sourceEnd === from) {
          current.end = index + 1
          current.sourceEnd = to
          continue
        }
      }
      current = {start: index, end: index + 1, sourceStart: from, sourceEnd: to}
      map.push(current)
    }
    return {text: this.chars.join(''), map}
  }

  private beginBlock(): void {
    if (this.blockStart >= 0) return
    if (this.chars.length > 0) {
      this.emit('\n', -1, -1)
      this.emit('\n', -1, -1)
    }
    this.blockStart = this.chars.length
  }

  private emit(char: string, from: number, to: number): void {
    this.chars.push(char)
    this.starts.push(from)
    this.ends.push(to)
  }
}

/** HTML's white space: space, tab, line feed, form feed, carriage return. */
function isHtmlSpace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\f' || char === '\r'
}
