import {Command, Option} from 'commander'
import {INPUT_FORMATS, OUTPUT_FORMATS} from './formats.js'
import {packageVersion} from './version.js'

const FILES_HELP = 'text, HTML (.html, .htm) or Markdown (.md) files; - for standard input'

/**
 * The `onrecord` command line: `quotes`, `sources`, `hearsay`, `compare` and `verify`,
 * each a thin adapter over the library. Commander exits through exceptions
 * (`exitOverride`) so that the caller decides the exit code. A command's code
 * (and the library under it) loads only when that command runs, so `--help`
 * and option errors answer at once.
 *
 * @example
 * await createProgram().parseAsync(['quotes', 'story.txt'], {from: 'user'})
 */
export function createProgram(): Command {
  const program = new Command()
    .name('onrecord')
    .description('Find the quotes and sources of news articles, check quotes against their sources, and compare outlets.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run onrecord --help for usage)')
    .exitOverride()
    .addHelpText(
      'after',
      [
        '',
        'Exit codes: 0 done, 1 a quote is altered or not found (verify) or a claim is unsourced (hearsay --unsourced), 2 bad options or unreadable files.',
        '',
        'Examples:',
        '  onrecord quotes story.txt',
        '  onrecord sources --format ndjson *.html',
        '  onrecord hearsay --unsourced draft.md',
        '  onrecord compare --html report.html bbc.txt cnn.txt ft.md',
        '  onrecord verify --quotes-from draft.txt transcript.txt'
      ].join('\n')
    )

  withCommonOptions(
    program
      .command('quotes')
      .description('list every quote with its speaker and cue')
      .argument('<files...>', FILES_HELP)
      .option('--keep-boilerplate', 'also list quotes in page furniture (video prompts, newsletter appeals)')
  ).action(async (files: string[], options) => (await import('./commands/quotes.js')).quotesCommand(files, options))

  withCommonOptions(
    program.command('sources').description('list the sources each article cites').argument('<files...>', FILES_HELP)
  ).action(async (files: string[], options) => (await import('./commands/sources.js')).sourcesCommand(files, options))

  withCommonOptions(
    program
      .command('hearsay')
      .description('list claims passed on as hearsay ("reportedly", "is said to") and the source named for each')
      .argument('<files...>', FILES_HELP)
      .option('--unsourced', 'list only claims with no source named; exit code 1 when there is one')
  ).action(async (files: string[], options) => (await import('./commands/hearsay.js')).hearsayCommand(files, options))

  withCommonOptions(
    program
      .command('compare')
      .description('find the quotes and claims several articles share, and how their words differ')
      .argument('<files...>', `two or more ${FILES_HELP}`)
      .option('--html <file>', 'write a self-contained HTML report to <file>')
  ).action(async (files: string[], options) => (await import('./commands/compare.js')).compareCommand(files, options))

  withCommonOptions(
    program
      .command('verify')
      .description('check quotes against source files; exit code 1 when one is altered or not found')
      .argument('<sources...>', `the source texts: ${FILES_HELP}`)
      .option('-q, --quote <text>', 'a quote to check (repeatable)', (value: string, previous: string[]) => [...previous, value], [])
      .option('--quotes-from <file>', 'check every quote found in <file> (a draft)')
  ).action(async (files: string[], options) => (await import('./commands/verify.js')).verifyCommand(files, options))

  return program
}

/** `--format`, `--json`, `--output`, `--input-format`, `--no-progress`. */
function withCommonOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else json)').choices(OUTPUT_FORMATS))
    .option('--json', 'same as --format json')
    .option('-o, --output <file>', 'write the output to <file> (all at once) instead of standard output')
    .addOption(new Option('--input-format <format>', 'read every input as this format (default: from the file extension)').choices(INPUT_FORMATS))
    .option('--no-progress', 'never show a progress bar')
}
