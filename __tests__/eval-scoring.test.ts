import {describe, expect, it} from '@jest/globals'
import {
  appositiveName,
  contentRange,
  inUnreadMarks,
  namesAntecedent,
  iou,
  isPronounName,
  isSwappedSpeaker,
  matchBoolean,
  matchOneToOne,
  nameWords,
  namesMatch,
  prf,
  spansOverlap,
  trimSpan
} from '../scripts/eval/_score.js'
import {scorePolnearSources} from '../scripts/eval/sources.js'

const slice = (text: string, r: {start: number; end: number}) => text.slice(r.start, r.end)

describe('trimSpan', () => {
  it('drops curly marks, spaces and edge punctuation on both ends', () => {
    const text = 'He said “Yes, we can.” Then'
    expect(slice(text, trimSpan(text, 8, 22))).toBe('Yes, we can')
  })

  it('handles every quote mark family', () => {
    for (const [open, close] of [['"', '"'], ['“', '”'], ['„', '“'], ['‟', '”'], ["'", "'"], ['‘', '’'], ['‚', '‘'], ['«', '»'], ['‹', '›'], ['»', '«']]) {
      const text = `x ${open}word${close} y`
      expect(slice(text, trimSpan(text, 2, text.length - 2))).toBe('word')
    }
  })

  it('drops dashes, ellipses and colons at the edges but keeps inner punctuation', () => {
    const text = '— … “Well: it’s over—done!” ;'
    expect(slice(text, trimSpan(text, 0, text.length))).toBe('Well: it’s over—done')
  })

  it('collapses a span of marks only to an empty range', () => {
    const text = 'a “…” b'
    const r = trimSpan(text, 2, 5)
    expect(r.end - r.start).toBe(0)
  })

  it('clamps offsets outside the text', () => {
    expect(trimSpan('abc', -5, 99)).toEqual({start: 0, end: 3})
  })
})

describe('iou and spansOverlap', () => {
  it('is intersection over union of character ranges', () => {
    expect(iou({start: 0, end: 10}, {start: 5, end: 15})).toBeCloseTo(5 / 15)
    expect(iou({start: 0, end: 10}, {start: 0, end: 10})).toBe(1)
  })

  it('is 0 for disjoint, touching or empty ranges', () => {
    expect(iou({start: 0, end: 5}, {start: 5, end: 9})).toBe(0)
    expect(iou({start: 3, end: 3}, {start: 0, end: 9})).toBe(0)
  })

  it('spansOverlap needs a shared character', () => {
    expect(spansOverlap({start: 0, end: 5}, {start: 4, end: 9})).toBe(true)
    expect(spansOverlap({start: 0, end: 5}, {start: 5, end: 9})).toBe(false)
    expect(spansOverlap({start: 2, end: 2}, {start: 0, end: 9})).toBe(false)
  })
})

describe('matchOneToOne', () => {
  it('pairs greedily by IoU, one-to-one', () => {
    const pred = [{start: 0, end: 10}, {start: 0, end: 9}]
    const gold = [{start: 0, end: 9}]
    const m = matchOneToOne(pred, gold)
    expect(m.pairs).toEqual([{pred: 1, gold: 0, iou: 1}])
    expect(m.unmatchedPred).toEqual([0])
    expect(m.unmatchedGold).toEqual([])
  })

  it('leaves pairs under the threshold unmatched', () => {
    const m = matchOneToOne([{start: 0, end: 10}], [{start: 6, end: 20}])
    expect(m.pairs).toEqual([])
    expect(m.unmatchedPred).toEqual([0])
    expect(m.unmatchedGold).toEqual([0])
  })

  it('accepts exactly the threshold and honours a custom one', () => {
    expect(matchOneToOne([{start: 0, end: 10}], [{start: 0, end: 5}]).pairs).toHaveLength(1)
    expect(matchOneToOne([{start: 0, end: 10}], [{start: 0, end: 5}], 0.6).pairs).toHaveLength(0)
  })

  it('does not let one prediction cover two gold parts', () => {
    const m = matchOneToOne([{start: 0, end: 20}], [{start: 0, end: 11}, {start: 9, end: 20}])
    expect(m.pairs).toHaveLength(1)
    expect(m.unmatchedGold).toHaveLength(1)
  })
})

describe('matchBoolean', () => {
  it('finds the maximum matching where greedy would not', () => {
    // pred 0 fits both, pred 1 fits only gold 0: greedy 0->0 would strand pred 1.
    const pairs = matchBoolean(2, 2, (p, g) => p === 0 || g === 0)
    expect(pairs).toEqual([
      {pred: 0, gold: 1},
      {pred: 1, gold: 0}
    ])
  })
})

