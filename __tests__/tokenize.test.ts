import {describe, expect, it} from '@jest/globals'
import {lowerFolded} from '../src/text/fold.js'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {EnglishParser, LineParser, withoutLineBreakPlugins} from '../src/text/tokenize.js'
import {parseSentences, segmentText} from '../src/text/index.js'
import {findSources} from '../src/index.js'

const retext = unified().use(retextEnglish)

/** Every sentence of retext-english's tree as token offsets and types (what parseSentences reads). */
function sentencesOf(tree: Root): Array<Array<[string, number | undefined, number | undefined]>> {
  const out: Array<Array<[string, number | undefined, number | undefined]>> = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      out.push(sentence.children.map((node) => [node.type, node.position?.start.offset, node.position?.end.offset]))
    }
  }
  return out
}

function lineSentences(parser: LineParser, line: string): ReturnType<typeof sentencesOf> {
  const paragraph = parser.tokenizeParagraph(line)
  return sentencesOf({type: 'RootNode', children: [paragraph]})
}

/** Lines that exercise each of parse-english's merges: abbreviations, initialisms, elisions, "&", "/", "-". */
const LINES = [
  '“We will work for peace,” Yermak wrote on Telegram.',
  'Mr. Smith met Dr. Jones at 5 p.m. in the U.S. on Jan. 5, he said.',
  'R&D spending rose; AT&T and Johnson & Johnson did not comment.',
  'The 24/7 news cycle, w/ its km/h figures and and/or clauses, wore on.',
  'An anti- and pro-Brexit crowd gathered, well-known faces among them.',
  "'Twas the night before the ’90s, rock'n'roll at five o' clock, ol' boy.",
  'He said: "no." then left... Really?! Yes!!',
  'Emoji 😀 and a lone \uD800 surrogate, ＂wide＂ marks, tabs\tand\u00a0spaces.',
  'e.g. this, i.e. that, etc. and so on. The end'
]

describe('EnglishParser (retext-english with a table-driven tokenizer)', () => {
  it('builds the very tree retext-english builds, positions included (on text without the abbreviations it adds)', () => {
    const parser = new EnglishParser()
    for (const text of [...LINES, LINES.join('\n'), LINES.join('\r\n\r\n'), 'a\rb\n\nc\r\n']) {
      expect(parser.parse(text)).toEqual(retext.parse(text))
    }
  })

  it('gives the same sentences and token offsets for one line without the line plugins', () => {
    const parser = new LineParser()
    for (const line of LINES) expect(lineSentences(parser, line)).toEqual(sentencesOf(retext.parse(line) as Root))
  })

  it('drops only the plugin that breaks sentences at blank lines', () => {
    const full = new EnglishParser().tokenizeParagraphPlugins.length
    expect(withoutLineBreakPlugins(new EnglishParser()).tokenizeParagraphPlugins).toHaveLength(full - 1)
  })

  it('still merges "&", a final "-", "/" and elisions when their characters are there', () => {
    const parser = new LineParser()
    const types = (text: string) => parser.tokenizeSentence(text).children.map((n) => n.type)
    expect(types('R&D')).toEqual(['WordNode'])
    expect(types('anti-')).toEqual(['WordNode'])
    expect(types('km/h')).toEqual(['WordNode'])
    expect(types("x o' y")).toEqual(['WordNode', 'WhiteSpaceNode', 'WordNode', 'WhiteSpaceNode', 'WordNode'])
    expect(types('a b')).toEqual(['WordNode', 'WhiteSpaceNode', 'WordNode'])
  })

  it('gives no position to the run of tokens tokenizeParagraph splits at once, but every sentence its own', () => {
    const parser = new LineParser()
    expect(parser.tokenizeSentence('Talks stalled. Rubio left.').position).toBeUndefined()
    const sentences = parser.tokenizeParagraph('Talks stalled. Rubio left.').children.filter((n) => n.type === 'SentenceNode')
    expect(sentences.map((n) => [n.position?.start.offset, n.position?.end.offset])).toEqual([
      [0, 14],
      [15, 26]
    ])
  })
})

