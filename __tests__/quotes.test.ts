import {describe, expect, it} from '@jest/globals'
import {extractQuotes, findUnbalancedMarks} from '../src/index.js'
import type {Quote} from '../src/index.js'
import {isStageDirection} from '../src/quotes/index.js'

const texts = (quotes: Quote[]) => quotes.map((q) => q.parts.map((p) => p.text))

function expectSpans(text: string, quotes: Quote[]): void {
  for (const quote of quotes) {
    for (const part of quote.parts) expect(text.slice(part.start, part.end)).toBe(part.text)
    if (quote.cue) expect(text.slice(quote.cue.start, quote.cue.end)).toBe(quote.cue.text)
    if (quote.speaker) expect(text.slice(quote.speaker.mention.start, quote.speaker.mention.end)).toBe(quote.speaker.mention.text)
  }
}

describe('quote spans', () => {
  it('reads curly, straight, single, guillemet and low marks', () => {
    const text = [
      '“Curly double,” Smith said.',
      '"Straight double," Jones said.',
      '‘Curly single,’ Brown said.',
      '«Guillemets», dit Martin.',
      '„Low marks“, sagte Müller.'
    ].join('\n')
    const quotes = extractQuotes(text)
    expect(texts(quotes)).toEqual([['Curly double,'], ['Straight double,'], ['Curly single,'], ['Guillemets'], ['Low marks']])
    expectSpans(text, quotes)
  })

  it('pairs a curly opening mark with a straight closing mark', () => {
    const text = '“The meeting is postponed. Talks will continue," the ministry said.'
    expect(texts(extractQuotes(text))).toEqual([['The meeting is postponed. Talks will continue,']])
  })

  it('tells apostrophes from British single quotes', () => {
    const text = 'He said: ‘I’m sure it’s over, and we’re done with the workers’ union.’\nThe talks ended.'
    const quotes = extractQuotes(text)
    expect(texts(quotes)).toEqual([['I’m sure it’s over, and we’re done with the workers’ union.']])
  })

  it('keeps a quote reopened over paragraphs as one utterance, skipping a video prompt', () => {
    const text = [
      'The minister said: ‘We need to decide quickly.',
      '‘If it is not possible, we are done.',
      'To view this video please enable JavaScript, and consider upgrading to a web',
      'browser that',
      '‘It is not our war.’',
      'The talks went on.'
    ].join('\n')
    const quotes = extractQuotes(text)
    expect(quotes).toHaveLength(1)
    expect(texts(quotes)[0]).toEqual(['We need to decide quickly.', 'If it is not possible, we are done.', 'It is not our war.'])
    expectSpans(text, quotes)
  })

  it('joins “A,” he said. “B.” into one utterance of two parts', () => {
    const text = 'Rubio spoke to reporters.\n“We are close,” he said. “But not there yet.”'
    const quotes = extractQuotes(text)
    expect(texts(quotes)).toEqual([['We are close,', 'But not there yet.']])
    expect(quotes[0]?.speaker?.name).toBe('Rubio')
  })

  it('joins an interrupted quote, “A,” he said, “b.”, into one direct utterance of two parts', () => {
    const text = '“We will not stop,” Rubio said, “and we will win.”'
    const quotes = extractQuotes(text)
    expect(texts(quotes)).toEqual([['We will not stop,', 'and we will win.']])
    expect(quotes[0]?.kind).toBe('direct')
    expect(quotes[0]?.speaker?.name).toBe('Rubio')
    expectSpans(text, quotes)
    // Another cue before the second quote is another utterance, and so are words of the writer's between them.
    expect(extractQuotes('Rubio said: “Yes.” He added, “no.”')).toHaveLength(2)
    const adding = extractQuotes('“We are done,” Powell said, adding that talks “will resume later.”')
    expect(adding.map((q) => [q.text, q.kind])).toEqual([['We are done,', 'direct'], ['will resume later.', 'partial']])
  })

  it('reads the marks around a lone n as apostrophes ("rock ’n’ roll")', () => {
    expect(extractQuotes("He loves rock 'n' roll, she said.")).toEqual([])
    expect(extractQuotes('He loves rock ’n’ roll, she said. ‘It is loud,’ he added.').map((q) => q.text)).toEqual(['It is loud,'])
  })

  it('keeps a quote inside a quote inside its outer quote', () => {
    const text = '“He told me ‘never again’ and left,” Smith said.'
    expect(texts(extractQuotes(text))).toEqual([['He told me ‘never again’ and left,']])
  })

  it('reads the rest of the text after stray and unbalanced marks', () => {
    const text = 'He is 6" tall and “happy.\nThe talks went on.\n“We will win,” Jones said. A stray ” mark.'
    const quotes = extractQuotes(text)
    expect(quotes.some((q) => q.text === 'We will win,' && q.speaker?.name === 'Jones')).toBe(true)
    expectSpans(text, quotes)
  })

  it('reads a paragraph whose opening mark was lost, up to a closing mark after a comma, as the quote', () => {
    // A sentence lifted out of a longer quote keeps only its closing mark.
    const text = 'The ferry will run again by spring, we are sure of that," harbor master Ines Okafor said.\nNo ferry ran on Sunday.'
    const quotes = extractQuotes(text)
    expect(texts(quotes)).toEqual([['The ferry will run again by spring, we are sure of that,']])
    expect(quotes[0]?.speaker?.name).toBe('Ines Okafor')
    expectSpans(text, quotes)
    // The mark is still unpaired in the text; a size mark, a stop before the mark and a ``typewriter'' opening are no lost opening.
    expect(findUnbalancedMarks(text).map((m) => m.start)).toEqual([text.indexOf('"')])
    expect(extractQuotes('The shelf is 30" wide, the carpenter said.')).toEqual([])
    expect(extractQuotes('Okafor said the ferry will run again by spring." Then she left.')).toEqual([])
    expect(extractQuotes("Okafor called the ferry a ``floating relic,'' and laughed.")).toEqual([])
  })

  it('reads two straight apostrophes as a double mark', () => {
    const text = "''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist."
    const quotes = extractQuotes(text)
    expect(texts(quotes)).toEqual([["This isn't tax reform,"]])
    expect(quotes[0]?.speaker?.name).toBe('Douglas Holtz-Eakin')
  })
})

