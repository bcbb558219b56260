import {renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'
import {UsageError, describeFsError} from './errors.js'

/**
 * Write `content` to `path` all at once: into a temporary file beside it,
 * then renamed over it, so a failure never leaves a partial file behind.
 * Problems (no such folder, a directory in the way) are `UsageError`s
 * naming the path.
 *
 * @example
 * writeAtomic('report.html', html)
 */
export function writeAtomic(path: string, content: string): void {
  const target = resolve(path)
  const folder = dirname(target)
  assertWritableFolder(path)
  const temporary = join(folder, `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`)
  try {
    writeFileSync(temporary, content)
    renameSync(temporary, target)
  } catch (error) {
    try {
      unlinkSync(temporary)
    } catch {
      // Never written: nothing to remove.
    }
    throw new UsageError(`cannot write '${path}': ${describeFsError(error)}`)
  }
}

/**
 * Check, before any work, that `path` could be written: its folder exists and
 * is a directory. A command that writes two files (`compare --html r.html -o
 * x.json`) checks both first, so a bad second path leaves no first file behind.
 *
 * @example
 * assertWritableFolder('out/report.html') // throws a UsageError when out/ is missing
 */
export function assertWritableFolder(path: string): void {
  const folder = dirname(resolve(path))
  try {
    if (!statSync(folder).isDirectory()) throw new UsageError(`cannot write '${path}': '${dirname(path)}' is not a directory`)
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`cannot write '${path}': no such folder '${dirname(path)}'`)
  }
}
