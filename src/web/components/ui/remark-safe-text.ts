import type { Nodes, PhrasingContent, Root } from 'mdast';

/** `@[Name](person-id)`: the same pattern the server reads mentions with (src/server/ideas/comments.ts). */
export const MENTION = /@\[([^\]]{1,120})\]\(([\w-]{1,100})\)/g;

/** How a mention looks: the same before and after the markdown parser has loaded. */
export const MENTION_CLASSES = ['rounded', 'bg-accent-soft', 'px-1', 'font-medium', 'text-ink'];

// Private-use characters mark where a mention was, so the markdown parser never sees its brackets
// (which it would otherwise read as a link to the person's id).
const OPEN = '\uE000';
const CLOSE = '\uE001';
const TOKEN = /\uE000(\d+)\uE001/g;

export interface MentionSource {
  /** The text with every mention replaced by a token. */
  source: string;
  /** Each mention's original text and name, by token number. */
  mentions: { text: string; name: string }[];
}

/** Swaps mentions for tokens before parsing; the markers cannot be typed in, so none are forged. */
export function extractMentions(text: string): MentionSource {
  const mentions: MentionSource['mentions'] = [];
  const source = text.replace(/[\uE000\uE001]/g, '').replace(MENTION, (match, name: string) => {
    mentions.push({ text: match, name });
    return `${OPEN}${mentions.length - 1}${CLOSE}`;
  });
  return { source, mentions };
}

/** Text with line breaks as typed: people write on phones and expect a new line to stay one. */
function phrasing(value: string, mentions: MentionSource['mentions'], mentionClass: string[]): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  const pushText = (text: string) => {
    text.split(/[ \t]*\r?\n[ \t]*/).forEach((line, index) => {
      if (index > 0) nodes.push({ type: 'break' });
      if (line) nodes.push({ type: 'text', value: line });
    });
  };
  let last = 0;
  for (const match of value.matchAll(TOKEN)) {
    pushText(value.slice(last, match.index));
    const mention = mentions[Number(match[1])];
    if (mention) {
      // A highlighted span with the name only: never a link built from the id.
      nodes.push({ type: 'text', value: `@${mention.name}`, data: { hName: 'span', hProperties: { className: mentionClass } } });
    }
    last = match.index + match[0].length;
  }
  pushText(value.slice(last));
  return nodes;
}

const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * A remark plugin that turns mention tokens in text into highlighted names (and back into the
 * typed `@[Name](id)` inside code and URLs), and raw HTML into plain text, so no typed markup
 * ever reaches the page as an element.
 */
export function remarkSafeText(options: { mentions: MentionSource['mentions']; className: string[] }) {
  const restore = (value: string) => value.replace(TOKEN, (_, index: string) => options.mentions[Number(index)]?.text ?? '');
  const walk = (node: Nodes) => {
    if ('url' in node) node.url = restore(node.url);
    if ('title' in node && typeof node.title === 'string') node.title = restore(node.title);
    if ('alt' in node && typeof node.alt === 'string') node.alt = restore(node.alt);
    if (node.type !== 'text' && 'value' in node) node.value = restore(node.value);
    if (!('children' in node)) return;
    const children: Nodes[] = [];
    for (const child of node.children) {
      if (child.type === 'text') children.push(...phrasing(child.value, options.mentions, options.className));
      // Raw HTML is shown as the text that was typed: inline as text, a block as a paragraph.
      else if (child.type === 'html' && BLOCK_PARENTS.has(node.type)) {
        children.push({ type: 'paragraph', children: phrasing(restore(child.value), options.mentions, options.className) });
      } else if (child.type === 'html') children.push(...phrasing(restore(child.value), options.mentions, options.className));
      else {
        walk(child);
        children.push(child);
      }
    }
    node.children = children as typeof node.children;
  };
  return (tree: Root) => walk(tree);
}
