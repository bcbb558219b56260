import type {Span} from '../types.js'
import type {MarkFamily} from '../lexicons/marks.js'

/** A quotation mark found in the text, with the role its context gives it. */
export interface MarkToken {
  offset: number
  family: MarkFamily
  /** `weak-close`: may close a quote, but only when no other mark does by the end of the paragraph. */
  role: 'open' | 'close' | 'ambiguous' | 'weak-close'
  /** Characters the mark takes: 2 for a doubled apostrophe (''). */
  width: number
}

/** A quote span before attribution: its parts and marks. */
export interface RawQuote {
  /** The quoted words of each segment, marks excluded, white space trimmed. */
  parts: Span[]
  /** The opening mark of each part (same length as `parts`). */
  opens: Span[]
  /** The closing mark of the last part; null when the quote never closes. */
  close: Span | null
  family: MarkFamily
  /** Index of the paragraph of each part. */
  paragraphs: number[]
  /** True when a paragraph of the quote is page furniture. */
  inBoilerplate: boolean
}

/** The quote spans of a text and the marks that pair with nothing. */
export interface ScanResult {
  quotes: RawQuote[]
  /**
   * Offsets of opening or closing marks left unpaired, as flat start, end
   * pairs (apostrophes are not counted), in the order the scanner settles
   * them, not sorted: `pairsToSpans` in scan.ts sorts them for those who read them.
   */
  unbalanced: number[]
}
