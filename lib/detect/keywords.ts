// Keyword tables of the title rule, compiled once at module load (constants, not side effects).
// Every pattern runs on folded text (see `foldText`): no accents, "-" for every dash, ASCII digits.
import { wholeWords, wholeWordsGlobal } from './text';

/** Scripts written without spaces: their keywords match as plain substrings. */
function anySubstring(words: string[]): RegExp {
  return new RegExp(words.join('|'), 'u');
}

/** Recruiting is never a 1:1, even with two people. "Screen share review" is not recruiting (see SCREEN_UI). */
export const RECRUITING = wholeWords(
  [
    'interview(?:s|ed|er|ers|ing)?',
    'screening',
    'debrief(?:s|ing)?',
    'candidates?',
    'recruit(?:ing|ment)',
    'hiring (?:panel|committee|loop)',
    'onsite loop',
    'vorstellungsgesprache?',
    'bewerbungsgesprache?',
    'bewerber(?:in|innen)?',
    // "entretien" alone is a job interview; "entretien individuel/annuel/professionnel" is a 1:1 review.
    "entretien(?!s? (?:individuel|annuel|professionnel|d'evaluation|de suivi))(?: d'embauche)?",
    'recrutement',
    'candidat(?:e|es|s)?',
    // Spanish/Portuguese "entrevista" is an interview unless it is an "entrevista individual".
    'entrevistas?(?! individual)',
    'reclutamiento',
    'recrutamento',
    'candidat[oa]s?',
    'colloqui[o]?(?! individual[ei])',
    'sollicitatie(?:gesprek)?',
    'kandidaat',
  ].join('|'),
);
export const RECRUITING_CJK = anySubstring([
  '面接',
  '採用',
  'カジュアル面談',
  '面试',
  '面試',
  '招聘',
  '면접',
  '채용',
]);

/** "screen" is recruiting ("Phone screen", "Screen - Jane Doe") unless a UI word follows ("Screen share review"). */
export const SCREEN_RECRUITING = wholeWords(
  'screen(?!\\s*[-:]?\\s*(?:share|sharing|shot|shots|cast|casting|reader|recording|saver|size|sizes|time|design|designs|layout|review|flow|flows|mock|mocks|mockups?|ui|ux|test|tests)(?![\\p{L}]))',
);

/** Time kept for oneself or away: focus, holds, blocks, leave, travel, preparation. */
export const TIME_BLOCK = wholeWords(
  [
    // "Focus" alone or "Focus: doc" is a block; "Focus areas review" is a meeting.
    'focus(?:ed)? ?(?:time|block|work|session|hours?|day|mode)',
    'deep work',
    'heads[ -]?down',
    'holds?',
    'block(?:ed)?',
    'time ?block(?:ing)?',
    'placeholder',
    'busy',
    'do not (?:book|schedule)',
    'dnb',
    'no meetings?',
    'ooo',
    'oof',
    'out[ -]of[ -](?:the[ -])?office',
    'vacation',
    'holidays?',
    'pto',
    'days? off',
    'off sick',
    'sick(?: day| leave)?',
    '(?:parental|maternity|paternity|annual|medical|personal|on) leave',
    'travel(?:l?ing)?',
    'flights?',
    'airport',
    'hotel',
    'commut(?:e|ing)',
    // "Train to Munich" is travel; "Train the trainers" / "Train new hires" is not.
    'trains?(?! (?:the|new|a|an|on|with|our|your|their|team|staff)(?![\\p{L}]))',
    'prep(?:aration|are|aring)?',
    'fokus(?:zeit)?',
    'konzentrationszeit',
    'geblockt',
    'blockiert',
    'urlaub\\p{L}*',
    'ferien',
    'abwesen(?:d|heit)',
    'au(?:ss|ß)er haus',
    'krank(?:meldung)?',
    'feiertag',
    'bruckentag',
    '(?:dienst|an|ab)?reise',
    'flug',
    'zug',
    'vorbereitung',
    'concentration',
    'bloquee?',
    'creneau bloque',
    'absente?',
    'absence',
    'conges?',
    'vacances',
    'rtt',
    '(?:jour )?ferie',
    'hors du bureau',
    'voyage',
    'deplacement',
    'preparation',
    'concentracion',
    'bloqueo',
    'bloqueado',
    'vacaciones',
    'fuera de la oficina',
    'ausen(?:te|cia)',
    'viaje',
    'vuelo',
    'tren',
    'festivo',
    'preparacion',
    'vacanz[ae]',
    'fuori ufficio',
    'assen(?:te|za)',
    'viaggio',
    'volo',
    'treno',
    'concentrazione',
    'preparazione',
    'ferias',
    'fora do escritorio',
    'viagem',
    'voo',
    'foco',
    'focustijd',
    'vakantie',
    'vrij',
    'afwezig',
    'reis',
    'vlucht',
    'trein',
    'geblokkeerd',
    'voorbereiding',
  ].join('|'),
);
/** A title that is only "Focus" (or "Focus: …", "Focus - …"). */
export const FOCUS_TITLE = /^[^\p{L}\p{N}]*focus(?:ed)?[^\p{L}\p{N}]*(?:$|[:|-])/iu;
export const TIME_BLOCK_CJK = anySubstring([
  '休暇',
  '有給',
  '休み',
  '不在',
  '出張',
  '移動',
  'フライト',
  '新幹線',
  '集中',
  '作業時間',
  '準備',
  '休假',
  '请假',
  '請假',
  '假期',
  '出差',
  '航班',
  '专注',
  '專注',
  '准备',
  '휴가',
  '출장',
  '부재',
  '집중',
  '준비',
  '✈',
  '🛫',
  '🛬',
  '🚆',
  '🚄',
  '🚂',
  '🏖',
  '🌴',
  '🤒',
]);

