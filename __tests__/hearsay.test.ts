import {describe, expect, it} from '@jest/globals'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {findHearsay, findSources, retextOnrecord} from '../src/index.js'
import type {Hearsay} from '../src/index.js'

/** Each claim as [cue, content, form, source]. */
const read = (text: string) => findHearsay(text).map((c) => [c.cue.text, c.content.text, c.form, c.source])

function expectSpans(text: string, claims: Hearsay[]): void {
  for (const claim of claims) {
    expect(text.slice(claim.cue.start, claim.cue.end)).toBe(claim.cue.text)
    expect(text.slice(claim.content.start, claim.content.end)).toBe(claim.content.text)
  }
}

describe('findHearsay: the markers', () => {
  it('reads a hearsay adverb and the clause it qualifies', () => {
    expect(read('The minister reportedly resigned on Tuesday; the palace said nothing.')).toEqual([
      ['reportedly', 'The minister reportedly resigned on Tuesday', 'adverb', null]
    ])
    expect(read('The gunman allegedly fired 12 shots.')).toEqual([['allegedly', 'The gunman allegedly fired 12 shots', 'adverb', null]])
  })

  it('reads a personal passive with "to" and a verb ("is said to have", "are also believed to be")', () => {
    expect(read('The minister is said to have resigned.')).toEqual([['is said to', 'The minister is said to have resigned', 'passive', null]])
    expect(read('Loyalists are also believed to be behind the attacks.')).toEqual([['are also believed to', 'Loyalists are also believed to be behind the attacks', 'passive', null]])
    expect(read('North Korea is not thought to be capable of it.')).toEqual([['is not thought to', 'North Korea is not thought to be capable of it', 'passive', null]])
  })

  it('reads a bare participle before "to be" or "to have" ("a man believed to be the gunman")', () => {
    expect(read('A man believed to be the gunman was arrested.')).toEqual([['believed to', 'A man believed to be the gunman was arrested', 'passive', null]])
  })

  it('reads an impersonal passive: the claim is what follows it', () => {
    expect(read('It is understood that the minister resigned.')).toEqual([['It is understood that', 'the minister resigned', 'impersonal', null]])
    expect(read('It is understood the minister resigned.')).toEqual([['It is understood', 'the minister resigned', 'impersonal', null]])
    expect(read('It has been reported that talks stalled.')).toEqual([['It has been reported that', 'talks stalled', 'impersonal', null]])
    expect(read("It's said that he left.")).toEqual([["It's said that", 'he left', 'impersonal', null]])
  })

  it('reads a parenthetical impersonal as hearsay on its clause (", it is claimed,")', () => {
    expect(read('The minister, it is claimed, took bribes.')).toEqual([['it is claimed', 'The minister, it is claimed, took bribes', 'impersonal', null]])
  })

  it('reads no hearsay where a participle reports to someone or names its source', () => {
    for (const text of [
      'Cases reported to the CDC rose.',
      'He said to leave the car.',
      'It was reported by Axios that the minister resigned.',
      'It was said to me that he left.',
      'The minister apparently resigned.',
      'The minister is expected to resign.',
      'He thought to be early.',
      'Police said it was reported stolen.'
    ]) {
      expect([text, findHearsay(text)]).toEqual([text, []])
    }
  })
})

describe('findHearsay: who it is attributed to', () => {
  it('gives the source whose reported clause holds the claim, and narrows the claim to that clause', () => {
    expect(read('The minister reportedly resigned, Axios reported.')).toEqual([['reportedly', 'The minister reportedly resigned', 'adverb', 'Axios']])
    expect(read('Police said the gunman allegedly fired 12 shots.')).toEqual([['allegedly', 'the gunman allegedly fired 12 shots', 'adverb', 'Police']])
    expect(read('The deal is thought to be worth $3 billion, according to two people familiar with the matter.')).toEqual([
      ['is thought to', 'The deal is thought to be worth $3 billion', 'passive', 'people familiar with the matter']
    ])
  })

  it('gives the speaker of the quote it sits in, and keeps the claim inside the quote', () => {
    expect(read('“He reportedly took the money,” Smith said.')).toEqual([['reportedly', 'He reportedly took the money', 'adverb', 'Smith']])
  })

  it('names the source as findSources does', () => {
    const text = 'The men reportedly met at the airport, law enforcement sources said.'
    const [claim] = findHearsay(text)
    expect(findSources(text).map((s) => s.name)).toContain(claim?.source)
  })
})

describe('findHearsay: input', () => {
  it('returns [] for an empty text and checks its arguments', () => {
    expect(findHearsay('')).toEqual([])
    expect(() => findHearsay(null as unknown as string)).toThrow(/`text`/)
    expect(() => findHearsay('a', 5 as unknown as null)).toThrow(TypeError)
  })

  it('keeps its spans on the input across many sentences and marks', () => {
    const parts = ['The minister reportedly resigned.', '“He allegedly lied,” she said.', 'It is understood that talks stalled.', 'A man believed to be the gunman fled.', 'Nothing here.']
    let text = ''
    for (let i = 0; i < 200; i++) text += `${parts[(i * 7) % parts.length]} ${i % 3 === 0 ? '\n\n' : ''}`
    const claims = findHearsay(text)
    expect(claims.length).toBe(160)
    expectSpans(text, claims)
  })

  it('reads a long run of markers in one sentence without walking it per marker', () => {
    const text = `${'reportedly '.repeat(50_000)}resigned.`
    const claims = findHearsay(text)
    expect(claims.length).toBe(50_000)
    expect(claims[49_999]?.content.end).toBe(text.length - 1)
  })
})

describe('retextOnrecord: unsourced-claim', () => {
  it('warns about hearsay with no source, not about hearsay a source is named for', async () => {
    const text = 'The minister reportedly resigned.\nThe deal is said to be off, Axios reported.'
    const processor = unified().use(retextEnglish).use(retextOnrecord)
    const file = new VFile({path: 'story.txt', value: text})
    await processor.run(processor.parse(file), file)
    expect(file.messages.map(String)).toEqual(['story.txt:1:1-1:33: Unsourced claim: `reportedly` names no source for `The minister reportedly resigned`'])
    expect(file.messages[0]?.ruleId).toBe('unsourced-claim')
    expect(file.data.hearsay?.map((c) => c.source)).toEqual([null, 'Axios'])
  })
})
