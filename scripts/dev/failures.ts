/**
 * Failure lists for tuning the extractor: every missed gold quote, false
 * positive and wrong speaker (and, for sources, missed and spurious sources
 * and missed reported-speech contents), each with its context, written as
 * readable text files.
 *
 *   npx tsx scripts/dev/failures.ts [quotes|sources] [--seeds|--polnear] [--baseline] [--out DIR]
 *
 * Default: both tasks, both data sets, onrecord (not the regex baseline), out
 * /tmp/onrecord-failures. In the context, [[ ]] marks the gold span, {{ }} the
 * gold speaker and << >> the predicted mention. Uses the same scoring as
 * `npm run eval` (scripts/eval/quotes.ts, scripts/eval/sources.ts).
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {extractQuotes} from '../../src/index.js'
import type {Quote} from '../../src/types.js'
import type {Range} from '../eval/_score.js'
import {percent} from '../eval/_score.js'
import type {QuoteScore, WrongSpeaker} from '../eval/quotes.js'
import {baselineQuotes, loadPolnear, scorePolnearQuotes, scoreSeedQuotes} from '../eval/quotes.js'
import type {IndirectFailure, SourceScore} from '../eval/sources.js'
import {loadFindSources, scorePolnearSources, scoreSeedSources} from '../eval/sources.js'

const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const outDir = outIndex >= 0 ? (args[outIndex + 1] ?? '/tmp/onrecord-failures') : '/tmp/onrecord-failures'
const tasks = ['quotes', 'sources'].filter((t) => args.includes(t))
const sets = ['seeds', 'polnear'].filter((s) => args.includes(`--${s}`))
const wantTasks = tasks.length > 0 ? tasks : ['quotes', 'sources']
const wantSets = sets.length > 0 ? sets : ['seeds', 'polnear']
const useBaseline = args.includes('--baseline')

const CONTEXT = 200

interface Mark {
  range: Range
  open: string
  close: string
}

/** `~CONTEXT` characters either side of `focus`, with marks inserted and newlines shown as ⏎. */
function context(text: string, focus: Range, marks: Mark[]): string {
  let from = Math.max(0, focus.start - CONTEXT)
  let to = Math.min(text.length, focus.end + CONTEXT)
  for (const m of marks) {
    // Widen a little to show a nearby speaker, but never beyond twice the context.
    if (m.range.start >= focus.start - 2 * CONTEXT && m.range.start < from) from = m.range.start
    if (m.range.end <= focus.end + 2 * CONTEXT && m.range.end > to) to = m.range.end
  }
  // At one offset: closes before opens; the wider mark opens first and closes last.
  const inserts: Array<{at: number; s: string; key: number[]}> = []
  marks.forEach((m, i) => {
    if (m.range.end < from || m.range.start > to) return
    inserts.push({at: Math.max(from, m.range.start), s: m.open, key: [1, -m.range.end, i]})
    inserts.push({at: Math.min(to, m.range.end), s: m.close, key: [0, -m.range.start, -i]})
  })
  const byKey = (a: number[], b: number[]) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0)
  inserts.sort((a, b) => a.at - b.at || byKey(a.key, b.key))
  let out = from > 0 ? '…' : ''
  let pos = from
  for (const ins of inserts) {
    out += text.slice(pos, ins.at) + ins.s
    pos = ins.at
  }
  out += text.slice(pos, to) + (to < text.length ? '…' : '')
  return out.replace(/\r?\n/gu, ' ⏎ ')
}

const gold = (range: Range): Mark => ({range, open: '[[', close: ']]'})
const goldSpeakerMark = (range: Range): Mark => ({range, open: '{{', close: '}}'})
const predMention = (range: Range): Mark => ({range, open: '<<', close: '>>'})

function describeQuote(q: Quote): string {
  const s = q.speaker
  const speaker = s === null ? 'none' : `${JSON.stringify(s.name)} (${s.type}; mention ${JSON.stringify(s.mention.text)} @${s.mention.start})`
  const cue = q.cue === null ? 'none' : `${JSON.stringify(q.cue.text)} @${q.cue.start}`
  return `predicted: kind ${q.kind}, speaker ${speaker}, cue ${cue}, confidence ${q.confidence.toFixed(2)}`
}

/** Find how the gold mention is written near a seed quote (seeds have no speaker offsets). */
function findNear(text: string, range: Range, needle: string | null): Range | null {
  if (needle === null || needle === '') return null
  const from = Math.max(0, range.start - 400)
  const to = Math.min(text.length, range.end + 400)
  const window = text.slice(from, to)
  let best: Range | null = null
  const lower = window.toLowerCase()
  const n = needle.toLowerCase()
  for (let i = lower.indexOf(n); i >= 0; i = lower.indexOf(n, i + 1)) {
    // Whole words only ("He" not inside "The").
    const before = window[i - 1] ?? ' '
    const after = window[i + n.length] ?? ' '
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue
    const r = {start: from + i, end: from + i + n.length}
    if (r.start < range.end && r.end > range.start) continue
    const d = r.start >= range.end ? r.start - range.end : range.start - r.end
    const bd = best === null ? Infinity : best.start >= range.end ? best.start - range.end : range.start - best.end
    if (d < bd) best = r
  }
  return best
}

