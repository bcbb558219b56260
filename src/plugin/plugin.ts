import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {assertOptions} from '../errors.js'
import {verifyQuote} from '../compare/index.js'
import type {Verification, VerifyOptions} from '../compare/index.js'
import {extractQuotes} from '../extract/index.js'
import {findUnbalancedMarks} from '../quotes/index.js'
import {sourcesOf} from '../sources/index.js'
import {hearsayOf} from '../hearsay/index.js'
import {analyzeArticle} from '../extract/analyze.js'
import type {ExtractOptions} from '../extract/index.js'
import type {Hearsay, Quote, Source} from '../types.js'
import {locator} from './location.js'
import {MESSAGE_SOURCE, RULES, excerpt} from './rules.js'

/**
 * A text to check quotes against: a transcript, a statement, a wire story.
 *
 * @example
 * const source: CheckSource = {id: 'transcript', text: 'We need to determine very quickly now…'}
 */
export type CheckSource = string | {id?: string | null | undefined; text: string}

/**
 * Options for {@link retextOnrecord}.
 *
 * @example
 * unified().use(retextEnglish).use(retextOnrecord, {sources: [transcript]})
 */
export interface RetextOnrecordOptions {
  /** Texts to check every quote against (default: none: no `altered-quote` check). */
  sources?: readonly CheckSource[] | null | undefined
  /** Passed to `extractQuotes` (default: its defaults). */
  extract?: ExtractOptions | null | undefined
  /** Passed to `verifyQuote` (default: its defaults). */
  verify?: VerifyOptions | null | undefined
}

/**
 * A quote of the file checked against the closest of `options.sources`.
 *
 * @example
 * file.data.verifications[0] // {quote: 0, source: 0, id: 'transcript', verification: {verdict: 'exact', …}}
 */
export interface QuoteVerification {
  /** Index into `file.data.quotes`. */
  quote: number
  /** Index into `options.sources`. */
  source: number
  /** The source's id, or its index as a string. */
  id: string
  verification: Verification
}

declare module 'vfile' {
  interface DataMap {
    /** The quotes of the file (`extractQuotes`), set by `retextOnrecord`. */
    quotes: Quote[]
    /** The sources the file cites (`findSources`), set by `retextOnrecord`. */
    sources: Source[]
    /** The claims the file passes on as hearsay (`findHearsay`), set by `retextOnrecord`. */
    hearsay: Hearsay[]
    /** Each quote checked against `options.sources`, set by `retextOnrecord` when given sources. */
    verifications: QuoteVerification[]
  }
}

/**
 * Find the quotes and sources of a document and warn about what an editor
 * should look at, in the same reporter as every other retext warning:
 * `unattributed-quote` (a quote with no speaker), `unsourced-claim` (hearsay,
 * "reportedly" or "is said to", with no source named: see `findHearsay`),
 * `unbalanced-quote-mark` (a mark that opens or closes nothing), and, given `options.sources`,
 * `altered-quote` (the words differ from the closest source; the message's
 * `actual` is the quote and `expected` the source passage). Results go on
 * `file.data.quotes`, `file.data.sources`, `file.data.hearsay` and `file.data.verifications`.
 *
 * @example
 * const file = await unified()
 *   .use(retextEnglish)
 *   .use(retextOnrecord, {sources: ['We hope for substantive and positive technical meetings.']})
 *   .use(retextStringify)
 *   .process('“We hope for substantive and good technical meetings,” Rubio said.')
 * file.messages.map(String) // ['1:2-1:54: Altered quote: `good` where the source has `positive`']
 */