describe('quote kinds', () => {
  it('tells direct, partial and term quotes apart', () => {
    const text = [
      '“We will not surrender,” the president said.',
      'She called for an “immediate, full and unconditional ceasefire.”',
      'The meeting was reclassified as a “technical” discussion.'
    ].join('\n')
    expect(extractQuotes(text).map((q) => q.kind)).toEqual(['direct', 'partial', 'term'])
  })
})

describe('titles', () => {
  it('reads a title-case name of a show or work as a term, not a quote', () => {
    const quotes = extractQuotes('Johnson tells MSNBC’s “Morning Joe” that the attack was serious.')
    expect(quotes.map((q) => [q.text, q.kind])).toEqual([['Morning Joe', 'term']])
  })

  it('reads a title after a preposition or a possessive as a term even when a speaker is near', () => {
    const quotes = extractQuotes('Pence said on CNN’s “State of the Union” that the police need support. Ms. Kim spoke in an episode of “Shark Tank” and said nothing.')
    expect(quotes.map((q) => [q.text, q.kind])).toEqual([['State of the Union', 'term'], ['Shark Tank', 'term']])
  })

  it('reads a title that closes the sentence after a name’s possessive as a term, a slogan after a preposition as words', () => {
    const [show] = extractQuotes('“We will get there,” the governor said on Sunday on CBS’s “Face the Nation.”').slice(1)
    expect([show?.text, show?.kind]).toEqual(['Face the Nation.', 'term'])
    const [slogan] = extractQuotes('In a speech on Monday, the senator proclaimed a goal of “Jobs for Every Town.”')
    expect(slogan?.kind).not.toBe('term')
  })

  it('reads a capitalised quote after a noun of a work, or a list of works, as its title', () => {
    const memoir = extractQuotes('The actress wrote in her memoir, “Small Hours,” that she was “a lonely child.”')
    expect(memoir.map((q) => [q.text, q.kind])).toEqual([['Small Hours,', 'term'], ['a lonely child.', 'partial']])
    const [show] = extractQuotes('The company said its channels carry popular programs such as “Evening Report” every night.')
    expect([show?.text, show?.kind]).toEqual(['Evening Report', 'term'])
  })

  it('reads a title-case quote coordinated with a title as a title too, even with a speaker near', () => {
    const shows = extractQuotes('The company said its channels carry popular programs such as “Evening Report” and “Weekend Desk.”')
    expect(shows.map((q) => [q.text, q.kind])).toEqual([['Evening Report', 'term'], ['Weekend Desk.', 'term']])
  })

  it('reads a list of titles as terms when the comma sits inside the first title’s marks ("“A,” “B” and “C.”")', () => {
    const list = extractQuotes('Her stage credits also include “Silver Harbor,” “Enough” and “Paper Moons.”')
    expect(list.map((q) => [q.text, q.kind])).toEqual([['Silver Harbor,', 'term'], ['Enough', 'term'], ['Paper Moons.', 'term']])
    // A title's speaker, if any, is not handed on to the titles coordinated with it.
    const shows = extractQuotes('Radiowave carries the network, though not shows such as “Evening Report” and “Weekend Desk.”')
    expect(shows[1]?.speaker).toBeNull()
    // Two quotes side by side with no comma are not joined.
    expect(extractQuotes('“Stop.” “Go now,” the coach shouted.').map((q) => q.kind)).not.toContain('term')
  })

  it('reads a nickname between the parts of a name as a term, not a quote of the sentence subject', () => {
    const [nickname] = extractQuotes('The promoter said former boxer Marcus “The Hammer” Doyle would fight in the autumn.')
    expect([nickname?.text, nickname?.kind]).toEqual(['The Hammer', 'term'])
    // a title-case headline is no name
    expect(extractQuotes('Governor Calls Rival “A Fraud” At Rally')[0]?.kind).not.toBe('term')
  })

  it('reads a capitalised name a speaker calls someone as that speaker’s words', () => {
    const [quote] = extractQuotes('Last year the mayor called his rival “Little Napoleon” at a rally.')
    expect(quote?.kind).toBe('partial')
    expect(quote?.speaker?.mention.text).toBe('the mayor')
  })

  it('reads a short quote governed by a speech verb as someone’s words even when the speaker is not found', () => {
    const [quote] = extractQuotes('Six Orthodox were admitted as well as 29 others who only specified “Christian” as their religion.')
    expect([quote?.kind, quote?.speaker]).toEqual(['partial', null])
    // no speech verb in its clause: a designation nobody speaks
    expect(extractQuotes('The film “13th” opens Friday in New York.')[0]?.kind).toBe('term')
    expect(extractQuotes('He spoke, and the “Grand Bargain” died.')[0]?.kind).toBe('term')
    // examples of what is called, after a comma: "names, like “pigs”"
    expect(extractQuotes('He calls men derogatory names, like “pigs” and worse.')[0]?.kind).toBe('partial')
  })

  it('reads an expression someone used (“used the phrase …”, “chants of …”) as their words, a name given as a designation', () => {
    expect(extractQuotes('Trump has used the phrase “Islamic terrorism” often in his campaign.')[0]?.kind).toBe('partial')
    expect(extractQuotes('He refuses to use the words “radical Islam” at all.')[0]?.kind).toBe('partial')
    expect(extractQuotes('The bill, known as the “Justice Act,” passed.')[0]?.kind).toBe('term')
    expect(extractQuotes('He read the words “Exit Only” on the door.')[0]?.kind).toBe('term')
    expect(extractQuotes('The mayor was greeted with chants of “Bobby” at the conference.')[0]?.kind).toBe('partial')
    expect(extractQuotes('The story of “Bobby” ran long.')[0]?.kind).toBe('term')
  })

  it('gives a quote coordinated with the one before its kind and speaker', () => {
    const quotes = extractQuotes('The senator called the plan “reckless” and “a gift to lobbyists” in a speech.')
    expect(quotes.map((q) => [q.text, q.kind, q.speaker?.mention.text])).toEqual([
      ['reckless', 'partial', 'The senator'],
      ['a gift to lobbyists', 'partial', 'The senator']
    ])
  })

  it('lets the second item of a list bring its own determiner or adjective, not a verb', () => {
    const listed = extractQuotes('The senator has called the plan a “costly mistake” and a “gift to lobbyists” and other “nonsense.”')
    expect(listed.map((q) => [q.text, q.kind, q.speaker?.mention.text])).toEqual([
      ['costly mistake', 'partial', 'The senator'],
      ['gift to lobbyists', 'partial', 'The senator'],
      ['nonsense.', 'partial', 'The senator']
    ])
    const verb = extractQuotes('The senator called the plan “reckless” and read the “Book of Job” aloud.')
    expect(verb.map((q) => q.kind)).toEqual(['partial', 'term'])
  })

  it('does not read two quotes side by side as a list', () => {
    const quotes = extractQuotes('The singer asked the crowd, “Where do we go from here?”\n\n“Blue Skies” was written in 1926.')
    expect(quotes.map((q) => [q.text, q.kind])).toEqual([
      ['Where do we go from here?', 'direct'],
      ['Blue Skies', 'term']
    ])
  })

  it('reads a whole sentence right after its speech verb, without a comma, as direct', () => {
    const [quote] = extractQuotes('The senator declared “I think the treaty may be obsolete.”')
    expect([quote?.kind, quote?.speaker?.mention.text, quote?.cue?.text]).toEqual(['direct', 'The senator', 'declared'])
    const [fragment] = extractQuotes('The senator declared “the treaty” obsolete.')
    expect(fragment?.kind).toBe('partial')
  })

  it('keeps a short capitalised sentence as a quote', () => {
    const quotes = extractQuotes('“Stop the War!” the crowd chanted, Smith said.')
    expect(quotes[0]?.kind).not.toBe('term')
  })
})

