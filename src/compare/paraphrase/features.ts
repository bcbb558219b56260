/**
 * Features of a sentence pair for paraphrase scoring. All are computed
 * from the pair alone (no corpus statistics): stop words are weighed low
 * by a hand-written list, names and numbers high.
 */
import levenshtein from 'fast-levenshtein'
import {antonymsOf, irregularBase, stemKey, wordnetSenses} from '../lexicon/index.js'
import {termMatch} from '../words/match.js'
import {termsOf} from '../words/terms.js'
import type {Term} from '../words/terms.js'
import {tokenizeWords} from '../words/tokenize.js'

/**
 * Feature names, in the order of {@link pairFeatures}' output.
 *
 * @example
 * FEATURE_NAMES.indexOf('negationMismatch') // 11
 */
export const FEATURE_NAMES = [
  'contentF1',
  'contentMin',
  'allF1',
  'chain',
  'bigrams',
  'trigrams',
  'lengthRatio',
  'characters',
  'unmatched',
  'properMismatch',
  'numberMismatch',
  'negationMismatch',
  'antonym'
] as const

/** Words of a text that count: a sentence is compared by its first 200 (the comparisons are quadratic in length). */
const MAX_TERMS = 200

const NO_SENSES: readonly number[] = []

/** Weight of a term when no corpus is at hand. */
function weightOf(term: Term): number {
  if (term.stop) return 0.2
  if (term.number !== null) return 1.5
  if (term.proper || term.place >= 0) return 1.3
  return 1
}

/**
 * A sentence prepared once.
 *
 * @example
 * const p: Prepared = prepare('Talks stalled.')
 */
export interface Prepared {
  terms: SenseTerm[]
  content: SenseTerm[]
  /** Index in `terms` of each term of `content`. */
  contentAt: number[]
  lower: string
}

/**
 * A term with its WordNet synsets (empty for stop words, numbers and phrases).
 *
 * @example
 * prepare('halt').terms[0]?.senses.length // > 0
 */
export interface SenseTerm extends Term {
  senses: readonly number[]
  /** The stem of the base form of an irregular verb form ("rose" -> "rise"), else the stem. */
  lemma: string
}

/** Match of two words that share a WordNet synset (set by hand, below the hand-written synonyms' 0.8). */
export const WORDNET_MATCH = 0.7

/**
 * How well two terms match, 0..1: {@link termMatch} (stems, numbers, places,
 * hand-written synonyms, spellings), or {@link WORDNET_MATCH} when they share
 * a WordNet synset.
 *
 * @example
 * wordMatch(prepare('physician').terms[0]!, prepare('doctor').terms[0]!) // 0.7 (WordNet)
 * wordMatch(prepare('halt').terms[0]!, prepare('freeze').terms[0]!) // 0.8 (hand-written synonyms)
 */
export function wordMatch(a: SenseTerm, b: SenseTerm): number {
  const m = termMatch(a, b)
  if (m > 0) return m
  if (a.lemma === b.lemma && a.number === null && !a.stop && !b.stop) return 1
  if (a.senses.length === 0 || b.senses.length === 0) return m
  return shareAny(a.senses, b.senses) ? WORDNET_MATCH : 0
}

/** True when two ascending id lists share an id. */
function shareAny(a: readonly number[], b: readonly number[]): boolean {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) return true
    if (x < y) i++
    else j++
  }
  return false
}

/** WordNet senses and lemma of a term (of its stem, and of the base form of an irregular verb form). */
function lexical(t: Term): {senses: readonly number[]; lemma: string} {
  if (t.stop || t.number !== null || t.words > 1 || t.place >= 0) return {senses: NO_SENSES, lemma: t.stem}
  const base = irregularBase(t.key)
  if (base === undefined) return {senses: wordnetSenses(t.stem), lemma: t.stem}
  const lemma = stemKey(base)
  const own = wordnetSenses(t.stem)
  const other = wordnetSenses(lemma)
  if (own.length === 0) return {senses: other, lemma}
  return {senses: [...new Set([...own, ...other])].sort((x, y) => x - y), lemma}
}

/**
 * Tokenize a sentence for {@link pairFeatures}.
 *
 * @example
 * prepare('Putin offered to halt the war.').content.length // 4
 */
