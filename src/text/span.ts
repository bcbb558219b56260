import type {Span} from '../types.js'

/**
 * Make a span of `text` from `start` to `end`.
 *
 * @example
 * makeSpan('Rubio said', 0, 5) // {start: 0, end: 5, text: 'Rubio'}
 */
export function makeSpan(text: string, start: number, end: number): Span {
  return {start, end, text: text.slice(start, end)}
}

/**
 * Shrink `[start, end)` past white space on both sides.
 *
 * @example
 * trimSpan(' a ', 0, 3) // {start: 1, end: 2, text: 'a'}
 */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  return makeSpan(text, start, end)
}

/** True for white space, including no-break and line separators. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}