describe('namesMatch', () => {
  it('matches by whole-word containment, case-insensitively', () => {
    expect(namesMatch('Rubio', 'US Secretary of State Marco Rubio')).toBe(true)
    expect(namesMatch('marco rubio', 'Rubio')).toBe(true)
    expect(namesMatch('the Kremlin', 'Kremlin')).toBe(true)
  })

  it('does not match a pronoun inside a longer word', () => {
    expect(namesMatch('he', 'Stephen')).toBe(false)
    expect(namesMatch('He', 'Stephen Miller')).toBe(false)
    expect(namesMatch('he', 'he')).toBe(true)
  })

  it('matches on the same capitalised last word', () => {
    expect(namesMatch('Mr. Obama', 'President Barack Obama')).toBe(true)
    expect(namesMatch('Gov. Mike Pence (R-IN)', 'Vice President Pence')).toBe(true)
    expect(namesMatch('a U.S. official', 'a Russian official')).toBe(false)
    expect(namesMatch('Hillary Clinton', 'Bill Clinton')).toBe(false)
    expect(namesMatch('Financial Times', 'The New York Times')).toBe(false)
    expect(namesMatch('Mr. Obama', 'Barack Obama')).toBe(true)
  })

  it('drops a leading article and possessive s', () => {
    expect(namesMatch('The Financial Times', 'Financial Times')).toBe(true)
    expect(namesMatch('an unnamed source', 'unnamed source')).toBe(true)
    expect(namesMatch('a U.S. official', 'a U.S. official involved in the talks')).toBe(true)
    expect(namesMatch('unnamed source', 'an unnamed source close to the discussions')).toBe(true)
    expect(namesMatch('Rubio’s', 'Marco Rubio')).toBe(true)
    expect(namesMatch('the', 'The Guardian')).toBe(false)
  })

  it('treats dotted initials and acronyms alike', () => {
    expect(namesMatch('JD Vance', 'J.D. Vance')).toBe(true)
    expect(namesMatch('the U.K. Foreign Office', 'UK Foreign Office')).toBe(true)
  })

  it('keeps appositives, possessors and "a spokesperson for X" apart from X', () => {
    expect(namesMatch('Keir Starmer', 'a spokesperson for Keir Starmer')).toBe(false)
    expect(namesMatch('Starmer spokesperson', 'a spokesperson for Keir Starmer')).toBe(true)
    expect(namesMatch('Trump', 'Trump’s Ukraine envoy, Gen Keith Kellogg')).toBe(false)
    expect(namesMatch('Mr. Clarke', 'Tim Hess, a developer who introduced Mr. Clarke to his contacts')).toBe(false)
    expect(namesMatch('Tim Hess', 'Tim Hess, a developer who introduced Mr. Clarke to his contacts')).toBe(true)
    expect(namesMatch('Bank of England', 'the Bank of England')).toBe(true)
    expect(namesMatch('Hillary Clinton', 'Hillary Clinton’s campaign manager Robby Mook')).toBe(false)
    expect(namesMatch('Clinton’s campaign', 'the Clinton campaign')).toBe(true)
    expect(namesMatch('Trump', 'Trump’s running mate')).toBe(false)
    expect(namesMatch('Obama', 'Mr. Obama and Hillary Clinton')).toBe(true)
    expect(namesMatch('Trump', 'Trump campaign spokesman Jason Miller')).toBe(false)
    expect(namesMatch('Jason Miller', 'Trump campaign spokesman Jason Miller')).toBe(true)
    expect(namesMatch('Charles B. Rangel', 'Representative Charles B. Rangel of New York')).toBe(true)
  })

  it('reads a name set off after a description, and skips middle initials', () => {
    expect(namesMatch('Phil Lovas', "The state's campaign chairman, Phil Lovas,")).toBe(true)
    expect(namesMatch("The state's campaign chairman, Phil Lovas,", 'Lovas')).toBe(true)
    expect(namesMatch('Tim Kaine', 'Sen. Tim Kaine, D-Va.')).toBe(true)
    expect(namesMatch('Jane Roe', "The state's campaign chairman, Phil Lovas,")).toBe(false)
    expect(appositiveName('Sen. Tim Kaine, D-Va.')).toBeNull()
    expect(namesMatch('Loretta Lynch', 'Loretta E. Lynch')).toBe(true)
    expect(namesMatch('Hillary Clinton', 'Bill J. Clinton')).toBe(false)
  })

  it('never matches an empty name', () => {
    expect(namesMatch('', 'Rubio')).toBe(false)
    expect(namesMatch('Rubio', '  ')).toBe(false)
  })

  it('nameWords shows the head it compares', () => {
    expect(nameWords('The U.S. secretary of state').words).toEqual(['us', 'secretary'])
    expect(nameWords('Trump’s running mate').possessor).toEqual([true, false, false])
    expect(nameWords('Sen. Claire McCaskill (D-Mo.)').words).toEqual(['sen', 'claire', 'mccaskill'])
  })
})

