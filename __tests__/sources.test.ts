import {describe, expect, it} from '@jest/globals'
import {extractQuotes, findSources, mergeSources} from '../src/index.js'
import type {Source} from '../src/index.js'

const byName = (sources: Source[], name: string) => sources.find((s) => s.name === name)

function expectSpans(text: string, sources: Source[]): void {
  for (const source of sources) {
    for (const mention of source.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text)
    for (const a of source.attributions) {
      expect(text.slice(a.content.start, a.content.end)).toBe(a.content.text)
      expect(text.slice(a.mention.start, a.mention.end)).toBe(a.mention.text)
      if (a.cue) expect(text.slice(a.cue.start, a.cue.end)).toBe(a.cue.text)
    }
  }
}

describe('reported speech', () => {
  it.each([
    ['Zelensky said no such proposals had been shared with him.', 'Zelensky', 'no such proposals had been shared with him'],
    ['The minister warned that the talks could collapse.', 'minister', 'the talks could collapse'],
    ['Kremlin spokesman Dmitry Peskov dismissed the report as fake.', 'Dmitry Peskov', 'the report as fake'],
    ['Yuriy Sak reiterated that Kyiv would not compromise.', 'Yuriy Sak', 'Kyiv would not compromise'],
    ['Zelensky ruled out ceding territory to Russia.', 'Zelensky', 'ceding territory to Russia'],
    ['The talks had been postponed, the Foreign Office confirmed.', 'Foreign Office', 'The talks had been postponed']
  ])('%s', (text, name, content) => {
    const sources = findSources(text)
    const source = sources.find((s) => s.name.endsWith(name))
    expect(source?.attributions.map((a) => [a.content.text, a.direct])).toEqual([[content, false]])
    expectSpans(text, sources)
  })
})

