import {describe, expect, it} from '@jest/globals'
import {findSources} from '../src/index.js'
import type {Source} from '../src/index.js'

const names = (sources: Source[]) => sources.map((s) => s.name)

function expectSpans(text: string, sources: Source[]): void {
  for (const source of sources) {
    for (const mention of source.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text)
    for (const a of source.attributions) expect(text.slice(a.mention.start, a.mention.end)).toBe(a.mention.text)
  }
}

describe('source names: an organisation noun and what it is of, on or for', () => {
  it('names "the Commission on Presidential Debates" whole, and "the commission" is the same body', () => {
    const text =
      'The nonpartisan Commission on Presidential Debates said the microphone had failed. The commission said it would review the sound system.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Commission on Presidential Debates'])
    expect(sources[0]?.type).toBe('organization')
    expect(sources[0]?.attributions).toHaveLength(2)
    expectSpans(text, sources)
  })

  it('keeps "of" and "for" inside a body\'s name ("Federal Bureau of Prisons", "Center for American Progress")', () => {
    const text = 'The Federal Bureau of Prisons said the count was wrong. The Center for American Progress said the report was late.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Federal Bureau of Prisons', 'Center for American Progress'])
    expect(sources.map((s) => s.type)).toEqual(['organization', 'organization'])
    expectSpans(text, sources)
  })

  it('leaves a person "of" a place alone ("Gov. Earl Ray Tomblin of West Virginia")', () => {
    const sources = findSources('Gov. Earl Ray Tomblin of West Virginia said the mines would reopen.')
    expect(names(sources)).toEqual(['Earl Ray Tomblin'])
  })
})

describe('source names: phrases that name no one, or someone past a sum', () => {
  it('takes the subject after a sum of money ("the minimum $20 million experts say")', () => {
    const text = "He has raised $525,000. That's a small fraction of the minimum $20 million experts say it costs to run statewide."
    const sources = findSources(text)
    expect(names(sources)).toEqual(['experts'])
    expect(sources[0]?.attributions[0]?.mention.text).toBe('experts')
    expectSpans(text, sources)
  })

  it('drops a phrase cut before its noun ("Donald Trump’s flurry of late-night [tweets]", "the suing [states]")', () => {
    const text =
      'Hillary Clinton says Donald Trump’s flurry of late-night tweets targeting a former beauty queen was “unhinged.” Richard Revesz said the suing states were exaggerating the reach of the rule.'
    const found = names(findSources(text))
    expect(found).toContain('Hillary Clinton')
    expect(found).toContain('Richard Revesz')
    expect(found.some((n) => /late-night|suing/.test(n))).toBe(false)
  })

  it('drops a phrase ending on an infinitive\'s "to" or "not" ("the decision by the FBI to [not recommend]")', () => {
    const text = 'This political decision by the FBI to not recommend any charges destroys faith in the system. Comey said the case was closed.'
    const found = names(findSources(text))
    expect(found.some((n) => /FBI to/.test(n))).toBe(false)
  })

  it('drops a phrase opened by "no" ("no business"), keeps "No one" out of it', () => {
    const text = 'The judge said the courts have no business deciding what voters should know.'
    const found = names(findSources(text))
    expect(found).toEqual(['judge'])
  })

  it('ends a name at a past-tense verb even before a role noun ("Kaine defended people accused of …"), not after an article', () => {
    const text = 'A web video references four cases in which Kaine defended people accused of murder. An unnamed source close to the talks told Reuters that the plan had stalled.'
    const sources = findSources(text)
    expect(names(sources).some((n) => /defended/.test(n))).toBe(false)
    expect(names(sources)).toContain('unnamed source close to the talks')
    expectSpans(text, sources)
  })

  it('joins a body named short to its full name, either way round ("Tax Policy Center", "Urban-Brookings Tax Policy Center")', () => {
    const text =
      'The Tax Policy Center estimates that the plan would raise $1.1 trillion. Leonard Burman, director of the centrist Urban-Brookings Tax Policy Center and a professor at the Maxwell School, said the plan was detailed. The Tax Policy Center says it would depress revenue.'
    const sources = findSources(text)
    const centers = sources.filter((s) => /Tax Policy Center/.test(s.name))
    expect(centers).toHaveLength(1)
    expect(centers[0]?.name).toBe('Urban-Brookings Tax Policy Center')
    expectSpans(text, sources)
  })

  it('a lone first name is the one person named in full with it, before or after ("Hillary" / "Hillary Clinton")', () => {
    const text = 'Limbaugh: Hillary Asking Moderator To Fact Check Trump. Hillary Clinton said the moderator should “call out lies.” Limbaugh said Hillary was afraid.'
    const sources = findSources(text)
    const hillary = sources.filter((s) => /Hillary/.test(s.name))
    expect(hillary).toHaveLength(1)
    expect(hillary[0]?.name).toBe('Hillary Clinton')
    expectSpans(text, sources)
  })

  it('a first name shared by two people named in full stays apart from both', () => {
    const text = 'Bill Clinton said the race was close. Bill de Blasio said the city was ready. Bill said nothing more.'
    const names = findSources(text).map((s) => s.name)
    expect(names).toContain('Bill Clinton')
    expect(names).toContain('Bill de Blasio')
  })

  it('a role an outlet owns stands for that outlet, not the last one named ("The BBC host" after NBC)', () => {
    const text = 'NBC says the talks ended. The BBC host said it was over.'
    const sources = findSources(text)
    expect(sources.map((s) => s.name)).toEqual(['NBC News', 'BBC'])
    expect(sources[1]?.attributions[0]?.mention.text).toBe('The BBC host')
    expectSpans(text, sources)
  })
})