describe('abbreviations parse-english does not know', () => {
  it('ends no sentence at a title in capitals, as transcripts write it ("SEN. AMY KLOBUCHAR:"), but does at "the SEC."', () => {
    expect(parseSentences('SEN. AMY KLOBUCHAR: We have to pass it.').map((s) => s.text)).toEqual(['SEN. AMY KLOBUCHAR: We have to pass it.'])
    expect(parseSentences('It filed with the SEC. Shares fell.').map((s) => s.text)).toEqual(['It filed with the SEC.', 'Shares fell.'])
  })

  it('ends no sentence at a plural title or "vs." ("Sens. Jeff Merkley and Sherrod Brown said …")', () => {
    const text = 'Sens. Jeff Merkley and Sherrod Brown said it. Reps. Adam Schiff and Jim Jordan agreed. Trump vs. Clinton went on.'
    const sentences = parseSentences(text)
    expect(sentences.map((s) => s.text)).toEqual(['Sens. Jeff Merkley and Sherrod Brown said it.', 'Reps. Adam Schiff and Jim Jordan agreed.', 'Trump vs. Clinton went on.'])
    expect(sentences[0]?.tokens[0]).toEqual({start: 0, end: 5, text: 'Sens.', kind: 'word'})
    for (const sentence of sentences) for (const token of sentence.tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
  })

  it('ends a sentence after a short number parse-english reads as an ordinal ("for March 12. Ellis faces …")', () => {
    const text = 'The judge set sentencing for March 12. Ellis faces up to 20 years. 1. The first point. He is 45. She is 9.'
    expect(parseSentences(text).map((s) => s.text)).toEqual([
      'The judge set sentencing for March 12.',
      'Ellis faces up to 20 years.',
      '1. The first point.',
      'He is 45.',
      'She is 9.'
    ])
    // A name no longer runs across the sentence end.
    const sources = findSources('Mark Ellis was convicted. The judge set sentencing for March 12. Ellis said he would appeal.')
    expect(sources.flatMap((s) => s.mentions.map((m) => m.text))).not.toContain('12. Ellis')
  })

  it('ends a sentence after "War." that parse-english reads as an abbreviation ("the Gulf War. He said …")', () => {
    const text = 'Tom Berg spoke about the Gulf War. “I saw the line,” he said. The War of 1812 came later.'
    const sentences = parseSentences(text)
    expect(sentences.map((s) => s.text)).toEqual(['Tom Berg spoke about the Gulf War.', '“I saw the line,” he said.', 'The War of 1812 came later.'])
    for (const sentence of sentences) for (const token of sentence.tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
    expect(sentences[0]?.tokens.slice(-2).map((t) => t.text)).toEqual(['War', '.'])
  })

  it('ends a sentence after "in.", "wed." and "Sun." that parse-english reads as abbreviations ("wanted to weigh in. The mayor said …")', () => {
    const text = 'Residents wanted to weigh in. The mayor said the vote would go ahead. It was first reported by the Baltimore Sun. The couple wed. Friends were surprised.'
    const sentences = parseSentences(text)
    expect(sentences.map((s) => s.text)).toEqual([
      'Residents wanted to weigh in.',
      'The mayor said the vote would go ahead.',
      'It was first reported by the Baltimore Sun.',
      'The couple wed.',
      'Friends were surprised.'
    ])
    for (const sentence of sentences) for (const token of sentence.tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
  })

  it('parts the period from such a word at the end of a paragraph, so a content does not keep it ("… time to weigh in.")', () => {
    const text = 'Council member Lisa Park said residents had not been given enough time to weigh in.'
    const [sentence] = parseSentences(text)
    expect(sentence?.tokens.slice(-2).map((t) => t.text)).toEqual(['in', '.'])
    expect(findSources(text)[0]?.attributions[0]?.content.text).toBe('residents had not been given enough time to weigh in')
  })

  it('parts the period from a short number at the end of a paragraph, not from a list number opening a sentence ("the toll rose to 12.")', () => {
    const text = 'Officials said the toll rose to 12.'
    const [sentence] = parseSentences(text)
    expect(sentence?.tokens.slice(-2).map((t) => t.text)).toEqual(['12', '.'])
    expect(findSources(text)[0]?.attributions[0]?.content.text).toBe('the toll rose to 12')
    expect(parseSentences('1.')[0]?.tokens.map((t) => t.text)).toEqual(['1.'])
  })

  it('keeps a number with thousands separators one token ("30,000", "1,000,000")', () => {
    const text = 'The union, which represents about 30,000 workers, said it cost $1,000,000 in all.'
    const [sentence] = parseSentences(text)
    const words = sentence?.tokens.filter((t) => t.kind === 'word').map((t) => t.text)
    expect(words).toContain('30,000')
    expect(words).toContain('1,000,000')
    for (const token of sentence?.tokens ?? []) expect(text.slice(token.start, token.end)).toBe(token.text)
    // Not a list: "2, 000" has a space; "12,34" has two digits after the comma.
    expect(parseSentences('Then 2, 000 and 12,34 came.')[0]?.tokens.map((t) => t.text)).toContain('12')
  })

  it('still ends a sentence at such a word when nothing follows in the paragraph', () => {
    expect(parseSentences('It was the Bulls vs.').map((s) => s.text)).toEqual(['It was the Bulls vs.'])
  })
})

describe('parseSentences and segmentText', () => {
  it('split one line into sentences with token offsets into the text', () => {
    const text = 'Intro line.\nMr. Smith said “Yes.” Then he left.\n\nR&D fell.'
    const {paragraphs} = segmentText(text)
    expect(paragraphs.map((p) => p.sentences.map((s) => s.text))).toEqual([
      ['Intro line.'],
      ['Mr. Smith said “Yes.”', 'Then he left.'],
      ['R&D fell.']
    ])
    for (const paragraph of paragraphs) {
      for (const sentence of paragraph.sentences) {
        for (const token of sentence.tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
      }
    }
  })

  it('reads a whole text with line breaks as retext does when no paragraphs are given', () => {
    const text = 'One here.\n\nTwo there\nthree.'
    expect(parseSentences(text).map((s) => s.text)).toEqual(['One here.', 'Two there', 'three.'])
  })
})

describe('lowerFolded', () => {
  it('lower-cases and writes every typographic apostrophe as a straight one', () => {
    expect(lowerFolded('Trump’s WORKERS‘ Unionʼs')).toBe("trump's workers' union's")
    const plain = 'no marks here'
    expect(lowerFolded(plain)).toBe(plain)
  })
})

describe('datelines', () => {
  const sentencesOf = (text: string) => segmentText(text).paragraphs.flatMap((p) => p.sentences.map((s) => s.text))

  it('splits a dateline off the sentence it opens, with or without an agency, a state or a date', () => {
    expect(sentencesOf('WASHINGTON (AP) — The Senate passed the bill.')).toEqual(['WASHINGTON (AP) —', 'The Senate passed the bill.'])
    expect(sentencesOf('HEMPSTEAD, N.Y., Sept. 26 (UPI) — Police removed her.')).toEqual(['HEMPSTEAD, N.Y., Sept. 26 (UPI) —', 'Police removed her.'])
    expect(sentencesOf('KYIV, Ukraine — Russia fired drones.')).toEqual(['KYIV, Ukraine —', 'Russia fired drones.'])
    expect(sentencesOf('NEWPORT NEWS, Va. - Trump spoke.')).toEqual(['NEWPORT NEWS, Va. -', 'Trump spoke.'])
    expect(sentencesOf('WASHINGTON ― “We are done,” she said.')).toEqual(['WASHINGTON ―', '“We are done,” she said.'])
  })

  it('looks in the first paragraphs only, after a headline too', () => {
    expect(sentencesOf('Senate passes bill.\n\nWASHINGTON (AP) — The Senate voted.')).toEqual(['Senate passes bill.', 'WASHINGTON (AP) —', 'The Senate voted.'])
    const late = 'One.\nTwo.\nThree.\nFour.\nLONDON — Talks went on.'
    expect(sentencesOf(late).at(-1)).toBe('LONDON — Talks went on.')
  })

  it('leaves a capitalised word before an aside alone ("US — and allies — said")', () => {
    expect(sentencesOf('US — and allies — said no.')).toEqual(['US — and allies — said no.'])
    expect(sentencesOf('NATO said — quietly — no.')).toEqual(['NATO said — quietly — no.'])
    expect(sentencesOf('ABSTRACT.')).toEqual(['ABSTRACT.'])
  })

  it('keeps the dateline out of what a source said', () => {
    const text = 'WASHINGTON (AP) — The Senate passed the bill on Friday, lawmakers said.'
    const [source] = findSources(text)
    expect(source?.attributions.map((a) => a.content.text)).toEqual(['The Senate passed the bill on Friday'])
  })
})
