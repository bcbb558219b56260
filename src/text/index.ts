import {splitParagraphs} from './paragraphs.js'
import type {Paragraph} from './paragraphs.js'
import {parseSentences} from './sentences.js'
import {splitDateline} from './dateline.js'
import {DATELINE_PARAGRAPHS} from '../lexicons/words.js'
import type {Sentence} from './sentences.js'

export {splitParagraphs} from './paragraphs.js'
export {parseSentences} from './sentences.js'
export {makeSpan, trimSpan, isSpace} from './span.js'
export {lowerFolded} from './fold.js'
export type {Paragraph} from './paragraphs.js'
export type {Sentence, Token} from './sentences.js'

/** A paragraph with its sentences. */
export interface SegmentedParagraph extends Paragraph {
  sentences: Sentence[]
}

/** Text split into paragraphs and sentences, all with offsets into the text. */
export interface Segmented {
  text: string
  paragraphs: SegmentedParagraph[]
}

/**
 * Split text into paragraphs (lines) and sentences (retext-english), every
 * span with offsets into `text`.
 *
 * @example
 * const {paragraphs} = segmentText('Talks stalled. Rubio left.\nKellogg stayed.')
 * paragraphs[0].sentences.length // 2
 */
export function segmentText(text: string): Segmented {
  const paragraphs: SegmentedParagraph[] = []
  for (const {start, end, text: paragraphText, index} of splitParagraphs(text)) {
    paragraphs.push({start, end, text: paragraphText, index, sentences: []})
  }
  let p = 0
  for (const sentence of parseSentences(text, paragraphs)) {
    while (p < paragraphs.length && (paragraphs[p] as SegmentedParagraph).end <= sentence.start) p++
    const paragraph = paragraphs[p]
    if (paragraph) paragraph.sentences.push(sentence)
  }
  // "WASHINGTON (AP) — The Senate voted …": the dateline is a sentence of its own.
  for (const paragraph of paragraphs.slice(0, DATELINE_PARAGRAPHS)) paragraph.sentences = splitDateline(text, paragraph.sentences)
  return {text, paragraphs}
}