describe('page furniture', () => {
  const text = [
    '“We stand by our reporting,” the editor said.',
    'A Message from The Daily Planet:',
    'Dear readers,',
    'The authorities claim our work “discredits the decisions of the government.” Please support us.'
  ].join('\n')

  it('leaves out quotes in page furniture', () => {
    expect(extractQuotes(text).map((q) => q.text)).toEqual(['We stand by our reporting,'])
  })

  it('keeps them, marked, with keepBoilerplate', () => {
    const quotes = extractQuotes(text, {keepBoilerplate: true})
    expect(quotes.map((q) => [q.text, q.inBoilerplate === true])).toEqual([
      ['We stand by our reporting,', false],
      ['discredits the decisions of the government.', true]
    ])
  })
})

describe('bad input', () => {
  it('throws a TypeError naming the argument', () => {
    expect(() => extractQuotes(42 as unknown as string)).toThrow(TypeError)
    expect(() => extractQuotes(42 as unknown as string)).toThrow(/`text`/)
    expect(() => extractQuotes('x', 'strict' as unknown as object)).toThrow(/`options`/)
  })

  it('returns [] for empty text', () => {
    expect(extractQuotes('')).toEqual([])
  })
})

describe('stage directions', () => {
  it('tells a bracketed stage direction from a quote that merely starts with brackets', () => {
    const part = (text: string) => ({start: 0, end: text.length, text})
    expect(isStageDirection(part('(CROSSTALK.)'))).toBe(true)
    expect(isStageDirection(part('[Applause]'))).toBe(true)
    expect(isStageDirection(part('(Laughter) Thank you all'))).toBe(false)
    expect(isStageDirection(part('(a) and (b) both apply'))).toBe(false)
    expect(isStageDirection(part('(a) or (b)'))).toBe(false)
  })
})
