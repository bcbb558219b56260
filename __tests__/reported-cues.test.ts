import {describe, expect, it} from '@jest/globals'
import {extractQuotes} from '../src/index.js'
import {reported} from './helpers/reported.js'


describe('reported speech: cue forms', () => {
  it('reads a request for anonymity as no cue ("who asked not to be named", "asked for anonymity")', () => {
    expect(reported('A former official, who asked not to be named, said the talks had stalled.')).toEqual([
      ['former official', 'said', 'the talks had stalled']
    ])
    expect(reported('The official, who asked for anonymity to discuss the talks, said they had stalled.')).toEqual([
      ['official', 'said', 'they had stalled']
    ])
    expect(reported('The mayor asked that the meeting be postponed.')).toEqual([['mayor', 'asked', 'the meeting be postponed']])
  })

  it('reads a cue word after a plural possessive ("the senators\' plans") as a noun, like one after "the senator\'s"', () => {
    // The apostrophe of a plural possessive stands as a token of its own: the word after it is still owned, a noun.
    expect(reported("But the senators' plans offer little comfort to renters.")).toEqual([])
    expect(reported("The senator's plans offer little comfort to renters.")).toEqual([])
    // A verb after a plural owner's noun is still a cue.
    expect(reported("The workers' union plans to strike on Monday.")).toEqual([["workers' union", 'plans', 'to strike on Monday']])
  })

  it('reads "found" right before "in", "inside", "among" or "near" as a passive participle of place ("gases found in landfills"), no finding', () => {
    // A noun and then where it is found: nobody found anything out.
    expect(reported('The talks yielded one deal: a cap on methane, powerful warming gases found in landfills.')).toEqual([])
    expect(reported('Old coins found near the river were sent to the museum.')).toEqual([])
    // Before a year it is the finding, and so is "found" with its clause.
    expect(reported('The panel found in 2001 that the tariff broke the treaty.')).toEqual([['panel', 'found', 'the tariff broke the treaty']])
    expect(reported('Inspectors found that the ferry was overloaded.')).toEqual([['Inspectors', 'found', 'the ferry was overloaded']])
  })

  it('reads a progressive cue with adverbs after "is" ("is once again questioning")', () => {
    expect(reported('Senator Dana Whitlock is once again questioning the cost of the harbour tunnel.')).toEqual([
      ['Dana Whitlock', 'questioning', 'the cost of the harbour tunnel']
    ])
  })

  it('reads a cue after "is" and adverbs as a passive: its subject is no source ("is also expected to …")', () => {
    expect(reported('The harbour master is also expected to step down next month.')).toEqual([])
    expect(reported('Two ministers were not expected to attend the summit.')).toEqual([])
    expect(reported('The harbour master expects to step down next month.')).toEqual([['harbour master', 'expects', 'to step down next month']])
  })

  it('reads a cue after "be" and "later", "first" or an adverb in "-ly" as a passive: what was found or charged is no source', () => {
    // Customers of a bank were billed by mistake: they were charged, they said nothing.
    expect(reported('During the billing scandal, customers were mistakenly charged fees for accounts they never opened.')).toEqual([])
    expect(reported('The stolen van was later found abandoned behind a warehouse.')).toEqual([])
    expect(reported('The new tariff is widely expected to take effect in March.')).toEqual([])
    expect(reported('The comet was first observed in March by an amateur in Chile.')).toEqual([])
    // With no "be" before it, "later found" is the active verb: the bank found it.
    expect(reported('The bank later found that the fees had been charged by mistake.')).toEqual([['bank', 'found', 'the fees had been charged by mistake']])
  })

  it('reads "added" before a number as a quantity that rose, not a cue ("the index added 9.5 points")', () => {
    expect(reported('The Harbour Composite Index added 9.5 points, or 0.4 percent, to 2,210.')).toEqual([])
    expect(reported('The carrier added 42,000 broadband customers in the spring.')).toEqual([])
    expect(reported('The carrier added that 42,000 customers had signed up.')).toEqual([['carrier', 'added', '42,000 customers had signed up']])
  })

  it('reads "add" before a bare noun phrase, with no verb and no quote, as putting something in, not a cue ("the bakery added two ovens")', () => {
    // A shop that grows: it adds things, it says nothing.
    expect(reported('The bakery is enlarging its shop floor, adding two ovens and a reading corner for customers.')).toEqual([])
    expect(reported('The town council has added a night bus to serve the airport.')).toEqual([])
    expect(reported('The deluxe model adds a larger screen, a roof rack and two speakers.')).toEqual([])
    // A clause, a quote, or a clause whose verb is misspelt after its subject pronoun is still what was added.
    expect(reported('The baker added the ovens would arrive in May.')).toEqual([['baker', 'added', 'the ovens would arrive in May']])
    expect(reported('But the mayor added, I dont see anyone on the council fighting it.')).toEqual([['mayor', 'added', 'I dont see anyone on the council fighting it']])
  })

  it('reads "found out" with its clause: the particle is the cue\'s, not the first word of what was found', () => {
    expect(reported('The farmer later found out the bridge had been closed by the flood.')).toEqual([['farmer', 'found', 'the bridge had been closed by the flood']])
    expect(reported('The tenants only found out that the rent would double in spring.')).toEqual([['tenants', 'found', 'the rent would double in spring']])
  })

  it('reads "add up" as amounting to, not a cue ("the purchases on my statement that add up to …")', () => {
    // A parent weighing small purchases against a college fund: the purchases total a sum, they say nothing.
    expect(reported('Skip the small purchases on my card statement that add up to the sum I must save each month.')).toEqual([])
    expect(reported('The receipts added up to more than the budget allowed.')).toEqual([])
    expect(reported('The treasurer added that the figures did not add up.')).toEqual([['treasurer', 'added', 'the figures did not add up']])
  })

  it('reads "posted" as a cue only before a clause or a quote, also after where it was posted', () => {
    expect(reported('Last spring the bakery chain posted a loss of 4 million dollars.')).toEqual([])
    expect(reported('The singer posted bail and flew home.')).toEqual([])
    expect(reported('The councillor posted on Facebook that the vote would fail.')).toEqual([['councillor', 'posted', 'the vote would fail']])
  })

  it('reads "accused of", "blamed for" right after a noun as a passive participle: the noun is no source', () => {
    expect(reported('Prosecutors dropped the case against a clerk accused of leaking the memo.')).toEqual([])
    expect(reported('The utility blamed for the blackout apologised.')).toEqual([])
    expect(reported('The mayor accused the utility of hiding the fault.')).toEqual([['mayor', 'accused', 'the utility of hiding the fault']])
  })

  it('reads "called" between a common noun and a name as naming, and "called off" as cancelling: no cue', () => {
    expect(reported('The clinic now sells a gout pill called Zorvex -- its best seller.')).toEqual([])
    expect(reported('The scheme, called Project Dawn, was drawn up in May.')).toEqual([])
    expect(reported('Earlier this week, the envoy called off a trip to the border.')).toEqual([])
    expect(reported('The mayor called the plan "a disgrace."')).toContainEqual(['mayor', 'called', 'the plan "a disgrace."'])
  })

  it('reads "found" after "helped", "to" or a modal as "to found" (establish), no cue ("helped found a youth program")', () => {
    // A volunteer who set up a club, in a profile of her.
    expect(reported('In 1998, Ms. Orla Brenn helped found a weekend chess club for refugees.')).toEqual([])
    expect(reported('The brothers hope to found a school for deaf children.')).toEqual([])
    expect(reported('Two studies have found that the club cut truancy.')).toContainEqual(['Two studies', 'found', 'the club cut truancy'])
  })

  it('reads "found" with an object and the state it was come upon in as no cue ("found him dead", "found the body floating")', () => {
    // A police search and a hiker's discovery, told as events.
    expect(reported('Officers forced the door and found Mr. Tarrow dead.')).toEqual([])
    expect(reported('A jogger found the fisherman\'s body floating near the jetty.')).toEqual([])
    expect(reported('Deputies found 40-year-old Ray Olde of Linton shot in his car.')).toEqual([])
    expect(reported('The inquiry found that the guard was dead before the fire.')).toContainEqual(['inquiry', 'found', 'the guard was dead before the fire'])
  })

  it('reads "called" with a convened or rung-up object, "showed" with a thing on view and "found" with what a search turns up as no cue', () => {
    expect(reported('The governor has since called two special sessions to force the levy through.')).toEqual([])
    expect(reported('The cleric had called a meeting to plan the raid.')).toEqual([])
    expect(reported('Late on Monday a neighbour of the farmer called police to report the fire.')).toEqual([])
    expect(reported('The prosecutor showed pictures of a bruise on the guard\'s wrist.')).toEqual([])
    expect(reported('The defendant showed no remorse during the sentencing.')).toEqual([])
    expect(reported('Hundreds of nurses showed up for the morning shift.')).toEqual([])
    expect(reported('Divers found the body of a fisherman near the pier.')).toEqual([])
    expect(reported('Border agents found traces of cocaine in the spare tyre.')).toEqual([])
    expect(reported('The audit found the fund had lost money for years.')).toContainEqual(['audit', 'found', 'the fund had lost money for years'])
    // Naming keeps its cue, even when the object's noun is a convened thing's ("the police raids", "the hearing on X").
    expect(reported('The senator called the police raids on the camp a disgrace.')).toContainEqual(['senator', 'called', 'the police raids on the camp a disgrace'])
    expect(reported('The survey showed most tenants want lower rents.')).toContainEqual(['survey', 'showed', 'most tenants want lower rents'])
  })

  it('reads "attacked" with a target struck by force as no cue ("attacked a village", "attacks Windows computers")', () => {
    // A raid by rebels and a computer virus, against a politician attacking a rival in words.
    expect(reported('Rebels attacked a village and took hostages on Sunday.')).toEqual([])
    expect(reported('The virus attacks Windows computers through a flaw in the mail program.')).toEqual([])
    expect(reported('Militants kept attacking US soldiers near the border.')).toEqual([])
    expect(reported('The senator attacked her rival as a fraud.')).toEqual([['senator', 'attacked', 'her rival as a fraud']])
  })

  it('reads a cue form after an adjective compromise leaves untagged as a noun ("the federal charges", "possible attacks")', () => {
    // A sentencing date after the charges, and a question about threats before the answer.
    expect(reported('Ms. Vance could get six years on the criminal charges once a judge rules in June.')).toEqual([])
    expect(reported('Asked about other possible attacks, Lee said: "We are ready."')).toEqual([])
    expect(reported('The agency charges that the firm hid its losses.')).toEqual([['agency', 'charges', 'the firm hid its losses']])
  })

  it('reads "alleged" between a count and a noun as an adjective ("nearly 90 alleged victims")', () => {
    // Lawyers meeting with people who say they were harmed: nobody alleges anything in the sentence.
    expect(reported('Lawyers for the diocese and nearly 90 alleged victims began talks last week.')).toEqual([])
    expect(reported('Two of the workers alleged that the vote was rigged.')).toEqual([['Two of the workers', 'alleged', 'the vote was rigged']])
  })

  it('reads a cue form in "-s" after a count or before "of" as a plural noun ("the May 3 attacks", "face charges of")', () => {
    expect(reported('Gifts stemming from the May 3 attacks helped lift giving by 9 percent.')).toEqual([])
    expect(reported('Guides printed by only four states now carry the warning.')).toEqual([])
    expect(reported('The two men face charges of arson and theft.')).toEqual([])
    expect(reported('Its profit of 9 cents beat analysts\' estimates of 7 cents a share.')).toEqual([])
    expect(reported('The agency warns of flooding along the coast.')).toEqual([['agency', 'warns', 'flooding along the coast']])
    expect(reported('A reading below 50 suggests that the sector is shrinking.')).toEqual([['reading below 50', 'suggests', 'the sector is shrinking']])
  })

  it('reads a cue form in "-s" before a verb of a plural subject as a plural noun ("details haven\'t been settled", "lab reports show")', () => {
    // A deal whose terms are still open, then a lab finding cited by its reports.
    expect(reported("The staff will move, but details haven't been settled, said Tom Reed, a director.")).toEqual([
      ['Tom Reed', 'said', "The staff will move, but details haven't been settled"]
    ])
    expect(reported('Early lab reports show the fish died of heat.')).toEqual([['Early lab reports', 'show', 'the fish died of heat']])
  })

  it('goes on with the speaker of a quote for a participle after its cue ("…,” she said, adding …)', () => {
    expect(reported('“The depot stays open,” Mayor Ines Barto said, adding that the night buses would run until March.')).toEqual([
      ['Ines Barto', 'adding', 'the night buses would run until March']
    ])
  })

  it('gives a participle after "aside from" / "besides" the speaker of the clause it adds to', () => {
    const found = reported('The warden has said a dozen officers applied, but she declines to name them, aside from saying she wants a younger deputy.')
    expect(found).toContainEqual(['warden', 'saying', 'she wants a younger deputy'])
    expect(found).toContainEqual(['she', 'declines', 'to name them'])
    expect(reported('The coach stayed quiet, apart from noting that the pitch was wet.')).toEqual([['coach', 'noting', 'the pitch was wet']])
  })

  it('ends a content at a conjunction before an auxiliary and the next cue ("… but has said …")', () => {
    expect(reported('Governor Lena Forsyth has praised the rail plan but has said the budget must shrink.')).toEqual([
      ['Lena Forsyth', 'praised', 'the rail plan'],
      ['Lena Forsyth', 'said', 'the budget must shrink']
    ])
  })
})

