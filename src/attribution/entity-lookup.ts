import type {Entity} from './entities.js'
import {GIVEN_NAME_PARTICLES, NAME_PARTICLES} from '../lexicons/roles.js'

/**
 * Indexes over the entities of an article, so that finding the entity a new
 * name joins takes time in the length of the name, not in the number of
 * entities. Every lookup gives the entity a scan in list order would give.
 */

/**
 * A name split into words, as `name.split(/\s+/)` gives them, except that
 * particles opening it stay with the word after them: "de Blasio", "Le Pen",
 * "Von der Leyen" are a surname alone, with no given name to compare (not
 * "Al Gore": see `GIVEN_NAME_PARTICLES`).
 */
export function splitName(name: string): readonly string[] {
  let words = splitCache.get(name)
  if (words === undefined) {
    words = name.split(/\s+/)
    let k = 0
    while (k < words.length - 1 && openingParticle(words[k] as string, k)) k++
    if (k > 0) words = [words.slice(0, k + 1).join(' '), ...words.slice(k + 1)]
    if (splitCache.size > 4096) splitCache.clear()
    splitCache.set(name, words)
  }
  return words
}

const splitCache = new Map<string, readonly string[]>()

/** Is `word`, the `k`th of a name, a particle of its surname ("de", "Van"; not the given name "Al")? */
function openingParticle(word: string, k: number): boolean {
  const lower = word.toLowerCase()
  if (!NAME_PARTICLES.has(lower)) return false
  return k > 0 || word === lower || !GIVEN_NAME_PARTICLES.has(lower)
}

/** The first word of a name as `sameName` compares it: lower case, without a closing full stop ("J." -> "j"). */
export function givenWord(words: readonly string[]): string {
  return (words[0] as string).toLowerCase().replace(/\.$/, '')
}

/** Entities kept in ascending rank (their place in a list), so the first of them is the first in list order. */
export class Ranked {
  readonly items: Entity[] = []

  constructor(private readonly rank: (entity: Entity) => number) {}

  add(entity: Entity): void {
    const r = this.rank(entity)
    const items = this.items
    if (items.length === 0 || this.rank(items[items.length - 1] as Entity) < r) {
      items.push(entity)
      return
    }
    items.splice(this.lowerBound(r), 0, entity)
  }

  remove(entity: Entity): void {
    const at = this.lowerBound(this.rank(entity))
    if (this.items[at] === entity) this.items.splice(at, 1)
  }

  get first(): Entity | undefined {
    return this.items[0]
  }

  private lowerBound(r: number): number {
    let lo = 0
    let hi = this.items.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.rank(this.items[mid] as Entity) < r) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

/** The earlier (lower-ranked) of two entities. */
function earlier(rank: (entity: Entity) => number, a: Entity | undefined, b: Entity | undefined): Entity | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return rank(a) <= rank(b) ? a : b
}

interface CharNode {
  children: Map<string, CharNode>
  /** Entities whose given word is exactly the path to this node. */
  exact: Ranked
  /** Entities whose given word starts with the path to this node. */
  under: Ranked
}

/**
 * The name entities of one key and type, by the given word of their name,
 * answering `sameName`: a one-word name matches any, and two given words
 * match when one starts with the other ("J." and "John").
 */
export class GivenNameIndex {
  private readonly single: Ranked
  private readonly root: CharNode

  constructor(private readonly rank: (entity: Entity) => number) {
    this.single = new Ranked(rank)
    this.root = this.node()
  }

  private node(): CharNode {
    return {children: new Map(), exact: new Ranked(this.rank), under: new Ranked(this.rank)}
  }

  add(entity: Entity): void {
    this.update(entity, true)
  }

  remove(entity: Entity): void {
    this.update(entity, false)
  }

  private update(entity: Entity, add: boolean): void {
    const words = splitName(entity.name)
    if (words.length === 1) {
      if (add) this.single.add(entity)
      else this.single.remove(entity)
      return
    }
    let node: CharNode | undefined = this.root
    const given = givenWord(words)
    for (let i = 0; i < given.length; i++) {
      const char = given[i] as string
      if (add) node.under.add(entity)
      else node.under.remove(entity)
      let next: CharNode | undefined = node.children.get(char)
      if (!next) {
        if (!add) return
        next = this.node()
        node.children.set(char, next)
      }
      node = next
    }
    if (add) {
      node.under.add(entity)
      node.exact.add(entity)
    } else {
      node.under.remove(entity)
      node.exact.remove(entity)
    }
  }

