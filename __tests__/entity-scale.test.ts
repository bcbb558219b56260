/**
 * Many entities under one key ("Qaa Times", "Qbb Times" … all under
 * "times"; "Ji Kim", "Bo Kim" … under "kim"): a new mention must find its
 * entity through the indexes, not by reading every entity before it, and
 * still find the same one a scan in order would. No timing here: the work is
 * counted as reads of the entities' names and words.
 */
import {describe, expect, it} from '@jest/globals'
import {extractQuotes, findSources} from '../src/index.js'
import {analyzeMention} from '../src/attribution/index.js'
import {tokenAtOffset} from '../src/attribution/document.js'
import type {ArticleDocument, Entity} from '../src/attribution/index.js'
import {countReads, indexArticle} from './helpers/entities.js'
import {GivenNameIndex, Ranked, TailIndex} from '../src/attribution/entity-lookup.js'

const FIRST = ['John', 'Mary', 'Alex', 'Sara', 'Omar', 'Lena']

/** A distinct surname per number: "Qason", "Qbson" … */
function surname(i: number): string {
  let s = ''
  let n = i
  do {
    s += String.fromCharCode(97 + (n % 26))
    n = Math.floor(n / 26)
  } while (n > 0)
  return `Q${s}son`
}

function personName(i: number): string {
  return `${FIRST[i % FIRST.length] as string} ${surname(i)}`
}

function timesArticle(count: number): string {
  const paragraphs: string[] = []
  for (let i = 0; i < count; i++) {
    paragraphs.push(`${personName(i)}, a senior adviser at the Ministry of ${surname(i + 7)}, said the plan would cost $${i} million. "We will see," ${surname(i)} told Reuters. The minister, according to the ${surname(i + 3)} Times, disagreed.`)
  }
  return paragraphs.join('\n\n')
}

function kimArticle(count: number): string {
  const paragraphs: string[] = []
  for (let i = 0; i < count; i++) paragraphs.push(`${surname(i).slice(1, 2).toUpperCase()}${surname(i).slice(2)} Kim, a lawmaker, said the vote was close.`)
  return paragraphs.join('\n\n')
}

/** The token range of the last occurrence of `phrase` (words split on spaces). */
function lastPhrase(doc: ArticleDocument, phrase: string): {from: number; to: number} {
  const wanted = phrase.split(' ')
  for (let from = doc.words.length - wanted.length; from >= 0; from--) {
    if (wanted.every((w, k) => doc.words[from + k]?.text === w)) return {from, to: from + wanted.length}
  }
  throw new Error(`no "${phrase}"`)
}

describe('many entities under one key', () => {
  const COUNT = 400

  it('joins a late "X Times" to its own entity without reading the others', () => {
    const {doc, names, index} = indexArticle(timesArticle(COUNT))
    const phrase = lastPhrase(doc, `${surname(COUNT + 2)} Times`)
    const mention = analyzeMention(doc, phrase, names)
    const expected = index.entities.find((e) => e.name === `${surname(COUNT + 2)} Times`)
    expect(expected).toBeDefined()
    const counter = countReads(index.entities, ['name', 'words'])
    expect(index.register(mention, phrase.from)).toBe(expected)
    expect(counter.reads).toBeLessThan(20)
  })

  it('joins a late "X Kim" to its own person among hundreds of Kims', () => {
    const {doc, names, index} = indexArticle(kimArticle(COUNT))
    const last = `${surname(COUNT - 1).slice(1, 2).toUpperCase()}${surname(COUNT - 1).slice(2)} Kim`
    const phrase = lastPhrase(doc, last)
    const mention = analyzeMention(doc, phrase, names)
    const expected = index.entities.find((e) => e.name === last)
    expect(expected).toBeDefined()
    const counter = countReads(index.entities, ['name', 'words'])
    expect(index.register(mention, phrase.from)).toBe(expected)
    expect(counter.reads).toBeLessThan(20)
  })

  it('still gives each quote and source its own name', () => {
    const text = timesArticle(COUNT)
    const quotes = extractQuotes(text)
    expect(quotes).toHaveLength(COUNT)
    quotes.forEach((quote, i) => expect(quote.speaker?.name).toBe(personName(i)))
    const sources = findSources(text).map((s) => s.name)
    for (let i = 0; i < COUNT; i++) {
      expect(sources).toContain(personName(i))
      expect(sources).toContain(`${surname(i + 3)} Times`)
    }
  })
})