describe('reported speech: verbs of hinting, reasoning and guessing, and doubled consonants', () => {
  it('reads "hinted", "reasoned" and "guessed" with their clause', () => {
    for (const [text, cue] of [
      ['She hinted that she would run.', 'hinted'],
      ['Officials reasoned that the storm would weaken.', 'reasoned'],
      ['The analyst guessed that prices would rise.', 'guessed']
    ] as const) {
      expect(reported(text).map((r) => r[1])).toEqual([cue])
    }
    // The nouns are no cues.
    expect(reported('For that reason, the plan failed. His guess is that prices will rise.')).toEqual([])
  })

  it('doubles the consonant after "qu" ("quipped")', () => {
    expect(reported('The mayor quipped that the budget was a work of fiction.').map((r) => [r[1], r[2]])).toEqual([['quipped', 'the budget was a work of fiction']])
  })
})

describe('reported speech: weak and same-form cues that close the sentence', () => {
  it('reads "…, the judge ruled.", "…, the IMF forecast." and "forecast that"', () => {
    expect(reported('The evidence was inadmissible, the judge ruled.')).toEqual([['judge', 'ruled', 'The evidence was inadmissible']])
    expect(reported('The economy will grow 2 percent this year, the IMF forecast.')).toEqual([['IMF', 'forecast', 'The economy will grow 2 percent this year']])
    expect(reported('Stocks fell after Acme Corp., the biggest maker of routers, forecast that sales will be flat.').map((r) => r[2])).toEqual(['sales will be flat'])
  })

  it('reads a weak cue of speech after a comma and its subject ("…, the minister signaled.", "…, Smith texted.")', () => {
    expect(reported('The talks would resume, the minister signaled.')).toEqual([['minister', 'signaled', 'The talks would resume']])
    expect(reported('The deal is off, Smith texted.')).toEqual([['Smith', 'texted', 'The deal is off']])
  })

  it('reads a weak cue of speech before a pronoun and its auxiliary ("signaled it could cut rates")', () => {
    expect(reported('The Fed signaled it could cut rates later this year.')).toEqual([['Fed', 'signaled', 'it could cut rates later this year']])
    expect(reported('The minister signaled he was open to talks.')).toEqual([['minister', 'signaled', 'he was open to talks']])
  })

  it('still reads no weak cue that does not close the sentence, nor the noun "forecast"', () => {
    expect(reported('The minister signaled a shift in policy.')).toEqual([])
    expect(reported('The forecast was grim.')).toEqual([])
    expect(reported('The judge ruled out a delay.').map((r) => r[1])).toEqual(['ruled out'])
  })
})

