import {describe, expect, it} from '@jest/globals'
import {extractQuotes, findSources} from '../src/index.js'

const withCue = (text: string, cue: string) =>
  findSources(text)
    .filter((s) => s.attributions.some((a) => a.cue?.text === cue))
    .map((s) => s.name)
    .sort()

describe('a coordinated subject names every source in it (issue 3)', () => {
  it('gives "A and B said …" to both A and B, with the subject phrase as the mention', () => {
    const text = 'David Lammy and Marco Rubio said the talks would resume.'
    const sources = findSources(text)
    expect(sources.map((s) => s.name).sort()).toEqual(['David Lammy', 'Marco Rubio'])
    for (const source of sources) {
      const [attribution] = source.attributions
      expect(attribution?.content.text).toBe('the talks would resume')
      expect(attribution?.mention.text).toBe('David Lammy and Marco Rubio')
      expect(text.slice(attribution?.mention.start, attribution?.mention.end)).toBe(attribution?.mention.text)
    }
  })

  it('gives a participle after the clause of "A and B" to both ("A and B sparred …, each saying …"), and one subject\'s to one', () => {
    expect(withCue('Dana Whitlock and Omar Haddad sparred over the budget on Monday, each saying the other had wasted money.', 'saying')).toEqual(['Dana Whitlock', 'Omar Haddad'])
    expect(withCue('Dana Whitlock met Omar Haddad on Monday, saying he had wasted money.', 'saying')).toEqual(['Dana Whitlock'])
  })

  it('splits surnames the article named before, and names with a title', () => {
    expect(withCue('Barack Obama spoke. Hillary Clinton spoke. Obama and Clinton call them lone wolves.', 'call')).toEqual(['Barack Obama', 'Hillary Clinton'])
    expect(withCue('Mr. Grassley and Mr. Leahy said the bill would pass.', 'said')).toEqual(['Grassley', 'Leahy'])
  })

  it('gives a quote of a coordinated subject to every speaker, and extractQuotes still to one', () => {
    const text = '“The vote was fair,” Dana Whitlock and Omar Haddad said.'
    const [quote] = extractQuotes(text)
    const direct = findSources(text).filter((s) => s.attributions.some((a) => a.direct))
    expect(direct.map((s) => s.name).sort()).toEqual(['Dana Whitlock', 'Omar Haddad'])
    expect(direct.map((s) => s.name)).toContain(quote?.speaker?.name)
  })

  it('splits a list when one name in it is certainly a name ("Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and …")', () => {
    const text = 'Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested that the claims were weak.'
    expect(withCue(text, 'suggested')).toEqual(['Jeff Merkley', 'Robert Menendez', 'Sherrod Brown'])
  })

  it('leaves one person with two roles and one agency with "and" in its name whole', () => {
    expect(findSources('The former first lady and U.S. senator said she would run.').map((s) => s.name)).toEqual(['former first lady and U.S. senator'])
    const agency = findSources('United States Citizenship and Immigration Services said the form was late.')
    expect(agency).toHaveLength(1)
    expect(agency[0]?.attributions[0]?.mention.text).toBe('United States Citizenship and Immigration Services')
  })
})

describe('a subject that ends a list of names takes in the whole list (issue 3)', () => {
  const mentionOf = (text: string, cue: string) => findSources(text).flatMap((s) => s.attributions).find((a) => a.cue?.text === cue)?.mention.text

  it('reads "A, B and C said" as the three names, not "B and C"', () => {
    expect(mentionOf('Lammy, Rubio and Yermak said the talks would resume.', 'said')).toBe('Lammy, Rubio and Yermak')
  })

  it('reads names with a party and state in parentheses, and a floating "all" after them', () => {
    const text = 'Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested that the claims were weak.'
    expect(mentionOf(text, 'suggested')).toBe('Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez')
  })

  it('leaves an opening phrase before the comma out ("In Paris, Macron and Merkel said")', () => {
    expect(mentionOf('In Paris, Macron and Merkel said the talks would resume.', 'said')).toBe('Macron and Merkel')
    expect(mentionOf('Meanwhile, Macron and Merkel said the talks would resume.', 'said')).toBe('Macron and Merkel')
  })

  it('leaves out a place named after a preposition and "the" ("At the European Commission, Spain and Italy said")', () => {
    const text = 'At the European Commission, Spain and Italy said the quota was unfair.'
    expect(mentionOf(text, 'said')).toBe('Spain and Italy')
    expect(findSources(text).map((s) => s.name)).not.toContain('European Commission')
  })
})

describe('plural titles before a list of names (issue 3)', () => {
  it('reads "Sens." as a title, not as part of the first name', () => {
    const sources = findSources('Sens. Jon Tester and David Vitter said the bank was too big.')
    expect(sources.map((s) => s.name)).toContain('Jon Tester')
    expect(sources.map((s) => s.name)).not.toContain('Sens. Jon Tester')
  })
})

describe('companies known by a one-word name (issue 3)', () => {
  it('splits "Facebook and Google said" into two organisations', () => {
    const sources = findSources('Facebook and Google said they would comply.')
    expect(sources.map((s) => [s.name, s.type]).sort()).toEqual([
      ['Facebook', 'organization'],
      ['Google', 'organization']
    ])
  })
})

describe('"Both X and Y" names two sources, known names or not', () => {
  it('gives "Both Okafor and Lindqvist denied …" to both, though neither name is known', () => {
    const text = 'Both Okafor and Lindqvist have denied taking part in the plot.'
    expect(withCue(text, 'denied')).toEqual(['Lindqvist', 'Okafor'])
  })
  it('gives "A and B both said …" to both, "both" floating after the subject as after "Both" before it', () => {
    expect(withCue('Okafor and Lindqvist both said the ferry had left early.', 'said')).toEqual(['Lindqvist', 'Okafor'])
    // Without "both" two bare surnames may be one firm's name.
    expect(withCue('Okafor and Lindqvist said the ferry had left early.', 'said')).toEqual(['Lindqvist'])
  })

  it('gives "the X and the Y Party said …" to each phrase a "the" opens, and not to the whole phrase too', () => {
    // A second "the" starts a second phrase: no one name runs over "and the".
    expect(withCue('Late on Friday, the campaign and the state Green Party said the rally was off.', 'said')).toEqual(['Green Party', 'campaign'])
    // Once its parts are sources, the phrase that joins them is none.
    expect(withCue('Within days, the House and Senate firmly endorsed a bill granting the mayor new powers.', 'endorsed')).toEqual(['House', 'Senate'])
    // One agency's name with its "and" stays whole, and so does a list of a minister's portfolios.
    expect(withCue('The Food and Drug Administration said the drug was safe.', 'said')).toEqual(['Food and Drug Administration'])
    expect(withCue('Spam will be banned, the Minister for Trade, Industry and the Arts announced today.', 'announced')).not.toContain('Arts')
    // Nor does an agency's name before its head's title: "Oil" is no person of its own.
    expect(withCue('U.S. Oil and Gas Administration Director Lena Marsh said the pipeline was safe.', 'said')).toEqual(['Lena Marsh'])
  })
})