describe('chains and outlets', () => {
  it('keeps both ends of "told Axios" and "according to"', () => {
    const text = 'Rubio backed out of the meeting, a U.S. official involved in the talks told Axios.\nThat framework, according to Axios, includes sanctions relief.'
    const sources = findSources(text)
    const official = byName(sources, 'U.S. official involved in the talks')
    expect(official?.type).toBe('anonymous')
    expect(official?.attributions[0]).toMatchObject({via: 'Axios', direct: false, content: {text: 'Rubio backed out of the meeting'}})
    const axios = byName(sources, 'Axios')
    expect(axios?.type).toBe('outlet')
    expect(axios?.attributions.map((a) => a.content.text)).toContain('includes sanctions relief')
    expectSpans(text, sources)
  })

  it('reads "X reported, citing Y" as Y through X', () => {
    const text = 'Putin offered to halt the war on the current front line, the Financial Times reported Tuesday, citing people familiar with the matter.'
    const sources = findSources(text)
    expect(byName(sources, 'Financial Times')?.type).toBe('outlet')
    const people = sources.find((s) => s.name.startsWith('people familiar'))
    expect(people).toMatchObject({type: 'anonymous'})
    expect(people?.attributions[0]?.via).toBe('Financial Times')
  })

  it('gives "…, X reported, citing Y." the clause before it, once for X and once for Y through X', () => {
    const text = 'Putin offered to halt the war on the current front line, the Financial Times reported, citing people familiar with the matter.'
    const sources = findSources(text)
    const ft = byName(sources, 'Financial Times')
    expect(ft?.attributions.map((a) => [a.cue?.text, a.content.text])).toEqual([['reported', 'Putin offered to halt the war on the current front line']])
    const people = sources.find((s) => s.name.startsWith('people familiar'))
    expect(people?.attributions.map((a) => [a.content.text, a.via])).toEqual([['Putin offered to halt the war on the current front line', 'Financial Times']])
    expectSpans(text, sources)
  })

  it('reads ", citing Y," or ", quoting Y," set off inside the attribution as Y through X, and a reason cited as no source', () => {
    const middle = 'The Financial Times reported, citing people familiar with the matter, that Putin offered to halt the war.'
    const sources = findSources(middle)
    expect(byName(sources, 'Financial Times')?.attributions.map((a) => [a.cue?.text, a.content.text])).toEqual([['reported', 'Putin offered to halt the war']])
    expect(sources.find((s) => s.name.startsWith('people familiar'))?.attributions[0]).toMatchObject({content: {text: 'Putin offered to halt the war'}, via: 'Financial Times'})
    const subject = findSources('Reuters, citing two sources, said the deal had collapsed.')
    expect(subject.map((s) => [s.name, s.attributions.map((a) => a.content.text)])).toEqual([
      ['Reuters', ['the deal had collapsed']],
      ['sources', ['the deal had collapsed']]
    ])
    const reason = findSources('The White House, citing security concerns, said the visit was cancelled.')
    expect(reason.map((s) => s.name)).toEqual(['White House'])
    expect(byName(findSources('Reuters reported, quoting two officials, that the deal had collapsed.'), 'officials')?.attributions[0]?.via).toBe('Reuters')
    expectSpans(middle, sources)
  })

  it('reads reported speech after "X quoted Y as saying" as Y\'s, with the whole frame as the cue', () => {
    const text = 'The Guardian quoted the spokesperson as saying the talks were productive.'
    const sources = findSources(text)
    const spokesperson = byName(sources, 'spokesperson')
    expect(spokesperson?.attributions.map((a) => [a.cue?.text, a.content.text])).toEqual([['quoted the spokesperson as saying', 'the talks were productive']])
    expect(sources.map((s) => s.name)).not.toContain('spokesperson as')
    expectSpans(text, sources)
  })

  it('reads "X reports Y as saying" and "X quotes a policeman, or a relative and his name, as saying" as Y through X', () => {
    const reports = 'The Times reports the mayor as saying the bridge will reopen in May.'
    const mayor = byName(findSources(reports), 'mayor')
    expect(mayor?.attributions.map((a) => [a.cue?.text, a.content.text, a.via])).toEqual([['reports the mayor as saying', 'the bridge will reopen in May', 'The Times']])
    const policeman = 'Reuters quotes a village policeman as saying the road was closed for hours.'
    expect(byName(findSources(policeman), 'village policeman')?.attributions.map((a) => [a.content.text, a.via])).toEqual([['the road was closed for hours', 'Reuters']])
    const named = 'Reuters quoted his sister, Ms Lena Holm, as saying the family had no warning.'
    const sources = findSources(named)
    expect(byName(sources, 'Lena Holm')?.attributions.map((a) => [a.content.text, a.via])).toEqual([['the family had no warning', 'Reuters']])
    expect(sources.flatMap((s) => s.attributions.map((a) => a.content.text))).not.toContain('his sister, Ms Lena Holm')
    expectSpans(named, sources)
  })

  it('reads "Y was quoted by X as saying" as Y through X, and a quote after "X quoted Y as saying:" as Y\'s', () => {
    const text = 'Peskov was quoted by Interfax as saying that Moscow was ready for talks.'
    const sources = findSources(text)
    expect(byName(sources, 'Peskov')?.attributions.map((a) => [a.cue?.text, a.content.text, a.via])).toEqual([['quoted by Interfax as saying', 'Moscow was ready for talks', 'Interfax']])
    expect(sources.map((s) => s.name)).not.toContain('Interfax as saying')
    const quoted = 'Tass quoted Lavrov as saying: "We are ready."'
    expect(extractQuotes(quoted)[0]?.speaker?.name).toBe('Lavrov')
    expect(byName(findSources(quoted), 'Lavrov')?.attributions.find((a) => a.direct)).toMatchObject({content: {text: 'We are ready.'}, via: 'TASS'})
    expectSpans(text, sources)
  })

  it('gives an outlet\'s closing attribution the whole report, and the person it reports on no attribution of his own ("…, Tass reported")', () => {
    // As the seeds' golden annotation has it: "The Russian leader indicated …, FT reported" cites the FT, not Putin.
    const text = 'Peskov dismissed the reports as absurd, Tass reported.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions.map((a) => a.content.text)])).toEqual([['TASS', ['Peskov dismissed the reports as absurd']]])
    expectSpans(text, sources)
  })

  it('gives an outlet a statement was sent to no report of its own ("said in a statement to Reuters")', () => {
    const text = 'The coach said in a statement to Reuters that he would not resign.'
    const sources = findSources(text)
    expect(sources.map((s) => s.name)).not.toContain('Reuters')
    expect(byName(sources, 'coach')?.attributions.map((a) => a.content.text)).toEqual(['he would not resign'])
  })

  it('reads the outlet that owns a programme or a host spoken to as the one in between ("told CBS’s Face the Nation")', () => {
    const sources = findSources('Rubio told CBS’s Face the Nation that the talks would resume.')
    expect(byName(sources, 'Rubio')?.attributions[0]?.via).toBe('CBS News')
    // The programme's "the" opens no second phrase: what was told starts after "that".
    expect(byName(sources, 'Rubio')?.attributions[0]?.content.text).toBe('the talks would resume')
    const weekly = findSources("Rubio told NBC's Meet the Press on Sunday that the talks would resume.")
    expect(byName(weekly, 'Rubio')?.attributions[0]).toMatchObject({via: 'NBC News', content: {text: 'the talks would resume'}})
    // A name with "of the" in it is one hearer: "told the News of the World that …".
    expect(findSources('Bolland told the News of the World that he was astonished.')[0]?.attributions.map((a) => a.content.text)).toEqual(['he was astonished'])
    // A lower-case "the" after the hearer still opens what was told.
    const told = findSources('Rubio told the BBC the plan that failed was dead.')
    expect(byName(told, 'Rubio')?.attributions[0]).toMatchObject({via: 'BBC', content: {text: 'the plan that failed was dead'}})
  })

  it('reads an outlet\'s audience as the hearer: the outlet is in between and reports nothing ("told the RT America audience")', () => {
    const text = '“I cannot be part of a network funded by the Russian government,” Ms. Wahl told the RT America audience.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions.map((a) => a.via ?? null)])).toEqual([['Wahl', ['RT']]])
    const viewers = findSources('Smith told Fox News viewers on Sunday that the deal was close.')
    expect(viewers.map((s) => [s.name, s.attributions.map((a) => [a.content.text, a.via ?? null])])).toEqual([['Smith', [['the deal was close', 'Fox News']]]])
  })

  it('reads "X quoted Y as saying" as Y through X', () => {
    const text = 'A spokesperson for Keir Starmer said the call was productive.\n“We remain committed,” the Guardian quoted the spokesperson as saying.'
    const sources = findSources(text)
    const spokesperson = sources.find((s) => s.name.startsWith('spokesperson for'))
    expect(spokesperson?.attributions.find((a) => a.direct)).toMatchObject({direct: true, via: 'Guardian'})
    expect(sources.some((s) => s.name === 'Keir Starmer' && s.attributions.length > 0)).toBe(false)
  })

  it('resolves outlet descriptions and takes extra outlets from the options', () => {
    const text = 'The Kyiv Post reported that talks stalled. The outlet noted that no date was set.'
    expect(findSources(text).find((s) => s.name === 'Kyiv Post')?.attributions).toHaveLength(2)
    const custom = 'The Daily Bugle reported that talks stalled. The newspaper added that no date was set.'
    const sources = findSources(custom, {outlets: [{name: 'Daily Bugle', aliases: ['Bugle']}]})
    const bugle = byName(sources, 'Daily Bugle')
    expect(bugle?.type).toBe('outlet')
    expect(bugle?.attributions.map((a) => a.content.text)).toEqual(['talks stalled', 'no date was set'])
  })

  it('resolves "The financial daily", "The daily" and "The weekly" to the outlet named before', () => {
    for (const [outlet, description] of [['Financial Times', 'The financial daily'], ['Financial Times', 'The daily'], ['Economist', 'The weekly']] as const) {
      const text = `The ${outlet} reported that the talks had stalled. ${description} said no date was set.`
      const sources = findSources(text)
      const said = sources.find((s) => s.attributions.some((a) => a.cue?.text === 'said'))
      expect(said?.type).toBe('outlet')
      expect(said?.attributions.find((a) => a.cue?.text === 'said')).toMatchObject({mention: {text: description}, content: {text: 'no date was set'}})
    }
  })

  it('reads an outlet\'s report spoken of by someone else as no source, and a report "that …" as the outlet\'s claim', () => {
    expect(findSources('The Kremlin dismissed the FT report as false.').map((s) => s.name)).toEqual(['Kremlin'])
    const claim = findSources('Hillary Clinton is seizing upon a New York Times report that Donald Trump had a net loss in 1995.')
    expect(byName(claim, 'New York Times')?.attributions.map((a) => a.content.text)).toEqual(['Donald Trump had a net loss in 1995'])
    // "report" before "said" is a noun, not a present-tense cue of "Times".
    const owned = findSources('A Financial Times report said the talks had stalled.')
    expect(byName(owned, 'Financial Times')?.attributions.map((a) => a.cue?.text)).toEqual(['report'])
  })

  it('resolves "the agency", "the ministry" to the body named just before, an outlet for a noun that describes outlets too', () => {
    const agency = findSources('The Environmental Protection Agency issued new rules on Monday. The agency said the rules would cut emissions.')
    expect(agency.map((s) => [s.name, s.attributions.map((a) => a.mention.text)])).toEqual([['Environmental Protection Agency', ['The agency']]])
    const wire = findSources('Reuters reported that the talks stalled. The agency said no date was set.')
    expect(wire.map((s) => [s.name, s.attributions.length])).toEqual([['Reuters', 2]])
    expect(findSources('The agency said no date was set.').map((s) => [s.name, s.type])).toEqual([['agency', 'organization']])
  })

  it('resolves "the company" or "the firm" to the business named just before with its suffix ("Acme Corp.")', () => {
    const company = findSources('Acme Corp. cut 200 jobs on Monday. The company said demand had fallen.')
    expect(company.map((s) => [s.name, s.type, s.attributions.map((a) => a.mention.text)])).toEqual([['Acme Corp.', 'organization', ['The company']]])
    const firm = findSources('Globex Group said profits rose. The firm added that it would hire.')
    expect(firm.map((s) => [s.name, s.attributions.length])).toEqual([['Globex Group', 2]])
    // A government body is no company.
    expect(findSources('The Labor Department said jobs grew. The company said demand had fallen.').map((s) => s.name)).toEqual(['Labor Department', 'company'])
  })

  it('lists an outlet cited for its report', () => {
    const text = 'The downgrading comes amid speculation, sparked by a Financial Times report, that Russia may freeze the front lines.'
    expect(byName(findSources(text), 'Financial Times')?.type).toBe('outlet')
  })

  it('reads no report into a word of an outlet\'s own name ("The Washington Post", "Drudge Report")', () => {
    const listed = 'Trump did well in online polls run after the debates by outlets such as Time, Slate and Drudge Report.'
    expect(findSources(listed)).toEqual([])
    const spoken = 'Mr. Schultz likened RT to the BBC in an interview with The Washington Post last week.'
    expect(findSources(spoken).map((s) => s.name)).not.toContain('Washington Post')
    const cited = 'Turnout fell sharply, according to a Washington Post report on the count.'
    expect(byName(findSources(cited), 'Washington Post')?.type).toBe('outlet')
  })
})

