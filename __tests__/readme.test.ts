/**
 * The examples of README.md, run: each test uses the README's exact input and
 * checks the results the README shows, and that the README still shows them.
 */
import {describe, expect, it} from '@jest/globals'
import {readFileSync} from 'node:fs'
import {compareArticles, extractQuotes, findHearsay, findSources, findUnbalancedMarks, verifyQuote} from '../src/index.js'
import {extractMany} from '../src/node/index.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const shows = (snippet: string) => expect(readme.includes(snippet) ? snippet : `README no longer shows: ${snippet}`).toBe(snippet)

describe('README examples', () => {
  it('extractQuotes', () => {
    const text = 'It comes as US Secretary of State Marco Rubio said the talks might end.\n' + 'He said: “We need to decide within days.”'
    shows("const text = 'It comes as US Secretary of State Marco Rubio said the talks might end.\\n' +\n  'He said: “We need to decide within days.”'")
    const [quote] = extractQuotes(text)
    expect(quote?.text).toBe('We need to decide within days.')
    shows("quote.text             // 'We need to decide within days.'")
    expect(quote?.kind).toBe('direct')
    expect(quote?.speaker?.name).toBe('Marco Rubio')
    expect(quote?.speaker?.mention).toEqual({start: 72, end: 74, text: 'He'})
    shows("quote.speaker?.mention // {start: 72, end: 74, text: 'He'}")
    expect(quote?.speaker?.title).toBe('US Secretary of State')
    expect(quote?.cue?.text).toBe('said')
  })

  it('findSources', () => {
    const sources = findSources('A U.S. official told Axios that the plan had stalled.')
    shows("findSources('A U.S. official told Axios that the plan had stalled.')")
    expect(sources.map((s) => [s.name, s.type])).toEqual([['U.S. official', 'anonymous'], ['Axios', 'outlet']])
    shows("[['U.S. official', 'anonymous'], ['Axios', 'outlet']]")
    expect(sources[0]?.attributions[0]?.content.text).toBe('the plan had stalled')
    expect(sources[0]?.attributions[0]?.via).toBe('Axios')
  })

  it('findHearsay', () => {
    const claims = findHearsay('The minister reportedly resigned. The deal is said to be off, Axios reported.')
    shows("findHearsay('The minister reportedly resigned. The deal is said to be off, Axios reported.')")
    expect(claims.map((c) => [c.cue.text, c.source])).toEqual([['reportedly', null], ['is said to', 'Axios']])
    shows("[['reportedly', null], ['is said to', 'Axios']]")
    expect(claims[0]?.content.text).toBe('The minister reportedly resigned')
    shows("claims[0].content.text                     // 'The minister reportedly resigned'")
  })

  it('findUnbalancedMarks', () => {
    expect(findUnbalancedMarks('Rubio said we are done.” Talks ended.')).toEqual([{start: 23, end: 24, text: '”'}])
    shows("findUnbalancedMarks('Rubio said we are done.” Talks ended.') // [{start: 23, end: 24, text: '”'}]")
  })

  it('compareArticles', () => {
    shows("  {id: 'ap', text: '“Despite everything, we will work for peace,” Yermak wrote on Telegram.'},")
    shows("  {id: 'kp', text: '“Despite everything, we continue working for peace,” Yermak said upon arrival.'}")
    const {quoteClusters, claims} = compareArticles([
      {id: 'ap', text: '“Despite everything, we will work for peace,” Yermak wrote on Telegram.'},
      {id: 'kp', text: '“Despite everything, we continue working for peace,” Yermak said upon arrival.'}
    ])
    expect(quoteClusters[0]?.quotes.map((q) => q.articleId)).toEqual(['ap', 'kp'])
    expect(quoteClusters[0]?.speakers).toEqual(['Yermak'])
    const differences = quoteClusters[0]?.differences[0]?.differences ?? []
    expect(differences.map((d) => [d.type, d.quoted?.text, d.source?.text])).toEqual([['substitution', 'will work', 'continue working']])
    expect(claims[0]?.sentences.length).toBeGreaterThan(1)
  })

  it('extractMany', async () => {
    shows("for await (const {id, quotes} of extractMany([{id: 'a', text: '“Yes,” Rubio said.'}])) {")
    const seen: Array<[string, string | undefined]> = []
    for await (const {id, quotes} of extractMany([{id: 'a', text: '“Yes,” Rubio said.'}], {workers: 0})) seen.push([String(id), quotes[0]?.speaker?.name])
    expect(seen).toEqual([['a', 'Rubio']])
  })

  it('verifyQuote', () => {
    const check = verifyQuote(
      'We hope for substantive and good technical meetings.',
      'The U.S. was looking forward to substantive and positive technical meetings in London today.'
    )
    shows("'We hope for substantive and good technical meetings.',")
    expect(check.verdict).toBe('altered')
    expect(check.match?.text).toBe('looking forward to substantive and positive technical meetings')
    expect(check.differences.map((d) => [d.type, d.quoted?.text, d.source?.text])).toEqual([
      ['substitution', 'We hope for', 'looking forward to'],
      ['substitution', 'good', 'positive']
    ])
    expect(verifyQuote('There is nothing to talk about.', 'There’s nothing to talk about.').verdict).toBe('cosmetic')
    shows("verifyQuote('There is nothing to talk about.', 'There’s nothing to talk about.').verdict // 'cosmetic'")
  })
})
