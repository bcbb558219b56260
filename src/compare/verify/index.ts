/**
 * verifyQuote: is this quote in that source, word for word?
 */
import {assertOptions, assertString} from '../../errors.js'
import type {Verification, VerifyOptions} from '../types.js'
import {tokenizeWords} from '../words/tokenize.js'
import {differencesOf, verdictOf} from './differences.js'
import {indexSource} from './locate.js'
import {alignQuote, alignmentSimilarity} from './search.js'

/**
 * Check a quote against a source (a transcript, a statement, another
 * article) and say how faithful it is. The source may be long: its words
 * are indexed once (the last few sources are cached) and the quote is
 * aligned only against the stretches its rarer words point to.
 *
 * `exact`: the same words. Typography of quotation marks and apostrophes,
 * spacing, the quote's closing comma or period and the case of its first
 * letter do not count, and the quote may be a contiguous part of a longer
 * passage. `cosmetic`: only case, punctuation (a closing "!" or "?" the source
 * does not have among it), British/American spelling or contractions differ.
 * `edited`: the only word changes are the quoter's marked ones, words left
 * out at an ellipsis ("…", "...": an `elision`) or words in square brackets
 * standing in for the speaker's ("[Trump] will lose": `bracketed`); read
 * them to judge whether the edit keeps the sense. `altered`: words
 * substituted, added or dropped without a mark.
 * `not-found`: no passage reaches `minSimilarity` (default `0.5`).
 *
 * @param quote The quoted words (with or without their quotation marks).
 * @param source The text the quote is said to come from.
 * @example
 * verifyQuote('“There’s nothing to talk about.”', 'There is nothing to talk about, he said.').verdict // 'cosmetic'
 * verifyQuote('we will work for peace', 'Despite everything, we continue working for peace.').differences
 * // [{type: 'substitution', quoted: {text: 'will work', ...}, source: {text: 'continue working', ...}}]
 */
export function verifyQuote(quote: string, source: string, options?: VerifyOptions | null): Verification {
  assertString(quote, 'quote')
  assertString(source, 'source')
  assertOptions(options as unknown, 'options')
  const minSimilarity = options?.minSimilarity ?? 0.5
  if (typeof minSimilarity !== 'number' || Number.isNaN(minSimilarity)) {
    throw new TypeError('onrecord: expected `options.minSimilarity` to be a number')
  }
  const quoteWords = tokenizeWords(quote)
  const notFound: Verification = {verdict: 'not-found', similarity: 0, match: null, differences: []}
  if (quoteWords.length === 0) return notFound
  const index = indexSource(source)
  const best = alignQuote(quoteWords, index)
  const bestSimilarity = best ? alignmentSimilarity(best, quoteWords.length) : 0
  if (!best || best.first < 0 || bestSimilarity < minSimilarity) {
    return {...notFound, similarity: round(bestSimilarity)}
  }
  const first = index.words[best.first]
  const last = index.words[best.last]
  if (!first || !last) return notFound
  const differences = differencesOf(best.steps, quoteWords, quote, index.words, source)
  return {
    verdict: verdictOf(differences),
    similarity: round(bestSimilarity),
    match: {start: first.start, end: last.end, text: source.slice(first.start, last.end)},
    differences
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
