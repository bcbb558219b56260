/**
 * Surface features of a sentence pair, after the machine-translation
 * metrics used for paraphrase detection (Madnani et al. 2012; Wan et al.
 * 2006): n-gram precision over stems (BLEU-like), a word edit distance
 * (TER-like) and character n-grams, which see through tokenisation
 * ("U.S." / "US", "cross-section" / "cross section", "$ 5" / "$5").
 */
import type {Term} from '../words/terms.js'

/**
 * Clipped precision of the n-grams of stems of `hyp` against `ref`, for
 * n = 1..4, combined by a geometric mean with add-one smoothing (as
 * sentence-level BLEU, without the brevity penalty). 1 for identical lists.
 *
 * @example
 * ngramPrecision(termsOf(tokenizeWords("the talks were postponed")), termsOf(tokenizeWords("the talks were delayed"))) // 0.67
 */
export function ngramPrecision(hyp: readonly Term[], ref: readonly Term[], maxN = 4): number {
  if (hyp.length === 0) return ref.length === 0 ? 1 : 0
  let logSum = 0
  for (let n = 1; n <= maxN; n++) {
    const refGrams = grams(ref, n)
    const hypGrams = grams(hyp, n)
    let total = 0
    let clipped = 0
    for (const [key, count] of hypGrams) {
      total += count
      clipped += Math.min(count, refGrams.get(key) ?? 0)
    }
    logSum += Math.log((clipped + 1) / (total + 1))
  }
  return Math.exp(logSum / maxN)
}

function grams(terms: readonly Term[], n: number): Map<string, number> {
  const out = new Map<string, number>()
  for (let i = 0; i + n <= terms.length; i++) {
    let key = (terms[i] as Term).stem
    for (let k = 1; k < n; k++) key += '\u0000' + (terms[i + k] as Term).stem
    out.set(key, (out.get(key) ?? 0) + 1)
  }
  return out
}

/**
 * Word edit distance (insertions, deletions, substitutions of stems) as a
 * similarity: 1 - distance / length of the longer list. Quadratic in the
 * lengths, which {@link prepare} caps.
 *
 * @example
 * wordEditSimilarity(termsOf(tokenizeWords('the talks were postponed')), termsOf(tokenizeWords('the talks were delayed'))) // 0.75
 */
export function wordEditSimilarity(a: readonly Term[], b: readonly Term[]): number {
  const n = a.length
  const m = b.length
  if (Math.max(n, m) === 0) return 1
  let previous = new Uint16Array(m + 1)
  let current = new Uint16Array(m + 1)
  for (let j = 0; j <= m; j++) previous[j] = j
  for (let i = 1; i <= n; i++) {
    current[0] = i
    const x = (a[i - 1] as Term).stem
    for (let j = 1; j <= m; j++) {
      const substitution = (previous[j - 1] as number) + (x === (b[j - 1] as Term).stem ? 0 : 1)
      current[j] = Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1)
    }
    const swap = previous
    previous = current
    current = swap
  }
  return 1 - (previous[m] as number) / Math.max(n, m)
}

/**
 * Dice coefficient of the character trigrams of two texts, read as
 * lower-case letters and digits only (spaces, hyphens, periods and other
 * marks dropped), so that tokenisation does not matter.
 *
 * @example
 * characterDice('the U.S. cross-section', 'the US cross section') // 1
 */
export function characterDice(a: string, b: string): number {
  return multisetDice(trigrams(a), trigrams(b))
}

/**
 * Dice coefficient of two multisets given as counts: twice the shared count
 * over the total; 1 when both are empty.
 *
 * @example
 * multisetDice(new Map([['a', 2]]), new Map([['a', 1], ['b', 1]])) // 0.5
 */
export function multisetDice(ga: ReadonlyMap<string, number>, gb: ReadonlyMap<string, number>): number {
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

function trigrams(text: string): Map<string, number> {
  let letters = ''
  const lower = text.toLowerCase()
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i)
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 191) letters += lower[i]
  }
  const out = new Map<string, number>()
  for (let i = 0; i + 3 <= letters.length; i++) {
    const key = letters.slice(i, i + 3)
    out.set(key, (out.get(key) ?? 0) + 1)
  }
  return out
}

/**
 * The longest run of content terms that match nothing on the other side
 * (stop words inside the run neither break nor lengthen it): an added
 * clause ("..., until elections can be held") is what most often makes one
 * sentence say more than the other.
 *
 * @example
 * const p = prepare('the bill passed until new elections can be held')
 * longestUnmatchedRun(p.terms, [0, 1, 1, 0, 0, 0, 0, 0, 0]) // 3 (new, elections, held)
 */
export function longestUnmatchedRun(terms: readonly Term[], best: ArrayLike<number>): number {
  let longest = 0
  let run = 0
  for (let i = 0; i < terms.length; i++) {
    if ((terms[i] as Term).stop) continue
    if ((best[i] as number) > 0) {
      run = 0
      continue
    }
    run++
    if (run > longest) longest = run
  }
  return longest
}
