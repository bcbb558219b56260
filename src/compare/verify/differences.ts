/**
 * Turn an alignment into word-level differences: runs of changed words
 * become one substitution, insertion or deletion; same words written
 * differently become spelling differences; different marks between two
 * matched words become punctuation differences.
 */
import type {Span} from '../../types.js'
import type {Difference} from '../types.js'
import type {Word} from '../words/tokenize.js'
import {composed, foldPunctuation} from '../words/characters.js'
import type {AlignmentStep} from './align.js'

/**
 * The differences of an alignment of `quote` words (of `quoteText`)
 * against `source` words (of `sourceText`).
 *
 * @example
 * differencesOf(steps, quoteWords, quote, sourceWords, source) // [{type: 'substitution', ...}]
 */
export function differencesOf(
  steps: AlignmentStep[],
  quote: Word[],
  quoteText: string,
  source: Word[],
  sourceText: string
): Difference[] {
  const out: Difference[] = []
  let run: {q: Word[]; s: Word[]} | null = null
  let previous: AlignmentStep | null = null
  /** Where the quote text after the last matched quote word starts: the gap a deletion sits in. */
  let gapStart = 0
  const flush = (gapEnd: number) => {
    if (!run) return
    let type: Difference['type'] = run.q.length > 0 && run.s.length > 0 ? 'substitution' : run.q.length > 0 ? 'insertion' : 'deletion'
    // "We will never recognise … This is our land": the quote marks what it leaves out.
    if (type === 'deletion' && hasEllipsis(quoteText, gapStart, gapEnd)) type = 'elision'
    // "[Trump] will lose": words in square brackets stand in for the speaker's.
    else if (type !== 'deletion' && bracketed(quoteText, run.q)) type = 'bracketed'
    out.push({type, quoted: spanOf(quoteText, run.q), source: spanOf(sourceText, run.s)})
    run = null
  }
  for (const step of steps) {
    const q = step.q >= 0 ? (quote[step.q] as Word) : null
    const s = step.s >= 0 ? (source[step.s] as Word) : null
    if (step.relation === 'same' && q && s) {
      flush(q.start)
      gapStart = q.end
      // marks between this word and the previous matched pair
      if (previous && previous.relation === 'same' && previous.q === step.q - 1 && previous.s === step.s - 1) {
        const pq = quote[previous.q] as Word
        const ps = source[previous.s] as Word
        if (pq.end !== q.start || ps.end !== s.start) {
          const between = foldPunctuation(withoutBrackets(quoteText.slice(pq.end, q.start)))
          const betweenSource = foldPunctuation(sourceText.slice(ps.end, s.start))
          if (between !== betweenSource) {
            out.push({
              type: 'punctuation',
              quoted: markSpan(quoteText, pq.end, q.start),
              source: markSpan(sourceText, ps.end, s.start)
            })
          }
        }
      }
      const spelling = spellingDifference(q, s, step.q === 0)
      if (spelling) {
        const last = out[out.length - 1]
        // the parts of one contraction make one difference
        if (last && last.type === spelling && (q.parts > 1 || s.parts > 1) && sameOrAdjacent(last, q, s)) {
          last.quoted = extend(quoteText, last.quoted, q)
          last.source = extend(sourceText, last.source, s)
        } else {
          out.push({type: spelling, quoted: wordSpan(q), source: wordSpan(s)})
        }
      }
    } else {
      run ??= {q: [], s: []}
      if (q && !run.q.includes(q)) run.q.push(q)
      if (s && !run.s.includes(s)) run.s.push(s)
    }
    previous = step
  }
  flush(quoteText.length)
  const closing = closingMarkDifference(steps, quote, quoteText, source, sourceText)
  if (closing) out.push(closing)
  return out
}

/**
 * The verdict a list of differences gives: `altered` when words were
 * substituted, added or dropped without a mark; `edited` when the only word
 * changes are the quoter's marked ones (an ellipsis for left-out words, square
 * brackets for words standing in); `cosmetic` for case, spelling and
 * punctuation only; `exact` for none.
 *
 * @example
 * verdictOf([{type: 'elision', quoted: null, source: span}]) // 'edited'
 */
export function verdictOf(differences: readonly Difference[]): 'exact' | 'cosmetic' | 'edited' | 'altered' {
  if (differences.some((d) => d.type === 'substitution' || d.type === 'insertion' || d.type === 'deletion')) return 'altered'
  if (differences.some((d) => d.type === 'elision' || d.type === 'bracketed')) return 'edited'
  return differences.length > 0 ? 'cosmetic' : 'exact'
}

