/**
 * A problem with what the user asked for (a missing file, a bad option):
 * the CLI prints its message and exits with code 2.
 *
 * @example
 * throw new UsageError("no such file: 'story.txt'")
 */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Exit code for usage errors (bad options, unreadable files). */
export const EXIT_USAGE = 2

/** Exit code when `verify` finds an altered or missing quote. */
export const EXIT_FAILED_CHECK = 1

/** "no such file", "permission denied", … from a Node fs error. */
export function describeFsError(error: unknown): string {
  const code = (error as {code?: unknown} | null)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'it is a directory'
  if (code === 'ENOTDIR') return 'a part of the path is not a directory'
  return error instanceof Error ? error.message : String(error)
}
