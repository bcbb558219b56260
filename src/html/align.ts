/**
 * Where each character of a decoded text node comes from in the raw HTML.
 *
 * parse5 decodes character references (`&amp;`, `&#x201C;`), turns CR LF
 * into LF, drops NUL bytes from body text (U+FFFD elsewhere) and merges text
 * around tags it ignores (a stray `</b>`), so a text
 * node's value is not a verbatim slice of the source. This
 * walks both strings once and gives every code unit of `value` the range of
 * `raw` it was decoded from. If the two ever disagree in a way it cannot
 * explain (a legacy reference such as `&notit;`), the rest of the node maps as
 * one unit onto the rest of the raw text: coarse, never wrong.
 */

const AMP = 38
const HASH = 35
const SEMI = 59
const CR = 13
const LF = 10
const LT = 60
const NUL = 0
const REPLACEMENT = 0xfffd

/** Per code unit of a decoded value: `[starts[i], ends[i])` in the source. */
export interface Alignment {
  starts: Int32Array
  ends: Int32Array
}

/**
 * Align a decoded text node `value` with its `raw` source, which starts at
 * `base` in the document.
 *
 * @example
 * const {starts, ends} = alignText('a &amp; b', 'a & b', 10)
 * ;[starts[2], ends[2]] // [12, 17]: '&' comes from '&amp;'
 */
export function alignText(raw: string, value: string, base: number): Alignment {
  const starts = new Int32Array(value.length)
  const ends = new Int32Array(value.length)
  let i = 0
  let j = 0

  const assign = (length: number, from: number, to: number): void => {
    for (let c = 0; c < length; c++) {
      starts[i + c] = base + from
      ends[i + c] = base + to
    }
    i += length
  }

  while (i < value.length && j < raw.length) {
    const code = raw.charCodeAt(j)
    if (code === AMP) {
      const reference = scanReference(raw, j)
      if (reference) {
        const length = decodedLength(reference, raw, value, i)
        if (length > 0) {
          assign(length, j, reference.end)
          j = reference.end
          continue
        }
      }
    }
    if (code === CR && value.charCodeAt(i) === LF) {
      const to = raw.charCodeAt(j + 1) === LF ? j + 2 : j + 1
      assign(1, j, to)
      j = to
      continue
    }
    if (code === value.charCodeAt(i)) {
      assign(1, j, j + 1)
      j++
      continue
    }
    // A NUL byte: replaced by U+FFFD in some places, dropped in body text.
    if (code === NUL) {
      if (value.charCodeAt(i) === REPLACEMENT) assign(1, j, j + 1)
      j++
      continue
    }
    // A tag the parser ignored (a stray `</b>`) inside one text node.
    if (code === LT) {
      const close = raw.indexOf('>', j)
      if (close > j) {
        j = close + 1
        continue
      }
    }
    break
  }
  // Unexplained rest (or a value longer than its source): one coarse unit.
  if (i < value.length) assign(value.length - i, Math.min(j, raw.length), raw.length)
  return {starts, ends}
}

interface Reference {
  /** Offset just past the reference (and its `;`, when present). */
  end: number
  /** Decoded length in code units, known for numeric references. */
  length: number | null
  name: string
}

/** The character reference starting at `raw[at] === '&'`, if it looks like one. */
function scanReference(raw: string, at: number): Reference | null {
  let k = at + 1
  if (raw.charCodeAt(k) === HASH) {
    k++
    const hex = raw.charCodeAt(k) === 120 || raw.charCodeAt(k) === 88
    if (hex) k++
    const digitsStart = k
    let codePoint = 0
    for (; k < raw.length; k++) {
      const digit = digitValue(raw.charCodeAt(k), hex)
      if (digit < 0) break
      codePoint = Math.min(codePoint * (hex ? 16 : 10) + digit, 0x110000)
    }
    if (k === digitsStart) return null
    if (raw.charCodeAt(k) === SEMI) k++
    // Out of range and surrogates decode to U+FFFD: one code unit.
    const astral = codePoint >= 0x10000 && codePoint <= 0x10ffff
    return {end: k, length: astral ? 2 : 1, name: '#'}
  }
  while (k < raw.length && isAlphanumeric(raw.charCodeAt(k))) k++
  if (k === at + 1) return null
  const name = raw.slice(at + 1, k)
  if (raw.charCodeAt(k) === SEMI) k++
  return {end: k, length: null, name}
}

/**
 * How many code units of `value` (from `i`) the reference decoded to, or 0
 * when it was not decoded at all (`AT&T`) or cannot be told.
 */
function decodedLength(reference: Reference, raw: string, value: string, i: number): number {
  // A literal ampersand in the value: only `&amp;` (or `&#38;`) makes one.
  if (value.charCodeAt(i) === AMP && reference.name !== 'amp' && reference.name !== 'AMP' && reference.name !== '#') {
    return 0
  }
  const fits = (length: number): boolean => {
    if (i + length > value.length) return false
    if (reference.end >= raw.length) return i + length === value.length
    const next = raw.charCodeAt(reference.end)
    // Followed by another reference or a tag: nothing to check against.
    if (next === AMP || next === CR || next === LT) return true
    return value.charCodeAt(i + length) === next
  }
  if (reference.length !== null) return fits(reference.length) ? reference.length : 0
  // Named references decode to one code unit, a few to two (&fjlig;, &Afr;).
  if (fits(1)) return 1
  if (fits(2)) return 2
  return 0
}

function digitValue(code: number, hex: boolean): number {
  if (code >= 48 && code <= 57) return code - 48
  if (!hex) return -1
  if (code >= 97 && code <= 102) return code - 87
  if (code >= 65 && code <= 70) return code - 55
  return -1
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
