// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupProps } from '@/components/popup/Popup';
import { pageSettingsFrom, parsePageSettings } from '@/lib/settings/page-settings';
import {
  onPrivateHiddenChange,
  readPrivateHidden,
  setPrivateHidden,
  togglePrivateHidden,
} from '@/lib/privacy/screen-share';
import { suggestQuestions } from '@/lib/questions/suggest';
import { shownReason } from '@/lib/questions/suggest-reasons';
import { daysAgo, makeInput } from '../questions/suggest-fixtures';

afterEach(cleanup);

describe('screen-share safe state', () => {
  it('is off until set, toggles, and tells every listener', async () => {
    expect(await readPrivateHidden()).toBe(false);
    const heard: boolean[] = [];
    const off = onPrivateHiddenChange((hidden) => heard.push(hidden));
    expect(await togglePrivateHidden()).toBe(true);
    expect(await readPrivateHidden()).toBe(true);
    await setPrivateHidden(false);
    off();
    await setPrivateHidden(true);
    expect(heard).toEqual([true, false]);
  });

  it('the "hide whenever a calendar opens" option reaches the background through the page mirror', () => {
    const base = {
      sites: { google: true, outlook: true },
      autoOpen: { google: true, outlook: true },
      extraKeywords: [],
      seriesOverrides: {},
      selfIdentities: [],
    };
    expect(pageSettingsFrom(base).hidePrivateOnOpen).toBe(false);
    expect(pageSettingsFrom({ ...base, hidePrivateOnCalendarOpen: true }).hidePrivateOnOpen).toBe(
      true,
    );
    expect(parsePageSettings({ hidePrivateOnOpen: 'yes' }).hidePrivateOnOpen).toBe(false);
    expect(parsePageSettings({ hidePrivateOnOpen: true }).hidePrivateOnOpen).toBe(true);
  });

  it('a suggestion that quotes the mood says something neutral instead', () => {
    const input = makeInput({ notes: [{ at: daysAgo(9), topics: [], mood: 2 }] });
    const suggestions = suggestQuestions(input);
    const quoting = suggestions.filter((s) => s.quotesMood);
    expect(quoting.length).toBeGreaterThan(0);
    for (const s of quoting) {
      expect(s.reason).toMatch(/2 of 5/);
      expect(shownReason(s, false)).toBe(s.reason);
      expect(shownReason(s, true)).not.toMatch(/2|mood/);
    }
    for (const s of suggestions.filter((s) => !s.quotesMood))
      expect(shownReason(s, true)).toBe(s.reason);
  });
});

function popupProps(hidden: boolean, onChange = vi.fn()): PopupProps {
  return {
    person: {
      people: [{ id: 'p1', name: 'Maria Lopez' }],
      selectedId: 'p1',
      onSelect: vi.fn(),
      onCreate: vi.fn(),
    },
    note: { personName: 'Maria Lopez', onSave: vi.fn() },
    commitments: { items: [], today: '2026-11-23', onToggle: vi.fn() },
    upcoming: [{ key: 'm1', personId: 'p1', name: 'Maria Lopez', detail: 'now' }],
    slipped: [],
    unreadable: null,
    layoutReport: { onLoad: async () => null, onCopy: async () => true },
    prepHref: (id) => `prep.html?person=${id}`,
    onOpenPrep: vi.fn(),
    onOpenOptions: vi.fn(),
    privacy: { hidden, shortcut: 'Alt+Shift+H', onChange },
  };
}

describe('the popup in screen-share safe mode', () => {
  it('drops the quick note, keeps names, and says how to reveal', () => {
    const onChange = vi.fn();
    render(<Popup {...popupProps(true, onChange)} />);
    expect(screen.queryByRole('textbox', { name: 'Quick note' })).toBeNull();
    expect(screen.getByText('Maria Lopez')).toBeTruthy();
    const banner = screen.getByRole('status', { name: 'Private text hidden' });
    expect(banner.textContent).toContain('Alt+Shift+H');
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(onChange).toHaveBeenCalledWith(false);
  });

  it('the toggle hides from the normal view', () => {
    const onChange = vi.fn();
    render(<Popup {...popupProps(false, onChange)} />);
    expect(screen.getByRole('textbox', { name: 'Quick note' })).toBeTruthy();
    expect(screen.queryByRole('status', { name: 'Private text hidden' })).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Hide private text' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
