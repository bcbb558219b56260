import {describe, expect, it} from '@jest/globals'
import {findSources} from '../src/index.js'
import type {Source} from '../src/index.js'

const names = (sources: Source[]) => sources.map((s) => s.name)

function expectSpans(text: string, sources: Source[]): void {
  for (const source of sources) {
    for (const mention of source.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text)
    for (const a of source.attributions) {
      expect(text.slice(a.mention.start, a.mention.end)).toBe(a.mention.text)
      expect(text.slice(a.content.start, a.content.end)).toBe(a.content.text)
    }
  }
}

describe('sources in court, business and science reporting', () => {
  it('keeps a noun in "-ly" at the end of a subject ("Lawyers for the family", "an ally")', () => {
    const text = 'Lawyers for the family said the evidence had been obtained illegally. A close ally said the senator would run.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Lawyers for the family', 'close ally'])
    expect(sources[0]?.attributions[0]?.content.text).toBe('the evidence had been obtained illegally')
    expectSpans(text, sources)
  })
})
