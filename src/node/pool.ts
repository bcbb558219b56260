/**
 * A fixed pool of worker threads running one core function on one article at
 * a time. Idle workers are unref'd, so an abandoned batch does not keep the
 * process alive; `close()` ends them all.
 */
import {Worker} from 'node:worker_threads'
import type {TaskIn, TaskOut, WorkerConfig} from './protocol.js'
import {workerEntry} from './worker-url.js'

interface Pending {
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

interface Slot {
  worker: Worker
  pending: Map<number, Pending>
  dead: Error | null
}

/** Rebuild an error that crossed from a worker, keeping its class for TypeError/RangeError. */
function revive(error: {name: string; message: string; stack: string}): Error {
  const Kind = error.name === 'TypeError' ? TypeError : error.name === 'RangeError' ? RangeError : Error
  const out = new Kind(error.message)
  if (error.stack !== '') out.stack = error.stack
  return out
}

/**
 * Worker threads for a batch.
 *
 * @example
 * const pool = new WorkerPool(4, {op: 'extractQuotes', options: null})
 * const quotes = await pool.run('“No,” Rubio said.')
 * await pool.close()
 */
export class WorkerPool {
  readonly size: number
  private readonly slots: Slot[] = []
  private seq = 0
  private closed = false

  constructor(size: number, config: WorkerConfig) {
    this.size = size
    const entry = workerEntry()
    for (let i = 0; i < size; i++) {
      const worker = new Worker(entry.script, {eval: entry.eval, workerData: config})
      const slot: Slot = {worker, pending: new Map(), dead: null}
      worker.unref()
      worker.on('message', (out: TaskOut) => {
        const task = slot.pending.get(out.seq)
        if (task === undefined) return
        slot.pending.delete(out.seq)
        if (slot.pending.size === 0) worker.unref()
        if (out.ok) task.resolve(out.value)
        else task.reject(revive(out.error))
      })
      const fail = (error: Error) => {
        slot.dead = error
        for (const task of slot.pending.values()) task.reject(error)
        slot.pending.clear()
      }
      worker.on('error', fail)
      worker.on('exit', (code) => {
        if (!this.closed) fail(new Error(`onrecord: a batch worker stopped (exit code ${code})`))
      })
      this.slots.push(slot)
    }
  }

  /** Run the pool's function on `text` in the least busy live worker. */
  run(text: string): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('onrecord: the worker pool is closed'))
    let best: Slot | undefined
    for (const slot of this.slots) {
      if (slot.dead !== null) continue
      if (best === undefined || slot.pending.size < best.pending.size) best = slot
    }
    if (best === undefined) {
      return Promise.reject(this.slots[0]?.dead ?? new Error('onrecord: no batch worker is running'))
    }
    const slot = best
    const seq = this.seq++
    return new Promise((resolve, reject) => {
      slot.pending.set(seq, {resolve, reject})
      if (slot.pending.size === 1) slot.worker.ref()
      const task: TaskIn = {seq, text}
      slot.worker.postMessage(task)
    })
  }

  /** End every worker (pending tasks are rejected). */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    const error = new Error('onrecord: the worker pool was closed')
    for (const slot of this.slots) {
      for (const task of slot.pending.values()) task.reject(error)
      slot.pending.clear()
    }
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }
}
