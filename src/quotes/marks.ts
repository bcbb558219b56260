import {APOSTROPHE_FAMILIES, CLOSING_CONTEXT, OPENING_CONTEXT, QUOTE_MARKS} from '../lexicons/marks.js'
import type {MarkInfo} from '../lexicons/marks.js'
import {isSpace} from '../text/span.js'
import type {MarkToken} from './types.js'

const MARKS: ReadonlyMap<number, MarkInfo> = new Map(QUOTE_MARKS.map(([mark, info]) => [mark.charCodeAt(0), info]))
/** 1 for every UTF-16 code unit that is a quotation mark: the scanners' per-character test, without a hash look-up. */
const MARK_TABLE: Uint8Array = (() => {
  const table = new Uint8Array(0x10000)
  for (const code of MARKS.keys()) table[code] = 1
  return table
})()
const OPENING = new Set([...OPENING_CONTEXT].map((c) => c.charCodeAt(0)))
const CLOSING = new Set([...CLOSING_CONTEXT].map((c) => c.charCodeAt(0)))
/** A closing mark never follows an opening bracket. */
const NO_CLOSE_AFTER = new Set([...'([{'].map((c) => c.charCodeAt(0)))

/**
 * The quotation mark at `offset`, if any, with the role its neighbours give
 * it: a mark that can only open (space before, a word after) opens, one that
 * can only close closes, and otherwise the shape of the glyph decides.
 * Apostrophes (I’m, Russia’s, ’90s) give `undefined`, except a mark after a
 * word and before a space, which may close a single quote: it is `close` and
 * the scanner treats it as an apostrophe when no single quote is open.
 *
 * @example
 * classifyMark('He said “no”', 8, 0, 12) // {offset: 8, family: 'double', role: 'open'}
 */
export function classifyMark(text: string, offset: number, from: number, to: number): MarkToken | undefined {
  let info = MARKS.get(text.charCodeAt(offset))
  if (!info) return undefined
  // Two straight apostrophes stand for a double mark in some archives (''Yes,'' he said).
  const width = text.charCodeAt(offset) === 39 && offset + 1 < to && text.charCodeAt(offset + 1) === 39 ? 2 : 1
  if (width === 2) info = {family: 'double', glyph: 'either'}
  const prev = offset > from ? text.charCodeAt(offset - 1) : -1
  const next = offset + width < to ? text.charCodeAt(offset + width) : -1
  const prevIsMark = prev >= 0 && MARK_TABLE[prev] === 1
  const nextIsMark = next >= 0 && MARK_TABLE[next] === 1
  const canOpen =
    next >= 0 && !isSpace(next) && !CLOSING.has(next) && (prev < 0 || isSpace(prev) || OPENING.has(prev) || prevIsMark)
  const canClose =
    prev >= 0 && !isSpace(prev) && !NO_CLOSE_AFTER.has(prev) && (next < 0 || isSpace(next) || CLOSING.has(next) || nextIsMark)

  if (APOSTROPHE_FAMILIES.has(info.family)) {
    // Between two word characters: an apostrophe (I’m, it's, rock’n’roll).
    if (isWordChar(prev) && isWordChar(next)) return undefined
    // An elision before a digit: ’90s.
    if (canOpen && !canClose && isDigit(next)) return undefined
    // "rock ’n’ roll", "fish 'n' chips": both marks of a lone n are apostrophes.
    if (inNElision(text, offset, from, to)) return undefined
    if (canOpen && !canClose) return {offset, family: info.family, role: 'open', width}
    if (canClose && !canOpen) {
      // "the workers’ union": a plural possessive before a lower-case word closes only if nothing else does.
      const after = offset + width + 1 < to ? text.charAt(offset + width + 1) : ''
      const possessive = (prev === 115 || prev === 83) && next >= 0 && isSpace(next) && after !== '' && after !== after.toUpperCase()
      return {offset, family: info.family, role: possessive ? 'weak-close' : 'close', width}
    }
    if (prev < 0) return {offset, family: info.family, role: 'open', width}
    return undefined
  }

  // A mark that starts a paragraph opens, whatever its shape (”like this”).
  if (prev < 0 && next >= 0) return {offset, family: info.family, role: 'open', width}
  if (canOpen && !canClose) return {offset, family: info.family, role: 'open', width}
  if (canClose && !canOpen) return {offset, family: info.family, role: 'close', width}
  if (info.glyph === 'either') return {offset, family: info.family, role: 'ambiguous', width}
  return {offset, family: info.family, role: info.glyph, width}
}

/** True when `code` may be a quotation mark (cheap pre-check for scanners). */
export function isQuoteMark(code: number): boolean {
  return MARK_TABLE[code] === 1
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isWordChar(code: number): boolean {
  if (code < 0) return false
  if (isDigit(code)) return true
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true
  if (code < 0xc0) return false
  // Letters beyond ASCII: anything that changes case, or CJK and similar.
  const char = String.fromCharCode(code)
  return char.toLowerCase() !== char.toUpperCase() || (code >= 0x3040 && code <= 0x9fff)
}

/** Is the mark at `offset` one of the two around a lone "n" (" 'n' ")? Both are the same apostrophe family. */
function inNElision(text: string, offset: number, from: number, to: number): boolean {
  // Opening: ' n ' with a space before; closing: the same seen from the second mark.
  if (isN(text, offset + 1, from, to) && isApostropheMark(text, offset + 2, from, to) && isEdge(text, offset - 1, from, to) && isEdge(text, offset + 3, from, to)) return true
  return isN(text, offset - 1, from, to) && isApostropheMark(text, offset - 2, from, to) && isEdge(text, offset - 3, from, to) && isEdge(text, offset + 1, from, to)
}

/** An "n" or "N" at `at`, inside `[from, to)`. */
function isN(text: string, at: number, from: number, to: number): boolean {
  if (at < from || at >= to) return false
  const code = text.charCodeAt(at)
  return code === 110 || code === 78
}

/** A mark of an apostrophe family at `at`, inside `[from, to)`. */
function isApostropheMark(text: string, at: number, from: number, to: number): boolean {
  if (at < from || at >= to) return false
  const info = MARKS.get(text.charCodeAt(at))
  return info !== undefined && APOSTROPHE_FAMILIES.has(info.family)
}

/** Outside `[from, to)`, or white space. */
function isEdge(text: string, at: number, from: number, to: number): boolean {
  return at < from || at >= to || isSpace(text.charCodeAt(at))
}
