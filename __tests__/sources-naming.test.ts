import {describe, expect, it} from '@jest/globals'
import {findSources} from '../src/index.js'
import type {Source} from '../src/index.js'

const names = (sources: Source[]) => sources.map((s) => s.name)

function expectSpans(text: string, sources: Source[]): void {
  for (const source of sources) {
    for (const mention of source.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text)
    for (const a of source.attributions) expect(text.slice(a.mention.start, a.mention.end)).toBe(a.mention.text)
  }
}

describe('source names: the part of the subject that names someone', () => {
  it('drops a party tag in parentheses, so the senator is one source', () => {
    const text = 'Sen. Maria Lopez (D-Ore.) said the bill would pass. Later, Lopez said she would vote for it.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Maria Lopez'])
    expect(sources[0]?.attributions).toHaveLength(2)
    expectSpans(text, sources)
  })

  it('drops a time adjunct after the name ("on Tuesday", "just this month")', () => {
    const text = 'Governor Alan Pike on Tuesday said the budget was balanced. The Harbor Gazette just this month reported that the port would close.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Alan Pike', 'Harbor Gazette'])
    expect(sources[0]?.attributions[0]?.mention.text).toBe('Governor Alan Pike')
    expectSpans(text, sources)
  })

  it('stops at a verb the subject ran into ("isn’t", "weigh")', () => {
    const text = 'Mayor Dana Reyes isn’t saying whether the plan will pass. Reyes said the council would decide.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Dana Reyes'])
    expectSpans(text, sources)
  })

  it('keeps a head noun that looks like a verb ("a federal judge")', () => {
    const sources = findSources('A federal judge said that the map was unlawful.')
    expect(names(sources)).toEqual(['federal judge'])
  })
})

describe('source names: words that only look like names', () => {
  it('a common word that opens a sentence is no one a pronoun can stand for', () => {
    const text = 'Senator Ruth Okafor toured the farms. Crops are failing across the valley, she said.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Ruth Okafor'])
    expect(sources[0]?.attributions[0]?.mention.text).toBe('she')
  })

  it('an adjective that opens a sentence is not part of the name', () => {
    const text = 'Rival Hillary Clinton said the plan would fail. Clinton added that voters agreed.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Hillary Clinton'])
    expect(sources[0]?.attributions).toHaveLength(2)
  })

  it('the capitalised runs of a title-case headline are not names', () => {
    const text = 'Voters Cheer As Council Backs Ellen Pike\n\nEllen Pike said the city would appeal. Pike said the deal was unfair.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Ellen Pike'])
    expect(sources[0]?.attributions).toHaveLength(2)
  })

  it('a pronoun with a contracted verb ("he’s") stands for the person', () => {
    const text = 'Senator Omar Vance spoke in Dayton. He’s promising that the plant will reopen.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Omar Vance'])
  })

  it('a word that could be a verb stays in the name when it modifies a role noun', () => {
    expect(names(findSources('Some state officials said the machines were secure.'))).toEqual(['Some state officials'])
  })

  it('a transcript turn in quotation marks is one direct attribution, not also reported speech', () => {
    const text = 'Host Dana Reyes spoke with Senator Tom Hale.\n\n"REYES: Will you vote for it?\n\n"HALE: Not as written."'
    const hale = findSources(text).find((s) => s.name === 'Tom Hale')
    expect(hale?.attributions.map((a) => [a.direct, a.content.text])).toEqual([[true, 'Not as written.']])
  })
})

describe('source names: transcript labels with full names (issue 3)', () => {
  it('reads a full name in capitals, with a title, as the speaker of its turn ("SEN. AMY KLOBUCHAR:")', () => {
    const text = 'Sen. Amy Klobuchar spoke to CBS.\nSEN. AMY KLOBUCHAR: We have to pass this bill now.\nMARGARET BRENNAN: Will it pass?'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions.map((a) => a.content.text)])).toEqual([
      ['Amy Klobuchar', ['We have to pass this bill now']],
      ['MARGARET BRENNAN', ['Will it pass']]
    ])
  })

  it('leaves a subhead in capitals before a colon alone ("QUESTIONABLE MEDICAL CLAIMS:")', () => {
    const text = 'Trump spoke on Monday.\nQUESTIONABLE MEDICAL CLAIMS: The test was fine.'
    expect(findSources(text)).toEqual([])
  })
})

describe('source names: subjects that name no one', () => {
  it('a sentence adverb that opens the sentence is no part of the subject', () => {
    const sources = findSources('Perhaps the city auditors will find that the money is gone.')
    expect(names(sources)).toEqual(['city auditors'])
    expect(sources[0]?.attributions[0]?.mention.text).toBe('the city auditors')
  })

  it('past an opening adverb and its comma, the subject of a participle is found', () => {
    const sources = findSources('Recently, however, the Harbor Coalition wrote to the council, saying the ferries were late.')
    expect(names(sources)).toEqual(['Harbor Coalition'])
  })

  it('a number is no source ("18", "1995", "Twenty-seven")', () => {
    for (const text of ['Of the members, 18 voted against it, saying the rule was unlawful.', 'Twenty-seven appealed, saying the rule was unlawful.']) {
      expect(names(findSources(text)).filter((n) => /\d|Twenty/.test(n))).toEqual([])
    }
  })

  it('a word after a determiner is a noun even when it could be a verb ("Another slide shows")', () => {
    const sources = findSources('Another slide shows that most limes come from the valley.')
    expect(names(sources)).toEqual(['Another slide'])
  })

  it('a pronoun that opens a clause is the subject alone, not the words after it', () => {
    const text = 'Senator Ruth Okafor toured the farms. She then peppered him with questions, saying the drought was worse.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Ruth Okafor'])
  })
})

