/**
 * Average-linkage clustering over a sparse similarity graph: two clusters
 * merge while the mean similarity over their member pairs (pairs without an
 * edge count as 0) reaches a threshold. Dense, strongly linked groups form;
 * chains of weak links do not. Nodes may carry a group (an article): pairs
 * within one group are not compared and do not count in the mean.
 */

/**
 * A weighted edge between two nodes.
 *
 * @example
 * const edge: Edge = {a: 0, b: 3, similarity: 0.42}
 */
export interface Edge {
  a: number
  b: number
  similarity: number
}

/**
 * A cluster of nodes and the linkage at which its last merge happened.
 *
 * @example
 * const cluster: NodeCluster = {nodes: [0, 3, 7], linkage: 0.35}
 */
export interface NodeCluster {
  nodes: number[]
  linkage: number
}

interface Live {
  nodes: number[]
  /** Group -> members of this cluster in that group (nodes without a group not counted). */
  groups: Map<number, number>
  /** Neighbour cluster id -> sum of edge similarities between the two. */
  sums: Map<number, number>
  linkage: number
}

/**
 * Cluster `count` nodes joined by `edges` (see the module comment).
 * `group[i]` is node i's group, or -1. Singletons are returned too (linkage 1).
 *
 * @example
 * averageLinkage(3, [{a: 0, b: 1, similarity: 0.9}], 0.5) // [{nodes: [0, 1], linkage: 0.9}, {nodes: [2], linkage: 1}]
 */
export function averageLinkage(count: number, edges: Edge[], threshold: number, group?: Int32Array): NodeCluster[] {
  const clusters = new Map<number, Live>()
  for (let i = 0; i < count; i++) {
    const g = group ? (group[i] as number) : -1
    clusters.set(i, {nodes: [i], groups: g >= 0 ? new Map([[g, 1]]) : new Map(), sums: new Map(), linkage: 1})
  }
  const pairs = (x: Live, y: Live): number => {
    let n = x.nodes.length * y.nodes.length
    const [small, big] = x.groups.size <= y.groups.size ? [x.groups, y.groups] : [y.groups, x.groups]
    for (const [g, c] of small) n -= c * (big.get(g) ?? 0)
    return n
  }
  for (const {a, b, similarity} of edges) {
    if (a === b) continue
    if (group && (group[a] as number) >= 0 && group[a] === group[b]) continue
    const ca = clusters.get(a)
    const cb = clusters.get(b)
    if (!ca || !cb) continue
    ca.sums.set(b, (ca.sums.get(b) ?? 0) + similarity)
    cb.sums.set(a, (cb.sums.get(a) ?? 0) + similarity)
  }
  const heap = new MaxHeap()
  for (const [id, cluster] of clusters) {
    for (const [other, sum] of cluster.sums) if (id < other) heap.push(sum, id, other)
  }
  for (;;) {
    const top = heap.pop()
    if (!top) break
    const [, x, y] = top
    const cx = clusters.get(x)
    const cy = clusters.get(y)
    if (!cx || !cy) continue
    const sum = cx.sums.get(y)
    if (sum === undefined) continue
    const n = pairs(cx, cy)
    const linkage = n > 0 ? sum / n : 0
    if (Math.abs(linkage - top[0]) > 1e-12) continue // stale entry
    if (linkage < threshold) break
    // merge the smaller into the larger
    const [big, small, bigId, smallId] = cx.nodes.length >= cy.nodes.length ? [cx, cy, x, y] : [cy, cx, y, x]
    for (const node of small.nodes) big.nodes.push(node)
    for (const [g, c] of small.groups) big.groups.set(g, (big.groups.get(g) ?? 0) + c)
    big.linkage = Math.min(big.linkage, small.linkage, linkage)
    big.sums.delete(smallId)
    for (const [other, s] of small.sums) {
      if (other === bigId) continue
      big.sums.set(other, (big.sums.get(other) ?? 0) + s)
      const neighbour = clusters.get(other)
      if (neighbour) {
        neighbour.sums.delete(smallId)
        neighbour.sums.set(bigId, big.sums.get(other) as number)
      }
    }
    clusters.delete(smallId)
    for (const [other, s] of big.sums) {
      const neighbour = clusters.get(other)
      if (!neighbour) continue
      const n = pairs(big, neighbour)
      if (n > 0) heap.push(s / n, Math.min(bigId, other), Math.max(bigId, other))
    }
  }
  return [...clusters.values()].map((c) => ({nodes: c.nodes.sort((p, q) => p - q), linkage: c.linkage}))
}

/** A binary max-heap of [priority, a, b]. */
class MaxHeap {
  private readonly items: Array<[number, number, number]> = []

  push(priority: number, a: number, b: number): void {
    const items = this.items
    items.push([priority, a, b])
    let i = items.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if ((items[parent] as [number, number, number])[0] >= priority) break
      items[i] = items[parent] as [number, number, number]
      i = parent
    }
    items[i] = [priority, a, b]
  }

  pop(): [number, number, number] | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (!top || !last || items.length === 0) return top
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let largest = i
      let value = last[0]
      if (l < items.length && (items[l] as [number, number, number])[0] > value) {
        largest = l
        value = (items[l] as [number, number, number])[0]
      }
      if (r < items.length && (items[r] as [number, number, number])[0] > value) largest = r
      if (largest === i) break
      items[i] = items[largest] as [number, number, number]
      i = largest
    }
    items[i] = last
    return top
  }
}
