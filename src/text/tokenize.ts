import type {Paragraph, Sentence, Sentence as NlcstSentence, SentenceContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {SENTENCE_ABBREVIATIONS, SENTENCE_END_WORDS} from '../lexicons/words.js'

/** A parse-latin plugin: changes a node in place. */
type Plugin<Node> = (node: Node) => undefined | void

type NodeType = SentenceContent['type']

/** Character classes, as parse-latin's `tokenize` gives them: 0 = not yet read. */
const WHITE_SPACE = 1
const PUNCTUATION = 2
const WORD = 3
const SYMBOL = 4
const TYPES: readonly NodeType[] = ['WhiteSpaceNode', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode']
const classes = new Uint8Array(0x10000)
const reference = new ParseEnglish()

/** The class parse-latin gives one UTF-16 code unit, asked of parse-latin once and kept. */
function classOf(code: number): number {
  let kind = classes[code] as number
  if (kind === 0) {
    const type = reference.tokenize(String.fromCharCode(code))[0]?.type
    kind = type === 'WhiteSpaceNode' ? WHITE_SPACE : type === 'PunctuationNode' ? PUNCTUATION : type === 'WordNode' ? WORD : SYMBOL
    classes[code] = kind
  }
  return kind
}

interface Point {
  line: number
  column: number
  offset: number
}

/**
 * parse-latin's tokens of `value`, in order: `emit(from, to, kind)` for each
 * run of one character class (a run of punctuation or symbols is one token per
 * repeated character; a surrogate pair stays whole).
 */
function eachToken(value: string, emit: (from: number, to: number, kind: number) => void): void {
  let from = 0
  let previousKind = 0
  let previous = -1
  const length = value.length
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index)
    let kind = classes[code] as number
    if (kind === 0) kind = classOf(code)
    if (
      from < index &&
      (previousKind !== kind || (kind !== WORD && kind !== WHITE_SPACE && code !== previous && (code < 0xd800 || code > 0xdfff)))
    ) {
      emit(from, index, previousKind)
      from = index
    }
    previousKind = kind
    previous = code
  }
  if (from < length) emit(from, length, previousKind)
}

/**
 * retext-english's parser (parse-english) with a faster first step: the same
 * tokens, positions and plugins, but characters are classified by a table
 * (filled from parse-latin's own answers) instead of three regular
 * expressions per character.
 *
 * @example
 * new EnglishParser().tokenize('Hi, you.').map((node) => node.type)
 * // ['WordNode', 'PunctuationNode', 'WhiteSpaceNode', 'WordNode', 'PunctuationNode']
 */
export class EnglishParser extends ParseEnglish {
  constructor() {
    super()
    // "Sens. Jeff Merkley", "Trump vs. Clinton": abbreviations parse-english does not know end no sentence.
    // "… the Gulf War. He said …": a word parse-english takes for an abbreviation (Warwickshire's "War.") ends the sentence.
    const [englishMerge, ...rest] = this.tokenizeParagraphPlugins
    this.tokenizeParagraphPlugins = englishMerge ? [mergeAbbreviations, englishMerge, splitAfterSentenceWords, ...rest, splitAfterSentenceWords] : [mergeAbbreviations, ...rest]
    // "30,000 workers": one number, not "30", a comma and "000".
    this.tokenizeSentencePlugins = [...this.tokenizeSentencePlugins, mergeDigitGroups]
  }

  /** parse-latin's `tokenize`, with the character classes read from a table. */
  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    // The point before character `index` is {line, column: index - lineStart + 1, offset: index}:
    // a line break (\r, \n, or \r\n counted once) starts a new line at column 1.
    let line = 1
    let lineStart = 0
    let previous = -1
    let start: Point = {line: 1, column: 1, offset: 0}
    eachToken(value, (from, to, kind) => {
      for (let index = from; index < to; index++) {
        const code = value.charCodeAt(index)
        if (code === 13 || code === 10) {
          if (code === 13 || previous !== 13) line++
          lineStart = index + 1
        }
        previous = code
      }
      const end: Point = {line, column: to - lineStart + 1, offset: to}
      children.push(createNode(TYPES[kind] as NodeType, value.slice(from, to), start, end))
      start = {line, column: end.column, offset: to}
    })
    return children
  }
}

