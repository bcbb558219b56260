import {describe, expect, it} from '@jest/globals'
import {findSources} from '../src/index.js'

const typeOf = (text: string, name: string) => findSources(text).find((s) => s.name === name)?.type

describe('source types: organisations named like people', () => {
  it('types a capitalised plural after "the" as a group, not a person', () => {
    const text = 'The Houthis claimed responsibility for the attack in a statement broadcast on their Al-Masirah TV.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type])).toEqual([['Houthis', 'organization']])
    expect(typeOf('The Saudis said the deal was off.', 'Saudis')).toBe('organization')
  })

  it('types a name that is also an outlet a person after an honorific or a person\u2019s title ("Mr. Bloomberg", "Mayor Bloomberg")', () => {
    // A mayor who shares his name with a news agency.
    expect(typeOf('Mayor Reuters told reporters the budget would balance.', 'Reuters')).toBe('person')
    expect(typeOf('Mr. Reuters said the budget would balance.', 'Reuters')).toBe('person')
    expect(typeOf('Reuters said the budget would balance.', 'Reuters')).toBe('outlet')
  })

  it('keeps a family named in the plural a person when its singular is a surname', () => {
    expect(typeOf('The Obamas said they were pleased.', 'Obamas')).toBe('person')
  })

  it('types an acronym as an organisation, but not a person known by initials', () => {
    expect(typeOf('NOAA said the storm would strengthen.', 'NOAA')).toBe('organization')
    expect(typeOf('The NTSB said the pilot had not slept.', 'NTSB')).toBe('organization')
    expect(typeOf('AOC said she would vote no.', 'AOC')).toBe('person')
  })

  it('types a name ending in a company\u2019s legal form as an organisation, not a two-letter surname', () => {
    expect(typeOf('Brembo Lucca SpA denied any wrongdoing on Monday.', 'Brembo Lucca SpA')).toBe('organization')
    expect(typeOf('Nordvik AB said it had moved its servers to Oslo.', 'Nordvik AB')).toBe('organization')
    expect(typeOf('Teresa Sa said the ferry was late.', 'Teresa Sa')).toBe('person')
  })

  it('types a capitalised name ending in an industry word as a firm ("Hynix Semiconductors", "AK Steel"), not a school\u2019s name run into people', () => {
    // A chip maker and a steel maker quoted by name alone in business copy.
    expect(typeOf('Korvel Semiconductors called the tariff an unfair blow.', 'Korvel Semiconductors')).toBe('organization')
    expect(typeOf('In the first quarter, RT Steel reported a loss of $4 million.', 'RT Steel')).toBe('organization')
    expect(typeOf('Network gear maker Halden Systems said it would buy a rival.', 'Halden Systems')).toBe('organization')
    expect(typeOf('Dana Ruiz and Omar Fell of Lindon\u2019s School of Design and Systems say prices rose.', 'Dana Ruiz')).toBe('person')
  })

  it('types a capitalised name ending in a medium word as an outlet ("Army Radio", "Phoenix TV", "BusinessWeek Online")', () => {
    // A military radio station and a business site breaking news under their own names.
    expect(typeOf('Navy Radio reported early today that the convoy had turned back.', 'Navy Radio')).toBe('outlet')
    expect(typeOf('TradeWeek Online has learned that the merger is off.', 'TradeWeek Online')).toBe('outlet')
    expect(typeOf('Mayor Dana Radio said the budget would balance.', 'Dana Radio')).toBe('person')
  })

  it('leaves a seat modifier out of a name and types the name a body ("Emeryville-based Ask Jeeves")', () => {
    // A search firm and a chip maker introduced by the town they are based in.
    const named = (text: string) => findSources(text).map((s) => [s.name, s.type])
    expect(named('Oakdale-based Find Fido agreed to sell its software unit to a rival.')).toEqual([['Find Fido', 'organization']])
    expect(named('Santa Rosa-based Kelvar had sought the injunction.')).toEqual([['Kelvar', 'organization']])
  })

  it('takes no capitalised hyphenated modifier for a name ("Bluetooth-equipped phones", "Emmy-winning Jane Doe")', () => {
    // A gadget clause before a pronoun speaker, and an award modifier before a name.
    const named = (text: string) => findSources(text).map((s) => [s.name, s.type])
    expect(named('With more Wi-Fi-enabled and Bluetooth-equipped tablets on sale, "buyers will want one," he said.')).toEqual([['he', 'anonymous']])
    expect(named('Emmy-winning Jane Doe said the show would end.')).toEqual([['Jane Doe', 'person']])
  })

  it('types printed matter and court papers as documents ("a campaign flier", "the motion")', () => {
    expect(typeOf('A campaign flier claimed the levy had doubled.', 'campaign flier')).toBe('document')
    expect(typeOf('The motion argued that the search had been illegal.', 'motion')).toBe('document')
  })

  it('types known agencies and pollsters as organisations', () => {
    expect(typeOf('Cal Fire said the blaze was 40 percent contained.', 'Cal Fire')).toBe('organization')
    expect(typeOf('The race is tight, according to a survey conducted by Gallup.', 'Gallup')).toBe('organization')
  })

  it('keeps surnames alone persons', () => {
    for (const name of ['Trump', 'Zelensky', 'Biden', 'DeSantis']) expect(typeOf(`${name} said the talks had failed.`, name)).toBe('person')
  })
})

