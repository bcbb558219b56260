/**
 * Ordered, bounded streaming: start work on items as they are read, keep at
 * most `maxInFlight` items between "read" and "yielded", and yield results in
 * input order. Memory is bounded by `maxInFlight` articles and results, however
 * long the input is.
 */

interface InFlight<R> {
  promise: Promise<R>
  settled: boolean
}

/** An async iterator over a sync or async iterable. */
export function iteratorOf<T>(items: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> | Iterator<T> {
  const asyncIterable = items as AsyncIterable<T>
  if (typeof asyncIterable[Symbol.asyncIterator] === 'function') return asyncIterable[Symbol.asyncIterator]()
  return (items as Iterable<T>)[Symbol.iterator]()
}

/**
 * Map `start` over `items` with at most `maxInFlight` started and not yet
 * yielded; yield the results in input order. A rejected item rethrows at its
 * turn. Closing the generator early closes the input iterator.
 *
 * @example
 * for await (const n of ordered([1, 2, 3], async (x) => x * 2, 2)) console.log(n) // 2, 4, 6
 */
export async function* ordered<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  start: (item: T, index: number) => Promise<R>,
  maxInFlight: number
): AsyncGenerator<R, void, undefined> {
  const iterator = iteratorOf(items)
  const queue: Array<InFlight<R>> = []
  let index = 0
  let exhausted = false
  try {
    for (;;) {
      // Read ahead while there is room, unless the next result is already there.
      while (!exhausted && queue.length < maxInFlight && !(queue[0]?.settled ?? false)) {
        const next = await iterator.next()
        if (next.done === true) {
          exhausted = true
          break
        }
        const entry: InFlight<R> = {promise: start(next.value, index++), settled: false}
        // Handled here so that a rejection waiting in the queue is not "unhandled".
        entry.promise.then(
          () => {
            entry.settled = true
          },
          () => {
            entry.settled = true
          }
        )
        queue.push(entry)
      }
      const head = queue.shift()
      if (head === undefined) return
      yield await head.promise
    }
  } finally {
    if (!exhausted) await iterator.return?.()
  }
}