export function retextOnrecord(options?: RetextOnrecordOptions | null) {
  // (Cast: the assertion's Record type would narrow the options to never.)
  assertOptions(options as unknown, 'options')
  const sources = normaliseSources(options?.sources)
  const extractOptions = options?.extract ?? null
  const verifyOptions = options?.verify ?? null

  return function transform(_tree: Root, file: VFile): undefined {
    // As the parser reads it: `String(file)` decodes a Uint8Array value
    // (`String(file.value)` would give its bytes as numbers).
    const text = String(file)
    const place = locator(text)
    const quotes = extractQuotes(text, extractOptions)
    file.data.quotes = quotes
    // What findSources and findHearsay return, from one analysis of the text.
    const analysis = text.length > 0 ? analyzeArticle(text) : null
    const cited = analysis ? sourcesOf(analysis, false) : []
    const hearsay = analysis ? hearsayOf(analysis, cited, false) : []
    file.data.sources = cited
    file.data.hearsay = hearsay

    for (const mark of findUnbalancedMarks(text)) {
      file.message(`Unbalanced quote mark \`${mark.text}\`: nothing opens or closes it`, {
        place: place(mark.start, mark.end),
        ruleId: RULES.unbalanced,
        source: MESSAGE_SOURCE
      })
    }

    const verifications: QuoteVerification[] = []
    const checks = checkQuotes(quotes, sources, verifyOptions)
    quotes.forEach((quote, index) => {
      const first = quote.parts[0]
      const last = quote.parts[quote.parts.length - 1]
      if (!first || !last || quote.kind === 'term' || quote.inBoilerplate) return
      const position = place(first.start, last.end)
      if (!quote.speaker) {
        file.message(`Unattributed quote \`${excerpt(quote.text)}\`: no speaker found`, {
          place: position,
          ruleId: RULES.unattributed,
          source: MESSAGE_SOURCE
        })
      }
      const checked = checks[index]
      if (!checked) return
      verifications.push(checked)
      const {verification} = checked
      if (verification.verdict !== 'altered' || !verification.match) return
      const message = file.message(`Altered quote: ${describeDifferences(verification)}`, {
        place: position,
        ruleId: RULES.altered,
        source: MESSAGE_SOURCE
      })
      message.actual = quote.text
      message.expected = [verification.match.text]
      message.note = `Checked against source \`${checked.id}\` (similarity ${verification.similarity.toFixed(2)})`
    })
    for (const claim of hearsay) {
      if (claim.source !== null) continue
      file.message(`Unsourced claim: \`${claim.cue.text}\` names no source for \`${excerpt(claim.content.text)}\``, {
        place: place(claim.content.start, claim.content.end),
        ruleId: RULES.unsourced,
        source: MESSAGE_SOURCE
      })
    }
    if (sources.length > 0) file.data.verifications = verifications
    return undefined
  }
}

/** `sources` as `{id, text}`, validated. */
function normaliseSources(sources: readonly CheckSource[] | null | undefined): Array<{id: string; text: string}> {
  if (sources === null || sources === undefined) return []
  if (!Array.isArray(sources)) throw new TypeError('onrecord: expected `options.sources` to be an array')
  return sources.map((source, index) => {
    if (typeof source === 'string') return {id: String(index), text: source}
    if (source && typeof source === 'object' && typeof source.text === 'string') {
      return {id: source.id ?? String(index), text: source.text}
    }
    throw new TypeError(`onrecord: expected \`options.sources[${index}]\` to be a string or {text}`)
  })
}

/**
 * Each quote that is checked (not a term, not furniture) verified against
 * every source, the closest kept (the first on a tie); null for the others
 * and without sources. Source by source: verifyQuote indexes a source once
 * and keeps only the last few, so quote by quote over many sources would
 * index each of them for every quote.
 */
function checkQuotes(
  quotes: readonly Quote[],
  sources: ReadonlyArray<{id: string; text: string}>,
  options: VerifyOptions | null
): Array<QuoteVerification | null> {
  const best: Array<QuoteVerification | null> = quotes.map(() => null)
  sources.forEach((source, sourceIndex) => {
    quotes.forEach((quote, index) => {
      if (quote.kind === 'term' || quote.inBoilerplate || quote.parts.length === 0) return
      const verification = verifyQuote(quote.text, source.text, options)
      const current = best[index]
      if (!current || verification.similarity > current.verification.similarity) {
        best[index] = {quote: index, source: sourceIndex, id: source.id, verification}
      }
    })
  })
  return best
}

/** "`good` where the source has `positive`", and how many more differences. */
function describeDifferences(verification: Verification): string {
  const words = verification.differences.filter((difference) => difference.type !== 'punctuation' && difference.type !== 'spelling')
  const [first] = words
  if (!first) return 'the words differ from the source'
  const quoted = first.quoted ? `\`${first.quoted.text}\`` : 'nothing'
  const source = first.source ? `\`${first.source.text}\`` : 'nothing'
  const more = words.length > 1 ? ` (and ${words.length - 1} more)` : ''
  return `${quoted} where the source has ${source}${more}`
}
