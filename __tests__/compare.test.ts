import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from '@jest/globals'
import {clusterQuotes, compareArticles} from '../src/index.js'
import type {ArticleContext, ArticleQuote, Quote} from '../src/index.js'
import {averageLinkage} from '../src/compare/articles/cluster.js'
import {buildIndex, candidatePairs} from '../src/compare/index/inverted.js'
import {nearDuplicates} from '../src/compare/index/minhash.js'
import {segmentText} from '../src/text/index.js'

const dir = new URL('../seeds/', import.meta.url)
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({id: f.slice(0, 3), text: readFileSync(new URL(f, dir), 'utf8')}))
const text = (id: string) => (seeds.find((s) => s.id === id) as {text: string}).text

const contexts: ArticleContext[] = seeds.map((s) => ({
  id: s.id,
  text: s.text,
  sentences: segmentText(s.text).paragraphs.flatMap((p) => p.sentences.map((x) => ({start: x.start, end: x.end, text: x.text})))
}))

/** A quote of article `id` found by its words, with a speaker named at `mention` (the occurrence nearest the quote). */
function quote(id: string, words: string, speaker: string | null, mention?: string, kind: Quote['kind'] = 'partial'): ArticleQuote {
  const t = text(id)
  const start = t.indexOf(words)
  if (start < 0) throw new Error(`not in ${id}: ${words}`)
  let at = -1
  if (mention) for (let i = t.indexOf(mention); i >= 0; i = t.indexOf(mention, i + 1)) if (at < 0 || Math.abs(i - start) < Math.abs(at - start)) at = i
  return {
    articleId: id,
    quote: {
      text: words,
      parts: [{start, end: start + words.length, text: words}],
      kind,
      speaker: speaker && mention ? {name: speaker, type: 'person', mention: {start: at, end: at + mention.length, text: mention}} : null,
      cue: null,
      confidence: 1
    }
  }
}

describe('clusterQuotes: the three seed clusters', () => {
  const quotes = [
    quote('002', 'Despite everything, we will work for peace,', 'Andriy Yermak', 'Yermak'),
    quote('003', 'Despite everything, we continue working for peace,', 'Andriy Yermak', 'Yermak'),
    quote('001', 'substantive and good technical meetings', 'Marco Rubio', 'he'),
    quote('003', 'confirmed that the U.S. was looking forward to substantive and positive technical meetings in London today.', 'Starmer spokesperson', 'A spokesperson for U.K. Prime Minister Keir Starmer'),
    quote('002', 'a lot of fakes are being published at the moment.', 'Kremlin', 'The Kremlin'),
    quote('004', 'fake,', 'Dmitry Peskov', 'Kremlin spokesman Dmitry Peskov'),
    // look-alikes that are not the same utterance
    quote('001', 'productive', 'David Lammy', 'Lammy'),
    quote('003', 'productive call', 'Starmer spokesperson', 'A spokesperson for U.K. Prime Minister Keir Starmer'),
    quote('002', 'immediate, full and unconditional ceasefire.', 'Volodymyr Zelensky', 'Zelensky'),
    quote('003', 'a full and unconditional ceasefire', 'Ukraine', 'Ukraine'),
    quote('004', 'technical', null, undefined, 'term')
  ]
  const clusters = clusterQuotes(quotes, contexts)
  const find = (words: string) => clusters.find((c) => c.quotes.some((q) => q.quote.text === words))

  it('finds exactly the three clusters', () => {
    expect(clusters.map((c) => c.quotes.map((q) => q.articleId))).toEqual([
      ['002', '003'],
      ['001', '003'],
      ['002', '004']
    ])
  })

  it('yermak-peace: will work for -> continue working for', () => {
    const cluster = find('Despite everything, we will work for peace,')
    expect(cluster?.speakers).toEqual(['Andriy Yermak'])
    const [compared] = cluster?.differences ?? []
    expect(compared?.verdict).toBe('altered')
    expect(compared?.differences.map((d) => [d.type, d.quoted?.text, d.source?.text])).toEqual([['substitution', 'will work', 'continue working']])
    // spans are offsets into the articles
    const d = compared?.differences[0]
    const quoted = cluster?.quotes[compared?.quote ?? -1]
    expect(text(quoted?.articleId ?? '').slice(d?.quoted?.start, d?.quoted?.end)).toBe('will work')
  })

  it('rubio-technical-meetings: a fragment matched inside a longer quote, good -> positive', () => {
    const cluster = find('substantive and good technical meetings')
    const [compared] = cluster?.differences ?? []
    expect(cluster?.quotes[compared?.quote ?? -1]?.quote.text).toBe('substantive and good technical meetings')
    expect(compared?.differences.map((d) => [d.type, d.quoted?.text, d.source?.text])).toEqual([['substitution', 'good', 'positive']])
    // differing attributions of one utterance are reported
    expect(cluster?.speakers).toEqual(['Marco Rubio', 'Starmer spokesperson'])
  })

  it('kremlin-fake: "fake" inside "a lot of fakes are being published", attributed to the Kremlin and to Peskov', () => {
    const cluster = find('fake,')
    expect(cluster?.speakers).toEqual(['Kremlin', 'Dmitry Peskov'])
    const [compared] = cluster?.differences ?? []
    expect(compared?.differences.map((d) => [d.type, d.quoted?.text, d.source?.text])).toEqual([['substitution', 'fake', 'fakes']])
  })

  it('leaves out look-alikes by other speakers and term quotes', () => {
    expect(find('productive')).toBeUndefined()
    expect(find('immediate, full and unconditional ceasefire.')).toBeUndefined()
    expect(find('technical')).toBeUndefined()
  })
})

