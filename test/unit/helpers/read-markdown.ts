import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { parse as parseYaml } from 'yaml';

/**
 * A Markdown export read back by a real parser: micromark/mdast (CommonMark, with GFM as
 * Obsidian reads it: tables, footnotes, strikethrough, autolinks) and YAML front matter
 * (micromark-extension-frontmatter, its value read by the `yaml` package). `blocks`: the
 * document's top-level nodes after the front matter.
 */
export function readMarkdown(markdown: string): { front: Record<string, unknown> | null; blocks: RootContent[]; tree: Root } {
  const tree = fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
  });
  const [first, ...rest] = tree.children;
  if (first?.type === 'yaml') return { front: parseYaml(first.value) as Record<string, unknown>, blocks: rest, tree };
  return { front: null, blocks: tree.children, tree };
}

/**
 * What a reader sees of `node` as text: text and code as written, a hard break as a line
 * break, paragraphs (and other blocks) of a container apart by a blank line; raw HTML and
 * footnote references are markup and show no text.
 */
export function shownText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
    case 'footnoteReference':
    case 'yaml':
      return '';
    default:
      if (!('children' in node)) return '';
      if (node.type === 'root' || node.type === 'blockquote' || node.type === 'listItem' || node.type === 'list' || node.type === 'footnoteDefinition') {
        return (node.children as Nodes[]).map(shownText).join('\n\n');
      }
      return (node.children as Nodes[]).map(shownText).join('');
  }
}

/** A block as its type and shown text, for comparing a document's structure with what it should be. */
export function outline(node: RootContent): { type: string; text: string } {
  return { type: node.type === 'heading' ? `heading${node.depth}` : node.type, text: node.type === 'html' ? node.value : shownText(node) };
}

/**
 * A link GFM made of a URL or e-mail address standing in the text (`https://x.cn`,
 * `www.x.cn`, `a@x.cn`): its text is the address as written, so it shows the text unchanged.
 */
export function isAutolinkLiteral(node: Nodes): boolean {
  if (node.type !== 'link') return false;
  const text = shownText(node);
  return node.url === text || node.url === `http://${text}` || node.url === `mailto:${text}`;
}

/**
 * The inline node types found anywhere under `node` (to see that no emphasis, link or code
 * slipped in); an autolink literal is 'autolink literal'.
 */
export function inlineTypes(node: Nodes): Set<string> {
  const found = new Set<string>();
  const walk = (n: Nodes) => {
    if (n.type === 'link' && isAutolinkLiteral(n)) found.add('autolink literal');
    else if (n.type !== 'paragraph' && n.type !== 'heading' && n.type !== 'blockquote' && n.type !== 'root' && n.type !== 'list' && n.type !== 'listItem') found.add(n.type);
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(node);
  return found;
}

/**
 * The text a clip of a Markdown export should show in its quote: each line trimmed (a quote's
 * leading and trailing white space is not shown), a run of blank lines one paragraph break.
 */
export function quotedText(text: string): string {
  return text
    .trim()
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n\n');
}
