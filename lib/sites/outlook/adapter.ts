/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com, outlook.cloud.microsoft).
 * A pure reader: never writes to the page, never throws into it. Tiles carry the item id and a long aria-label;
 * the peek card and the reading pane carry neither, so they are paired with the tile the user last pressed.
 */
import type { Person } from '../../detect';
import type { CalendarEvent, LayoutStatus, SiteAdapter, VisibleEvent } from '../types';
import { attrOf, isHidden, matchesAny, queryAll, queryFirst, safely, textOf } from '../dom-read';
import { MAX_DESCRIPTION_CHARS, descriptionText } from '../description-text';
import { wallTimeToIso } from '../time';
import { parseTileLabel, type TileLabel } from './aria-label';
import { readAttendees, readSelf } from './people';
import { ITEM, ITEM_ID_ATTR, outlookSelectors as S } from './selectors';

interface Tile {
  id: string;
  label: TileLabel;
}

const labels = new Map<string, TileLabel | null>();
function parseCached(text: string): TileLabel | null {
  let hit = labels.get(text);
  if (hit === undefined) {
    hit = parseTileLabel(text);
    if (labels.size > 5000) labels.clear();
    labels.set(text, hit);
  }
  return hit;
}

function tileOf(el: Element): Tile | null {
  const id = attrOf(el, ITEM_ID_ATTR);
  if (!id) return null;
  const button = matchesAny(el, S.tileButton) ? el : queryFirst(el, S.tileButton);
  const label = parseCached(attrOf(button, 'aria-label'));
  return label ? { id, label } : null;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The tile an open card belongs to: the last pressed one when its subject agrees with the card; otherwise the only
 * tile on screen with that subject. Fails closed (null) when neither holds.
 */
function pairTile(doc: Document, lastPressed: Element | null, subject: string): Tile | null {
  const pressed = lastPressed?.closest(ITEM) ?? null;
  const fromPress = pressed ? tileOf(pressed) : null;
  const want = normalise(subject);
  if (fromPress && (!want || normalise(fromPress.label.subject) === want)) return fromPress;
  if (!want) return null;
  const matches = queryAll(doc, S.tile)
    .map(tileOf)
    .filter((t): t is Tile => !!t && normalise(t.label.subject) === want);
  const ids = new Set(matches.map((t) => t.id));
  return ids.size === 1 ? (matches[0] ?? null) : null;
}

/** Recurring tiles carry no series id; this key ties occurrences by subject and organizer (a heuristic). */
function seriesKeyOf(label: TileLabel): string | undefined {
  if (!label.recurring) return undefined;
  return `outlook-series:${normalise(label.subject)}|${normalise(label.organizer ?? '')}`;
}

function timesOf(label: TileLabel): { start?: string; end?: string } {
  if (
    label.allDay ||
    !label.date ||
    label.startMinutes === undefined ||
    label.endMinutes === undefined
  ) {
    return {};
  }
  // OWA prints times in the mailbox's zone, which is the browser's for nearly every user.
  const start = wallTimeToIso(label.date, label.startMinutes);
  const length = (label.endMinutes - label.startMinutes + 1440) % 1440 || 1440;
  if (!start) return {};
  return { start, end: new Date(Date.parse(start) + length * 60_000).toISOString() };
}

function openCard(doc: Document): { card: Element; pane: boolean } | null {
  const pane = queryFirst(doc, S.readingPane);
  if (pane && !isHidden(pane)) return { card: pane, pane: true };
  const peek = queryFirst(doc, S.peek);
  if (peek && !isHidden(peek)) return { card: peek, pane: false };
  return null;
}

function readOpen(doc: Document, lastPressed: Element | null): CalendarEvent | null {
  const open = openCard(doc);
  if (!open) return null;
  const subject = textOf(queryFirst(open.card, S.subject));
  const tile = pairTile(doc, lastPressed, subject);
  if (!tile) return null;
  const attendees = open.pane ? readAttendees(open.card) : { people: [] as Person[] };
  const self = readSelf(doc, attendees.people);
  const event: CalendarEvent = {
    site: 'outlook',
    eventKey: tile.id,
    title: subject || tile.label.subject,
    attendees: attendees.people,
    self,
    ...timesOf(tile.label),
  };
  const seriesKey = seriesKeyOf(tile.label);
  if (seriesKey) event.seriesKey = seriesKey;
  const organizer =
    attendees.organizer ?? (tile.label.organizer ? { name: tile.label.organizer } : undefined);
  if (organizer) event.organizer = organizer;
  const description = open.pane ? readBody(open.card) : '';
  if (description) event.description = description;
  return event;
}

/** The reading pane's body (the peek card has none): the row marked by its Fluent icon. */
function readBody(pane: Element): string {
  const row = queryFirst(pane, S.bodyIcon)?.parentElement;
  const value = row && queryFirst(row, S.bodyValue);
  return value ? descriptionText(value, MAX_DESCRIPTION_CHARS) : '';
}

function listTiles(doc: Document): VisibleEvent[] {
  const out: VisibleEvent[] = [];
  const seen = new Set<string>();
  for (const el of queryAll(doc, S.tile)) {
    const tile = tileOf(el);
    if (!tile || seen.has(tile.id) || tile.label.allDay) continue;
    seen.add(tile.id);
    const times = timesOf(tile.label);
    if (!times.start) continue;
    const event: VisibleEvent = {
      site: 'outlook',
      eventKey: tile.id,
      title: tile.label.subject,
      ...times,
    };
    const seriesKey = seriesKeyOf(tile.label);
    if (seriesKey) event.seriesKey = seriesKey;
    out.push(event);
  }
  return out;
}

export const outlookAdapter: SiteAdapter = {
  site: 'outlook',
  eventTargetSelector: ITEM,
  layoutStatus(doc: Document): LayoutStatus {
    return safely<LayoutStatus>(
      () =>
        [S.surface, S.tile, S.peek, S.readingPane].some((list) => queryFirst(doc, list))
          ? 'recognised'
          : 'not-recognised',
      'not-recognised',
    );
  },
  readOpenEvent: (doc, _url, lastPressed) => safely(() => readOpen(doc, lastPressed), null),
  eventShown: (doc) => safely(() => openCard(doc) !== null, false),
  listVisibleEvents: (doc) => safely(() => listTiles(doc), []),
};
