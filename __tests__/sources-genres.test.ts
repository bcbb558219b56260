import {describe, expect, it} from '@jest/globals'
import {extractQuotes, findSources} from '../src/index.js'
import type {Source} from '../src/index.js'

const names = (sources: Source[]) => sources.map((s) => s.name)

function expectSpans(text: string, sources: Source[]): void {
  for (const source of sources) {
    for (const mention of source.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text)
    for (const a of source.attributions) {
      expect(text.slice(a.mention.start, a.mention.end)).toBe(a.mention.text)
      expect(text.slice(a.content.start, a.content.end)).toBe(a.content.text)
    }
  }
}

describe('sources in court, business and science reporting', () => {
  it('keeps a noun in "-ly" at the end of a subject ("Lawyers for the family", "an ally")', () => {
    const text = 'Lawyers for the family said the evidence had been obtained illegally. A close ally said the senator would run.'
    const sources = findSources(text)
    expect(names(sources)).toEqual(['Lawyers for the family', 'close ally'])
    expect(sources[0]?.attributions[0]?.content.text).toBe('the evidence had been obtained illegally')
    expectSpans(text, sources)
  })

  it('reads "that" past an adjunct with a noun in "-ing" or "to" before a hearer ("said in a filing that", "in a letter to shareholders that")', () => {
    const text = 'Acme Corp. said in a filing with regulators that it expects to cut about 1,200 jobs. Jamie Dimon warned in his annual letter to shareholders that inflation could prove stickier than expected.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions.map((a) => [a.cue?.text, a.content.text])])).toEqual([
      ['Acme Corp.', [['said', 'it expects to cut about 1,200 jobs']]],
      ['Jamie Dimon', [['warned', 'inflation could prove stickier than expected']]]
    ])
    expectSpans(text, sources)
    // An infinitive still ends the adjunct: "in an effort to show that" is no "that" clause of "said".
    expect(findSources('The senator said in an effort to show that she was serious.')).toEqual([])
  })

  it('reads "said" after a business named in the possessive ("Moody\'s said", "McDonald\'s said") as its cue, naming the business', () => {
    const text = "Moody's said the downgrade reflected rising debt levels. Sales fell 3 percent, McDonald's said."
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type, s.attributions[0]?.content.text])).toEqual([
      ["Moody's", 'organization', 'the downgrade reflected rising debt levels'],
      ["McDonald's", 'organization', 'Sales fell 3 percent']
    ])
    expectSpans(text, sources)
    // A possessive before a noun is still no cue, and a listed name inside a longer subject is its owner.
    expect(names(findSources("Putin's call for a truce was rejected. Christie's aides said the governor would stay."))).toEqual(["Christie's aides"])
  })

  it('keeps an organisation named across "and" or "&" whole ("Food and Drug Administration", "Procter & Gamble")', () => {
    const text = 'The Food and Drug Administration said the drug was safe. The National Oceanic and Atmospheric Administration said the storm would strengthen. ' +
      'Procter & Gamble said profits rose. According to the Centers for Disease Control and Prevention, one in five adults has a chronic condition.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type])).toEqual([
      ['Food and Drug Administration', 'organization'],
      ['National Oceanic and Atmospheric Administration', 'organization'],
      ['Procter & Gamble', 'organization'],
      ['Centers for Disease Control and Prevention', 'organization']
    ])
    expect(sources[3]?.attributions[0]?.mention.text).toBe('the Centers for Disease Control and Prevention')
    expectSpans(text, sources)
    // Two bodies named apart are still two sources.
    expect(names(findSources('The State Department and the Pentagon said the strike was legal.'))).toEqual(['Pentagon', 'State Department'])
  })

  it('reads "briefed on" after a common noun as a participle of the subject, not a cue ("One person briefed on the negotiations said")', () => {
    const text = 'One person briefed on the negotiations said a deal could come as soon as Friday.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions.map((a) => [a.cue?.text, a.content.text])])).toEqual([
      ['One person briefed on the negotiations', [['said', 'a deal could come as soon as Friday']]]
    ])
    expectSpans(text, sources)
    // After a name the object went before: "the story Kennedy told about his father" is what Kennedy told.
    expect(names(findSources('But Scott grinned and invoked the famous story John F. Kennedy told about his father who wired, "Don\'t buy a single vote more than is necessary."'))).toEqual(['John F. Kennedy'])
  })

  it('keeps where a role works in the source when the role opens the sentence ("Analysts at Goldman Sachs said")', () => {
    const text = 'Analysts at Goldman Sachs said the central bank would raise rates. Researchers at Stanford University said the drug worked.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type])).toEqual([
      ['Analysts at Goldman Sachs', 'anonymous'],
      ['Researchers at Stanford University', 'anonymous']
    ])
    expectSpans(text, sources)
    // A name before "at" is still the name alone.
    expect(names(findSources('The Tax Policy Center at the Brookings Institution said the plan would cost $1 trillion.'))).toEqual(['Tax Policy Center'])
  })

  it('types a role with a participle after it by the role ("Officials briefed on the investigation" is anonymous, not a document)', () => {
    const text = 'Officials briefed on the investigation said the suspect acted alone. A source informed about the plan said it would be announced Monday.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type])).toEqual([
      ['Officials briefed on the investigation', 'anonymous'],
      ['source informed about the plan', 'anonymous']
    ])
    expectSpans(text, sources)
  })

  it('leaves the question a reply answers out of what was said ("“I don’t know,” Smith said, when asked whether he would resign")', () => {
    const text = '“I don’t know,” Smith said, when asked whether he would resign. The deal was close, the coach said, when asked about the vote. ' +
      'Mayor Ana Ruiz said, when pressed on the budget, that the city would cut spending.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions.map((a) => [a.direct, a.content.text])])).toEqual([
      ['Smith', [[true, 'I don’t know,']]],
      ['coach', [[false, 'The deal was close']]],
      ['Ana Ruiz', [[false, 'the city would cut spending']]]
    ])
    expectSpans(text, sources)
  })

  it('reads a lower-case descriptor before a name after an inverted cue ("said lead author Jane Smith", "…, said analyst Tom Lee")', () => {
    const text = '“We were surprised,” said lead author Jane Smith. “We’ll see,” said head coach Andy Reid. Rates will rise this year, said analyst Tom Lee.'
    const quotes = extractQuotes(text)
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.mention.text])).toEqual([
      ['Jane Smith', 'lead author Jane Smith'],
      ['Andy Reid', 'head coach Andy Reid']
    ])
    const sources = findSources(text)
    expect(sources.find((s) => s.name === 'Tom Lee')?.attributions.map((a) => [a.mention.text, a.content.text])).toEqual([['analyst Tom Lee', 'Rates will rise this year']])
    expectSpans(text, sources)
    // A verb before a name is still a clause: "storms hit North Florida".
    expect(names(findSources('The storms hit North Florida on Monday, forecasters said.'))).toEqual(['forecasters'])
  })

  it('reads a verbal, titled, honorific or coordinated descriptor after an inverted cue ("said retired Navy Admiral …", "said board member and … physicist …")', () => {
    // A participle in the descriptor ("retired") is no clause when a title stands among the capitals before the name.
    const text = 'The dam is safe, said retired Army Colonel Ruth Okafor. Funds are short, said county water director Dr. Sam Pell. The review was rushed, said panel member and Oxford-trained geologist Lina Berg.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions.map((a) => [a.mention.text, a.content.text])])).toEqual([
      ['Ruth Okafor', [['retired Army Colonel Ruth Okafor', 'The dam is safe']]],
      ['Sam Pell', [['county water director Dr. Sam Pell', 'Funds are short']]],
      ['Lina Berg', [['panel member and Oxford-trained geologist Lina Berg', 'The review was rushed']]]
    ])
    expectSpans(text, sources)
    // Two sources joined after a plural role are no descriptor of one name.
    expect(names(findSources('The plan failed, said party members and Tory chairman Jo Roe.'))).not.toContain('Jo Roe')
  })

  it('reads a participle spelt as the base form after "had" as a cue ("Economists had forecast a rise of 0.3%")', () => {
    const text = 'Economists had forecast a rise of 0.3%.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions.map((a) => [a.cue?.text, a.content.text])])).toEqual([['Economists', [['forecast', 'a rise of 0.3%']]]])
    expectSpans(text, sources)
  })

  it('reads no source in the "Q:" of an interview in Q&A form', () => {
    expect(findSources('Q: Will you run again?\nA: I have not decided yet.')).toEqual([])
    // A headline label of a word is still a source.
    expect(names(findSources('Sanders: Clinton needs to release her speeches'))).toEqual(['Sanders'])
  })

  it('reads no source in a rubric or a region that heads a section with a colon ("Notes:", "New Jersey:")', () => {
    expect(findSources('Notes: The rookie is the youngest pitcher to start for the club this year.')).toEqual([])
    expect(findSources('New Jersey: A former mayor is running against the sitting governor.')).toEqual([])
    // A country in a headline label still speaks for its government.
    expect(names(findSources('Iran: Talks on the reactor will go on'))).toEqual(['Iran'])
  })

  it('reads a plural present cue after an aside on its subject ("The findings, published Wednesday in Nature, suggest that …")', () => {
    const text = 'The findings, published Wednesday in the journal Nature, suggest that the virus jumped to humans more than once. The results, released Monday, show that turnout fell.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions.map((a) => [a.cue?.text, a.content.text])])).toEqual([
      ['findings', [['suggest', 'the virus jumped to humans more than once']]],
      ['results', [['show', 'turnout fell']]]
    ])
    expectSpans(text, sources)
  })

  it('reads an opening participle before a preposition as the occasion ("Writing for the majority, Chief Justice John Roberts said …")', () => {
    const text = 'Writing for the majority, Chief Justice John Roberts said the statute could not stand.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions.map((a) => [a.cue?.text, a.content.text])])).toEqual([
      ['John Roberts', [['said', 'the statute could not stand']]]
    ])
    expectSpans(text, sources)
    // "Citing X," still cites X.
    expect(findSources('Citing an unfounded theory, Trump accused Cruz of lying.')[0]?.attributions.map((a) => a.content.text)).toEqual(['an unfounded theory', 'Cruz of lying'])
  })

  it('reads "MP" as a title, so a British member of parliament is one source by name ("Labour MP Diane Abbott", then "Abbott")', () => {
    const text = "'It's a disgrace,' said Labour MP Diane Abbott. Abbott added that the government must apologise."
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.title, s.attributions.length])).toEqual([['Diane Abbott', 'Labour MP', 2]])
    expectSpans(text, sources)
  })

  it('reads the kind of outlet after its name as part of the hearer ("told the Guardian newspaper that …", "told People magazine that …")', () => {
    const text = 'She told the Guardian newspaper that she was leaving. Sources close to the star told People magazine that the couple had split.'
    const sources = findSources(text)
    const she = sources.find((s) => s.name === 'She')?.attributions[0]
    expect([she?.via, she?.content.text]).toEqual(['Guardian', 'she was leaving'])
    expect(sources.find((s) => s.name === 'Guardian')?.attributions[0]?.mention.text).toBe('the Guardian newspaper')
    expect(sources.find((s) => s.name === 'Sources close to the star')?.attributions[0]?.content.text).toBe('the couple had split')
    expectSpans(text, sources)
  })

  it('carries an outlet named in a participle on the speaker as its via ("Speaking to Sky News, the minister said", "Economists polled by Reuters")', () => {
    const text = 'Speaking to Sky News, the minister said the deal was done. Writing in the Daily Telegraph, Boris Johnson said the plan would fail. Economists polled by Reuters had forecast a rise of 0.3%.'
    const sources = findSources(text)
    const via = (name: string) => sources.find((s) => s.name === name)?.attributions[0]?.via
    expect([via('minister'), via('Boris Johnson'), via('Economists')]).toEqual(['Sky News', 'The Telegraph', 'Reuters'])
    expectSpans(text, sources)
  })

  it('reads one member of a party or people after "one", "a" or "another" as an unnamed source ("one senior Tory told the Times")', () => {
    const text = "The prime minister insisted he had support, but one senior Tory told the Times: 'His days are numbered.'"
    const sources = findSources(text)
    expect(sources.find((s) => s.name === 'senior Tory')?.type).toBe('anonymous')
    expect(names(sources)).not.toContain('Tory')
    expectSpans(text, sources)
  })

  it('heads a phrase with a plural group placed by a preposition, not the place ("Democrats on Capitol Hill, who have argued …")', () => {
    const text = 'The plan alarmed nervous Democrats on Capitol Hill, who have argued that it goes too far.'
    const sources = findSources(text)
    const group = sources.find((s) => s.attributions.some((a) => a.cue?.text === 'argued'))
    expect([group?.name, group?.type]).toEqual(['Democrats on Capitol Hill', 'organization'])
    expect(names(sources)).not.toContain('Capitol Hill')
    expectSpans(text, sources)
  })

  it('reads a list joined to an organisation noun by "of" as one name ("The Bureau of Alcohol, Tobacco, Firearms and Explosives said")', () => {
    const text = 'The Bureau of Alcohol, Tobacco, Firearms and Explosives said the gun was stolen.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type, s.attributions[0]?.mention.text])).toEqual([
      ['Bureau of Alcohol, Tobacco, Firearms and Explosives', 'organization', 'The Bureau of Alcohol, Tobacco, Firearms and Explosives']
    ])
    expectSpans(text, sources)
  })

  it('reads a passive cue in an aside on the subject: the agent is the source of the subject and its predicate ("The plan, first reported by Axios, would cut …")', () => {
    const text = 'The plan, first reported by Axios, would cut funding by half.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions[0]?.cue?.text, s.attributions[0]?.content.text])).toEqual([
      ['Axios', 'reported', 'The plan, first reported by Axios, would cut funding by half']
    ])
    expectSpans(text, sources)
  })
})

