/**
 * onrecord/node: `extractMany` streams results in input order, identical to
 * `extractQuotes` one article at a time, in this thread and in worker threads
 * (started from the TypeScript source here), with a bounded read-ahead.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from '@jest/globals'
import * as core from '../src/index.js'
import {extractQuotes} from '../src/index.js'
import type {Quote} from '../src/index.js'
import {compareMany, extractMany, findSourcesMany} from '../src/node/index.js'
import type {ExtractManyResult} from '../src/node/index.js'

const seedDir = new URL('../seeds/', import.meta.url)
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({id: f.replace(/\.txt$/, ''), text: readFileSync(new URL(f, seedDir), 'utf8')}))

/** Deterministic variants of the seeds: paragraphs rotated, shuffled, cut; sizes that differ a lot. */
function corpus(n: number): Array<{id: string; text: string}> {
  const out: Array<{id: string; text: string}> = []
  let state = 42
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return state / 4294967296
  }
  for (let i = 0; i < n; i++) {
    const seed = seeds[i % seeds.length] as {id: string; text: string}
    const paragraphs = seed.text.split('\n')
    const k = Math.floor(random() * paragraphs.length)
    const rotated = [...paragraphs.slice(k), ...paragraphs.slice(0, k)]
    const repeat = i % 7 === 0 ? 20 : 1 // some much longer articles finish late
    out.push({id: `${seed.id}#${i}`, text: Array.from({length: repeat}, () => rotated.join('\n')).join('\n')})
  }
  return out
}

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of gen) out.push(item)
  return out
}

describe('extractMany', () => {
  const articles = corpus(40)
  const expected: ExtractManyResult[] = articles.map((a, index) => ({index, id: a.id, quotes: extractQuotes(a.text)}))

  it('gives the same results as extractQuotes, in order, in this thread', async () => {
    expect(await collect(extractMany(articles, {workers: 0}))).toEqual(expected)
    expect(await collect(extractMany(articles, {workers: 1, maxInFlight: 5}))).toEqual(expected)
  })

  it('gives the same results as extractQuotes, in order, in worker threads', async () => {
    expect(await collect(extractMany(articles, {workers: 2}))).toEqual(expected)
  }, 60_000)

  it('gives the same results from an async iterable of plain strings', async () => {
    async function* texts() {
      for (const a of articles.slice(0, 12)) {
        await new Promise((resolve) => setTimeout(resolve, 1))
        yield a.text
      }
    }
    const results = await collect(extractMany(texts(), {workers: 2, maxInFlight: 3}))
    expect(results.map((r) => r.id)).toEqual([...Array(12).keys()])
    expect(results.map((r) => r.quotes)).toEqual(expected.slice(0, 12).map((r) => r.quotes))
  }, 60_000)

  it('passes extractQuotes options through to the workers', async () => {
    const options = {keepBoilerplate: true}
    const mine = seeds.map((a) => extractQuotes(a.text, options))
    const results = await collect(extractMany(seeds, {workers: 2, ...options}))
    expect(results.map((r) => r.quotes)).toEqual(mine)
  }, 60_000)

  it('finds the quotes of the seeds at all (so the comparisons above compare something)', async () => {
    const results = await collect(extractMany(seeds, {workers: 0}))
    expect(results.reduce((n, r) => n + r.quotes.length, 0)).toBeGreaterThan(10)
  })

  it.each([0, 2])('reads at most maxInFlight articles ahead of what it yields (workers: %d)', async (workers) => {
    let read = 0
    let yielded = 0
    let most = 0
    function* texts() {
      for (let i = 0; i < 30; i++) {
        read++
        most = Math.max(most, read - yielded)
        yield `“Item ${i},” the minister said.`
      }
    }
    for await (const result of extractMany(texts(), {workers, maxInFlight: 4})) {
      expect(result.index).toBe(yielded)
      yielded++
    }
    expect(yielded).toBe(30)
    expect(most).toBeLessThanOrEqual(4)
  }, 60_000)

  it('stops reading the input and ends its workers when the loop is left early', async () => {
    let read = 0
    let closed = false
    function* texts() {
      try {
        for (let i = 0; ; i++) {
          read++
          yield `“Item ${i},” she said.`
        }
      } finally {
        closed = true
      }
    }
    const seen: number[] = []
    for await (const result of extractMany(texts(), {workers: 2, maxInFlight: 6})) {
      seen.push(result.index)
      if (seen.length === 3) break
    }
    expect(seen).toEqual([0, 1, 2])
    expect(closed).toBe(true)
    expect(read).toBeLessThanOrEqual(3 + 6)
  }, 60_000)

  it('throws a TypeError naming the bad argument', () => {
    expect(() => extractMany('one article' as unknown as string[])).toThrow(/`texts`/)
    expect(() => extractMany(42 as unknown as string[])).toThrow(TypeError)
    expect(() => extractMany(null as unknown as string[])).toThrow(/`texts`/)
    expect(() => extractMany([], 'fast' as unknown as {workers: number})).toThrow(/`options`/)
    expect(() => extractMany([], {workers: -1})).toThrow(/`options.workers`/)
    // A typo, not a machine: 1e9 workers would start isolates until memory runs out.
    expect(() => extractMany([], {workers: 1e9})).toThrow(/`options.workers` to be an integer from 0 to 256/)
    expect(() => extractMany([], {workers: 1.5})).toThrow(TypeError)
    expect(() => extractMany([], {maxInFlight: 0})).toThrow(/`options.maxInFlight`/)
  })

  it.each([0, 2])('throws for a bad article at its turn, after the good ones (workers: %d)', async (workers) => {
    const seen: Array<string | number> = []
    const input = ['“A,” he said.', {id: 'b', text: '“B,” she said.'}, 42, '“D,” they said.'] as unknown as string[]
    await expect(
      (async () => {
        for await (const result of extractMany(input, {workers})) seen.push(result.id)
      })()
    ).rejects.toThrow(/`texts\[2\]`/)
    expect(seen).toEqual([0, 'b'])
  }, 60_000)
})

