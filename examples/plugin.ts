// The retext plugin in an editor's pipeline: warnings in the same reporter
// as every other retext warning. Run: npx tsx examples/plugin.ts
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {retextOnrecord} from '../src/index.js'

const draft = [
  '“We hope for substantive and good technical meetings,” Rubio said.',
  'Officials left London.',
  '“This is not the moment for a deal.”'
].join('\n')
const transcript = 'RUBIO: We hope for substantive and positive technical meetings. Thank you.'

const processor = unified().use(retextEnglish).use(retextOnrecord, {sources: [{id: 'transcript', text: transcript}]})
const file = new VFile({path: 'draft.txt', value: draft})
await processor.run(processor.parse(file), file)

for (const message of file.messages) console.log(`${String(message)} [${message.ruleId}]`)
console.log(file.data.quotes?.map((quote) => `${quote.speaker?.name ?? '?'}: ${quote.text}`))
