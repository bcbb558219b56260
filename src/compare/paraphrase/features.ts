/**
 * Features of a sentence pair for paraphrase scoring. All are computed
 * from the pair alone (no corpus statistics): stop words are weighed low
 * by a hand-written list, names and numbers high. The surface measures
 * (n-grams, edit distance, character trigrams) are in surface.ts.
 */
import levenshtein from 'fast-levenshtein'
import {IMPLICIT_NEGATIONS, NOT_NEGATING, antonymsOf, irregularBase, stemKey, wordnetSenses} from '../lexicon/index.js'
import {NOT_NAMES, TITLES} from '../lexicon/titles.js'
import {termMatch} from '../words/match.js'
import {termsOf} from '../words/terms.js'
import type {Term} from '../words/terms.js'
import {tokenizeWords} from '../words/tokenize.js'
import type {Word} from '../words/tokenize.js'
import {characterDice, longestUnmatchedRun, multisetDice, ngramPrecision, wordEditSimilarity} from './surface.js'

/**
 * Candidate feature names, in the order of {@link pairFeatures}' output.
 * The model (weights.ts) uses the ones chosen on STS headlines; the others
 * stay for the fitting script to choose from and for the eval's reference rows.
 *
 * @example
 * FEATURE_NAMES.indexOf('negationMismatch') // 11
 */
export const FEATURE_NAMES = [
  /** Weighted soft overlap of content words: F1 of the two coverages, and the smaller coverage. */
  'contentF1',
  'contentMin',
  /** The same over all words (stop words weighed low). */
  'allF1',
  /** Order-preserving overlap of content words (weighted LCS, Dice). */
  'chain',
  /** Dice of stem bigrams and trigrams. */
  'bigrams',
  'trigrams',
  /** Shorter / longer content-word count. */
  'lengthRatio',
  /** 1 - character edit distance of the keys / the longer length. */
  'characters',
  /** Content words matching nothing on the other side (the larger count, / 5, at most 1). */
  'unmatched',
  /** Names on both sides without counterpart 1, on one side 0.5. */
  'properMismatch',
  /** Different figures on both sides 1, figures on one side only 0.5. */
  'numberMismatch',
  /** One side negates a word both say, the other does not. */
  'negationMismatch',
  /** A word faces its WordNet antonym. */
  'antonym',
  /** BLEU-like n-gram precision (n = 1..4, stems) in the two directions: the lower and the higher. */
  'bleuMin',
  'bleuMax',
  /** 1 - word edit distance (TER-like) / the longer length. */
  'wordEdit',
  /** Dice of character trigrams of the letters and digits (tokenisation does not matter). */
  'characterTrigrams',
  /** Longest run of unmatched content words on either side, / 4, at most 1 (an added clause). */
  'unmatchedRun',
  /** Difference of the content-word counts, / 10, at most 1. */
  'lengthDifference'
] as const

/**
 * The name of one feature.
 *
 * @example
 * const name: FeatureName = 'contentF1'
 */
export type FeatureName = (typeof FEATURE_NAMES)[number]

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
  /** The text as given. */
  text: string
  /** Its lower-case letters and digits, all else dropped. */
  letters: string
  /** 1 where a clause mark (comma, parenthesis, dash...) stands before the term. */
  breakBefore: Uint8Array
  /** 1 where the term is an abbreviation: a capitalised word of 2 to 5 letters written with a period, not the last word ("Okla.", "Dept.", "Gen."). */
  abbreviation: Uint8Array
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
  const words = tokenizeWords(text)
  const terms: SenseTerm[] = joinScales(termsOf(words).slice(0, MAX_TERMS))
    // the fresh terms get their senses in place (a copy made every later access slower: other object shapes)
    .map((t) => Object.assign(t, lexical(t)))
  let lower = ''
  for (const t of terms) lower += (lower === '' ? '' : ' ') + t.key
  const contentAt: number[] = []
  const breakBefore = new Uint8Array(terms.length)
  const abbreviation = new Uint8Array(terms.length)
  terms.forEach((t, i) => {
    if (!t.stop) contentAt.push(i)
    const word = words[t.word] as Word
    if (t.words === 1 && word.capitalized && i + 1 < terms.length && t.key.length >= 2 && t.key.length <= 5 && text.charCodeAt(word.end) === 46) abbreviation[i] = 1
    const previous = terms[i - 1]
    if (previous) {
      const end = (words[previous.word + previous.words - 1] as Word).end
      breakBefore[i] = clauseBreak(text, end, (words[t.word] as Word).start) ? 1 : 0
    }
  })
  return {terms, content: contentAt.map((i) => terms[i] as SenseTerm), contentAt, lower, text, letters: lettersOf(text), breakBefore, abbreviation}
}

