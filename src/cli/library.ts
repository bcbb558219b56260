/**
 * The library functions the CLI calls. Those not exported yet by the parts
 * of onrecord still in progress (issues 3 and 4) are looked up at call time
 * with the types their issues give them; calling one that is missing is a
 * clear error, not a crash.
 */
import * as onrecord from '../index.js'
import type {ArticleInput, CompareOptions, Comparison, Verification, VerifyOptions} from '../compare/types.js'
import type {Source} from '../types.js'
import {UsageError} from './errors.js'

export {articleFromHtml, extractQuotes, htmlRange, renderReport} from '../index.js'

interface PendingApi {
  findSources(text: string): Source[]
  verifyQuote(quote: string, source: string, options?: VerifyOptions | null): Verification
  compareArticles(articles: ArticleInput[], options?: CompareOptions | null): Comparison
}

const library = onrecord as unknown as Partial<PendingApi>

/**
 * The library function `name`, or a `UsageError` saying this build lacks it.
 *
 * @example
 * const sources = api('findSources')(text)
 */
export function api<Name extends keyof PendingApi>(name: Name): PendingApi[Name] {
  const found = library[name]
  if (!found) throw new UsageError(`${name} is not available in this build of onrecord`)
  return found
}
