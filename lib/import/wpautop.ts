import { defaultTreeAdapter as tree, html, parseFragment, serialize, type DefaultTreeAdapterMap } from "parse5";

type ParentNode = DefaultTreeAdapterMap["parentNode"];
type ChildNode = DefaultTreeAdapterMap["childNode"];
type Element = DefaultTreeAdapterMap["element"];
type TextNode = DefaultTreeAdapterMap["textNode"];

/** Block elements WordPress never wraps in a paragraph (a subset of wpautop's list). */
const BLOCK = new Set(
  "table thead tfoot caption col colgroup tbody tr td th div dl dd dt ul ol li pre form map area blockquote address math style p h1 h2 h3 h4 h5 h6 hr fieldset legend section article aside hgroup header footer nav figure figcaption details menu summary script iframe object video audio".split(" "),
);
/** Blocks whose own content is paragraphed again (WordPress paragraphs the whole text). */
const FLOW_CONTAINERS = new Set(["div", "blockquote", "section", "article", "aside", "header", "footer", "td", "th", "details"]);
/** Content kept byte for byte: no paragraphs, no line breaks. */
const VERBATIM = new Set(["pre", "script", "style", "textarea"]);
const BLANK_LINE = /\n[ \t]*\n\s*/;

const isElement = (node: ChildNode): node is Element => "tagName" in node;
const isText = (node: ChildNode): node is TextNode => node.nodeName === "#text";

function setChildren(parent: ParentNode, children: ChildNode[]) {
  parent.childNodes = children;
  for (const child of children) child.parentNode = parent;
}

/** A single newline in text is a line break: each one gets a <br>, as wpautop's `$br` does. */
function breakLines(parent: ParentNode) {
  const out: ChildNode[] = [];
  for (const child of parent.childNodes) {
    if (isText(child) && child.value.includes("\n")) {
      child.value.split("\n").forEach((line, i) => {
        if (i > 0) out.push(tree.createElement("br", html.NS.HTML, []), tree.createTextNode("\n"));
        if (line) out.push(tree.createTextNode(line));
      });
      continue;
    }
    if (isElement(child) && !VERBATIM.has(child.tagName)) breakLines(child);
    out.push(child);
  }
  setChildren(parent, out);
}

/** Inline nodes between two blocks, cut into paragraphs at blank lines in their text. */
function paragraphsOf(run: ChildNode[]): ChildNode[] {
  const groups: ChildNode[][] = [[]];
  for (const node of run) {
    if (!isText(node)) {
      groups[groups.length - 1]!.push(node);
      continue;
    }
    node.value.split(BLANK_LINE).forEach((part, i) => {
      if (i > 0) groups.push([]);
      if (part) groups[groups.length - 1]!.push(tree.createTextNode(part));
    });
  }
  const out: ChildNode[] = [];
  for (const group of groups) {
    const first = group[0];
    const last = group[group.length - 1];
    if (first && isText(first)) first.value = first.value.replace(/^\s+/, "");
    if (last && isText(last)) last.value = last.value.replace(/\s+$/, "");
    const nodes = group.filter((n) => !isText(n) || n.value !== "");
    if (!nodes.some((n) => isElement(n) || isText(n))) {
      out.push(...nodes); // only comments: nothing to paragraph
      continue;
    }
    const p = tree.createElement("p", html.NS.HTML, []);
    setChildren(p, nodes);
    breakLines(p);
    out.push(p, tree.createTextNode("\n"));
  }
  return out;
}

function paragraph(parent: ParentNode) {
  const out: ChildNode[] = [];
  let run: ChildNode[] = [];
  for (const child of parent.childNodes) {
    if (!isElement(child) || !BLOCK.has(child.tagName)) {
      run.push(child);
      continue;
    }
    out.push(...paragraphsOf(run));
    run = [];
    if (FLOW_CONTAINERS.has(child.tagName)) paragraph(child);
    else if (!VERBATIM.has(child.tagName)) breakLines(child);
    out.push(child, tree.createTextNode("\n"));
  }
  out.push(...paragraphsOf(run));
  setChildren(parent, out);
}

/**
 * WordPress' paragraph rules for classic-editor content (stored without <p>): a blank line
 * ends a paragraph, a single newline is a line break, block elements stand alone, <pre>
 * keeps its newlines. Done on parse5's tree of the content, not on its text: the essentials
 * of wpautop(), not every quirk.
 */
export function wpautop(content: string): string {
  const fragment = parseFragment(content.replace(/\r\n?/g, "\n"));
  paragraph(fragment);
  return serialize(fragment).trim();
}