/** Notes to oneself. */
export const REMINDER = wholeWords(
  [
    'remind(?:er|ers)?',
    'to-dos?',
    'todo',
    'deadlines?',
    'erinnerung',
    'rappel',
    'recordatorio',
    'promemoria',
    'lembrete',
    'herinnering',
  ].join('|'),
);
export const REMINDER_CJK = anySubstring([
  'リマインダー',
  'リマインド',
  '提醒',
  '알림',
  '리마인더',
  '⏰',
]);

/**
 * Numeric 1:1 markers: "1:1", "1-1", "1x1", "1 on 1", "1-on-1", "1to1", "1 op 1", "1対1", "1-2-1". Times and dates
 * are not: the "1"s must stand alone ("11:10", "10:30-11:00"), nothing numeric may follow ("1:15", "1-1:30"),
 * and no "s" ("1:1s" is a topic, not a meeting).
 */
export const NUMERIC_MARKER = new RegExp(
  '(?<![\\p{L}\\p{N}:./-])1(?:\\s?[:x×]\\s?|-|\\s?-?\\s?(?:on|to|op|a|zu|na|対|对|對|대)\\s?-?\\s?|-2-)1' +
    "(?![\\p{N}]|[:.,/-]\\p{N}|['’]?s(?![\\p{L}])|\\s?(?:am|pm|h|uhr)(?![\\p{L}]))",
  'iu',
);

/** Words that say "a meeting of two" in many languages. Plurals are topics ("one-on-ones training"). */
export const WORD_MARKER = wholeWords(
  [
    'one[ -]?(?:on|to|2)[ -]?one',
    'tete[ -]a[ -]tete',
    'einzelgesprach',
    'eins[ -]zu[ -]eins',
    'unter vier augen',
    'mitarbeitergesprach',
    'entwicklungsgesprach',
    'uno[ -]a[ -]uno',
    'un[ -]a[ -]un',
    'um[ -]a[ -]um',
    'e+n[ -]op[ -]e+n',
    'reunion individual',
    'reuniao individual',
    'entrevista individual',
    'colloquio individuale',
    "entretien (?:individuel|annuel|professionnel|d'evaluation|de suivi)",
    'medarbetarsamtal',
    'enskilt samtal',
    'vier-augen-gesprach',
    'reunion individuelle',
    'point individuel',
    'bilan individuel',
    'birebir',
    'jeden na jeden',
    'один на один',
    'тет-а-тет',
  ].join('|'),
);
export const MARKER_CJK = new RegExp(
  [
    '一对一',
    '一對一',
    '一対一',
    '面談',
    '원온원',
    '일대일',
    'ワンオンワン',
    'ワン・オン・ワン',
  ].join('|'),
  'u',
);

/** Softer markers: a personal conversation, unless a group is named ("Team check-in"). */
export const SOFT_MARKER = wholeWords(
  [
    'mentor(?:ing|ship|ee|s)?',
    'coach(?:ing)?',
    'check[ -]?in',
    'catch[ -]?up',
    'skip[ -]?levels?',
    'career (?:chat|conversation|discussion|talk|development|growth|sync|check-in)',
    'growth conversation',
    'karrieregesprach',
    'mentoria',
    'mentorat',
    'mentorado',
  ].join('|'),
);
export const SOFT_MARKER_CJK = anySubstring(['メンタリング', '멘토링', '导师', '導師']);

/** A group in the title turns soft markers off ("Team check-in", "Group mentoring"). */
export const GROUP_WORD = wholeWords(
  'team|teams|group|groups|squad|all[ -]?hands|everyone|department|dept|crew|guild|chapter|cohort|equipe|equipo|squadra|gruppe|abteilung',
);
export const GROUP_WORD_CJK = anySubstring(['チーム', '全体', '团队', '團隊', '팀']);

/** Events about 1:1s rather than one: "1:1 training", "One-on-one workshop", "1:1 rotation planning". */
export const TOPIC_WORD = wholeWords(
  'training|trainings|workshop|webinar|course|class|seminar|lecture|rotation|guidelines?|templates?|best practices|office hours|panel|town ?hall|bootcamp|masterclass|program|programme|kick-?off|schulung|formation|formacion|formazione|how to',
);

/** Finds every name-pair separator: "A <> B", "A / B", "A | B", "A & B", "A + B", "A x B". */
export const PAIR_SEPARATOR = /\s*(?:<->|<=>|<>|↔|⇔|\||\/|&|\+)\s*|\s+[x×]\s+/gu;

/** Used by the global scans of person names inside a title. */
export { wholeWordsGlobal };