/** A crude category for a wrong speaker, to show patterns. */
function category(w: WrongSpeaker, speakerRange: Range | null): string {
  if (w.quote.speaker === null && w.quote.cue === null) return 'no cue found'
  if (w.quote.speaker === null) return 'cue found, no speaker'
  if (w.goldIsPronoun) return 'pronoun'
  if (speakerRange === null) return 'gold speaker not located'
  if (speakerRange.start >= w.range.end) {
    const cueBefore =
      w.goldCueRange !== null
        ? w.goldCueRange.start < speakerRange.start && w.goldCueRange.start >= w.range.end
        : w.goldCue !== null && w.text.slice(w.range.end, speakerRange.start).toLowerCase().includes(w.goldCue.toLowerCase())
    return cueBefore ? 'inverted "said X"' : 'after-quote'
  }
  if (speakerRange.end <= w.range.start) return 'before-quote'
  return 'inside or between parts'
}

function line(label: string, n: number, file: string): void {
  console.log(`${label.padEnd(58)} ${String(n).padStart(5)}  ${file}`)
}

function writeQuotes(score: QuoteScore, name: string): void {
  const file = join(outDir, `quotes-${score.set}${useBaseline ? '-baseline' : ''}.txt`)
  const out: string[] = []
  out.push(`# ${name} on ${score.set}: quote F1 ${percent(score.quotes.f1)} (P ${percent(score.quotes.precision)}, R ${percent(score.quotes.recall)}); speaker ${score.speaker.correct}/${score.speaker.total}`)
  out.push('# [[ ]] gold span (trimmed), {{ }} gold speaker, << >> predicted mention', '')

  out.push(`## Missed gold quotes (${score.missed.length})`, '')
  for (const m of score.missed) {
    out.push(`- ${m.article} @${m.range.start}-${m.range.end} (gold ${m.goldKind}, speaker ${JSON.stringify(m.goldSpeaker)})`)
    out.push(`  ${context(m.text, m.range, [gold(m.range)])}`, '')
  }

  out.push(`## False positives (${score.spurious.length})`, '')
  for (const s of score.spurious) {
    const marks = [gold(s.range)]
    if (s.quote.speaker !== null) marks.push(predMention(s.quote.speaker.mention))
    out.push(`- ${s.article} @${s.range.start}-${s.range.end} ${describeQuote(s.quote)}`)
    out.push(`  ${context(s.text, s.range, marks)}`, '')
  }

  const groups = new Map<string, Array<{w: WrongSpeaker; where: Range | null}>>()
  for (const w of score.wrongSpeakers) {
    const where = w.goldSpeakerRange ?? findNear(w.text, w.range, w.goldMention ?? w.goldSpeaker)
    const c = category(w, where)
    const list = groups.get(c) ?? []
    list.push({w, where})
    groups.set(c, list)
  }
  out.push(`## Wrong speakers (${score.wrongSpeakers.length})`, '')
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length)
  for (const [c, list] of sorted) {
    out.push(`### ${c} (${list.length})`, '')
    for (const {w, where} of list) {
      const marks = [gold(w.range)]
      if (where !== null) marks.push(goldSpeakerMark(where))
      if (w.quote.speaker !== null) marks.push(predMention(w.quote.speaker.mention))
      const goldDesc = `gold speaker ${JSON.stringify(w.goldSpeaker)}${w.goldMention !== null ? ` (written ${JSON.stringify(w.goldMention)})` : ''}, cue ${JSON.stringify(w.goldCue)}${w.swapped ? ' [annotation swapped speaker/cue]' : ''}`
      out.push(`- ${w.article} @${w.range.start}-${w.range.end}: ${goldDesc}`)
      out.push(`  ${describeQuote(w.quote)}`)
      out.push(`  ${context(w.text, w.range, marks)}`, '')
    }
  }
  writeFileSync(file, out.join('\n'))
  const label = `quotes/${score.set}${useBaseline ? ' (baseline)' : ''}`
  line(`${label}: missed gold quotes`, score.missed.length, file)
  line(`${label}: false positives`, score.spurious.length, file)
  for (const [c, list] of sorted) line(`${label}: wrong speaker: ${c}`, list.length, file)
}