describe('source types: the title before a name', () => {
  it('types a name after an outlet description as an outlet, after an organisation noun as an organisation', () => {
    expect(typeOf('The Iranian state news agency IRNA said the drills ended.', 'IRNA')).toBe('outlet')
    expect(typeOf('The intelligence agency Mossad said the plot was foiled.', 'Mossad')).toBe('organization')
    expect(typeOf('Trump campaign chairman Paul Manafort said it was fine.', 'Paul Manafort')).toBe('person')
  })
})

describe('state and agency outlets of conflict copy (issue 3)', () => {
  const typed = (text: string) => findSources(text).map((s) => [s.name, s.type])

  it('knows KCNA, IRNA, Fars, Tasnim, SANA, WAFA, Global Times, NHK, PTI, Semafor by name', () => {
    expect(typed('Talks had stalled, KCNA reported.')).toEqual([['KCNA', 'outlet']])
    expect(typed('Talks had stalled, the Press Trust of India reported.')).toEqual([['Press Trust of India', 'outlet']])
    expect(typed('Talks had stalled, Tasnim reported.')).toEqual([['Tasnim', 'outlet']])
  })

  it('reads "State-run RIA Novosti", "Kremlin-backed RT" as the outlet, the marker no part of its name', () => {
    expect(typed('State-run RIA Novosti reported that talks had stalled.')).toEqual([['RIA Novosti', 'outlet']])
    expect(typed('Talks had stalled, Kremlin-backed RT reported.')).toEqual([['RT', 'outlet']])
  })
})

describe('source types: a name after "the" (issue 3)', () => {
  it('types "The AFL-CIO" and "The Harbor Stock Exchange" as organisations, not people', () => {
    const types = (text: string) => findSources(text).map((s) => [s.name, s.type])
    expect(types('The AFL-CIO announced on Monday that it would back the bill.')).toEqual([['AFL-CIO', 'organization']])
    expect(types('The Harbor Stock Exchange said it would halt trading in the shares.')).toEqual([['Harbor Stock Exchange', 'organization']])
  })

  it('keeps a person named with a first name after "the" and an unknown title ("the Harbourmaster William Thompson")', () => {
    expect(findSources('“We must act,” the Harbourmaster William Thompson told the council.').map((s) => [s.name, s.type])).toEqual([['Harbourmaster William Thompson', 'person']])
  })

  it('reads "and" inside a body’s name for the subject of a participle cue ("The Food and Drug Administration …, saying")', () => {
    const sources = findSources('The Food and Drug Administration denied the application, saying that the trial was flawed.')
    expect(sources.map((s) => s.name)).toEqual(['Food and Drug Administration'])
    expect(sources[0]?.attributions.map((a) => a.cue?.text)).toEqual(['denied', 'saying'])
  })
})

describe('source types: firms named like people (issue 3)', () => {
  it('types "Wells Fargo", "Merrill Lynch" and "Marks and Spencer" as organisations', () => {
    const types = (text: string) => findSources(text).map((s) => [s.name, s.type])
    expect(types('Wells Fargo said it would cut its fees.')).toEqual([['Wells Fargo', 'organization']])
    expect(types('Merrill Lynch confirmed that it had received bids.')).toEqual([['Merrill Lynch', 'organization']])
    expect(types('Marks and Spencer said profits fell.')).toEqual([['Marks and Spencer', 'organization']])
  })
})

describe('source types: members of the public in the plural (issue 3)', () => {
  it('reads "Passengers", "Eyewitnesses", "Meteorologists" opening a sentence as unnamed people, not a person so named', () => {
    const types = (text: string) => findSources(text).map((s) => [s.name, s.type])
    expect(types('Passengers said the flight was four hours late.')).toEqual([['Passengers', 'anonymous']])
    expect(types('Eyewitnesses said the car was red.')).toEqual([['Eyewitnesses', 'anonymous']])
    expect(types('Meteorologists predicted the storm would weaken before landfall.')).toEqual([['Meteorologists', 'anonymous']])
  })

  it('gives a closing "she said" the sentence that opens with such a plural', () => {
    expect(findSources('Passengers would be given a refund, she said.').map((s) => s.name)).toEqual(['she'])
  })
})