/** Multipliers written as words after a number ("2.5 billion"). */
const SCALES = new Set([100, 1000, 1e6, 1e9, 1e12])

/**
 * A number and the scale word after it as one term ("2.5 billion" is
 * 2.5e9, as is "2,500 million"); the term keeps the number's key, so its
 * significant digits stay known.
 */
function joinScales(terms: Term[]): Term[] {
  const out: Term[] = []
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as Term
    const next = terms[i + 1]
    if (t.number !== null && next && next.number !== null && SCALES.has(next.number) && !isDigitStart(next.key)) {
      const value = Math.round(t.number * next.number * 1000) / 1000
      t.number = value
      t.stem = `#${value}`
      t.words += next.words
      i++
    }
    out.push(t)
  }
  return out
}

/** Marks that end a clause or open an aside, between two words: , ; : ( ) [ ] . ! ? " and dashes (a hyphen inside a word does not count). */
function clauseBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 46 || c === 33 || c === 63 || c === 34) return true
    if (c === 0x2014 || c === 0x2013 || c === 0x201c || c === 0x201d) return true
    if (c === 45 && k > from && k + 1 < to) return true // " - " or "--" between words
  }
  return false
}

/**
 * The features of a pair (see {@link FEATURE_NAMES}), each about 0..1.
 * With `only`, the features not listed are left at 0 (not computed).
 *
 * @example
 * pairFeatures(prepare('Stocks rose 5%.'), prepare('Shares climbed 5 percent.'))
 */
export function pairFeatures(a: Prepared, b: Prepared, only?: ReadonlySet<FeatureName>): number[] {
  const want = (name: FeatureName) => only === undefined || only.has(name)
  // every match of two content words computed once (the costly ones: synonyms, spellings): the overlaps below read it
  const pairs = contentMatrix(a, b)
  const bestA = new Float64Array(a.terms.length)
  const bestB = new Float64Array(b.terms.length)
  const content = softOverlap(pairs, a.contentAt, b.contentAt, bestA, bestB)
  const all = want('allF1') ? softOverlap(pairs, a.terms.map((_, i) => i), b.terms.map((_, j) => j)).f1 : 0
  const la = a.content.length
  const lb = b.content.length
  const longest = Math.max(a.lower.length, b.lower.length)
  const bleuAB = want('bleuMin') || want('bleuMax') ? ngramPrecision(a.terms, b.terms) : 0
  const bleuBA = want('bleuMin') || want('bleuMax') ? ngramPrecision(b.terms, a.terms) : 0
  const features: Record<FeatureName, () => number> = {
    contentF1: () => content.f1,
    contentMin: () => content.min,
    allF1: () => all,
    chain: () => orderedOverlap(pairs, a.contentAt, b.contentAt),
    bigrams: () => ngramDice(a.terms, b.terms, 2),
    trigrams: () => ngramDice(a.terms, b.terms, 3),
    lengthRatio: () => (Math.max(la, lb) === 0 ? 1 : Math.min(la, lb) / Math.max(la, lb)),
    characters: () => (longest === 0 ? 1 : 1 - levenshtein.get(a.lower, b.lower) / longest),
    unmatched: () => Math.min(1, Math.max(content.unmatchedA, content.unmatchedB) / 5),
    properMismatch: () => properMismatch(a, b),
    numberMismatch: () => numberMismatch(a.terms, b.terms),
    negationMismatch: () => negationMismatch(a, b, bestA, bestB),
    antonym: () => antonymMismatch(a, b),
    bleuMin: () => Math.min(bleuAB, bleuBA),
    bleuMax: () => Math.max(bleuAB, bleuBA),
    wordEdit: () => wordEditSimilarity(a.terms, b.terms),
    characterTrigrams: () => characterDice(a.text, b.text),
    unmatchedRun: () => Math.min(1, Math.max(longestUnmatchedRun(a.terms, bestA), longestUnmatchedRun(b.terms, bestB)) / 4),
    lengthDifference: () => Math.min(1, Math.abs(la - lb) / 10)
  }
  return FEATURE_NAMES.map((name) => (want(name) ? features[name]() : 0))
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
  const same = (i: number, j: number) => (matrix[i * m + j] = 1)
  abbreviations(a, b, same)
  abbreviations(b, a, (j, i) => same(i, j))
  compounds(a, b, same)
  compounds(b, a, (j, i) => same(i, j))
  return {a: a.terms, b: b.terms, matrix, m}
}