describe('source names: appositives', () => {
  it('an age set off by commas is not the speaker; the name before it is', () => {
    const sources = findSources('Rep. Adam Hale, 56, who has served on the committee for a decade, told reporters that the vote was close.')
    expect(names(sources)).toEqual(['Adam Hale'])
    expect(sources[0]?.attributions[0]?.mention.text).toBe('Rep. Adam Hale')
  })

  it('a name set off after a capitalised title that "the" or a possessive opens is the speaker', () => {
    const text = 'The Interior Minister, Hassan Nour, said the raid had been planned abroad.'
    const sources = findSources(text)
    expectSpans(text, sources)
    expect(sources.map((s) => [s.name, s.type])).toEqual([['Hassan Nour', 'person']])
    expect(names(findSources("Kenya's Health Minister, Rosa Wanjiru, said the clinics would reopen."))).toEqual(['Rosa Wanjiru'])
  })

  it('a full name set off after a description that "the" or a possessive opens is the speaker', () => {
    const text = 'The head of the regional flood unit, Anna Kovacs, said the river had peaked.'
    const sources = findSources(text)
    expectSpans(text, sources)
    expect(sources.map((s) => [s.name, s.type])).toEqual([['Anna Kovacs', 'person']])
    expect(names(findSources('Meanwhile, Big Red\'s trainer, Bill Ames, called the claims "absurd."'))).toEqual(['Bill Ames'])
    expect(names(findSources('The Opposition Leader, Tom Reddy, said the budget had failed.'))).toEqual(['Tom Reddy'])
  })

  it.each([
    // A role of a named body or place ends the description in a capital.
    ['The Chair of the Harbour Board, Nora Quill, said the pier would reopen.', 'Nora Quill'],
    // No determiner: a bare lower-case role.
    ['Pressed on the delay, port security chief in Vardo, Ivo Lind, told reporters the ships could not dock.', 'Ivo Lind'],
    // A title and a full name after a long description set off by commas of its own.
    ['Fares will rise next year, the Minister for Roads, Ports and the Coast, Senator Eli Mott, said on Monday.', 'Eli Mott'],
  ])('a name set off after a description ending in a capital is the speaker: %s', (text, name) => {
    const sources = findSources(text)
    expect(names(sources)).toEqual([name])
    expect(sources[0]?.type).toBe('person')
    expectSpans(text, sources)
  })

  it.each([
    ['Lila Stone, a spokeswoman for Arbor, the regional hiking club, said the trail would stay shut.', 'Lila Stone'],
    ["Piet Varga, deputy head of the ferry's operator, Baltic Lines, said the engine had failed.", 'Piet Varga'],
  ])('a second appositive, on the body a role serves, leaves the name the speaker: %s', (text, name) => {
    const sources = findSources(text)
    expect(names(sources)).toEqual([name])
    expect(sources[0]?.type).toBe('person')
    expectSpans(text, sources)
  })

  it.each([
    ['Omar Lyle, a welder who lives in Fairburn, Ga., said he heard two shots.', 'Omar Lyle'],
    ['Omar Lyle, who has farmed there for years and lives in Fairburn, Ga., said he heard two shots.', 'Omar Lyle'],
    ['Zentrix, of Fairburn, Georgia, said its profit had doubled.', 'Zentrix'],
    ['Quorra Labs, based in Fairburn, Georgia, said its profit had doubled.', 'Quorra Labs'],
  ])('a town and its state set off by commas are no speaker: %s', (text, name) => {
    const sources = findSources(text)
    expect(names(sources)).toEqual([name])
    expectSpans(text, sources)
  })
})

describe('source names: descriptions resolve only to what they describe', () => {
  it('"the Trump campaign" is not the Clinton campaign named before', () => {
    const sources = findSources('The Clinton campaign said the ad would run. The Trump campaign said it was false.')
    expect(names(sources)).toEqual(['Clinton campaign', 'Trump campaign'])
  })

  it('"the state" is not the secretary of state', () => {
    const sources = findSources('Ohio Secretary of State Jon Hale said the rolls were clean. The state argued that the law was fair.')
    expect(names(sources)).toEqual(['Jon Hale', 'state'])
  })

  it('"the presidential nominee" is not the vice presidential nominee', () => {
    const sources = findSources('Democratic vice presidential nominee Tom Reed spoke first. The Democratic presidential nominee said she would win.')
    expect(sources.find((s) => s.name === 'Tom Reed')).toBeUndefined()
    expect(names(sources)).toEqual(['Democratic presidential nominee'])
  })

  it('"the spokesperson" and "the official" still resolve to who was named', () => {
    const a = findSources('Foreign Ministry spokesperson Maria Ivanova said talks would go on. The spokesperson added that nothing was agreed.')
    expect(a.map((s) => [s.name, s.attributions.length])).toEqual([['Maria Ivanova', 2]])
    const b = findSources('A senior U.S. official said the deal was close. The official added that nothing was signed.')
    expect(b.map((s) => [s.name, s.attributions.length])).toEqual([['senior U.S. official', 2]])
  })
})

describe('source names: particles inside a name', () => {
  it('"Mayor Bill de Blasio" is one name, and "the mayor" and "De Blasio" resolve to it', () => {
    const text = 'The blast was an intentional act, Mayor Bill de Blasio said. At a press conference, the mayor also said that it was too early to tell. De Blasio added that the city was safe.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions.length])).toEqual([['Bill de Blasio', 3]])
    expectSpans(text, sources)
  })
})

describe('source names: subheads, possessors and modifiers', () => {
  it('a subhead in capitals is no name a pronoun can stand for', () => {
    const text = 'Dr. Mehmet Ozan hosts a show. QUESTIONABLE MEDICAL CLAIMS — For years, critics have hounded him. He has said that the pills work.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Mehmet Ozan'])
  })

  it('a word after a subhead run into the paragraph opens the sentence ("THE BORROWING Back when")', () => {
    const text = 'Kevin Marsh wrote a book on saving. THE BORROWING Back when he wrote his book, Mr. Marsh said that debt was a last resort.'
    expect(names(findSources(text))).toEqual(['Kevin Marsh'])
  })

  it('a possessor inside a name run is not part of the name ("NBC’s Lester Holt")', () => {
    const sources = findSources('NBC’s Lester Holt said the debate would start on time.')
    expect(names(sources)).toEqual(['Lester Holt'])
    expect(sources[0]?.title).toBe('NBC’s')
  })

  it('a capitalised word between an article and a noun is a modifier, not a person ("the Federal mine")', () => {
    const text = 'Tom Clarke runs a coal firm. The Federal mine lost money, and he said the price was too low.'
    expect(names(findSources(text))).toEqual(['Tom Clarke'])
  })
})

describe('source names: where a subject ends', () => {
  it('a preposition that opens the sentence is no part of the name or the title ("Unlike Patriot")', () => {
    const sources = findSources('Unlike Patriot, the firm kept its mines open. Patriot said the deal was fair.')
    expect(names(sources)).toEqual(['Patriot'])
    expect(sources[0]?.title).toBeUndefined()
  })

  it('a contracted "That’s" ends a subject ("That’s a small fraction of what experts say")', () => {
    const sources = findSources('He raised $525,000. That’s a small fraction of the $20 million experts say it costs to run.')
    expect(names(sources).some((n) => n.includes('That'))).toBe(false)
    expect(names(sources).some((n) => n.endsWith('experts'))).toBe(true)
  })

  it('a past-tense verb right after a name ends it ("Mr. Obama scrutinized reports")', () => {
    const sources = findSources('Mr. Obama scrutinized reports like the assessment, which tied storms to warming.')
    expect(names(sources)).toEqual(['Obama'])
  })

  it('the possessor after a verb is still read ("Politifact seized on Trump’s claim")', () => {
    const text = 'Donald Trump spoke in Ohio. Politifact seized on Trump’s claim that “there were thousands of shootings.”'
    const speaker = findSources(text).find((s) => s.attributions.some((a) => a.direct))
    expect(speaker?.name).toBe('Donald Trump')
  })
})

