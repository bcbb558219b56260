import type {Comparison} from '../compare/types.js'
import type {Quote} from '../types.js'

/**
 * One article as the report shows it: its text and the quotes found in it.
 *
 * @example
 * const article: ReportArticle = {id: 'bbc', title: 'Talks in London', text, quotes: extractQuotes(text)}
 */
export interface ReportArticle {
  /** The id given to `compareArticles`: shown on every column and caption. */
  id: string
  title?: string | null | undefined
  text: string
  /** The article's quotes (`extractQuotes(text)`), highlighted in its text. */
  quotes: Quote[]
}

/**
 * Everything {@link renderReport} shows.
 *
 * @example
 * const html = renderReport({articles, comparison: compareArticles(articles)})
 */
export interface ReportInput {
  articles: ReportArticle[]
  /** The result of `compareArticles` over the same articles (same ids and texts). */
  comparison: Comparison
  /** The page title (default: `'onrecord report'`). */
  title?: string | null | undefined
  /** A line under the title, such as the tool and version that made it. */
  generator?: string | null | undefined
}
