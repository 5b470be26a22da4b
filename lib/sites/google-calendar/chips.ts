/** Grid chips → VisibleEvent[]: one querySelectorAll, attributes and textContent only. */
import type { VisibleEvent } from '../types';
import { queryAll, textOf } from '../dom-read';
import { eventKeyOf, seriesKeyOf } from './event-id';
import { dateFromDateKey, decodeCached, timesFor, type GooglePageContext } from './page-context';
import { ALL_DAY_WORDS, DATE_KEY_ATTR, EVENT_ID_ATTR, googleSelectors as S } from './selectors';

/** The chip's screen-reader sentence: its first child that is not aria-hidden and not the drag handle. */
function sentenceOf(chip: Element): string {
  let parent: Element = chip;
  // Stacked chips (all-day; month view) wrap their content in a [role=button] child: look inside it.
  for (let depth = 0; depth < 3; depth++) {
    let next: Element | null = null;
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (child.getAttribute('aria-hidden') === 'true' || child.hasAttribute(EVENT_ID_ATTR))
        continue;
      next = child;
      break;
    }
    if (!next) return '';
    if (next.getAttribute('role') !== 'button') return textOf(next);
    parent = next;
  }
  return '';
}

function visibleTitleOf(chip: Element, sentence: string): string {
  for (const selector of S.chipTitle) {
    const el = chip.querySelector(selector);
    const text = textOf(el);
    if (text) return text;
  }
  // "10am to 11am, <title>, …": the second part. A comma inside a title cuts it short; it is only a fallback.
  return sentence.split(/[,、]\s*/)[1]?.trim() ?? '';
}

/** The part of the sentence before the title: the time range (or "All day"). */
function leadOf(sentence: string): string {
  const cut = sentence.search(/[,、]/);
  return cut < 0 ? sentence : sentence.slice(0, cut);
}

/** The nearest ancestor carrying `attr`: an attribute walk, cheaper than closest() on 300 chips. */
function ancestorWith(el: Element, attr: string): Element | null {
  let node = el.parentElement;
  for (let depth = 0; node && depth < 12; depth++, node = node.parentElement) {
    if (node.hasAttribute(attr)) return node;
  }
  return null;
}

const parsed = new Map<string, VisibleEvent | null>();

function toVisibleEvent(
  raw: string,
  dateKey: string,
  title: string,
  sentence: string,
  ctx: GooglePageContext,
): VisibleEvent | null {
  const id = decodeCached(raw);
  if (!id || id.isTask) return null;
  const lead = leadOf(sentence);
  // All-day chips (and anything without a readable time range) are not timed events: skip, don't guess.
  if (ALL_DAY_WORDS.test(lead) || id.occurrenceStart?.length === 10) return null;
  const times = timesFor(lead, dateFromDateKey(dateKey || null), id.occurrenceStart, ctx.timeZone);
  if (!times.start) return null;
  const event: VisibleEvent = { site: 'google', eventKey: eventKeyOf(id), title, ...times };
  const seriesKey = seriesKeyOf(id);
  if (seriesKey) event.seriesKey = seriesKey;
  return event;
}

export function readChips(doc: Document, ctx: GooglePageContext): VisibleEvent[] {
  const events: VisibleEvent[] = [];
  const seen = new Set<string>();
  for (const chip of queryAll(doc, S.chip)) {
    const raw = chip.getAttribute(EVENT_ID_ATTR) ?? '';
    if (seen.has(raw)) continue; // task chips nest two elements with the same id [E15]
    seen.add(raw);
    const sentence = sentenceOf(chip);
    const dateKey = ancestorWith(chip, DATE_KEY_ATTR)?.getAttribute(DATE_KEY_ATTR) ?? '';
    const title = visibleTitleOf(chip, sentence);
    // Chips repeat on every pass: the same id, column, sentence and title give the same event.
    const cacheKey = `${raw}\u0001${dateKey}\u0001${ctx.timeZone ?? ''}\u0001${title}\u0001${sentence}`;
    let event = parsed.get(cacheKey);
    if (event === undefined) {
      event = toVisibleEvent(raw, dateKey, title, sentence, ctx);
      if (parsed.size > 3000) parsed.clear();
      parsed.set(cacheKey, event);
    }
    if (!event) continue;
    events.push({ ...event });
  }
  return events;
}
