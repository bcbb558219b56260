import {describe, expect, it} from '@jest/globals'
import {reported} from './helpers/reported.js'

const find = (text: string, cue: string): [string, string] | undefined => {
  const hit = reported(text).find((r) => r[1] === cue)
  return hit ? [hit[0], hit[2]] : undefined
}

describe('stance predicates: adjectives of attitude', () => {
  it('attributes the object of "critical of", "concerned about", "coy about" to the subject', () => {
    expect(find('Senator Mara Linden has been critical of the governor since the spring.', 'has been critical of')).toEqual(['Mara Linden', 'the governor'])
    expect(find('The Riverside Tenants Union is concerned about the new rent rules.', 'is concerned about')).toEqual(['Riverside Tenants Union', 'the new rent rules'])
    expect(find('Campaign aides were coy about whether the mayor would run again.', 'were coy about')).toEqual(['Campaign aides', 'whether the mayor would run again'])
  })

  it('takes a "that" clause after adjectives that allow one', () => {
    expect(find('Dr. Ana Ruiz was adamant that the clinic would stay open.', 'was adamant that')).toEqual(['Ana Ruiz', 'the clinic would stay open'])
    expect(find('The water board could not be sure that the pipes were safe.', 'could not be sure that')).toEqual(['water board', 'the pipes were safe'])
  })

  it('reads a negated linking verb written as one token ("weren\u2019t")', () => {
    expect(find('Union leaders weren\u2019t too concerned about the new schedule.', 'weren\u2019t too concerned about')).toEqual(['Union leaders', 'the new schedule'])
  })

  it('reads "against" and "in favor of" after a form of "be"', () => {
    expect(find('Governor Paul Osei is against the pipeline.', 'is against')).toEqual(['Paul Osei', 'the pipeline'])
  })

  it('ends a stance in a relative clause on the subject before the main predicate ("…, who has been critical of X, said …")', () => {
    // A former minister who criticises a president goes on to suggest something: what he is critical of stops at the comma.
    expect(find('Luis Ortega, a former trade minister who is a sharp critic of the president, suggests that the best case is stability.', 'is a sharp critic of')?.[1]).toBe('the president')
    expect(find('Mara Linden, who has been critical of the governor, said the budget would fail.', 'has been critical of')).toEqual(['Mara Linden', 'the governor'])
    // Outside a relative clause the comma still ends the object as before.
    expect(find('Mara Linden has been critical of the governor, saying the budget would fail.', 'has been critical of')).toEqual(['Mara Linden', 'the governor'])
  })
})

describe('stance predicates: partisans and attitudes held', () => {
  it('reads a partisan noun after "be" and its modifiers', () => {
    expect(find('Helen Park, a longtime member of the council, has been a consistent and outspoken supporter of the new library.', 'has been a consistent and outspoken supporter of')).toEqual([
      'Helen Park',
      'the new library'
    ])
    expect(find('Mr. Brandt is a staunch opponent of the toll road.', 'is a staunch opponent of')).toEqual(['Brandt', 'the toll road'])
  })

  it('reads an attitude noun after "have"', () => {
    expect(find('The mayor has no illusions about the cost of the stadium.', 'has no illusions about')).toEqual(['mayor', 'the cost of the stadium'])
  })

  it('reads an attitude noun voiced with "expressed" or "voiced"', () => {
    expect(find('Civil liberties groups have expressed deep concern about the new curfew.', 'have expressed deep concern about')).toEqual(['Civil liberties groups', 'the new curfew'])
    expect(find('Several farmers voiced doubts about the irrigation plan.', 'voiced doubts about')).toEqual(['Several farmers', 'the irrigation plan'])
  })
})

describe('stance predicates: what is no stance', () => {
  it('needs a holder that names a source', () => {
    const cues = reported('The clip has been critical of nothing. It is clear that the vote will be close.').map((r) => r[1])
    expect(cues).not.toContain('has been critical of')
    expect(cues).not.toContain('is clear that')
  })

  it('needs the linking verb and the preposition', () => {
    const cues = reported('A critical review of the budget came out. Critics of the plan met on Monday.').map((r) => r[1])
    expect(cues).toEqual([])
  })

  it('does not read "faced questions" or "raised questions" as the subject\u2019s stance', () => {
    const cues = reported('Mr. Lane has faced questions about his taxes. The audit raised questions about the fund.').map((r) => r[1])
    expect(cues.filter((cue) => cue.endsWith('questions about'))).toEqual([])
  })
})

describe('stance verbs', () => {
  it('reads a stated preference with its object', () => {
    expect(find('Many officials preferred a delay.', 'preferred')).toEqual(['Many officials', 'a delay'])
  })
})

describe('cognition verbs', () => {
  it('reads "understood that" as what the subject knows', () => {
    expect(find('Mayor Ruth Obi, who understood that the vote would fail, withdrew the plan.', 'understood')?.[0]).toBe('Ruth Obi')
  })
})

describe('rulings', () => {
  it('reads "ruled that" as a ruling, not "rules that" after a noun', () => {
    expect(find('The appeals court ruled that the map was unconstitutional.', 'ruled')).toEqual(['appeals court', 'the map was unconstitutional'])
    const text = 'In 2014, the governor released the first draft of the water plan: a set of Clean Water Act rules that could close dozens of plants.'
    expect(reported(text).map((r) => r[1])).not.toContain('rules')
  })
})

describe('phrasal stance verbs', () => {
  it('reads "talked about", "is doubling down on", "seized on", "weighed in on" with their particle', () => {
    expect(find('Senator Ruiz talked about the housing plan.', 'talked about')).toEqual(['Ruiz', 'the housing plan'])
    expect(find('Mayor Tom Hale is doubling down on his attacks on the council.', 'doubling down')).toEqual(['Tom Hale', 'his attacks on the council'])
    expect(find('The Harbor Party seized on the report.', 'seized on')).toEqual(['Harbor Party', 'the report'])
    expect(find('Governor Ana Mills weighed in on the dispute.', 'weighed in')).toEqual(['Ana Mills', 'the dispute'])
  })

  it('reads "disagrees with" as a stance towards its object', () => {
    expect(find('Council member Rosa Vance openly disagrees with her party leader.', 'disagrees with')).toEqual(['Rosa Vance', 'her party leader'])
  })

  it('reads no cue without the particle', () => {
    const cues = reported('Peace talks between the two sides stalled. The city doubled the budget. Police seized the car.').map((r) => r[1])
    expect(cues).toEqual([])
  })
})
