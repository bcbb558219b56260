/**
 * The worker-thread side of `onrecord/node` batches. Not a public entry: the
 * pool in ./pool.ts starts this file (built as dist/node-worker.js and
 * dist/node-worker.cjs; from source, src/node/worker.ts) and sends it one
 * article at a time.
 *
 * Protocol: `workerData` is `{op, options}` (`op` names a core function such
 * as `extractQuotes`, `options` is passed to it unchanged); each message in is
 * `{seq, text}`; each message out is `{seq, ok: true, value}` or
 * `{seq, ok: false, error: {name, message, stack}}`.
 */
import {parentPort, workerData} from 'node:worker_threads'
import * as core from '../index.js'
import type {TaskIn, TaskOut, WorkerConfig} from './protocol.js'

const config = workerData as WorkerConfig
const fn = (core as unknown as Record<string, unknown>)[config.op]

if (parentPort !== null) {
  const port = parentPort
  port.on('message', (task: TaskIn) => {
    let reply: TaskOut
    try {
      if (typeof fn !== 'function') throw new TypeError(`onrecord: no core function named \`${config.op}\``)
      reply = {seq: task.seq, ok: true, value: (fn as (text: string, options: unknown) => unknown)(task.text, config.options)}
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error))
      reply = {seq: task.seq, ok: false, error: {name: e.name, message: e.message, stack: e.stack ?? ''}}
    }
    port.postMessage(reply)
  })
}
