import type {InputFile} from './input.js'
import {readInputs} from './input.js'
import type {CommonOptions} from './output.js'
import {progressBar} from './progress.js'

/**
 * Read the command's files with a progress bar, then run `analyse` on each
 * (a second bar): the shared first half of `quotes` and `sources`.
 *
 * @example
 * const results = readAndAnalyse(files, options, 'quotes', (input) => extractQuotes(input.text))
 */
export function readAndAnalyse<Result>(
  paths: readonly string[],
  options: CommonOptions,
  label: string,
  analyse: (input: InputFile) => Result
): Array<{input: InputFile; result: Result}> {
  const inputs = readWithProgress(paths, options)
  const bar = progressBar(label, inputs.length, options.progress)
  try {
    return inputs.map((input) => {
      const result = analyse(input)
      bar.tick()
      return {input, result}
    })
  } finally {
    bar.stop()
  }
}

/**
 * Read the command's files, with a progress bar on a terminal.
 *
 * @example
 * const inputs = readWithProgress(['a.txt', 'b.html'], options)
 */
export function readWithProgress(paths: readonly string[], options: CommonOptions): InputFile[] {
  const bar = progressBar('reading', paths.length, options.progress)
  try {
    return readInputs(paths, {format: options.inputFormat, onRead: () => bar.tick()})
  } finally {
    bar.stop()
  }
}
