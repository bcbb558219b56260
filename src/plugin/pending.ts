/**
 * A library function this adapter needs that the quote scanner has not
 * exported yet, typed as planned. It is looked up at call time; until it
 * exists the plugin skips the `unbalanced-quote-mark` check.
 */
import * as onrecord from '../index.js'
import type {Span} from '../types.js'

interface PendingApi {
  /** The quote scanner's stray marks (src/quotes). */
  findUnbalancedMarks(text: string): Span[]
}

const library = onrecord as unknown as Partial<PendingApi>

/**
 * The function `name` when the library exports it, else undefined.
 *
 * @example
 * pending('findUnbalancedMarks')?.(text) ?? []
 */
export function pending<Name extends keyof PendingApi>(name: Name): PendingApi[Name] | undefined {
  return library[name]
}
