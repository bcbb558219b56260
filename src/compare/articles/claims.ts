/**
 * Claims: sentences of different articles that report the same news.
 * Sentences are reduced to content-term ids; exact and near-duplicate
 * sentences (MinHash/LSH) are grouped first; an inverted index over the
 * groups' rarer terms proposes candidate pairs; candidates are scored
 * ({@link claimSimilarity}) and clustered by average linkage.
 */
import type {Claim, ClaimSentence} from '../types.js'
import {FRAME_WORDS} from '../lexicon/index.js'
import {buildIndex, candidatePairs, idf} from '../index/inverted.js'
import {nearDuplicates} from '../index/minhash.js'
import {Vocabulary} from '../index/vocabulary.js'
import {termsOf} from '../words/terms.js'
import {tokenizeWords} from '../words/tokenize.js'
import {averageLinkage} from './cluster.js'
import type {Edge} from './cluster.js'
import {claimSimilarity} from './similarity.js'

/**
 * A sentence of an article: offsets into that article's text.
 *
 * @example
 * const s: SentenceSpan = {start: 0, end: 14, text: 'Talks stalled.'}
 */
export interface SentenceSpan {
  start: number
  end: number
  text: string
}

/**
 * Options for {@link findClaims}.
 *
 * @example
 * findClaims(ids, texts, sentences, {threshold: 0.3, minTerms: 3})
 */
export interface ClaimOptions {
  /** Minimum average linkage for sentences to share a claim. */
  threshold: number
  /** Sentences with fewer content terms are not compared (default 3). */
  minTerms?: number
}

/** How much a reporting or time word counts, relative to other words. */
const FRAME_WEIGHT = 0.5
/** Terms in more sentence groups than this propose no candidates (they still count in the score). */
const MAX_DF = 1000
/** Content terms of a sentence that count (scoring is quadratic in sentence length; news sentences are far shorter). */
const MAX_TERMS = 120

interface Node {
  ids: Int32Array
  /** [article index, start, end] triples. */
  occurrences: number[]
}

/**
 * Find the claims shared by at least two articles.
 *
 * @param ids The id of each article (same order as `sentences`).
 * @param texts The text of each article.
 * @param sentences The sentences of each article.
 * @example
 * findClaims(['a', 'b'], [textA, textB], [sentencesA, sentencesB], {threshold: 0.3})
 */