describe('"according to" and the phrase of its source (issue 3)', () => {
  it('reads no cue inside the source phrase ("a person briefed on the talks", "court documents")', () => {
    const briefed = findSources('The deal was close, according to a person briefed on the talks.')
    expect(briefed.map((s) => [s.name, s.type, s.attributions.map((a) => a.content.text)])).toEqual([['person briefed on the talks', 'anonymous', ['The deal was close']]])
    const documents = findSources('According to court documents, the company paid the fine.')
    expect(documents.map((s) => [s.name, s.type])).toEqual([['court documents', 'document']])
  })

  it('reads a source phrase that opens with a number and a modifier after it to its comma ("According to a 52-count civil complaint filed by the SEC, …")', () => {
    const text = 'According to a 52-count civil complaint filed by the SEC, the developers ran a massive fraudulent scheme.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type, s.attributions[0]?.content.text])).toEqual([['52-count civil complaint', 'document', 'the developers ran a massive fraudulent scheme']])
    expect(extractQuotes('According to a 52-count civil complaint filed by the SEC, the developers ran a "massive fraudulent scheme".')[0]?.speaker?.name).not.toBe('a 52-count')
  })

  it('reads what a possessor owns as the source ("according to Ukraine’s military"), a body typed as an organisation', () => {
    for (const body of ['Ukraine’s military', 'Ukraine’s air force']) {
      const sources = findSources(`Russia launched 200 drones overnight, according to ${body}.`)
      expect(sources.map((s) => [s.name, s.type])).toEqual([[body, 'organization']])
    }
  })
})

