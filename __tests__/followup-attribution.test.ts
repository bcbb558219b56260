import {describe, expect, it} from '@jest/globals'
import {extractQuotes, findSources} from '../src/index.js'
import {reported} from './helpers/reported.js'


describe('follow-up: floating quantifiers', () => {
  it('reads the verb after "all" that floats after a plural noun as a cue', () => {
    expect(reported('The engineers all agreed that the harbour tunnel would leak.')).toEqual([
      ['engineers', 'agreed', 'the harbour tunnel would leak']
    ])
  })

  it('reads the verb after "both" that floats after a name or a pronoun as a cue', () => {
    // Both people named in the coordinated subject are its sources.
    const names = reported('Dana Whitlock and Omar Haddad both said the vote was fair.')
    expect(names).toEqual([
      ['Omar Haddad', 'said', 'the vote was fair'],
      ['Dana Whitlock', 'said', 'the vote was fair']
    ])
    expect(reported('They each warned that the bridge was unsafe.')).toEqual([['They', 'warned', 'the bridge was unsafe']])
  })

  it('still reads a quantifier before a noun as a determiner ("all said and done" is no cue)', () => {
    expect(reported('It was all said before the vote.')).toEqual([])
  })
})

describe('follow-up: a leading prepositional phrase before the subject', () => {
  it('finds the subject after a leading phrase set off by a comma ("Through a spokesman, he declined to comment")', () => {
    expect(reported('Senator Dana Whitlock spoke on Monday. Through a spokesman, she declined to comment.')).toContainEqual(['Dana Whitlock', 'declined', 'to comment'])
  })

  it('finds the subject after a leading phrase without a comma ("In a radio interview Whitlock said")', () => {
    const text = 'In a radio interview Whitlock said “the tunnel will open in May.”'
    const [quote] = extractQuotes(text)
    expect(quote?.speaker?.name).toBe('Whitlock')
    expect(reported('In a radio interview she said the tunnel would open in May.')).toEqual([['she', 'said', 'the tunnel would open in May']])
  })
})

describe('follow-up: a quote inside someone else’s reported clause', () => {
  it('gives the quote to the outer speaker ("She said she recalls … “confused”")', () => {
    const text = 'Dana Whitlock worked at a harbour firm. She said she recalls the client being “confused” by the plan.'
    const [quote] = extractQuotes(text)
    expect(quote?.speaker?.name).toBe('Dana Whitlock')
    expect(quote?.speaker?.mention.start).toBe(text.indexOf('She said'))
    expect(quote?.cue?.text).toBe('said')
  })

  it('reads past adjuncts and "that" to the inner subject ("said during a rally that Haddad once described … as “…”")', () => {
    const text = 'Whitlock said during a rally in Leeds that Haddad once described the tunnel as “the gold standard” of harbour works.'
    expect(extractQuotes(text)[0]?.speaker?.name).toBe('Whitlock')
  })

  it('keeps the nearest speaker when the earlier cue reports no clause ("told reporters, and Haddad called it “…”")', () => {
    const text = 'Whitlock spoke to reporters, and Haddad called the tunnel “a disgrace.”'
    expect(extractQuotes(text)[0]?.speaker?.name).toBe('Haddad')
  })
})

describe('follow-up: a speaker inside someone else’s reported clause', () => {
  it('is no source of its own when it opens the clause ("Whitlock said that Haddad has long called for …")', () => {
    const text = 'Council spokesman Dana Whitlock said Monday that Mayor Omar Haddad has long called for a new harbour tunnel.'
    expect(reported(text)).toEqual([['Dana Whitlock', 'said', 'Mayor Omar Haddad has long called for a new harbour tunnel']])
  })

  it('still stands on its own later in the sentence ("…, though she noted …")', () => {
    const text = 'Whitlock said the tunnel was late, though Haddad noted that the budget held.'
    expect(reported(text).map(([name]) => name)).toContain('Haddad')
  })
})

