/**
 * Many names and pronouns in one long sentence ("Smith and he and Jones and
 * she and …"): resolving a pronoun reads the sightings before it only up to
 * the first that fits, not every sighting of the sentence. No timing here:
 * the work is counted as reads of the entities' fields.
 */
import {describe, expect, it} from '@jest/globals'
import {analyzeMention} from '../src/attribution/index.js'
import {countReads, indexArticle} from './helpers/entities.js'

describe('pronouns in one long sentence', () => {
  it('reads a bounded number of sightings for the last "he" of "Smith and he and Jones and she and …"', () => {
    const text = `${Array.from({length: 90}, () => 'Smith and he and Jones and she').join(' and ')} agreed.`
    const {doc, names, index} = indexArticle(text)
    const sentence = (doc.words[0] as {sentence: number}).sentence
    const sighted = index.mentionsAt().filter((s) => s.sentence === sentence).length
    expect(sighted).toBeGreaterThan(100)
    let last = -1
    for (let k = 0; k < doc.words.length; k++) if (doc.words[k]?.lower === 'he') last = k
    const mention = analyzeMention(doc, {from: last, to: last + 1}, names)
    const smith = index.entities.find((e) => e.name === 'Smith')
    const counter = countReads(index.entities, ['type', 'kind', 'gender', 'place', 'plural'])
    expect(index.resolvePronoun(mention, last)).toBe(smith)
    // Reading every earlier sighting would read a few fields of each of more than a hundred.
    expect(counter.reads).toBeLessThan(20)
  })

  it('resolves a pronoun after a prepositional object as before', () => {
    const {doc, names, index} = indexArticle('Campaigning against Mitt Romney, Jane Doe said he erred. Against Mitt Romney, he said nothing.')
    const he = doc.words.map((w, k) => (w.lower === 'he' ? k : -1)).filter((k) => k >= 0)
    const resolve = (k: number) => index.resolvePronoun(analyzeMention(doc, {from: k, to: k + 1}, names), k)?.name
    expect(resolve(he[1] as number)).toBe('Mitt Romney')
  })
})
