/**
 * An inverted index over content terms with document frequencies, used to
 * propose candidate pairs of documents (sentences) without looking at all
 * pairs: each document looks up only its rarest terms, and terms found in
 * too many documents are not looked up at all.
 */

/**
 * Options for {@link candidatePairs}.
 *
 * @example
 * candidatePairs(index, documents, {maxDocumentFrequency: 200, rareTerms: 8, perDocument: 16})
 */
export interface CandidateOptions {
  /** Terms found in more documents than this are not looked up (default 1000). */
  maxDocumentFrequency?: number
  /** How many of its rarest terms each document looks up (default 8). */
  rareTerms?: number
  /** Candidates kept per document, best shared weight first (default 64). */
  perDocument?: number
}

/**
 * Document frequencies and postings of integer keys.
 *
 * @example
 * buildIndex([new Int32Array([1, 2])]).postings.get(1) // [0]
 */
export interface InvertedIndex {
  /** Key -> documents containing it, ascending. */
  postings: Map<number, number[]>
  documents: number
}

/**
 * Index documents given as arrays of integer keys.
 *
 * @example
 * const index = buildIndex([new Int32Array([1, 2]), new Int32Array([2, 3])])
 * index.postings.get(2) // [0, 1]
 */
export function buildIndex(documents: Int32Array[]): InvertedIndex {
  const postings = new Map<number, number[]>()
  documents.forEach((keys, doc) => {
    for (const key of new Set(keys)) {
      const list = postings.get(key)
      if (list) list.push(doc)
      else postings.set(key, [doc])
    }
  })
  return {postings, documents: documents.length}
}

/**
 * Inverse document frequency of a key: `ln((N + 1) / (df + 0.5))`.
 *
 * @example
 * idf(buildIndex(docs), key) // 2.3
 */
export function idf(index: InvertedIndex, key: number): number {
  const df = index.postings.get(key)?.length ?? 0
  return Math.log((index.documents + 1) / (df + 0.5))
}

/**
 * Candidate pairs `[a, b]` (a < b) of documents sharing at least one of
 * their rarer keys. Cost: documents x rareTerms x maxDocumentFrequency at
 * most, whatever the number of documents.
 *
 * @example
 * candidatePairs(buildIndex(docs), docs) // [[0, 1]]
 */
export function candidatePairs(index: InvertedIndex, documents: Int32Array[], options: CandidateOptions = {}): Array<[number, number]> {
  const cap = options.maxDocumentFrequency ?? 1000
  const rare = options.rareTerms ?? 8
  const keep = options.perDocument ?? 64
  const seen = new Set<number>()
  const pairs: Array<[number, number]> = []
  const n = documents.length
  documents.forEach((keys, doc) => {
    const lookups = [...new Set(keys)]
      .map((key) => ({key, list: index.postings.get(key) ?? []}))
      .filter((x) => x.list.length >= 2 && x.list.length <= cap)
      .sort((a, b) => a.list.length - b.list.length)
      .slice(0, rare)
    const shared = new Map<number, number>()
    for (const {list} of lookups) {
      const weight = Math.log((index.documents + 1) / (list.length + 0.5))
      for (const other of list) if (other !== doc) shared.set(other, (shared.get(other) ?? 0) + weight)
    }
    const best = [...shared.entries()].sort((a, b) => b[1] - a[1]).slice(0, keep)
    for (const [other] of best) {
      const a = Math.min(doc, other)
      const b = Math.max(doc, other)
      const id = a * n + b
      if (seen.has(id)) continue
      seen.add(id)
      pairs.push([a, b])
    }
  })
  return pairs
}
