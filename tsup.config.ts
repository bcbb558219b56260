import {defineConfig} from 'tsup'

// unified's packages are ESM only; the CJS build bundles them so that
// `require('onrecord')` works on every Node 20 and in Jest's CJS mode.
const esmOnly = [
  'unified',
  'retext-english',
  'parse-english',
  'parse-latin',
  'nlcst-to-string',
  'vfile',
  'stemmer',
  /^unist-/,
  /^nlcst-/,
  /^hast-/,
  /^vfile-/,
  /^mdast-/,
  /^micromark/,
  'bail',
  'devlop',
  'trough',
  'is-plain-obj',
  'property-information',
  'web-namespaces',
  'parse5',
  'entities',
  'space-separated-tokens',
  'comma-separated-tokens',
  'zwitch',
  'html-void-elements',
  'ccount',
  'character-entities'
]

export default defineConfig([
  // The core: runs in Node and browsers (no Node built-ins).
  {
    entry: {index: 'src/index.ts'},
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral'
  },
  {
    entry: {index: 'src/index.ts'},
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    noExternal: esmOnly
  },
  // Node-only: worker-thread batches and file helpers (`onrecord/node`).
  {
    entry: {node: 'src/node/index.ts', 'node-worker': 'src/node/worker.ts'},
    format: ['esm', 'cjs'],
    dts: {entry: {node: 'src/node/index.ts'}},
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    noExternal: esmOnly
  },
  // The command-line tool (`onrecord`, package.json bin).
  {
    entry: {cli: 'src/cli/index.ts'},
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: {js: '#!/usr/bin/env node'}
  }
])
