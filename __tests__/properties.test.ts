/**
 * Property tests (fast-check): for any string, the core functions do not
 * throw, every span they return is a slice of the input, the output is the
 * same twice, and the same quotes come out whether line ends are `\n` or
 * `\r\n`. `findSources` is checked the same way once it is exported.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from '@jest/globals'
import fc from 'fast-check'
import * as core from '../src/index.js'
import {extractQuotes} from '../src/index.js'

type Finder = (text: string) => unknown[]

const api = core as unknown as Record<string, unknown>
const finders: Array<[string, Finder]> = [['extractQuotes', extractQuotes as Finder]]
if (typeof api.findSources === 'function') finders.push(['findSources', api.findSources as Finder])

interface SpanLike {
  start: number
  end: number
  text: string
}

function isSpan(value: unknown): value is SpanLike {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.start === 'number' && typeof v.end === 'number' && typeof v.text === 'string'
}

/** Every span anywhere in a result: quote parts, cues, speaker mentions, source mentions... */
function spansIn(value: unknown, out: SpanLike[] = []): SpanLike[] {
  if (Array.isArray(value)) {
    for (const item of value) spansIn(item, out)
  } else if (typeof value === 'object' && value !== null) {
    if (isSpan(value)) out.push(value)
    for (const child of Object.values(value)) spansIn(child, out)
  }
  return out
}

/** Throws (so fast-check shrinks and reports) when a span is not a slice of `text`. */
function checkSpans(text: string, result: unknown): void {
  for (const span of spansIn(result)) {
    const ok =
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.start <= span.end &&
      span.end <= text.length &&
      text.slice(span.start, span.end) === span.text
    if (!ok) throw new Error(`bad span ${JSON.stringify(span)} in a text of length ${text.length}`)
  }
}

// --- generators ---

const marks = ['“', '”', '‘', '’', '"', "'", '«', '»', '„']
const words = ['the', 'minister', 'said', 'Rubio', 'he', 'She', 'told', 'reporters', 'peace', 'according to', 'Kremlin', 'wrote']

const control = fc.integer({min: 0, max: 31}).map((c) => String.fromCharCode(c))
const loneSurrogate = fc.integer({min: 0xd800, max: 0xdfff}).map((c) => String.fromCharCode(c))

/** One unit of hostile text: marks, words, line ends, control characters, lone surrogates. */
const hostileUnit = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...marks)},
  {weight: 6, arbitrary: fc.constantFrom(...words).map((w) => `${w} `)},
  {weight: 2, arbitrary: fc.constantFrom(' ', ', ', '. ', ': ', ',” he said. ', '\n', '\n\n', '\r\n', '\r')},
  {weight: 1, arbitrary: control},
  {weight: 1, arbitrary: loneSurrogate},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 3})}
)
const hostile = fc.string({unit: hostileUnit, maxLength: 120})

/** Paragraphs of the seed articles, to build article-like text. */
const seedDir = new URL('../seeds/', import.meta.url)
const seedParagraphs = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => readFileSync(new URL(f, seedDir), 'utf8').split('\n'))
  .map((p) => p.trim())
  .filter((p) => p !== '')

/** Article-like text: seed paragraphs, sometimes with a stray mark dropped in. */
const articleLike = fc
  .array(
    fc.tuple(
      fc.constantFrom(...seedParagraphs),
      fc.option(fc.tuple(fc.constantFrom(...marks), fc.nat()), {freq: 4})
    ),
    {minLength: 1, maxLength: 6}
  )
  .map((paragraphs) =>
    paragraphs
      .map(([p, stray]) => {
        if (stray === null) return p
        const [mark, at] = stray
        const i = at % (p.length + 1)
        return p.slice(0, i) + mark + p.slice(i)
      })
      .join('\n')
  )

const anyText: Array<[string, fc.Arbitrary<string>]> = [
  ['fc.string()', fc.string()],
  ['full unicode (fc.string unit binary)', fc.string({unit: 'binary'})],
  ['graphemes', fc.string({unit: 'grapheme', maxLength: 40})],
  ['marks, words, line ends, control characters, lone surrogates', hostile],
  ['seed paragraphs with stray marks', articleLike]
]

// --- properties ---

describe.each(finders)('%s on any string', (name, find) => {
  it.each(anyText)('does not throw, returns slices of the input, the same twice: %s', (_label, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        const first = find(text)
        expect(Array.isArray(first)).toBe(true)
        checkSpans(text, first)
        const second = find(text)
        expect(JSON.stringify(second)).toBe(JSON.stringify(first))
      }),
      {numRuns: name === 'extractQuotes' ? 120 : 60}
    )
  })
})

/** What must not change when `\n` becomes `\r\n`: the words, not the offsets. */
function quoteSummary(text: string): unknown[] {
  const nl = (s: string) => s.replace(/\r\n/g, '\n')
  return extractQuotes(text).map((q) => ({
    text: nl(q.text),
    kind: q.kind,
    parts: q.parts.map((p) => nl(p.text)),
    speaker: q.speaker === null ? null : {name: q.speaker.name, type: q.speaker.type, mention: nl(q.speaker.mention.text)},
    cue: q.cue === null ? null : nl(q.cue.text)
  }))
}

/** The sources of `text` by name and type, with the words of every mention and attribution. */
function sourceSummary(text: string): unknown[] {
  const find = api.findSources as ((text: string) => Array<Record<string, unknown>>) | undefined
  if (find === undefined) return []
  const nl = (s: string) => s.replace(/\r\n/g, '\n')
  return find(text).map((source) => ({
    name: source.name,
    type: source.type,
    mentions: spansIn(source.mentions).map((m) => nl(m.text)),
    attributions: spansIn(source.attributions).map((m) => nl(m.text))
  }))
}

describe('line ends', () => {
  it.each([
    ['marks, words, line ends', hostile],
    ['seed paragraphs with stray marks', articleLike]
  ] as Array<[string, fc.Arbitrary<string>]>)('the same quotes with \\n and with \\r\\n: %s', (_label, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (generated) => {
        const lf = generated.replace(/\r/g, '')
        const crlf = lf.replace(/\n/g, '\r\n')
        checkSpans(crlf, extractQuotes(crlf))
        expect(quoteSummary(crlf)).toEqual(quoteSummary(lf))
        expect(sourceSummary(crlf)).toEqual(sourceSummary(lf))
      }),
      {numRuns: 60}
    )
  })

  it('the same quotes for every seed article with \\r\\n line ends', () => {
    for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.txt'))) {
      const lf = readFileSync(new URL(file, seedDir), 'utf8').replace(/\r/g, '')
      const crlf = lf.replace(/\n/g, '\r\n')
      expect(quoteSummary(crlf)).toEqual(quoteSummary(lf))
      expect(sourceSummary(crlf)).toEqual(sourceSummary(lf))
      checkSpans(crlf, extractQuotes(crlf))
    }
  })

  it('finds sources in the seeds at all (so the line-end property compares something)', () => {
    const total = readdirSync(seedDir)
      .filter((f) => f.endsWith('.txt'))
      .reduce((n, f) => n + sourceSummary(readFileSync(new URL(f, seedDir), 'utf8')).length, 0)
    expect(total).toBeGreaterThan(10)
  })

  it('finds quotes in the seeds at all (so the line-end property compares something)', () => {
    const total = readdirSync(seedDir)
      .filter((f) => f.endsWith('.txt'))
      .reduce((n, f) => n + extractQuotes(readFileSync(new URL(f, seedDir), 'utf8')).length, 0)
    expect(total).toBeGreaterThan(10)
  })
})
