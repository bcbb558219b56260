import {describe, expect, it} from '@jest/globals'
import {verifyQuote} from '../src/index.js'
import {candidateWindows, indexSource} from '../src/compare/verify/locate.js'
import {tokenizeWords} from '../src/compare/words/tokenize.js'

describe('verifyQuote: exact', () => {
  it('finds a quote as a contiguous part of a longer passage', () => {
    const source = 'Yermak said: "Despite everything, we will work for peace, and we will not give up."'
    const v = verifyQuote('we will work for peace', source)
    expect(v.verdict).toBe('exact')
    expect(v.similarity).toBe(1)
    expect(v.match?.text).toBe('we will work for peace')
    expect(source.slice(v.match?.start, v.match?.end)).toBe(v.match?.text)
    expect(v.differences).toEqual([])
  })

  it('ignores the closing comma or period, the typography of marks and apostrophes, and spacing', () => {
    const source = "He said: \"It's not our war.  We didn't start it.\""
    expect(verifyQuote('“It’s not our war. We didn’t start it,”', source).verdict).toBe('exact')
  })

  it('ignores the case of the first letter of a fragment quoted mid-sentence', () => {
    expect(verifyQuote('fake', 'Fake, all of it.').verdict).toBe('exact')
  })

  it('ignores Unicode normalisation: a decomposed é is the same letter as a precomposed one', () => {
    // One outlet's text in NFD (e + U+0301), the other in NFC (U+00E9).
    const source = 'Le président a dit: nous irons à Genève.'.normalize('NFD')
    const v = verifyQuote('Le président a dit: nous irons à Genève.'.normalize('NFC'), source)
    expect([v.verdict, v.similarity, v.differences]).toEqual(['exact', 1, []])
    expect(v.match?.text).toBe(source.slice(0, -1))
    expect(verifyQuote('Zelenskýy', 'President Zelenskýy spoke.'.normalize('NFD')).verdict).toBe('exact')
  })
})

describe('verifyQuote: cosmetic', () => {
  it('recognise / recognize is a spelling difference', () => {
    const source = 'Ukraine does not legally recognize the occupation of Crimea.'
    const v = verifyQuote('Ukraine does not legally recognise the occupation of Crimea.', source)
    expect(v.verdict).toBe('cosmetic')
    expect(v.differences).toEqual([
      {type: 'spelling', quoted: {start: 25, end: 34, text: 'recognise'}, source: {start: 25, end: 34, text: 'recognize'}}
    ])
  })

  it("There's / There is is a spelling difference spanning the contraction", () => {
    const v = verifyQuote('There’s nothing to talk about.', 'There is nothing to talk about, he said.')
    expect(v.verdict).toBe('cosmetic')
    expect(v.differences).toHaveLength(1)
    expect(v.differences[0]?.type).toBe('spelling')
    expect(v.differences[0]?.quoted?.text).toBe('There’s')
    expect(v.differences[0]?.source?.text).toBe('There is')
  })

  it('curly and straight marks inside a quote do not count, other marks do', () => {
    expect(verifyQuote('the “witness” lied', 'the "witness" lied').verdict).toBe('exact')
    const v = verifyQuote('we remain committed', 'we remain, committed')
    expect(v.verdict).toBe('cosmetic')
    expect(v.differences).toEqual([{type: 'punctuation', quoted: null, source: {start: 9, end: 10, text: ','}}])
  })

  it('case inside the quote is a spelling difference', () => {
    const v = verifyQuote('the White house said', 'the White House said')
    expect(v.verdict).toBe('cosmetic')
    expect(v.differences[0]).toMatchObject({type: 'spelling', quoted: {text: 'house'}, source: {text: 'House'}})
  })
})

describe('verifyQuote: edited (the quoter\u2019s marked edits)', () => {
  const source = 'Zelensky said: "We will never recognise the occupation of Crimea. Never. This is our land, and the world knows it."'

  it('names the words left out at an ellipsis an elision, not a deletion', () => {
    for (const quote of ['We will never recognise the occupation of Crimea \u2026 This is our land', 'We will never recognise the occupation of Crimea... This is our land']) {
      const v = verifyQuote(quote, source)
      expect(v.verdict).toBe('edited')
      expect(v.differences.map((d) => [d.type, d.source?.text])).toEqual([['elision', 'Never']])
      const elided = v.differences[0]?.source
      expect(source.slice(elided?.start, elided?.end)).toBe(elided?.text)
    }
  })

  it('names words in square brackets standing in for the speaker\u2019s "bracketed"', () => {
    const v = verifyQuote('[Ukraine] will never recognise the occupation of Crimea', source)
    expect(v.verdict).toBe('edited')
    expect(v.differences.map((d) => [d.type, d.quoted?.text, d.source?.text])).toEqual([['bracketed', 'Ukraine', 'We']])
  })

  it('still calls a left-out word without an ellipsis altered', () => {
    const v = verifyQuote('We will recognise the occupation of Crimea', source)
    expect(v.verdict).toBe('altered')
    expect(v.differences.map((d) => d.type)).toEqual(['deletion'])
  })
})

