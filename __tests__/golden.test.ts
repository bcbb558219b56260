import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {extractQuotes, findSources} from '../src/index.js'

interface GoldPart {start: number; end: number; text: string}
interface GoldQuote {id: string; kind: string; parts: GoldPart[]; speaker: string | null; speakerAliases?: string[]; inBoilerplate?: boolean}
interface GoldArticle {id: string; file: string; quotes: GoldQuote[]; sources: Array<{name: string; aliases: string[]}>}

const root = new URL('../', import.meta.url)
const golden = JSON.parse(readFileSync(new URL('seeds/golden.json', root), 'utf8')) as {articles: GoldArticle[]}

const norm = (s: string) => s.toLowerCase().replace(/^(the|a|an)\s+/, '').trim()
const lastWord = (s: string) => norm(s).split(/\s+/).pop() ?? ''
const sameName = (a: string, b: string) => norm(a) === norm(b) || lastWord(a) === lastWord(b)

describe.each(golden.articles)('seed $id', (article) => {
  const text = readFileSync(new URL(article.file, root), 'utf8')
  const quotes = extractQuotes(text)

  it('finds every story quote part with its exact span', () => {
    const predicted = new Set(quotes.filter((q) => q.kind !== 'term').flatMap((q) => q.parts.map((p) => `${p.start}:${p.end}`)))
    for (const quote of article.quotes.filter((q) => q.kind !== 'term' && !q.inBoilerplate)) {
      for (const part of quote.parts) expect(predicted.has(`${part.start}:${part.end}`) ? part.text : null).toBe(part.text)
    }
  })

  it('reports no quote that is not in the annotation', () => {
    const gold = new Set(article.quotes.flatMap((q) => q.parts.map((p) => `${p.start}:${p.end}`)))
    for (const quote of quotes) for (const part of quote.parts) expect(gold.has(`${part.start}:${part.end}`) ? part.text : null).toBe(part.text)
  })

  it('attributes every quote to the annotated speaker', () => {
    for (const quote of article.quotes.filter((q) => q.kind !== 'term' && !q.inBoilerplate && q.speaker)) {
      const first = quote.parts[0] as GoldPart
      const found = quotes.find((q) => q.parts.some((p) => p.start === first.start))
      const aliases = [quote.speaker as string, ...(quote.speakerAliases ?? [])]
      const name = found?.speaker?.name ?? '(none)'
      expect(aliases.some((alias) => sameName(name, alias)) ? quote.id : `${quote.id}: ${name}`).toBe(quote.id)
    }
  })

  it('lists the annotated sources', () => {
    const names = findSources(text).map((s) => s.name)
    for (const source of article.sources) {
      const found = names.some((name) => [source.name, ...source.aliases].some((alias) => sameName(name, alias)))
      expect(found ? source.name : `missing ${source.name} among ${names.join(', ')}`).toBe(source.name)
    }
  })
})
