import type {Span} from '../types.js'

/**
 * Is this quote part only a bracketed stage direction that a transcript
 * inserts between turns (`(CROSSTALK.)`, `[Applause]`, `(inaudible)`)? Those
 * are the transcriber's words, not the speaker's. The part must be one
 * parenthesised or bracketed group, edge punctuation aside. Linear in the part.
 *
 * @example
 * isStageDirection({start: 0, end: 12, text: '(CROSSTALK.)'}) // true
 * isStageDirection({start: 0, end: 20, text: '(Laughter) Thank you'}) // false
 */
export function isStageDirection(part: Span): boolean {
  let text = part.text.trim()
  while (text.length > 0 && ',.;:!?—–-'.includes(text[text.length - 1] as string)) text = text.slice(0, -1).trimEnd()
  const open = text[0]
  const close = open === '(' ? ')' : open === '[' ? ']' : null
  if (close === null || text[text.length - 1] !== close || text.length < 3) return false
  // The first opening bracket must close only at the very end: "(a) and (b)" is not one group.
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === open) depth++
    else if (c === close && --depth === 0 && i < text.length - 1) return false
  }
  return depth === 0
}