describe('sources in politics, polling and parliamentary reporting', () => {
  it('reads no source in the subject of a feeling caused ("The bill has worried nervous Democrats …"), but one in the subject that feels', () => {
    const text = 'The bill has worried nervous Democrats on Capitol Hill. Officials worried the bill would fail.'
    const sources = findSources(text)
    expect(sources.flatMap((s) => s.attributions.map((a) => [s.name, a.cue?.text, a.content.text]))).toEqual([
      ['Officials', 'worried', 'the bill would fail']
    ])
    expectSpans(text, sources)
  })

  it('reads the author of a claim made ("The claim, made by Smith in a post on Facebook, is false": Smith, content the claim)', () => {
    const text = 'The claim, made by Smith in a post on Facebook, is false. He repeated false claims made by Senator Tom Cotton.'
    const sources = findSources(text)
    expect(sources.flatMap((s) => s.attributions.filter((a) => a.cue?.text === 'made').map((a) => [s.name, a.cue?.text, a.content.text]))).toEqual([
      ['Smith', 'made', 'The claim'],
      ['Tom Cotton', 'made', 'false claims']
    ])
    expectSpans(text, sources)
  })

  it('reads a list of names each opened by a title whole ("Mr. Smith, Ms. Jones and Mr. Brown said …" gives all three)', () => {
    const text = 'Mr. Smith, Ms. Jones and Mr. Brown said they would appeal.'
    const sources = findSources(text)
    expect(names(sources).sort()).toEqual(['Brown', 'Jones', 'Smith'])
    for (const source of sources) expect(source.attributions.map((a) => a.mention.text)).toEqual(['Mr. Smith, Ms. Jones and Mr. Brown'])
    expectSpans(text, sources)
  })

  it('resolves "she" to a title description that opens an earlier sentence when no person is named ("The prime minister was defiant. … she told MPs")', () => {
    const text = "The prime minister was defiant. 'We will not be lectured,' she told MPs."
    const [quote] = extractQuotes(text)
    expect([quote?.speaker?.name, quote?.speaker?.mention.text]).toEqual(['prime minister', 'she'])
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.mentions.map((m) => m.text)])).toEqual([['prime minister', ['The prime minister', 'she']]])
    expectSpans(text, sources)
    // A person named near stays the antecedent.
    const named = "Theresa May arrived in Brussels. The prime minister was defiant. 'We will not be lectured,' she told MPs."
    expect(extractQuotes(named)[0]?.speaker?.name).toBe('Theresa May')
  })

  it('reads kin as sources in an obituary ("according to his family", "His widow said … She added")', () => {
    const text = 'He died at home, according to his family. His widow said he had been ill. She added that he loved the sea.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type, s.attributions.map((a) => a.content.text)])).toEqual([
      ['family', 'anonymous', ['He died at home']],
      ['His widow', 'anonymous', ['he had been ill', 'he loved the sea']]
    ])
    expectSpans(text, sources)
  })
})


