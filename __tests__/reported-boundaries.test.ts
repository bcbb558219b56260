import {describe, expect, it} from '@jest/globals'
import {reported} from './helpers/reported.js'


const contentOf = (text: string, cue: string): string | undefined => reported(text).find((r) => r[1] === cue)?.[2]

describe('reported speech: where a content ends', () => {
  it('ends at a later cue joined by a conjunction even when another cue comes first ("say … to discuss … but noted that …")', () => {
    const text = 'Local Democrats say it is too early to discuss a campaign for the seat but noted that Halvorsen won two close races.'
    expect(contentOf(text, 'say')).toBe('it is too early to discuss a campaign for the seat')
    expect(contentOf(text, 'noted')).toBe('Halvorsen won two close races')
  })

  it('starts a clause with no "that" after an occasion at a subject pronoun and an auxiliary ("said in a statement it had …")', () => {
    expect(contentOf('The bank said in a statement it had frozen the accounts of two firms.', 'said')).toBe('it had frozen the accounts of two firms')
    expect(contentOf('The minister said at a news conference Monday she would not resign.', 'said')).toBe('she would not resign')
    // A pronoun after a preposition is its object, and a relative clause on the occasion is no content.
    expect(contentOf('The firm said in a statement it issued late on Friday.', 'said')).toBeUndefined()
  })

  it('ends before ", and" / ", but" opening a clause with its own subject and cue ("…, and traders said …")', () => {
    const text = 'Bankers said the rate cut came as no shock, and traders said it would do little for jobs.'
    expect(contentOf(text, 'said')).toBe('the rate cut came as no shock')
    expect(contentOf('The union said the offer was fair, but the workers later said they would strike.', 'said')).toBe('the offer was fair')
    // A noun phrase joined by "and" is still part of the content.
    expect(contentOf('She said the mayor and the council agreed on the budget.', 'said')).toBe('the mayor and the council agreed on the budget')
  })

  it('ends at a second predicate of the source ("promised a veto and attempted to …")', () => {
    expect(contentOf('Senator Okafor has promised a veto and attempted to persuade members of both parties.', 'promised')).toBe('a veto')
    expect(contentOf('The mayor praised the volunteers but also warned residents to stay indoors.', 'praised')).toBe('the volunteers')
  })

  it('ends an object content before an absolute clause (", with X showing …")', () => {
    expect(contentOf('New polls show the mayor with a narrow lead, with one survey showing her ahead by 3 points.', 'show')).toBe('the mayor with a narrow lead')
    // Not before "with" and a plain noun phrase: no participle, no clause.
    expect(contentOf('Analysts predicted a rate cut in March, with a second one later.', 'predicted')).toBe('a rate cut in March, with a second one later')
  })

  it('ends a hearer before the determiner of the clause told ("told MPs the plan was …", "told the BBC the plan …")', () => {
    expect(contentOf('Keir Starmer told MPs the plan was dead.', 'told')).toBe('the plan was dead')
    expect(contentOf('The mayor told lawmakers the plan was dead.', 'told')).toBe('the plan was dead')
    expect(contentOf('The prosecutor told Criss Wednesday his office only this week received the recordings.', 'told')).toBe('his office only this week received the recordings')
    // "of" keeps its determiner in the hearer.
    expect(contentOf('She told the head of the agency the plan was dead.', 'told')).toBe('the plan was dead')
  })

  it('skips a hearer with a determiner before the "that" of what it was told ("told a news conference on Tuesday that …")', () => {
    expect(contentOf('The governor told a news conference on Tuesday that the state would sue.', 'told')).toBe('the state would sue')
    expect(contentOf('She told the inquiry that her husband had been assured.', 'told')).toBe('her husband had been assured')
    // With no "that" after it, the words told are the content: "told the truth".
    expect(contentOf('The witness told the truth about the payments.', 'told')).toBe('the truth about the payments')
  })

  it('keeps a coordination inside the reported clause ("was born and raised in …")', () => {
    expect(contentOf('Ms. Vale said her father was born and raised in Lisbon.', 'said')).toBe('her father was born and raised in Lisbon')
  })

  it('ends at ", but" even when a comma follows later', () => {
    expect(contentOf('Governor Ruiz has said about 20 people want the seat, but he refuses to name them, aside from a few allies.', 'said')).toBe(
      'about 20 people want the seat'
    )
  })

  it('ends at a new clause after a comma ("…, he does not defend it"; "…, and the mayor is promising …")', () => {
    expect(contentOf('Although Mr. Okafor has admitted using the loophole, he does not defend it.', 'admitted')).toBe('using the loophole')
    expect(contentOf('Senator Okafor vowed to reopen the mill, and Mayor Ruiz is promising new jobs.', 'vowed')).toBe('to reopen the mill')
  })

  it('keeps a comma and a pronoun inside a content that opened with an adjunct ("said that if elected, he would …")', () => {
    expect(contentOf('Mr. Okafor said that if elected, he would reopen the mill.', 'said')).toBe('if elected, he would reopen the mill')
  })

  it('ends a noun-phrase object before a time or occasion ("attacked Vale in early-morning tweets", "on Thursday")', () => {
    expect(contentOf('Senator Okafor attacked Ms. Vale in early-morning tweets.', 'attacked')).toBe('Ms. Vale')
    expect(contentOf('The union endorsed Ms. Vale for governor on Thursday.', 'endorsed')).toBe('Ms. Vale for governor')
    expect(contentOf('Mr. Okafor has not mentioned the mill since the debate.', 'mentioned')).toBe('the mill')
  })

  it('keeps an adjunct inside an object that holds a clause, or before a quote', () => {
    expect(contentOf('Ms. Vale accused him of sleeping when the calls came in during the storm.', 'accused')).toBe(
      'him of sleeping when the calls came in during the storm'
    )
  })

  it('ends a noun-phrase object before a participle clause after a comma, but not before "including"', () => {
    expect(contentOf('Ms. Vale sponsored the water bill, requiring towns to test their wells.', 'sponsored')).toBe('the water bill')
    expect(contentOf('Ms. Vale condemned the raids, including the one in Dover.', 'condemned')).toBe('the raids, including the one in Dover')
  })

  it('reads "that" before a lone noun as a determiner ("rejected that argument in a ruling")', () => {
    expect(contentOf('The judge rejected that argument in a ruling released Thursday.', 'rejected')).toBe('that argument')
    expect(contentOf('The judge said that argument was weak.', 'said')).toBe('argument was weak')
  })

  it('ends before a parenthetical that closes the content, and reads the cue inside it without the closing parenthesis', () => {
    const text = 'Voters had questions about her health after a video showed her stumbling (her campaign later disclosed that she has pneumonia).'
    expect(contentOf(text, 'questions')).toBe('her health after a video showed her stumbling')
    expect(contentOf('The senator stumbled (the campaign later disclosed that he has the flu).', 'disclosed')).toBe('he has the flu')
  })

  it('keeps a parenthetical inside a content', () => {
    expect(contentOf('Ms. Vale said the plan (a tax on coal) would pass.', 'said')).toBe('the plan (a tax on coal) would pass')
  })

  it('reads "said about 20 people …" as a clause, not "about" and its object', () => {
    expect(contentOf('Governor Ruiz said about 20 people have asked for the job.', 'said')).toBe('about 20 people have asked for the job')
  })

  it('reads "said at least 12 people died" as a clause: "at least" bounds a number, it opens no place or occasion', () => {
    expect(contentOf('The Gaza Health Ministry said at least 22 people were killed, most of them women and children.', 'said')).toBe(
      'at least 22 people were killed, most of them women and children'
    )
    expect(contentOf('Officials said at least 12 people died after floodwaters swept through the valley.', 'said')).toBe('at least 12 people died after floodwaters swept through the valley')
    expect(contentOf('The coroner said at most three bodies had been found.', 'said')).toBe('at most three bodies had been found')
    // "at" before a place is still an adjunct before the clause.
    expect(contentOf('The mayor said at the briefing that the bridge would reopen.', 'said')).toBe('the bridge would reopen')
  })
  it('ends a content at a comma right before the main clause\'s cue ("…, who spoke on condition of anonymity because she feared the gang would retaliate, said …")', () => {
    const text = 'A neighbor, who spoke on condition of anonymity because she feared the gang would retaliate, said the shooting followed an argument.'
    expect(contentOf(text, 'feared')).toBe('the gang would retaliate')
    expect(contentOf(text, 'said')).toBe('the shooting followed an argument')
  })
})