describe('source names: documents named by their owner', () => {
  it('"according to a Washington Post database" names the database, a document', () => {
    const sources = findSources('According to a Washington Post database, 700 people were killed.')
    const database = sources.find((s) => s.attributions.some((a) => a.cue?.text === 'According to'))
    expect([database?.name, database?.type]).toEqual(['Washington Post database', 'document'])
  })

  it('a document noun that ends a subject is its head ("an internal review shows")', () => {
    // Not inside another speaker's clause ("The commissioner says an internal review shows …"): that nests (see followup-attribution).
    const sources = findSources('The commissioner spoke on Monday. An internal review shows no one released the returns.')
    expect(sources.find((s) => s.name === 'internal review')?.type).toBe('document')
  })

  it('an outlet\'s poll in a sentence on how the poll was made ("the Globe/CNN poll was conducted …") reports nothing of the outlet\'s', () => {
    const made = 'Recent polls in Ohio show a close race. The Boston Globe/CNN poll was conducted from May 3 to 6, surveying 900 adults by phone.'
    expect(names(findSources(made))).toEqual([])
    expect(names(findSources('The Boston Globe poll was also released on Monday, a day before the vote.'))).toEqual([])
    // What the poll found is still the outlet's.
    expect(names(findSources('A Boston Globe poll shows that renters back the levy.'))).toContain('Boston Globe')
  })
})

describe('source names: runs that hold more than one name', () => {
  it('an outlet run into the name after it ("the Washington Post Trump said") is the person', () => {
    const sources = findSources('In a March meeting with the editorial board of the Washington Post Trump said that NATO may need to shrink.')
    expect(names(sources)).toEqual(['Trump'])
  })

  it('an outlet whose name goes on ("CBS News") stays whole', () => {
    expect(names(findSources('CBS News said the poll was close.'))).toEqual(['CBS News'])
  })

  it('the name before "at" is the speaker ("The Tax Policy Center at the Brookings Institution")', () => {
    const sources = findSources('The Tax Policy Center at the Brookings Institution estimates that the plan would raise money.')
    expect(sources.map((s) => [s.name, s.type])).toEqual([['Tax Policy Center', 'organization']])
  })

  it('a capitalised day word inside a name is part of it ("Trending Today USA")', () => {
    const sources = findSources('In an interview with Trending Today USA, the general said the troops were tired.')
    expect(names(sources)).not.toContain('Trending')
  })

  it('a lone organisation noun at the end types the name ("Brookings Institution")', () => {
    expect(findSources('The Brookings Institution said the plan would raise money.')[0]?.type).toBe('organization')
  })

  it('a first name the lexicon reads as a word still has a gender ("Bill Clinton" is not "she")', () => {
    const text = 'Bill Clinton met the attorney general while the department was investigating his wife, Hillary Clinton. She has called the shootings a crisis, saying the nation must heal.'
    expect(names(findSources(text))).toEqual(['Hillary Clinton'])
  })

  it('a description keeps no possessive ending in its name', () => {
    const text = 'The campaign says the Democratic presidential candidate’s plan will be announced Friday. The Democratic presidential candidate’s aides said it was ready.'
    expect(names(findSources(text)).some((n) => /’s$|'s$/.test(n))).toBe(false)
  })
})

describe('source names: an outlet named short after in full', () => {
  it('"The Times" after "The New York Times" is the same outlet', () => {
    const text = 'The New York Times reported that the senator paid no tax. The Times on Saturday wrote that the loss was large.'
    expect(findSources(text).map((s) => [s.name, s.attributions.length])).toEqual([['New York Times', 2]])
  })

  it('"The Times" alone stays The Times', () => {
    expect(names(findSources('The Times reported that the senator paid no tax.'))).toEqual(['The Times'])
  })
})

describe('source names: heads after a capitalised adjective, partitives', () => {
  it('"according to the top British medical journal" names the journal, not "top British"', () => {
    const sources = findSources('More than half of his advice is wrong, according to the top British medical journal.')
    expect(names(sources)).toEqual(['top British medical journal'])
  })

  it('"two Democratic speechwriters" keeps its head noun', () => {
    const sources = findSources('In a column, two Democratic speechwriters implored her to bring it back, arguing that it agitated the rival.')
    expect(names(sources)).toEqual(['Democratic speechwriters'])
  })

  it('a partitive keeps its quantifier ("some of its weakest countries")', () => {
    const sources = findSources('Some of its weakest countries said the borders were safe.')
    expect(names(sources)).toEqual(['Some of its weakest countries'])
  })

  it('a nationality before a name ending in "Journal" is part of the name', () => {
    // (The subject of "found" after "A study that appeared in …" is the study: see the relative-clause tests below.)
    const sources = findSources('Last year the British Medical Journal found that half of the advice was wrong.')
    expect(sources.map((s) => [s.name, s.type])).toEqual([['British Medical Journal', 'organization']])
  })
})

describe('source names: the government of a place', () => {
  it('"The city of Phoenix" is an organisation named with its noun, not the place alone', () => {
    const sources = findSources('The city of Phoenix is demanding that the campaign stop using the image.')
    expect(sources.map((s) => [s.name, s.type])).toEqual([['city of Phoenix', 'organization']])
  })

  it('a place after "city of" that is no subject is left alone', () => {
    const sources = findSources('A drone strike in the eastern city of Marhanets killed nine, officials said.')
    expect(names(sources)).toEqual(['officials'])
  })
})

describe('source names: openers that name no one', () => {
  it('a participle that opens the sentence is no source ("Having said that, …")', () => {
    const text = 'Companies should pay some tax. (Having said that, there are some economists who argue that taxes should be low.)'
    expect(names(findSources(text))).toEqual(['economists'])
  })

  it('a name ending like a participle is still a name ("Sterling", "Mohammed")', () => {
    expect(names(findSources('Sterling said the vote was close.'))).toEqual(['Sterling'])
    expect(names(findSources('Mohammed said the vote was close.'))).toEqual(['Mohammed'])
  })

  it('a preposition with no name after it is no source ("After saying …")', () => {
    const text = 'The senator described the injury in her book. After saying her foot was “so swollen I could barely walk,” she saw a doctor.'
    expect(names(findSources(text))).toEqual(['senator'])
  })
})

describe('source names: a speaker phrase is a noun phrase that can name someone (issue 3)', () => {
  it('a phrase opened by a finite verb is a predicate with its subject left out, no source ("Lacks …", "Keeps saying …")', () => {
    const text =
      'Imagine a candidate who did these things. Lacks even the basic understanding of foreign policy, and extols the virtues of dictators. Keeps saying the war was a mistake, when the record shows otherwise.'
    expect(names(findSources(text))).toEqual([])
  })

  it('a plural noun that reads as a verb is still a subject when a verb follows it ("Delegates questioned", "Reports suggest")', () => {
    const text = 'Delegates questioned whether the vote was fair. Reports suggest the count was wrong.'
    expect(names(findSources(text))).toEqual(['Delegates', 'Reports'])
  })

  it('a lone common singular noun opening the sentence names no one ("Health worries have dogged …")', () => {
    const text = 'Doctors wrote that the senator is in good health. Health worries have dogged the senator after she collapsed during a speech.'
    expect(names(findSources(text))).toEqual(['Doctors'])
  })

  it('a phrase cut before its noun, ending on a preposition or a superlative, names no one ("the range of", "our worst")', () => {
    expect(names(findSources("Despite the range of views, defense cooperation may be among the least divisive projects for Europe's future."))).toEqual([])
    const sources = findSources('Nobody expected it. Preys on our worst fears and instincts, regarding immigrants, and calls people losers.')
    expect(names(sources).some((n) => /worst/.test(n))).toBe(false)
  })
})

describe('source names: the head of a subject relative clause is the subject (issue 3)', () => {
  it('"A 2014 study that appeared in the journal found" is the study, not the journal', () => {
    const text = 'A 2014 study that appeared in the British Medical Journal found that half of the advice was wrong.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type])).toEqual([['2014 study', 'document']])
    expect(sources[0]?.attributions[0]?.mention.text).toBe('A 2014 study')
    expectSpans(text, sources)
  })

  it('past an auxiliary in the relative clause ("Surety companies that had insured … argued")', () => {
    const text = 'Surety companies that had insured the reclamation obligations argued that they should not have to pay.'
    expect(names(findSources(text))).toEqual(['Surety companies'])
  })

  it('a complementizer "that" after a verb is no relative ("He said that appeared …")', () => {
    const text = 'He said that appeared to be the plan. The officials who spoke to reporters said the talks had stalled.'
    const sources = findSources(text)
    expect(sources.flatMap((s) => s.attributions.map((a) => a.mention.text))).toEqual(['He', 'The officials'])
  })

  it('an appositive to a name keeps its relative clause to itself ("said Ronald Fieldstone, a Miami lawyer who …")', () => {
    const text = '"There is a need for oversight," said Ronald Fieldstone, a Miami lawyer who has been involved in using the funding for projects.'
    expect(names(findSources(text))).toEqual(['Ronald Fieldstone'])
  })
})

describe('source names: a participle and its agent after a common noun modify the noun (issue 3)', () => {
  it('"emails combed through by Vox suggest" are the emails, not Vox', () => {
    const text = 'Not that anyone is arguing, since other WikiLeaks emails combed through by Vox suggest that Oz places business above science.'
    const sources = findSources(text)
    expect(names(sources)).not.toContain('Vox')
    expect(sources.flatMap((s) => s.attributions.map((a) => a.mention.text))).toContain('other WikiLeaks emails')
    expectSpans(text, sources)
  })

  it('"A poll released by Quinnipiac University found" is the poll', () => {
    const sources = findSources('A poll released by Quinnipiac University found that the race was tied.')
    expect(sources.map((s) => [s.name, s.type])).toEqual([['poll', 'document']])
  })
})

describe('source titles hold a title word or a role, never a bare function word (issue 3)', () => {
  const titleOf = (sources: Source[], name: string) => sources.find((s) => s.name === name)?.title

  it('a particle of the name is no title, so "the mayor" resolves to the mayor named', () => {
    const text = 'De Blasio said the blast was intentional. Mayor Bill de Blasio spoke at the scene. The mayor said there was no link to terrorism.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.title])).toEqual([['Bill de Blasio', 'Mayor']])
    expect(sources[0]?.attributions.map((a) => a.mention.text)).toEqual(['De Blasio', 'The mayor'])
  })

  it('no conjunction, preposition or other name at the ends of a title ("Donald Trump and", "and activist")', () => {
    const text = 'Donald Trump and Hillary Clinton said the debate would go ahead. Later, the actress and activist Kamala Lopez said the amendment must pass.'
    const sources = findSources(text)
    expect(titleOf(sources, 'Hillary Clinton')).toBeUndefined()
    expect(titleOf(sources, 'Kamala Lopez')).toBe('activist')
  })
})

describe('source names: "who" hangs on someone who can speak (issue 3)', () => {
  it('"One of the docs who sent the letter called Oz a quack" is one of the docs, not the letter', () => {
    const text = 'A group of doctors sent a letter to the dean. One of the docs who sent the letter called Oz a quack.'
    const sources = findSources(text)
    expect(names(sources)).not.toContain('letter')
    expect(sources.flatMap((s) => s.attributions.map((a) => a.mention.text))).toContain('One of the docs')
    expectSpans(text, sources)
  })

  it('a thing before "who" is no speaker ("their support -- who cited")', () => {
    const text = 'Clinton unveiled a list of endorsements from 95 retired generals -- most of whom had announced their support -- who cited her years as secretary of State.'
    expect(names(findSources(text)).some((n) => n.includes('support'))).toBe(false)
  })
})

describe('source names: a subject pronoun right before the cue is its subject alone (issue 3)', () => {
  it('"The best one I know of" names no source; "Keeps saying she opposed" is she', () => {
    expect(names(findSources('So what we need is one plan to rule them all. The best one I know of comes from Kevin McKinley, a financial adviser.'))).not.toContain('best one I')
    const text = 'Maria Lopez spoke at the rally. Keeps saying she opposed the war, when the record shows otherwise.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Maria Lopez'])
    expect(sources[0]?.attributions.map((a) => a.mention.text)).toEqual(['she'])
  })

  it('a pronoun coordinated with a noun stays in the phrase ("My siblings and I said")', () => {
    expect(names(findSources('My siblings and I said the house should be sold.'))).toEqual(['My siblings and I'])
  })

  it('past a leading prepositional phrase with no comma ("In an interview with CNN he blasted …")', () => {
    const sources = findSources('Maria Lopez spoke at the rally. In an interview with CNN she blasted the plan as reckless.')
    const lopez = sources.find((s) => s.name === 'Maria Lopez')
    expect(lopez?.attributions.map((a) => [a.mention.text, a.cue?.text, a.content.text])).toEqual([['she', 'blasted', 'the plan as reckless']])
  })
})