describe('sources in wire copy: which sources, after the clause (issue 3)', () => {
  it('reads a lower-case modifier of the role noun after a comma ("…, military sources said")', () => {
    const named = (text: string) => findSources(text).map((s) => [s.name, s.type, s.attributions[0]?.content.text])
    expect(named('The convoy was hit near the border, military sources said.')).toEqual([['military sources', 'anonymous', 'The convoy was hit near the border']])
    expect(named('The men were seen together at the airport, law enforcement sources said.')).toEqual([['law enforcement sources', 'anonymous', 'The men were seen together at the airport']])
    expect(named('The bid will be raised, industry analysts said.')).toEqual([['industry analysts', 'anonymous', 'The bid will be raised']])
  })

  it('reads any plain noun before a closing plural role noun after a comma ("…, harbour officials said")', () => {
    const named = (text: string) => findSources(text).map((s) => [s.name, s.type, s.attributions[0]?.content.text])
    expect(named('Two cranes collapsed in the storm overnight, harbour officials said.')).toEqual([['harbour officials', 'anonymous', 'Two cranes collapsed in the storm overnight']])
    expect(named('Visa fees will double next spring, immigration officials said.')).toEqual([['immigration officials', 'anonymous', 'Visa fees will double next spring']])
    // An adverb or a conjunction before the role noun modifies nothing.
    expect(named('The bridge reopened at noon, then officials said.').map((n) => n[0])).not.toContain('then officials')
  })

  it('reads a source modifier inside a phrase after the cue ("said a former cabinet minister")', () => {
    expect(extractQuotes('“This is not a bill I can support,” said a former cabinet minister.').map((q) => q.speaker?.name)).toEqual(['former cabinet minister'])
    expect(findSources('A senior law enforcement official, discussing the case, identified the suspect.').map((s) => s.name)).toEqual(['senior law enforcement official'])
    // Not a phrase of its own: "scientists and legal experts and will not decide" names no source.
    expect(findSources('Bush said he plans to meet with scientists and legal experts and will not decide the bill for weeks.').map((s) => s.name)).toEqual(['Bush'])
  })

  it('names the whole description ("federal officials told Reuters"), and finds no source where no one speaks', () => {
    expect(findSources('The plan was dead, federal officials told Reuters.').map((s) => s.name)).toEqual(['federal officials', 'Reuters'])
    expect(findSources('Prices rose sharply in the city market on Monday.')).toEqual([])
  })
})

