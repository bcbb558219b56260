import {describe, expect, it} from '@jest/globals'
import {findSources} from '../src/index.js'
import type {Source} from '../src/index.js'

/** [source name, content text] of every reported (non-direct) attribution. */
function reported(text: string): Array<[string, string]> {
  const sources: Source[] = findSources(text)
  const pairs: Array<[string, string]> = []
  for (const source of sources) {
    for (const a of source.attributions) {
      expect(text.slice(a.content.start, a.content.end)).toBe(a.content.text)
      if (!a.direct) pairs.push([source.name, a.content.text])
    }
  }
  return pairs
}

describe('reported speech: speakers the quote rules leave out', () => {
  it('reads an inverted cue closing the sentence ("…, said John Smith, an economist")', () => {
    expect(reported('Fuel prices will climb again next spring, said Harriet Vale, an analyst at a shipping firm.')).toEqual([
      ['Harriet Vale', 'Fuel prices will climb again next spring']
    ])
  })

  it('reads the speaker opening a clause that a closing attribution reports ("Forecasters had predicted …, the paper reported")', () => {
    expect(reported('Forecasters had predicted a mild winter, the newsletter reported.')).toEqual([
      ['Forecasters', 'a mild winter'],
      ['newsletter', 'Forecasters had predicted a mild winter']
    ])
    expect(reported('After the hearing, the tenants told reporters they would appeal, two neighbours said.')).toContainEqual(['tenants', 'they would appeal'])
    // Not a verb of saying, nor a noun read as a verb, nor a speaker inside the clause.
    expect(reported('The mill plans to close its night shift, the union said.')).toEqual([['union', 'The mill plans to close its night shift']])
    expect(reported('Early reports were that the ferry had run aground, officials said.')).toEqual([['officials', 'Early reports were that the ferry had run aground']])
  })

  it('reads a bare group of people after an inverted cue ("…, said officials.")', () => {
    expect(reported('The ferry will not sail before Monday, said officials.')).toEqual([['officials', 'The ferry will not sail before Monday']])
    expect(reported('Wheat futures slid in late trading, said brokers, who expect a rebound.')).toEqual([['brokers', 'Wheat futures slid in late trading']])
  })

  it('reads a group with a source modifier after an inverted cue ("…, said county officials.")', () => {
    expect(reported('The ferry will not sail before Monday, said county officials.')).toEqual([['county officials', 'The ferry will not sail before Monday']])
    expect(reported('Wheat futures slid in late trading, said market analysts, who expect a rebound.')).toEqual([['market analysts', 'Wheat futures slid in late trading']])
    // Not a modifier and a group inside a clause with no inverted cue.
    expect(reported('The jury will hear from doctors and medical experts and will not rule before May.')).toEqual([])
  })

  it('reads a plain noun phrase before the cue ("The network said")', () => {
    const found = reported('The broadcaster said it would move its newsroom to the capital.')
    expect(found).toHaveLength(1)
    expect(found[0]?.[1]).toBe('it would move its newsroom to the capital')
  })

  it('gives a cue coordinated with a non-speech verb the name opening the sentence ("X thanked … and said …")', () => {
    expect(reported('Okafor thanked the “night crew” and said the shelter would stay open all winter.')).toEqual([
      ['Okafor', 'the shelter would stay open all winter']
    ])
  })

  it('gives a cue after "but also" or "and later" the subject opening the sentence ("X agreed, but also contended that …")', () => {
    expect(reported("The tenant's lawyer agreed, but also argued that the lease had lapsed in March.")).toEqual([
      ["tenant's lawyer", 'the lease had lapsed in March']
    ])
    expect(reported('Okafor left the hearing early, and later said the panel had ignored the audit.')).toEqual([['Okafor', 'the panel had ignored the audit']])
  })

  it('leaves a lone determiner or an adverb-headed phrase alone', () => {
    expect(reported('Quietly said nothing.')).toEqual([])
  })
})

describe('reported speech: according to a common-noun source', () => {
  it('reads the clause after "According to exit polls,"', () => {
    expect(reported('According to exit polls, the mayor won two districts she had lost in 2019.')).toEqual([
      ['exit polls', 'the mayor won two districts she had lost in 2019']
    ])
  })
})

describe('reported speech: where the content ends', () => {
  it('stops before a final relative clause the writer adds ("…, which …")', () => {
    expect(reported('Mayor Ana Ruiz acknowledged the cost of the bridge, which makes her an outlier in her party.')).toEqual([
      ['Ana Ruiz', 'the cost of the bridge']
    ])
  })

  it('stops before a final concessive clause ("…, although …")', () => {
    expect(reported('Senator Paul Okafor said the vote was fair, although he left the chamber before the count.')).toEqual([
      ['Paul Okafor', 'the vote was fair']
    ])
  })

  it('keeps an embedded relative clause followed by the rest of the clause', () => {
    expect(reported('Senator Paul Okafor said the three counties, which include two cities, have lost voters.')).toEqual([
      ['Paul Okafor', 'the three counties, which include two cities, have lost voters']
    ])
  })

  it('never ends a content at the comma of a number', () => {
    expect(reported('Senator Paul Okafor said the plant employs 100,000 workers, although many are part-time.')).toEqual([
      ['Paul Okafor', 'the plant employs 100,000 workers']
    ])
  })
})

describe('reported speech: positions and findings without a speech verb', () => {
  it.each([
    ['The newspaper detailed spending that benefited the developer.', 'spending that benefited the developer'],
    ['The campaign video references three votes the senator cast in 2009.', 'three votes the senator cast in 2009'],
    ['Governor Lina Moss outlined her plan for the harbour.', 'her plan for the harbour'],
    ['The council promoted the proposal to close the depot.', 'the proposal to close the depot']
  ])('%s', (text, content) => {
    expect(reported(text).map((pair) => pair[1])).toEqual([content])
  })
})

