import {UsageError} from './errors.js'
import type {InputFormat, OutputFormat} from './formats.js'
import {writeAtomic} from './write.js'

/** The options every command shares. */
export interface CommonOptions {
  format?: OutputFormat
  json?: boolean
  output?: string
  inputFormat?: InputFormat
  progress: boolean
}

/**
 * A command's result in every format: one JSON value, NDJSON records, and a
 * table for people.
 *
 * @example
 * const result: CommandResult = {json: files, records: quotes, table: (width) => renderTable(...)}
 */
export interface CommandResult {
  json: unknown
  records: readonly unknown[]
  table: (width: number) => string
}

/**
 * The format to print: `--format`, else `--json`, else a table on a
 * terminal and JSON elsewhere (a pipe, a file).
 *
 * @example
 * chooseFormat({progress: true}) // 'table' in a terminal
 */
export function chooseFormat(options: CommonOptions): OutputFormat {
  if (options.format && options.json && options.format !== 'json') {
    throw new UsageError(`--json and --format ${options.format} disagree: give one`)
  }
  if (options.format) return options.format
  if (options.json) return 'json'
  return process.stdout.isTTY && !options.output ? 'table' : 'json'
}

/**
 * Print `result` in `format` to standard output, or write it atomically to
 * `output` when given.
 *
 * @example
 * emit(result, chooseFormat(options), options.output)
 */
export function emit(result: CommandResult, format: OutputFormat, output: string | undefined): void {
  const text = render(result, format)
  if (output) writeAtomic(output, text)
  else process.stdout.write(text)
}

function render(result: CommandResult, format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(result.json, null, 2)}\n`
  if (format === 'ndjson') return result.records.map((record) => `${JSON.stringify(record)}\n`).join('')
  return result.table(process.stdout.columns || 100)
}
