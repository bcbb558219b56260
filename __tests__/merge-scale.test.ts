/**
 * Many sources under one key in `mergeSources` ("Aq Kim", "Bq Kim" … each
 * from its own article; "Qa Times", "Qb Times" …): a source must find the
 * merged source it joins through the index, not by reading every one made
 * before it, and still join the first compatible one. No timing here: the
 * work is counted as reads of the sources' names.
 */
import {describe, expect, it} from '@jest/globals'
import {mergeSources} from '../src/index.js'
import type {Source, SourceList} from '../src/index.js'

/** A distinct first word per number, none a prefix of another, even with doubled letters folded: "Aoq", "Boq" … "Aoboq". */
function tag(i: number): string {
  const letters = 'abcdefghijklmnprstuv'
  let s = ''
  let n = i
  do {
    s += `${letters.charAt(n % letters.length)}o`
    n = Math.floor(n / letters.length)
  } while (n > 0)
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** A source whose name reads are counted. */
function counted(counter: {reads: number}, name: string, type: Source['type'] = 'person'): Source {
  const source = {type, mentions: [], attributions: []} as unknown as Source
  Object.defineProperty(source, 'name', {
    enumerable: true,
    get() {
      counter.reads++
      return name
    }
  })
  return source
}

describe('mergeSources at scale', () => {
  it('reads each source name a bounded number of times when thousands share a surname', () => {
    const counter = {reads: 0}
    const n = 3000
    const lists: SourceList[] = []
    for (let i = 0; i < n; i++) lists.push({id: String(i), sources: [counted(counter, `${tag(i)}q Kim`)]})
    const merged = mergeSources(lists)
    expect(merged.length).toBe(n)
    // A scan of every earlier "Kim" reads ~n²/2 names; the index reads a few per source.
    expect(counter.reads).toBeLessThan(5 * n)
  })

  it('reads a bounded number of names for organisations sharing their last word', () => {
    const counter = {reads: 0}
    const n = 3000
    const lists: SourceList[] = []
    for (let i = 0; i < n; i++) lists.push({id: String(i), sources: [counted(counter, `${tag(i)}w Times`, 'outlet')]})
    expect(mergeSources(lists).length).toBe(n)
    expect(counter.reads).toBeLessThan(5 * n)
  })

  it('still joins the first compatible source, through renames', () => {
    const source = (name: string, type: Source['type'] = 'person'): Source => ({name, type, mentions: [], attributions: []})
    const merged = mergeSources([
      {id: 'a', sources: [source('Jon Kim'), source('Kim')]},
      {id: 'b', sources: [source('J. Kim'), source('Ann Kim'), source('Ann Lee Kim')]},
      {id: 'c', sources: [source('Jonathan Kim'), source('Times', 'outlet'), source('The New York Times', 'outlet'), source('York Times', 'outlet')]}
    ])
    expect(merged.map((m) => [m.name, m.articles.map((a) => `${a.id}:${a.source.name}`)])).toEqual([
      ['Jon Kim', ['a:Jon Kim', 'a:Kim', 'b:J. Kim', 'c:Jonathan Kim']],
      ['Ann Lee Kim', ['b:Ann Kim', 'b:Ann Lee Kim']],
      ['The New York Times', ['c:Times', 'c:The New York Times', 'c:York Times']]
    ])
  })
})