describe('helpers', () => {
  it('prf computes precision, recall and F1', () => {
    expect(prf(9, 1, 1)).toEqual({tp: 9, fp: 1, fn: 1, precision: 0.9, recall: 0.9, f1: 0.9})
    expect(prf(0, 0, 5).f1).toBe(0)
    expect(prf(0, 0, 5).precision).toBeNaN()
  })

  it('isPronounName spots pronoun-only names', () => {
    expect(isPronounName('She')).toBe(true)
    expect(isPronounName('he and she')).toBe(true)
    expect(isPronounName('Sheila')).toBe(false)
    expect(isPronounName(null)).toBe(true)
  })

  it('isSwappedSpeaker spots a lone speech verb', () => {
    expect(isSwappedSpeaker('said')).toBe(true)
    expect(isSwappedSpeaker('According to')).toBe(true)
    expect(isSwappedSpeaker('Obama')).toBe(false)
  })
})

describe('quotes PolNeAR filed under indirect', () => {
  it('inUnreadMarks spots doubled apostrophes and a transcript label opened by a mark', () => {
    const text = '"PENCE: Well, look.\nHe called it \'\'a mess.\'\'\nWALLACE: Next.'
    expect(inUnreadMarks(text, text.indexOf('Well'))).toBe(true)
    expect(inUnreadMarks(text, text.indexOf("''a"))).toBe(true)
    // PolNeAR's span may start on the second apostrophe or just after both
    expect(inUnreadMarks(text, text.indexOf("'a"))).toBe(true)
    expect(inUnreadMarks(text, text.indexOf('a mess'))).toBe(true)
    expect(inUnreadMarks(text, text.indexOf('Next'))).toBe(false)
    expect(inUnreadMarks(text, text.indexOf('He'))).toBe(false)
    expect(inUnreadMarks(text, -1)).toBe(false)
  })

  it('contentRange spans all content spans, trimmed', () => {
    const text = 'He said: "We will go, and we will win."'
    expect(contentRange(text, [[10, 20], [26, 39]])).toEqual({start: 10, end: 37})
    expect(contentRange(text, [])).toBeNull()
  })
})


describe('scorePolnearSources', () => {
  it('matches gold reported speech in unread marks against the whole of a quote in parts', () => {
    const text = "''We will go,'' Smith said. ''We will win.''"
    const x = text.indexOf('We will go')
    const y = text.indexOf('We will win')
    const mention = {start: text.indexOf('Smith'), end: text.indexOf('Smith') + 5, text: 'Smith'}
    const cue = {start: text.indexOf('said'), end: text.indexOf('said') + 4, text: 'said'}
    const part = (start: number, end: number) => ({content: {start, end, text: text.slice(start, end)}, cue, mention, direct: true})
    const article = {
      id: 'a1',
      text,
      quotes: [],
      indirect: [{contentSpans: [[x - 2, x + 13], [y - 2, y + 14]], speaker: 'Smith', speakerStart: mention.start, speakerEnd: mention.end, cue: 'said'}]
    }
    const find = () => [{name: 'Smith', type: 'person' as const, mentions: [mention], attributions: [part(x, x + 11), part(y, y + 12)]}]
    const score = scorePolnearSources([article], find)
    expect(score.indirectFound).toEqual({correct: 1, total: 1})
    expect(score.indirectRight).toEqual({correct: 1, total: 1})
  })

  it('counts a source named at the annotated speaker words as that gold source, a cut phrase around them not', () => {
    const text = 'The Post reported the fire. The newspaper said it spread. Experts say the damage is vast.'
    const span = (word: string) => ({start: text.indexOf(word), end: text.indexOf(word) + word.length, text: word})
    const gold = (speaker: string, content: string) => ({contentSpans: [[text.indexOf(content), text.indexOf(content) + content.length]], speaker, speakerStart: text.indexOf(speaker), speakerEnd: text.indexOf(speaker) + speaker.length, cue: 'said'})
    const article = {id: 'a2', text, quotes: [], indirect: [gold('The newspaper', 'it spread'), gold('Experts', 'the damage is vast')]}
    const attribution = (mention: string, content: string) => ({content: span(content), cue: null, mention: span(mention), direct: false})
    const find = () => [
      {name: 'Washington Post', type: 'outlet' as const, mentions: [span('The newspaper')], attributions: [attribution('The newspaper', 'it spread')]},
      {name: 'Damage Watch', type: 'anonymous' as const, mentions: [span('it spread. Experts say')], attributions: [attribution('it spread. Experts say', 'the damage is vast')]}
    ]
    const score = scorePolnearSources([article], find)
    expect([score.sources.tp, score.sources.fp, score.sources.fn]).toEqual([1, 1, 1])
  })
})

describe('namesAntecedent', () => {
  it('takes the phrase right before a relative pronoun speaker as that speaker', () => {
    const text = 'as well as 29 others, who only specified it, and an aide who said so'
    const who = {start: text.indexOf('who'), end: text.indexOf('who') + 3}
    expect(namesAntecedent(text, {start: text.indexOf('29'), end: text.indexOf(',')}, 'who', who)).toBe(true)
    // a mention further back, or a gold speaker that is no relative pronoun, does not count
    expect(namesAntecedent(text, {start: 0, end: 10}, 'who', who)).toBe(false)
    expect(namesAntecedent(text, {start: text.indexOf('29'), end: text.indexOf(',')}, 'he', who)).toBe(false)
  })
})