describe('source names: a partitive relative ("many of whom say") speaks for its group (issue 3)', () => {
  it('gives the group before the comma as the source', () => {
    const sources = findSources('The veto angered family members of the victims, many of whom say the claims are unfounded.')
    const group = sources.find((s) => s.attributions.some((a) => a.cue?.text === 'say'))
    expect(group?.name).toBe('family members of the victims')
    expect(group?.attributions[0]?.content.text).toBe('the claims are unfounded')
    expect(names(findSources('The survey polled 500 economists, most of whom said growth would slow.'))).toEqual(['500 economists'])
  })
})

describe('source names: numbers with thousands separators (issue 3)', () => {
  it('reads "30,000" as one number, not a clause boundary', () => {
    const sources = findSources('The union, which represents about 30,000 workers, said its members should not pay.')
    expect(sources.map((s) => [s.name, s.attributions[0]?.content.text])).toEqual([['union', 'its members should not pay']])
    expect(names(findSources('The survey of 1,000 adults found that most opposed the plan.'))).toEqual(['survey of 1,000 adults'])
  })
})

describe('source names: honours, abbreviated titles and holidays (issue 3)', () => {
  it('reads "Sir" as a title and "the senator" as the "Sen." named before', () => {
    const sir = findSources('Sir Keir Starmer said the deal was close. Sir Keir added that talks would go on.')
    expect(sir.map((s) => [s.name, s.title, s.attributions.length])).toEqual([['Keir Starmer', 'Sir', 2]])
    const senator = findSources('Sen. Laura Kelly opposed the bill. The senator said it was a bailout.')
    expect(senator.map((s) => [s.name, s.attributions.length])).toEqual([['Laura Kelly', 2]])
  })

  it('names no one with a holiday ("after the first Christmas rush")', () => {
    const sources = findSources('Tom Berg runs the shop. He came around after the first Christmas rush. He said the line was long.')
    expect(names(sources)).toEqual(['Tom Berg'])
  })
})

