/**
 * HTML to a hast tree with positions, safe on any nesting depth.
 *
 * parse5 builds its tree without recursion, but turning it into hast
 * (`hast-util-from-parse5`, what rehype-parse runs) and walking it recurse
 * once per level: a page of 2,000 nested `<div>`s or unclosed `<b>`s
 * overflowed the stack. Below {@link MAX_DEPTH} levels the tree is kept as
 * parsed; deeper, an element's descendants are replaced by their text
 * nodes (those of dropped elements such as `<script>` left out), which keep
 * their source positions.
 */
import type {Root} from 'hast'
import {fromParse5} from 'hast-util-from-parse5'
import {parse} from 'parse5'
import type {DefaultTreeAdapterMap} from 'parse5'
import {VFile} from 'vfile'
import {DROPPED_ELEMENTS} from './lexicon.js'

type Node = DefaultTreeAdapterMap['node']
type ParentNode = DefaultTreeAdapterMap['parentNode']
type ChildNode = DefaultTreeAdapterMap['childNode']
type TextNode = DefaultTreeAdapterMap['textNode']

/** Levels of elements kept as they are; real pages nest a few dozen deep. */
export const MAX_DEPTH = 256

/**
 * Parse `html` as a document (as rehype-parse does: positions on, scripting
 * off) into hast, with nesting deeper than {@link MAX_DEPTH} flattened.
 *
 * @example
 * const tree = parseHtml('<p>“No,” he said.</p>')
 * tree.children[0].type // 'element' (the html element)
 */
export function parseHtml(html: string): Root {
  const document = parse(html, {sourceCodeLocationInfo: true, scriptingEnabled: false})
  flattenDeep(document)
  return fromParse5(document, {file: new VFile(html)}) as Root
}

/** Replace what lies deeper than MAX_DEPTH with its text nodes (iterative). */
function flattenDeep(document: ParentNode): void {
  const stack: Array<[ParentNode, number]> = [[document, 0]]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next
    if (depth >= MAX_DEPTH) {
      node.childNodes = textBelow(node)
      continue
    }
    for (const child of node.childNodes) if (isParent(child)) stack.push([child, depth + 1])
    const content = templateContent(node)
    if (content) stack.push([content, depth + 1])
  }
}

/** The text nodes under `node` in document order, outside dropped elements (iterative). */
function textBelow(node: ParentNode): TextNode[] {
  const texts: TextNode[] = []
  const stack: ChildNode[] = [...node.childNodes].reverse()
  for (let child = stack.pop(); child !== undefined; child = stack.pop()) {
    if (child.nodeName === '#text') {
      texts.push(child as TextNode)
      continue
    }
    if (!isParent(child) || DROPPED_ELEMENTS.has(child.nodeName)) continue
    for (let index = child.childNodes.length - 1; index >= 0; index--) stack.push(child.childNodes[index] as ChildNode)
  }
  return texts
}

function isParent(node: Node): node is ParentNode & ChildNode {
  return 'childNodes' in node
}

function templateContent(node: ParentNode): ParentNode | undefined {
  return 'content' in node ? (node.content as ParentNode) : undefined
}
