import {defineConfig} from 'tsup'

// unified's packages are ESM only; the CJS build bundles them so that
// `require('onrecord')` works on every Node 20 and in Jest's CJS mode.
const esmOnly = [
  'unified',
  'retext-english',
  'parse-english',
  'nlcst-to-string',
  'vfile',
  'rehype-parse',
  'stemmer',
  /^unist-/,
  /^nlcst-/,
  /^hast-/,
  /^vfile-/,
  'bail',
  'devlop',
  'trough',
  'is-plain-obj',
  'parse-latin',
  'hast-util-from-html',
  'property-information',
  'web-namespaces',
  'parse5',
  'entities'
]

export default defineConfig([
  {
    entry: {index: 'src/index.ts'},
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
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
  }
])