describe('sources that are documents named by their noun alone (issue 3)', () => {
  it('types "documents", "records" and "Data" as documents, not anonymous people', () => {
    const typed = (text: string) => findSources(text).map((s) => [s.name, s.type])
    expect(typed('The company paid $2 million, according to documents.')).toEqual([['documents', 'document']])
    expect(typed('Records show the mayor flew to Paris twice.')).toEqual([['Records', 'document']])
    expect(typed('Data showed business confidence slipped in May.')).toEqual([['Data', 'document']])
    expect(typed('The data show the river is rising.')).toEqual([['data', 'document']])
  })
})

describe('documents an outlet obtained, saw or compiled (issue 3)', () => {
  const read = (text: string) => findSources(text).map((s) => [s.name, s.type, s.attributions.map((a) => [a.content.text, a.via ?? null])])

  it('gives "according to documents reviewed by X" to the documents, with the outlet in between', () => {
    expect(read('The company paid $2 million, according to documents reviewed by The Wall Street Journal.')).toEqual([
      ['documents', 'document', [['The company paid $2 million', 'Wall Street Journal']]],
      ['Wall Street Journal', 'outlet', [['The company paid $2 million', null]]]
    ])
    // Data an outlet compiled are its own: it is the source (a maker, not a go-between).
    expect(read('The agency spent $40 million, according to data compiled by Bloomberg.')).toEqual([['Bloomberg', 'outlet', [['The agency spent $40 million', null]]]])
  })

  it('gives "An internal memo seen by Reuters says" to the memo, not to Reuters as its own go-between', () => {
    expect(read('An internal memo seen by Reuters says the bank will cut 500 jobs.')).toEqual([
      ['internal memo', 'document', [['the bank will cut 500 jobs', 'Reuters']]],
      ['Reuters', 'outlet', [['the bank will cut 500 jobs', null]]]
    ])
  })

  it('reads no report of the outlet\'s in a document noun past a clause word ("obtained by the AP that the plan …")', () => {
    expect(read('Smith wrote in emails obtained by the Associated Press that the plan was flawed.')).toEqual([['Smith', 'person', [['the plan was flawed', null]]]])
    expect(read('A plan that Reuters saw would cut taxes.')).toEqual([])
  })
})

