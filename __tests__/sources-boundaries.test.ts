import {describe, expect, it} from '@jest/globals'
import {reported} from './helpers/reported.js'
import {findSources} from '../src/index.js'
import {finiteIn, subordinateClauseAt} from '../src/sources/reported/bounds.js'

const contentOf = (text: string, cue: string): string | undefined => reported(text).find((r) => r[1] === cue)?.[2]

describe('reported speech boundaries: relative clauses on an object', () => {
  it('ends an object at ", which/who" even when a comma follows later', () => {
    expect(contentOf('The analysts praised the mayor\u2019s plan to help small shops, which includes a tax credit, which would start next year.', 'praised')).toBe(
      'the mayor\u2019s plan to help small shops'
    )
    expect(contentOf('Ms. Okafor likened the agency to the postal service, which gets some public money, in an interview last week.', 'likened')).toBe(
      'the agency to the postal service'
    )
  })

  it('keeps ", which is" + a definite noun phrase, which says what the object is ("underscored a weakness, which is his inability to …")', () => {
    expect(contentOf('The long campaign underscored a familiar flaw, which is her refusal to admit any error.', 'underscored')).toBe('a familiar flaw, which is her refusal to admit any error')
    // Not the writer\u2019s comment on it.
    expect(contentOf('The analysts praised the new levy, which was popular with voters.', 'praised')).toBe('the new levy')
  })

  it('goes on past a relative aside to the preposition of the cue ("accused X, who …, of …")', () => {
    expect(contentOf('Senator Vale accused Tom Reyes, who was born in Lima, of hiding the report from the board.', 'accused')).toBe(
      'Tom Reyes, who was born in Lima, of hiding the report from the board'
    )
  })
})

describe('reported speech boundaries: the writer\u2019s adverbial clause after an object or infinitive', () => {
  it('ends before "after/when/as/until" + a clause of its own', () => {
    expect(contentOf('Last month, the agency warned county officials to tighten their security after hackers targeted two states.', 'warned')).toContain(
      'to tighten their security'
    )
    expect(contentOf('Last month, the agency warned county officials to tighten their security after hackers targeted two states.', 'warned')).not.toContain('hackers')
    expect(contentOf('Few people described Mr. Okafor as a reformer when he ran for mayor in 2008.', 'described')).toBe('Mr. Okafor as a reformer')
    expect(contentOf('The survey indicates a tightening race as the governor consolidates his base.', 'indicates')).toBe('a tightening race')
    expect(contentOf('The council condemned the launch as the navy fired three missiles into the sea.', 'condemned')).toBe('the launch')
  })

  it('ends before a purpose clause, "so" + a clause of its own ("agreed to release the cash so Mr. Clarke could start the work")', () => {
    expect(contentOf('The insurers agreed to release millions in cash so Mr. Clarke could start the work.', 'agreed')).toBe('to release millions in cash')
    // A reported clause keeps it: it is what was said.
    expect(contentOf('Mr. Reyes said he sold the land so his family could pay the debt.', 'said')).toBe('he sold the land so his family could pay the debt')
  })

  it('keeps the adverbial clause of a reported clause ("said he cannot comment because he has not seen it")', () => {
    expect(contentOf('Mr. Reyes said he cannot comment on the letter because he has not seen it.', 'said')).toBe('he cannot comment on the letter because he has not seen it')
    expect(contentOf('The lawyer says Ms. Vale violated the rules while the board investigated her.', 'says')).toBe('Ms. Vale violated the rules while the board investigated her')
  })

  it('keeps a relative "when/before" on a time noun ("the days when he …")', () => {
    expect(contentOf('Mr. Okafor recalled the days when he and his family would visit the farm.', 'recalled')).toBe('the days when he and his family would visit the farm')
  })
})

