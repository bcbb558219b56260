import {describe, expect, it} from '@jest/globals'
import {findSources} from '../src/index.js'
import type {Attribution, Source} from '../src/index.js'

/** Every reported (not quoted) attribution, with its source's name. */
function reported(sources: Source[]): Array<{name: string; attribution: Attribution}> {
  return sources.flatMap((s) => s.attributions.filter((a) => !a.direct).map((attribution) => ({name: s.name, attribution})))
}

describe('known cues that found nothing', () => {
  it('reads "…, citing X" with no attribution before it as the subject giving a reason', () => {
    const text = 'In 1998, the Appeals Court halted the sale of the harbor lots, citing a risk to the water supply of the town.'
    const found = reported(findSources(text))
    const citing = found.find((r) => r.attribution.cue?.text === 'citing')
    expect(citing?.name).toBe('Appeals Court')
    expect(citing?.attribution.content.text).toBe('a risk to the water supply of the town')
    expect(text.slice(citing?.attribution.content.start, citing?.attribution.content.end)).toBe(citing?.attribution.content.text)
  })

  it('reads "…, citing her work" after another attribution as the subject citing a thing, not a cited source', () => {
    const text = 'The Harbor Workers Union praised Mayor Dana Ruiz as a friend of labor, citing her work on the port contract.'
    const sources = findSources(text)
    const citing = reported(sources).find((r) => r.attribution.cue?.text === 'citing')
    expect(citing?.name).toBe('Harbor Workers Union')
    expect(citing?.attribution.content.text).toBe('her work on the port contract')
  })

  it('still reads "X reported, citing people familiar" as the cited source through the outlet', () => {
    const text = 'The Harbor Gazette reported that the port would close, citing people familiar with the plan.'
    const found = reported(findSources(text))
    const cited = found.find((r) => r.attribution.via === 'Harbor Gazette')
    expect(cited?.name).toBe('people familiar with the plan')
    expect(cited?.attribution.content.text).toBe('the port would close')
  })
})

describe('"…, citing X" after a speaker who is no outlet', () => {
  it('is the speaker citing a reason, not X as a source through the speaker', () => {
    const text = 'Trade analysts said the port had grown in importance, citing the strategic value of a harbor that borders two states.'
    const sources = findSources(text)
    const citing = reported(sources).find((r) => r.attribution.cue?.text === 'citing')
    expect(citing?.name).toBe('Trade analysts')
    expect(citing?.attribution.content.text).toBe('the strategic value of a harbor that borders two states')
    expect(reported(sources).filter((r) => r.attribution.via !== undefined)).toHaveLength(0)
  })
})

describe('a quoted part that ends a sentence opened outside quotation marks (a mixed quote)', () => {
  it('reports the whole clause for the inverted speaker ("…,” said Mr. Burman")', () => {
    const text = 'However worthy the aim, raising the harbor tax “is the wrong tool,” said Mr. Hale.'
    const sources = findSources(text)
    const clause = reported(sources).find((r) => r.name === 'Hale')
    expect(clause?.attribution.content.text).toBe('However worthy the aim, raising the harbor tax “is the wrong tool')
    expect(sources.find((s) => s.name === 'Hale')?.attributions.some((a) => a.direct && a.content.text.startsWith('is the wrong tool'))).toBe(true)
  })

  it('reports the whole clause for a speaker before the cue (`…,\'\' Mr. Kamin said`)', () => {
    const text = "Details aside, the plan sends a clear message that a top priority ''is raising the harbor tax,'' Mr. Hale said."
    const clause = reported(findSources(text)).find((r) => r.name === 'Hale')
    expect(clause?.attribution.content.text).toBe("Details aside, the plan sends a clear message that a top priority ''is raising the harbor tax")
  })

  it('adds nothing to a quote that opens its sentence', () => {
    const text = '“We will win this race,” said Mr. Hale. “It is ours,” Ms. Ruiz said, not even needing to name the rival.'
    const sources = findSources(text)
    expect(reported(sources).filter((r) => r.attribution.content.text.includes('win this race') || r.attribution.content.text.includes('It is ours'))).toHaveLength(0)
  })
})

describe('an attribution set off by "as"', () => {
  it('reports the main clause after "As X put it …," at the sentence start', () => {
    const text = 'As Ms. Ruiz said in a statement to the council in July, the harbor is losing money every month.'
    const clause = reported(findSources(text)).find((r) => r.name === 'Ruiz')
    expect(clause?.attribution.content.text).toBe('the harbor is losing money every month')
  })

  it('reports the whole sentence around ", as X noted,"', () => {
    const text = 'The harbor, as Mr. Hale noted, rarely sees two storms in one week.'
    const clause = reported(findSources(text)).find((r) => r.name === 'Hale')
    expect(clause?.attribution.content.text).toBe('The harbor, as Mr. Hale noted, rarely sees two storms in one week')
  })

  it('leaves "as X said he would" to its own clause', () => {
    const text = 'The mayor left the party early, as Mr. Hale said he would.'
    const clause = reported(findSources(text)).find((r) => r.name === 'Hale')
    expect(clause?.attribution.content.text).toBe('he would')
  })
})