describe('findSourcesMany', () => {
  it('gives the same results as findSources, in order, in this thread and in worker threads', async () => {
    const findSources = (core as unknown as Record<string, unknown>).findSources as (text: string) => unknown[]
    const expected = seeds.map((a, index) => ({index, id: a.id, sources: findSources(a.text)}))
    expect(expected.reduce((n, r) => n + r.sources.length, 0)).toBeGreaterThan(10)
    expect(await collect(findSourcesMany(seeds, {workers: 0}))).toEqual(expected)
    expect(await collect(findSourcesMany(seeds, {workers: 2, maxInFlight: 2}))).toEqual(expected)
  }, 60_000)
})

describe('compareMany', () => {
  const compareArticles = (core as unknown as Record<string, unknown>).compareArticles as
    | ((articles: Array<{id: string; text: string}>, options?: unknown) => unknown)
    | undefined

  it('is backed by compareArticles from the core', () => {
    expect(typeof compareArticles).toBe('function')
  })

  it('gives exactly what compareArticles gives, with the quotes found in worker threads', async () => {
    if (compareArticles === undefined) throw new Error('compareArticles is not exported from src/index.ts yet')
    expect(await compareMany(seeds, {workers: 2})).toEqual(compareArticles(seeds))
    async function* streamed() {
      yield* seeds
    }
    expect(await compareMany(streamed(), {workers: 0, quotesOnly: true})).toEqual(compareArticles(seeds, {quotesOnly: true}))
  }, 120_000)

  it('runs an extract function of the caller in this thread', async () => {
    if (compareArticles === undefined) throw new Error('compareArticles is not exported from src/index.ts yet')
    let calls = 0
    const extract = (text: string): Quote[] => {
      calls++
      return extractQuotes(text)
    }
    expect(await compareMany(seeds, {workers: 2, extract})).toEqual(compareArticles(seeds))
    expect(calls).toBeGreaterThanOrEqual(seeds.length)
  }, 120_000)

  it('throws a TypeError naming the bad argument', async () => {
    await expect(compareMany(seeds, 'fast' as unknown as {workers: number})).rejects.toThrow(/`options`/)
    for (const bad of [null, undefined, 42, {id: 'a', text: 'x'}]) {
      await expect(compareMany(bad as unknown as typeof seeds, {workers: 0})).rejects.toThrow(/`articles`/)
    }
    if (compareArticles === undefined) return
    await expect(compareMany([{id: 'a', text: 'x'}, {id: 2, text: 'y'}] as unknown as typeof seeds, {workers: 0})).rejects.toThrow(/`articles\[1\]`/)
  })
})
