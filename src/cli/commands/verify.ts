import type {Span, Verification} from '../../index.js'
import {describeDifference} from '../describe.js'
import {EXIT_FAILED_CHECK, UsageError} from '../errors.js'
import {extractQuotes, htmlRange, verifyQuote} from '../../index.js'
import type {InputFile} from '../input.js'
import {chooseFormat, emit} from '../output.js'
import type {CommonOptions} from '../output.js'
import {readWithProgress} from '../read.js'
import {locator} from '../../plugin/location.js'
import {truncate} from '../table.js'

/** Options of `onrecord verify`. */
export interface VerifyCommandOptions extends CommonOptions {
  quote: string[]
  quotesFrom?: string
}

/** One quote checked against the source files. */
interface Checked {
  quote: string
  /** Where the quote is in the draft (`draft.txt:3:5`), for `--quotes-from`. */
  at: string | null
  /** The source file that matched best; null when none did. */
  file: string | null
  verdict: Verification['verdict']
  similarity: number
  match: Verification['match']
  differences: Verification['differences']
}

/**
 * `onrecord verify --quote "..." SOURCE...` (or `--quotes-from draft.txt`):
 * check each quote against the source files and say whether it is exact,
 * cosmetically different, edited (an ellipsis, square brackets), altered or
 * not found, with the word-level
 * differences. Sets exit code 1 when any quote is altered or not found, so
 * it can gate publication.
 *
 * @example
 * verifyCommand(['transcript.txt'], {quote: ['We are done.'], progress: true})
 */
export function verifyCommand(paths: string[], options: VerifyCommandOptions): void {
  const format = chooseFormat(options)
  if (options.quote.length === 0 && !options.quotesFrom) {
    throw new UsageError('verify needs quotes to check: --quote "..." or --quotes-from FILE')
  }
  // One read of every file: a missing draft is found before anything is
  // read, and standard input is not read twice (`--quotes-from - -`).
  const inputs = readWithProgress(options.quotesFrom ? [...paths, options.quotesFrom] : paths, options)
  const sources = options.quotesFrom ? inputs.slice(0, -1) : inputs
  const quotes: Array<{text: string; at: string | null}> = options.quote.map((text) => ({text, at: null}))
  if (options.quotesFrom) {
    const draft = inputs[inputs.length - 1]
    if (draft) {
      // An HTML draft is placed in the page as read, through the article's map.
      const place = locator(draft.source ?? draft.text)
      const offset = (span: Span): number => (draft.html ? htmlRange(draft.html.map, span).start : span.start)
      for (const quote of extractQuotes(draft.text)) {
        if (quote.kind === 'term' || quote.inBoilerplate || !quote.parts[0]) continue
        const at = offset(quote.parts[0])
        const {line, column} = place(at, at).start
        quotes.push({text: quote.text, at: `${draft.path}:${line}:${column}`})
      }
    }
  }

  // Source by source: verifyQuote indexes a source once and keeps only the
  // last few, so quote by quote over many sources would index each every time.
  const bySource = sources.map((source) => quotes.map(({text}) => verifyQuote(text, source.text)))
  const checked: Checked[] = quotes.map(({text, at}, index) => {
    let best: {file: string; verification: Verification} | null = null
    for (let sourceIndex = 0; sourceIndex < sources.length; sourceIndex++) {
      const verification = bySource[sourceIndex]?.[index] as Verification
      const file = (sources[sourceIndex] as InputFile).path
      if (!best || verification.similarity > best.verification.similarity) best = {file, verification}
    }
    const verification = best?.verification
    return {
      quote: text,
      at,
      file: verification && verification.verdict !== 'not-found' ? (best?.file ?? null) : null,
      verdict: verification?.verdict ?? 'not-found',
      similarity: verification?.similarity ?? 0,
      match: verification?.match ?? null,
      differences: verification?.differences ?? []
    }
  })

  emit({json: checked, records: checked, table: (width) => verifyTable(checked, width)}, format, options.output)
  if (checked.some((check) => check.verdict === 'altered' || check.verdict === 'not-found')) process.exitCode = EXIT_FAILED_CHECK
}

function verifyTable(checked: readonly Checked[], width: number): string {
  if (checked.length === 0) return 'No quotes to check.\n'
  const lines: string[] = []
  for (const check of checked) {
    const where = check.file ? ` in ${check.file}` : ''
    lines.push(truncate(`${check.verdict.toUpperCase().padEnd(9)} ${check.similarity.toFixed(2)}  “${check.quote}”${where}`, width))
    if (check.at) lines.push(truncate(`          at ${check.at}`, width))
    for (const difference of check.differences) lines.push(truncate(`          ${describeDifference(difference)}`, width))
  }
  return `${lines.join('\n')}\n`
}