function indirectEntry(f: IndirectFailure): string[] {
  const marks = [gold(f.gold.range)]
  if (f.gold.speakerRange !== null) marks.push(goldSpeakerMark(f.gold.speakerRange))
  let predDesc = 'no predicted attribution overlaps'
  if (f.predicted !== null) {
    marks.push(predMention(f.predicted.attribution.mention))
    const a = f.predicted.attribution
    predDesc = `best predicted: IoU ${f.predicted.iou.toFixed(2)}, source ${JSON.stringify(f.predicted.source.name)} (${f.predicted.source.type}), mention ${JSON.stringify(a.mention.text)}, cue ${JSON.stringify(a.cue?.text ?? null)}, content @${a.content.start}-${a.content.end} ${JSON.stringify(a.content.text.slice(0, 80))}`
  }
  return [
    `- ${f.article} @${f.gold.range.start}-${f.gold.range.end}: gold speaker ${JSON.stringify(f.gold.speaker)}, cue ${JSON.stringify(f.gold.cue)}`,
    `  ${predDesc}`,
    `  ${context(f.text, f.gold.range, marks)}`,
    ''
  ]
}

function writeSources(score: SourceScore): void {
  const file = join(outDir, `sources-${score.set}.txt`)
  const out: string[] = []
  out.push(`# findSources on ${score.set}: source F1 ${percent(score.sources.f1)} (P ${percent(score.sources.precision)}, R ${percent(score.sources.recall)})`)
  if (score.set === 'polnear') {
    out.push(`# indirect found ${score.indirectFound.correct}/${score.indirectFound.total}, right source ${score.indirectRight.correct}/${score.indirectRight.total}`)
  }
  out.push('# [[ ]] gold span, {{ }} gold speaker, << >> predicted mention', '')

  out.push(`## Missed sources (${score.missedSources.length})`, '')
  for (const m of score.missedSources) {
    out.push(`- ${m.article}: ${m.names.map((n) => JSON.stringify(n)).join(' | ')}`)
    const where = m.ranges[0] ?? (() => {
      const i = m.names[0] === undefined ? -1 : m.text.indexOf(m.names[0])
      return i < 0 ? undefined : {start: i, end: i + (m.names[0] ?? '').length}
    })()
    if (where !== undefined) out.push(`  ${context(m.text, where, [goldSpeakerMark(where)])}`)
    out.push('')
  }

  out.push(`## Spurious sources (${score.spuriousSources.length})`, '')
  for (const s of score.spuriousSources) {
    const src = s.source
    out.push(`- ${s.article}: ${JSON.stringify(src.name)} (${src.type}${src.title !== undefined ? `, ${src.title}` : ''}), ${src.mentions.length} mention(s), ${src.attributions.length} attribution(s)`)
    const first = src.attributions[0]?.mention ?? src.mentions[0]
    if (first !== undefined) out.push(`  ${context(s.text, first, [predMention(first)])}`)
    out.push('')
  }

  if (score.set === 'polnear') {
    const notFound = score.indirectFailures.filter((f) => !f.found)
    const wrong = score.indirectFailures.filter((f) => f.found)
    out.push(`## Indirect contents not found (${notFound.length})`, '')
    for (const f of notFound) out.push(...indirectEntry(f))
    out.push(`## Indirect contents found with the wrong source (${wrong.length})`, '')
    for (const f of wrong) out.push(...indirectEntry(f))
    writeFileSync(file, out.join('\n'))
    line(`sources/${score.set}: missed sources`, score.missedSources.length, file)
    line(`sources/${score.set}: spurious sources`, score.spuriousSources.length, file)
    line(`sources/${score.set}: indirect content not found`, notFound.length, file)
    line(`sources/${score.set}: indirect found, wrong source`, wrong.length, file)
    return
  }
  writeFileSync(file, out.join('\n'))
  line(`sources/${score.set}: missed sources`, score.missedSources.length, file)
  line(`sources/${score.set}: spurious sources`, score.spuriousSources.length, file)
}

mkdirSync(outDir, {recursive: true})
const polnear = wantSets.includes('polnear') ? loadPolnear() : null
if (wantSets.includes('polnear') && polnear === null) console.log('../shared/data/polnear.dev.jsonl not found: PolNeAR skipped')

if (wantTasks.includes('quotes')) {
  const name = useBaseline ? 'baseline' : 'onrecord'
  const find = useBaseline ? baselineQuotes : (text: string) => extractQuotes(text)
  if (wantSets.includes('seeds')) writeQuotes(scoreSeedQuotes(find, name), name)
  if (polnear !== null) writeQuotes(scorePolnearQuotes(polnear, find, name), name)
}
if (wantTasks.includes('sources')) {
  const find = await loadFindSources()
  if (find === null) console.log('sources: findSources not available yet')
  else {
    if (wantSets.includes('seeds')) writeSources(scoreSeedSources(find))
    if (polnear !== null) writeSources(scorePolnearSources(polnear, find))
  }
}