describe('a name with its description (issue 3)', () => {
  it('reads the name set off after a description as the speaker, titled by it ("Zelensky’s chief of staff, Andriy Yermak, said")', () => {
    const text = 'Zelensky’s chief of staff, Andriy Yermak, said Ukraine was ready. Yermak added that talks would go on.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.title])).toEqual([['Andriy Yermak', 'Zelensky’s chief of staff']])
    expect(sources[0]?.mentions.map((m) => m.text)).toEqual(['Zelensky’s chief of staff', 'Andriy Yermak', 'Yermak'])
    expect(sources[0]?.attributions).toHaveLength(2)
    expectSpans(text, sources)
    expect(byName(findSources('Trump’s Ukraine envoy, Gen Keith Kellogg, said the talks would resume.'), 'Keith Kellogg')?.title).toBe('Trump’s Ukraine envoy Gen')
  })

  it('reads the name after a title written as an acronym ("Acme’s CEO, Sarah Jones, said")', () => {
    const text = 'Acme’s CEO, Sarah Jones, said the company would cut 200 jobs.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type, s.title])).toEqual([['Sarah Jones', 'person', 'Acme’s CEO']])
    expectSpans(text, sources)
    expect(extractQuotes('“We are done,” Acme’s CEO, Sarah Jones, said.')[0]?.speaker?.name).toBe('Sarah Jones')
  })

  it('reads an owner\'s title set off after the name and resolves the title phrase to the name ("Kaja Kallas, the EU\'s foreign policy chief")', () => {
    const text = "Kaja Kallas, the EU's foreign policy chief, said the talks would go on. The EU's foreign policy chief added that no date was set."
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.title])).toEqual([['Kaja Kallas', "EU's foreign policy chief"]])
    expect(sources[0]?.attributions).toHaveLength(2)
  })

  it('ends a closing attribution\'s content before the speaker\'s description ("…, Rubio’s spokeswoman, Tammy Bruce, said")', () => {
    const text = 'The talks stalled, Rubio’s spokeswoman, Tammy Bruce, said.'
    expect(byName(findSources(text), 'Tammy Bruce')?.attributions.map((a) => a.content.text)).toEqual(['The talks stalled'])
    const quoted = findSources('“This is not the moment for a deal,” Rubio’s spokeswoman, Tammy Bruce, said.')
    expect(byName(quoted, 'Tammy Bruce')?.attributions.map((a) => [a.direct, a.content.text])).toEqual([[true, 'This is not the moment for a deal,']])
  })

  it('reads a description and name set off after a quote that closes its sentence ("“…!” The coach’s sister, Ana Ruiz, said.") as the speaker, not as content', () => {
    const sources = findSources('“We finally won the cup!” The coach’s sister, Ana Ruiz, said.')
    expect(sources.map((s) => [s.name, s.title])).toEqual([['Ana Ruiz', 'coach’s sister']])
    expect(sources[0]?.attributions.map((a) => [a.direct, a.content.text])).toEqual([[true, 'We finally won the cup!']])
    expect(extractQuotes('“The vote is close.” A party spokesman, Tom Berg, said.')[0]?.speaker?.name).toBe('Tom Berg')
  })

  it('reads a name right after a lower-case title as the name, not a role ("chief of staff Andriy Yermak said")', () => {
    const sources = findSources('Zelensky’s chief of staff Andriy Yermak said Ukraine was ready.')
    expect(sources.map((s) => [s.name, s.type, s.title])).toEqual([['Andriy Yermak', 'person', 'Zelensky’s chief of staff']])
    const merged = mergeSources([
      {id: 'a', sources},
      {id: 'b', sources: findSources('Yermak said talks would go on.')}
    ])
    expect(merged.filter((m) => m.name.includes('Yermak'))).toHaveLength(1)
  })
})