describe('an outlet told, before the clause it was told (issue 3)', () => {
  const read = (text: string) => findSources(text).map((s) => [s.name, s.attributions.map((a) => [a.cue?.text, a.content.text, a.via ?? null])])

  it('gives "told the BBC the plan was dead" to a named speaker via the BBC: the speaker is on record, the BBC only heard it', () => {
    expect(read('Starmer told the BBC the plan was dead.')).toEqual([['Starmer', [['told', 'the plan was dead', 'BBC']]]])
    expect(read('The White House told Axios the plan was dead.')).toEqual([['White House', [['told', 'the plan was dead', 'Axios']]]])
  })

  it('keeps the outlet an unnamed speaker told as a source too: it vouches for a speaker it does not name', () => {
    expect(read('A senior official told the BBC the plan was dead.')).toEqual([
      ['senior official', [['told', 'the plan was dead', 'BBC']]],
      ['BBC', [['told', 'the plan was dead', null]]]
    ])
  })
})

describe('the outlet that ran an interview or a piece (issue 3)', () => {
  const read = (text: string) => findSources(text).map((s) => [s.name, s.attributions.map((a) => [a.content.text, a.via ?? null])])

  it('names the outlet of "in an interview with", "in an op-ed for" as the via, before the subject, beside it or after the cue', () => {
    expect(read('In an interview with the BBC, the prime minister said the talks had failed.')).toEqual([['prime minister', [['the talks had failed', 'BBC']]]])
    expect(read('Smith, in a televised interview on CNN, said the talks had failed.')).toEqual([['Smith', [['the talks had failed', 'CNN']]]])
    expect(read('Smith wrote in an op-ed for The Washington Post that the talks had failed.')).toEqual([['Smith', [['the talks had failed', 'Washington Post']]]])
  })

  it('takes no platform or place for an outlet ("In a post on X", "in an interview in Kyiv")', () => {
    expect(read('In a post on X, Smith said the talks had failed.')).toEqual([['Smith', [['the talks had failed', null]]]])
    expect(read('Smith said in an interview in Kyiv that the talks had failed.')).toEqual([['Smith', [['the talks had failed', null]]]])
  })
})

