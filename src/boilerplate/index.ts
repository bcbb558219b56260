import type {Paragraph} from '../text/paragraphs.js'
import {lowerFolded} from '../text/fold.js'
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
    const folded = paragraph.text.length <= BOILERPLATE_MAX_LENGTH ? lowerFolded(paragraph.text) : ''
    if (paragraph.text.length <= BLOCK_OPENER_MAX_LENGTH && BLOCK_OPENERS.some((p) => folded.startsWith(p))) {
      for (let j = i; j < paragraphs.length; j++) flags[j] = true
      break
    }
    const short = paragraph.text.length <= BOILERPLATE_MAX_LENGTH
    if (short && (BOILERPLATE_PREFIXES.some((p) => folded.startsWith(p)) || containsPhrase(folded))) {
      flags[i] = true
      continue
    }
    // A prompt broken over lines: short fragments right after furniture.
    if (i > 0 && flags[i - 1] && isFragment(paragraph.text)) flags[i] = true
  }
  return flags
}

const PAIR_SLOTS = 1 << 14

/**
 * The furniture phrases by a hash of their first two characters (one look-up
 * per position of a paragraph instead of one scan of it per phrase; a hit is
 * then checked in full, so two pairs sharing a slot do no harm).
 */
const PHRASES_BY_PAIR: ReadonlyArray<readonly string[] | undefined> = (() => {
  const byPair: Array<string[] | undefined> = new Array<string[] | undefined>(PAIR_SLOTS).fill(undefined)
  for (const phrase of BOILERPLATE_PHRASES) {
    if (phrase.length < 2) continue
    const key = pairAt(phrase, 0)
    const list = byPair[key] ?? []
    list.push(phrase)
    byPair[key] = list
  }
  return byPair
})()

/** A phrase too short to index by a pair (none today): searched for as before. */
const SHORT_PHRASES: readonly string[] = BOILERPLATE_PHRASES.filter((p) => p.length < 2)

function pairAt(text: string, i: number): number {
  return ((text.charCodeAt(i) & 0x7f) << 7) | (text.charCodeAt(i + 1) & 0x7f)
}

/** Whether any furniture phrase occurs in `folded`: one pass, each position tried against the phrases that start with its two characters. */
function containsPhrase(folded: string): boolean {
  if (SHORT_PHRASES.some((p) => folded.includes(p))) return true
  for (let i = 0; i + 1 < folded.length; i++) {
    const candidates = PHRASES_BY_PAIR[pairAt(folded, i)]
    if (candidates === undefined) continue
    for (const phrase of candidates) if (folded.startsWith(phrase, i)) return true
  }
  return false
}

function isFragment(text: string): boolean {
  return text.length <= FRAGMENT_MAX_LENGTH && !/[.!?:"”’]$/.test(text)
}
