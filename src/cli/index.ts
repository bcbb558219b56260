/**
 * The `onrecord` command-line tool (package.json `bin`: `dist/cli.js`).
 */
import {CommanderError} from 'commander'
import {EXIT_USAGE, UsageError} from './errors.js'
import {createProgram} from './program.js'

/** Exit code for a bug in onrecord (an unexpected exception). */
const EXIT_INTERNAL = 70

/**
 * Run the CLI on `argv` (without `node` and the script) and return the exit
 * code: 0 done, 1 a failed check (`verify`), 2 a usage or input error,
 * 70 an internal error.
 *
 * @example
 * process.exitCode = await main(['quotes', 'story.txt'])
 */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await createProgram().parseAsync([...argv], {from: 'user'})
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (error) {
    // Commander has printed its message (or the help) already.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE
    if (error instanceof UsageError) {
      process.stderr.write(`onrecord: ${error.message}\n`)
      return EXIT_USAGE
    }
    process.stderr.write(`onrecord: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return EXIT_INTERNAL
  }
}

// Reading stops early (`onrecord quotes *.txt | head`): not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

process.exitCode = await main(process.argv.slice(2))