describe('sources in war, diplomacy and disaster reporting', () => {
  it('reads the subject of a clause on a summing-up appositive as a source of the clause summed up (", a claim Hamas denied")', () => {
    const text =
      "Israel's military said its aircraft struck a command center inside a school compound, a claim Hamas denied. Moscow said it had downed 40 drones, a figure that Ukrainian officials have disputed. The army struck a depot near the border, a claim the rebels denied."
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type, s.attributions.map((a) => [a.cue?.text, a.content.text])])).toEqual([
      ["Israel's military", 'organization', [['said', 'its aircraft struck a command center inside a school compound']]],
      ['Hamas', 'organization', [['denied', 'its aircraft struck a command center inside a school compound']]],
      ['Moscow', 'organization', [['said', 'it had downed 40 drones']]],
      ['Ukrainian officials', 'anonymous', [['disputed', 'it had downed 40 drones']]],
      ['rebels', 'anonymous', [['denied', 'The army struck a depot near the border']]]
    ])
    expectSpans(text, sources)
  })

  it('reads a cue in "-ing" after an article and one word as the head of a noun compound ("issued a tornado warning for parts of Oklahoma"), not a participle clause', () => {
    const text =
      'The National Weather Service issued a tornado warning for parts of Oklahoma late Tuesday. At least three people were killed, the state emergency management agency said. The State Department issued a storm warning on Monday.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions.map((a) => [a.cue?.text, a.content.text])])).toEqual([
      ['state emergency management agency', [['said', 'At least three people were killed']]]
    ])
    // A participle with its clause after an adjunct is still a cue.
    expect(findSources('Officials released a statement, a spokesman warning in the text that the dam could fail.').map((s) => s.name)).toContain('spokesman')
  })

  it('reads the maker of a document after "according to" ("data compiled by Bloomberg", "figures released by the Labor Department") as the source', () => {
    const text =
      "The company's shares fell 3% in after-hours trading, according to data compiled by Bloomberg. According to figures released by the Labor Department, payrolls rose by 150,000. Harris leads by two points, according to a survey conducted by the Pew Research Center."
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type, s.attributions.map((a) => [a.cue?.text, a.content.text])])).toEqual([
      ['Bloomberg', 'outlet', [['according to', "The company's shares fell 3% in after-hours trading"]]],
      ['Labor Department', 'organization', [['According to', 'payrolls rose by 150,000']]],
      ['Pew Research Center', 'organization', [['according to', 'Harris leads by two points']]]
    ])
    expectSpans(text, sources)
    // Who holds a document did not make it: "emails obtained by The Post" stay the emails', with the Post in between.
    const [emails] = findSources('According to emails obtained by The Post, the aide knew of the plan.')
    expect([emails?.name, emails?.attributions[0]?.via]).toEqual(['emails', 'Post'])
  })

  it('reads a poll named by two owners joined by a slash whole after "according to" ("a New York Times/Siena College poll")', () => {
    const text = 'Harris leads Trump 47% to 45% among likely voters, according to a New York Times/Siena College poll released Sunday.'
    const sources = findSources(text)
    expect(sources[0]?.name).toBe('New York Times/Siena College poll')
    expect(sources[0]?.type).toBe('document')
    expect(sources[0]?.attributions[0]?.content.text).toBe('Harris leads Trump 47% to 45% among likely voters')
    expectSpans(text, sources)
  })

  it('keeps a portfolio in a title before a name ("EU foreign policy chief Kaja Kallas", "U.S. trade representative Jamieson Greer")', () => {
    const text = 'EU foreign policy chief Kaja Kallas said the bloc would not recognize the annexation. U.S. trade representative Jamieson Greer said the talks went well. The World Health Organization said the outbreak was over.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type, s.title])).toEqual([
      ['Kaja Kallas', 'person', 'EU foreign policy chief'],
      ['Jamieson Greer', 'person', 'U.S. trade representative'],
      ['World Health Organization', 'organization', undefined]
    ])
    expectSpans(text, sources)
  })

  it('names the person set off after a role with its object ("A spokesperson for the Pentagon, Sabrina Singh, told …"), titled by the role', () => {
    const text = 'A spokesperson for the Pentagon, Sabrina Singh, told reporters the United States was monitoring the situation. A lawyer for Mr. Okafor, John Vale, said the charges were false.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.type, s.title, s.attributions[0]?.content.text])).toEqual([
      ['Sabrina Singh', 'person', 'spokesperson for the Pentagon', 'the United States was monitoring the situation'],
      ['John Vale', 'person', 'lawyer for Mr. Okafor', 'the charges were false']
    ])
    expectSpans(text, sources)
  })
})

describe('"according to" someone at an event (issue 3)', () => {
  const read = (text: string) => findSources(text).map((s) => [s.name, s.attributions.map((a) => [a.cue?.text, a.content.text])])

  it('names "one person at the meeting": a noun in "-ing" after a preposition ends no phrase short', () => {
    expect(read('According to one person at the meeting, the president left early.')).toEqual([['person at the meeting', [['According to', 'the president left early']]]])
  })

  it('reads the clause after "According to X," even when it ends on a cue ("…, the president shouted.")', () => {
    expect(read('According to one official at the meeting, the president shouted.')).toEqual([['official at the meeting', [['According to', 'the president shouted']]]])
  })
})

describe('state media named by their country (issue 3)', () => {
  const typed = (text: string) => findSources(text).map((s) => [s.name, s.type, s.attributions[0]?.content.text])

  it('reads "Iranian state TV said" and "…, state media said" as outlets, with their clause', () => {
    expect(typed('Iranian state TV said the missiles hit their targets.')).toEqual([['Iranian state TV', 'outlet', 'the missiles hit their targets']])
    expect(typed('Chinese state media said the talks were constructive.')).toEqual([['Chinese state media', 'outlet', 'the talks were constructive']])
    expect(typed('The astronaut would dine on shredded pork, state media said.')).toEqual([['state media', 'outlet', 'The astronaut would dine on shredded pork']])
  })

  it('reads a country written as a title word ("The U.S. said", "The UK said") as an organisation, as "Russia said" is', () => {
    expect(typed('The U.S. said the strike was lawful.')).toEqual([['U.S.', 'organization', 'the strike was lawful']])
    expect(typed('The UK said the deal was dead.')).toEqual([['UK', 'organization', 'the deal was dead']])
    expect(typed('U.S. officials said the deal was dead.')).toEqual([['U.S. officials', 'anonymous', 'the deal was dead']])
  })

  it('keeps a title word before the head in the subject ("White House press secretary Karine Jean-Pierre said")', () => {
    expect(typed('White House press secretary Karine Jean-Pierre said the meeting was productive.')).toEqual([['Karine Jean-Pierre', 'person', 'the meeting was productive']])
  })
})