describe('compareArticles: claims', () => {
  const {claims} = compareArticles(seeds, {extract: () => []})
  const claimOf = (id: string, start: string) => claims.find((c) => c.sentences.some((s) => s.articleId === id && s.text.startsWith(start)))

  it('a statement quoted by one outlet and reported by two is one claim', () => {
    const claim = claimOf('002', '“The Ukraine Peace Talks meeting with Foreign Ministers today is being postponed.')
    expect(claim).toBeDefined()
    const starts = claim?.sentences.map((s) => `${s.articleId}:${s.text.slice(0, 20)}`)
    expect(starts).toEqual(expect.arrayContaining(['001:On Wednesday morning', '004:In a statement, the ']))
  })

  it('the same news told in different words: halt / freeze the invasion along the front lines', () => {
    const claim = claimOf('001', 'All this comes amid a report in the Financial Times')
    expect(claim?.sentences.map((s) => s.articleId)).toEqual(expect.arrayContaining(['000', '001', '002', '004']))
  })

  it('every sentence carries offsets into its article', () => {
    for (const claim of claims) {
      expect(new Set(claim.sentences.map((s) => s.articleId)).size).toBeGreaterThanOrEqual(2)
      for (const s of claim.sentences) expect(text(s.articleId).slice(s.start, s.end)).toBe(s.text)
    }
  })

  it('leaves out page furniture', () => {
    expect(claims.some((c) => c.sentences.some((s) => s.text.startsWith('But to continue our work, we need your help')))).toBe(false)
  })
})

describe('compareArticles: arguments', () => {
  it('throws a TypeError naming the argument', () => {
    expect(() => compareArticles('text' as unknown as [])).toThrow(/`articles`/)
    expect(() => compareArticles([{id: 'a'} as unknown as {id: string; text: string}])).toThrow(/`articles\[0\]\.text`/)
    expect(() => compareArticles([{id: 'a', text: ''}, {id: 'a', text: ''}])).toThrow(/unique/)
    expect(() => compareArticles([], 'x' as unknown as null)).toThrow(/`options`/)
    expect(() => compareArticles([], {claimThreshold: 'x' as unknown as number})).toThrow(/`options.claimThreshold`/)
  })

  it('returns nothing to compare for fewer than two articles', () => {
    expect(compareArticles([{id: 'a', text: 'Talks stalled on Monday in London, officials said.'}], {extract: () => []})).toEqual({quoteClusters: [], claims: []})
  })
})

describe('the candidate index', () => {
  it('proposes pairs sharing rarer terms, never all pairs', () => {
    // 300 documents with their own terms, two of them sharing one
    const docs = Array.from({length: 300}, (_, i) => Int32Array.from([3 * i, 3 * i + 1, 3 * i + 2]))
    docs[10] = Int32Array.from([30, 31, 999_999])
    docs[200] = Int32Array.from([600, 601, 999_999])
    expect(candidatePairs(buildIndex(docs), docs)).toEqual([[10, 200]])
  })

  it('skips terms found in too many documents', () => {
    const docs = Array.from({length: 50}, (_, i) => Int32Array.from([7, 100 + i]))
    expect(candidatePairs(buildIndex(docs), docs, {maxDocumentFrequency: 20})).toEqual([])
  })

  it('groups near-duplicates with MinHash/LSH', () => {
    const base = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    const groups = nearDuplicates([Int32Array.from(base), Int32Array.from([...base.slice(1), 13]), Int32Array.from([20, 21, 22, 23, 24])])
    expect(groups[1]).toBe(groups[0])
    expect(groups[2]).not.toBe(groups[0])
  })

  it('average linkage does not chain weak links', () => {
    const clusters = averageLinkage(3, [{a: 0, b: 1, similarity: 0.5}, {a: 1, b: 2, similarity: 0.5}], 0.4)
    expect(clusters.map((c) => c.nodes)).toEqual([[0, 1], [2]])
  })

  it('names the punctuation that differs between copies with the same words and speaker', () => {
    const {quoteClusters} = compareArticles([
      {id: 'a', text: 'Mayor Ines Barto said: “We will keep the depot open — no matter what.”'},
      {id: 'b', text: 'Mayor Ines Barto said: "We will keep the depot open, no matter what!"'},
      {id: 'c', text: 'Mayor Ines Barto said: "We will keep the depot open — no matter what."'}
    ])
    const [cluster] = quoteClusters
    expect(cluster?.quotes.map((q) => q.articleId)).toEqual(['a', 'b', 'c'])
    const byQuote = new Map(cluster?.differences.map((d) => [cluster.quotes[d.quote]?.articleId, d]))
    expect(byQuote.get('b')?.verdict).toBe('cosmetic')
    expect(byQuote.get('b')?.differences.map((d) => [d.type, d.quoted?.text, d.source?.text])).toEqual([
      ['punctuation', ',', '—'],
      ['punctuation', '!', '.']
    ])
    expect(byQuote.get('c')?.verdict).toBe('exact')
  })

  it('lists one speaker for "Rubio" in one article and "Marco Rubio" in another', () => {
    const {quoteClusters} = compareArticles([
      {id: 'a', text: 'Rubio said: “We need to decide within days.”'},
      {id: 'b', text: '“We need to decide within days,” US Secretary of State Marco Rubio said.'}
    ])
    expect(quoteClusters.map((c) => c.speakers)).toEqual([['Marco Rubio']])
  })
})
