import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM modules without types
import { buildGooglePages } from '../../fixtures/google/build.mjs';
// @ts-expect-error plain ESM modules without types
import { FIXTURE_PAGES, START_URLS, fixtureFor } from '../../fixtures/routes.mjs';

const route = fixtureFor as (url: string | URL) => string | null;
const pages = FIXTURE_PAGES as Record<string, string>;

describe('tests/fixtures/routes.mjs', () => {
  it.each([
    ['https://calendar.google.com/calendar/u/0/r/week/2026/11/23', 'google'],
    ['https://calendar.google.com/calendar/u/0/r', 'google'],
    ['https://calendar.google.com/calendar/u/1/r/eventedit/abc', 'google'],
    ['https://calendar.google.com/calendar/r/day/2026/11/23', 'google'],
    ['https://calendar.google.com/calendar/u/0/r/week?hl=de', 'googleDe'],
    ['https://calendar.google.com/calendar/u/0/r/week?hl=de-AT', 'googleDe'],
    ['https://calendar.google.com/calendar/u/0/r/week?fixture=redesign', 'googleRedesign'],
    ['https://calendar.google.com/calendar/u/0/redesign', 'googleRedesign'],
    ['https://outlook.office.com/calendar/view/workweek', 'outlook'],
    ['https://outlook.office365.com/calendar/view/day', 'outlook'],
    ['https://outlook.live.com/calendar/0/view/week', 'outlook'],
    ['https://outlook.cloud.microsoft/calendar/view/workweek', 'outlook'],
    ['https://outlook.office.com/calendar', 'outlook'],
  ])('%s → %s', (url, page) => {
    expect(route(url)).toBe(pages[page]);
    expect(route(new URL(url))).toBe(pages[page]);
  });

  it.each([
    'https://calendar.google.com/',
    'https://calendar.google.com/favicon.ico',
    'https://outlook.office.com/mail/inbox',
    'https://evil.example/calendar/u/0/r',
    'https://www.google.com/calendar/u/0/r',
    'not a url',
  ])('serves nothing for %s', (url) => {
    expect(route(url)).toBeNull();
  });

  it('maps every start URL to an existing page', () => {
    for (const [name, url] of Object.entries(START_URLS as Record<string, string>)) {
      expect(route(url)).toBe(pages[name]);
      expect(readFileSync(route(url)!, 'utf8')).toMatch(/^<!doctype html>/i);
    }
  });

  it('inlines everything: no external scripts, styles, images or fonts', () => {
    for (const file of Object.values(pages)) {
      const html = readFileSync(file, 'utf8');
      expect(html).not.toMatch(/<script[^>]+src=/i);
      expect(html).not.toMatch(/<link[^>]+href=/i);
      expect(html).not.toMatch(/<img[^>]+src=|url\(\s*['"]?http/i);
      expect(html).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML\(|\.outerHTML\s*=/);
    }
  });
});

describe('tests/fixtures/google/build.mjs', () => {
  it('the committed week pages are built from src/ (run node tests/fixtures/google/build.mjs)', () => {
    for (const { path, content } of buildGooglePages() as { path: string; content: string }[]) {
      expect(readFileSync(path, 'utf8'), path).toBe(content);
    }
  });
});