describe('source types: a capital inside one word (issue 3)', () => {
  it('types "PeopleSoft" and "WorldCom" as firms, but not "McCain", "DeSantis" or "LeBron"', () => {
    const types = (text: string) => findSources(text).map((s) => [s.name, s.type])
    expect(types('PeopleSoft said it would reject the bid.')).toEqual([['PeopleSoft', 'organization']])
    expect(types('WorldCom said its books were restated.')).toEqual([['WorldCom', 'organization']])
    expect(types('McCain said the bill would pass.')).toEqual([['McCain', 'person']])
    expect(types('DeSantis said the bill would pass.')).toEqual([['DeSantis', 'person']])
    expect(types('LeBron said the team would win.')).toEqual([['LeBron', 'person']])
  })
})

describe('source types: bodies named for an authority, an exchange, an airline or a system (issue 3)', () => {
  it('keeps the whole name when a portfolio or place word stands inside it', () => {
    const types = (text: string) => findSources(text).map((s) => [s.name, s.type])
    expect(types('The Metropolitan Transportation Authority said fares would rise.')).toEqual([['Metropolitan Transportation Authority', 'organization']])
    expect(types('Harbor Health System announced plans for a new clinic.')).toEqual([['Harbor Health System', 'organization']])
    expect(types('The exchange said its board would meet.')).toEqual([['exchange', 'organization']])
  })
})

describe('a stock ticker after a company name', () => {
  it('is no part of the name and marks a listed company ("Acme Systems Inc. ACME.O said …")', () => {
    expect(findSources('Acme Systems Inc. ACME.O said on Thursday that profits rose.').map((s) => [s.name, s.type])).toEqual([['Acme Systems Inc.', 'organization']])
    expect(findSources('Harlow Foods HLF.N said sales fell.').map((s) => [s.name, s.type])).toEqual([['Harlow Foods', 'organization']])
  })
})

describe('source types: a kind noun right before a name', () => {
  it('a newspaper named after "the newspaper" is an outlet, not a person', () => {
    const sources = findSources('The Jordanian newspaper Rawabi reported on Monday that the border had reopened.')
    expect(sources.map((s) => [s.name, s.type])).toEqual([['Rawabi', 'outlet']])
  })

  it('a person\'s title before the name still makes a person', () => {
    const sources = findSources('Party leader Tom Pike said the vote was delayed.')
    expect(sources.map((s) => [s.name, s.type])).toEqual([['Tom Pike', 'person']])
  })
})

describe('source types: the writer of a document', () => {
  it('"the writer of the letter" is a person, not the letter', () => {
    const sources = findSources('According to the writer of the letter, the nurses were told to stay silent.')
    expect(sources.map((s) => [s.name, s.type])).toEqual([['writer of the letter', 'anonymous']])
  })
})

describe('source types: leagues and republics are bodies', () => {
  it.each([
    ['The League of Rural Voters said the new map was unfair.', 'League of Rural Voters'],
    ['The Republic of Freedonia refused to say how many had died.', 'Republic of Freedonia'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('organization')
  })
})

describe('source types: a rank before a surname that is also an organisation noun', () => {
  it.each([
    ['Sgt. Nils Force, a police spokesman, said the driver had been sober.', 'Nils Force'],
    ['Sergeant Nils Force said the driver had been sober.', 'Nils Force'],
    ['Lt. Amy Guard said the driver had been sober.', 'Amy Guard'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('person')
  })

  it('a body named with a capitalised title before it stays a body', () => {
    expect(typeOf('The U.S. Air Force said the jet had landed.', 'U.S. Air Force')).toBe('organization')
  })
})

describe('source types: a market by its street', () => {
  it('types "Wall Street" as a body, not a person named Street', () => {
    expect(typeOf('Wall Street expects that the central bank will hold rates.', 'Wall Street')).toBe('organization')
    // The outlet keeps its longer name.
    expect(typeOf('The merger was first reported by The Wall Street Journal.', 'Wall Street Journal')).toBe('outlet')
  })
})

describe('source types: court papers', () => {
  it('types a civil suit and the charges against someone as documents ("the suit says", "the charges allege")', () => {
    expect(typeOf('The suit says the landlord kept the deposits of forty tenants.', 'suit')).toBe('document')
    expect(typeOf('The charges allege that the treasurer moved the funds abroad.', 'charges')).toBe('document')
    // "follow suit" stays no source.
    expect(findSources('Rival chains are expected to follow suit, analysts said.').map((s) => s.name)).toEqual(['analysts'])
  })

  it('reads an outlet near a court paper as a party to the case, no report of its own ("the Gazette filed its lawsuit after …")', () => {
    expect(findSources('The Daily Mail filed its lawsuit after the ruling was upheld on appeal.')).toEqual([])
  })
})