describe('reported speech: praise, reproach and pleading verbs', () => {
  it('reads "railed against" and "lauded" as cues', () => {
    expect(reported('Senator Ama Ofori railed against the new parking fees.')).toEqual([
      ['Ama Ofori', 'railed', 'the new parking fees']
    ])
    expect(reported('Senator Ama Ofori lauded the library plan as a model for the region.')).toEqual([
      ['Ama Ofori', 'lauded', 'the library plan as a model for the region']
    ])
  })

  it('attributes a quote to the subject of "exhorted"', () => {
    const quotes = extractQuotes('“Vote early, and bring your neighbours,” Senator Ama Ofori exhorted.')
    expect(quotes.map((q) => [q.speaker?.name, q.cue?.text])).toEqual([['Ama Ofori', 'exhorted']])
  })
})

describe('reported speech: a participle clause after a comma', () => {
  it('gives it the name that opens the sentence ("X has embraced …, promising to …")', () => {
    expect(reported('Mayor Ines Barto has embraced the harbour plan, promising to finish the sea wall by 2030.')).toContainEqual(
      ['Ines Barto', 'promising', 'to finish the sea wall by 2030']
    )
  })

  it('ends the first content at a comma inside closing quotation marks (“…,” comparing)', () => {
    const found = reported('Senator Dana Whitlock openly praises the ferry service as a “lifeline,” comparing it to the old rail link.')
    expect(found).toContainEqual(['Dana Whitlock', 'comparing', 'it to the old rail link'])
    expect(found.find(([, cue]) => cue === 'praises')?.[2]).toBe('the ferry service as a “lifeline')
  })

  it('leaves a sentence opened by a preposition alone ("In a letter, …, emphasizing")', () => {
    expect(reported('In a long letter to the board on Monday, the union met the mayor, emphasizing the deadline.')).toEqual([])
  })
})

