import nlp from 'compromise'
import {OUTLETS} from '../lexicons/outlets.js'
import type {OutletEntry} from '../lexicons/outlets.js'
import {ORGANIZATIONS} from '../lexicons/organizations.js'

type Lexicon = Record<string, string | string[] | undefined>

let compromiseLexicon: Lexicon | undefined

/**
 * Tags compromise's lexicon gives a word ("MaleName", "Country", "PastTense"),
 * looked up without running its tagger.
 *
 * @example
 * wordTags('marco') // ['MaleName']
 */
export function wordTags(lower: string): readonly string[] {
  compromiseLexicon ??= (nlp as unknown as {model: () => {one: {lexicon: Lexicon}}}).model().one.lexicon
  const tags = compromiseLexicon[lower]
  if (tags === undefined) return []
  return Array.isArray(tags) ? tags : [tags]
}

/** Outlet and organisation names, looked up by folded text. */
export interface NameLexicon {
  outlet(name: string): string | undefined
  organization(name: string): string | undefined
}

/**
 * Build the name lookups, with the user's extra outlets added.
 *
 * @example
 * createNameLexicon([{name: 'Kyiv Post', aliases: ['KP']}]).outlet('the KP') // 'Kyiv Post'
 */
export function createNameLexicon(extraOutlets: readonly OutletEntry[] = []): NameLexicon {
  const outlets = new Map<string, string>()
  for (const entry of [...OUTLETS, ...extraOutlets]) {
    outlets.set(fold(entry.name), entry.name)
    for (const alias of entry.aliases) outlets.set(fold(alias), entry.name)
  }
  const organizations = new Map<string, string>()
  for (const name of ORGANIZATIONS) organizations.set(fold(name), name)
  return {
    outlet: (name) => outlets.get(fold(name)),
    organization: (name) => organizations.get(fold(name))
  }
}

/** Lower case, no leading article, no possessive, apostrophes folded. */
export function fold(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/'s$|'$/, '')
    .trim()
}