describe('one source per real-world source', () => {
  it('reads a document before its maker as the document ("An ad from the Clinton campaign"), so "The Trump campaign" later is the campaign', () => {
    expect(findSources('An ad from the Clinton campaign says Trump is unfit.').map((s) => [s.name, s.type])).toEqual([['ad from the Clinton campaign', 'document']])
    const text = "Donald Trump's campaign says the plan is bad. A new ad from Donald Trump's presidential campaign is seizing on recent comments. The Trump campaign said it was proud."
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type, s.attributions.map((a) => a.mention.text)])).toEqual([
      ["Donald Trump's campaign", 'organization', ["Donald Trump's campaign", 'The Trump campaign']],
      ["new ad from Donald Trump's presidential campaign", 'document', ["A new ad from Donald Trump's presidential campaign"]]
    ])
  })

  it('keeps a narrator a speaker, and "the ad’s narrator" the narrator named before', () => {
    const text = '“You work hard,” a narrator in the Clinton ad says. “What does he think of you?” the ad’s narrator asks.'
    expect(findSources(text).map((s) => [s.name, s.type, s.attributions.length])).toEqual([['narrator in the Clinton ad', 'anonymous', 2]])
  })

  it('resolves the full name with title, surname, possessive, pronoun and title phrase to one source', () => {
    const text = [
      'US Secretary of State Marco Rubio said the talks would resume.',
      'Rubio’s decision surprised allies.',
      'He said the US would not wait.',
      'The US secretary of state added that time was short.'
    ].join('\n')
    const sources = findSources(text)
    const rubio = sources.filter((s) => s.name === 'Marco Rubio')
    expect(rubio).toHaveLength(1)
    expect(rubio[0]?.title).toBe('US Secretary of State')
    expect(rubio[0]?.mentions.map((m) => m.text)).toEqual(['US Secretary of State Marco Rubio', 'Rubio’s', 'He', 'The US secretary of state'])
    expect(rubio[0]?.attributions).toHaveLength(3)
    expectSpans(text, sources)
  })

  it('takes the envoy named in an appositive, not the owner of the title', () => {
    const sources = findSources('Trump’s Ukraine envoy, Gen Keith Kellogg, said the talks were useful.')
    expect(sources.map((s) => s.name)).toEqual(['Keith Kellogg'])
  })

  it('agrees with extractQuotes: every attributed quote is a direct attribution of its speaker', () => {
    const text = '“We will work for peace,” Andriy Yermak wrote on Telegram.\nThe Kremlin said “a lot of fakes are being published.”'
    const sources = findSources(text)
    for (const quote of extractQuotes(text)) {
      const source = sources.find((s) => s.name === quote.speaker?.name)
      expect(source?.attributions.some((a) => a.direct && a.content.start === quote.parts[0]?.start)).toBe(true)
    }
  })
})

