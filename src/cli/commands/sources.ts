import {findSources} from '../../index.js'
import {chooseFormat, emit} from '../output.js'
import type {CommonOptions} from '../output.js'
import {readAndAnalyse} from '../read.js'
import {renderTable} from '../table.js'

/**
 * `onrecord sources FILE...`: every source each article cites, with how
 * often it is named and what it is said to have said. JSON:
 * `[{file, id, sources}]`; NDJSON: one source per line with its `file`.
 *
 * @example
 * sourcesCommand(['story.txt'], {progress: true, format: 'json'})
 */
export function sourcesCommand(paths: string[], options: CommonOptions): void {
  const format = chooseFormat(options)
  const results = readAndAnalyse(paths, options, 'sources', (input) => findSources(input.text))
  const files = results.map(({input, result}) => ({file: input.path, id: input.id, sources: result}))
  emit(
    {
      json: files,
      records: files.flatMap(({file, sources}) => sources.map((source) => ({file, ...source}))),
      table: (width) => {
        const several = files.length > 1
        const headers = [...(several ? ['FILE'] : []), 'SOURCE', 'TYPE', 'MENTIONS', 'SAID']
        const rows = files.flatMap(({id, sources}) =>
          sources.map((source) => [
            ...(several ? [id] : []),
            source.title ? `${source.name} (${source.title})` : source.name,
            source.type,
            String(source.mentions.length),
            source.attributions[0]?.content.text ?? ''
          ])
        )
        return rows.length === 0 ? 'No sources found.\n' : renderTable(headers, rows, width)
      }
    },
    format,
    options.output
  )
}
