import type {Quote} from '../../index.js'
import {extractQuotes, htmlRange} from '../../index.js'
import type {InputFile} from '../input.js'
import {chooseFormat, emit} from '../output.js'
import type {CommonOptions} from '../output.js'
import {readAndAnalyse} from '../read.js'
import {renderTable} from '../table.js'

/** Options of `onrecord quotes`. */
export interface QuotesOptions extends CommonOptions {
  keepBoilerplate?: boolean
}

/**
 * `onrecord quotes FILE...`: every quote of every file with its speaker.
 * JSON: `[{file, id, quotes}]` (for HTML input each quote also has
 * `htmlParts`, its parts' offsets in the HTML); NDJSON: one quote per line
 * with its `file`.
 *
 * @example
 * quotesCommand(['story.txt'], {progress: true, format: 'json'})
 */
export function quotesCommand(paths: string[], options: QuotesOptions): void {
  const format = chooseFormat(options)
  const results = readAndAnalyse(paths, options, 'quotes', (input) =>
    extractQuotes(input.text, {keepBoilerplate: options.keepBoilerplate ?? false}).map((quote) => withHtmlParts(quote, input))
  )
  const files = results.map(({input, result}) => ({file: input.path, id: input.id, quotes: result}))
  emit(
    {
      json: files,
      records: files.flatMap(({file, quotes}) => quotes.map((quote) => ({file, ...quote}))),
      table: (width) => {
        const several = files.length > 1
        const headers = [...(several ? ['FILE'] : []), 'SPEAKER', 'CUE', 'QUOTE']
        const rows = files.flatMap(({id, quotes}) =>
          quotes.map((quote) => [
            ...(several ? [id] : []),
            quote.kind === 'term' ? '(term)' : (quote.speaker?.name ?? '—'),
            quote.cue?.text ?? '',
            `“${quote.text}”`
          ])
        )
        return rows.length === 0 ? 'No quotes found.\n' : renderTable(headers, rows, width)
      }
    },
    format,
    options.output
  )
}

/** For HTML input: where each part of the quote is in the HTML source. */
function withHtmlParts(quote: Quote, input: InputFile): Quote & {htmlParts?: Array<{start: number; end: number}>} {
  const {html} = input
  if (!html) return quote
  return {...quote, htmlParts: quote.parts.map((part) => htmlRange(html.map, part))}
}
