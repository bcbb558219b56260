/**
 * Library functions this adapter needs that other parts of onrecord have not
 * exported yet, typed as their issues give them. Each is looked up at call
 * time; until it exists the plugin skips what depends on it.
 */
import * as onrecord from '../index.js'
import type {Source, Span} from '../types.js'

interface PendingApi {
  /** Issue 3 (src/sources). */
  findSources(text: string): Source[]
  /** The quote scanner's stray marks (src/quotes). */
  findUnbalancedMarks(text: string): Span[]
}

const library = onrecord as unknown as Partial<PendingApi>

/**
 * The function `name` when the library exports it, else undefined.
 *
 * @example
 * pending('findSources')?.(text) ?? []
 */
export function pending<Name extends keyof PendingApi>(name: Name): PendingApi[Name] | undefined {
  return library[name]
}
