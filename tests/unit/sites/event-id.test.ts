import { describe, expect, it } from 'vitest';
import {
  decodeBase64Text,
  decodeEventId,
  eventKeyOf,
  idFromJslog,
  seriesKeyOf,
} from '../../../lib/sites/google-calendar/event-id';

const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('decodeEventId (Google Calendar data-eventid / eid)', () => {
  it('decodes the real 2019 sample: a recurring occurrence on a consumer calendar [E12]', () => {
    const id = decodeEventId(
      'NTQyaDd2bzY1bXEzNjE0YmJraWYxdGo1bzJfMjAxOTAxMzBUMDAwMDAwWiB5b3NoaWFraTIwMTY0MTRAbQ',
    );
    expect(id).toEqual({
      eventId: '542h7vo65mq3614bbkif1tj5o2_20190130T000000Z',
      calendarId: 'yoshiaki2016414@gmail.com',
      seriesId: '542h7vo65mq3614bbkif1tj5o2',
      occurrenceStart: '2019-01-30T00:00:00.000Z',
      isTask: false,
    });
    expect(eventKeyOf(id!)).toBe(
      '542h7vo65mq3614bbkif1tj5o2_20190130T000000Z yoshiaki2016414@gmail.com',
    );
    expect(seriesKeyOf(id!)).toBe('542h7vo65mq3614bbkif1tj5o2 yoshiaki2016414@gmail.com');
  });

  it('expands @g and @v, and keeps a date-first holiday id a single event [E21]', () => {
    expect(
      decodeEventId('MjAxNDAxMDFfNjBvMzBjaG82Y28zMGMxZzYwbzMwZHI0Y2sgZW4uY2FuYWRpYW4jaG9saWRheUB2'),
    ).toEqual({
      eventId: '20140101_60o30cho6co30c1g60o30dr4ck',
      calendarId: 'en.canadian#holiday@group.v.calendar.google.com',
      isTask: false,
    });
    const g = decodeEventId(
      encode('3n6k5ch4154782p6998nimkh0o_20200316T230000Z m91ia24s7mq0tlm98rbrn31qmk@g'),
    );
    expect(g?.calendarId).toBe('m91ia24s7mq0tlm98rbrn31qmk@group.calendar.google.com');
    expect(g?.occurrenceStart).toBe('2020-03-16T23:00:00.000Z');
  });

  it('keeps Workspace calendar ids in full and a one-off event has no series', () => {
    const id = decodeEventId(
      encode('c9ub3le0q7mk2rv5tj8nd1hs6a lena.fischer@northwind.example').replace(/=+$/, ''),
    );
    expect(id).toEqual({
      eventId: 'c9ub3le0q7mk2rv5tj8nd1hs6a',
      calendarId: 'lena.fischer@northwind.example',
      isTask: false,
    });
    expect(seriesKeyOf(id!)).toBeUndefined();
  });

  it('accepts padded, unpadded and URL-safe base64', () => {
    // '?' and '>' make '/' and '+' appear in the standard alphabet.
    const text = 'ab?>x_20261123T090000Z cal??>@group.calendar.google.com';
    const standard = encode(text);
    expect(standard).toMatch(/[+/]/);
    const urlSafe = standard.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    for (const raw of [standard, standard.replace(/=+$/, ''), urlSafe]) {
      expect(decodeEventId(raw)?.eventId).toBe('ab?>x_20261123T090000Z');
    }
  });

  it('reads the all-day occurrence suffix as a date', () => {
    const id = decodeEventId(encode('abc123_20261126 tom@northwind.example'));
    expect(id?.seriesId).toBe('abc123');
    expect(id?.occurrenceStart).toBe('2026-11-26');
  });

  it('decodes non-ASCII calendar ids as UTF-8', () => {
    expect(decodeEventId(encode('evt1 jürgen.groß@example.de'))?.calendarId).toBe(
      'jürgen.groß@example.de',
    );
  });

  it('marks Google Tasks: legacy tasks_ and ttb_ chips [E15]', () => {
    expect(decodeEventId('tasks_Rb3kq9Vd2nLmX8hZ')).toEqual({
      eventId: 'tasks_Rb3kq9Vd2nLmX8hZ',
      calendarId: '',
      isTask: true,
    });
    const ttb = decodeEventId(
      'ttb_MTVxbWhvcjNjN3Y3ZjYwcnAwdGVxMGxhazMgYWRhbS5odXJsZXkucHJpdmF0ZUBt',
    );
    expect(ttb).toEqual({
      eventId: '15qmhor3c7v7f60rp0teq0lak3',
      calendarId: 'adam.hurley.private@gmail.com',
      isTask: true,
    });
  });

  it('returns null for anything that is not an id, without throwing', () => {
    for (const raw of [
      '',
      '   ',
      'not base64!',
      'REDACTED',
      'a',
      encode('\u0001\u0002 binary'),
      null,
      undefined,
    ]) {
      expect(decodeEventId(raw)).toBeNull();
    }
    expect(decodeBase64Text('%%%')).toBeNull();
  });
});

describe('idFromJslog (fallback when data-eventid is missing)', () => {
  it('reads the ids of the 2026 #xDetDlg jslog [E11]', () => {
    const jslog =
      '35389; 2:["1dq60v6utpm0k3o5l079rpgu4a","user@example.com",0,null,4,0]; 1:["user@example.com",1]; track:impression;';
    expect(idFromJslog(jslog)).toEqual({
      eventId: '1dq60v6utpm0k3o5l079rpgu4a',
      calendarId: 'user@example.com',
      isTask: false,
    });
  });
  it('reads a chip jslog without a calendar, and rejects others', () => {
    expect(idFromJslog('35463; 2:["abc_20261123T090000Z",null]; track:click')?.seriesId).toBe(
      'abc',
    );
    expect(idFromJslog('35463; track:click,dblclick')).toBeNull();
    expect(idFromJslog(null)).toBeNull();
  });
});
