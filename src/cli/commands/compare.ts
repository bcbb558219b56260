import type {Quote} from '../../index.js'
import type {Comparison} from '../../index.js'
import {describeDifference} from '../describe.js'
import {UsageError} from '../errors.js'
import {compareArticles, extractQuotes, renderReport} from '../../index.js'
import {chooseFormat, emit} from '../output.js'
import type {CommonOptions} from '../output.js'
import {progressBar} from '../progress.js'
import {readWithProgress} from '../read.js'
import {truncate} from '../table.js'
import {packageVersion} from '../version.js'
import {assertWritableFolder, writeAtomic} from '../write.js'

/** Options of `onrecord compare`. */
export interface CompareCommandOptions extends CommonOptions {
  html?: string
}

/**
 * `onrecord compare FILE...`: the quotes several articles share (with how
 * their words differ) and the news they tell alike. `--html FILE` writes
 * the report page; then nothing is printed unless a format or `--output` is
 * asked for. JSON: `{articles, quoteClusters, claims}`; NDJSON: one cluster
 * or claim per line, with its `type`.
 *
 * @example
 * compareCommand(['bbc.txt', 'cnn.txt'], {progress: true, html: 'report.html'})
 */
export function compareCommand(paths: string[], options: CompareCommandOptions): void {
  const format = chooseFormat(options)
  const twice = paths.find((path, index) => paths.indexOf(path) !== index)
  if (twice !== undefined) throw new UsageError(`'${twice}' is given twice: compare needs different files`)
  // Both outputs checked before anything is read or written: a bad -o leaves no report behind.
  if (options.html) assertWritableFolder(options.html)
  if (options.output) assertWritableFolder(options.output)
  const inputs = readWithProgress(paths, options)
  if (inputs.length < 2) throw new UsageError('compare needs at least two files')

  // Quotes found once: for the report, and handed to compareArticles.
  const bar = progressBar('quotes', inputs.length, options.progress)
  const quotesByText = new Map<string, Quote[]>()
  for (const input of inputs) {
    if (!quotesByText.has(input.text)) quotesByText.set(input.text, extractQuotes(input.text))
    bar.tick()
  }
  bar.stop()
  const extract = (text: string): Quote[] => quotesByText.get(text) ?? extractQuotes(text)
  const comparison = compareArticles(
    inputs.map(({id, text}) => ({id, text})),
    {extract}
  )

  if (options.html) {
    const articles = inputs.map((input) => ({id: input.id, title: input.html?.title?.text ?? null, text: input.text, quotes: extract(input.text)}))
    writeAtomic(options.html, renderReport({articles, comparison, generator: `Made by onrecord ${packageVersion()} from ${inputs.length} files`}))
    if (!options.format && !options.json && !options.output) {
      process.stderr.write(
        `Wrote ${options.html}: ${comparison.quoteClusters.length} quote clusters, ${comparison.claims.length} shared claims\n`
      )
      return
    }
  }

  emit(
    {
      json: {articles: inputs.map(({id, path}) => ({id, file: path})), ...comparison},
      records: [
        ...comparison.quoteClusters.map((cluster) => ({type: 'quoteCluster', ...cluster})),
        ...comparison.claims.map((claim) => ({type: 'claim', ...claim}))
      ],
      table: (width) => comparisonTable(comparison, width)
    },
    format,
    options.output
  )
}

/** Clusters and claims as indented lines for a terminal. */
function comparisonTable(comparison: Comparison, width: number): string {
  const lines: string[] = []
  const line = (text: string): void => {
    lines.push(truncate(text, width))
  }
  line(`QUOTE CLUSTERS (${comparison.quoteClusters.length})`)
  comparison.quoteClusters.forEach((cluster, index) => {
    const ids = cluster.quotes.map((quote) => quote.articleId)
    line(`${index + 1}. ${cluster.speakers.join(' / ') || 'no speaker'}: ${ids.length} articles${cluster.speakers.length > 1 ? ' (attributions differ)' : ''}`)
    const pad = ids.reduce((max, id) => Math.max(max, id.length), 0)
    for (const {articleId, quote} of cluster.quotes) line(`   ${articleId.padEnd(pad)}  “${quote.text}”`)
    for (const compared of cluster.differences) {
      const words = compared.differences.filter((difference) => difference.type !== 'punctuation').map(describeDifference)
      if (words.length === 0) continue
      line(`   ${ids[compared.quote] ?? '?'} vs ${ids[compared.reference] ?? '?'}: ${words.join('; ')}`)
    }
  })
  line('')
  line(`SHARED CLAIMS (${comparison.claims.length})`)
  comparison.claims.forEach((claim, index) => {
    line(`${index + 1}. score ${claim.score.toFixed(2)}`)
    const pad = claim.sentences.reduce((max, sentence) => Math.max(max, sentence.articleId.length), 0)
    for (const sentence of claim.sentences) line(`   ${sentence.articleId.padEnd(pad)}  ${sentence.text}`)
  })
  return `${lines.join('\n')}\n`
}