describe('reported speech: content boundaries', () => {
  it('ends a content at a semicolon', () => {
    expect(reported('The budget office estimates that the levy would raise $2 billion; the council puts the figure far lower.')).toContainEqual(
      ['budget office', 'estimates', 'the levy would raise $2 billion']
    )
  })

  it('keeps a one-word object of a cue that takes a noun phrase ("has endorsed Okafor", "does not defend it")', () => {
    expect(reported('Senator Dana Whitlock has endorsed Okafor.')).toEqual([['Dana Whitlock', 'endorsed', 'Okafor']])
    expect(reported('Senator Dana Whitlock does not defend it.')).toEqual([['Dana Whitlock', 'defend', 'it']])
  })

  it('still needs two words after a cue that takes a clause ("said Monday")', () => {
    expect(reported('Senator Dana Whitlock said Monday.')).toEqual([])
  })
})

describe('reported speech: a speaker the article never names', () => {
  it('keeps a subject pronoun that resolves to no one as the source ("They argue that …")', () => {
    expect(reported('They argue that the agency overstepped its authority.')).toEqual([
      ['They', 'argue', 'the agency overstepped its authority']
    ])
  })

  it('does not keep "it" or "you" that way', () => {
    expect(reported('It seems the agency overstepped its authority. You say the agency was right.')).toEqual([])
  })
})