describe('verifyQuote: altered', () => {
  it('will work for -> continue working for', () => {
    const source = '"Despite everything, we continue working for peace," Yermak said upon arrival in London.'
    const v = verifyQuote('Despite everything, we will work for peace,', source)
    expect(v.verdict).toBe('altered')
    expect(v.differences).toEqual([
      {type: 'substitution', quoted: {start: 23, end: 32, text: 'will work'}, source: {start: 24, end: 40, text: 'continue working'}}
    ])
  })

  it('good -> positive inside a longer passage', () => {
    const source = 'confirmed that the U.S. was looking forward to substantive and positive technical meetings in London today.'
    const v = verifyQuote('substantive and good technical meetings', source)
    expect(v.verdict).toBe('altered')
    expect(v.match?.text).toBe('substantive and positive technical meetings')
    expect(v.differences).toEqual([
      {type: 'substitution', quoted: {start: 16, end: 20, text: 'good'}, source: {start: 63, end: 71, text: 'positive'}}
    ])
  })

  it('names inserted and dropped words', () => {
    const inserted = verifyQuote('we will never give up the fight', 'we will give up the fight')
    expect(inserted.differences).toEqual([{type: 'insertion', quoted: {start: 8, end: 13, text: 'never'}, source: null}])
    const dropped = verifyQuote('we will give up the fight', 'we will not give up the fight')
    expect(dropped.verdict).toBe('altered')
    expect(dropped.differences).toEqual([{type: 'deletion', quoted: null, source: {start: 8, end: 11, text: 'not'}}])
  })
})

describe('verifyQuote: not found', () => {
  it('says not-found when no passage is close', () => {
    const v = verifyQuote('the talks were a great success', 'Stocks fell sharply on Monday as investors worried about rates.')
    expect(v).toEqual({verdict: 'not-found', similarity: v.similarity, match: null, differences: []})
    expect(v.similarity).toBeLessThan(0.5)
  })

  it('an empty quote is not found', () => {
    expect(verifyQuote('“ ”', 'anything').verdict).toBe('not-found')
  })
})

describe('verifyQuote: transcript-length source', () => {
  // a deterministic 40,000-word transcript of varied sentences, the quote's passage in the middle
  const subjects = ['The minister', 'Our committee', 'The chairman', 'A witness', 'The senator', 'The mayor', 'Every delegate']
  const verbs = ['discussed', 'reviewed', 'questioned', 'described', 'rejected', 'welcomed', 'examined', 'noted']
  const objects = ['the budget', 'the harbour plan', 'the rail contract', 'the school report', 'the water tariffs', 'the audit']
  const times = ['on Monday', 'last week', 'in March', 'this morning', 'at length', 'briefly']
  const sentences: string[] = []
  let words = 0
  for (let i = 0; words < 40_000; i++) {
    const s = `${subjects[i % 7]} ${verbs[(i * 3) % 8]} ${objects[(i * 5) % 6]} ${times[(i * 11) % 6]} and item ${i} of the agenda.`
    sentences.push(s)
    words += s.split(' ').length
  }
  const passage = 'We will not accept a settlement that rewards the aggressor, whatever the pressure from our partners.'
  sentences.splice(Math.floor(sentences.length / 2), 0, passage)
  const transcript = sentences.join(' ')

  it('finds the passage', () => {
    const v = verifyQuote('we will not accept a settlement that rewards the aggressor', transcript)
    expect(v.verdict).toBe('exact')
    expect(v.match?.start).toBe(transcript.indexOf(passage))
    const altered = verifyQuote('We will not accept any settlement that rewards the aggressor', transcript)
    expect(altered.verdict).toBe('altered')
    expect(altered.differences).toEqual([
      {type: 'substitution', quoted: {start: 19, end: 22, text: 'any'}, source: expect.objectContaining({text: 'a'})}
    ])
  })

  it('aligns the quote against a few windows, not every window', () => {
    const index = indexSource(transcript)
    expect(index.words.length).toBeGreaterThan(40_000)
    const windows = candidateWindows(tokenizeWords('we will not accept a settlement that rewards the aggressor'), index)
    const aligned = windows.reduce((n, w) => n + (w.to - w.from), 0)
    expect(windows.length).toBeLessThanOrEqual(4)
    expect(aligned).toBeLessThan(200)
  })
})

describe('verifyQuote: arguments', () => {
  it('throws a TypeError naming the argument', () => {
    expect(() => verifyQuote(1 as unknown as string, 'source')).toThrow(TypeError)
    expect(() => verifyQuote(1 as unknown as string, 'source')).toThrow(/`quote`/)
    expect(() => verifyQuote('quote', null as unknown as string)).toThrow(/`source`/)
    expect(() => verifyQuote('quote', 'source', 3 as unknown as null)).toThrow(/`options`/)
    expect(() => verifyQuote('quote', 'source', {minSimilarity: 'high' as unknown as number})).toThrow(/`options.minSimilarity`/)
  })

  it('prefers, of two equally costly alignments, the one that keeps more words the same', () => {
    const source = 'We need to decide very quickly now, within a matter of days, whether this is possible.'
    const must = verifyQuote('We must decide very quickly now, within a matter of days', source)
    expect(must.match?.text).toBe('We need to decide very quickly now, within a matter of days')
    expect(must.differences.map((d) => [d.type, d.quoted?.text, d.source?.text])).toEqual([['substitution', 'must', 'need to']])
    const few = verifyQuote('We need to decide very quickly, within a few days', source)
    expect(few.differences.map((d) => [d.type, d.quoted?.text ?? null, d.source?.text ?? null])).toEqual([
      ['deletion', null, 'now'],
      ['substitution', 'few', 'matter of']
    ])
  })

  it('counts a closing "!" or "?" the source does not have as punctuation (cosmetic), not a closing period or comma', () => {
    const exclaimed = verifyQuote('We will work for peace!', 'We will work for peace.')
    expect(exclaimed.verdict).toBe('cosmetic')
    expect(exclaimed.differences.map((d) => [d.type, d.quoted?.text, d.source?.text])).toEqual([['punctuation', '!', '.']])
    expect(verifyQuote('We will work for peace.', 'We will work for peace!').verdict).toBe('exact')
    expect(verifyQuote('Will we work for peace?', 'Will we work for peace? Yes.').verdict).toBe('exact')
  })
})
