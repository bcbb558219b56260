/**
 * Word-level alignment of a quote against a window of source words:
 * edit distance with free source words before and after (a quote may be a
 * contiguous part of a longer passage). O(quote words x window words).
 */
import {STOPWORDS, synonymLexicon} from '../lexicon/index.js'
import type {Word} from '../words/tokenize.js'
import type {Relation} from '../words/relation.js'

/**
 * One step of an alignment.
 *
 * @example
 * const step: AlignmentStep = {q: 3, s: 17, relation: 'inflection'} // work / working
 */
export interface AlignmentStep {
  /** Index of the quote word, or -1 for a source word the quote drops. */
  q: number
  /** Index of the source word, or -1 for a quote word the source lacks. */
  s: number
  /** How the two words relate; null for a gap. */
  relation: Relation | null
}

/**
 * An alignment and its cost.
 *
 * @example
 * alignWords(quoteWords, sourceWords, 0, sourceWords.length).cost // 1.5
 */
export interface Alignment {
  steps: AlignmentStep[]
  cost: number
  /** Sum of the step weights (same 1, inflection 0.75, synonym 0.25). */
  matched: number
  /** First and last source word index aligned (inclusive), or -1. */
  first: number
  last: number
}

// A different word costs a hair more than a dropped source word (GAP) and less than a word the source lacks (GAP_QUOTE), so of
// two equal alignments the one that keeps more words the same wins
// ("We must decide" / "We need to decide": We = We, must -> need, "to" dropped; not We -> need, must -> to).
const COST: Record<Relation, number> = {same: 0, inflection: 0.5, synonym: 0.6, different: 1.0005}
const WEIGHT: Record<Relation, number> = {same: 1, inflection: 0.75, synonym: 0.25, different: 0}
const GAP = 1
/** A quote word the source lacks costs a hair more than a dropped source word, so ties keep the quote's words aligned. */
const GAP_QUOTE = 1.001

/**
 * Align `quote` words against `source[from, to)`.
 *
 * @example
 * const a = alignWords(tokenizeWords('good meetings'), tokenizeWords('positive meetings'), 0, 2)
 * a.steps.map((s) => s.relation) // ['synonym', 'same']
 */
export function alignWords(quote: Word[], source: Word[], from: number, to: number): Alignment {
  const m = quote.length
  const n = Math.max(0, to - from)
  const width = n + 1
  const cost = new Float64Array((m + 1) * width)
  const back = new Uint8Array((m + 1) * width) // 0 diag, 1 up (quote gap), 2 left (source gap)
  const rel = new Uint8Array((m + 1) * width)
  const relations: Relation[] = ['same', 'inflection', 'synonym', 'different']
  // words as small integers: key, stem, and the synonym groups of the stem (null: none)
  const keys = new Map<string, number>()
  const stems = new Map<string, number>()
  const groups: Array<readonly number[] | null> = []
  const {phrases} = synonymLexicon()
  const code = (word: Word): [number, number] => {
    let key = keys.get(word.key)
    if (key === undefined) keys.set(word.key, (key = keys.size))
    let stem = stems.get(word.stem)
    if (stem === undefined) {
      stems.set(word.stem, (stem = stems.size))
      groups.push(STOPWORDS.has(word.key) ? null : (phrases.get(word.stem) ?? null))
    }
    return [key, stem]
  }
  const qCodes = quote.map(code)
  const sCodes: Array<[number, number]> = []
  for (let j = from; j < from + n; j++) sCodes.push(code(source[j] as Word))
  const relationOf = (q: [number, number], t: [number, number]): number => {
    if (q[0] === t[0]) return 0
    if (q[1] === t[1]) return 1
    const a = groups[q[1]]
    const b = groups[t[1]]
    if (a && b) for (const g of a) if (b.includes(g)) return 2
    return 3
  }
  const costs = relations.map((r) => COST[r])
  for (let i = 1; i <= m; i++) {
    cost[i * width] = i * GAP_QUOTE
    back[i * width] = 1
  }
  for (let i = 1; i <= m; i++) {
    const qc = qCodes[i - 1] as [number, number]
    for (let j = 1; j <= n; j++) {
      const r = relationOf(qc, sCodes[j - 1] as [number, number])
      const diag = (cost[(i - 1) * width + j - 1] as number) + (costs[r] as number)
      const up = (cost[(i - 1) * width + j] as number) + GAP_QUOTE
      const left = (cost[i * width + j - 1] as number) + GAP
      let best = diag
      let dir = 0
      if (up < best) {
        best = up
        dir = 1
      }
      if (left < best) {
        best = left
        dir = 2
      }
      cost[i * width + j] = best
      back[i * width + j] = dir
      rel[i * width + j] = r
    }
  }
  // free trailing source words: the cheapest cell of the last row
  let endJ = 0
  let bestCost = cost[m * width] as number
  for (let j = 1; j <= n; j++) {
    const c = cost[m * width + j] as number
    if (c < bestCost) {
      bestCost = c
      endJ = j
    }
  }
  const steps: AlignmentStep[] = []
  let i = m
  let j = endJ
  while (i > 0) {
    const dir = j === 0 ? 1 : (back[i * width + j] as number)
    if (dir === 0) {
      steps.push({q: i - 1, s: from + j - 1, relation: relations[rel[i * width + j] as number] as Relation})
      i--
      j--
    } else if (dir === 1) {
      steps.push({q: i - 1, s: -1, relation: null})
      i--
    } else {
      steps.push({q: -1, s: from + j - 1, relation: null})
      j--
    }
  }
  steps.reverse()
  let matched = 0
  let first = -1
  let last = -1
  for (const step of steps) {
    if (step.relation) matched += WEIGHT[step.relation]
    if (step.s >= 0) {
      if (first < 0) first = step.s
      last = step.s
    }
  }
  return {steps, cost: bestCost, matched, first, last}
}