export function prepare(text: string): Prepared {
  const terms: SenseTerm[] = termsOf(tokenizeWords(text))
    .slice(0, MAX_TERMS)
    // the fresh terms get their senses in place (a copy made every later access slower: other object shapes)
    .map((t) => Object.assign(t, lexical(t)))
  let lower = ''
  for (const t of terms) lower += (lower === '' ? '' : ' ') + t.key
  const contentAt: number[] = []
  terms.forEach((t, i) => {
    if (!t.stop) contentAt.push(i)
  })
  return {terms, content: contentAt.map((i) => terms[i] as SenseTerm), contentAt, lower}
}

/**
 * The features of a pair (see {@link FEATURE_NAMES}), each about 0..1.
 *
 * @example
 * pairFeatures(prepare('Stocks rose 5%.'), prepare('Shares climbed 5 percent.'))
 */
export function pairFeatures(a: Prepared, b: Prepared): number[] {
  // every match of two content words computed once (the costly ones: synonyms, spellings): the overlaps below read it
  const pairs = contentMatrix(a, b)
  const content = softOverlap(pairs, a.contentAt, b.contentAt)
  const all = softOverlap(pairs, a.terms.map((_, i) => i), b.terms.map((_, j) => j))
  const chain = orderedOverlap(pairs, a.contentAt, b.contentAt)
  const bigrams = ngramDice(a.terms, b.terms, 2)
  const trigrams = ngramDice(a.terms, b.terms, 3)
  const la = a.content.length
  const lb = b.content.length
  const lengthRatio = Math.max(la, lb) === 0 ? 1 : Math.min(la, lb) / Math.max(la, lb)
  const longest = Math.max(a.lower.length, b.lower.length)
  const characters = longest === 0 ? 1 : 1 - levenshtein.get(a.lower, b.lower) / longest
  const unmatched = Math.min(1, Math.max(content.unmatchedA, content.unmatchedB) / 5)
  return [
    content.f1,
    content.min,
    all.f1,
    chain,
    bigrams,
    trigrams,
    lengthRatio,
    characters,
    unmatched,
    properMismatch(a.content, b.content),
    numberMismatch(a.content, b.content),
    negationMismatch(a.terms, b.terms),
    antonymMismatch(a.content, b.content)
  ]
}

/** Two term lists and the matches of their content terms (term i of a, term j of b at i * m + j; -1 when not computed). */
interface Pairs {
  a: SenseTerm[]
  b: SenseTerm[]
  matrix: Float64Array
  m: number
}

function contentMatrix(a: Prepared, b: Prepared): Pairs {
  const m = b.terms.length
  const matrix = new Float64Array(a.terms.length * m).fill(-1)
  for (const i of a.contentAt) {
    const x = a.terms[i] as SenseTerm
    for (const j of b.contentAt) matrix[i * m + j] = wordMatch(x, b.terms[j] as SenseTerm)
  }
  return {a: a.terms, b: b.terms, matrix, m}
}

/** The match of term i of a and term j of b: from the matrix, or (a stop word involved, a cheap test) computed. */
function matchAt(pairs: Pairs, i: number, j: number): number {
  const v = pairs.matrix[i * pairs.m + j] as number
  return v >= 0 ? v : wordMatch(pairs.a[i] as SenseTerm, pairs.b[j] as SenseTerm)
}

interface Overlap {
  f1: number
  min: number
  unmatchedA: number
  unmatchedB: number
}

/** Weighted soft coverage of each side by the other (terms given by their indices). */
function softOverlap(pairs: Pairs, ia: number[], ib: number[]): Overlap {
  if (ia.length === 0 || ib.length === 0) return {f1: ia.length === ib.length ? 1 : 0, min: 0, unmatchedA: ia.length, unmatchedB: ib.length}
  const a = cover(ia, ib, pairs.a, (i, j) => matchAt(pairs, i, j))
  const b = cover(ib, ia, pairs.b, (j, i) => matchAt(pairs, i, j))
  const ra = a.ratio
  const rb = b.ratio
  return {f1: ra + rb === 0 ? 0 : (2 * ra * rb) / (ra + rb), min: Math.min(ra, rb), unmatchedA: a.unmatched, unmatchedB: b.unmatched}
}

/**
 * How much of one side (`own`, its terms in `terms`) the other side covers: the
 * weighted share of its terms' best matches, and how many content terms match nothing.
 */
function cover(own: number[], other: number[], terms: readonly SenseTerm[], match: (o: number, t: number) => number): {ratio: number; unmatched: number} {
  let weight = 0
  let covered = 0
  let unmatched = 0
  for (const o of own) {
    let best = 0
    for (const t of other) {
      best = Math.max(best, match(o, t))
      if (best === 1) break
    }
    const term = terms[o] as SenseTerm
    const w = weightOf(term)
    weight += w
    covered += w * best
    if (!term.stop && best === 0) unmatched++
  }
  return {ratio: covered / weight, unmatched}
}

