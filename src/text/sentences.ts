import type {Sentence as NlcstSentence, SentenceContent} from 'nlcst'
import type {Span} from '../types.js'
import {EnglishParser, LineParser, withoutLineBreakPlugins} from './tokenize.js'

/** A token of a sentence: a word, a punctuation mark or a symbol. */
export interface Token extends Span {
  kind: 'word' | 'punctuation' | 'symbol'
}

/** A sentence with its tokens (white space left out). */
export interface Sentence extends Span {
  tokens: Token[]
}

/** retext-english's parser, for a stretch with line breaks (several nlcst paragraphs). */
const parser = new EnglishParser()
/** The same for a stretch without line breaks: one paragraph, nothing to break at a line. */
const lineParser = withoutLineBreakPlugins(new LineParser())

/**
 * The longest stretch handed to retext at once, in characters. parse-english
 * merges tokens in ways that grow faster than linearly with the length of a
 * sentence, so a runaway paragraph (a megabyte on one line) is cut at sentence
 * ends, or at white space when there are none, into pieces this long at most.
 */
export const MAX_PARSE_LENGTH = 4000

/**
 * Split text into sentences with retext-english (nlcst), one paragraph (line)
 * at a time, so that sentences never run across a line break.
 *
 * @example
 * parseSentences('Yes. “No,” he said.').map((s) => s.text) // ['Yes.', '“No,” he said.']
 */
export function parseSentences(text: string, paragraphs?: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = []
  for (const paragraph of paragraphs ?? [{start: 0, end: text.length, text}]) {
    for (const [start, end] of chunks(text, paragraph.start, paragraph.end)) {
      if (!isProse(text, start, end)) continue
      const value = text.slice(start, end)
      if (hasLineBreak(text, start, end)) {
        for (const node of parser.parse(value).children) {
          if (node.type !== 'ParagraphNode') continue
          for (const child of node.children) {
            if (child.type === 'SentenceNode') collect(text, child, start, sentences)
          }
        }
        continue
      }
      // Without a line break, retext's root is this one paragraph.
      for (const child of lineParser.tokenizeParagraph(value).children) {
        if (child.type === 'SentenceNode') collect(text, child, start, sentences)
      }
    }
  }
  return sentences
}

/**
 * Letters and digits per character below which a long stretch is not prose
 * (a megabyte of quotation marks) and is left untokenised: its quote spans are
 * still found, character by character, but nobody is attributed there.
 */
export const MIN_PROSE_RATIO = 0.05

function isProse(text: string, start: number, end: number): boolean {
  if (end - start < 200) return true
  let letters = 0
  const needed = (end - start) * MIN_PROSE_RATIO
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0) {
      if (code >= 0x2000 && code <= 0x206f) continue
      if (++letters >= needed) return true
    }
  }
  return false
}

/** Cut `[start, end)` into pieces of at most MAX_PARSE_LENGTH, preferring sentence ends. */
function chunks(text: string, start: number, end: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = []
  let from = start
  while (end - from > MAX_PARSE_LENGTH) {
    const limit = from + MAX_PARSE_LENGTH
    let cut = -1
    let space = -1
    for (let i = limit; i > from + MAX_PARSE_LENGTH / 2; i--) {
      const code = text.charCodeAt(i)
      if (code === 32 || code === 9) {
        if (space < 0) space = i
        const before = text.charCodeAt(i - 1)
        if (before === 46 || before === 33 || before === 63) {
          cut = i
          break
        }
      }
    }
    const at = cut >= 0 ? cut : space >= 0 ? space : limit
    pieces.push([from, at])
    from = at
  }
  pieces.push([from, end])
  return pieces
}

function collect(text: string, sentence: NlcstSentence, shift: number, out: Sentence[]): void {
  let tokens: Token[] = []
  for (const node of sentence.children) {
    const position = node.position
    if (position === undefined) continue
    const start = position.start.offset
    const end = position.end.offset
    if (start === undefined || end === undefined) continue
    if (node.type === 'WhiteSpaceNode') {
      if (hasLineBreak(text, start + shift, end + shift)) {
        pushSentence(text, tokens, out)
        tokens = []
      }
      continue
    }
    tokens.push({start: start + shift, end: end + shift, text: text.slice(start + shift, end + shift), kind: kindOf(node)})
  }
  pushSentence(text, tokens, out)
}

function pushSentence(text: string, tokens: Token[], out: Sentence[]): void {
  const first = tokens[0]
  const last = tokens[tokens.length - 1]
  if (first && last) out.push({start: first.start, end: last.end, text: text.slice(first.start, last.end), tokens})
}

function kindOf(node: SentenceContent): Token['kind'] {
  if (node.type === 'WordNode') return 'word'
  if (node.type === 'PunctuationNode') return 'punctuation'
  return 'symbol'
}

function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return true
  }
  return false
}