describe('an unnamed spokesperson is anonymous, whoever they speak for (issue 3)', () => {
  it('types "A spokesperson for the Metropolitan Police" as "A company spokesperson" is, and keeps "the president of France" a person', () => {
    const typed = (text: string) => findSources(text).map((s) => [s.name, s.type])
    expect(typed('A spokesperson for the Metropolitan Police said officers were called.')).toEqual([['spokesperson for the Metropolitan Police', 'anonymous']])
    expect(typed('A company spokesperson said the recall was voluntary.')).toEqual([['company spokesperson', 'anonymous']])
    expect(typed('President of France Emmanuel Macron said the talks would go on.')[0]?.[1]).toBe('person')
  })
})

describe("the writer's apposition on a name ends the content (issue 3)", () => {
  const read = (text: string) => findSources(text).map((s) => [s.name, s.attributions.map((a) => [a.content.text, a.via ?? null])])

  it('ends a reported clause before ", the …" or ", a …" on its last name, relative clause and all', () => {
    expect(read('Critics say resources could be better spent with NATO, the existing military alliance that includes the United States.')).toEqual([['Critics', [['resources could be better spent with NATO', null]]]])
    expect(read('He claims the plan was handed to Dulmatin, a bombmaker who is still on the run.')).toEqual([['He', [['the plan was handed to Dulmatin', null]]]])
  })

  it('keeps a list on a common noun, an apposition with a verb after it and a clause joined after it', () => {
    expect(read('Josh Earnest said the president has long called for tax fairness, the closure of loopholes that benefit only the wealthy and for relief.')).toContainEqual(['Josh Earnest', [['the president has long called for tax fairness, the closure of loopholes that benefit only the wealthy and for relief', null]]])
    expect(read('Smith said the bill, the first of its kind, passed easily.')).toEqual([['Smith', [['the bill, the first of its kind, passed easily', null]]]])
    expect(read('She said six were from Douglas County, the county that includes Roseburg, and two were from Portland.')).toEqual([['She', [['six were from Douglas County, the county that includes Roseburg, and two were from Portland', null]]]])
  })
})

describe('a subject never runs over the verb that takes its clause', () => {
  const read = (text: string) => findSources(text).map((s) => [s.name, s.attributions.map((a) => [a.mention.text, a.cue?.text])])

  it('starts the subject of a clause after the cue verb whose object it is ("the truck story suggests the Mexican government understands")', () => {
    const text = "Still, the truck story suggests the Mexican government understands that it needs a plan. Witnesses said they believed the man planned to crash the plane."
    const sources = findSources(text)
    expect(names(sources)).not.toContain('truck story suggests the Mexican government')
    expect(read(text)).toContainEqual(['man', [['the man', 'planned']]])
    expectSpans(text, sources)
  })
})

describe('the antecedent of a relative "that" must be able to speak', () => {
  it('reads no source in "a tyranny of political correctness that encourages …", and keeps "a group of lawmakers that urged …" and "a law that told …"', () => {
    const text = 'This refusal is the cornerstone in creating a tyranny of political correctness that encourages people to be reluctant in identifying suspicious activity.'
    expect(names(findSources(text))).toEqual([])
    expect(names(findSources('It was backed by a group of lawmakers that urged the agency to act.'))).toEqual(['group of lawmakers'])
    expect(names(findSources('The ruling reinstates a law that told libraries to install filters.'))).toEqual(['law'])
  })
})

describe('a participle after an indefinite pronoun cites no one', () => {
  it('reads no source in "an excellent resource for anyone wanting to learn more", and keeps "issued a statement saying"', () => {
    expect(names(findSources('The website is an excellent resource for anyone wanting to learn more about 529 plans.'))).toEqual([])
    expect(names(findSources('The company issued a statement saying the recall was voluntary.'))).toEqual(['company'])
  })
})

describe('a plural-only determiner ending on a singular word opens a clause, no subject', () => {
  it('reads no source in "Both candidates face questions about their health", and keeps "Many people say", "Two senior officials said"', () => {
    expect(names(findSources('Both candidates face questions about their health.'))).toEqual([])
    expect(names(findSources('Many people say the plan failed.'))).toEqual(['Many people'])
    expect(names(findSources('Two senior officials said the plan failed.'))).toEqual(['Two senior officials'])
  })
})

