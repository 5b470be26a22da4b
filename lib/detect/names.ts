// People named in a title: the sides of "Anna / Ben", "Anna <> Ben", "Ben | Anna", and the name next to a marker
// ("1:1 with Anna", "Anna - 1:1"). Titles are free text, so a "name" is a short run of capitalised words that are not
// common title words ("Design / Build review", "CI/CD", "Q3/Q4" are not pairs).
import { PAIR_SEPARATOR } from './keywords';
import { emailNameTokens, firstNameToken, foldText, nameTokens } from './text';
import type { Person } from './types';

/** Lower-case name particles allowed inside a name ("Ludwig van Beethoven"). */
const PARTICLES = new Set(
  'van von de der den da di del della la le du dos das bin al el ter ten y'.split(' '),
);

/** Capitalised words that head titles but are not names. Compared folded and lower-cased, per hyphen part. */
const NOT_NAMES = new Set(
  `a an the and or of for with to on in at by from one all new old next last first final my our your
  weekly daily monthly quarterly biweekly annual yearly sync syncs meeting meetings call calls chat chats review
  reviews product products design designs build builds team teams eng engineering sales marketing ops operations
  data platform backend frontend mobile web legal finance leadership staff planning plan roadmap strategy hiring
  support security infra infrastructure customer customers client clients partner partners vendor vendors standup
  stand retro retrospective demo demos kickoff kick off project projects program programme lunch coffee dinner
  breakfast drinks office hours town hall hands research development dev prod test testing release launch budget
  people analytics growth brand content community event events intro introduction onboarding offboarding training
  workshop interview board exec executive executives management manager managers mgmt lead leads tech technical
  architecture code docs documentation bug bugs triage incident postmortem feedback performance career goals status
  update updates report notes agenda pairing pair session discussion follow followup internal external global
  north south east west europe america asia inc ltd llc gmbh corp co company zoom meet teams slack jira notion figma
  alpha beta check catch up skip level mentoring mentor coaching coach hold focus block sprint ux ui api qa hr
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december today tomorrow morning afternoon evening week month quarter year q
  besprechung abstimmung termin planung vertrieb entwicklung einkauf reunion point equipe equipo sesion
  question questions answers okr okrs kpi metrics ideas brainstorm sharing share all-hands weekly-sync
  tentative canceled cancelled fw fwd re aw wg quick updated update invitation invite accepted declined moved
  rescheduled postponed private optional urgent short virtual remote onsite informal regular recurring
  abgesagt verschoben annule cancelado gesprach treffen runde external extern confidential draft`.split(
    /\s+/,
  ),
);

type WordKind = 'name' | 'initial' | 'particle' | 'other';

/** Common Japanese, Chinese and Korean meeting words that would otherwise pass for names next to a marker. */
const UNCASED_NOT_NAMES =
  /定例|定期|会議|打ち?合わ?せ|ミーティング|面談|キャリア|評価|週次|月次|隔週|毎週|例会|会议|周会|沟通|회의|정기|미팅|면담|상담|주간|월간|팀/u;

const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*$/u;
const INITIAL = /^\p{Lu}\.?$/u;
const UNCASED_NAME =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,8}$/u;

