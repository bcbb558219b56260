import cliProgress from 'cli-progress'

/** From how many files on a terminal the CLI shows a progress bar. */
export const MANY_FILES = 10

/**
 * Counts files on standard error while they are processed; silent unless
 * `enabled`, standard error is a terminal and there are many files.
 *
 * @example
 * const bar = progressBar('reading', files.length, options.progress)
 * for (const file of files) { work(file); bar.tick() }
 * bar.stop()
 */
export function progressBar(label: string, total: number, enabled: boolean): {tick(): void; stop(): void} {
  if (!enabled || !process.stderr.isTTY || total < MANY_FILES) return {tick() {}, stop() {}}
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `onrecord ${label.padEnd(10)} {bar} {value}/{total} files`,
      hideCursor: true,
      clearOnComplete: true
    },
    cliProgress.Presets.shades_classic
  )
  bar.start(total, 0)
  return {
    tick: () => bar.increment(),
    stop: () => bar.stop()
  }
}
