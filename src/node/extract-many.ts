/**
 * extractMany: the quotes of many articles, streamed in input order and
 * spread over worker threads, identical to `extractQuotes` one article at a
 * time.
 */
import {availableParallelism} from 'node:os'
import {assertOptions, describe as describeValue} from '../errors.js'
import {extractQuotes, findSources} from '../index.js'
import type {ExtractOptions, Quote, Source, SourceOptions} from '../index.js'
import {ordered} from './ordered.js'
import {WorkerPool} from './pool.js'
import type {WorkerOp} from './protocol.js'

/**
 * One article of a batch: a string, or an object with the text and an id of
 * your own that comes back with its result.
 *
 * @example
 * const article: ArticleInput = {id: 'bbc-2025-04-23', text: '“No,” Rubio said.'}
 */
export type ArticleInput = string | {id?: string | number | null | undefined; text: string}

/**
 * How a batch runs.
 *
 * @example
 * const options: BatchOptions = {workers: 4, maxInFlight: 64}
 */
export interface BatchOptions {
  /**
   * Worker threads (default: `os.availableParallelism()`). `0` or `1` runs
   * in this thread, with no worker at all; at most 256.
   */
  workers?: number | null | undefined
  /**
   * Most articles read from the input and not yet yielded (default: 8 per
   * worker, 1 in this thread). Bounds memory for archives of any length.
   */
  maxInFlight?: number | null | undefined
}

/**
 * Options for {@link extractMany}: the batch options, and everything
 * `extractQuotes` accepts (passed to it unchanged; plain data only, since it
 * crosses to the worker threads).
 *
 * @example
 * const options: ExtractManyOptions = {workers: 2, keepBoilerplate: true}
 */
export type ExtractManyOptions = BatchOptions & ExtractOptions

/**
 * The quotes of one article of a batch.
 *
 * @example
 * const result: ExtractManyResult = {index: 0, id: 'bbc-2025-04-23', quotes: []}
 */
export interface ExtractManyResult {
  /** Position of the article in the input, from 0. */
  index: number
  /** The article's `id`, or its index when it had none. */
  id: string | number
  /** `extractQuotes(text, options)`, exactly. */
  quotes: Quote[]
}

interface Article {
  id: string | number
  text: string
}

function article(item: unknown, index: number): Article {
  if (typeof item === 'string') return {id: index, text: item}
  if (typeof item === 'object' && item !== null && typeof (item as {text?: unknown}).text === 'string') {
    const {id, text} = item as {id?: unknown; text: string}
    if (id === undefined || id === null) return {id: index, text}
    if (typeof id === 'string' || typeof id === 'number') return {id, text}
    throw new TypeError(`onrecord: expected \`texts[${index}].id\` to be a string or a number, got ${describeValue(id)}`)
  }
  throw new TypeError(`onrecord: expected \`texts[${index}]\` to be a string or {id, text}, got ${describeValue(item)}`)
}