describe('bounds helpers', () => {
  const words = (text: string) =>
    text.split(' ').map((t, i) => ({text: t, lower: t.toLowerCase(), kind: 'word', quote: -1, capitalized: /^[A-Z]/u.test(t), start: i, end: i + 1, sentence: 0, paragraph: 0}))

  it('subordinateClauseAt needs a subject and a finite verb', () => {
    const w = words('security after hackers targeted data') as never
    expect(subordinateClauseAt(w, 1, 5)).toBe(true)
    const v = words('evangelist as a climate evangelist') as never
    expect(subordinateClauseAt(v, 1, 5)).toBe(false)
  })

  it('finiteIn finds a finite verb or a negated auxiliary', () => {
    expect(finiteIn(words('a tightening race') as never, 0, 3)).toBe(false)
    expect(finiteIn(words("he wasn't aware") as never, 0, 3)).toBe(true)
  })
})

describe('reported speech boundaries: a cue in an adverbial clause that opens the sentence', () => {
  it('ends the content at the comma that closes the clause ("While he acknowledged …, Ham also noted …")', () => {
    expect(contentOf('While he acknowledged funding was a major reason he quit, Mr. Okafor also noted other problems.', 'acknowledged')).toBe(
      'funding was a major reason he quit'
    )
    expect(contentOf('While a federal judge found the action unconstitutional, his decision was overturned on appeal.', 'found')).toBe('the action unconstitutional')
  })

  it('ends a one-word object of the cue’s preposition at that comma ("When veterans ask for help, too many calls …")', () => {
    expect(contentOf('When tenants ask for repairs, most landlords stall for weeks.', 'ask')).toBe('repairs')
  })

  it('leaves a content alone when a comma comes before the cue or the sentence opens with no subordinator', () => {
    expect(contentOf('If elected, Mr. Okafor said he would reopen the mill, the town\u2019s largest employer.', 'said')).toContain('he would reopen the mill')
    expect(contentOf('Mr. Okafor said that if elected, he would reopen the mill.', 'said')).toBe('if elected, he would reopen the mill')
  })
})

describe('reported speech boundaries: ", and" + a subject with a possessive', () => {
  it('ends at ", and the miners\u2019 union also stepped in" (a new clause, its subject holding a possessive mark)', () => {
    expect(contentOf("In the end, the company agreed to lend Mr. Reyes $5 million, and the coal miners' union also stepped in with money.", 'agreed')).toBe(
      'to lend Mr. Reyes $5 million'
    )
  })
})

describe('reported speech boundaries: a one-word object before its relative clause', () => {
  it('ends "endorses Trump, who says he is honored" at the name', () => {
    expect(contentOf('Ah, friends once more: Senator Vale endorses Okafor, who says he is honored.', 'endorses')).toBe('Okafor')
  })
})

describe('reported speech boundaries: only an occasion after the cue of a quote', () => {
  it('gives no reported content for "“…,” Obama said after meeting with Putin."', () => {
    const text = '\u201CWe have had problems with intrusions in the past,\u201D Mr. Okafor said after meeting with the Russian president.'
    expect(reported(text).map((r) => r[2])).not.toContain('after meeting with the Russian president')
    const sunday = '\u201CWe need to step away from these efforts,\u201D Ms. Vale said Sunday on CNN\u2019s \u201CState of the Union.\u201D'
    expect(reported(sunday).some((r) => r[2].startsWith('Sunday'))).toBe(false)
  })

  it('keeps a clause after the occasion ("said after the convention he would not accept …")', () => {
    const text = '\u201CI will not,\u201D Mr. Okafor said after the convention he would not accept the endorsement if it were offered.'
    expect(contentOf(text, 'said')).toContain('he would not accept the endorsement')
  })
})