/**
 * An abbreviation of one side and the word it shortens on the other: same
 * first letter, its letters in order in the longer word ("Okla." /
 * "Oklahoma", "Dept." / "Department", "Gov." / "Governor").
 */
function abbreviations(p: Prepared, q: Prepared, set: (i: number, j: number) => void): void {
  for (const i of p.contentAt) {
    if (p.abbreviation[i] !== 1) continue
    const short = (p.terms[i] as SenseTerm).key
    for (const j of q.contentAt) {
      const long = (q.terms[j] as SenseTerm).key
      if (long.length > short.length && long[0] === short[0] && q.abbreviation[j] !== 1 && isSubsequence(short, long)) set(i, j)
    }
  }
}

function isSubsequence(short: string, long: string): boolean {
  let k = 0
  for (let i = 0; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++
  return k === short.length
}

/**
 * A word of one side written as two on the other ("horsemeat" / "horse
 * meat", "AirAlgerie" / "Air Algerie", "website" / "Web site"): two
 * adjacent content words, no clause mark between them, whose keys joined
 * are the key of a word of `p`, 6 letters at least. Both match it.
 */
function compounds(p: Prepared, q: Prepared, set: (i: number, j: number) => void): void {
  let joined: Map<string, number> | undefined
  for (let j = 0; j + 1 < q.terms.length; j++) {
    const x = q.terms[j] as SenseTerm
    const y = q.terms[j + 1] as SenseTerm
    if (x.stop || y.stop || x.number !== null || y.number !== null || q.breakBefore[j + 1] === 1 || x.words > 1 || y.words > 1) continue
    ;(joined ??= new Map()).set(x.key + y.key, j)
  }
  if (!joined) return
  for (const i of p.contentAt) {
    const key = (p.terms[i] as SenseTerm).key
    const j = key.length >= 6 ? joined.get(key) : undefined
    if (j === undefined) continue
    set(i, j)
    set(i, j + 1)
  }
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
function softOverlap(pairs: Pairs, ia: number[], ib: number[], bestA?: Float64Array, bestB?: Float64Array): Overlap {
  if (ia.length === 0 || ib.length === 0) return {f1: ia.length === ib.length ? 1 : 0, min: 0, unmatchedA: ia.length, unmatchedB: ib.length}
  const a = cover(ia, ib, pairs.a, (i, j) => matchAt(pairs, i, j), bestA)
  const b = cover(ib, ia, pairs.b, (j, i) => matchAt(pairs, i, j), bestB)
  const ra = a.ratio
  const rb = b.ratio
  return {f1: ra + rb === 0 ? 0 : (2 * ra * rb) / (ra + rb), min: Math.min(ra, rb), unmatchedA: a.unmatched, unmatchedB: b.unmatched}
}

/**
 * How much of one side (`own`, its terms in `terms`) the other side covers: the
 * weighted share of its terms' best matches, and how many content terms match nothing.
 */
function cover(
  own: number[],
  other: number[],
  terms: readonly SenseTerm[],
  match: (o: number, t: number) => number,
  bests?: Float64Array,
  weigh: (t: SenseTerm) => number = weightOf
): {ratio: number; unmatched: number} {
  let weight = 0
  let covered = 0
  let unmatched = 0
  for (const o of own) {
    let best = 0
    for (const t of other) {
      best = Math.max(best, match(o, t))
      if (best === 1) break
    }
    if (bests) bests[o] = best
    const term = terms[o] as SenseTerm
    const w = weigh(term)
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
  return multisetDice(grams(a), grams(b))
}

/**
 * Names (places, capitalised words other than titles, days, months) without a counterpart: 1 when both
 * sides name someone or somewhere the other does not (different people or
 * places), 0.5 when only one side has names of its own (an added detail),
 * else 0. A name also counts as matched when its letters occur in the other
 * side's running text ("HP" / "H-P", "McCain" / "Mc Cain").
 */
function properMismatch(a: Prepared, b: Prepared): number {
  const missingA = unmatchedNames(a.content, b)
  const missingB = unmatchedNames(b.content, a)
  if (missingA > 0 && missingB > 0) return 1
  return missingA + missingB > 0 ? 0.5 : 0
}

function unmatchedNames(own: SenseTerm[], other: Prepared): number {
  let missing = 0
  for (const t of own) {
    if (!isName(t)) continue
    if (other.content.some((u) => termMatch(t, u) > 0)) continue
    if (other.letters.includes(lettersOf(t.key))) continue
    missing++
  }
  return missing
}

/** A place, or a capitalised word that is not a title, day, month or company suffix ("Mr", "CEO", "Oct.", "Inc."). */
function isName(t: SenseTerm): boolean {
  if (t.place >= 0) return true
  if (!t.proper || t.key.length < 2) return false
  const key = t.key.endsWith("'s") ? t.key.slice(0, -2) : t.key
  return !TITLES.has(key) && !NOT_NAMES.has(key)
}

/** Lower-case letters and digits of a text, all else dropped. */
function lettersOf(text: string): string {
  let out = ''
  const lower = text.toLowerCase()
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i)
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 191) out += lower[i]
  }
  return out
}