describe('mergeSources', () => {
  it('merges a person across articles by surname and an organisation by name', () => {
    const merged = mergeSources([
      {id: 'a', sources: findSources('“Peace,” Yermak said. The Foreign Office said talks were postponed.')},
      {id: 'b', sources: findSources('“Peace,” Presidential Office head Andriy Yermak said. The UK Foreign Office said talks went on.')},
      {id: 'c', sources: findSources('“Peace,” Andriy Yermak said.')}
    ])
    const yermak = merged.find((m) => m.name === 'Andriy Yermak')
    expect(yermak?.articles.map((a) => a.id)).toEqual(['a', 'b', 'c'])
    expect(yermak?.title).toBe('Presidential Office head')
    expect(merged.find((m) => m.name === 'UK Foreign Office')?.articles.map((a) => a.id)).toEqual(['a', 'b'])
  })

  it('merges a country\'s body named by its possessive and by its adjective', () => {
    const merged = mergeSources([
      {id: 'a', sources: findSources("Israel's military said the strike hit a command post. Ukraine's foreign ministry said the talks were over.")},
      {id: 'b', sources: findSources('The Israeli military said the strike hit a command post. The Ukrainian foreign ministry said the talks were over.')}
    ])
    expect(merged.map((m) => [m.name, m.articles.map((a) => a.id)])).toEqual([
      ["Israel's military", ['a', 'b']],
      ["Ukraine's foreign ministry", ['a', 'b']]
    ])
    // A person's surname that is also an adjective stays a person's.
    const people = mergeSources([
      {id: 'a', sources: findSources('John French said the plan works.')},
      {id: 'b', sources: findSources("France's government said the plan works.")}
    ])
    expect(people).toHaveLength(2)
  })

  it('keeps different first names apart', () => {
    const merged = mergeSources([
      {id: 'a', sources: findSources('Hillary Clinton said the plan works.')},
      {id: 'b', sources: findSources('Bill Clinton said the plan works.')}
    ])
    expect(merged).toHaveLength(2)
  })

  it('merges the spellings of one transliterated surname ("Zelensky", "Zelenskyy", "Zelenskiy")', () => {
    const merged = mergeSources([
      {id: 'a', sources: findSources('President Volodymyr Zelensky said the attack was terror.')},
      {id: 'b', sources: findSources('Ukrainian President Volodymyr Zelenskyy said air defenses were low.')},
      {id: 'c', sources: findSources('Zelenskiy said talks would go on.')}
    ])
    expect(merged.map((m) => [m.name, m.articles.map((a) => a.id)])).toEqual([['Volodymyr Zelensky', ['a', 'b', 'c']]])
  })

  it('throws a TypeError for bad input', () => {
    expect(() => mergeSources('x' as unknown as [])).toThrow(TypeError)
    expect(() => findSources(7 as unknown as string)).toThrow(/`text`/)
  })
})

