import type {Span} from '../types.js'
import {isSpace} from './span.js'

/** A paragraph: one non-blank line of the input, trimmed. */
export interface Paragraph extends Span {
  /** Position among the paragraphs of the text. */
  index: number
}

/**
 * Split text into paragraphs. News text arrives one paragraph a line, with or
 * without blank lines between them, so every non-blank line is a paragraph.
 *
 * @example
 * splitParagraphs('One.\n\nTwo.') // [{start: 0, end: 4, ...}, {start: 6, end: 10, ...}]
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = []
  let lineStart = 0
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) {
      let start = lineStart
      let end = i
      while (start < end && isSpace(text.charCodeAt(start))) start++
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--
      if (end > start) paragraphs.push({start, end, text: text.slice(start, end), index: paragraphs.length})
      lineStart = i + 1
    }
  }
  return paragraphs
}