describe('reported speech: cues and speakers', () => {
  it('gives a cue after "appeared to" or "seemed to" the subject of that verb', () => {
    expect(reported('Ms. Vale appeared to suggest that the factory would close next year.')).toEqual([
      ['Vale', 'appeared to suggest', 'the factory would close next year']
    ])
  })

  it('reads "said as much" and "doesn\'t think so" with the pro-form as content', () => {
    expect(contentOf('Ms. Vale said as much in an interview on Thursday.', 'said')).toBe('as much')
    expect(contentOf('Harsh? Mr. Okafor does not think so.', 'think')).toBe('so')
    expect(contentOf('Ms. Vale said as much as $5 million was lost.', 'said')).not.toBe('as much')
  })

  it('reads "hopes to" as an aim of the subject, but not "is hoping to"', () => {
    expect(contentOf('Ultimately, Mr. Clarke hopes to offset the emissions by planting trees.', 'hopes')).toBe('to offset the emissions by planting trees')
    expect(reported('The farmers are hoping to receive guarantees.')).toEqual([])
  })

  it('keeps "one" as the whole object of a cue that takes a noun phrase ("endorsed one in July")', () => {
    expect(contentOf('Despite his disdain for super PACs, Mr. Okafor officially endorsed one in July.', 'endorsed')).toBe('one')
  })

  it('reads a partitive hearer as the hearer, not as content ("told some of the miners")', () => {
    expect(reported('"I am proud of you," Mr. Clarke told some of the miners.')).toEqual([])
    expect(contentOf('Ms. Vale told one of her aides that the plan was dead.', 'told')).toBe('the plan was dead')
  })

  it('reads "retweeted" as speech on social media', () => {
    expect(contentOf('Mr. Okafor also retweeted an unflattering photo of the mayor.', 'retweeted')).toBe('an unflattering photo of the mayor')
  })

  it('still leaves a cue after a plain "to" alone ("to discuss")', () => {
    expect(reported('The senator travelled to Denver to discuss clean energy.')).toEqual([])
  })

  it('gives "… but has said …" the name that opens the sentence', () => {
    const found = reported('Mayor Anna Ruiz, like her predecessor, has asked residents to save water but has said she will not ration it.')
    expect(found).toContainEqual(['Anna Ruiz', 'said', 'she will not ration it'])
  })

  it('goes on with the speaker of a quote for a participle after a comma inside the closing mark', () => {
    const text = 'In a statement, Ms. Vale said: "The plant was a success for a decade," adding that its sales doubled in a year.'
    expect(reported(text)).toContainEqual(['Vale', 'adding', 'its sales doubled in a year'])
  })

  it('reads a mid-sentence cue with an object as a cue of its own, not as closing the sentence', () => {
    const text = 'In a column last week, two speechwriters urged the senator to return to the theme, arguing that it unsettled her rival.'
    expect(contentOf(text, 'arguing')).toBe('it unsettled her rival')
  })

  it('reads a last cue with a named object as a cue of its own ("Citing a theory, Okafor accused Ruiz, who …")', () => {
    const text = 'Citing an unfounded theory, Mr. Okafor repeatedly accused Mayor Ruiz, who was born in Lisbon, of lying.'
    expect(contentOf(text, 'Citing')).toBe('an unfounded theory')
  })

  it('still reads a closing attribution with a hearer ("…, he told The Washington Post.")', () => {
    const text = 'The talks stalled after the envoy left, Mr. Okafor told The Washington Post.'
    expect(reported(text)).toContainEqual(['Okafor', 'told', 'The talks stalled after the envoy left'])
  })

  it('still reads a closing attribution with a date after it ("…, the Post reported Tuesday.")', () => {
    const text = 'The talks stalled after the envoy left, officials said, the Washington Post reported Tuesday.'
    expect(reported(text).some((r) => r[0] === 'Washington Post' && r[2].startsWith('The talks stalled'))).toBe(true)
  })

  it('reads both sides of a set-off cue with a time adverb before its comma ("…, the senator said then, was …")', () => {
    const text = 'The truth, the senator said then, was that the plan had failed.'
    expect(reported(text)).toContainEqual(['senator', 'said', 'The truth, the senator said then, was that the plan had failed'])
  })

  it('reads a paragraph of its own after "X added:" as what X said (a block quote whose marks the layout dropped)', () => {
    const text = 'Limbaugh added:\n\nFrom a supposed front-runner, this reeks of fear. She cannot win without stacking the deck.\n\nThe show went on.'
    expect(reported(text)).toContainEqual(['Limbaugh', 'added', 'From a supposed front-runner, this reeks of fear. She cannot win without stacking the deck'])
    // A paragraph in quotation marks is a quote: direct, not reported.
    expect(reported('Limbaugh added:\n\n“This reeks of fear.”').filter((r) => r[1] === 'added')).toEqual([])
  })

  it('ends a reported clause at a dash that opens the writer\'s aside (em dash, "--", the horizontal bar ―)', () => {
    for (const dash of ['—', '--', '―']) {
      const text = `Clinton noted that Trump has not paid taxes ${dash} as was true for years ${dash} and Trump boasted about it.`
      expect(contentOf(text, 'noted')).toBe('Trump has not paid taxes')
    }
    // A relative clause between dashes is part of what was said.
    expect(contentOf('Clinton said the plan — which she called reckless — would fail.', 'said')).toBe('the plan — which she called reckless — would fail')
  })

  it('ends a noun-phrase object at a dash ("attacked Machado — a former beauty queen — on Twitter")', () => {
    expect(contentOf('Trump attacked Machado — a former beauty queen — on Twitter.', 'attacked')).toBe('Machado')
    expect(contentOf('Trump called the deal a disaster — and then left.', 'called')).toBe('the deal a disaster')
  })

  it('skips a bare plural hearer of "told" ("told reporters that …", "told reporters: “…”", "…, Rubio told reporters on Friday")', () => {
    expect(contentOf('Rubio told reporters that the US would walk away.', 'told')).toBe('the US would walk away')
    expect(contentOf('The US would walk away, Rubio told reporters on Friday.', 'told')).toBe('The US would walk away')
    // A quote after the hearer is direct: no reported attribution beside it.
    expect(reported('Peskov told reporters: “There is nothing to talk about.”')).toEqual([])
    expect(reported('“We are in a critical situation,” Merkel told reporters after the meeting.')).toEqual([])
    // "warned potential hackers" is what was said, not only to whom.
    expect(contentOf('Trump warned potential hackers from China and Russia.', 'warned')).toBe('potential hackers from China and Russia')
  })

  it('skips a time adjunct between the cue and its clause ("said on Tuesday the talks …", "said last week …")', () => {
    for (const when of ['on Tuesday', 'last week', 'Tuesday night', 'earlier this month']) {
      expect(contentOf(`Rubio said ${when} the talks might end.`, 'said')).toBe('the talks might end')
    }
    expect(contentOf('Rubio told reporters on Tuesday the talks might end.', 'told')).toBe('the talks might end')
    expect(contentOf('The talks stalled, Rubio said on Tuesday.', 'said')).toBe('The talks stalled')
  })

  it('ends the object of "ruled out" before an occasion ("ruled out any concessions on Sunday")', () => {
    expect(contentOf('Zelensky ruled out any territorial concessions on Sunday.', 'ruled out')).toBe('any territorial concessions')
  })

  it('keeps the closing mark of a quoted phrase that ends the content ("the deal was “very close”")', () => {
    expect(contentOf('Trump insisted the deal was “very close”.', 'insisted')).toBe('the deal was “very close”')
    expect(contentOf('Trump insisted the deal was "very close."', 'insisted')).toBe('the deal was "very close."')
    expect(contentOf('Trump insisted the deal was close.', 'insisted')).toBe('the deal was close')
  })

  it('reads no reported clause after a quote\'s cue when no clause follows it ("told reporters outside the courthouse", "said, his voice breaking", "wrote on X: “…”")', () => {
    for (const text of [
      '"He is a good man," Anna Berg told reporters outside the courthouse.',
      '"I am not a bad person," Tom Berg said, his voice breaking.',
      'FAA Administrator Mike Whitaker wrote on X: "We will hold Boeing accountable."'
    ]) {
      expect(reported(text)).toEqual([])
    }
    // A clause after it still counts.
    expect(contentOf('“It is over,” Rubio told reporters the talks had failed.', 'told')).toBe('the talks had failed')
    expect(contentOf('“It is over,” Rubio said, adding that the talks had failed.', 'adding')).toBe('the talks had failed')
  })
})

