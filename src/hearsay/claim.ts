import type {ArticleDocument, Word} from '../attribution/document.js'
import type {Span} from '../types.js'
import type {HearsayMarker} from './markers.js'

/** Tokens that end a clause inside a sentence. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([';', ':'])

/**
 * For every token, the first and one-past-last token of its clause: the
 * sentence, cut at ";" and ":". Two passes over the document.
 *
 * @example
 * const {starts, ends} = clauseBounds(doc)
 * doc.words.slice(starts[k], ends[k]) // the clause of token k
 */
export function clauseBounds(doc: ArticleDocument): {starts: Int32Array; ends: Int32Array} {
  const {words} = doc
  const starts = new Int32Array(words.length)
  const ends = new Int32Array(words.length)
  for (let k = 0; k < words.length; k++) {
    const previous = words[k - 1]
    const opens = !previous || previous.sentence !== (words[k] as Word).sentence || CLAUSE_ENDS.has(previous.text)
    starts[k] = opens ? k : (starts[k - 1] as number)
  }
  for (let k = words.length - 1; k >= 0; k--) {
    const next = words[k + 1]
    const closes = !next || next.sentence !== (words[k] as Word).sentence || CLAUSE_ENDS.has((words[k] as Word).text)
    ends[k] = closes ? k + 1 : (ends[k + 1] as number)
  }
  return {starts, ends}
}

/**
 * The claim a marker passes on: what follows "it is understood that", else
 * the clause around the cue (inside the quote, when the cue is quoted),
 * without the punctuation at either end. Null when nothing is left.
 *
 * @example
 * claimSpan(doc, marker, clauseBounds(doc))?.text // 'The minister reportedly resigned on Tuesday'
 */
export function claimSpan(doc: ArticleDocument, marker: HearsayMarker, bounds: {starts: Int32Array; ends: Int32Array}): Span | null {
  const {words} = doc
  const cue = words[marker.first] as Word
  let from = marker.claimFrom >= 0 ? marker.claimFrom : (bounds.starts[marker.first] as number)
  let to = bounds.ends[marker.last] as number
  if (cue.quote >= 0) {
    const quoted = doc.quoteTokens[cue.quote]
    if (quoted) {
      from = Math.max(from, quoted.first)
      to = Math.min(to, quoted.last + 1)
    }
  }
  while (from < to && (words[from] as Word).kind === 'punctuation') from++
  while (to > from && (words[to - 1] as Word).kind === 'punctuation') to--
  if (from >= to) return null
  const start = (words[from] as Word).start
  const end = (words[to - 1] as Word).end
  return {start, end, text: doc.text.slice(start, end)}
}