/**
 * The parser for one line of text, when only offsets are read: the same
 * tree as {@link EnglishParser} gives, but its points carry `offset` alone
 * (no line and column: a line has one line) and a token's end point is the
 * next token's start point (parse-latin's plugins copy points, never change them).
 *
 * @example
 * new LineParser().tokenize('Hi, you.')[1].position?.end.offset // 3
 */
export class LineParser extends EnglishParser {
  /** The sentence plugins to run, by which trigger characters a stretch holds (a bit each, see {@link TRIGGERS}). */
  private readonly pluginsByTriggers: ReadonlyArray<Array<Plugin<NlcstSentence>>>

  constructor() {
    super()
    this.pluginsByTriggers = sentencePluginsByTriggers(this)
  }

  /**
   * parse-latin's `tokenizeSentence`, without the plugins that can do
   * nothing to this stretch: merging "&" into a word needs an "&", and so on.
   * (The plugin lists are taken from `tokenizeSentencePlugins` at construction.)
   */
  override tokenizeSentence(value?: string | null): NlcstSentence {
    const result: NlcstSentence = {type: 'SentenceNode', children: this.tokenize(value)}
    const plugins = this.pluginsByTriggers[triggersIn(value ?? '')] ?? this.tokenizeSentencePlugins
    for (const plugin of plugins) plugin(result)
    return result
  }

  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    let start = {offset: 0} as Point
    eachToken(value, (from, to, kind) => {
      const end = {offset: to} as Point
      children.push(createLineNode(kind, value.slice(from, to), start, end))
      start = end
    })
    return children
  }
}

/**
 * Characters without which a sentence plugin of parse-english does nothing,
 * with a probe that only that plugin changes (so that each is recognised by
 * what it does, not by its place in the list).
 */
const TRIGGERS: ReadonlyArray<{chars: string; probe: string; children: number}> = [
  // "R&D": "&" joins the word after it.
  {chars: '&', probe: '&b', children: 1},
  // "Anti-": a final hyphen joins the word before it.
  {chars: '-', probe: 'a-', children: 1},
  // "km/h": a slash between short words joins them.
  {chars: '/', probe: 'a/b', children: 1},
  // "o' clock", "'twas", "w/": English elisions.
  {chars: "/'\u2019", probe: "x o' y", children: 5}
]

function triggersIn(value: string): number {
  let mask = 0
  for (let t = 0; t < TRIGGERS.length; t++) {
    const chars = (TRIGGERS[t] as {chars: string}).chars
    for (let c = 0; c < chars.length; c++) {
      if (value.includes(chars[c] as string)) {
        mask |= 1 << t
        break
      }
    }
  }
  return mask
}

/** For every set of trigger characters present, the parser's sentence plugins less those that need an absent one. */
function sentencePluginsByTriggers(parser: EnglishParser): Array<Array<Plugin<NlcstSentence>>> {
  // parse-latin's patchPosition only sets the position of the node it is given; tokenizeParagraph
  // splits that node into sentences at once and reads only its children, so its position is never read.
  const all = parser.tokenizeSentencePlugins.filter((plugin) => !onlyPatchesPosition(parser, plugin))
  // The trigger each plugin needs, -1 for none known (always run).
  const needs = all.map((plugin) => {
    const found = TRIGGERS.map((trigger, t) => (changes(parser, plugin, trigger.probe, trigger.children) ? t : -1)).filter((t) => t >= 0)
    // A plugin that answers more than one probe (or none) is always run.
    return found.length === 1 ? (found[0] as number) : -1
  })
  const lists: Array<Array<Plugin<NlcstSentence>>> = []
  for (let mask = 0; mask < 1 << TRIGGERS.length; mask++) {
    lists.push(all.filter((_, i) => needs[i] === -1 || (mask & (1 << (needs[i] as number))) !== 0))
  }
  return lists
}

/**
 * Does `plugin`, on a probe of every kind of token, do nothing but give the
 * sentence a position from its first and last child (parse-latin's patchPosition)?
 */