function assertIterable(value: unknown, name: string): void {
  const ok =
    typeof value === 'object' &&
    value !== null &&
    (typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function' ||
      typeof (value as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function')
  if (!ok) {
    throw new TypeError(
      `onrecord: expected \`${name}\` to be an iterable or async iterable of strings or {id, text}, got ${describeValue(value)}`
    )
  }
}

function count(value: unknown, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `from ${min} to ${max}`
    throw new TypeError(`onrecord: expected \`${name}\` to be an integer ${range}, got ${typeof value === 'number' ? value : describeValue(value)}`)
  }
  return value
}

/** The most worker threads a batch starts: each costs a V8 isolate (tens of MB); more than this is a typo, not a machine. */
const MAX_WORKERS = 256

/** The core functions a batch can run, by name, for the in-thread path. */
const inThread: Record<WorkerOp, ((text: string, options: unknown) => unknown) | undefined> = {
  extractQuotes: extractQuotes as (text: string, options: unknown) => unknown,
  findSources: findSources as (text: string, options: unknown) => unknown
}

/** Validate, then stream `op` over the articles: in this thread or in a pool. */
function runMany<R>(
  op: WorkerOp,
  texts: unknown,
  options: unknown,
  wrap: (article: Article, index: number, value: unknown) => R
): AsyncGenerator<R, void, undefined> {
  assertIterable(texts, 'texts')
  assertOptions(options, 'options')
  const {workers: w, maxInFlight: m, ...rest} = (options ?? {}) as Record<string, unknown>
  const workers = count(w, 'options.workers', 0, MAX_WORKERS) ?? availableParallelism()
  const maxInFlight = count(m, 'options.maxInFlight', 1)
  const coreOptions = Object.keys(rest).length === 0 ? null : rest
  if (workers > 1) {
    try {
      structuredClone(coreOptions)
    } catch {
      throw new TypeError('onrecord: `options` must be plain data to cross to worker threads (or pass `workers: 0`)')
    }
  }
  const items = texts as Iterable<unknown> | AsyncIterable<unknown>

  if (workers <= 1) {
    const fn = inThread[op]
    if (fn === undefined) throw new TypeError(`onrecord: \`${op}\` is not available`)
    return ordered(items, async (item, index) => {
      const a = article(item, index)
      return wrap(a, index, fn(a.text, coreOptions))
    }, maxInFlight ?? 1)
  }

  return (async function* () {
    const pool = new WorkerPool(workers, {op, options: coreOptions})
    try {
      yield* ordered(
        items,
        async (item, index) => {
          const a = article(item, index)
          return wrap(a, index, await pool.run(a.text))
        },
        maxInFlight ?? workers * 8
      )
    } finally {
      await pool.close()
    }
  })()
}

/**
 * Find the quotes of many articles: an async generator yielding one result
 * per article, in input order, with `quotes` exactly what
 * `extractQuotes(text, options)` returns. Articles are spread over a pool of
 * worker threads (one per core by default) and read lazily from the input, at
 * most `maxInFlight` at a time, so an archive of a million articles streams
 * through without sitting in memory. Leaving the loop early ends the workers.
 *
 * Throws a TypeError at once for bad `texts` or `options`; a bad article
 * (neither a string nor `{id, text}`) throws at its turn in the output.
 *
 * @example
 * import {createReadStream} from 'node:fs'
 * import {createInterface} from 'node:readline'
 * import {extractMany} from 'onrecord/node'
 *
 * const lines = createInterface({input: createReadStream('archive.jsonl')})
 * async function* articles() {
 *   for await (const line of lines) yield JSON.parse(line) as {id: string; text: string}
 * }
 * for await (const {id, quotes} of extractMany(articles(), {workers: 8})) {
 *   for (const q of quotes) console.log(id, q.speaker?.name ?? '?', q.text)
 * }
 */
export function extractMany(
  texts: Iterable<ArticleInput> | AsyncIterable<ArticleInput>,
  options?: ExtractManyOptions | null
): AsyncGenerator<ExtractManyResult, void, undefined> {
  return runMany('extractQuotes', texts, options, (a, index, value) => ({index, id: a.id, quotes: value as Quote[]}))
}

/**
 * Options for {@link findSourcesMany}: the batch options, and everything
 * `findSources` accepts (plain data only).
 *
 * @example
 * const options: FindSourcesManyOptions = {workers: 2}
 */
export type FindSourcesManyOptions = BatchOptions & SourceOptions

/**
 * The sources of one article of a batch.
 *
 * @example
 * const result: FindSourcesManyResult = {index: 0, id: 'bbc-2025-04-23', sources: []}
 */
export interface FindSourcesManyResult {
  index: number
  id: string | number
  /** `findSources(text, options)`, exactly. */
  sources: Source[]
}

/**
 * Find the sources of many articles: like {@link extractMany}, with
 * `sources` exactly what `findSources(text, options)` returns.
 *
 * @example
 * import {findSourcesMany} from 'onrecord/node'
 * for await (const {id, sources} of findSourcesMany(articles)) {
 *   console.log(id, sources.map((s) => s.name).join('; '))
 * }
 */
export function findSourcesMany(
  texts: Iterable<ArticleInput> | AsyncIterable<ArticleInput>,
  options?: FindSourcesManyOptions | null
): AsyncGenerator<FindSourcesManyResult, void, undefined> {
  return runMany('findSources', texts, options, (a, index, value) => ({index, id: a.id, sources: value as Source[]}))
}
