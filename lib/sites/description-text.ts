/**
 * An event description's markup as plain lines, for lib/agenda/event-topics.ts: `<br>` and block
 * elements end a line, a list item starts with "- ", links keep their text, scripts, styles and
 * hidden nodes are skipped. Reads nodes only (no innerText: that would force a layout), writes
 * nothing, and stops at `max` characters so a huge description costs a bounded walk.
 * Runs in the content script: keep it small and free of dependencies.
 */

/** Longer descriptions are read up to here (the message schema allows as much). */
export const MAX_DESCRIPTION_CHARS = 50_000;

const BLOCK =
  /^(P|DIV|LI|UL|OL|H[1-6]|TR|TABLE|BLOCKQUOTE|PRE|SECTION|ARTICLE|HEADER|FOOTER|DL|DT|DD)$/;
const SKIP = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|SVG|BUTTON|IMG)$/;

export function descriptionText(root: Element, max: number): string {
  const parts: string[] = [];
  let length = 0;
  /** A list item's "- " waits for its first text, so markup nested in the item cannot split it off. */
  let marker = '';
  const push = (text: string) => {
    if (marker && text !== '\n') {
      parts.push(marker);
      marker = '';
    }
    parts.push(text);
    length += text.length;
  };
  const newline = () => {
    if (!marker && parts.length > 0 && parts[parts.length - 1] !== '\n') push('\n');
  };
  const walk = (node: Node) => {
    if (length >= max) return;
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/[ \t\r\n\f\u00a0]+/g, ' ');
      if (text.trim() || (!marker && parts.length > 0 && parts[parts.length - 1] !== '\n'))
        push(text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.test(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true')
      return;
    if (tag === 'BR') {
      push('\n');
      return;
    }
    const block = BLOCK.test(tag);
    if (block) newline();
    if (tag === 'LI') marker = '- ';
    if (tag === 'INPUT' && el.getAttribute('type') === 'checkbox') push('[ ] ');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) newline();
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim()
    .slice(0, max);
}
