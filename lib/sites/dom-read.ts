/**
 * Small, defensive DOM readers shared by the site adapters. Attributes and textContent only:
 * no layout reads (innerText, getBoundingClientRect), no writes.
 */

/** A selector with its fallbacks, best first. Each entry is tried alone, so one bad selector cannot break the rest. */
export type SelectorList = readonly string[];

export const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

/** textContent with runs of whitespace collapsed. */
export function textOf(el: Element | null | undefined): string {
  return el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function attrOf(el: Element | null | undefined, name: string): string {
  return el?.getAttribute(name)?.trim() ?? '';
}

/** The first element matching any selector of the list, tried in order. */
export function queryFirst(root: ParentNode, selectors: SelectorList): Element | null {
  for (const selector of selectors) {
    try {
      const found = root.querySelector(selector);
      if (found) return found;
    } catch {
      // An invalid selector (a browser that lacks a feature) must not hide the fallbacks.
    }
  }
  return null;
}

/** All elements matching the first selector of the list that matches anything. */
export function queryAll(root: ParentNode, selectors: SelectorList): Element[] {
  for (const selector of selectors) {
    try {
      const found = root.querySelectorAll(selector);
      if (found.length > 0) return Array.from(found);
    } catch {
      // see queryFirst
    }
  }
  return [];
}

/** Whether any selector of the list matches the element itself. */
export function matchesAny(el: Element, selectors: SelectorList): boolean {
  return selectors.some((selector) => {
    try {
      return el.matches(selector);
    } catch {
      return false;
    }
  });
}

/**
 * Hidden the way these apps hide a closed dialog: the `hidden` attribute or aria-hidden on it or an ancestor, or an
 * inline display:none on it or one of its nearest ancestors. No computed style: that would force a layout.
 */
export function isHidden(el: Element): boolean {
  if (el.closest('[hidden],[aria-hidden="true"]')) return true;
  let node: Element | null = el;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    if ((node as HTMLElement).style?.display === 'none') return true;
  }
  return false;
}

/** Runs a read; a page we do not understand yields the fallback instead of an exception in the page. */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

export function emailOrUndefined(value: string | null | undefined): string | undefined {
  const v = value?.trim().replace(/^mailto:/i, '');
  return v && EMAIL.test(v) ? v.toLowerCase() : undefined;
}
