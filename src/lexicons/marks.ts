/**
 * Quotation marks. A family is a set of marks that pair with each other
 * (a curly opening mark may close with a straight one); `glyph` says what the
 * shape of the mark suggests, which the scanner follows when the surrounding
 * characters do not decide.
 */
export type MarkFamily = 'double' | 'single' | 'angle' | 'single-angle' | 'corner' | 'double-corner'

/** What a quotation mark is. */
export interface MarkInfo {
  family: MarkFamily
  glyph: 'open' | 'close' | 'either'
}

/**
 * Every quotation mark onrecord reads.
 *
 * @example
 * QUOTE_MARKS.find(([mark]) => mark === '„') // ['„', {family: 'double', glyph: 'open'}]
 */
export const QUOTE_MARKS: ReadonlyArray<readonly [string, MarkInfo]> = [
  ['"', {family: 'double', glyph: 'either'}],
  ['\u201C', {family: 'double', glyph: 'open'}], // “
  ['\u201D', {family: 'double', glyph: 'close'}], // ”
  ['\u201E', {family: 'double', glyph: 'open'}], // „
  ['\u201F', {family: 'double', glyph: 'open'}], // ‟
  ['\u2033', {family: 'double', glyph: 'either'}], // ″ (used for " by some OCR and CMS)
  ['\uFF02', {family: 'double', glyph: 'either'}], // ＂
  ["'", {family: 'single', glyph: 'either'}],
  ['\u2018', {family: 'single', glyph: 'open'}], // ‘
  ['\u2019', {family: 'single', glyph: 'close'}], // ’ (also every apostrophe)
  ['\u201A', {family: 'single', glyph: 'open'}], // ‚
  ['\u201B', {family: 'single', glyph: 'open'}], // ‛
  ['\u00AB', {family: 'angle', glyph: 'open'}], // «
  ['\u00BB', {family: 'angle', glyph: 'close'}], // »
  ['\u2039', {family: 'single-angle', glyph: 'open'}], // ‹
  ['\u203A', {family: 'single-angle', glyph: 'close'}], // ›
  ['\u300C', {family: 'corner', glyph: 'open'}], // 「
  ['\u300D', {family: 'corner', glyph: 'close'}], // 」
  ['\u300E', {family: 'double-corner', glyph: 'open'}], // 『
  ['\u300F', {family: 'double-corner', glyph: 'close'}] // 』
]

/**
 * Families whose marks double as apostrophes (I’m, Russia’s, ’90s).
 *
 * @example
 * APOSTROPHE_FAMILIES.has('single') // true
 */
export const APOSTROPHE_FAMILIES: ReadonlySet<MarkFamily> = new Set(['single'])

/**
 * Characters after which an opening mark may stand (besides white space and
 * other quotation marks): `(“`, `—“`, `:“`.
 *
 * @example
 * OPENING_CONTEXT.includes('(') // true
 */
export const OPENING_CONTEXT = '([{\u2014\u2013-/:;,\u2026'

/**
 * Characters a closing mark may stand before (besides white space and other
 * quotation marks): `”.`, `”,`, `”)`.
 *
 * @example
 * CLOSING_CONTEXT.includes(',') // true
 */
export const CLOSING_CONTEXT = '.,;:!?)]}\u2014\u2013-/\u2026*'

/**
 * Marks that end a sentence when they stand as a token of their own.
 *
 * @example
 * SENTENCE_STOPS.has('?') // true
 */
export const SENTENCE_STOPS: ReadonlySet<string> = new Set(['.', '!', '?'])
