import {execFileSync} from 'node:child_process'
import {describe, expect, it} from '@jest/globals'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {extractQuotes, retextOnrecord, verifyQuote} from '../src/index.js'
import type {RetextOnrecordOptions} from '../src/index.js'

/** Run the plugin the way an editor's pipeline does: parse, then transform. */
async function check(text: string, options?: RetextOnrecordOptions): Promise<VFile> {
  const processor = unified().use(retextEnglish).use(retextOnrecord, options)
  const file = new VFile({path: 'story.txt', value: text})
  await processor.run(processor.parse(file), file)
  return file
}

const story = [
  'Talks in London were downgraded on Wednesday.',
  '“This is not the moment for a deal.”',
  'Officials left London.',
  '“We hope for substantive and good technical meetings,” Rubio said.'
].join('\n')

const transcript = 'RUBIO: We hope for substantive and positive technical meetings. Thank you.'

describe('retextOnrecord', () => {
  it('puts the quotes on file.data', async () => {
    const file = await check(story)
    expect(file.data.quotes).toEqual(extractQuotes(story))
    expect(file.data.quotes?.map((quote) => [quote.text, quote.speaker?.name])).toEqual([
      ['This is not the moment for a deal.', undefined],
      ['We hope for substantive and good technical meetings,', 'Rubio']
    ])
    expect(Array.isArray(file.data.sources)).toBe(true)
    expect(file.data.verifications).toBeUndefined()
  })

  it('reads a file whose value is bytes (Uint8Array) as the parser does', async () => {
    const processor = unified().use(retextEnglish).use(retextOnrecord)
    const file = new VFile({path: 'story.txt', value: new TextEncoder().encode(story)})
    await processor.run(processor.parse(file), file)
    expect(file.data.quotes).toEqual(extractQuotes(story))
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unattributed-quote'])
  })

  it('checks many quotes against more sources than verifyQuote caches, each source indexed once', async () => {
    // Six sources of 400 KB and 80 quotes: checked quote by quote, every check indexed its source
    // again (about 12 s); source by source, each is indexed once (well under a second). The bound is a net.
    const lines = Array.from({length: 6500}, (_, line) => `Speaker ${line} said the talks on item ${line * 7} were slow.`)
    const sources = Array.from({length: 6}, (_, index) => ({id: `s${index}`, text: [...lines, transcript, `Source ${index}.`].join('\n')}))
    const draft = Array.from({length: 80}, (_, index) => `“We hope for substantive and good technical meetings ${index},” Rubio said.`).join('\n')
    const started = Date.now()
    const file = await check(draft, {sources})
    expect(Date.now() - started).toBeLessThan(4000)
    expect(file.data.verifications).toHaveLength(80)
    expect(file.data.verifications?.[0]).toEqual({
      quote: 0,
      source: 0,
      id: 's0',
      verification: verifyQuote('We hope for substantive and good technical meetings 0,', sources[0]?.text ?? '')
    })
  }, 60_000)

  it('warns about a quote nobody is said to have said, with its position', async () => {
    const file = await check(story)
    const warnings = file.messages.filter((message) => message.ruleId === 'unattributed-quote')
    expect(warnings).toHaveLength(1)
    const [warning] = warnings
    expect(warning?.source).toBe('onrecord')
    expect(warning?.fatal).toBe(false)
    expect(String(warning)).toBe('story.txt:2:2-2:36: Unattributed quote `This is not the moment for a deal.`: no speaker found')
  })

  it('reports an altered quote with actual and expected, given sources', async () => {
    const file = await check(story, {sources: [{id: 'transcript', text: transcript}]})
    const [altered, ...rest] = file.messages.filter((message) => message.ruleId === 'altered-quote')
    expect(rest).toHaveLength(0)
    expect(altered?.reason).toBe('Altered quote: `good` where the source has `positive`')
    expect(altered?.place).toEqual({
      start: {line: 4, column: 2, offset: 107},
      end: {line: 4, column: 54, offset: 159}
    })
    expect(altered?.actual).toBe('We hope for substantive and good technical meetings,')
    expect(altered?.expected).toEqual(['We hope for substantive and positive technical meetings'])
    expect(altered?.note).toContain('transcript')
    const verdicts = file.data.verifications?.map((checked) => [checked.quote, checked.id, checked.verification.verdict])
    expect(verdicts).toEqual([
      [0, 'transcript', 'not-found'],
      [1, 'transcript', 'altered']
    ])
  })

  it('says nothing about a faithful quote', async () => {
    const file = await check('“We hope for substantive and positive technical meetings,” Rubio said.', {sources: [transcript]})
    expect(file.messages).toEqual([])
    expect(file.data.verifications?.[0]?.verification.verdict).toBe('exact')
  })

  it('warns about a quote mark that opens or closes nothing', async () => {
    const file = await check('Rubio said we are done.” Talks ended.')
    const warnings = file.messages.filter((message) => message.ruleId === 'unbalanced-quote-mark')
    expect(warnings.map(String)).toEqual(['story.txt:1:24-1:25: Unbalanced quote mark `”`: nothing opens or closes it'])
  })

  it('rejects bad options with a TypeError naming them', () => {
    expect(() => retextOnrecord('x' as unknown as RetextOnrecordOptions)).toThrow(/`options`/)
    expect(() => retextOnrecord({sources: 'text' as unknown as string[]})).toThrow(/`options.sources`/)
    expect(() => retextOnrecord({sources: [42 as unknown as string]})).toThrow(/`options.sources\[0\]`/)
  })

  it('runs the README example (examples/plugin.ts)', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'examples/plugin.ts'], {encoding: 'utf8'})
    expect(output.split('\n').slice(0, 2)).toEqual([
      'draft.txt:1:2-1:54: Altered quote: `good` where the source has `positive` [altered-quote]',
      'draft.txt:3:2-3:36: Unattributed quote `This is not the moment for a deal.`: no speaker found [unattributed-quote]'
    ])
  }, 30_000)
})
