/**
 * The data the comparison functions return. Spans carry offsets into the
 * strings passed in (`quote`, `source`, or an article's `text`).
 */
import type {Quote, Span} from '../types.js'

/**
 * How a quote compares with its source:
 * `exact`: the same words (typography of quotation marks and apostrophes,
 * spacing, the quote's closing comma or period and the case of its first
 * letter do not count); `cosmetic`: only case, punctuation, British/American
 * spelling or contractions differ; `edited`: the only word changes are marked
 * by the quoter (an ellipsis, square brackets); `altered`: words substituted,
 * added or dropped without a mark; `not-found`: no passage of the source is
 * close.
 *
 * @example
 * const verdict: Verdict = 'cosmetic' // "recognise" quoted, "recognize" in the source
 */
export type Verdict = 'exact' | 'cosmetic' | 'edited' | 'altered' | 'not-found'

/**
 * What a difference is: `substitution` (quoted words in place of other
 * source words), `insertion` (quoted words the source does not have),
 * `deletion` (source words the quote drops), `elision` (source words the
 * quote leaves out where it has an ellipsis), `bracketed` (quoted words in
 * square brackets in place of source words, or added), `spelling` (case,
 * British/American spelling, contraction), `punctuation`.
 *
 * @example
 * const type: DifferenceType = 'substitution' // good -> positive
 */
export type DifferenceType = 'substitution' | 'insertion' | 'deletion' | 'elision' | 'bracketed' | 'spelling' | 'punctuation'

/**
 * One word-level difference between a quote and its source. `quoted` is a
 * span of the quote, `source` a span of the source; either is null when
 * that side has nothing (an insertion has no source words).
 *
 * @example
 * const difference: Difference = {
 *   type: 'substitution',
 *   quoted: {start: 16, end: 20, text: 'good'},
 *   source: {start: 61, end: 69, text: 'positive'}
 * }
 */
export interface Difference {
  type: DifferenceType
  quoted: Span | null
  source: Span | null
}

/**
 * The result of {@link verifyQuote}.
 *
 * @example
 * const v: Verification = verifyQuote('we will work for peace', 'We continue working for peace.')
 * v.verdict // 'altered'
 */
export interface Verification {
  verdict: Verdict
  /** 0..1: how much of the quote and the matched passage agree, word by word. */
  similarity: number
  /** The best-aligned passage of the source; null when `not-found`. */
  match: Span | null
  /** Word-level differences, in quote order. */
  differences: Difference[]
}

/**
 * Options for {@link verifyQuote}.
 *
 * @example
 * verifyQuote(quote, transcript, {minSimilarity: 0.6})
 */
export interface VerifyOptions {
  /** Below this similarity the verdict is `not-found` (default: `0.5`). */
  minSimilarity?: number | null | undefined
}

/**
 * An article to compare: an id of your choice and its plain text.
 *
 * @example
 * const article: ArticleInput = {id: 'bbc-1', text: '“We will work for peace,” Yermak wrote.'}
 */
export interface ArticleInput {
  id: string
  text: string
}

/**
 * A quote found in one article.
 *
 * @example
 * const q: ArticleQuote = {articleId: 'bbc-1', quote: extractQuotes(text)[0]}
 */
export interface ArticleQuote {
  articleId: string
  quote: Quote
}

/**
 * How one quote of a cluster compares with another: `quote` is checked
 * against `reference` (indices into the cluster's `quotes`). Difference
 * spans are offsets into the texts of the two articles (`quoted` into the
 * article of `quote`, `source` into the article of `reference`).
 *
 * @example
 * const c: QuoteComparison = {quote: 0, reference: 1, verdict: 'altered', similarity: 0.8, differences: []}
 */
export interface QuoteComparison {
  quote: number
  reference: number
  verdict: Verdict
  similarity: number
  differences: Difference[]
}

/**
 * The same utterance reported by several articles, with how the wording
 * differs and who each article says spoke.
 *
 * @example
 * cluster.quotes.map((q) => q.quote.text) // ['Despite everything, we will work for peace,', '...we continue working for peace,']
 * cluster.differences[0].differences[0].type // 'substitution'
 */
export interface QuoteCluster {
  quotes: ArticleQuote[]
  /** The speakers the articles name, distinct, in order (more than one: the attributions differ). */
  speakers: string[]
  /** Each quote after the first compared with the quote it was matched to. */
  differences: QuoteComparison[]
}

/**
 * A sentence of one article, with its offsets in that article's text.
 *
 * @example
 * const s: ClaimSentence = {articleId: 'ft', start: 0, end: 14, text: 'Talks stalled.'}
 */
export interface ClaimSentence {
  articleId: string
  start: number
  end: number
  text: string
}

/**
 * One piece of news reported by several articles in their own words: the
 * sentences (of at least two articles) that report it.
 *
 * @example
 * claim.sentences.map((s) => s.articleId) // ['metro', 'bbc', 'axios']
 */
export interface Claim {
  sentences: ClaimSentence[]
  /** 0..1: how strongly the sentences agree (the weakest link that joined them). */
  score: number
}

/**
 * The result of {@link compareArticles}.
 *
 * @example
 * const {quoteClusters, claims} = compareArticles(articles)
 */
export interface Comparison {
  quoteClusters: QuoteCluster[]
  claims: Claim[]
}

/**
 * Options for {@link compareArticles}.
 *
 * @example
 * compareArticles(articles, {claimThreshold: 0.5})
 */
export interface CompareOptions {
  /** The quote finder (default: `extractQuotes`). */
  extract?: ((text: string) => Quote[]) | null | undefined
  /** Minimum score for two sentences to share a claim (default: `0.3`). */
  claimThreshold?: number | null | undefined
  /** Minimum word similarity for two quotes to be one utterance (default: `0.6`). */
  quoteThreshold?: number | null | undefined
  /** Skip the claims (sentences) and only cluster quotes (default: `false`). */
  quotesOnly?: boolean | null | undefined
}
