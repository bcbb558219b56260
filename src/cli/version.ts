import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

/**
 * The version in onrecord's package.json, found from this file upwards (it
 * runs as `dist/cli.js` and, in development, as `src/cli/version.ts`).
 *
 * @example
 * packageVersion() // '0.1.0'
 */
export function packageVersion(): string {
  let folder = dirname(fileURLToPath(import.meta.url))
  for (let depth = 0; depth < 4; depth++) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {name?: unknown; version?: unknown}
      if (manifest.name === 'onrecord' && typeof manifest.version === 'string') return manifest.version
    } catch {
      // No package.json here: look one folder up.
    }
    folder = dirname(folder)
  }
  return 'unknown'
}