describe('source names: a body owned through a possessive pronoun (issue 3)', () => {
  it('names "Her campaign" for the person "her" stands for', () => {
    const sources = findSources('Hillary Clinton left the memorial early. Her campaign later said that she had pneumonia.')
    expect(sources.map((s) => [s.name, s.type, s.attributions[0]?.mention.text, s.attributions[0]?.content.text])).toEqual([
      ["Hillary Clinton's campaign", 'organization', 'Her campaign', 'she had pneumonia']
    ])
  })

  it('resolves "Her campaign" to the campaign named before', () => {
    const sources = findSources("Hillary Clinton left early. Clinton's campaign said she was ill. Her campaign added that she would rest.")
    expect(sources.map((s) => [s.name, s.attributions.map((a) => a.mention.text)])).toEqual([["Clinton's campaign", ["Clinton's campaign", 'Her campaign']]])
  })

  it('reads a lower-case possessive inside a sentence the same way ("(his office later confirmed that …)")', () => {
    const sources = findSources('Mayor Tom Whitfield missed the ribbon cutting on Friday (his office later confirmed that he had the flu).')
    expect(sources.map((s) => [s.name, s.type, s.attributions[0]?.mention.text, s.attributions[0]?.content.text])).toEqual([
      ["Tom Whitfield's office", 'organization', 'his office', 'he had the flu']
    ])
  })

  it('names no one when the owner is not found', () => {
    expect(findSources('Her campaign said that she had pneumonia.')).toEqual([])
  })
})

describe('source names: an outlet inside the name of another source (issue 3)', () => {
  it('gives the outlet of "according to a Reuters poll of economists" what the poll says, not the whole sentence', () => {
    const sources = findSources('The Bank of England is expected to cut rates next month, according to a Reuters poll of economists.')
    expect(sources.map((s) => [s.name, s.type, s.attributions.map((a) => a.content.text)])).toEqual([
      ['Reuters poll of economists', 'document', ['The Bank of England is expected to cut rates next month']],
      ['Reuters', 'outlet', ['The Bank of England is expected to cut rates next month']]
    ])
  })
})

describe('source titles: an appositive after the name (issue 3)', () => {
  it('reads a role noun after an article and a modifier ("Dmitry Peskov, the Kremlin spokesman,")', () => {
    const [peskov] = findSources('Dmitry Peskov, the Kremlin spokesman, told reporters that Moscow was open to talks.')
    expect([peskov?.name, peskov?.title]).toEqual(['Dmitry Peskov', 'Kremlin spokesman'])
  })

  it('reads past an age set off by commas ("Jane Doe, 42, a lawyer from Ohio,")', () => {
    const [doe] = findSources('Jane Doe, 42, a lawyer from Ohio, said the hospital was full.')
    expect([doe?.name, doe?.title]).toEqual(['Jane Doe', 'lawyer from Ohio'])
  })

  it('gives "Name, 39, <verb> …, said her father, X." to the father: a verb after the age makes the name a subject', () => {
    const text = 'Mira Holt, 27, moved to the coast with her band two years ago, said her brother, Ivo Holt.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions[0]?.content.text])).toEqual([['Ivo Holt', 'Mira Holt, 27, moved to the coast with her band two years ago']])
  })

  it('takes no title from an appositive without a role ("Smith, the best player on the team,")', () => {
    expect(findSources('Tom Smith, the best player on the team, said he would stay.')[0]?.title).toBeUndefined()
  })
})

describe('source names: a masthead word after "the" (issue 3)', () => {
  it('reads "The Post" as the newspaper named in full before, not a person', () => {
    const sources = findSources('The New York Post reported the story. The Post has learned that Clinton was ill.')
    expect(sources.map((s) => [s.name, s.type, s.attributions.length])).toEqual([['New York Post', 'outlet', 2]])
  })

  it('reads "The Herald" alone as an outlet', () => {
    expect(findSources('The Herald said the mayor would resign.').map((s) => [s.name, s.type])).toEqual([['Herald', 'outlet']])
  })

  it('reads a newspaper the lexicon does not know by its masthead word ("the Jakarta Post", "the Arkansas Democrat-Gazette")', () => {
    const typed = (text: string) => findSources(text).map((s) => [s.name, s.type])
    expect(typed('The deal was worth $3 billion, the Jakarta Post reported.')).toEqual([['Jakarta Post', 'outlet']])
    expect(typed('The minister resigned, according to the Hindustan Times.')).toEqual([['Hindustan Times', 'outlet']])
    // The senator speaks inside the clause the paper reports.
    expect(typed('The senator said the bill was dead, the Arkansas Democrat-Gazette reported.')).toEqual([['senator', 'anonymous'], ['Arkansas Democrat-Gazette', 'outlet']])
    // "Journal" is an organisation noun too ("the Journal of Medicine"): after "the" it ends a masthead.
    expect(typed('The city ignored warnings, the Flint Journal reported.')).toEqual([['Flint Journal', 'outlet']])
  })

  it('reads "the U.S. census" as a document, not the country', () => {
    const typed = (text: string) => findSources(text).map((s) => [s.name, s.type])
    expect(typed('The population grew 4 percent, according to the U.S. census.')).toEqual([['U.S. census', 'document']])
  })

  it('keeps a person whose surname is a masthead word ("Jane Post said")', () => {
    expect(findSources('Jane Post said the mayor would resign.').map((s) => [s.name, s.type])).toEqual([['Jane Post', 'person']])
  })
})

describe('source names: "who" after a place hangs on the people there (issue 3)', () => {
  it('gives "officials at the Pentagon, who said" to the officials, not the Pentagon', () => {
    const sources = findSources('He met officials at the Pentagon, who said the plan was ready.')
    expect(sources.map((s) => [s.name, s.attributions[0]?.content.text])).toEqual([['officials at the Pentagon', 'the plan was ready']])
    expect(findSources('He met residents in Kharkiv, who said the shelling continued.').map((s) => s.name)).toEqual(['residents in Kharkiv'])
  })

  it('still gives a person named with a place ("Senator Tom Berg of Ohio, who said") to the person', () => {
    const sources = findSources('He praised Senator Tom Berg of Ohio, who said the bill was fair.')
    expect(sources.find((s) => s.attributions.some((a) => a.cue?.text === 'said'))?.name).toBe('Tom Berg')
  })
})

