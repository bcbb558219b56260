// The HTML report of the seed articles, as `onrecord compare --html` writes
// it. Run: npx tsx examples/report.ts report.html
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {compareArticles, extractQuotes, renderReport} from '../src/index.js'

const files = readdirSync('seeds').filter((name) => name.endsWith('.txt')).sort()
const articles = files.map((name) => {
  const text = readFileSync(`seeds/${name}`, 'utf8')
  return {id: name.slice(0, 3), text, quotes: extractQuotes(text)}
})
const comparison = compareArticles(articles)
const html = renderReport({articles, comparison, title: 'London talks, five outlets'})

writeFileSync(process.argv[2] ?? 'report.html', html)
console.log(`${comparison.quoteClusters.length} quote clusters, ${comparison.claims.length} shared claims`)
