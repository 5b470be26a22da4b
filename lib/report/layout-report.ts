/**
 * The "layout report" a user can copy when Tandem no longer recognises their calendar page: the
 * page's STRUCTURE only, so a maintainer can see what changed without seeing a word of the
 * calendar. Pure: it turns the skeleton the content script collected (./skeleton.ts) into the
 * text the popup shows and copies. Runs in the popup, so its word lists cost page views nothing.
 *
 * What may appear, and why nothing personal can:
 * - tag names of standard HTML/SVG elements (any other tag, e.g. a custom element whose name a
 *   page author chose, is shown as `custom`);
 * - `role` values from the ARIA role list only; other roles show as `role=?`;
 * - the NAMES of ARIA attributes from the ARIA attribute list, and of `data-*` attributes and
 *   the ids and classes our own selectors use (so: words we wrote); other `data-*` names are
 *   only counted;
 * - which of our selectors matched (the first one, a fallback, or none), by their names in
 *   `selectors.ts`; the URL path with every segment that is not a known view word replaced;
 *   the extension's version and the browser's name and major version.
 * Never: text content, attribute values (other than a listed role), unlisted names, the query
 * string, the host page's title.
 */

import type { Skeleton, SkeletonNode } from './skeleton';

const MAX_LINES = 400;

const HTML_TAGS = new Set(
  (
    'a abbr address article aside audio b bdi bdo blockquote body br button canvas caption cite ' +
    'code col colgroup data datalist dd del details dfn dialog div dl dt em fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd ' +
    'label legend li link main map mark menu meta meter nav noscript object ol optgroup option ' +
    'output p picture pre progress q rp rt ruby s samp script search section select slot small ' +
    'source span strong style sub summary sup table tbody td template textarea tfoot th thead ' +
    'time title tr track u ul var video wbr svg path g circle rect line polyline polygon ellipse ' +
    'defs use symbol clippath lineargradient stop mask text tspan'
  ).split(' '),
);

const ROLES = new Set(
  (
    'alert alertdialog application article banner blockquote button caption cell checkbox code ' +
    'columnheader combobox complementary contentinfo definition deletion dialog document ' +
    'emphasis feed figure form generic grid gridcell group heading img insertion link list ' +
    'listbox listitem log main marquee math menu menubar menuitem menuitemcheckbox ' +
    'menuitemradio meter navigation none note option paragraph presentation progressbar radio ' +
    'radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider ' +
    'spinbutton status strong subscript superscript switch tab table tablist tabpanel term ' +
    'textbox time timer toolbar tooltip tree treegrid treeitem'
  ).split(' '),
);

const ARIA_ATTRIBUTES = new Set(
  (
    'activedescendant atomic autocomplete braillelabel brailleroledescription busy checked ' +
    'colcount colindex colindextext colspan controls current describedby description details ' +
    'disabled dropeffect errormessage expanded flowto grabbed haspopup hidden invalid ' +
    'keyshortcuts label labelledby level live modal multiline multiselectable orientation owns ' +
    'placeholder posinset pressed readonly relevant required roledescription rowcount rowindex ' +
    'rowindextext rowspan selected setsize sort valuemax valuemin valuenow valuetext'
  )
    .split(' ')
    .map((name) => `aria-${name}`),
);

/** URL path words of the calendar apps' own routes; anything else (ids, dates, user numbers) goes. */
const PATH_WORDS = new Set(
  (
    'calendar u r view day week workweek month year agenda schedule customweek eventedit ' +
    'event search settings deeplink compose item redesign'
  ).split(' '),
);