function onlyPatchesPosition(parser: EnglishParser, plugin: Plugin<NlcstSentence>): boolean {
  const probe = "Mr. O'Neil's U.S. a/b R&D, 30,000 -- \u201Cok\u201D a- 1.5"
  const sentence: NlcstSentence = {type: 'SentenceNode', children: parser.tokenize(probe)}
  const before = JSON.stringify(sentence.children)
  try {
    plugin(sentence)
  } catch {
    return false
  }
  const first = sentence.children[0]?.position?.start
  const last = sentence.children[sentence.children.length - 1]?.position?.end
  return JSON.stringify(sentence.children) === before && sentence.position?.start === first && sentence.position?.end === last && first !== undefined
}

function changes(parser: EnglishParser, plugin: Plugin<NlcstSentence>, probe: string, children: number): boolean {
  const sentence: NlcstSentence = {type: 'SentenceNode', children: parser.tokenize(probe)}
  try {
    plugin(sentence)
  } catch {
    return false
  }
  return sentence.children.length === children
}

function createLineNode(kind: number, value: string, start: Point, end: Point): SentenceContent {
  return kind === WORD
    ? {type: 'WordNode', children: [{type: 'TextNode', value, position: {start, end}}], position: {start, end}}
    : ({type: TYPES[kind], value, position: {start, end}} as SentenceContent)
}

function createNode(type: NodeType, value: string, start: Point, end: Point): SentenceContent {
  return type === 'WordNode'
    ? {type: 'WordNode', children: [{type: 'TextNode', value, position: {start, end: {...end}}}], position: {start, end}}
    : ({type, value, position: {start, end}} as SentenceContent)
}

/**
 * Drop, from a parser's paragraph plugins, the one that breaks a sentence at
 * a blank line (parse-latin's breakImplicitSentences: it reads every white
 * space token of every sentence). On a stretch without line breaks it never
 * does anything. Found by what it does to a probe, not by its place in the list.
 *
 * @example
 * const lean = withoutLineBreakPlugins(new EnglishParser())
 * lean.tokenizeParagraph('Yes. No.').children.length // 3 (two sentences, a space)
 */
export function withoutLineBreakPlugins(parser: EnglishParser): EnglishParser {
  parser.tokenizeParagraphPlugins = parser.tokenizeParagraphPlugins.filter((plugin) => !breaksAtBlankLines(parser, plugin))
  return parser
}

function breaksAtBlankLines(parser: EnglishParser, plugin: (node: Paragraph) => undefined | void): boolean {
  const probe: Paragraph = {type: 'ParagraphNode', children: [{type: 'SentenceNode', children: parser.tokenize('a\n\nb')}]}
  try {
    plugin(probe)
  } catch {
    return false
  }
  return probe.children.length === 3
}

/**
 * Merge a sentence that ends on an abbreviation of {@link SENTENCE_ABBREVIATIONS}
 * and its period into the next one, as parse-english does for the abbreviations it
 * knows ("Sen.", "Gov."): "Sens. Jeff Merkley and Sherrod Brown said …" is one sentence.
 */
function mergeAbbreviations(paragraph: Paragraph): undefined {
  const children = paragraph.children
  for (let index = 0; index < children.length - 1; index++) {
    const sentence = children[index]
    if (sentence?.type !== 'SentenceNode') continue
    const period = sentence.children[sentence.children.length - 1]
    const word = sentence.children[sentence.children.length - 2]
    if (period?.type !== 'PunctuationNode' || period.value !== '.' || word?.type !== 'WordNode') continue
    const text = word.children.map((child) => ('value' in child ? child.value : '')).join('')
    if (!SENTENCE_ABBREVIATIONS.has(text)) continue
    // The next sentence after the white space between them.
    let next = index + 1
    while (next < children.length && children[next]?.type === 'WhiteSpaceNode') next++
    const following = children[next]
    if (following?.type !== 'SentenceNode') continue
    word.children.push(period as never)
    sentence.children.pop()
    if (period.position && word.position) word.position.end = period.position.end
    for (let k = index + 1; k < next; k++) sentence.children.push(children[k] as never)
    sentence.children.push(...following.children)
    if (following.position && sentence.position) sentence.position.end = following.position.end
    children.splice(index + 1, next - index)
    index--
  }
  return undefined
}

/**
 * Split a sentence after a word of {@link SENTENCE_END_WORDS} and its period
 * that parse-english merged as an abbreviation, when a capital or a quotation
 * mark opens the next word: "Tom Berg spoke about the Gulf War. He said …"
 * is two sentences ("War." is Warwickshire to parse-english). So is a number
 * of up to three digits it read as an ordinal: "set sentencing for March 12.
 * Ellis faces …", and at the end of a paragraph ("the toll rose to 12.").
 */