function cleanWord(raw: string): string {
  return raw
    .replace(/^["'“‘«([{]+/u, '')
    .replace(/["'”’»)\]},.;:!?]+$/u, '')
    .replace(/['’]s$/u, '');
}

function kindOf(word: string, allowUncased: boolean): WordKind {
  if (PARTICLES.has(word)) return 'particle';
  if (INITIAL.test(word)) return 'initial';
  if (CAPITALISED.test(word)) {
    const letters = word.replace(/[^\p{L}]/gu, '');
    if (letters.length > 1 && letters === letters.toUpperCase()) return 'other'; // an acronym: CI, QBR
    const parts = foldText(word).toLowerCase().split('-');
    return parts.some((part) => NOT_NAMES.has(part)) ? 'other' : 'name';
  }
  // Han, kana and Hangul have no capitals: only trusted next to an explicit marker.
  if (!allowUncased || !UNCASED_NAME.test(word)) return 'other';
  return UNCASED_NOT_NAMES.test(word) ? 'other' : 'name';
}

/**
 * What may sit right next to a name in a strict pair: punctuation or numbers ("- 1:1"), a bracketed tag
 * ("[External]"), or a common title word ("Anna / Ben sync"). Any other word makes the side a phrase.
 */
function isTitleWordOrPunctuation(rawWord: string, word: string): boolean {
  if (!/\p{L}/u.test(rawWord) || /^[([{].*[)\]}]$/u.test(rawWord)) return true;
  return foldText(word)
    .toLowerCase()
    .split('-')
    .every((part) => NOT_NAMES.has(part) || /^\p{N}*$/u.test(part));
}

/** How a name must be bounded: `loose` takes any run; `strict` also wants no other word right next to it. */
type Strictness = 'loose' | 'strict';

/** How far a name may sit from a separator; keeps the scan linear on absurdly long titles. */
const WINDOW = 120;

/**
 * The run of name words that starts right at the edge of `text` (its end when `fromEnd`). Punctuation such as a
 * comma or a colon ends a run. Returns undefined when there is no name or more than three words (a phrase). In
 * `strict` mode the run must also end at punctuation, a number-like token ("1:1") or the end of the text:
 * "Anna / Ben review" is about a review, not a pair of people.
 */
function nameRun(
  text: string,
  fromEnd: boolean,
  allowUncased: boolean,
  strictness: Strictness = 'loose',
): string | undefined {
  const raw = text.trim().split(/\s+/).filter(Boolean);
  const ordered = fromEnd ? raw.reverse() : raw;
  const run: { word: string; kind: WordKind }[] = [];
  let cleanEdge = true;
  for (const rawWord of ordered) {
    const closesClause = /[,;:]$/.test(rawWord);
    if (fromEnd && run.length > 0 && closesClause) break;
    const word = cleanWord(rawWord);
    const kind = kindOf(word, allowUncased);
    if (kind === 'other') {
      cleanEdge = isTitleWordOrPunctuation(rawWord, word);
      break;
    }
    run.push({ word, kind });
    if (run.length > 3 || (!fromEnd && closesClause)) break;
  }
  if (fromEnd) run.reverse();
  while (run[0]?.kind === 'particle') run.shift();
  while (run[run.length - 1]?.kind === 'particle') run.pop();
  if (run.length > 3 || !run.some((entry) => entry.kind === 'name')) return undefined;
  if (strictness === 'strict' && !cleanEdge) return undefined;
  return run.map((entry) => entry.word).join(' ');
}

/** The name that ends `text` (fromEnd) or starts it, if any. */
export function nameAtEdge(text: string, fromEnd: boolean): string | undefined {
  return nameRun(text, fromEnd, false);
}

export interface NamePair {
  left: string;
  right: string;
}

/**
 * Every "A <sep> B" in the title whose both sides look like people's names. `strict` (for deciding) wants each side
 * to be only a name; `loose` (for naming, once a marker decided) takes the names next to the separator.
 */
export function findNamePairs(title: string, strictness: Strictness): NamePair[] {
  const pairs: NamePair[] = [];
  const allowUncased = strictness === 'loose';
  for (const separator of title.matchAll(PAIR_SEPARATOR)) {
    const at = separator.index;
    const before = title.slice(Math.max(0, at - WINDOW), at);
    const after = title.slice(at + separator[0].length, at + separator[0].length + WINDOW);
    const left = nameRun(before, true, allowUncased, strictness);
    const right = nameRun(after, false, allowUncased, strictness);
    if (left && right) pairs.push({ left, right });
    if (pairs.length > 8) break;
  }
  return pairs;
}

const LEADING_CONNECTOR =
  /^[\s:|/,()[\]-]*(?:(?:with|mit|avec|con|met|com|с)\s+|w\/\s*|[と和與]\s*)?/iu;
const TRAILING_CONNECTOR = /[\s:|/,()[\]-]*$/u;

/** Names around a marker found at [start, end) and on both sides of name pairs, first seen first. */
export function namesInTitle(title: string, marker?: { start: number; end: number }): string[] {
  const names: string[] = [];
  for (const pair of findNamePairs(title, 'loose')) names.push(pair.left, pair.right);
  if (marker) {
    // "1:1 with Anna" names the person after the marker; "Anna - 1:1" before it, read only when nothing follows.
    // "1:1-Gespräch" is one compound word, not a marker followed by a name.
    const afterText = title
      .slice(marker.end, marker.end + WINDOW)
      .replace(/^-[\p{L}]+/u, '')
      .replace(LEADING_CONNECTOR, '');
    const beforeText = title.slice(Math.max(0, marker.start - WINDOW), marker.start);
    const after = nameRun(afterText, false, true);
    const before = after ?? nameRun(beforeText.replace(TRAILING_CONNECTOR, ''), true, true);
    if (before) names.push(before);
  }
  return [...new Set(names)];
}

/** Whether a name written in a title refers to this person: "Tom" for Tom Baker, tom@…, or "Chris" for Christopher. */
export function nameRefersTo(written: string, person: Person): boolean {
  const writtenTokens = nameTokens(written).filter((token) => token.length > 1);
  const first = writtenTokens[0];
  if (!first) return false;
  const known = new Set([...nameTokens(person.name ?? ''), ...emailNameTokens(person.email ?? '')]);
  if (writtenTokens.every((token) => known.has(token))) return true;
  const given = person.name ? firstNameToken(person.name) : emailNameTokens(person.email ?? '')[0];
  if (!given) return false;
  if (given === first) return true;
  // Short forms: "Chris" for Christopher, "Alex" for Alexandra.
  return writtenTokens.length === 1 && first.length >= 3 && given.startsWith(first);
}

/** The one name in the title that is not me, if there is exactly one. */
export function counterpartNameFromTitle(names: string[], self: Person): string | undefined {
  const others = names.filter((name) => !nameRefersTo(name, self));
  // "Anna" and "Anna Lopez" are one person: keep the fuller spelling.
  const distinct = others.filter((name) => {
    const tokens = nameTokens(name);
    return !others.some(
      (other) => other !== name && tokens.every((token) => nameTokens(other).includes(token)),
    );
  });
  return distinct.length === 1 ? distinct[0] : undefined;
}
