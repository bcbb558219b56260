/**
 * onrecord/node: the Node-only entry. Batches over many articles, streamed
 * and spread over worker threads, with results identical to calling the core
 * functions one article at a time.
 *
 * The core (`onrecord`) stays free of Node built-ins; everything that needs
 * `node:worker_threads` or `node:os` lives here. This file is the whole
 * Node-only API.
 */
export {extractMany, findSourcesMany} from './extract-many.js'
export type {
  ArticleInput,
  BatchOptions,
  ExtractManyOptions,
  ExtractManyResult,
  FindSourcesManyOptions,
  FindSourcesManyResult
} from './extract-many.js'
export {compareMany} from './compare.js'
export type {CompareManyOptions} from './compare.js'
