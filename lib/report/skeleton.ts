/**
 * The page's half of the layout report: the raw shape of the page (tags, ids, classes, roles,
 * attribute NAMES; never text, never other attribute values) and which of our selectors match.
 * It is read in the tab's isolated world and only goes to the popup, inside the extension, where
 * lib/report/layout-report.ts filters it down to words that cannot name anyone before the user
 * sees or copies anything.
 */
export interface SkeletonNode {
  /** lowercase tag; '' for an element the browser does not know (any name a page made up). */
  t: string;
  id: string;
  c: string[];
  r: string | null;
  /** attribute names */
  a: string[];
  k: SkeletonNode[];
}

export interface Skeleton {
  root: SkeletonNode | null;
  /** per selector list: the index of its first entry that matches, -1 for none */
  hits: Record<string, number>;
  path: string;
  site: string;
  status: string;
  version: string;
  userAgent: string;
}

/** What the page itself gives: its structure and which selectors match. */
export type PageShape = Pick<Skeleton, 'root' | 'hits'>;

/**
 * Runs in the calendar tab, injected by the popup with `scripting.executeScript` only when the
 * user asks for a report, so no page view ships it. The browser sends this function's source, not
 * its module: it must not use anything outside its own body (hence the constants inside).
 */
export function collectPageShape(
  selectors: Readonly<Record<string, readonly string[]>>,
  doc: Document = document,
): PageShape {
  const MAX_DEPTH = 14;
  const MAX_NODES = 3000;
  const SKIP = /^(SCRIPT|STYLE|LINK|META|NOSCRIPT|TEMPLATE)$/;
  let budget = MAX_NODES;
  const Unknown = doc.defaultView?.HTMLUnknownElement;
  const node = (el: Element, depth: number): SkeletonNode => {
    budget--;
    const known = !(Unknown && el instanceof Unknown) && !el.tagName.includes('-');
    const kids: SkeletonNode[] = [];
    for (const child of Array.from(el.children)) {
      if (depth >= MAX_DEPTH || budget <= 0) break;
      if (!SKIP.test(child.tagName)) kids.push(node(child, depth + 1));
    }
    return {
      t: known ? el.tagName.toLowerCase() : '',
      id: el.id,
      c: Array.from(el.classList),
      r: el.getAttribute('role'),
      a: el.getAttributeNames(),
      k: kids,
    };
  };
  const hits: Record<string, number> = {};
  for (const [name, list] of Object.entries(selectors)) {
    hits[name] = list.findIndex((s) => {
      try {
        return !!doc.querySelector(s);
      } catch {
        return false;
      }
    });
  }
  const root = doc.body ?? doc.documentElement;
  return { root: root && node(root, 0), hits };
}
