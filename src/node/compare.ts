/**
 * compareMany: `compareArticles` with its quote extraction spread over worker
 * threads. Matching needs every article at once (its index spans the whole
 * corpus), so the articles are collected; what runs in parallel is the
 * per-article work, `extractQuotes`, and the result is exactly
 * `compareArticles(articles, options)`.
 */
import * as core from '../index.js'
import type {CompareOptions, Comparison} from '../compare/types.js'
import {assertOptions, describe as describeValue} from '../errors.js'
import type {Quote} from '../types.js'
import {extractMany} from './extract-many.js'
import type {BatchOptions} from './extract-many.js'

/**
 * Options for {@link compareMany}: the batch options and everything
 * `compareArticles` accepts. A custom `extract` function cannot cross to
 * worker threads; with one, the extraction runs in this thread.
 *
 * @example
 * const options: CompareManyOptions = {workers: 4, quotesOnly: true}
 */
export type CompareManyOptions = BatchOptions & CompareOptions

type CompareArticles = (articles: Array<{id: string; text: string}>, options?: CompareOptions | null) => Comparison

/**
 * Compare many articles (same quotes across outlets, same claims), extracting
 * their quotes on worker threads first. Resolves to exactly what
 * `compareArticles(articles, options)` returns.
 *
 * @example
 * import {compareMany} from 'onrecord/node'
 * const {quoteClusters} = await compareMany(articles, {workers: 8})
 * for (const cluster of quoteClusters) console.log(cluster.speakers, cluster.quotes.length)
 */
export async function compareMany(
  articles: Iterable<{id: string; text: string}> | AsyncIterable<{id: string; text: string}>,
  options?: CompareManyOptions | null
): Promise<Comparison> {
  assertArticles(articles)
  assertOptions(options, 'options')
  const compareArticles = (core as unknown as Record<string, unknown>).compareArticles as CompareArticles | undefined
  if (typeof compareArticles !== 'function') {
    throw new TypeError('onrecord: `compareArticles` is not available in this build')
  }
  const {workers, maxInFlight, ...compareOptions}: CompareManyOptions = options ?? {}
  const all: Array<{id: string; text: string}> = []
  const quotesByText = new Map<string, Quote[]>()
  const batch: BatchOptions = {workers: compareOptions.extract ? 0 : workers, maxInFlight}
  const extract = compareOptions.extract ?? null
  if (extract !== null) {
    // A function of the caller's: it runs here, in compareArticles itself.
    for await (const article of articles) all.push(article)
  } else {
    async function* collect() {
      for await (const article of articles) {
        if (typeof article !== 'object' || article === null || typeof article.id !== 'string' || typeof article.text !== 'string') {
          throw new TypeError(`onrecord: expected \`articles[${all.length}]\` to be {id: string, text: string}, got ${describeValue(article)}`)
        }
        all.push(article)
        yield article.text
      }
    }
    for await (const result of extractMany(collect(), batch)) {
      quotesByText.set(all[result.index]?.text ?? '', result.quotes)
    }
  }
  return compareArticles(all, {
    ...compareOptions,
    extract: extract ?? ((text: string) => quotesByText.get(text) ?? core.extractQuotes(text))
  })
}

/** Throw a TypeError naming `articles` unless it is an iterable or async iterable. */
function assertArticles(articles: unknown): void {
  const iterable =
    typeof articles === 'object' &&
    articles !== null &&
    (Symbol.iterator in articles || Symbol.asyncIterator in articles)
  if (!iterable) {
    throw new TypeError(`onrecord: expected \`articles\` to be an iterable or async iterable of {id, text}, got ${describeValue(articles)}`)
  }
}
