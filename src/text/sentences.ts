import type {Root, Sentence as NlcstSentence, SentenceContent} from 'nlcst'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import type {Span} from '../types.js'

/** A token of a sentence: a word, a punctuation mark or a symbol. */
export interface Token extends Span {
  kind: 'word' | 'punctuation' | 'symbol'
}

/** A sentence with its tokens (white space left out). */
export interface Sentence extends Span {
  tokens: Token[]
}

const parser = unified().use(retextEnglish)

/**
 * Split text into sentences with retext-english (nlcst), cutting every
 * sentence at line breaks too (a line is a paragraph in news text).
 *
 * @example
 * parseSentences('Yes. “No,” he said.').map((s) => s.text) // ['Yes.', '“No,” he said.']
 */
export function parseSentences(text: string): Sentence[] {
  const tree = parser.parse(text) as Root
  const sentences: Sentence[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) {
      if (child.type === 'SentenceNode') collect(text, child, sentences)
    }
  }
  return sentences
}

function collect(text: string, sentence: NlcstSentence, out: Sentence[]): void {
  let tokens: Token[] = []
  const flush = () => {
    const first = tokens[0]
    const last = tokens[tokens.length - 1]
    if (first && last) {
      out.push({start: first.start, end: last.end, text: text.slice(first.start, last.end), tokens})
    }
    tokens = []
  }
  for (const node of sentence.children) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) continue
    if (node.type === 'WhiteSpaceNode') {
      if (hasLineBreak(text, start, end)) flush()
      continue
    }
    tokens.push({start, end, text: text.slice(start, end), kind: kindOf(node)})
  }
  flush()
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