/** An ellipsis ("...", "…") in `text` between `start` and `end`. */
function hasEllipsis(text: string, start: number, end: number): boolean {
  const gap = text.slice(start, end)
  return gap.includes('\u2026') || gap.includes('...')
}

/** True when the words sit inside one pair of square brackets ("[Trump]", "[the president]"). */
function bracketed(text: string, words: readonly Word[]): boolean {
  const first = words[0]
  const last = words[words.length - 1]
  if (!first || !last) return false
  let a = first.start
  while (a > 0 && isBlank(text.charCodeAt(a - 1))) a--
  let b = last.end
  while (b < text.length && isBlank(text.charCodeAt(b))) b++
  return text.charAt(a - 1) === '[' && text.charAt(b) === ']' && !text.slice(first.start, last.end).includes(']')
}

/** Marks between two words without the quoter's square brackets: "[He] will" against "He will" has no punctuation difference. */
function withoutBrackets(marks: string): string {
  return marks.replaceAll('[', '').replaceAll(']', '')
}

/** Marks that end a quote and do count: an exclamation or a question the source does not ask (a closing comma or period does not). */
const COUNTED_CLOSINGS = '!?'

/**
 * "We will work for peace!" against "We will work for peace.": the quote's
 * closing "!" or "?" after its last word, matched to the same source word,
 * where the source has another mark or none.
 */
function closingMarkDifference(steps: AlignmentStep[], quote: Word[], quoteText: string, source: Word[], sourceText: string): Difference | null {
  const last = steps[steps.length - 1]
  if (!last || last.relation !== 'same' || last.q !== quote.length - 1) return null
  const q = quote[last.q] as Word
  const s = source[last.s] as Word
  const quoted = markSpan(quoteText, q.end, quoteText.length)
  if (!quoted || !COUNTED_CLOSINGS.includes(foldPunctuation(quoted.text).charAt(0))) return null
  let end = s.end
  while (end < sourceText.length && !isBlank(sourceText.charCodeAt(end)) && !/[\p{L}\p{N}]/u.test(sourceText.charAt(end))) end++
  const marks = markSpan(sourceText, s.end, end)
  if (marks && foldPunctuation(marks.text).charAt(0) === foldPunctuation(quoted.text).charAt(0)) return null
  return {type: 'punctuation', quoted, source: marks}
}

/** 'spelling' for case / spelling / contraction, 'punctuation' for abbreviation periods, null when identical. */
function spellingDifference(q: Word, s: Word, first: boolean): 'spelling' | 'punctuation' | null {
  if (q.parts !== s.parts) return 'spelling'
  // Unicode normalisation does not count: "é" and "e" + U+0301 are one letter
  const quoted = composed(q.text)
  const source = composed(s.text)
  if (sameApart(quoted, source)) return null
  if (q.lower === s.lower) {
    // the case of the quote's first letter does not count
    if (first && sameApart(quoted.slice(1), source.slice(1))) return null
    return 'spelling'
  }
  if (q.lower.replaceAll('.', '') === s.lower.replaceAll('.', '')) return 'punctuation'
  return 'spelling'
}

/** True when two words differ only in the typography of apostrophes. */
function sameApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y && !(isApos(x) && isApos(y))) return false
  }
  return true
}

function isApos(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x2bc
}

function sameOrAdjacent(last: Difference, q: Word, s: Word): boolean {
  return (last.quoted !== null && last.quoted.end >= q.start - 1) && (last.source !== null && last.source.end >= s.start - 1)
}

function extend(text: string, span: Span | null, word: Word): Span {
  const start = span ? Math.min(span.start, word.start) : word.start
  const end = span ? Math.max(span.end, word.end) : word.end
  return {start, end, text: text.slice(start, end)}
}

function wordSpan(word: Word): Span {
  return {start: word.start, end: word.end, text: word.text}
}

function spanOf(text: string, words: Word[]): Span | null {
  const first = words[0]
  const last = words[words.length - 1]
  if (!first || !last) return null
  return {start: first.start, end: last.end, text: text.slice(first.start, last.end)}
}

/** The marks between two words, trimmed of white space; null when there are none. */
function markSpan(text: string, start: number, end: number): Span | null {
  let a = start
  let b = end
  while (a < b && isBlank(text.charCodeAt(a))) a++
  while (b > a && isBlank(text.charCodeAt(b - 1))) b--
  if (a === b) return null
  return {start: a, end: b, text: text.slice(a, b)}
}

function isBlank(code: number): boolean {
  return code <= 32 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000
}