describe('a subject set off from its cue by an aside between dashes', () => {
  it('reads the name before the opening dash as the speaker', () => {
    const text = 'Hale -- co-editor of The Harbor Review, a journal of port politics -- said the mayor tended to announce plans at those meetings.'
    const clause = reported(findSources(text)).find((r) => r.attribution.cue?.text === 'said')
    expect(clause?.name).toBe('Hale')
    expect(clause?.attribution.content.text).toBe('the mayor tended to announce plans at those meetings')
  })

  it('reads the name before an appositive, not the appositive', () => {
    const text = 'Dana Ruiz, the chief executive of Harbor Media -- the company that owns the station, which also streams online -- said the station would stay open.'
    const clause = reported(findSources(text)).find((r) => r.attribution.cue?.text === 'said')
    expect(clause?.name).toBe('Dana Ruiz')
    expect(clause?.attribution.content.text).toBe('the station would stay open')
  })
})

describe('a headline that opens with its source and a colon', () => {
  it('reads "Name: content" in the first sentence as the name\'s reported speech', () => {
    const text = 'Ruiz: The harbor needs a new budget before winter.\n\nMayor Dana Ruiz spoke to the council on Friday about the port.'
    const clause = reported(findSources(text)).find((r) => r.attribution.cue?.text === ':')
    expect(clause?.name).toBe('Dana Ruiz')
    expect(clause?.attribution.content.text).toBe('The harbor needs a new budget before winter')
  })

  it('reads the speaker before "on" in "Name on Topic: content"', () => {
    const text = 'Ruiz on the Harbor: The Costs Are Rising.\n\nMayor Dana Ruiz spoke to the council on Friday about the port.'
    const clause = reported(findSources(text)).find((r) => r.attribution.cue?.text === ':')
    expect(clause?.name).toBe('Dana Ruiz')
    expect(clause?.attribution.content.text).toBe('The Costs Are Rising')
  })

  it('leaves a rubric opening with a determiner ("The Latest:") alone', () => {
    const text = 'The Latest: Ruiz urges voters to watch the port vote.\n\nMayor Dana Ruiz spoke to the council on Friday.'
    expect(reported(findSources(text)).filter((r) => r.attribution.cue?.text === ':')).toHaveLength(0)
  })

  it('leaves a title with a preposition in its label ("Stealth Over Health:") alone', () => {
    const text = 'Stealth Over Health: Mayor Ruiz Was Headed to the ER But Turned Back.\n\nMayor Dana Ruiz left the ceremony early.'
    expect(findSources(text).map((s) => s.name)).not.toContain('Stealth Over Health')
    expect(reported(findSources(text)).filter((r) => r.attribution.cue?.text === ':')).toHaveLength(0)
  })
})

describe('an infinitive content in a title-case headline', () => {
  it('reads "Name Vows To Verb …" with a capitalized verb after "To"', () => {
    const text = 'Facing The Council, Ruiz Vows To Cut Harbor Fees For Small Boats.\n\nMayor Dana Ruiz spoke to the council on Friday.'
    const clause = reported(findSources(text)).find((r) => r.attribution.cue?.text === 'Vows')
    expect(clause?.name).toBe('Dana Ruiz')
    expect(clause?.attribution.content.text).toBe('To Cut Harbor Fees For Small Boats')
  })
})

describe('the "with" phrase of a reply', () => {
  it('is the content of "responded with …"', () => {
    const text = 'The council criticized the plan on Monday. Mayor Dana Ruiz has responded with a new budget for the harbor.'
    const clause = reported(findSources(text)).find((r) => r.attribution.cue?.text === 'responded')
    expect(clause?.name).toBe('Dana Ruiz')
    expect(clause?.attribution.content.text).toBe('a new budget for the harbor')
  })

  it('leaves "with" after other cues alone ("agreed with Ruiz that …")', () => {
    const text = 'The judge agreed with Mayor Dana Ruiz that the harbor needed a new budget.'
    const clause = reported(findSources(text)).find((r) => r.attribution.cue?.text === 'agreed')
    expect(clause?.attribution.content.text).toBe('the harbor needed a new budget')
  })
})

describe('what an outlet or a source found out ("has learned")', () => {
  it('reads "…, the Kyiv Post has learned" and "learned that …", not "learned to fly"', () => {
    const closing = reported(findSources('The mayor skipped the meeting to see his lawyer, the Kyiv Post has learned.'))
    expect(closing.map((r) => [r.name, r.attribution.content.text])).toEqual([['Kyiv Post', 'The mayor skipped the meeting to see his lawyer']])
    const clause = reported(findSources('Officials learned that the bridge was unsafe.'))
    expect(clause.map((r) => r.attribution.content.text)).toEqual(['the bridge was unsafe'])
    expect(findSources('She learned to fly in 1990.')).toEqual([])
  })
})