describe('entity lookup indexes agree with a scan in order', () => {
  /** A tiny seeded generator, so the cases are the same every run. */
  function generator(seed: number): () => number {
    let state = seed
    return () => {
      state = (state * 1103515245 + 12345) & 0x7fffffff
      return state / 0x7fffffff
    }
  }
  const GIVEN = ['J.', 'Jo', 'John', 'Johnny', 'M.', 'Mary', 'Ma', '.', 'Kim']
  const WORDS = ['New', 'York', 'Times', 'The', 'Post', 'Washington', 'Financial']

  function entity(id: number, name: string): Entity {
    return {id, name, type: 'person', key: 'k', kind: 'name', mentions: [], words: []}
  }

  function sameName(a: string, b: string): boolean {
    const x = a.split(/\s+/)
    const y = b.split(/\s+/)
    if (x.length === 1 || y.length === 1) return true
    const fx = (x[0] as string).toLowerCase().replace(/\.$/, '')
    const fy = (y[0] as string).toLowerCase().replace(/\.$/, '')
    return fx === fy || fx.startsWith(fy) || fy.startsWith(fx)
  }

  function shortens(short: string, full: string): boolean {
    const a = short.toLowerCase().split(/\s+/).filter((w) => w !== 'the')
    const b = full.toLowerCase().split(/\s+/).filter((w) => w !== 'the')
    if (a.length === 0 || a.length >= b.length) return false
    return a.every((w, i) => b[b.length - a.length + i] === w)
  }

  it('GivenNameIndex finds the first entity sameName joins, through renames', () => {
    const next = generator(7)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
    const name = () => (next() < 0.3 ? 'Smith' : `${pick(GIVEN)} Smith`)
    const entities: Entity[] = []
    const index = new GivenNameIndex((e) => e.id)
    for (let step = 0; step < 600; step++) {
      const wanted = name()
      const found = index.find(wanted)
      expect(found).toBe(entities.find((e) => sameName(e.name, wanted)))
      if (found && next() < 0.3) {
        index.remove(found)
        found.name = `${pick(GIVEN)} Q. Smith`
        index.add(found)
      } else if (!found || next() < 0.5) {
        const made = entity(entities.length, wanted)
        entities.push(made)
        index.add(made)
      }
    }
  })

  it('TailIndex finds the first name a short name shortens, or that shortens it', () => {
    const next = generator(11)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
    const name = () => Array.from({length: 1 + Math.floor(next() * 4)}, () => pick(WORDS)).join(' ')
    const entities: Entity[] = []
    const index = new TailIndex((e) => e.id)
    for (let step = 0; step < 600; step++) {
      const wanted = name()
      expect(index.find(wanted)).toBe(entities.find((e) => shortens(wanted, e.name)))
      expect(index.eitherWay(wanted)).toBe(entities.find((e) => shortens(wanted, e.name) || shortens(e.name, wanted)))
      const made = entity(entities.length, name())
      entities.push(made)
      index.add(made)
      if (next() < 0.1) {
        const renamed = pick(entities)
        index.remove(renamed)
        renamed.name = name()
        index.add(renamed)
      }
    }
  })

  it('Ranked keeps entities in rank order whatever order they come in', () => {
    const ranked = new Ranked((e) => e.id)
    const made = [5, 1, 9, 3, 7].map((id) => entity(id, 'X'))
    for (const e of made) ranked.add(e)
    ranked.remove(made[2] as Entity)
    expect(ranked.items.map((e) => e.id)).toEqual([1, 3, 5, 7])
  })
})

describe('token look-up by offset', () => {
  it('find the token at an offset as a scan would', () => {
    const {doc} = indexArticle('“No,” Rubio said. Talks stalled, he said.')
    for (let offset = 0; offset <= doc.text.length + 1; offset++) {
      const scan = doc.words.findIndex((w) => w.start >= offset)
      expect(tokenAtOffset(doc, offset)).toBe(scan < 0 ? doc.words.length : scan)
    }
  })
})
