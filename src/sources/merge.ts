import type {Source, SourceType} from '../types.js'
import {DEMONYMS} from '../lexicons/places.js'

/** The sources of one article, for {@link mergeSources}. */
export interface SourceList {
  /** The article's id. */
  id: string
  sources: readonly Source[]
}

/** One real-world source across articles. */
export interface MergedSource {
  /** The fullest name any article gives. */
  name: string
  type: SourceType
  title?: string
  /** Every article's source entry that is this source. */
  articles: Array<{id: string; source: Source}>
}

/**
 * Merge the sources of several articles: "Yermak", "Andriy Yermak" and
 * "Presidential Office head Andriy Yermak" are one person; "the Foreign
 * Office" and "UK Foreign Office" one organisation. People match on the same
 * surname, spelling variants of a transliteration folded ("Zelensky",
 * "Zelenskyy"), with no conflicting first name; other sources when one name's
 * words end the other's.
 *
 * @example
 * import {findSources, mergeSources} from 'onrecord'
 *
 * const merged = mergeSources([
 *   {id: 'a', sources: findSources('“Peace,” Andriy Yermak said.')},
 *   {id: 'b', sources: findSources('“Peace,” Yermak said.')}
 * ])
 * merged[0].name           // 'Andriy Yermak'
 * merged[0].articles.length // 2
 */
export function mergeSources(lists: readonly SourceList[]): MergedSource[] {
  if (!Array.isArray(lists)) throw new TypeError('onrecord: expected `lists` to be an array of {id, sources}')
  const merged: MergedSource[] = []
  const byKey = new Map<string, KeyCandidates>()
  for (const list of lists) {
    if (!list || typeof list.id !== 'string' || !Array.isArray(list.sources)) {
      throw new TypeError('onrecord: expected every entry of `lists` to be {id: string, sources: Source[]}')
    }
    for (const source of list.sources) {
      const words = keyWords(source)
      const last = words[words.length - 1] ?? ''
      const key = `${family(source.type)}:${source.type === 'person' ? foldSurname(last) : last}`
      let candidates = byKey.get(key)
      if (!candidates) {
        candidates = new KeyCandidates(source.type === 'person')
        byKey.set(key, candidates)
      }
      let target = candidates.firstCompatible(source, words)
      if (!target) {
        target = {name: source.name, type: source.type, articles: [], ...(source.title ? {title: source.title} : {})}
        candidates.add(target, words)
        merged.push(target)
      } else {
        if (words.length > candidates.wordsOf(target).length) candidates.rename(target, source.name, words)
        if (!target.title && source.title) target.title = source.title
      }
      target.articles.push({id: list.id, source})
    }
  }
  return merged
}

/**
 * A surname with its transliteration variants folded together: accents
 * dropped, doubled letters single, a Slavic "-skyy", "-skiy", "-skyi" or
 * "-ski" ending as "-sky" ("Zelenskyy", "Zelenskiy" and "Zelensky" are one
 * person).
 *
 * @example
 * foldSurname('zelenskyy') // 'zelensky'
 */
function foldSurname(surname: string): string {
  return surname
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/sk(?:iy|yi|i|y)$/u, 'sky')
}

function family(type: SourceType): string {
  return type === 'person' ? 'person' : type === 'anonymous' ? 'anonymous' : 'organization'
}

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^(the|a|an)\s+/, '')
    .split(/\s+/)
    .map((w) => w.replace(/'s$|'$/, '').replace(/[.,]/g, ''))
    .filter(Boolean)
}

/** A country's name words, or one of its adjectives' or short names' ("israeli", "us"), by the country's key ("@israel"). */
const COUNTRY_KEYS: ReadonlyMap<string, string> = new Map(
  Object.entries(DEMONYMS).flatMap(([country, forms]) => [country, ...forms].map((form): [string, string] => [nameWords(form).join(' '), `@${nameWords(country).join(' ')}`]))
)

/** The most words of a country's name or adjective ("united arab emirates"). */
const MAX_COUNTRY_WORDS = 3

/**
 * The words of a body's name with a country in the possessive or as an
 * adjective at its start as one key: "Israel's military" and "the Israeli
 * military" are both "@israel military". A person's name stays as it is
 * ("John French").
 *
 * @example
 * countryWords(['ukrainian', 'foreign', 'ministry'], 'organization') // ['@ukraine', 'foreign', 'ministry']
 */
function countryWords(words: string[], type: SourceType): string[] {
  if (type === 'person') return words
  for (let n = Math.min(MAX_COUNTRY_WORDS, words.length); n >= 1; n--) {
    const key = COUNTRY_KEYS.get(words.slice(0, n).join(' '))
    if (key !== undefined) return [key, ...words.slice(n)]
  }
  return words
}

function keyWords(source: {name: string; type: SourceType}): string[] {
  return countryWords(nameWords(source.name), source.type)
}

function compatible(target: MergedSource, source: Source): boolean {
  const a = keyWords(target)
  const b = keyWords(source)
  if (target.type === 'person' && source.type === 'person') {
    if (a.length === 1 || b.length === 1) return true
    const fa = foldSurname(a[0] as string)
    const fb = foldSurname(b[0] as string)
    return fa === fb || fa.startsWith(fb) || fb.startsWith(fa)
  }
  // One name ends the other: "Foreign Office" / "UK Foreign Office".
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a]
  return shorter.every((w, i) => longer[longer.length - shorter.length + i] === w)
}

