/**
 * A vocabulary interns terms as integers so that thousands of sentences
 * can be kept and compared compactly: a sentence becomes an Int32Array of
 * term ids, and what each id means is stored once.
 */
import type {Term} from '../words/terms.js'
import {nearMiss} from '../words/match.js'

/**
 * What a term id stands for.
 *
 * @example
 * vocabulary.info[id].place // the country group of 'Kremlin', or -1
 */
export interface TermInfo {
  /** Id of the stem (shared by terms that differ only in being a name). */
  stem: number
  synonyms: readonly number[]
  place: number
  number: number | null
  proper: boolean
  key: string
}

/**
 * Interned terms (see the module comment).
 *
 * @example
 * const vocabulary = new Vocabulary()
 * const ids = vocabulary.ids(termsOf(tokenizeWords('Putin offered to halt the war')))
 */
export class Vocabulary {
  readonly info: TermInfo[] = []
  /** The string each id was interned under. */
  readonly names: string[] = []
  private readonly byName = new Map<string, number>()
  private readonly stems = new Map<string, number>()

  /** The ids of the content terms (stop words left out), in order. */
  ids(terms: Term[]): Int32Array {
    const out: number[] = []
    for (const term of terms) if (!term.stop) out.push(this.intern(term))
    return Int32Array.from(out)
  }

  /** The id of one term. */
  intern(term: Term): number {
    const name = (term.place >= 0 ? `@${term.place}` : term.stem) + (term.proper ? '^' : '')
    const known = this.byName.get(name)
    if (known !== undefined) return known
    let stem = this.stems.get(term.stem)
    if (stem === undefined) {
      stem = this.stems.size
      this.stems.set(term.stem, stem)
    }
    const id = this.info.length
    this.info.push({stem, synonyms: term.synonyms, place: term.place, number: term.number, proper: term.proper, key: term.key})
    this.names.push(name)
    this.byName.set(name, id)
    return id
  }

  /** Id of a term's canonical form for counting documents (a place counts as its group). */
  canonical(id: number): string {
    const info = this.info[id] as TermInfo
    return info.place >= 0 ? `@${info.place}` : `s${info.stem}`
  }

  /**
   * How well two terms match, 0..1: same stem or number 1, same place 0.9,
   * synonyms 0.8, near-miss spelling 0.8.
   */
  match(a: number, b: number): number {
    if (a === b) return 1
    const x = this.info[a] as TermInfo
    const y = this.info[b] as TermInfo
    if (x.number !== null || y.number !== null) return x.number === y.number ? 1 : 0
    if (x.stem === y.stem) return 1
    if (x.place >= 0 && x.place === y.place) return 0.9
    if (x.synonyms.length > 0 && y.synonyms.length > 0) {
      for (const g of x.synonyms) if (y.synonyms.includes(g)) return 0.8
    }
    if (x.key.length >= 5 && y.key.length >= 5 && x.key.charCodeAt(0) === y.key.charCodeAt(0) && x.key.charCodeAt(1) === y.key.charCodeAt(1)) {
      if (nearMiss(x.key, y.key)) return 0.8
    }
    return 0
  }
}
