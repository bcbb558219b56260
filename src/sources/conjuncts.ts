import type {Span} from '../types.js'
import {ORGANIZATION_NOUNS, TITLE_WORDS} from '../lexicons/roles.js'
import {analyzeMention, resolve, tokenAtOffset} from '../attribution/index.js'
import type {AttributionContext, Entity, Mention, Word} from '../attribution/index.js'

/** Words that join the names of a coordinated subject ("Lammy and Rubio", "Grassley, Leahy and Cornyn"); not "&", which joins one firm's name ("Procter & Gamble"). */
const JOINERS: ReadonlySet<string> = new Set(['and', ','])

/** Words that open a coordinated subject and belong to none of its names ("Both Mr. King and Mr. Schultz"). */
const OPENERS: ReadonlySet<string> = new Set(['both'])

/** The most names of one coordinated subject that each get the attribution. */
const MAX_CONJUNCTS = 6

/**
 * The entities named one by one in a coordinated subject: "David Lammy and
 * Marco Rubio said …" attributes what follows to both, not only to Rubio.
 * Every part between the joiners must be a name the article can resolve
 * (a person, an organisation, an outlet, a place speaking as its
 * government), and one at least a name for certain (see `standsAlone`):
 * "the former first lady and U.S. senator" is one person with two roles,
 * "Recent polls in Pennsylvania and Virginia" one source, "United States
 * Citizenship and Immigration Services" one agency, so none splits. A part in parentheses ("Jeff Merkley (D-Ore.)") stays
 * with its name.
 *
 * @example
 * conjunctEntities(context, mention).map((e) => e.name) // ['David Lammy', 'Marco Rubio']
 */
export function conjunctEntities(context: AttributionContext, mention: Span): Entity[] {
  const {doc} = context
  const from = tokenAtOffset(doc, mention.start)
  let to = from
  while (to < doc.words.length && (doc.words[to] as Word).end <= mention.end) to++
  const parts: Array<{from: number; to: number}> = []
  let start = from
  // "Both Lind and Moreau said": the opener says two people speak, known names or not (not groups:
  // "both Democrats and Republicans" may be one side).
  // So does "both" floating after the subject: "Lind and Moreau both said".
  const both = (start < to && OPENERS.has((doc.words[start] as Word).lower)) || OPENERS.has(doc.words[to]?.lower ?? '')
  while (start < to && OPENERS.has((doc.words[start] as Word).lower)) start++
  let depth = 0
  let joined = false
  for (let k = start; k < to; k++) {
    const word = doc.words[k] as Word
    if (word.text === '(') depth++
    else if (word.text === ')') depth = Math.max(0, depth - 1)
    if (depth > 0 || !JOINERS.has(word.lower)) continue
    if (word.lower !== ',') joined = true
    if (k > start) parts.push({from: start, to: k})
    start = k + 1
  }
  if (start < to) parts.push({from: start, to})
  if (!joined || parts.length < 2 || parts.length > MAX_CONJUNCTS) return []
  // "The Food and Drug Administration", "the National Oceanic and Atmospheric Administration": one agency, named across its "and".
  const whole = analyzeMention(doc, {from, to}, context.names)
  if (whole.kind === 'name' && whole.type === 'organization' && / and /u.test(whole.name)) return []
  const entities: Entity[] = []
  /** Parts that are names of their own for certain; one is enough to read the rest as names too. */
  let alone = 0
  for (const part of parts) {
    // "Jeff Merkley (D-Ore.)": the name without its parenthesis.
    let end = part.from
    while (end < part.to && (doc.words[end] as Word).text !== '(') end++
    if (end <= part.from) return []
    const named = analyzeMention(doc, {from: part.from, to: end}, context.names)
    // "the campaign and the state Green Party said": a definite role of an organisation or a person beside a name is a source too.
    const role = (named.kind === 'role' || named.kind === 'description') && (named.type === 'organization' || named.type === 'person') && (doc.words[part.from] as Word).lower === 'the' && named.phrase.to === end
    // The name may leave a title out ("Sens. Sherrod Brown"), not other words ("a study by Harvard").
    if (!role && (named.kind !== 'name' || named.type === 'unknown' || named.phrase.to !== end || !allCapitalized(doc.words, part.from, named.phrase.from))) return []
    const entity = resolve(context.entities, named, part.from)
    if (!entity) return []
    // A later part opened by "the" starts a phrase of its own: "the campaign and [the state Green Party]" is no one name
    // ("the Food and Drug Administration" has no second "the").
    // Only after a part that opens with "the" or names a person: not "the Minister for Trade, Tourism and the Arts".
    const opening = parts[0] as {from: number; to: number}
    const determined = part !== opening && (doc.words[part.from] as Word).lower === 'the' && ((doc.words[opening.from] as Word).lower === 'the' || (entities[0]?.type === 'person' && entities[0]?.kind === 'name'))
    const standing = !role && ((both && named.type === 'person') || standsAlone(context, named, entity, mention.start))
    // "U.S. Oil and Gas Administration Director Jo Roe": a bare word no one has named before, then "and" and a capitalised run
    // that reaches an organisation noun, is the first half of one agency's name, no source of its own.
    const next = parts[parts.indexOf(part) + 1]
    // ("U.S." before it is a place, no title).
    const titled = named.title !== undefined && named.title.split(' ').some((w) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/u, '')))
    const bare = named.type === 'person' && !named.name.includes(' ') && named.gender === undefined && !titled && !entity.mentions.some((m) => m.start < mention.start)
    if (!role && !both && bare && next !== undefined && reachesBody(doc.words, next.from, next.to)) return []
    if (determined || standing) alone++
    if (!entities.includes(entity)) entities.push(entity)
  }
  return entities.length >= 2 && alone > 0 ? entities : []
}

/**
 * Is this part of a coordination a name of its own? An outlet, a known
 * organisation, a place, a person with a title or a known first name, or a
 * name the article used before the coordination ("Obama and Clinton").
 * "United States Citizenship" in "United States Citizenship and Immigration
 * Services" is none of these: the agency is one name.
 */
function standsAlone(context: AttributionContext, named: Mention, entity: Entity, before: number): boolean {
  if (named.type === 'outlet' || named.place === true || context.names.organization(named.name) !== undefined) return true
  if (named.type !== 'person') return false
  return named.title !== undefined || named.gender !== undefined || entity.mentions.some((m) => m.start < before)
}

/** Does the capitalised run from token `from` (before `to`) hold an organisation noun ("Drug Administration Commissioner")? */
function reachesBody(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = words[k] as Word
    if (word.kind !== 'word' || !word.capitalized || word.quote >= 0) return false
    if (ORGANIZATION_NOUNS.has(word.lower)) return true
  }
  return false
}

/** Are the tokens `[from, to)` capitalised words or periods ("Sens.", "Mr.")? */
function allCapitalized(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = words[k] as Word
    if (!(word.kind === 'word' ? word.capitalized : word.text === '.')) return false
  }
  return true
}
