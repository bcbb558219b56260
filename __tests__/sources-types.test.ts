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

  it('keeps a family named in the plural a person when its singular is a surname', () => {
    expect(typeOf('The Obamas said they were pleased.', 'Obamas')).toBe('person')
  })

  it('types an acronym as an organisation, but not a person known by initials', () => {
    expect(typeOf('NOAA said the storm would strengthen.', 'NOAA')).toBe('organization')
    expect(typeOf('The NTSB said the pilot had not slept.', 'NTSB')).toBe('organization')
    expect(typeOf('AOC said she would vote no.', 'AOC')).toBe('person')
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