describe('a clause framed by an utterance ("In a statement, X …")', () => {
  it('attributes what follows the subject to it, with the frame as the cue', () => {
    const text = 'In a statement issued Tuesday morning, Senator Ana Ruiz was more circumspect than her colleagues.'
    const framed = reported(findSources(text))
    expect(framed.map((r) => [r.name, r.attribution.cue?.text, r.attribution.content.text])).toEqual([['Ana Ruiz', 'In a statement', 'was more circumspect than her colleagues']])
    const interview = reported(findSources('In his first interview with CNN, Rubio was blunt about the talks.'))
    expect(interview.map((r) => [r.name, r.attribution.cue?.text])).toEqual([['Rubio', 'In his first interview']])
  })

  it('gives the speaker no title from the utterance that opens the sentence ("In a statement, Downing Street said")', () => {
    expect(findSources('In a statement, Downing Street said the meeting was postponed.').map((s) => [s.name, s.title])).toEqual([['Downing Street', undefined]])
  })

  it('leaves a clause with a cue of its own to that cue, and an opening phrase of no utterance alone', () => {
    const said = reported(findSources('In a statement, the ministry said the report was false.'))
    expect(said.map((r) => [r.attribution.cue?.text, r.attribution.content.text])).toEqual([['said', 'the report was false']])
    expect(findSources('In the meantime, Rubio was blunt about the talks.')).toEqual([])
  })
})

describe('a directive to a hearer ("urged residents to stay home")', () => {
  it('reads the hearer and the infinitive as what was said', () => {
    const text = 'Mayor Dana Ruiz urged residents to stay home. Ruiz told reporters to expect a decision on Friday.'
    const found = reported(findSources(text))
    expect(found.map((r) => [r.name, r.attribution.cue?.text, r.attribution.content.text])).toEqual([
      ['Dana Ruiz', 'urged', 'residents to stay home'],
      ['Dana Ruiz', 'told', 'reporters to expect a decision on Friday']
    ])
    for (const r of found) expect(text.slice(r.attribution.content.start, r.attribution.content.end)).toBe(r.attribution.content.text)
  })

  it('still reads a role with "to" and a noun phrase as one speaker ("an adviser to former President Obama")', () => {
    const found = reported(findSources('An adviser to former President Obama said the talks had failed.'))
    expect(found.map((r) => [r.name, r.attribution.content.text])).toEqual([['adviser to former President Obama', 'the talks had failed']])
  })
})

describe('"assume" attributes only with a clause after "that"', () => {
  it('reads "would assume the obligations" as taking them on, not as a cue', () => {
    expect(findSources('Tom Berg runs a charity. His charity would assume the port\u2019s debts.')).toEqual([])
  })

  it('still reads "assumed that …"', () => {
    const found = reported(findSources('Analysts assumed that the port would close.'))
    expect(found.map((r) => [r.name, r.attribution.content.text])).toEqual([['Analysts', 'the port would close']])
  })
})

describe('a cue-like word before a modal is a plural noun', () => {
  it('reads "battleground states could be decisive" as no cue', () => {
    expect(findSources('The ethnic vote in several battleground states could be decisive in a close election.')).toEqual([])
  })

  it('still reads "He states the plan will work."', () => {
    expect(reported(findSources('Tom Berg states the plan will work.')).map((r) => r.attribution.content.text)).toEqual(['the plan will work'])
  })
})

describe('a cue-like word in "-s" that is a plural noun', () => {
  it('reads it as a noun after an adjective compromise does not tag ("popular shows", "previous reports")', () => {
    expect(findSources('The station dropped popular shows like the morning quiz and the late talk hour.')).toEqual([])
    expect(findSources('The mayor ignored previous reports about the leaking dam.')).toEqual([])
  })

  it('reads it as a noun before a verb that takes a plural subject ("her film credits also include …")', () => {
    expect(findSources('Her film credits also include two thrillers and a comedy.')).toEqual([])
    expect(findSources('Most of the board questions were about the budget.')).toEqual([])
  })

  it('still reads "The survey shows the plan is popular." and "He says they are wrong."', () => {
    expect(reported(findSources('The survey shows the plan is popular.')).map((r) => r.attribution.content.text)).toEqual(['the plan is popular'])
    expect(reported(findSources('Tom Berg says they are wrong.')).map((r) => r.attribution.content.text)).toEqual(['they are wrong'])
  })
})

describe('a past participle between a determiner\'s adverb and a noun is an adjective', () => {
  it('reads "a widely praised documentary" and "its publicly stated aims" as no cue', () => {
    expect(findSources('Anna Berg directed a widely praised documentary about the strike.')).toEqual([])
    expect(reported(findSources('Its publicly stated aims include lower prices, the minister said.')).map((r) => [r.name, r.attribution.content.text])).toEqual([['minister', 'Its publicly stated aims include lower prices']])
  })

  it('still reads an adverb before a cue after a subject ("The union previously reported that …")', () => {
    expect(reported(findSources('The union previously reported that wages fell.')).map((r) => [r.name, r.attribution.content.text])).toEqual([['union', 'wages fell']])
  })
})
