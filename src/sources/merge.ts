import type {Source, SourceType} from '../types.js'

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
  const byKey = new Map<string, MergedSource[]>()
  for (const list of lists) {
    if (!list || typeof list.id !== 'string' || !Array.isArray(list.sources)) {
      throw new TypeError('onrecord: expected every entry of `lists` to be {id: string, sources: Source[]}')
    }
    for (const source of list.sources) {
      const words = nameWords(source.name)
      const last = words[words.length - 1] ?? ''
      const key = `${family(source.type)}:${source.type === 'person' ? foldSurname(last) : last}`
      const candidates = byKey.get(key) ?? []
      let target = candidates.find((m) => compatible(m, source))
      if (!target) {
        target = {name: source.name, type: source.type, articles: [], ...(source.title ? {title: source.title} : {})}
        candidates.push(target)
        byKey.set(key, candidates)
        merged.push(target)
      } else {
        if (nameWords(source.name).length > nameWords(target.name).length) target.name = source.name
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
    .map((w) => w.replace(/'s$/, '').replace(/[.,]/g, ''))
    .filter(Boolean)
}

function compatible(target: MergedSource, source: Source): boolean {
  const a = nameWords(target.name)
  const b = nameWords(source.name)
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