  /** The first entity whose name `sameName` holds the same as `name`. */
  find(name: string): Entity | undefined {
    const words = splitName(name)
    if (words.length === 1) return earlier(this.rank, this.single.first, this.root.under.first)
    let best = this.single.first
    let node: CharNode | undefined = this.root
    const given = givenWord(words)
    for (let i = 0; i < given.length; i++) {
      const char = given[i] as string
      best = earlier(this.rank, best, node.exact.first)
      node = node.children.get(char)
      if (!node) return best
    }
    return earlier(this.rank, best, node.under.first)
  }
}

interface WordNode {
  children: Map<string, WordNode>
  /** Entities whose words end with the path to this node (read from the end) and have more words before it. */
  longer: Ranked
  /** Entities whose words are the path to this node. */
  whole: Ranked
}

/** Outlet name words as `shortens` reads them: lower case, without "the". */
export function outletWords(name: string): readonly string[] {
  let words = outletCache.get(name)
  if (words === undefined) {
    words = name.toLowerCase().split(/\s+/).filter((w) => w !== 'the')
    if (outletCache.size > 4096) outletCache.clear()
    outletCache.set(name, words)
  }
  return words
}

const outletCache = new Map<string, readonly string[]>()

/**
 * Outlets by the words their names end with, answering `shortens`: "The
 * Times" is the tail of "The New York Times".
 */
export class TailIndex {
  private readonly root: WordNode

  constructor(private readonly rank: (entity: Entity) => number) {
    this.root = this.node()
  }

  private node(): WordNode {
    return {children: new Map(), longer: new Ranked(this.rank), whole: new Ranked(this.rank)}
  }

  add(entity: Entity): void {
    this.update(entity, true)
  }

  remove(entity: Entity): void {
    this.update(entity, false)
  }

  private update(entity: Entity, add: boolean): void {
    const words = outletWords(entity.name)
    let node = this.root
    for (let k = words.length - 1; k >= 0; k--) {
      let next = node.children.get(words[k] as string)
      if (!next) {
        if (!add) return
        next = this.node()
        node.children.set(words[k] as string, next)
      }
      node = next
      const list = k > 0 ? node.longer : node.whole
      if (add) list.add(entity)
      else list.remove(entity)
    }
  }

  /** The first outlet whose name `short` shortens. */
  find(short: string): Entity | undefined {
    const words = outletWords(short)
    if (words.length === 0) return undefined
    let node: WordNode | undefined = this.root
    for (let k = words.length - 1; k >= 0 && node; k--) node = node.children.get(words[k] as string)
    return node?.longer.first
  }

  /** The first entity whose name shortens `full`: its words are a proper tail of those of `full`. */
  within(full: string): Entity | undefined {
    const words = outletWords(full)
    let best: Entity | undefined
    let node: WordNode | undefined = this.root
    for (let k = words.length - 1; k > 0; k--) {
      node = node.children.get(words[k] as string)
      if (!node) break
      best = earlier(this.rank, best, node.whole.first)
    }
    return best
  }

  /** The first entity either way round: `name` shortens it, or it shortens `name`. */
  eitherWay(name: string): Entity | undefined {
    return earlier(this.rank, this.find(name), this.within(name))
  }
}

/**
 * Entities by class and word: what a description ("the ministry spokesman")
 * must find all its words in. A description is looked up under its rarest
 * word, so a long run of entities that share the other words is not read.
 */
export class WordIndex {
  private readonly lists = new Map<string, Ranked>()

  constructor(private readonly rank: (entity: Entity) => number) {}

  add(entity: Entity, group: string, words: readonly string[]): void {
    for (const word of new Set(words)) {
      const name = `${group}\u0000${word}`
      let list = this.lists.get(name)
      if (!list) {
        list = new Ranked(this.rank)
        this.lists.set(name, list)
      }
      list.add(entity)
    }
  }

  remove(entity: Entity, group: string, words: readonly string[]): void {
    for (const word of new Set(words)) this.lists.get(`${group}\u0000${word}`)?.remove(entity)
  }

  /** The entities of `group` that hold `word`, in rank order. */
  holding(group: string, word: string): readonly Entity[] {
    return this.lists.get(`${group}\u0000${word}`)?.items ?? []
  }
}

/** The first entity, in rank order, of either of two lists (each in rank order) that `fits`. */
export function firstOfBoth(rank: (entity: Entity) => number, a: readonly Entity[], b: readonly Entity[], fits: (entity: Entity) => boolean): Entity | undefined {
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const x = a[i]
    const y = b[j]
    const takeA = y === undefined || (x !== undefined && rank(x) <= rank(y))
    const entity = (takeA ? x : y) as Entity
    if (takeA) i++
    else j++
    if (fits(entity)) return entity
  }
  return undefined
}
