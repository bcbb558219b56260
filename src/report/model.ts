import type {Quote, Span} from '../types.js'

/**
 * One article as the report shows it: its text and the quotes found in it.
 *
 * @example
 * const article: ReportArticle = {id: 'bbc', title: 'Talks in London', text, quotes: extractQuotes(text)}
 */
export interface ReportArticle {
  /** Short name shown on every column and row (a file name, an outlet). */
  id: string
  title?: string | null | undefined
  text: string
  quotes: Quote[]
}

/**
 * One quote of a cluster, with the words that differ from the other versions.
 *
 * @example
 * const variant: ReportVariant = {articleId: 'bbc', quote, marks: [{start: 26, end: 34, text: 'positive'}]}
 */
export interface ReportVariant {
  articleId: string
  quote: Quote
  /** Words of `quote.text` that the other versions do not have (offsets into `quote.text`). */
  marks: Span[]
}

/**
 * The same utterance as several articles report it.
 *
 * @example
 * const cluster: ReportCluster = {variants: [bbcVariant, reutersVariant]}
 */
export interface ReportCluster {
  variants: ReportVariant[]
}

/**
 * One piece of news told by several articles: one sentence (or none) per article.
 *
 * @example
 * const claim: ReportClaim = {sentences: [{articleId: 'bbc', start: 0, end: 40, text: 'Putin offered…'}]}
 */
export interface ReportClaim {
  sentences: Array<{articleId: string; start: number; end: number; text: string}>
}

/**
 * Everything {@link renderReport} shows.
 *
 * @example
 * const html = renderReport({articles, clusters: [], claims: []})
 */
export interface ReportInput {
  articles: ReportArticle[]
  clusters: ReportCluster[]
  claims: ReportClaim[]
  /** The page title (default: `'onrecord report'`). */
  title?: string | null | undefined
  /** A line under the title, such as the tool and version that made it. */
  generator?: string | null | undefined
}