/**
 * The merged sources under one key, in the order they were made, indexed so
 * that the first one `compatible` with a source is found without reading
 * them all: persons by the folded first word of their names (two names are
 * compatible when one of those starts with the other), other sources by the
 * words their names end with. Every lookup gives the candidate a scan in
 * order would stop at: the compatible one, or the one `compatible` throws on
 * (a name with no words beside one of two words or more).
 */
class KeyCandidates {
  private count = 0
  private readonly rank = new Map<MergedSource, number>()
  private readonly words = new Map<MergedSource, string[]>()
  /** Re-indexing stamps: a heap entry whose stamp is not its source's current one is stale. */
  private readonly stamp = new Map<MergedSource, number>()
  /** Persons named by one word: compatible with every person. */
  private readonly single = new RankHeap()
  /** Persons named by no word: `compatible` throws on them beside a longer name. */
  private readonly empty = new RankHeap()
  /** Persons named in two words or more, by the folded first word; others by their words from the end. */
  private readonly root: TrieNode = trieNode()
  private first: MergedSource | undefined

  constructor(private readonly person: boolean) {}

  wordsOf(target: MergedSource): readonly string[] {
    return this.words.get(target) as string[]
  }

  add(target: MergedSource, words: string[]): void {
    if (this.first === undefined) this.first = target
    this.rank.set(target, this.count++)
    this.index(target, words)
  }

  rename(target: MergedSource, name: string, words: string[]): void {
    target.name = name
    this.index(target, words)
  }

  private index(target: MergedSource, words: string[]): void {
    const stamp = (this.stamp.get(target) ?? 0) + 1
    this.stamp.set(target, stamp)
    this.words.set(target, words)
    const entry: HeapEntry = {rank: this.rank.get(target) as number, target, stamp}
    if (this.person) {
      if (words.length === 1) this.single.push(entry)
      else if (words.length === 0) this.empty.push(entry)
      else {
        const given = foldSurname(words[0] as string)
        let node = this.root
        for (let i = 0; i < given.length; i++) {
          node.under.push(entry)
          node = child(node, given[i] as string)
        }
        node.under.push(entry)
        node.exact.push(entry)
      }
      return
    }
    let node = this.root
    node.under.push(entry)
    for (let k = words.length - 1; k >= 0; k--) {
      node = child(node, words[k] as string)
      node.under.push(entry)
    }
    node.exact.push(entry)
  }

  /** The first candidate compatible with `source` (whose name has `words`), as `candidates.find(compatible)` gives it. */
  firstCompatible(source: Source, words: readonly string[]): MergedSource | undefined {
    if (this.first === undefined) return undefined
    const live = (heap: RankHeap) => heap.top((e) => this.stamp.get(e.target) === e.stamp)
    let stop: HeapEntry | undefined
    if (this.person) {
      // A name of one word is compatible with the first candidate; one of none, or throws on it.
      if (words.length < 2) return compatible(this.first, source) ? this.first : undefined
      stop = earliest(live(this.single), live(this.empty))
      const given = foldSurname(words[0] as string)
      let node: TrieNode | undefined = this.root
      for (let i = 0; i < given.length && node; i++) {
        stop = earliest(stop, live(node.exact))
        node = node.children.get(given[i] as string)
      }
      if (node) stop = earliest(stop, live(node.under))
    } else {
      // Candidates whose words end `words`, and those whose words `words` ends.
      let node: TrieNode | undefined = this.root
      stop = live(node.exact)
      for (let k = words.length - 1; k >= 0 && node; k--) {
        node = node.children.get(words[k] as string)
        if (node) stop = earliest(stop, live(node.exact))
      }
      if (node) stop = earliest(stop, live(node.under))
    }
    // The scan in order stops here: compatible, or `compatible` throws as the scan would.
    return stop && compatible(stop.target, source) ? stop.target : undefined
  }
}

interface HeapEntry {
  rank: number
  target: MergedSource
  stamp: number
}

interface TrieNode {
  children: Map<string, TrieNode>
  /** Entries whose path ends here. */
  exact: RankHeap
  /** Entries whose path runs through or ends here. */
  under: RankHeap
}

function trieNode(): TrieNode {
  return {children: new Map(), exact: new RankHeap(), under: new RankHeap()}
}

function child(node: TrieNode, step: string): TrieNode {
  let next = node.children.get(step)
  if (!next) {
    next = trieNode()
    node.children.set(step, next)
  }
  return next
}

function earliest(a: HeapEntry | undefined, b: HeapEntry | undefined): HeapEntry | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return a.rank <= b.rank ? a : b
}

/** A min-heap by rank; stale entries are dropped when they reach the top. */
class RankHeap {
  private readonly items: HeapEntry[] = []

  push(entry: HeapEntry): void {
    const items = this.items
    let i = items.length
    items.push(entry)
    while (i > 0) {
      const parent = (i - 1) >> 1
      if ((items[parent] as HeapEntry).rank <= entry.rank) break
      items[i] = items[parent] as HeapEntry
      i = parent
    }
    items[i] = entry
  }

  /** The lowest-ranked entry that is `live`, dropping the stale ones above it. */
  top(live: (entry: HeapEntry) => boolean): HeapEntry | undefined {
    const items = this.items
    while (items.length > 0 && !live(items[0] as HeapEntry)) {
      const last = items.pop() as HeapEntry
      if (items.length === 0) break
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        if (l >= items.length) break
        const r = l + 1
        const c = r < items.length && (items[r] as HeapEntry).rank < (items[l] as HeapEntry).rank ? r : l
        if ((items[c] as HeapEntry).rank >= last.rank) break
        items[i] = items[c] as HeapEntry
        i = c
      }
      items[i] = last
    }
    return items[0]
  }
}