export function findClaims(ids: string[], texts: string[], sentences: SentenceSpan[][], options: ClaimOptions): Claim[] {
  const minTerms = options.minTerms ?? 3
  const vocabulary = new Vocabulary()
  const nodes: Node[] = []
  const byKey = new Map<string, number>()
  sentences.forEach((list, article) => {
    for (const sentence of list) {
      const termIds = vocabulary.ids(termsOf(tokenizeWords(sentence.text))).slice(0, MAX_TERMS)
      if (termIds.length < minTerms) continue
      const key = termIds.join(',')
      let node = byKey.get(key)
      if (node === undefined) {
        node = nodes.length
        nodes.push({ids: termIds, occurrences: []})
        byKey.set(key, node)
      }
      ;(nodes[node] as Node).occurrences.push(article, sentence.start, sentence.end)
    }
  })
  // near-duplicates: one group per set of lightly edited copies
  const groupOf = nearDuplicates(nodes.map((n) => n.ids))
  const groupIndex = new Map<number, number>()
  const groups: number[][] = []
  groupOf.forEach((root, node) => {
    let g = groupIndex.get(root)
    if (g === undefined) {
      g = groups.length
      groupIndex.set(root, g)
      groups.push([])
    }
    ;(groups[g] as number[]).push(node)
  })
  const representatives = groups.map((members) => (nodes[members[0] as number] as Node).ids)
  // index keys: a term's canonical form and its synonym groups
  const keyIds = new Map<string, number>()
  const keyOf = (name: string): number => {
    let id = keyIds.get(name)
    if (id === undefined) {
      id = keyIds.size
      keyIds.set(name, id)
    }
    return id
  }
  const canonical = new Int32Array(vocabulary.info.length)
  for (let id = 0; id < vocabulary.info.length; id++) canonical[id] = keyOf(vocabulary.canonical(id))
  const documents = representatives.map((termIds) => {
    const keys: number[] = []
    for (const id of termIds) {
      keys.push(canonical[id] as number)
      for (const group of (vocabulary.info[id] as {synonyms: readonly number[]}).synonyms) keys.push(keyOf(`g${group}`))
    }
    return Int32Array.from(keys)
  })
  const index = buildIndex(documents)
  const weight = new Float64Array(vocabulary.info.length)
  for (let id = 0; id < weight.length; id++) {
    const frame = FRAME_WORDS.has((vocabulary.info[id] as {key: string}).key) ? FRAME_WEIGHT : 1
    weight[id] = idf(index, canonical[id] as number) * frame
  }
  // a group seen in one article only: pairs within that article are not compared
  const articleOf = Int32Array.from(groups, (members) => {
    let article = -1
    for (const node of members) {
      const o = (nodes[node] as Node).occurrences
      for (let k = 0; k < o.length; k += 3) {
        if (article === -1) article = o[k] as number
        else if (article !== o[k]) return -1
      }
    }
    return article
  })
  const edges: Edge[] = []
  // a cheap screen before the full score: IDF-weighted Dice of the key sets
  const keySets = documents.map((keys) => Int32Array.from(new Set(keys)).sort())
  const keyWeight = (key: number) => idf(index, key)
  const keyTotals = keySets.map((keys) => {
    let total = 0
    for (const key of keys) total += keyWeight(key)
    return total
  })
  for (const [a, b] of candidatePairs(index, documents, {rareTerms: 16, perDocument: 32, maxDocumentFrequency: MAX_DF})) {
    if ((articleOf[a] as number) >= 0 && articleOf[a] === articleOf[b]) continue
    const shared = sharedWeight(keySets[a] as Int32Array, keySets[b] as Int32Array, keyWeight)
    if ((2 * shared) / ((keyTotals[a] as number) + (keyTotals[b] as number)) < options.threshold / 2) continue
    const similarity = claimSimilarity(representatives[a] as Int32Array, representatives[b] as Int32Array, weight, vocabulary)
    if (similarity >= options.threshold / 2) edges.push({a, b, similarity})
  }
  const claims: Claim[] = []
  for (const cluster of averageLinkage(groups.length, edges, options.threshold, articleOf)) {
    const occurrences: number[][] = []
    for (const g of cluster.nodes) {
      for (const node of groups[g] as number[]) {
        const o = (nodes[node] as Node).occurrences
        for (let k = 0; k < o.length; k += 3) occurrences.push([o[k] as number, o[k + 1] as number, o[k + 2] as number])
      }
    }
    const articles = new Set(occurrences.map((o) => o[0]))
    if (articles.size < 2) continue
    occurrences.sort((x, y) => (x[0] as number) - (y[0] as number) || (x[1] as number) - (y[1] as number))
    const list: ClaimSentence[] = occurrences.map(([article, start, end]) => ({
      articleId: ids[article as number] as string,
      start: start as number,
      end: end as number,
      text: (texts[article as number] as string).slice(start, end)
    }))
    claims.push({sentences: list, score: Math.round(cluster.linkage * 1000) / 1000})
  }
  claims.sort((x, y) => new Set(y.sentences.map((s) => s.articleId)).size - new Set(x.sentences.map((s) => s.articleId)).size || y.score - x.score)
  return claims
}

/** Sum of the weights of the keys two sorted sets share. */
function sharedWeight(a: Int32Array, b: Int32Array, weight: (key: number) => number): number {
  let i = 0
  let j = 0
  let sum = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      sum += weight(x)
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return sum
}
