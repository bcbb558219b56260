import type {Span} from '../types.js'
import {assertString} from '../errors.js'
import {splitParagraphs} from '../text/paragraphs.js'
import {findBoilerplate} from '../boilerplate/index.js'
import {pairsToSpans, scanQuotes} from './scan.js'

/**
 * Quotation marks that open or close nothing (a closing mark with no opening
 * one, an opening mark never closed), with their offsets. Apostrophes are not
 * counted, nor the reopening marks of a quote that runs over paragraphs.
 *
 * @example
 * findUnbalancedMarks('Rubio said we are done.” Talks ended.') // [{start: 23, end: 24, text: '”'}]
 */
export function findUnbalancedMarks(text: string): Span[] {
  assertString(text, 'text')
  const paragraphs = splitParagraphs(text)
  return pairsToSpans(text, scanQuotes(text, paragraphs, findBoilerplate(text, paragraphs)).unbalanced)
}