describe('a superlative before a cue word makes it a noun with no speaker', () => {
  it('reads no source in "this reeks of some of the greatest fear that I have ever seen", and keeps "The biggest donors fear that …"', () => {
    expect(names(findSources('Hillary Clinton, this reeks of some of the greatest fear that I have ever seen.'))).toEqual([])
    expect(names(findSources('The biggest donors fear that the party will lose.'))).toEqual(['biggest donors'])
  })
})

describe('a quantifier alone is no source; its head comes after lower-case modifiers', () => {
  it('names "several environmental groups", not "several"', () => {
    const text = 'In August, several environmental groups granted Mr. Clarke an extension on a court order, saying his capital was less than expected.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions.map((a) => a.mention.text)])).toEqual([['environmental groups', ['several environmental groups']]])
    expectSpans(text, sources)
  })
})

describe('wire copy: "per" after an amount or as a first name cites no one', () => {
  it('reads no source in "$500 per Linux server", names the analyst in "said Per Nilsson", and keeps "…, per Reuters"', () => {
    expect(names(findSources('The new backup tool costs $500 per Linux server and $800 per Windows server.'))).toEqual([])
    const text = '"This is a blow for the alliance," said Per Nilsson, an analyst at a Stockholm bank.'
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions.map((a) => a.cue?.text)])).toEqual([['Per Nilsson', ['said']]])
    expectSpans(text, sources)
    expect(names(findSources('The plant will close next year, per Reuters.'))).toEqual(['Reuters'])
  })
})

describe('wire copy: a plural after a preposition is a noun, not a cue verb', () => {
  it('reads no source in "on charges of fraud" or "a master of one-line quips", and keeps "now charges that"', () => {
    expect(names(findSources('Two years later, Harlan goes on trial on charges of fraud and theft.'))).toEqual([])
    expect(names(findSources('The comedian, a master of one-line quips, retired in May at the age of 90.'))).toEqual([])
    expect(names(findSources('The government now charges that the firm hid its losses.'))).toEqual(['government'])
  })
})

describe('wire copy: a day of the week names no one', () => {
  it('reads no source in "The deal, announced Thursday, …", and gives "ask" to the lawyer in "said Tuesday he would … ask"', () => {
    expect(names(findSources('The $40 million deal, announced Thursday, is the largest in the region.'))).toEqual([])
    const text = "Ross Baker, the governor's lawyer, said Tuesday he would attend the hearing and would ask to speak."
    const sources = findSources(text)
    expect(sources.map((s) => [s.name, s.attributions.map((a) => a.cue?.text)])).toEqual([['Ross Baker', ['said', 'ask']]])
    expectSpans(text, sources)
  })
})

describe('a source with a clause on it, and "said" after a noun in "-ing" (issue 3)', () => {
  const read = (text: string) => findSources(text).map((s) => [s.name, s.attributions.map((a) => [a.cue?.text ?? null, a.content.text])])

  it('reads the head before a relative clause as the subject of the main "said" ("An official who briefed reporters on Monday said")', () => {
    expect(read('An official who briefed reporters on Monday said the talks had stalled.')).toEqual([['official', [['said', 'the talks had stalled']]]])
    expect(read('A diplomat who attended the meeting said the talks had stalled.')).toEqual([['diplomat', [['said', 'the talks had stalled']]]])
  })

  it('reads "said" after a noun in "-ing" as the verb ("A diplomat at the meeting said")', () => {
    expect(read('A diplomat at the meeting said the talks had stalled.')).toEqual([['diplomat at the meeting', [['said', 'the talks had stalled']]]])
    // An adjective in "-ing" still makes a noun of a cue word that can be one: "disparaging remarks".
    expect(read('He made disparaging remarks about the plan.')).toEqual([])
  })
})

describe('markets copy: a quantity that declined is no refusal', () => {
  it('reads "declined" before a number as a fall, and keeps "declined to comment" and "forecast 3 percent"', () => {
    expect(findSources('Total sales for the quarter declined 8.0 percent to $1.9 billion.')).toEqual([])
    expect(findSources('The number of active cases has declined to 573.')).toEqual([])
    expect(findSources('Smith declined to comment.').map((s) => s.attributions[0]?.content.text)).toEqual(['to comment'])
    expect(findSources('Analysts had forecast 3 percent growth.').map((s) => s.attributions[0]?.content.text)).toEqual(['3 percent growth'])
  })
})

describe('what a quote after a colon carries, and an anonymity refusal (issue 3)', () => {
  const read = (text: string) => findSources(text).map((s) => [s.name, s.attributions.map((a) => [a.content.text, a.direct])])

  it('ends a reported content at a colon before a quote ("He said of the plan: “It is dead.”")', () => {
    expect(read('He said of the plan: “It is dead.”')).toEqual([['He', [['the plan', false], ['It is dead.', true]]]])
  })

  it('gives "who declined to be named" no attribution', () => {
    expect(read('“The plan is dead,” said the official, who declined to be named.')).toEqual([['official', [['The plan is dead,', true]]]])
  })
})
