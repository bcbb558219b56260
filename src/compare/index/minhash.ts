/**
 * Near-duplicate grouping with MinHash and locality-sensitive hashing:
 * sentences whose content terms overlap heavily (Jaccard >= 0.75: wire copy
 * lightly edited by each outlet) fall into a shared bucket in at least one
 * band and are joined, in time linear in the number of sentences.
 */

const HASHES = 20
const BANDS = 5
const ROWS = HASHES / BANDS
const SEEDS = Array.from({length: HASHES}, (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x85ebca6b) >>> 0)

/** 32-bit mix of an integer with a seed (murmur3 finaliser). */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/**
 * The MinHash signature of a set of term ids.
 *
 * @example
 * signature(new Int32Array([3, 8, 21])).length // 20
 */
export function signature(ids: Int32Array): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff)
  for (let k = 0; k < HASHES; k++) {
    const seed = SEEDS[k] as number
    let min = 0xffffffff
    for (let i = 0; i < ids.length; i++) {
      const h = mix(ids[i] as number, seed)
      if (h < min) min = h
    }
    sig[k] = min
  }
  return sig
}

/**
 * Exact Jaccard similarity of two id sets (given sorted unique arrays).
 *
 * @example
 * jaccard(new Int32Array([1, 2, 3]), new Int32Array([2, 3, 4])) // 0.5
 */
export function jaccard(a: Int32Array, b: Int32Array): number {
  let i = 0
  let j = 0
  let both = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      both++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  const union = a.length + b.length - both
  return union === 0 ? 0 : both / union
}

/**
 * Group near-duplicate sets: returns, for each input, the index of its
 * group's first member. A set joins a bucket's first member only when their
 * exact Jaccard similarity reaches `threshold`.
 *
 * @example
 * nearDuplicates([ids('a b c d'), ids('a b c d e'), ids('x y z')]) // [0, 0, 2]
 */
export function nearDuplicates(sets: Int32Array[], threshold = 0.75, minSize = 4): Int32Array {
  const parent = Int32Array.from(sets, (_, i) => i)
  const find = (x: number): number => {
    let r = x
    while (parent[r] !== r) r = parent[r] as number
    while (parent[x] !== r) {
      const next = parent[x] as number
      parent[x] = r
      x = next
    }
    return r
  }
  const sorted = sets.map((s) => Int32Array.from(new Set(s)).sort())
  const buckets = new Map<string, number>()
  sorted.forEach((set, index) => {
    if (set.length < minSize) return
    const sig = signature(set)
    for (let band = 0; band < BANDS; band++) {
      let key = `${band}`
      for (let r = 0; r < ROWS; r++) key += ':' + (sig[band * ROWS + r] as number).toString(36)
      const first = buckets.get(key)
      if (first === undefined) {
        buckets.set(key, index)
        continue
      }
      const a = find(first)
      const b = find(index)
      if (a !== b && jaccard(sorted[first] as Int32Array, set) >= threshold) {
        if (a < b) parent[b] = a
        else parent[a] = b
      }
    }
  })
  return Int32Array.from(parent, (_, i) => find(i))
}