describe('source names: a transcript run on one line (issue 3)', () => {
  it('gives each labelled turn of one paragraph to its speaker and ends it at the next label', () => {
    const text = 'BLITZER: Senator, thanks for joining us. GRAHAM: Thanks for having me. BLITZER: Will you vote for the bill? GRAHAM: No.'
    const turns = findSources(text).flatMap((s) => s.attributions.map((a) => [s.name, a.content.text] as const))
    expect([...turns].sort()).toEqual([
      ['BLITZER', 'Senator, thanks for joining us'],
      ['BLITZER', 'Will you vote for the bill'],
      ['GRAHAM', 'No'],
      ['GRAHAM', 'Thanks for having me']
    ])
  })

  it('reads no label in the middle of a paragraph that does not open with one ("NOTE: …")', () => {
    expect(findSources('Tom Berg said the plan failed. NOTE: This story was updated.').map((s) => s.name)).toEqual(['Tom Berg'])
  })
})

describe('source names: a title word as a surname, an award as no one (issue 3)', () => {
  const read = (text: string) => findSources(text).map((s) => [s.name, s.type, s.attributions.map((a) => a.mention.text)])

  it('reads a title word after an honorific or a first name as the surname ("Mr. King", "Larry King")', () => {
    expect(read('Larry King said he was happy. Mr. King added that the show would go on.')).toEqual([['Larry King', 'person', ['Larry King', 'Mr. King']]])
    expect(read('Stephen Major said the plan was dead.')).toEqual([['Stephen Major', 'person', ['Stephen Major']]])
    // A title before a name is still a title.
    expect(read('Prince Harry said he was happy.')).toEqual([['Harry', 'person', ['Prince Harry']]])
  })

  it('reads a name after "a" as a thing, so a later "he" is not it ("He won a Daytime Emmy")', () => {
    expect(read('Mr. King said he might leave. He won a Daytime Emmy in 2000. Later he said he was happy.')).toEqual([['King', 'person', ['Mr. King', 'he']]])
  })
})

describe('source names: indefinite pronouns (issue 3)', () => {
  const read = (text: string) => findSources(text).map((s) => [s.name, s.type])

  it('reads "someone" and the words after it as an anonymous source, not a name inside ("someone at Google said")', () => {
    expect(read('Someone familiar with the plan said it would fail.')).toEqual([['Someone familiar with the plan', 'anonymous']])
    expect(read('“It’s over,” someone at Google said.')).toEqual([['someone at Google', 'anonymous']])
  })

  it('cites no one for a denial, a hypothesis or a generalisation ("Nobody is saying", "Not that anyone … is arguing")', () => {
    expect(read('Nobody is saying such a pill could replace earplugs.')).toEqual([])
    expect(read('Not that anyone on the business side of TV is arguing, since the plan works.')).toEqual([])
  })
})

describe('source names: a title that closes the sentence; "a/an" + a role is someone new (issue 3)', () => {
  it('takes the apposition after an inverted cue as the title ("…,” said John Smith, an economist at Harvard.")', () => {
    const titled = (text: string) => findSources(text).map((s) => [s.name, s.title ?? null])
    expect(titled('“Rates will rise,” said John Smith, an economist at Harvard.')).toEqual([['John Smith', 'economist at Harvard']])
    expect(titled('“We will rebuild,” said John Smith, 45, a farmer from Iowa.')).toEqual([['John Smith', 'farmer from Iowa']])
  })

  it('reads "an architect who said" as an unnamed person, not "the architect of Obama’s campaign" named later', () => {
    const text = 'Trump refused to pay an architect who said he was stiffed. Later, David Plouffe, the architect of Obama’s 2008 campaign, said the race was close.'
    const sources = findSources(text).filter((s) => s.name !== 'Trump')
    expect(sources.map((s) => [s.name, s.type, s.attributions.map((a) => a.mention.text)])).toEqual([
      ['architect', 'anonymous', ['an architect']],
      ['David Plouffe', 'person', ['David Plouffe']]
    ])
  })

  it('gives "NAME, a ROLE who said" to the one named, not to the description ("Luis Ortega, a former trade minister who …")', () => {
    // A former minister, named and then described, criticises a president and argues a case: both are his.
    const text = 'Luis Ortega, a former trade minister who is a sharp critic of the president, argues that stability is the best case. The state hired Ana Ruiz, a lawyer who argued that the map was unfair.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type, s.attributions.map((a) => a.content.text)])).toEqual([
      ['Luis Ortega', 'person', ['the president', 'stability is the best case']],
      ['Ana Ruiz', 'person', ['the map was unfair']]
    ])
    expectSpans(text, sources)
    // A place before the comma names no one: the voter speaks.
    expect(names(findSources('In Columbus, Ohio, a voter who said she was undecided left early.'))).toEqual(['voter'])
    expect(names(findSources('In Ohio, a voter who said she was undecided left early.'))).toEqual(['voter'])
  })
})

describe('source names: a list of senators with party and state (issue 3)', () => {
  it('gives the last one named no title made of the names before it', () => {
    const sources = findSources('Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested the bank should be broken up.')
    expect(sources.find((s) => s.name === 'Robert Menendez')?.title).toBeUndefined()
    expect(sources.find((s) => s.name === 'Jeff Merkley')?.title).toBe('Sens.')
  })
})

describe('source names: a surname that opens with a particle (issue 3)', () => {
  it('keeps the particle after an honorific: "Mr. de Vries" is de Vries, not Vries', () => {
    const text = 'Mr. de Vries said the harbour would reopen.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['de Vries'])
    expectSpans(text, sources)
  })

  it('keeps a capitalised particle that opens the sentence ("Le Roux said", "Van Dijk said")', () => {
    expect(names(findSources('Le Roux said the vote was fair.'))).toEqual(['Le Roux'])
    expect(names(findSources('Van Dijk said the vote was fair.'))).toEqual(['Van Dijk'])
  })

  it('joins the surname with a particle to the full name given earlier', () => {
    const text = 'Mayor Anna de Vries opened the bridge. Ms. de Vries said the harbour would reopen. Von der Berg, her deputy, said the plan was safe. Karl von der Berg said later that it would open in May.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Anna de Vries', 'Karl von der Berg'])
    expect(sources[0]?.attributions[0]?.mention.text).toBe('Ms. de Vries')
    expect(sources[1]?.attributions.map((a) => a.mention.text)).toEqual(['Von der Berg', 'Karl von der Berg'])
    expectSpans(text, sources)
  })

  it('reads a capitalised "Al" as a given name: "Al Gore", not "Gore"', () => {
    const text = 'Al Gore said the planet was warming. Gore added that time was short.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Al Gore'])
    expect(sources[0]?.attributions).toHaveLength(2)
  })
})

describe('source names: a former holder of a role ("ex-wife", "ex-president") (issue 3)', () => {
  it('reads "His ex-wife said" as an unnamed person', () => {
    expect(names(findSources('His ex-wife said that the house had been sold.'))).toEqual(['His ex-wife'])
  })

  it('takes "Ex-President" as a title, and "the ex-president" as that person', () => {
    const text = 'Ex-President Jonas Mbeki said that the deal was bad. The ex-president added that it was unfair.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Jonas Mbeki'])
    expect(sources[0]?.attributions).toHaveLength(2)
    expectSpans(text, sources)
  })
})