/** The words our own selectors use: `data-*` names, ids and classes. */
function vocabulary(selectors: Readonly<Record<string, readonly string[]>>) {
  const all = Object.values(selectors).flat().join(' ');
  return {
    data: new Set(all.match(/data-[a-z0-9-]+/g) ?? []),
    ids: new Set([...all.matchAll(/#([A-Za-z][\w-]*)/g)].map((m) => m[1]!)),
    classes: new Set([...all.matchAll(/\.([A-Za-z][\w-]*)/g)].map((m) => m[1]!)),
    names: new Set(Object.keys(selectors)),
    lengths: new Map(Object.entries(selectors).map(([name, list]) => [name, list.length])),
  };
}

type Vocabulary = ReturnType<typeof vocabulary>;

/** One element, as structure: `div#xDetDlg.I0UMhf[role=dialog][aria-label][data-eventid] +2 data-*`. */
function signature(el: SkeletonNode, words: Vocabulary): string {
  let out = HTML_TAGS.has(el.t) ? el.t : 'custom';
  if (el.id && words.ids.has(el.id)) out += `#${el.id}`;
  for (const cls of el.c) if (words.classes.has(cls)) out += `.${cls}`;
  if (el.r !== null) out += ROLES.has(el.r.trim()) ? `[role=${el.r.trim()}]` : '[role=?]';
  let unlisted = 0;
  for (const name of [...el.a].sort()) {
    if (ARIA_ATTRIBUTES.has(name) || words.data.has(name)) out += `[${name}]`;
    else if (name.startsWith('data-') || name.startsWith('aria-')) unlisted++;
  }
  if (unlisted) out += ` +${unlisted} data-/aria-`;
  return out;
}

/** The structure under `root`, indented, with runs of identical siblings folded into `×N`. */
function structure(root: SkeletonNode, words: Vocabulary): string[] {
  const lines: string[] = [signature(root, words)];
  const walk = (el: SkeletonNode, depth: number) => {
    const children = el.k;
    for (let i = 0; i < children.length && lines.length < MAX_LINES;) {
      const sig = signature(children[i]!, words);
      let run = 1;
      while (i + run < children.length && signature(children[i + run]!, words) === sig) run++;
      lines.push(`${'  '.repeat(depth)}${sig}${run > 1 ? ` ×${run}` : ''}`);
      // Of a run, the first stands for all; its subtree is enough to see the shape.
      walk(children[i]!, depth + 1);
      i += run;
    }
  };
  walk(root, 1);
  if (lines.length >= MAX_LINES) lines.push(`… cut at ${MAX_LINES} lines`);
  return lines;
}

/** Which entry of each selector list matches the page: the first (ok), a fallback, or none. */
function selectorLines(skeleton: Skeleton, words: Vocabulary): string[] {
  return Object.entries(skeleton.hits)
    .filter(([name]) => words.names.has(name))
    .map(([name, hit]) => {
      const of = words.lengths.get(name) ?? 0;
      const verdict = hit === 0 ? 'ok' : hit > 0 ? `fallback ${hit + 1} of ${of}` : 'none matched';
      return `  ${name}: ${verdict}`;
    });
}

export function browserOf(userAgent: string): string {
  const firefox = /Firefox\/(\d+)/.exec(userAgent);
  if (firefox) return `Firefox ${firefox[1]}`;
  const edge = /Edg\/(\d+)/.exec(userAgent);
  if (edge) return `Edge ${edge[1]}`;
  const chrome = /Chrom(?:e|ium)\/(\d+)/.exec(userAgent);
  return chrome ? `Chromium ${chrome[1]}` : 'unknown browser';
}

export function pathShape(path: string): string {
  return path
    .split('/')
    .map((part) => (part === '' || PATH_WORDS.has(part.toLowerCase()) ? part : '*'))
    .join('/');
}

/** The report's full text: exactly what the popup shows and what "Copy" puts on the clipboard. */
export function buildLayoutReport(
  skeleton: Skeleton,
  selectors: Readonly<Record<string, readonly string[]>>,
): string {
  const words = vocabulary(selectors);
  const version = /^[\d.]{1,20}$/.test(skeleton.version) ? skeleton.version : '?';
  const plain = (s: string) => s.replace(/[^a-z-]/g, '');
  return [
    'Tandem layout report (page structure only: no text, names, titles or ids)',
    `Tandem ${version} · ${browserOf(skeleton.userAgent)}`,
    `Site: ${plain(skeleton.site)} · status: ${plain(skeleton.status)}`,
    `Path: ${pathShape(skeleton.path)}`,
    'Our selectors:',
    ...selectorLines(skeleton, words),
    'Page structure:',
    ...(skeleton.root ? structure(skeleton.root, words) : ['(empty page)']),
  ].join('\n');
}
