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

  it('an acronym before a noun modifies it ("an MTV and BET town hall"): no one for "she" to stand for', () => {
    const text =
      'Loretta Lynch spoke about race. She recently called in to an MTV and BET town hall about police. She said she speaks about race because “you talk about the issues.”'
    const sources = findSources(text)
    expect(sources.map((s) => s.name)).toEqual(['Loretta Lynch'])
    const reported = findSources('CNN reported that the plan had stalled.')
    expect(reported.map((s) => s.name)).toEqual(['CNN'])
  })

  it('knows broadcasters abroad as outlets ("network RT", "Sputnik reported")', () => {
    const text = 'Donald Trump praised Putin again. In an interview with Russia’s network RT he blasted the American media for being dishonest.'
    const sources = findSources(text)
    expect(sources.find((s) => s.name === 'RT')?.type ?? 'outlet').toBe('outlet')
    expect(sources.find((s) => s.attributions.some((a) => a.cue?.text === 'blasted'))?.name).toBe('Donald Trump')
    expect(findSources('Sputnik reported that the talks had stalled.').map((s) => [s.name, s.type])).toEqual([['Sputnik', 'outlet']])
  })
})