describe('reported speech: present-tense cues after a plural subject', () => {
  it.each([
    ['Surveys show a tight race in the northern districts.', 'Surveys', 'a tight race in the northern districts'],
    ['Several fishing groups acknowledge that the quota helped the stock recover.', 'Several fishing groups', 'the quota helped the stock recover']
  ])('%s', (text, name, content) => {
    expect(reported(text)).toEqual([[name, content]])
  })

  it('leaves a singular noun before a bare verb alone ("the show")', () => {
    expect(reported('The mayor watched the show with her staff.')).toEqual([])
  })
})

describe('reported speech: a bare document subject', () => {
  it('reads a plural or uncountable document noun with no determiner as the subject ("after earlier trials suggested")', () => {
    expect(reported('The drug was withdrawn in 2001 after studies suggested a risk to the heart.')).toEqual([['studies', 'a risk to the heart']])
    expect(reported('The dam was rebuilt because older research had shown cracks in the wall.')).toEqual([['older research', 'cracks in the wall']])
    expect(reported('Shares fell sharply, but court filings indicate the bank knew of the losses.')).toEqual([['court filings', 'the bank knew of the losses']])
    // Bare "reports" names no one: hearsay, no source.
    expect(reported('The harbour shares jumped on Friday after reports suggested the port could be sold.')).toEqual([])
  })
})

describe('reported speech: passive cues with an agent', () => {
  it('reads the agent after "by" as the source and the subject as the content', () => {
    expect(reported('The land deal was first reported by The Harbour Gazette.')).toEqual([['Harbour Gazette', 'The land deal']])
  })

  it('reads an outlet after "reported in" as the agent, past "Monday\'s editions of"', () => {
    expect(reported('The merger talks were first reported in The Wall Street Journal.')).toEqual([['Wall Street Journal', 'The merger talks']])
    expect(reported("The layoffs were first reported in Monday's editions of the New York Times.")).toEqual([['New York Times', 'The layoffs']])
    // Not an outlet: a place or a time after "in" names no source.
    expect(reported('The outbreak was first reported in Texas.')).toEqual([])
    expect(reported('The fire was reported in the afternoon.')).toEqual([])
  })

  it('reads a described agent ("by dozens of unions")', () => {
    expect(reported('But the wage plan has been endorsed by dozens of unions.')).toEqual([['dozens of unions', 'the wage plan']])
  })

  it('leaves a passive without a source after "by" alone', () => {
    expect(reported('The bill was approved by 20 votes.')).toEqual([])
  })

  it('reads a cue after an auxiliary and an adverb ("has long said that")', () => {
    const sources = findSources('Senator Mia Holt has long said that the tax is too high.')
    expect(sources.map((s) => [s.name, s.attributions.map((a) => a.content.text)])).toEqual([['Mia Holt', ['the tax is too high']]])
  })

  it('reads a transcript without quotation marks: each labelled turn is the speaker\'s', () => {
    const text = 'Host Dana Reyes spoke with Senator Tom Hale.\n\nREYES: Will you vote for it?\n\nHALE: Not as written.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions.map((a) => [a.direct, a.cue?.text, a.content.text])])).toEqual([
      ['Dana Reyes', [[false, ':', 'Will you vote for it']]],
      ['Tom Hale', [[false, ':', 'Not as written']]]
    ])
  })
})

describe('reported speech: an unresolved "it" before a verb of saying', () => {
  it('keeps "It said …" and "…, it added." with the pronoun as the source, as for "he" and "they"', () => {
    expect(reported('It said the storm had cut power to 9,000 homes.')).toEqual([['It', 'the storm had cut power to 9,000 homes']])
    expect(reported('Sales fell by a tenth in the spring, it added.')).toEqual([['it', 'Sales fell by a tenth in the spring']])
    // Not a verb a thing does: "it showed" cites no one.
    expect(reported('It showed the storm had cut power to 9,000 homes.')).toEqual([])
  })

  it('keeps "It also disclosed that …" and "It predicted …": a body disclosing or forecasting', () => {
    expect(reported('It also disclosed that orders -- a number watched closely by investors -- had doubled.')).toEqual([['It', 'orders -- a number watched closely by investors -- had doubled']])
    expect(reported('It predicted that prices would fall again next year.')).toEqual([['It', 'prices would fall again next year']])
  })
})

describe('reported speech: "has since said"', () => {
  it('reads "since" after "has" as an adverb of time, not a subordinator that hides the subject', () => {
    expect(reported('Norway has since said it will join the accord.')).toEqual([['Norway', 'it will join the accord']])
    expect(reported('Few members backed the deal at first, and Norway has since said it will join the accord.')).toContainEqual(['Norway', 'it will join the accord'])
  })
})

describe('reported speech: a hearer that closes the sentence', () => {
  it('gives "…, X told the court." the clause before the speaker, not the hearer', () => {
    expect(reported('The shipment had left the port two days early, Ms Rahman told the tribunal.')).toEqual([['Rahman', 'The shipment had left the port two days early']])
    expect(reported('The shipment had left the port two days early, she told a hearing in Perth.')).toEqual([['she', 'The shipment had left the port two days early']])
    // An opening adjunct is no clause: the object stays what was told.
    expect(reported('After the verdict, Ms Rahman told the story.')).toEqual([['Rahman', 'the story']])
  })
})
