/**
 * How strongly two sentences report the same thing: weighted soft overlap
 * of their content terms, half as a bag (each term's best counterpart) and
 * half in order (the heaviest chain of matches that keeps both sentences'
 * word order), each as a Dice coefficient over the terms' weights.
 */
import type {Vocabulary} from '../index/vocabulary.js'

/**
 * Similarity of two sentences given as term ids, 0..1.
 *
 * @param weight Weight of each term id (e.g. IDF).
 * @example
 * claimSimilarity(ids('Putin offered to halt the war'), ids('Russia may freeze its invasion'), weights, vocabulary) // 0.4
 */
export function claimSimilarity(a: Int32Array, b: Int32Array, weight: Float64Array, vocabulary: Vocabulary): number {
  const n = a.length
  const m = b.length
  if (n === 0 || m === 0) return 0
  const match = new Float64Array(n * m)
  const bestA = new Float64Array(n)
  const bestB = new Float64Array(m)
  for (let i = 0; i < n; i++) {
    const x = a[i] as number
    for (let j = 0; j < m; j++) {
      const v = vocabulary.match(x, b[j] as number)
      if (v === 0) continue
      match[i * m + j] = v
      if (v > (bestA[i] as number)) bestA[i] = v
      if (v > (bestB[j] as number)) bestB[j] = v
    }
  }
  let total = 0
  let bag = 0
  for (let i = 0; i < n; i++) {
    const w = weight[a[i] as number] ?? 0
    total += w
    bag += w * (bestA[i] as number)
  }
  for (let j = 0; j < m; j++) {
    const w = weight[b[j] as number] ?? 0
    total += w
    bag += w * (bestB[j] as number)
  }
  if (total === 0) return 0
  // heaviest order-preserving chain of matches (weighted LCS), two rows
  let previous = new Float64Array(m + 1)
  let current = new Float64Array(m + 1)
  for (let i = 1; i <= n; i++) {
    const wa = weight[a[i - 1] as number] ?? 0
    current[0] = 0
    for (let j = 1; j <= m; j++) {
      const v = match[(i - 1) * m + j - 1] as number
      let best = Math.max(previous[j] as number, current[j - 1] as number)
      if (v > 0) {
        const diagonal = (previous[j - 1] as number) + (v * (wa + (weight[b[j - 1] as number] ?? 0))) / 2
        if (diagonal > best) best = diagonal
      }
      current[j] = best
    }
    const swap = previous
    previous = current
    current = swap
  }
  const chain = (2 * (previous[m] as number)) / total
  return (bag / total + chain) / 2
}