/** Weighted order-preserving overlap (weighted LCS) as a Dice coefficient (terms given by their indices). */
function orderedOverlap(pairs: Pairs, ia: number[], ib: number[]): number {
  const n = ia.length
  const m = ib.length
  if (n === 0 || m === 0) return 0
  const {matrix} = pairs
  let total = 0
  const wb = new Float64Array(m)
  for (const i of ia) total += weightOf(pairs.a[i] as SenseTerm)
  ib.forEach((j, k) => {
    wb[k] = weightOf(pairs.b[j] as SenseTerm)
    total += wb[k] as number
  })
  let previous = new Float64Array(m + 1)
  let current = new Float64Array(m + 1)
  for (let i = 1; i <= n; i++) {
    const row = (ia[i - 1] as number) * pairs.m
    const wx = weightOf(pairs.a[ia[i - 1] as number] as SenseTerm)
    for (let j = 1; j <= m; j++) {
      let best = Math.max(previous[j] as number, current[j - 1] as number)
      const v = matrix[row + (ib[j - 1] as number)] as number // content terms: always computed
      if (v > 0) best = Math.max(best, (previous[j - 1] as number) + (v * (wx + (wb[j - 1] as number))) / 2)
      current[j] = best
    }
    const swap = previous
    previous = current
    current = swap
  }
  return (2 * (previous[m] as number)) / total
}

/** Dice coefficient of the n-grams of stems (all words). */
function ngramDice(a: Term[], b: Term[], n: number): number {
  const grams = (terms: Term[]) => {
    const out = new Map<string, number>()
    for (let i = 0; i + n <= terms.length; i++) {
      let key = ''
      for (let k = 0; k < n; k++) key += (terms[i + k] as Term).stem + '\u0000'
      out.set(key, (out.get(key) ?? 0) + 1)
    }
    return out
  }
  const ga = grams(a)
  const gb = grams(b)
  let na = 0
  let nb = 0
  let both = 0
  for (const v of ga.values()) na += v
  for (const [k, v] of gb) {
    nb += v
    both += Math.min(v, ga.get(k) ?? 0)
  }
  return na + nb === 0 ? 1 : (2 * both) / (na + nb)
}

/** Share of names (capitalised words, places) on either side without a counterpart. */
function properMismatch(a: Term[], b: Term[]): number {
  const pa = a.filter((t) => t.proper || t.place >= 0)
  const pb = b.filter((t) => t.proper || t.place >= 0)
  if (pa.length + pb.length === 0) return 0
  let missing = 0
  for (const t of pa) if (!b.some((u) => termMatch(t, u) > 0)) missing++
  for (const t of pb) if (!a.some((u) => termMatch(t, u) > 0)) missing++
  return missing / (pa.length + pb.length)
}

/** 1 when the two sides state different numbers, 0.5 when only one states any, else 0. */
function numberMismatch(a: Term[], b: Term[]): number {
  const na = new Set(a.filter((t) => t.number !== null).map((t) => t.number))
  const nb = new Set(b.filter((t) => t.number !== null).map((t) => t.number))
  if (na.size === 0 && nb.size === 0) return 0
  if (na.size === 0 || nb.size === 0) return 0.5
  for (const x of na) if (!nb.has(x)) return 1
  for (const x of nb) if (!na.has(x)) return 1
  return 0
}

/** 1 when one side negates and the other does not. */
function negationMismatch(a: Term[], b: Term[]): number {
  const count = (terms: Term[]) => terms.filter((t) => t.negation).length % 2
  return count(a) === count(b) ? 0 : 1
}

/** 1 when a word of one side has its antonym on the other side, and that side does not have the word itself ("rises" / "falls", "win" / "lose"). */
function antonymMismatch(a: SenseTerm[], b: SenseTerm[]): number {
  const lemmasA = new Set<string>()
  const lemmasB = new Set<string>()
  for (const t of a) lemmasA.add(t.lemma)
  for (const t of b) lemmasB.add(t.lemma)
  for (const x of a) {
    if (x.words > 1 || x.number !== null || lemmasB.has(x.lemma)) continue
    for (const y of antonymsOf(x.lemma)) if (lemmasB.has(y) && !lemmasA.has(y)) return 1
  }
  return 0
}
