import type {Hearsay, Span} from '../../index.js'
import {findHearsay, htmlRange} from '../../index.js'
import {EXIT_FAILED_CHECK} from '../errors.js'
import type {InputFile} from '../input.js'
import {chooseFormat, emit} from '../output.js'
import type {CommonOptions} from '../output.js'
import {readAndAnalyse} from '../read.js'
import {renderTable} from '../table.js'
import {locator} from '../../plugin/location.js'

/** Options of `onrecord hearsay`. */
export interface HearsayOptions extends CommonOptions {
  /** List only the claims no source is named for, and exit 1 when there is one. */
  unsourced?: boolean
}

/** A claim with where it is in its file (`story.txt:3:5`, in the HTML as read for HTML input). */
type PlacedHearsay = Hearsay & {at: string}

/**
 * `onrecord hearsay FILE...`: every claim passed on as hearsay ("reportedly",
 * "is said to", "it is understood that") with the source named for it, if
 * any. With `--unsourced`, only those with none, and exit code 1 when there
 * is one, so that it can gate publication. JSON: `[{file, id, hearsay}]`;
 * NDJSON: one claim per line with its `file`.
 *
 * @example
 * hearsayCommand(['draft.txt'], {progress: true, format: 'json', unsourced: true})
 */
export function hearsayCommand(paths: string[], options: HearsayOptions): void {
  const format = chooseFormat(options)
  const results = readAndAnalyse(paths, options, 'hearsay', (input) => {
    const claims = findHearsay(input.text).filter((claim) => !options.unsourced || claim.source === null)
    return placed(claims, input)
  })
  const files = results.map(({input, result}) => ({file: input.path, id: input.id, hearsay: result}))
  emit(
    {
      json: files,
      records: files.flatMap(({file, hearsay}) => hearsay.map((claim) => ({file, ...claim}))),
      table: (width) => {
        const headers = ['AT', 'CUE', 'SOURCE', 'CLAIM']
        const rows = files.flatMap(({hearsay}) => hearsay.map((claim) => [claim.at, claim.cue.text, claim.source ?? '—', claim.content.text]))
        return rows.length === 0 ? `No ${options.unsourced ? 'unsourced ' : ''}hearsay found.\n` : renderTable(headers, rows, width)
      }
    },
    format,
    options.output
  )
  if (options.unsourced && files.some((file) => file.hearsay.length > 0)) process.exitCode = EXIT_FAILED_CHECK
}

/** Each claim with its line and column in the file as read (through the HTML map for HTML input). */
function placed(claims: readonly Hearsay[], input: InputFile): PlacedHearsay[] {
  const place = locator(input.source ?? input.text)
  const {html} = input
  const offset = (span: Span): number => (html ? htmlRange(html.map, span).start : span.start)
  return claims.map((claim) => {
    const {line, column} = place(offset(claim.content), offset(claim.content)).start
    return {...claim, at: `${input.path}:${line}:${column}`}
  })
}
