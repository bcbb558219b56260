/**
 * Soft matching of two term lists: each term finds its best counterpart
 * on the other side (same stem, same number, same place, synonym, or a
 * near-miss spelling such as Zelensky / Zelenskyy).
 */
import levenshtein from 'fast-levenshtein'
import type {Term} from './terms.js'

/**
 * How well two terms match, 0..1: same stem or number 1, same place
 * (Washington / U.S.) 0.9, synonyms 0.8, near-miss spelling 0.8, else 0.
 *
 * @example
 * termMatch(termOf('halt'), termOf('freeze')) // 0.8
 */
export function termMatch(a: Term, b: Term): number {
  if (a.number !== null || b.number !== null) return a.number === b.number ? 1 : 0
  if (a.stem === b.stem) return 1
  if (a.place >= 0 && a.place === b.place) return 0.9
  if (a.stop || b.stop) return 0
  for (const g of a.synonyms) if (b.synonyms.includes(g)) return 0.8
  if (nearMiss(a.key, b.key)) return 0.8
  return 0
}

/**
 * True for two spellings of one word: at least 5 letters, same first
 * letter, one edit apart (two for 8 letters or more).
 *
 * @example
 * nearMiss('zelensky', 'zelenskyy') // true
 */
export function nearMiss(a: string, b: string): boolean {
  const short = Math.min(a.length, b.length)
  if (short < 5 || Math.abs(a.length - b.length) > 2 || a[0] !== b[0]) return false
  const allowed = short >= 8 ? 2 : 1
  return levenshtein.get(a, b) <= allowed
}

/**
 * The best match of every term of `a` in `b` (0 when none).
 *
 * @example
 * bestMatches(termsOf(tokenizeWords('halt war')), termsOf(tokenizeWords('freeze war'))) // Float64Array [0.8, 1]
 */
export function bestMatches(a: Term[], b: Term[]): Float64Array {
  const out = new Float64Array(a.length)
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Term
    let best = 0
    for (const y of b) {
      const m = termMatch(x, y)
      if (m > best) {
        best = m
        if (best === 1) break
      }
    }
    out[i] = best
  }
  return out
}