describe('source names: a surname in "-ly" opening the sentence is no adverb', () => {
  it('names "Donnelly", "Kiely", "Coulibaly" before the cue, but not a sentence adverb ("Previously, …")', () => {
    const names = (text: string) => findSources(text).map((s) => [s.name, s.type])
    expect(names('Donnelly said two inspectors had spent weeks on the case.')).toEqual([['Donnelly', 'person']])
    expect(names('Kiely told the court the payments had stopped in May.')).toEqual([['Kiely', 'person']])
    expect(names('Coulibaly said the team would play on Sunday.')).toEqual([['Coulibaly', 'person']])
    expect(names('Previously, the club said its coach would stay.')).toEqual([['club', 'organization']])
  })
})

describe('source names: a common word alone before "said" opening the sentence is a name', () => {
  it('names "Baker", "Page", "Young" and "Frontier" before a verb of saying, but not a plural, a mass noun or a determiner', () => {
    const names = (text: string) => findSources(text).map((s) => s.name)
    expect(names('Baker said the loan had been repaid in full.')).toEqual(['Baker'])
    expect(names('Page said it is also possible that the results differ by region.')).toEqual(['Page'])
    expect(names('Young said he was disappointed by the ruling.')).toEqual(['Young'])
    expect(names('Frontier said it had inspected all of its planes.')).toEqual(['Frontier'])
    expect(names('Police said the driver had fled.')).toEqual(['Police'])
    expect(names('Neither said whether they would appeal.')).toEqual([])
  })
})

describe('source names: local offices, police ranks, clergy and honorifics before a name (issue 3)', () => {
  it('reads "County Coroner", "State Police Trooper", "Archbishop" and "Miss" as titles, not parts of the name', () => {
    expect(names(findSources('County Coroner Jo Marsh said the death was an accident.'))).toEqual(['Jo Marsh'])
    expect(names(findSources('State Police Trooper Tom Reilly acknowledged that the man could be far away.'))).toEqual(['Tom Reilly'])
    expect(names(findSources('“That makes no difference,” Archbishop Mbeki said.'))).toEqual(['Mbeki'])
    expect(names(findSources('Miss Orlova said the dancer was too tired.'))).toEqual(['Orlova'])
  })

  it('knows Scotland Yard as a body and Phoenix TV as an outlet', () => {
    expect(findSources('Scotland Yard said three people were charged.').map((s) => [s.name, s.type])).toEqual([['Scotland Yard', 'organization']])
    expect(findSources('Phoenix TV reported that the talks had failed.').map((s) => [s.name, s.type])).toEqual([['Phoenix TV', 'outlet']])
  })
})

describe('source names: a surname with its particle joined on ("al-Assad", "el-Sisi") (issue 3)', () => {
  it('reads "Omar al-Haddad said" as a person, and "Haddad" or "Al-Haddad" later as the same one', () => {
    const text = 'Omar al-Haddad said the talks had failed. Haddad added that the war was over. Al-Haddad later said the border would stay shut.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Omar al-Haddad'])
    expect(sources[0]?.attributions).toHaveLength(3)
    expectSpans(text, sources)
  })

  it('takes the name set off after a title ("the Information Minister, Ahmed el-Masri, dismissed")', () => {
    expect(names(findSources('In Cairo, the Information Minister, Ahmed el-Masri, dismissed the claim.'))).toEqual(['Ahmed el-Masri'])
  })
})

describe('source names: "Un" in a name, hyphenated offices (issue 3)', () => {
  it('reads "Kim Jong Un" as a person: "UN" is a title only in capitals', () => {
    expect(findSources('Kim Jong Un said the launch was a success.').map((s) => [s.name, s.type])).toEqual([['Kim Jong Un', 'person']])
  })

  it('reads "Secretary-General" and "Attorney-General" as titles', () => {
    const text = 'UN Secretary-General Maria Lund said the talks went well. The secretary-general added that more talks would follow.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Maria Lund'])
    expect(sources[0]?.attributions).toHaveLength(2)
    expect(names(findSources('Colorado Attorney-General Ken Olsen said his office had filed suit.'))).toEqual(['Ken Olsen'])
  })
})

describe('source names: a subject closed by a relative clause with no "that" (issue 3)', () => {
  it('reads "the experts I interviewed said" as the experts, not "I"', () => {
    expect(names(findSources('All the experts I interviewed said the plan was flawed.'))).toEqual(['All the experts'])
    expect(names(findSources('People I spoke with said the plan was flawed.'))).toEqual(['People'])
    expect(names(findSources('The economists we consulted said the plan was flawed.'))).toEqual(['economists'])
  })
})

describe('source names: a person of a body', () => {
  it('a full name before "of" and a body is the person, and the phrase stays whole', () => {
    const text = 'Nadia Ferro of Lakeside Relief, a charity for flood victims, said the donations had doubled. Ferro said more were coming.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Nadia Ferro'])
    expect(sources[0]?.type).toBe('person')
    expect(sources[0]?.attributions[0]?.mention.text).toBe('Nadia Ferro of Lakeside Relief')
    expectSpans(text, sources)
  })

  it('a titled name before "of the" and a department is the person, not the department', () => {
    const text = 'Investigator Omar Pruitt of the Dayton Police Department said the fire started in the kitchen.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Omar Pruitt'])
    expect(sources[0]?.type).toBe('person')
    expectSpans(text, sources)
  })

  it('a body named with "of" itself stays the body ("Bank of …")', () => {
    const sources = findSources('The Bank of Ruritania said rates would stay where they are.')
    expect(names(sources)).toEqual(['Bank of Ruritania'])
    expect(sources[0]?.type).toBe('organization')
  })
})

describe('source names: role words before a name are a title', () => {
  it.each([
    ['Daughter Lena Ortiz said the family was grateful.', 'Lena Ortiz'],
    ['Det Chief Insp Alan Brody said the search would go on.', 'Alan Brody'],
    ['Maj-Gen Peter Holloway said the troops would stay.', 'Peter Holloway'],
    ['Academy spokesman Cmdr. Rick Dale said the school was saddened.', 'Rick Dale'],
    ['Senate President Pro Tempore Carl B. Hume said the session would end.', 'Carl B. Hume'],
    ['Undersecretary-General for Peacekeeping Marta Sills urged states to send more police.', 'Marta Sills'],
    ['Passenger Tim Reale, who helped restrain the man, praised the crew.', 'Tim Reale'],
    ['Federal Agent Joe Brandt said the man had been unarmed.', 'Joe Brandt'],
    ['Springfield Coach Dan Ruiz declared the striker doubtful.', 'Dan Ruiz'],
  ])('%s', (text, name) => {
    const sources = findSources(text)
    expect(names(sources)).toEqual([name])
    expect(sources[0]?.type).toBe('person')
    expectSpans(text, sources)
  })
})