describe('reported speech boundaries: a cue inside a relative clause set off by commas', () => {
  it('reports to the comma that closes the clause ("The bill, which Smith said would cost $2 billion, passed")', () => {
    const text = 'The bill, which Sen. Tom Berg said would cost $2 billion, passed on Tuesday.'
    const found = findSources(text).flatMap((s) => s.attributions.map((a) => [s.name, a.content.text]))
    expect(found).toEqual([['Tom Berg', 'would cost $2 billion']])
    expect(findSources('The tax, which critics argue is unfair, took effect in May.')[0]?.attributions[0]?.content.text).toBe('is unfair')
  })

  it('gives what the cue speaks of, the noun phrase before, when nothing follows the cue ("The claims, which the company denies,")', () => {
    const sources = findSources('The claims, which the company denies, were first reported by the Harbor Gazette.')
    const company = sources.find((s) => s.name === 'company')
    expect(company?.attributions.map((a) => [a.cue?.text, a.content.text])).toEqual([['denies', 'The claims']])
  })

  it('gives the object before the clause at the end of a sentence ("He repeated the claims, which the company denies.")', () => {
    const company = findSources('He repeated the claims, which the company denies.').find((s) => s.name === 'company')
    expect(company?.attributions.map((a) => a.content.text)).toEqual(['the claims'])
  })

  it('reads a cue word after a determiner and a number as a noun ("the 2019 claims")', () => {
    const sources = findSources('He repeated the 2019 claims about the port.')
    expect(sources.flatMap((s) => s.attributions.map((a) => a.cue?.text))).not.toContain('claims')
  })
})

describe('reported speech boundaries: the writer\u2019s summing-up after a reported clause', () => {
  it('ends the content before ", a claim that could not be independently verified"', () => {
    expect(contentOf('The Defense Ministry claimed its forces had hit military targets, a claim that could not be independently verified.', 'claimed')).toBe(
      'its forces had hit military targets'
    )
    expect(contentOf('The minister said the figure was wrong, a view shared by most economists.', 'said')).toBe('the figure was wrong')
  })

  it('ends the content before the writer’s name for the event (", the latest chapter in …", ", a move that …"), later commas and all', () => {
    expect(
      contentOf('The governor is endorsing the mayor’s reelection bid, the latest chapter in a feud that has gone from open scorn to, at last, a truce.', 'endorsing')
    ).toBe('the mayor’s reelection bid')
    expect(contentOf('The union praised the new contract, a move that surprised the owners.', 'praised')).toBe('the new contract')
  })

  it('keeps an appositive inside the clause ("the report, a claim by rivals, was false")', () => {
    expect(contentOf('She said the report, a claim by rivals, was false.', 'said')).toBe('the report, a claim by rivals, was false')
  })
})

describe('reported speech boundaries: "that" before a number is the complementizer', () => {
  it('reads "said in a statement that 85 of the drones …" from the number', () => {
    expect(contentOf('The air force said in a statement on Telegram that 85 of the drones had been shot down.', 'said')).toBe('85 of the drones had been shot down')
  })
})

describe('reported speech boundaries: a second predicate inside a "that" clause', () => {
  it('keeps "and had since overhauled …" in what the spokesman said the company did', () => {
    expect(contentOf('A spokesman for the bank said in a statement that the company had cooperated fully and had since overhauled its practices.', 'said')).toBe(
      'the company had cooperated fully and had since overhauled its practices'
    )
  })

  it('still ends an object content at the source\u2019s own second predicate ("has promised a veto and attempted to …")', () => {
    expect(contentOf('The governor has promised a veto and attempted to make the case for it in a speech.', 'promised')).toBe('a veto')
  })

  it('ends a noun phrase or an infinitive at "and" + an auxiliary or a present-tense verb ("declined that assignment and has since left")', () => {
    expect(contentOf('The correspondent declined that job and has since quit the channel.', 'declined')).toBe('that job')
    expect(contentOf('The mayor refused to back the new stadium and is now campaigning against it.', 'refused')).toBe('to back the new stadium')
    expect(contentOf('Ms. Okafor is wary of payday loans and expects them to vanish.', 'is wary of')).toBe('payday loans')
    // A reported clause keeps its own second predicate.
    expect(contentOf('The firm says the regulator calls the probe routine and has reached no finding.', 'says')).toBe('the regulator calls the probe routine and has reached no finding')
  })
})

