import {DATELINE_DASHES, DATELINE_PARAGRAPHS, DATELINE_TOKENS} from '../lexicons/words.js'
import type {Sentence, Token} from './sentences.js'

/**
 * The number of tokens of a dateline opening `sentence`, its dash included,
 * or 0: "WASHINGTON (AP) —", "HEMPSTEAD, N.Y., Sept. 26 (UPI) —",
 * "KYIV, Ukraine —". A dateline is a place in capitals, then optionally a
 * comma and a state, country or date, and an agency in parentheses, ending
 * at a dash with more of the sentence after it, opening with a capital, a
 * digit or a quotation mark.
 *
 * @example
 * datelineLength(parseSentences('WASHINGTON (AP) — The Senate voted.')[0]) // 5: WASHINGTON ( AP ) —
 */
export function datelineLength(sentence: Sentence): number {
  const tokens = sentence.tokens
  const limit = Math.min(tokens.length - 1, DATELINE_TOKENS)
  let i = 0
  while (i < limit && isCapitalsWord(tokens[i] as Token)) i++
  if (i === 0) return 0
  // ", N.Y., Sept. 26", ", Ukraine", ", Oct. 4": after a comma, capitalised words and numbers.
  while (i < limit && (tokens[i] as Token).text === ',') {
    i++
    const from = i
    while (i < limit && isPlaceOrDateWord(tokens[i] as Token)) i++
    if (i === from) return 0
  }
  // "(AP)", "(UPI)", "(Reuters)": the agency.
  if (i < limit && (tokens[i] as Token).text === '(') {
    let k = i + 1
    while (k < limit && (tokens[k] as Token).kind === 'word') k++
    if (k === i + 1 || k >= limit || (tokens[k] as Token).text !== ')') return 0
    i = k + 1
  }
  const from = i
  while (i < limit && DATELINE_DASHES.has((tokens[i] as Token).text)) i++
  if (i === from || i >= tokens.length) return 0
  // The sentence goes on with a capital, a digit or a quotation mark ("US — and allies — said" has no dateline).
  const next = (tokens[i] as Token).text.charAt(0)
  return next !== next.toLowerCase() || /[\d"\u201C\u2018']/u.test(next) ? i : 0
}

/**
 * Split the dateline off the first sentence of each of the first
 * {@link DATELINE_PARAGRAPHS} paragraphs, so that "The Senate voted" starts a
 * sentence of its own (a content, a claim) instead of "WASHINGTON (AP) — …".
 *
 * @example
 * splitDateline(sentences) // [{text: 'WASHINGTON (AP) —', …}, {text: 'The Senate voted.', …}]
 */
export function splitDateline(text: string, sentences: readonly Sentence[]): Sentence[] {
  const first = sentences[0]
  if (first === undefined) return [...sentences]
  const n = datelineLength(first)
  if (n === 0) return [...sentences]
  const head = first.tokens.slice(0, n)
  const rest = first.tokens.slice(n)
  return [toSentence(text, head), toSentence(text, rest), ...sentences.slice(1)]
}

function toSentence(text: string, tokens: Token[]): Sentence {
  const start = (tokens[0] as Token).start
  const end = (tokens[tokens.length - 1] as Token).end
  return {start, end, text: text.slice(start, end), tokens}
}

/** "WASHINGTON", "LOS", "N.Y.": a word in capitals, two letters or more. */
function isCapitalsWord(token: Token): boolean {
  return token.kind === 'word' && /^\p{Lu}[\p{Lu}.'\u2019-]+$/u.test(token.text)
}

/** "Mich.", "Ukraine", "Sept.", "26", "N.Y.": a word after a dateline's comma. */
function isPlaceOrDateWord(token: Token): boolean {
  return token.kind === 'word' && /^(?:\p{Lu}[\p{L}.'\u2019-]*|\d{1,4})$/u.test(token.text)
}
