/**
 * Find where in a long source a quote may sit without comparing it to every
 * window: source words are indexed by stem once; the quote's rarer words
 * vote for diagonals (source position minus quote position), and only the
 * best-voted stretches are aligned.
 */
import {tokenizeWords} from '../words/tokenize.js'
import type {Word} from '../words/tokenize.js'

/**
 * A source prepared for repeated lookups.
 *
 * @example
 * indexSource(transcript).positions.get('peac') // every position of peace / peaceful
 */
export interface SourceIndex {
  text: string
  words: Word[]
  /** Stem -> positions of the words with that stem, ascending. */
  positions: Map<string, number[]>
}

/**
 * A stretch of source words worth aligning: `[from, to)`.
 *
 * @example
 * const window: Window = {from: 18200, to: 18240}
 */
export interface Window {
  from: number
  to: number
}

/** Sources with fewer words than this are aligned whole. */
const SMALL_SOURCE = 400
/** Words more frequent than this in the source do not vote (unless nothing rarer exists). */
const MAX_VOTES_PER_WORD = 64
/** Windows aligned per quote. */
const CANDIDATES = 4

const cache = new Map<string, SourceIndex>()
const CACHE_SIZE = 4

/**
 * Index a source (cached: the last few sources are kept, so checking many
 * quotes against one transcript indexes it once).
 *
 * @example
 * indexSource('We will work for peace.').words.length // 5
 */
export function indexSource(text: string): SourceIndex {
  const cached = cache.get(text)
  if (cached) return cached
  const index = indexWords(text, tokenizeWords(text))
  if (cache.size >= CACHE_SIZE) {
    const oldest = cache.keys().next().value
    if (oldest !== undefined) cache.delete(oldest)
  }
  cache.set(text, index)
  return index
}

/**
 * Index words already tokenized (not cached).
 *
 * @example
 * indexWords(text, tokenizeWords(text)).positions.get('peac') // [4]
 */
export function indexWords(text: string, words: Word[]): SourceIndex {
  const positions = new Map<string, number[]>()
  words.forEach((word, index) => {
    const list = positions.get(word.stem)
    if (list) list.push(index)
    else positions.set(word.stem, [index])
  })
  return {text, words, positions}
}

/**
 * The stretches of the source to align the quote against: the whole
 * source when it is short, else the few best-voted diagonals.
 *
 * @example
 * candidateWindows(tokenizeWords('work for peace'), indexSource(transcript)) // [{from: 18210, to: 18231}]
 */
export function candidateWindows(quote: Word[], source: SourceIndex): Window[] {
  const n = source.words.length
  const m = quote.length
  if (n <= Math.max(SMALL_SOURCE, 4 * m)) return [{from: 0, to: n}]
  // quote words by rarity in the source
  const voters = quote
    .map((word, q) => ({q, list: source.positions.get(word.stem) ?? []}))
    .filter((v) => v.list.length > 0)
    .sort((a, b) => a.list.length - b.list.length)
  if (voters.length === 0) return []
  const band = Math.max(4, Math.ceil(m / 4))
  const votes = new Map<number, number>()
  let used = 0
  for (const voter of voters) {
    if (voter.list.length > MAX_VOTES_PER_WORD && used >= 3) break
    used++
    const weight = 1 / Math.log2(1 + voter.list.length)
    const seen = new Set<number>()
    for (const position of voter.list) {
      const bin = Math.floor((position - voter.q) / band)
      if (seen.has(bin)) continue // one vote per word per bin
      seen.add(bin)
      votes.set(bin, (votes.get(bin) ?? 0) + weight)
    }
  }
  // a diagonal split across two neighbouring bins counts for both
  const scored = [...votes.entries()].map(([bin, v]) => ({bin, score: v + 0.5 * Math.max(votes.get(bin - 1) ?? 0, votes.get(bin + 1) ?? 0)}))
  scored.sort((a, b) => b.score - a.score || a.bin - b.bin)
  const slack = Math.ceil(m / 2) + 4
  const windows: Window[] = []
  for (const {bin} of scored.slice(0, CANDIDATES)) {
    const from = Math.max(0, bin * band - slack)
    const to = Math.min(n, (bin + 1) * band + m + slack)
    windows.push({from, to})
  }
  return mergeWindows(windows)
}

function mergeWindows(windows: Window[]): Window[] {
  windows.sort((a, b) => a.from - b.from)
  const out: Window[] = []
  for (const w of windows) {
    const last = out[out.length - 1]
    if (last && w.from <= last.to) last.to = Math.max(last.to, w.to)
    else out.push({...w})
  }
  return out
}