describe('an epithet names the person just named (issue 3: one entity per real-world source)', () => {
  const read = (text: string) => findSources(text).map((s) => [s.name, s.attributions.map((a) => a.mention.text)])

  it('resolves "the Republican nominee", "the Kremlin leader" to the one person named in the sentence before', () => {
    expect(read('Donald Trump spoke in Ohio. The Republican nominee said taxes were too high.')).toEqual([['Donald Trump', ['The Republican nominee']]])
    expect(read('Russian President Vladimir Putin said the talks were useful. The Kremlin leader added that no deal was near.')).toEqual([
      ['Vladimir Putin', ['Russian President Vladimir Putin', 'The Kremlin leader']]
    ])
  })

  it('leaves a job someone new, two people named an ambiguity, and an owner’s title another person', () => {
    expect(read('Smith was arrested Monday. The sheriff said he would be charged.')).toEqual([['sheriff', ['The sheriff']]])
    expect(read('Trump met Clinton. The Democratic nominee said the meeting was useful.')).toEqual([['Democratic nominee', ['The Democratic nominee']]])
    expect(read("Trump spoke in Ohio. The candidate's campaign manager said the rally was full.").map(([name]) => name)).not.toContain('Trump')
  })
})

describe('"Citing X, the outlet reported" (issue 3: chains keep both ends)', () => {
  it('reads a fronted "Citing two sources," as the sources through the outlet, with no citing content or title for the outlet', () => {
    const sources = findSources('Citing two sources, Reuters reported that the deal was close.')
    expect(sources.map((s) => [s.name, s.title ?? null, s.attributions.map((a) => [a.content.text, a.via ?? null])])).toEqual([
      ['sources', null, [['the deal was close', 'Reuters']]],
      ['Reuters', null, [['the deal was close', null]]]
    ])
    // The subject's own reason stays its own: "Citing an unfounded theory, Trump accused …".
    expect(findSources('Citing an unfounded theory, Trump accused Cruz of lying.').flatMap((s) => s.attributions.map((a) => a.content.text))).toContain('an unfounded theory')
  })
})

describe('"Police said … They added" (issue 3: pronouns resolved)', () => {
  it('resolves "they" to police, a collective English takes as plural', () => {
    const sources = findSources('Police said the man was arrested. They added that he had a gun.')
    expect(sources.map((s) => [s.name, s.attributions.map((a) => a.mention.text)])).toEqual([['Police', ['Police', 'They']]])
  })
})

describe('a lawmaker’s party and state name no one', () => {
  it('leaves "(D-N.Y.)" out of the people named, so "the New York Democrat" is Schumer', () => {
    const sources = findSources('Sen. Chuck Schumer (D-N.Y.) said the bill was dead. The New York Democrat added that talks would go on.')
    expect(sources.map((s) => [s.name, s.attributions.map((a) => a.mention.text)])).toEqual([['Chuck Schumer', ['Sen. Chuck Schumer', 'The New York Democrat']]])
  })
})
