import type {Quote} from '../types.js'
import {assertOptions, assertString} from '../errors.js'

/** Options for {@link extractQuotes}. */
export interface ExtractOptions {
  /** Keep quotes found in page furniture, marked `inBoilerplate` (default: `false`). */
  keepBoilerplate?: boolean | null | undefined
}

/** (work in progress: the real pipeline lands in the next commit) */
export function extractQuotes(text: string, options?: ExtractOptions | null): Quote[] {
  assertString(text, 'text')
  assertOptions(options, 'options')
  return []
}