describe('reported speech boundaries: a clause of the writer\u2019s after a noun-phrase object and "and"', () => {
  it('ends the object before "and" + a subject and its verb ("highlighted sharp differences … and the migration crisis ushered …")', () => {
    expect(contentOf('Shoppers grew angry after the strike highlighted deep rifts over pay and the port closure forced shops to shut.', 'highlighted')).toBe(
      'deep rifts over pay'
    )
    // Not a noun phrase with a relative clause on it after "and".
    expect(contentOf('The bishop has called the pit closures and the hardship that has followed a disaster for the valley.', 'called')).toBe(
      'the pit closures and the hardship that has followed a disaster for the valley'
    )
  })
})

describe('reported speech boundaries: coordinated gerunds', () => {
  it('keeps a gerund joined by "and" in a content that opens with one ("suggested looking at … and asking yourself …")', () => {
    expect(contentOf('The planner suggested reading every receipt and asking yourself whether the purchase was worth it.', 'suggested')).toBe(
      'reading every receipt and asking yourself whether the purchase was worth it'
    )
  })
})

describe('reported speech boundaries: a cue in a clause on the sentence\u2019s subject', () => {
  it('ends an infinitive before the main clause\u2019s auxiliary ("One of the reasons that Trump refuses to … may be that …")', () => {
    expect(contentOf('One of the likely reasons that the mayor refuses to publish his calendar may be that it shows few meetings.', 'refuses')).toBe('to publish his calendar')
    expect(contentOf('The fact that the club refused to sell the striker is telling.', 'refused')).toBe('to sell the striker')
  })
})

describe('reported speech boundaries: a subject and a first verb before ", but" (issue 3)', () => {
  it('gives the cue after ", but also" the subject of the sentence', () => {
    expect(reported('His former partner agreed, but also contended that the records should stay sealed.')).toEqual([['His former partner', 'contended', 'the records should stay sealed']])
  })

  it('gives the cue after ", but also" the speaker, not the subject of the reported clause', () => {
    expect(reported('Mr. Okafor said the plan would work, but also warned that it was costly.')).toEqual([
      ['Okafor', 'said', 'the plan would work'],
      ['Okafor', 'warned', 'it was costly']
    ])
  })

  it('reads ", and" as an aside, not a second predicate of the subject', () => {
    expect(reported('Reyes did not reveal, and was not asked, the name of the buyer.')).toEqual([])
  })

  it('gives a cue before ", but warned" no content that holds the cue itself', () => {
    expect(reported('In May, Ms. Berg agreed, but warned that the price would rise.')).toEqual([['Berg', 'warned', 'the price would rise']])
  })
})

describe('reported speech boundaries: a hearer cut short by its length limit (issue 3)', () => {
  it('ends the hearer before its occasion ("told his wife in an angry phone call that …")', () => {
    expect(reported('He told his brother in an angry phone call that he would not sign the lease.')).toEqual([['He', 'told', 'he would not sign the lease']])
  })

  it('keeps a directive\u2019s hearer whole, place and all ("told his supporters at a rally to …")', () => {
    expect(reported('The governor told his supporters at a county rally to vote early.')).toEqual([['governor', 'told', 'his supporters at a county rally to vote early']])
  })
})

describe('a closing cue followed by a time adjunct of several words', () => {
  it('takes the clause before the subject, not the adjunct ("…, officials said Tuesday night.", "… said last week.")', () => {
    expect(contentOf('The ferry will stop running for the winter, city officials said Tuesday night.', 'said')).toBe('The ferry will stop running for the winter')
    expect(contentOf('Two of the guards had quit in protest, sources said last week.', 'said')).toBe('Two of the guards had quit in protest')
  })

  it('still reads a clause after the adjunct ("said this week the ferry …")', () => {
    expect(contentOf('City officials said this week the ferry will stop running.', 'said')).toBe('the ferry will stop running')
  })
})

describe('"that" right after a preposition in the occasion of a cue', () => {
  it('is a determiner, and the clause opens at the later "that" ("said at that hearing that …")', () => {
    expect(contentOf('Ms. Berg said at that hearing that the plant would stay open.', 'said')).toBe('the plant would stay open')
    expect(contentOf('The mayor said at that press briefing that taxes would rise.', 'said')).toBe('taxes would rise')
  })
})