describe('reported speech: a cue in a relative clause on the subject', () => {
  it('ends the content at the comma before the main predicate ("Smith, who told reporters …, said …")', () => {
    expect(reported('Anna Berg, who told reporters the deal was dead, said the talks would go on.')).toEqual([
      ['Anna Berg', 'told', 'the deal was dead'],
      ['Anna Berg', 'said', 'the talks would go on']
    ])
    expect(reported('The Wall Street Journal, which first reported the plan last month, said the talks had stalled.')).toEqual([
      ['Wall Street Journal', 'reported', 'the plan last month'],
      ['Wall Street Journal', 'said', 'the talks had stalled']
    ])
    expect(reported('Anna Berg, who said the deal was dead, is now running for office.')).toEqual([['Anna Berg', 'said', 'the deal was dead']])
  })

  it('reads past an aside inside the content ("said the deal, reached Monday, was dead")', () => {
    expect(reported('Anna Berg, who said the deal, reached Monday, was dead, left early.')[0]?.[2]).toMatch(/^the deal, reached Monday, was dead/u)
  })

  it('reads the clause after a hearer in "to" ("denied to a newspaper that …", "confirmed to reporters that …")', () => {
    // After a cue other than "told" the hearer comes with "to": the clause after its "that" is what was said, not the words before the subject.
    expect(reported('Outside the hall, Lena Marsh denied to The Courier that she had broken any rule.')).toEqual([['Lena Marsh', 'denied', 'she had broken any rule']])
    expect(contentOf('Two county officials confirmed to reporters that the bridge would close.', 'confirmed')).toBe('the bridge would close')
    expect(contentOf('Tom Reyes admitted to county investigators that he had kept the files.', 'admitted')).toBe('he had kept the files')
    // Not a relative clause on an object of "to": "agreed to terms that would …".
    expect(contentOf('The union agreed to terms that would end the strike.', 'agreed')).toBe('to terms that would end the strike')
  })

  it('reads lower-case nouns after capitals as part of a hearer ("…, Roe told a county Hall news conference.")', () => {
    // The hearer is not cut at its capitals, so what was told is the fronted clause, not "news conference".
    expect(contentOf('Slow, costly, but worth it, Ada Nwosu told a county Hall press briefing.', 'told')).toBe('Slow, costly, but worth it')
    expect(contentOf('Ada Nwosu told a county Hall press briefing that the levy would pass.', 'told')).toBe('the levy would pass')
  })
})

describe('reported speech: a passive subject set off by a connective', () => {
  it('leaves "however" and the like out of a passive subject, before it or between its commas ("The offer, however, was rejected by …")', () => {
    expect(reported('The offer, however, was rejected by the board.')).toEqual([['board', 'rejected', 'The offer']])
    expect(reported('However, the offer was rejected by the board.')).toEqual([['board', 'rejected', 'the offer']])
  })
})
