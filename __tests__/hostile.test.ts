/**
 * Hostile input, case by case: empty text, only marks, 10,000 opening marks,
 * marks nested 1,000 deep, lone surrogates, NUL and control characters, a
 * 10 MB article, one 1 MB line, and bad arguments. No timing assertions here
 * (speed is `npm run bench -- --only hostile`); these check that nothing
 * throws, every span is a slice of the input, and the article around the
 * garbage is still read correctly.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {Worker} from 'node:worker_threads'
import {describe, expect, it} from '@jest/globals'
import * as core from '../src/index.js'
import {compareArticles, extractQuotes, findHearsay, findSources, verifyQuote} from '../src/index.js'
import type {Quote} from '../src/index.js'
import type {TaskOut, WorkerOp} from '../src/node/protocol.js'
import {workerEntry} from '../src/node/worker-url.js'

type Finder = (text: string, options?: unknown) => unknown[]

const api = core as unknown as Record<string, unknown>
const finders: Array<[string, Finder]> = [['extractQuotes', extractQuotes as Finder]]
if (typeof api.findSources === 'function') finders.push(['findSources', api.findSources as Finder])

interface SpanLike {
  start: number
  end: number
  text: string
}

function spansIn(value: unknown, out: SpanLike[] = []): SpanLike[] {
  if (Array.isArray(value)) {
    for (const item of value) spansIn(item, out)
  } else if (typeof value === 'object' && value !== null) {
    const v = value as Record<string, unknown>
    if (typeof v.start === 'number' && typeof v.end === 'number' && typeof v.text === 'string') out.push(v as unknown as SpanLike)
    for (const child of Object.values(v)) spansIn(child, out)
  }
  return out
}

/** Assert every span in `result` is `text.slice(start, end)`; returns how many there were. */
function expectSpans(text: string, result: unknown): number {
  const spans = spansIn(result)
  const bad = spans.filter(
    (s) => !(s.start >= 0 && s.start <= s.end && s.end <= text.length && text.slice(s.start, s.end) === s.text)
  )
  expect(bad.slice(0, 3)).toEqual([])
  return spans.length
}

const seedDir = new URL('../seeds/', import.meta.url)
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, seedDir), 'utf8'))

/** The seed articles without their page furniture (golden `boilerplate` spans cut out), joined. */
const golden = JSON.parse(readFileSync(new URL('golden.json', seedDir), 'utf8')) as {
  articles: Array<{file: string; boilerplate: Array<{start: number; end: number}>}>
}
const story = golden.articles
  .map((a) => {
    let text = readFileSync(new URL(`../${a.file}`, seedDir), 'utf8')
    for (const b of [...a.boilerplate].sort((x, y) => y.start - x.start)) text = text.slice(0, b.start) + text.slice(b.end)
    return text.trim()
  })
  .join('\n')

/**
 * Run a core function on big inputs, one after the other, in a worker thread
 * ended after `limitSeconds` per input: a generous net so that a blow-up
 * fails the test instead of hanging `npm test` (not a speed assertion; speed
 * is in the bench).
 */
