// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_TOPICS, parseEventTopics, topicKey } from '../../../lib/agenda/event-topics';
import { descriptionText } from '../../../lib/sites/description-text';

/** The real chain: the page's description markup → lines (content script) → topics (sidebar). */
function fromHtml(html: string): string[] {
  const el = document.createElement('div');
  el.innerHTML = html; // test input only: the product never parses markup this way
  return parseEventTopics(descriptionText(el, 50_000)).map((t) => t.text);
}

describe('parseEventTopics over description markup', () => {
  it("reads Google's <br>-separated description (what the editor saves from typed lines)", () => {
    expect(
      fromHtml(
        'Weekly 1:1.<br><br><b>Agenda</b><br>- Hiring plan for Q1<br>- Feedback on the <a href="https://docs.example/rfc">RFC draft</a><br>- Vacation in March<br><br>Meet link below.',
      ),
    ).toEqual(['Hiring plan for Q1', 'Feedback on the RFC draft', 'Vacation in March']);
  });

  it("reads Google's rich-text lists (<ul><li>) under a heading", () => {
    expect(
      fromHtml(
        '<p>Topics:</p><ul><li>Promotion case</li><li><i>Team</i> morale</li></ul><p>Thanks!</p>',
      ),
    ).toEqual(['Promotion case', 'Team morale']);
  });

  it("reads Outlook's Word-generated body (MsoNormal paragraphs, Symbol-font bullets)", () => {
    const body = `<div class="WordSection1">
      <p class="MsoNormal"><b><span lang="DE">Talking points</span></b><o:p></o:p></p>
      <p class="MsoListParagraph" style="text-indent:-18pt;mso-list:l0 level1 lfo1"><span style="font-family:Symbol">·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>Roadmap for 2027<o:p></o:p></p>
      <p class="MsoListParagraph" style="text-indent:-18pt;mso-list:l0 level1 lfo1"><span style="font-family:Symbol">·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>On-call rota<o:p></o:p></p>
      <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
      <div style="border-top:solid #E1E1E1 1pt"><p class="MsoNormal">Microsoft Teams meeting</p></div>
    </div>`;
    expect(fromHtml(body)).toEqual(['Roadmap for 2027', 'On-call rota']);
  });

  it("reads Outlook's HTML lists inside divs", () => {
    expect(
      fromHtml(
        '<div>To discuss<ol><li><div>Budget</div></li><li><div>Offsite</div></li></ol></div>',
      ),
    ).toEqual(['Budget', 'Offsite']);
  });
});

describe('parseEventTopics over plain text', () => {
  it('reads pasted Markdown: heading marks, numbers, checkboxes, links and emphasis', () => {
    const md = [
      '## Agenda',
      '',
      '1. **Quarterly goals** review',
      '2) [Design doc](https://example.com/doc) feedback',
      '- [ ] Conference budget',
      '- [x] Laptop refresh',
      '* `deploy` freeze',
      '',
      'Notes follow here.',
      '- not a topic: the block ended',
    ].join('\n');
    expect(parseEventTopics(md).map((t) => t.text)).toEqual([
      'Quarterly goals review',
      'Design doc feedback',
      'Conference budget',
      'Laptop refresh',
      'deploy freeze',
    ]);
  });

  it('reads German headings and mixed languages in one description', () => {
    const text =
      'Themen:\n• Urlaubsplanung\n• Feedback zum Review\n\nTo discuss\n- Hiring\n\nZu besprechen\n– Umzug ins neue Büro\n\nTagesordnung\n☐ Budget 2027';
    expect(parseEventTopics(text).map((t) => t.text)).toEqual([
      'Urlaubsplanung',
      'Feedback zum Review',
      'Hiring',
      'Umzug ins neue Büro',
      'Budget 2027',
    ]);
  });

  it('ignores lists under other headings and a heading word inside a sentence', () => {
    expect(parseEventTopics('Attendees:\n- Maria\n- Tom')).toEqual([]);
    expect(parseEventTopics('The agenda is in the doc.\n- Link')).toEqual([]);
    expect(parseEventTopics('Agenda: usage review, pricing for 2027, SSO rollout.')).toEqual([]);
  });

  it('lists each normalised text once', () => {
    const text = 'Agenda\n- Career growth\n- career   GROWTH!\n- Carëer growth';
    expect(parseEventTopics(text).map((t) => t.text)).toEqual(['Career growth']);
    expect(topicKey('  Q1 – Budget!! ')).toBe('q1 budget');
  });

  it('reads owners from a Tandem block only', () => {
    const text =
      'Agenda (Tandem)\n- Pay review — Maria Lopez\n- A — B split — Tom Becker\n\nAgenda\n- Offsite — Tom';
    expect(parseEventTopics(text)).toEqual([
      { text: 'Pay review', by: 'Maria Lopez' },
      { text: 'A — B split', by: 'Tom Becker' },
      { text: 'Offsite — Tom' },
    ]);
  });

  it('keeps markup in the text as literal characters (it is only ever rendered as text)', () => {
    const text = 'Agenda\n- <img src=x onerror=alert(1)>\n- <script>steal()</script> budget';
    expect(parseEventTopics(text).map((t) => t.text)).toEqual([
      '<img src=x onerror=alert(1)>',
      '<script>steal()</script> budget',
    ]);
  });

  it('markup in the description is read as text, never run', () => {
    const el = document.createElement('div');
    el.innerHTML =
      'Agenda<br>- &lt;b onmouseover=x&gt;bold&lt;/b&gt;<script>window.ran = 1</script>';
    expect(parseEventTopics(descriptionText(el, 50_000)).map((t) => t.text)).toEqual([
      '<b onmouseover=x>bold</b>',
    ]);
    expect((window as unknown as { ran?: number }).ran).toBeUndefined();
  });

  it('reads a 50 kB description quickly and caps what it returns', () => {
    const filler = 'Lorem ipsum dolor sit amet, '.repeat(40);
    const items = Array.from({ length: 200 }, (_, i) => `- Topic ${i} ${'x'.repeat(600)}`);
    const text = `${filler}\n`.repeat(20) + 'Agenda\n' + items.join('\n');
    expect(text.length).toBeGreaterThan(50_000);
    const topics = parseEventTopics(text);
    expect(topics.length).toBeGreaterThan(0);
    expect(topics.length).toBeLessThanOrEqual(MAX_TOPICS);
    expect(Math.max(...topics.map((t) => t.text.length))).toBeLessThanOrEqual(500);
    // A pathological line (no newline, 50 kB of list markers and brackets) still parses.
    expect(parseEventTopics('Agenda\n- ' + '[a]('.repeat(13_000))).toHaveLength(1);
  });

  it('returns nothing for an empty or unrelated description', () => {
    expect(parseEventTopics('')).toEqual([]);
    expect(parseEventTopics('Join with Google Meet\nmeet.google.com/abc-defg-hij')).toEqual([]);
  });
});

describe('descriptionText', () => {
  it('skips hidden nodes and stops at the limit', () => {
    const el = document.createElement('div');
    el.innerHTML = '<p>Agenda</p><ul><li>Seen</li><li hidden>Hidden</li></ul><style>p{}</style>';
    expect(descriptionText(el, 1000)).toBe('Agenda\n- Seen');
    expect(descriptionText(el, 8).length).toBeLessThanOrEqual(8);
  });
});
