/**
 * Align a quote against a source of any length: short quotes against the
 * few windows their rarer words point to; long quotes in chunks, each chunk
 * against its own windows, so the work stays linear in the quote's length
 * and never grows with the whole source.
 */
import type {Word} from '../words/tokenize.js'
import {alignWords} from './align.js'
import type {Alignment} from './align.js'
import {candidateWindows} from './locate.js'
import type {SourceIndex} from './locate.js'

/** Quotes longer than this (in words) are aligned in chunks of this size. */
const CHUNK = 150

/**
 * The best alignment of `quote` in the source, or null when no word of the
 * quote occurs in it.
 *
 * @example
 * alignQuote(tokenizeWords('we will work for peace'), indexSource(transcript))?.matched // 5
 */
export function alignQuote(quote: Word[], source: SourceIndex): Alignment | null {
  if (quote.length <= CHUNK) return bestWindow(quote, source)
  const steps: Alignment['steps'] = []
  let cost = 0
  let matched = 0
  let first = -1
  let last = -1
  for (let offset = 0; offset < quote.length; offset += CHUNK) {
    const chunk = quote.slice(offset, offset + CHUNK)
    const alignment = bestWindow(chunk, source)
    if (!alignment) {
      for (let q = 0; q < chunk.length; q++) steps.push({q: offset + q, s: -1, relation: null})
      cost += chunk.length
      continue
    }
    // source words skipped between two chunks that follow each other are dropped words
    if (last >= 0 && alignment.first > last + 1 && alignment.first - last <= CHUNK) {
      for (let s = last + 1; s < alignment.first; s++) steps.push({q: -1, s, relation: null})
    }
    for (const step of alignment.steps) steps.push(step.q >= 0 ? {...step, q: step.q + offset} : step)
    cost += alignment.cost
    matched += alignment.matched
    if (alignment.first >= 0 && (first < 0 || alignment.first < first)) first = alignment.first
    if (alignment.last > last) last = alignment.last
  }
  return first < 0 ? null : {steps, cost, matched, first, last}
}

/**
 * Word agreement of an alignment: twice the matched weight over the words
 * of the quote plus the words of the matched passage (a Dice coefficient).
 *
 * @example
 * alignmentSimilarity(alignQuote(words, index), words.length) // 0.82
 */
export function alignmentSimilarity(alignment: Alignment, quoteLength: number): number {
  if (alignment.first < 0) return 0
  const total = quoteLength + (alignment.last - alignment.first + 1)
  return total === 0 ? 0 : Math.min(1, (2 * alignment.matched) / total)
}

function bestWindow(quote: Word[], source: SourceIndex): Alignment | null {
  let best: Alignment | null = null
  let bestSimilarity = -1
  for (const window of candidateWindows(quote, source)) {
    const alignment = alignWords(quote, source.words, window.from, window.to)
    const similarity = alignmentSimilarity(alignment, quote.length)
    if (similarity > bestSimilarity) {
      best = alignment
      bestSimilarity = similarity
    }
  }
  return best
}