describe('reported speech: a group named by a plain plural noun', () => {
  it('reads "environmentalists worry that …" and "political observers say …"', () => {
    expect(reported('But environmentalists worry that the dredging could harm the reef.')).toEqual([
      ['environmentalists', 'worry', 'the dredging could harm the reef']
    ])
    expect(reported('Political observers say the mayor deserves a second term.')).toEqual([
      ['Political observers', 'say', 'the mayor deserves a second term']
    ])
  })

  it('reads the head of a subject with a prepositional modifier ("observers in X and around Y say …")', () => {
    expect(reported('Political observers in Ohio and across the region say the mayor deserves a second term.')).toEqual([
      ['Political observers', 'say', 'the mayor deserves a second term']
    ])
  })

  it('leaves documents to the document rules ("after reports suggested …")', () => {
    expect(reported('The talks stalled after reports suggested the deal was off.').map(([name]) => name)).not.toContain('reports')
  })

  it('keeps a subject inside a reiterated or confirmed clause part of it ("Witkoff reiterated that the US wanted …")', () => {
    expect(reported('Witkoff reiterated that the US wanted a ceasefire by Easter.')).toEqual([['Witkoff', 'reiterated', 'the US wanted a ceasefire by Easter']])
    expect(reported('The ministry confirmed that officials had warned of delays.')).toEqual([['ministry', 'confirmed', 'officials had warned of delays']])
  })
})

