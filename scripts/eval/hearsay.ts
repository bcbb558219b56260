/**
 * `npm run eval -- --only hearsay`: `findHearsay` on the distinct sentences of
 * MSRP and STS headlines. There is no gold set of hearsay, so recall is
 * measured on a proxy: the sentences an independent marker pattern flags
 * (written here, not taken from `src/lexicons/hearsay.ts`), with "is
 * expected to be", a forecast and no hearsay, counted apart. Claims found on
 * sentences the pattern does not flag are listed for reading, not scored.
 */
import type {Section} from './_lib.js'
import {loadJsonl} from './_lib.js'
import {percent} from './_score.js'
import {findHearsay} from '../../src/index.js'

/** Hearsay markers, independent of the library's lexicon: adverbs, passives with an infinitive, impersonal passives. */
const MARKER =
  /\b(?:reportedly|allegedly|purportedly|supposedly|rumou?red|(?:is|are|was|were) (?:also )?(?:said|believed|thought|understood|alleged|reported|rumou?red) to (?:be|have)|it (?:is|was|has been) (?:understood|believed|thought|said|reported|claimed|alleged|rumou?red))\b/i

/** A forecast the same shape takes ("is expected to be completed"): flagged apart, not hearsay. */
const FORECAST = /\b(?:is|are|was|were) (?:also )?expected to (?:be|have)\b/i

/** Distinct sentences of MSRP and STS headlines, or null when ../shared/data is absent. */
function sentences(): string[] | null {
  const msrp = loadJsonl('msrp.train.jsonl')
  const sts = loadJsonl('sts-headlines.jsonl')
  if (msrp === null || sts === null) return null
  const seen = new Set<string>()
  for (const pair of [...msrp, ...sts]) {
    seen.add(String(pair.a))
    seen.add(String(pair.b))
  }
  return [...seen]
}

/** `npm run eval -- --only hearsay` */
export default async function hearsaySections(): Promise<Section[]> {
  const all = sentences()
  if (all === null) return [{title: 'hearsay: MSRP and STS sentences', rows: [], notes: ['../shared/data not found: skipped']}]
  let flagged = 0
  let found = 0
  let forecasts = 0
  let forecastsFound = 0
  const unflagged: string[] = []
  for (const text of all) {
    const claims = findHearsay(text)
    if (MARKER.test(text)) {
      flagged++
      if (claims.length > 0) found++
    } else if (FORECAST.test(text)) {
      forecasts++
      if (claims.length > 0) forecastsFound++
    } else if (claims.length > 0) {
      unflagged.push(`${claims.map((c) => JSON.stringify(c.cue.text)).join(', ')} in ${JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}…` : text)}`)
    }
  }
  const rate = (n: number, d: number) => (d === 0 ? 'n/a' : percent(n / d))
  return [
    {
      title: `hearsay: ${all.length} distinct MSRP and STS sentences (no gold: a recall proxy)`,
      rows: [
        {metric: 'sentences with a marker, claim found', onrecord: rate(found, flagged), counts: `${found}/${flagged}`, target: '(info)'},
        {metric: '"is expected to be" (a forecast), claim found', onrecord: rate(forecastsFound, forecasts), counts: `${forecastsFound}/${forecasts}`, target: '(info: should be 0)'},
        {metric: 'claims on sentences with no marker', onrecord: unflagged.length, counts: '', target: '(read below)'}
      ],
      notes: ['the marker pattern is written in scripts/eval/hearsay.ts, apart from the library lexicon', ...unflagged]
    }
  ]
}
