import type {Paragraph} from '../text/paragraphs.js'
import {
  BLOCK_OPENERS,
  BLOCK_OPENER_MAX_LENGTH,
  BOILERPLATE_MAX_LENGTH,
  BOILERPLATE_PHRASES,
  BOILERPLATE_PREFIXES,
  FRAGMENT_MAX_LENGTH
} from '../lexicons/boilerplate.js'

/**
 * Which paragraphs are page furniture (video prompts, newsletter and donation
 * appeals, editor's notes), as a flag per paragraph index.
 *
 * @example
 * const paragraphs = splitParagraphs('Talks stalled.\nGot a story? Email us.')
 * findBoilerplate('Talks stalled.\nGot a story? Email us.', paragraphs) // [false, true]
 */
export function findBoilerplate(text: string, paragraphs: readonly Paragraph[]): boolean[] {
  const flags = paragraphs.map(() => false)
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i] as Paragraph
    const folded = paragraph.text.length <= BOILERPLATE_MAX_LENGTH ? fold(paragraph.text) : ''
    if (paragraph.text.length <= BLOCK_OPENER_MAX_LENGTH && BLOCK_OPENERS.some((p) => folded.startsWith(p))) {
      for (let j = i; j < paragraphs.length; j++) flags[j] = true
      break
    }
    const short = paragraph.text.length <= BOILERPLATE_MAX_LENGTH
    if (short && (BOILERPLATE_PREFIXES.some((p) => folded.startsWith(p)) || BOILERPLATE_PHRASES.some((p) => folded.includes(p)))) {
      flags[i] = true
      continue
    }
    // A prompt broken over lines: short fragments right after furniture.
    if (i > 0 && flags[i - 1] && isFragment(paragraph.text)) flags[i] = true
  }
  return flags
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02BC]/g, "'")
}

function isFragment(text: string): boolean {
  return text.length <= FRAGMENT_MAX_LENGTH && !/[.!?:"”’]$/.test(text)
}
