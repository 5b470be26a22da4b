import { describe, expect, it } from 'vitest';
import { parseTileLabel } from '../../../lib/sites/outlook/aria-label';

describe('parseTileLabel (Outlook tile aria-label)', () => {
  it('reads the documented en-US shape with 24h times', () => {
    expect(
      parseTileLabel(
        '1:1 Maria / Tom, 10:00 to 10:30, Monday, November 23, 2026, By Maria Lopez, Busy, Recurring event',
      ),
    ).toEqual({
      subject: '1:1 Maria / Tom',
      allDay: false,
      startMinutes: 600,
      endMinutes: 630,
      date: { year: 2026, month: 11, day: 23 },
      organizer: 'Maria Lopez',
      status: 'Busy',
      recurring: true,
      teams: false,
    });
  });

  it('keeps commas inside the subject and the organizer', () => {
    const label = parseTileLabel(
      'Budget, Q1 planning, 1:05 PM to 2:15 PM, Tuesday, November 24, 2026, Room 102, By Lopez, Maria, Tentative',
    );
    expect(label).toMatchObject({
      subject: 'Budget, Q1 planning',
      startMinutes: 13 * 60 + 5,
      endMinutes: 14 * 60 + 15,
      location: 'Room 102',
      organizer: 'Lopez, Maria',
      status: 'Tentative',
      recurring: false,
    });
  });

  it('reads a real 2026 label with a comma and parentheses in the organizer [O5]', () => {
    expect(
      parseTileLabel(
        "Lab consultants' weekly check-in, 11:00 to 11:30, Monday, January 26, 2026, By Pavord, Sue (RTH) OUH, Busy, Recurring event",
      ),
    ).toMatchObject({
      subject: "Lab consultants' weekly check-in",
      startMinutes: 660,
      organizer: 'Pavord, Sue (RTH) OUH',
      recurring: true,
    });
  });

  it('handles 12h times, Teams meetings and no organizer (your own meeting)', () => {
    expect(
      parseTileLabel(
        'Raj <> Tom, 2:00 PM to 2:30 PM, Tuesday, November 24, 2026, Microsoft Teams Meeting, Busy, Recurring event',
      ),
    ).toMatchObject({
      subject: 'Raj <> Tom',
      startMinutes: 840,
      endMinutes: 870,
      teams: true,
      recurring: true,
      status: 'Busy',
    });
    expect(
      parseTileLabel('Late call, 11:30 PM to 12:00 AM, Friday, November 27, 2026, Free'),
    ).toMatchObject({
      startMinutes: 23 * 60 + 30,
      endMinutes: 0,
    });
  });

  it('strips icon prefixes and keeps cancel prefixes in the subject', () => {
    expect(
      parseTileLabel(
        'Meeting icon, Management Meeting, 10:00 to 11:00, Monday, September 28, 2026, By Example, Busy',
      ),
    ).toMatchObject({ subject: 'Management Meeting', organizer: 'Example' });
    expect(
      parseTileLabel('Canceled: Sync, 9:00 AM to 9:30 AM, Monday, November 23, 2026, Free')
        ?.subject,
    ).toBe('Canceled: Sync');
  });

  it('skips a time range inside the subject', () => {
    expect(
      parseTileLabel(
        'Block 10:00 - 11:00, prep, 3:00 PM to 4:00 PM, Thursday, November 26, 2026, Busy',
      ),
    ).toMatchObject({ subject: 'Block 10:00 - 11:00, prep', startMinutes: 900 });
  });

  it('reads German labels', () => {
    expect(
      parseTileLabel(
        'Einzelgespräch Anna / Tom, 10:00 bis 10:30, Montag, 23. November 2026, Von Schmidt, Anna, Gebucht, Serientermin',
      ),
    ).toMatchObject({
      subject: 'Einzelgespräch Anna / Tom',
      startMinutes: 600,
      date: { year: 2026, month: 11, day: 23 },
      organizer: 'Schmidt, Anna',
      status: 'Gebucht',
      recurring: true,
    });
  });

  it('reads all-day tiles and numeric dates', () => {
    expect(
      parseTileLabel('Thanksgiving Day, all day event, Thursday, November 26, 2026, Free'),
    ).toMatchObject({
      subject: 'Thanksgiving Day',
      allDay: true,
      date: { year: 2026, month: 11, day: 26 },
    });
    expect(parseTileLabel('Review, 10:00 to 11:00, Mon, 11/23/2026, Busy')?.date).toEqual({
      year: 2026,
      month: 11,
      day: 23,
    });
    expect(parseTileLabel('Review, 10:00 bis 11:00, Mo., 23.11.2026, Gebucht')?.date).toEqual({
      year: 2026,
      month: 11,
      day: 23,
    });
  });

  it('returns null for labels of another shape, never throws', () => {
    expect(parseTileLabel('PTO — Aleksandrs')).toBeNull();
    expect(parseTileLabel('Dentist, 4:00 PM to 4:30 PM')).toBeNull(); // no date: not a tile label we trust
    expect(parseTileLabel('')).toBeNull();
    expect(parseTileLabel(null)).toBeNull();
    expect(parseTileLabel(', , , to , ,')).toBeNull();
  });
});