async function inWorker(op: string, texts: Record<string, string>, limitSeconds: number): Promise<Record<string, unknown[]>> {
  const entry = workerEntry()
  const worker = new Worker(entry.script, {eval: entry.eval, workerData: {op: op as WorkerOp, options: null}})
  const out: Record<string, unknown[]> = {}
  try {
    let seq = 0
    for (const [label, text] of Object.entries(texts)) {
      out[label] = await new Promise<unknown[]>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${op} did not finish ${label} (${text.length} characters) within ${limitSeconds} s`)),
          limitSeconds * 1000
        )
        const done = () => {
          clearTimeout(timer)
          worker.off('message', onMessage)
          worker.off('error', onError)
        }
        const onMessage = (message: TaskOut) => {
          done()
          if (message.ok) resolve(message.value as unknown[])
          else reject(Object.assign(new Error(`${label}: ${message.error.message}`), {name: message.error.name, stack: message.error.stack}))
        }
        const onError = (error: Error) => {
          done()
          reject(error)
        }
        worker.on('message', onMessage)
        worker.on('error', onError)
        worker.postMessage({seq: seq++, text})
      })
    }
  } finally {
    await worker.terminate()
  }
  return out
}

/** The quotes of `text` as words and speakers, offsets shifted by `-shift`. */
function summary(quotes: Quote[], shift = 0): unknown[] {
  return quotes.map((q) => ({
    text: q.text,
    kind: q.kind,
    parts: q.parts.map((p) => [p.start - shift, p.end - shift]),
    speaker: q.speaker?.name ?? null
  }))
}

/** Quotes whose every part lies inside [from, to). */
function within(quotes: Quote[], from: number, to: number): Quote[] {
  return quotes.filter((q) => q.parts.every((p) => p.start >= from && p.end <= to))
}

describe.each(finders)('%s on hostile input', (name, find) => {
  it('returns [] for empty text', () => {
    expect(find('')).toEqual([])
  })

  it('handles text made only of marks', () => {
    for (const text of ['“', '”', '“”', '‘’', '""', "''", '«»', '„“', '“”‘’"\'«»„'.repeat(100), '”“'.repeat(500)]) {
      const result = find(text)
      expectSpans(text, result)
    }
  })

  it('handles 10,000 opening marks and no closing one', () => {
    for (const text of ['“'.repeat(10_000), '“word '.repeat(10_000), '‘'.repeat(10_000), '"'.repeat(10_001), '«„'.repeat(5_000)]) {
      expectSpans(text, find(text))
    }
  })

  it('handles a megabyte of opening marks, alone and between words', async () => {
    const texts = {
      '1 MB of “': '“'.repeat(1 << 20),
      '1 MB of “word': '“word '.repeat(1 << 18),
      '1 MB of ‘': '‘'.repeat(1 << 20),
      '1 MB of «': '«'.repeat(1 << 20)
    }
    const results = await inWorker(name, texts, 120)
    for (const [label, text] of Object.entries(texts)) expectSpans(text, results[label])
  }, 500_000)

  it('handles marks nested 1,000 deep', () => {
    const open = '“‘«„'.repeat(250)
    const close = '“’»“'.repeat(250)
    for (const text of [
      `${open}deep${[...close].reverse().join('')}`,
      `${'“'.repeat(1000)}deep${'”'.repeat(1000)}, he said.`,
      `He said: ${'“a '.repeat(1000)}${'” '.repeat(1000)}`
    ]) {
      expectSpans(text, find(text))
    }
  })

  it('handles lone surrogates, NUL and control characters', () => {
    const texts = [
      '“I\uD800 am here,” he said.',
      '\uDC00“Peace now,” she said.\uD83D',
      '“\uD83D”',
      '“Peace\u0000 now,”\u0007 the minister said.\u001b',
      '\u0000'.repeat(1000),
      Array.from({length: 32}, (_, i) => `“${String.fromCharCode(i)}word,” he said. `).join('\n'),
      '“Ends in a lone high surrogate\uD800'
    ]
    for (const text of texts) expectSpans(text, find(text))
  })

  it('reads a 10 MB article to the end with valid spans', async () => {
    let text = ''
    while (text.length < 10 * 1024 * 1024) text += `${story}\n`
    const {article: result} = await inWorker(name, {article: text}, 180)
    const spans = spansIn(result)
    expect(expectSpans(text, result)).toBeGreaterThan(0)
    // The story repeated: what it finds in the first copy it finds in the last.
    expect(spans.reduce((max, s) => Math.max(max, s.end), 0)).toBeGreaterThan(text.length - story.length - 1)
  }, 210_000)

  it('reads an article that is one 1 MB line', async () => {
    const line = story.replace(/\s*\n\s*/g, ' ')
    let text = ''
    while (text.length < 1024 * 1024) text += `${line} `
    const {line: result} = await inWorker(name, {line: text}, 120)
    const spans = spansIn(result)
    expect(expectSpans(text, result)).toBeGreaterThan(0)
    expect(spans.reduce((max, s) => Math.max(max, s.end), 0)).toBeGreaterThan(text.length - line.length - 2)
  }, 150_000)
})

describe('findSources on inputs built against its source rules', () => {
  it('reads a megabyte of outlet reports, one source\'s many attributions, a long list of names and many descriptions to the end', async () => {
    const megabyte = (unit: string) => unit.repeat(Math.ceil((1024 * 1024) / unit.length))
    const texts = {
      reports: `The talks stalled, according to ${megabyte('a Reuters report and ')}a Reuters report.`,
      attributions: `Marco Rubio spoke. ${megabyte('Rubio said the talks had stalled, Reuters reported. ')}`,
      list: `${Array.from({length: 60_000}, (_, i) => `Name${i} Smith`).join(', ')} and Ann Lee said the talks stalled.`,
      descriptions: megabyte('“We are close,” Rubio’s spokeswoman, Tammy Bruce, said. ')
    }
    // A net against a blow-up (each takes about a second here), not a speed figure: those are in the bench.
    const results = await inWorker('findSources', texts, 60)
    for (const [label, text] of Object.entries(texts)) expect(expectSpans(text, results[label])).toBeGreaterThan(0)
  }, 300_000)
})

describe('extractQuotes around garbage', () => {
  it.each([
    ['10,000 opening marks', '“'.repeat(10_000)],
    ['opening marks between words', '“word '.repeat(2_000)],
    ['marks 1,000 deep', `${'“‘«„'.repeat(250)}deep`],
    ['NUL and control characters', '\u0000\u0001\u0007\u001b'.repeat(100)],
    ['lone surrogates', '\uD800\uDC00\uDFFF'.split('').reverse().join('').repeat(100)]
  ])('reads the article after and before a paragraph of %s the same as alone', (_label, garbage) => {
    for (const seed of seeds) {
      const alone = summary(extractQuotes(seed))
      // Garbage paragraph after the article.
      const after = `${seed.replace(/\n+$/, '')}\n${garbage}\n`
      expect(summary(within(extractQuotes(after), 0, seed.length))).toEqual(alone)
      // Garbage paragraph before it.
      const before = `${garbage}\n${seed}`
      const shift = garbage.length + 1
      expect(summary(within(extractQuotes(before), shift, before.length), shift)).toEqual(alone)
    }
  })

  it('finds the quotes of the seeds at all (so the comparisons above compare something)', () => {
    expect(seeds.reduce((n, seed) => n + extractQuotes(seed).length, 0)).toBeGreaterThan(10)
  })

  it('reports no quote made of nothing', () => {
    for (const text of ['“”', '“ ”, he said.', '"" she said', '«»', '„“', '“”‘’"\'«»„'.repeat(100)]) {
      for (const quote of extractQuotes(text)) expect(quote.text.trim()).not.toBe('')
    }
  })
})

describe.each(finders)('%s checks its arguments', (name, find) => {
  it.each([42, null, undefined, {text: 'x'}, ['x'], Symbol('x')])('throws a TypeError naming `text` for %p', (bad) => {
    expect(() => find(bad as unknown as string)).toThrow(TypeError)
    expect(() => find(bad as unknown as string)).toThrow(/`text`/)
  })

  it.each(['yes', 42, true, ['x']])('throws a TypeError naming `options` for %p', (bad) => {
    expect(() => find('“A,” he said.', bad)).toThrow(TypeError)
    expect(() => find('“A,” he said.', bad)).toThrow(/`options`/)
  })

  it('accepts null and undefined options', () => {
    expect(Array.isArray(find('“A,” he said.', null))).toBe(true)
    expect(Array.isArray(find('“A,” he said.', undefined))).toBe(true)
    expect(name).toMatch(/^(extractQuotes|findSources)$/)
  })
})

describe('words every JavaScript object inherits', () => {
  // A lexicon read as table[word] also finds "constructor", "__proto__", "toString" … and crashed on them.
  const inherited = [...Object.getOwnPropertyNames(Object.prototype), '__proto__']

  it.each(inherited)('reads "%s" as a plain word everywhere', (word) => {
    const text = `The ${word} of the bridge said it was safe. Mr. ${word} told Reuters that the ${word} \u201c${word} was ${word}.\u201d ${word}'s ${word}.`
    expect(() => findSources(text)).not.toThrow()
    expect(() => extractQuotes(text)).not.toThrow()
    expect(() => verifyQuote(`${word} was ${word}`, text)).not.toThrow()
    expect(() => compareArticles([{id: 'a', text}, {id: 'b', text}])).not.toThrow()
  })

  it('finds the source named with one ("The constructor of the bridge said")', () => {
    expect(findSources('The constructor of the bridge said it was safe.').map((s) => [s.name, s.attributions[0]?.content.text])).toEqual([
      ['constructor of the bridge', 'it was safe']
    ])
  })
})

describe('a sentence of one word that opens a rule', () => {
  // "In" alone crashed findSources: the statement-frame rule read the word after "In" without checking there was one.
  it.each(['In', 'in', 'in\r\n', 'According', 'It is', '“In'])('reads %j without throwing', (text) => {
    expect(() => findSources(text)).not.toThrow()
    expect(() => findHearsay(text)).not.toThrow()
    expect(() => extractQuotes(text)).not.toThrow()
  })
})

describe('a transcript of 20,000 turns on one line', () => {
  it('reads every turn without walking the line once per turn', () => {
    const text = 'AB: We will win this. '.repeat(20000) + 'CD: The end is here.'
    const sources = findSources(text)
    expect(sources.map((s) => s.name).sort()).toEqual(['AB', 'CD'])
    expect(sources.find((s) => s.name === 'AB')?.attributions.length).toBe(20000)
  })
})
