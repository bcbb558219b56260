/**
 * Messages between the batch pool (./pool.ts) and its worker threads
 * (./worker.ts). Plain data: everything crosses threads by structured clone.
 */

/** Core functions a worker can run on one article. */
export type WorkerOp = 'extractQuotes' | 'findSources'

/**
 * What a worker is started with (`workerData`).
 *
 * @example
 * const config: WorkerConfig = {op: 'extractQuotes', options: {keepBoilerplate: true}}
 */
export interface WorkerConfig {
  op: WorkerOp
  /** Passed unchanged as the second argument of the core function. */
  options: Record<string, unknown> | null
}

/**
 * One article for a worker.
 *
 * @example
 * const task: TaskIn = {seq: 0, text: '“No,” Rubio said.'}
 */
export interface TaskIn {
  seq: number
  text: string
}

/**
 * A worker's answer for one article.
 *
 * @example
 * const out: TaskOut = {seq: 0, ok: true, value: []}
 */
export type TaskOut =
  | {seq: number; ok: true; value: unknown}
  | {seq: number; ok: false; error: {name: string; message: string; stack: string}}