/** A number a sentence states, and how many significant digits it is written with ("2,000": 1, "14.7": 3). */
interface Figure {
  value: number
  digits: number
}

/** The numbers a sentence states (a number and its scale word are one term: see joinScales). */
function figuresOf(terms: SenseTerm[]): Figure[] {
  const out: Figure[] = []
  for (const t of terms) if (t.number !== null) out.push({value: t.number, digits: significantDigits(t.key)})
  return out
}

/** Significant digits of a number as written (a number word counts as exact: 15). */
function significantDigits(key: string): number {
  if (!isDigitStart(key)) return 15
  let digits = ''
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) >= 48 && key.charCodeAt(i) <= 57) digits += key[i]
  digits = digits.replace(/^0+/, '')
  if (!key.includes('.')) digits = digits.replace(/0+$/, '')
  return Math.max(1, digits.length)
}

/** True when two figures are the same, or one is the other rounded ("about 15" / "14.7", "300" / "296"). */
function sameFigure(x: Figure, y: Figure): boolean {
  if (x.value === y.value) return true
  const [rough, exact] = x.digits <= y.digits ? [x, y] : [y, x]
  if (rough.value === 0 || exact.value === 0) return false
  return Number(exact.value.toPrecision(rough.digits)) === rough.value
}

function isDigitStart(key: string): boolean {
  const c = key.charCodeAt(0)
  return c >= 48 && c <= 57
}

/**
 * 1 when both sides state a number the other does not (different figures),
 * 0.5 when only one side states numbers of its own (an added figure), else
 * 0. A figure and its rounding count as one.
 */
function numberMismatch(a: SenseTerm[], b: SenseTerm[]): number {
  const fa = figuresOf(a)
  const fb = figuresOf(b)
  const onlyA = fa.some((x) => !fb.some((y) => sameFigure(x, y)))
  const onlyB = fb.some((y) => !fa.some((x) => sameFigure(x, y)))
  if (onlyA && onlyB) return 1
  return onlyA || onlyB ? 0.5 : 0
}

let implicitNegations: Set<string> | undefined

/** Stems of the words that negate what follows ("declined to"), built on first use. */
function implicitNegationStems(): ReadonlySet<string> {
  implicitNegations ??= new Set(IMPLICIT_NEGATIONS.map((w) => stemKey(w)))
  return implicitNegations
}

/** Content words after a negation that may be what it negates ("did not sign", "had no immediate comment"). */
const NEGATION_SCOPE = 2