function splitAfterSentenceWords(paragraph: Paragraph): undefined {
  const children = paragraph.children
  for (let index = 0; index < children.length; index++) {
    const sentence = children[index]
    if (sentence?.type !== 'SentenceNode') continue
    const nodes = sentence.children
    for (let i = 0; i < nodes.length; i++) {
      const word = nodes[i]
      if (word?.type !== 'WordNode' || word.children.length < 2) continue
      const period = word.children[word.children.length - 1]
      if (period?.type !== 'PunctuationNode' || period.value !== '.') continue
      const text = word.children.slice(0, -1).map((child) => ('value' in child ? child.value : '')).join('')
      // A number of up to three digits parse-english read as an ordinal ("12." in German), not at the sentence's start ("1. The …").
      const ordinal = i > 0 && /^\d{1,3}$/u.test(text)
      // "… enough time to weigh in." and "… the toll rose to 12." at the end of its paragraph: the period leaves the word and ends the sentence.
      if (nodes.slice(i + 1).every((node) => node.type === 'WhiteSpaceNode')) {
        if (!SENTENCE_END_WORDS.has(text) && !ordinal) continue
        word.children.pop()
        if (word.position && period.position) word.position.end = period.position.start
        sentence.children = [...nodes.slice(0, i + 1), period as never, ...nodes.slice(i + 1)]
        break
      }
      // "set sentencing for March 12. Ellis faces …".
      if (!SENTENCE_END_WORDS.has(text) && !ordinal) continue
      let next = i + 1
      while (next < nodes.length && nodes[next]?.type === 'WhiteSpaceNode') next++
      const opener = nodes[next]
      const first = opener === undefined ? '' : opener.type === 'WordNode' ? opener.children.map((child) => ('value' in child ? child.value : '')).join('').charAt(0) : 'value' in opener ? opener.value.charAt(0) : ''
      if (next === i + 1 || first === '' || !(first !== first.toLowerCase() || '\u201C"\u2018\''.includes(first))) continue
      // The period leaves the word and ends this sentence; the rest starts the next one.
      word.children.pop()
      if (word.position && period.position) word.position.end = period.position.start
      const after: Sentence = {type: 'SentenceNode', children: nodes.slice(next)}
      const between = nodes.slice(i + 1, next)
      sentence.children = [...nodes.slice(0, i + 1), period as never]
      if (sentence.position && period.position) {
        const end = sentence.position.end
        sentence.position = {start: sentence.position.start, end: period.position.end}
        const start = after.children[0]?.position?.start
        if (start) after.position = {start, end}
      }
      children.splice(index + 1, 0, ...(between as never[]), after)
      break
    }
  }
  return undefined
}

/**
 * Join a number written with thousands separators into one word: "30,000"
 * and "1,000,000" are numbers, not digits, commas and digits (a comma in one
 * reads as a clause boundary: "The union, which represents about 30,000
 * workers, said …"). Only a comma with digits right on both sides, three after.
 */
function mergeDigitGroups(sentence: NlcstSentence): undefined {
  const nodes = sentence.children
  for (let i = 0; i + 2 < nodes.length; i++) {
    const head = nodes[i]
    const comma = nodes[i + 1]
    const group = nodes[i + 2]
    if (head?.type !== 'WordNode' || comma?.type !== 'PunctuationNode' || comma.value !== ',' || group?.type !== 'WordNode') continue
    if (!/\d$/u.test(wordText(head)) || !/^\d{3}$/u.test(wordText(group))) continue
    const headEnd = head.position?.end.offset
    const groupStart = group.position?.start.offset
    if (headEnd === undefined || groupStart === undefined || comma.position?.start.offset !== headEnd || comma.position.end.offset !== groupStart) continue
    head.children.push(comma as never, ...group.children)
    if (head.position && group.position) head.position.end = group.position.end
    nodes.splice(i + 1, 2)
    i--
  }
  return undefined
}

/** The text of a word node. */
function wordText(word: {children: ReadonlyArray<{value?: string} | object>}): string {
  return word.children.map((child) => ('value' in child && typeof child.value === 'string' ? child.value : '')).join('')
}