describe('reported speech: "threaten" and "promise" meaning "is likely to"', () => {
  it('reads an event or a state that threatens or promises as no speaker', () => {
    expect(reported('The drought threatened to ruin the harvest across the valley.')).toEqual([])
    expect(reported('The port strike threatens to halt exports for a month.')).toEqual([])
    expect(reported('It was a change that could threaten thousands of small shops.')).toEqual([])
    expect(reported('The budget session promises to be long and bitter.')).toEqual([])
  })

  it('still reads a person or a body that threatens', () => {
    expect(reported('The landlord threatened to evict the tenants.')).toEqual([['landlord', 'threatened', 'to evict the tenants']])
  })
})

describe('reported speech: a cue-like plural ending a noun compound', () => {
  it('reads "charges" or "states" after a past verb and one lower-case noun as the noun compound it ends, no cue', () => {
    // The compound is the verb's object: nothing "charges" or "states" anything.
    expect(reported('A state court restored fraud charges against the former mayor.')).toEqual([])
    expect(reported('Excluding severance charges the firm earned a small profit.')).toEqual([])
    // A word of time or an adverb after the past verb is no noun of a compound: the plural stays a cue.
    expect(reported('Critics of the plan approved again charges that it is unfair.')).toEqual([['Critics of the plan', 'charges', 'it is unfair']])
  })

  it('reads a bare singular noun before another lower-case noun as its modifier, no hearer ("urged member nations to")', () => {
    expect(reported('The envoy urged member nations to send more doctors.')).toEqual([['envoy', 'urged', 'member nations to send more doctors']])
    // A plural is a hearer of its own: "told reporters the plan was dead".
    expect(reported('The envoy told reporters the plan was dead.')).toEqual([['envoy', 'told', 'the plan was dead']])
  })
})

describe('reported speech: a reduced passive after a noun', () => {
  it('reads a past form between a noun and "by" as a participle on the noun, no cue ("the act sponsored by", "hills threatened by")', () => {
    expect(reported('Later that day, the Senate voted to pass the Clean Harbors Act sponsored by Senator Ann Hale.')).toEqual([])
    expect(reported('The blaze spread overnight in Pine Hollow, one of two valleys in the Blue Ridge hills threatened by the fire.')).toEqual([])
    // After a form of "be" it is the passive of a cue: the agent after "by" speaks.
    expect(reported('The deal was confirmed by the company.')).toEqual([['company', 'confirmed', 'The deal']])
  })
})

describe('reported speech: a plural after a preposition and a modifier in "-ss" or with a hyphen', () => {
  it('reads "charges" after "in credit-loss" or "in business" as a noun, no cue', () => {
    expect(reported('The lender booked 40 billion won in credit-loss charges compared with 9 billion won a year ago.')).toEqual([])
    expect(reported('The firm took 3 million dollars in business charges compared with none last year.')).toEqual([])
  })
})