describe('follow-up: "citing" a pronoun', () => {
  it('cites no one with an object pronoun ("…, citing her")', () => {
    const sources = findSources('Dana Whitlock spoke first. The Harbour Gazette reported the story, citing her.')
    const mentions = sources.flatMap((s) => s.attributions.map((a) => a.mention.text))
    expect(mentions).toContain('The Harbour Gazette')
    expect(mentions).not.toContain('her')
  })

  it('still cites the people an outlet names ("…, citing people familiar with the matter")', () => {
    expect(reported('The Harbour Gazette reported the tunnel had stalled, citing people familiar with the matter.').map(([name]) => name)).toContain('people familiar with the matter')
  })
})

describe('follow-up: two names joined by "and" before a bare verb', () => {
  it('reads the bare verb as a present-tense cue ("Whitlock and Haddad call them “…”")', () => {
    const [quote] = extractQuotes('Dana Whitlock and Omar Haddad call them “harbour pirates” in every speech.')
    expect(quote?.speaker?.mention.text).toBe('Dana Whitlock and Omar Haddad')
    expect(quote?.cue?.text).toBe('call')
  })
})

describe('follow-up: "as X put it"', () => {
  it('attributes a quote after "as X put it" anywhere in its clause', () => {
    const [quote] = extractQuotes('Haddad was, as The Harbour Gazette put it in a long profile, “the operator.”')
    expect(quote?.speaker?.mention.text).toBe('The Harbour Gazette')
    expect(quote?.cue?.text).toBe('put it')
  })

  it('keeps "put it" an ordinary verb without "as" ("He put it on the table")', () => {
    expect(reported('Whitlock put it on the table.')).toEqual([])
  })
})

describe('follow-up: a time adverbial after the object of a participle cue', () => {
  it('gives "released an ad this week showing …" to the one who released the ad', () => {
    const names = reported('The Whitlock campaign released an ad this week showing Haddad at a harbour rally.').map(([name]) => name)
    expect(names).toEqual(['Whitlock campaign'])
  })
})

describe('follow-up: a stance cue before a quote', () => {
  it('attributes a quote in the clause of a stance verb when no speech cue is near ("encouraging … “on the up and up”")', () => {
    const text = 'Dana Whitlock is once again doubting the harbour count, encouraging her supporters to make sure everything is “on the up and up.”'
    const [quote] = extractQuotes(text)
    expect(quote?.speaker?.name).toBe('Dana Whitlock')
    expect(quote?.cue?.text).toBe('encouraging')
  })

  it('still prefers a speech cue ("said … “…”")', () => {
    const [quote] = extractQuotes('Haddad, encouraging voters, said the count was “on the up and up.”')
    expect(quote?.cue?.text).toBe('said')
  })
})

describe('follow-up: "According to X, Y said …"', () => {
  it('gives the quote and the clause to the outlet that reports them', () => {
    const text = 'According to the Harbour Gazette, council spokesman Omar Haddad said Friday that if elected, “she would sign this bill.”'
    expect(extractQuotes(text)[0]?.speaker?.name).toBe('Harbour Gazette')
    const reportedText = 'According to the Harbour Gazette, council spokesman Omar Haddad said Friday that the tunnel would open.'
    expect(reported(reportedText).map(([name]) => name)).toEqual(['Harbour Gazette'])
  })
})

describe('follow-up: "that" after an object is a relative pronoun', () => {
  it('keeps the object and its relative clause ("proposed drones and equipment that could …")', () => {
    expect(reported('Other harbour leaders have proposed jointly owned ferries and other equipment that could supplement the tunnel.')).toEqual([
      ['Other harbour leaders', 'proposed', 'jointly owned ferries and other equipment that could supplement the tunnel']
    ])
  })

  it('still reads past an adjunct to "that" ("says at a campaign stop in Leeds, that …")', () => {
    expect(reported('Whitlock says at a campaign stop in Leeds that the tunnel is late.')).toEqual([['Whitlock', 'says', 'the tunnel is late']])
  })
})
