import {describe, expect, it} from '@jest/globals'
import {extractQuotes, findSources} from '../src/index.js'

/** [source name, cue text, content text] of every reported (non-direct) attribution. */
function reported(text: string): Array<[string, string, string]> {
  const triples: Array<[string, string, string]> = []
  for (const source of findSources(text)) {
    for (const a of source.attributions) {
      expect(text.slice(a.content.start, a.content.end)).toBe(a.content.text)
      if (!a.direct) triples.push([source.name, a.cue?.text ?? '', a.content.text])
    }
  }
  return triples
}

describe('follow-up: floating quantifiers', () => {
  it('reads the verb after "all" that floats after a plural noun as a cue', () => {
    expect(reported('The engineers all agreed that the harbour tunnel would leak.')).toEqual([
      ['engineers', 'agreed', 'the harbour tunnel would leak']
    ])
  })

  it('reads the verb after "both" that floats after a name or a pronoun as a cue', () => {
    const names = reported('Dana Whitlock and Omar Haddad both said the vote was fair.').map(([, cue, content]) => [cue, content])
    expect(names).toEqual([['said', 'the vote was fair']])
    expect(reported('They each warned that the bridge was unsafe.')).toEqual([['They', 'warned', 'the bridge was unsafe']])
  })

  it('still reads a quantifier before a noun as a determiner ("all said and done" is no cue)', () => {
    expect(reported('It was all said before the vote.')).toEqual([])
  })
})
