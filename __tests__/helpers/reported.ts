import {expect} from '@jest/globals'
import {findSources} from '../../src/index.js'

/**
 * [source name, cue text, content text] of every reported (non-direct)
 * attribution `findSources` gives for `text`, checking on the way that every
 * content, mention and cue span is the slice of the text its offsets say.
 *
 * @example
 * reported('Officials said the bridge was safe.') // [['Officials', 'said', 'the bridge was safe']]
 */
export function reported(text: string): Array<[string, string, string]> {
  const found: Array<[string, string, string]> = []
  for (const source of findSources(text)) {
    for (const a of source.attributions) {
      expect(text.slice(a.content.start, a.content.end)).toBe(a.content.text)
      expect(text.slice(a.mention.start, a.mention.end)).toBe(a.mention.text)
      if (a.cue) expect(text.slice(a.cue.start, a.cue.end)).toBe(a.cue.text)
      if (!a.direct) found.push([source.name, a.cue?.text ?? '', a.content.text])
    }
  }
  return found
}
