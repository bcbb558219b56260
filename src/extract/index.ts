import type {Quote} from '../types.js'
import {assertArticleArguments} from '../errors.js'
import type {OutletEntry} from '../lexicons/outlets.js'
import {analyzeArticle} from './analyze.js'
import type {AnalyzedQuote} from './analyze.js'

/** Options for {@link extractQuotes}. */
export interface ExtractOptions {
  /** Keep quotes found in page furniture, marked `inBoilerplate` (default: `false`). */
  keepBoilerplate?: boolean | null | undefined
  /** Extra outlets to recognise by name, beside the built-in lexicon (default: none). */
  outlets?: readonly OutletEntry[] | null | undefined
}

/**
 * Find every quotation in a news text and attribute it to its speaker, with
 * the cue and the exact spans as evidence. Linear in the length of the text.
 *
 * @param text The article, as plain text (one paragraph a line).
 * @param options See {@link ExtractOptions}.
 * @returns The quotes in text order; `[]` for empty text.
 * @throws {TypeError} When `text` is not a string or `options` not an object.
 *
 * @example
 * import {extractQuotes} from 'onrecord'
 *
 * const quotes = extractQuotes('“Despite everything, we will work for peace,” Yermak wrote on Telegram.')
 * quotes[0].text          // 'Despite everything, we will work for peace,'
 * quotes[0].speaker?.name // 'Yermak'
 * quotes[0].cue?.text     // 'wrote'
 */
export function extractQuotes(text: string, options?: ExtractOptions | null): Quote[] {
  const outlets = assertArticleArguments(text, options)
  if (text.length === 0) return []
  const analysis = analyzeArticle(text, outlets)
  const keep = options?.keepBoilerplate === true
  return analysis.quotes.filter((quote) => keep || !quote.inBoilerplate).map(toQuote)
}

/**
 * Shape an analysed quote for the public API.
 *
 * @example
 * toQuote(analysis.quotes[0]).speaker?.name
 */
export function toQuote(quote: AnalyzedQuote): Quote {
  const attribution = quote.attribution
  const confidence = Math.max(0, Math.min(1, (attribution?.confidence ?? 0.5) * (quote.closed ? 1 : 0.7)))
  const shaped: Quote = {
    text: quote.parts.map((part) => part.text).join(' '),
    parts: quote.parts.map((part) => ({...part})),
    kind: quote.kind,
    speaker: attribution ? {...attribution.speaker, mention: {...attribution.speaker.mention}} : null,
    cue: attribution?.cue ? {...attribution.cue} : null,
    confidence: Math.round(confidence * 100) / 100
  }
  if (quote.inBoilerplate) shaped.inBoilerplate = true
  return shaped
}