/**
 * The negations of a sentence that negate something the other sentence
 * also says: a negation word ("not", "never", "no"; "nor" after "neither",
 * "not only" and the like add nothing) or a negating verb before "to"
 * ("declined to", "failure to"; "unless") counts when one of the next
 * {@link NEGATION_SCOPE} content words (adverbs in -ly skipped: "did not
 * immediately return") has a counterpart on the other side (`best` > 0). A
 * negation inside a clause the other side lacks ("whose names were not
 * released") says nothing about the pair.
 */
function sharedNegations(p: Prepared, best: ArrayLike<number>): number {
  let count = 0
  for (const i of negationsOf(p.terms)) if (negatesShared(p.terms, p.breakBefore, best, i)) count++
  return count
}

/** Indices of the terms that negate (see {@link sharedNegations}). */
function negationsOf(terms: readonly SenseTerm[]): number[] {
  const implicit = implicitNegationStems()
  const out: number[] = []
  let neither = false
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as SenseTerm
    if (t.key === 'neither') neither = true
    const next = terms[i + 1]?.key
    if (t.negation) {
      if ((t.key === 'nor' && neither) || (next !== undefined && NOT_NEGATING.has(next))) continue
    } else if (t.words !== 1 || !implicit.has(t.stem) || (t.key !== 'unless' && next !== 'to')) continue
    out.push(i)
  }
  return out
}

/** True when one of the content words negated by term i has a counterpart. */
function negatesShared(terms: readonly SenseTerm[], breakBefore: Uint8Array, best: ArrayLike<number>, i: number): boolean {
  let seen = 0
  for (let j = i + 1; j < terms.length && seen < NEGATION_SCOPE && breakBefore[j] === 0; j++) {
    const u = terms[j] as SenseTerm
    if (u.stop) continue
    if ((best[j] as number) > 0) return true
    if (!u.key.endsWith('ly')) seen++
  }
  return false
}

/**
 * 1 when one side negates something both say (odd parity of
 * {@link sharedNegations}) and the other side negates nothing at all: when
 * both negate, the scopes may differ ("to not prop up the budget" / "would
 * not balance the budget", "declined, through a spokesman, to comment" /
 * "declined to comment"), not the polarity.
 */
function negationMismatch(a: Prepared, b: Prepared, bestA: ArrayLike<number>, bestB: ArrayLike<number>): number {
  const na = sharedNegations(a, bestA) % 2
  const nb = sharedNegations(b, bestB) % 2
  if (na === nb) return 0
  return negatesAnything(na === 1 ? b : a) ? 0 : 1
}

/** True when a sentence has a negation word or a negating verb anywhere ("not", "refused"). */
function negatesAnything(p: Prepared): boolean {
  const implicit = implicitNegationStems()
  return p.terms.some((t) => t.negation || (t.words === 1 && implicit.has(t.stem)))
}

/**
 * 1 when a word of one side has its antonym on the other side, and that
 * side does not have the word itself ("rises" / "falls", "win" / "lose").
 * A negated antonym says the same ("not difficult" / "easy", "without much
 * competition" / "little competition"): a pair where exactly one of the two
 * words is negated does not count.
 */
function antonymMismatch(a: Prepared, b: Prepared): number {
  const lemmasA = new Map<string, number>()
  const lemmasB = new Map<string, number>()
  for (const i of a.contentAt) lemmasA.set((a.terms[i] as SenseTerm).lemma, i)
  for (const j of b.contentAt) lemmasB.set((b.terms[j] as SenseTerm).lemma, j)
  for (const i of a.contentAt) {
    const x = a.terms[i] as SenseTerm
    if (x.words > 1 || x.number !== null || lemmasB.has(x.lemma)) continue
    for (const y of antonymsOf(x.lemma)) {
      const j = lemmasB.get(y)
      if (j === undefined || lemmasA.has(y)) continue
      if (negatedAt(a, i) === negatedAt(b, j)) return 1
    }
  }
  return 0
}

/** Terms before a word that a negation may stand in ("not as robust", "without much"). */
const NEGATION_REACH = 2

/** True when a negation word stands within {@link NEGATION_REACH} terms before term i, in its clause. */
function negatedAt(p: Prepared, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - NEGATION_REACH && p.breakBefore[k + 1] === 0; k--) if ((p.terms[k] as SenseTerm).negation) return true
  return false
}


