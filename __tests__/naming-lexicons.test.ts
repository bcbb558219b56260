import {describe, expect, it} from '@jest/globals'
import {findSources} from '../src/index.js'
import {DOCUMENT_NOUNS} from '../src/lexicons/roles.js'

describe('lexicons for naming sources', () => {
  it('an outlet’s interview holds someone else’s words: the outlet is not cited for them', () => {
    expect(DOCUMENT_NOUNS.has('interview')).toBe(false)
    const text = 'Trump has questioned the alliance. In a Bloomberg interview Trump declared “I think NATO may be obsolete.”'
    const names = findSources(text).map((s) => s.name)
    expect(names).toContain('Trump')
    expect(names).not.toContain('Bloomberg')
  })

  it('a report or poll an outlet owns still cites the outlet', () => {
    const sources = findSources('A Financial Times report said the talks had stalled, and a Gallup poll found support falling.')
    expect(sources.map((s) => s.name)).toContain('Financial Times')
  })
})