describe('source names: a lower-case descriptor between the comma and a closing subject', () => {
  it('reads "…, program coordinator Dana Reyes said." as Dana Reyes reporting the clause before the comma', () => {
    const text = 'The youth centre opened three new rooms last spring, program coordinator Dana Reyes said.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Dana Reyes'])
    expect(sources[0]?.attributions[0]?.content.text).toBe('The youth centre opened three new rooms last spring')
    expectSpans(text, sources)
  })

  it('reads "…, county coroner\'s spokesman Luis Ortega said." past the possessive descriptor', () => {
    const text = 'Doctors identified the man from his hospital records on Monday, county coroner\'s spokesman Luis Ortega said.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Luis Ortega'])
    expect(sources[0]?.attributions[0]?.content.text).toBe('Doctors identified the man from his hospital records on Monday')
    expectSpans(text, sources)
  })

  it('reads a one-word descriptor: "…, publicist Ann Wolfe said."', () => {
    const text = 'The plant closed in May, publicist Ann Wolfe said.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Ann Wolfe'])
    expect(sources[0]?.attributions[0]?.content.text).toBe('The plant closed in May')
  })
})

describe('source names: "according to" a possessed or organisation\'s document', () => {
  it('reads "according to her quarterly report" as the report, not the owner or "her"', () => {
    const text = 'The candidate had $41,000 left at the end of March, according to her quarterly report.'
    const sources = findSources(text)
    expect(sources.map((s) => `${s.name}|${s.type}`)).toEqual(['quarterly report|document'])
    expect(sources[0]?.attributions[0]?.content.text).toBe('The candidate had $41,000 left at the end of March')
    expectSpans(text, sources)
  })

  it('reads "according to his annual financial disclosure" as a document', () => {
    const text = 'The judge earned $9,000 from teaching last year, according to his annual financial disclosure.'
    const sources = findSources(text)
    expect(sources.map((s) => `${s.name}|${s.type}`)).toEqual(['annual financial disclosure|document'])
    expectSpans(text, sources)
  })

  it('reads "According to the agency filings" as the filings, not the agency', () => {
    const text = 'According to the agency filings, the review began in June.'
    const sources = findSources(text)
    expect(sources.map((s) => `${s.name}|${s.type}`)).toEqual(['agency filings|document'])
    expect(sources[0]?.attributions[0]?.content.text).toBe('the review began in June')
  })

  it('keeps a clause joined after the source out of its content ("…, according to her report, and Lee reported …")', () => {
    const text = 'Ruiz closed the quarter with $12,500 on hand, according to her campaign report, and Moss listed $3,100.'
    const sources = findSources(text)
    const report = sources.find((s) => s.name === 'campaign report')
    expect(report?.type).toBe('document')
    expect(report?.attributions[0]?.content.text).toBe('Ruiz closed the quarter with $12,500 on hand')
    expectSpans(text, sources)
  })
})

describe('source names: compound modifiers and appositive roles', () => {
  it('keeps "and" between two industry words inside one utility\'s name ("Prairie Gas and Electric")', () => {
    const text = 'About 3,000 homes were left without heat, Prairie Gas and Electric said.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type])).toEqual([['Prairie Gas and Electric', 'organization']])
    expectSpans(text, sources)
  })

  it('keeps "First" inside a firm\'s name when no title word follows it ("Acme First Call"), not in "First Lady"', () => {
    const firm = 'Quarterly sales slipped by a tenth, according to the research firm Halverd First Survey.'
    expect(names(findSources(firm))).toEqual(['Halverd First Survey'])
    expectSpans(firm, findSources(firm))
    expect(names(findSources('Former First Lady Nora Quill said she was pleased.'))).toEqual(['Nora Quill'])
  })

  it('reads a capitalised word joined to a modifier head ("Acme-branded", "Grammy-winning") as no name', () => {
    const text = 'With more Acme-branded tablets arriving, "shoppers will be glad they waited," he said.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['he'])
    expectSpans(text, sources)
    // A seat modifier before a name still leaves the body: "Tulsa-based Zentrix".
    expect(names(findSources('Tulsa-based Zentrix said the plant would close.'))).toEqual(['Zentrix'])
    // A hyphenated given name keeps its short tail: "Chen Mei-ling" is a person.
    expect(names(findSources('Chen Mei-ling said the vote was fair.'))).toEqual(['Chen Mei-ling'])
  })

  it('gives the speech to a full name whose role with its object has no closing comma before the cue', () => {
    const text = '"We see these cases every week," Dora Pike, senior counsel for Millbrook County said.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Dora Pike'])
    expect(sources[0]?.attributions).toHaveLength(1)
    expectSpans(text, sources)
    // No full name before the comma: the role itself speaks.
    expect(names(findSources('In Ohio, a spokesman for Acme said the plant would close.'))).toEqual(['spokesman for Acme'])
  })
})

describe('source naming: a capitalised modifier joined to a participle by a hyphen', () => {
  it('runs a subject on past "Portland-based" or "Oscar-winning" to the nouns it modifies', () => {
    const text = 'The Portland-based toy company filed suit on Friday, claiming its rival copied a patent.'
    expect(findSources(text).map((s) => [s.name, s.type])).toEqual([['Portland-based toy company', 'organization']])
    expect(findSources('"They were brave," said the Emmy-winning film director.').map((s) => s.name)).toEqual(['Emmy-winning film director'])
  })
})

describe('source names: "Del." is a title', () => {
  it('reads "state Del." before a name as the title, not part of the name ("Del Ray" with no period stays a name)', () => {
    const sources = findSources('Ana Roe\'s cousin, state Del. Mia Roe, said the plant would close.')
    expect(sources.map((s) => [s.name, s.title])).toEqual([['Mia Roe', 'state Del.']])
    expect(names(findSources('Del Ray said the plant would close.'))).toEqual(['Del Ray'])
  })
})

describe('source names: an industry phrase with an "-ing" word before a business', () => {
  it('reads "candle dipping giant" as a description of the firm named after it, not a verb', () => {
    const text = 'Candle dipping giant Waxworks Ltd. said it would hire forty people.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Waxworks Ltd.'])
    expectSpans(text, sources)
    expect(names(findSources('Tyre making firm Rollo Tyres said sales were flat.'))).toEqual(['Rollo Tyres'])
  })

  it('keeps a verb in "-ing" when no business descriptor follows it', () => {
    expect(names(findSources('Guards holding prisoners Friday said the doors were locked.'))).toEqual(['Guards'])
  })
})

describe('source names: a title between a body\'s name and a person\'s', () => {
  it('names the person after "College of Arcadia President", with the body as part of the title', () => {
    const text = 'College of Arcadia President Lu Pim said fees would rise.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type])).toEqual([['Lu Pim', 'person']])
    expectSpans(text, sources)
  })

  it('keeps the body whole when the title opens what it is of', () => {
    expect(names(findSources('Friends of Governor Lu Pim said the rally was large.'))).toEqual(['Friends of Governor Lu Pim'])
    expect(names(findSources('The Office of the Director of National Intelligence said the line was closed.'))).toEqual(['Office of the Director of National Intelligence'])
  })
})

describe('source names: a body named "Office of the … for PLACE"', () => {
  it('keeps the whole office as one organisation, not the place as a person', () => {
    const text = 'The Office of the Special Warden for Arcadia said the pass was shut.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type])).toEqual([['Office of the Special Warden for Arcadia', 'organization']])
    expectSpans(text, sources)
    expect(names(findSources('The Bureau of the Harbor Master said the pier was closed.'))).toEqual(['Bureau of the Harbor Master'])
  })
})
