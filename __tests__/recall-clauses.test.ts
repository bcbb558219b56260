import {describe, expect, it} from '@jest/globals'
import {findSources} from '../src/index.js'
import {reported} from './helpers/reported.js'

const contentOf = (text: string, cue: string): string | undefined => reported(text).find((r) => r[1] === cue)?.[2]

describe('reported speech recall: clauses', () => {
  it('keeps a relative clause on a reported clause ("wrote that …, which could have allowed …")', () => {
    const text = 'The Ledger on Saturday wrote that the developer had claimed a loss of $900 million in 1995, which could have allowed him to avoid paying taxes for years.'
    expect(contentOf(text, 'wrote')).toBe('the developer had claimed a loss of $900 million in 1995, which could have allowed him to avoid paying taxes for years')
  })

  it('still ends a noun-phrase object at a final relative clause ("praised the plan, which …")', () => {
    expect(contentOf('The mayor praised the budget plan, which includes a tax cut.', 'praised')).toBe('the budget plan')
  })

  it('reads "ruled that" as a cue of the court', () => {
    const text = 'The appeals court ruled that the county could not remove eligible voters from its rolls.'
    const court = findSources(text).find((s) => s.name.includes('court'))
    expect(court?.attributions[0]?.cue?.text).toBe('ruled')
    expect(court?.attributions[0]?.content.text).toBe('the county could not remove eligible voters from its rolls')
  })

  it('leaves "ruled" without "out" or "that" alone ("ruled the city for years")', () => {
    expect(reported('The family ruled the city for years.').some((r) => r[1] === 'ruled')).toBe(false)
  })

  it('ends an attribution set off by dashes at the closing dash ("- critics would call them … -")', () => {
    const text = 'While the issue has played to his highest ideals - critics would call them messianic impulses - it has also exposed his weaknesses.'
    expect(contentOf(text, 'call')).toBe('them messianic impulses')
    expect(contentOf('The new group \u2014 critics say it is a front \u2014 raised money in Ohio.', 'say')).toBe('it is a front')
  })

  it('lets a hyphen inside a word open no aside ("anti-tax")', () => {
    expect(contentOf('The anti-tax mayor said the levy would hurt farmers - and ranchers too.', 'said')).toBe('the levy would hurt farmers - and ranchers too')
  })

  it('reads a claim noun after a possessive and before "that" as a cue ("Nervo\'s conclusion that …")', () => {
    const text = "Judge Alma Ferro's conclusion that voters should see the records was not shared by her colleagues."
    const found = reported(text).find((r) => r[1] === 'conclusion')
    expect(found?.[0]).toBe('Alma Ferro')
    expect(found?.[2].startsWith('voters should see the records')).toBe(true)
  })

  it('gives a claim noun after a possessive to the possessor, inside another cue\'s object too ("denied Ms Lee\'s claims that …")', () => {
    // The subject of the outer cue is no speaker of the claim: the name that owns it is.
    const text = "Mr Varga denied Ms Okoro's claims that the clinic had lost its licence."
    expect(reported(text).filter((r) => r[1] === 'claims')).toEqual([['Okoro', 'claims', 'the clinic had lost its licence']])
    expect(reported("The mayor has rejected Dr Ruiz's claim that the water was unsafe.").filter((r) => r[1] === 'claim')).toEqual([['Ruiz', 'claim', 'the water was unsafe']])
  })

  it('leaves a claim noun without a possessive or without "that" alone ("the conclusion that …", "Ferro\'s conclusion was")', () => {
    expect(reported('The conclusion that voters should see the records was not shared.').some((r) => r[1] === 'conclusion')).toBe(false)
    expect(reported("Judge Alma Ferro's conclusion was not shared by her colleagues.").some((r) => r[1] === 'conclusion')).toBe(false)
  })

  it('skips a "with" phrase between a cue and its "that" ("agreed with Ivana Trump that …")', () => {
    expect(contentOf('The judge agreed with the county clerk that there was no reason to unseal the file.', 'agreed')).toBe('there was no reason to unseal the file')
  })

  it('ends an object before an occasion at a forum, summit or town hall ("cited the figure at last week\'s forum")', () => {
    expect(contentOf('Both candidates cited the figure at last week\'s veterans forum watched by millions.', 'cited')).toBe('the figure')
    expect(contentOf('The governor attacked the levy at a town hall in Dayton.', 'attacked')).toBe('the levy')
  })

  it('reads a bare cue verb after a name and before "that" as present tense ("… Community Survey show that …")', () => {
    const found = reported('Figures from the 2014 Census Survey show that women held 41 percent of the jobs.').find((r) => r[1] === 'show')
    expect(found?.[2]).toBe('women held 41 percent of the jobs')
    expect(reported('Figures from the 2014 Census Survey show a rise in jobs.').some((r) => r[1] === 'show')).toBe(false)
  })

  it('keeps ", where …" on a reported clause with a finite verb ("said it believes the bill could …, where …")', () => {
    const text = 'The mayor has said she believes the bill could result in lawsuits, where other cities would sue the state.'
    expect(contentOf(text, 'said')).toBe('she believes the bill could result in lawsuits, where other cities would sue the state')
  })
})
