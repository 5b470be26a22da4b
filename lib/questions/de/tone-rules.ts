/**
 * The German tone lint's patterns: the same kinds as the English lint (lib/questions/tone-rules.ts),
 * written for how German questions go wrong. Pressure hides in "müssen", "sollen", "endlich" and
 * deadlines; blame in "warum hast du nicht …" and hindsight ("hättest … müssen"); leading in tag
 * questions ("…, oder?", "nicht wahr?", "gell?") and "findest du nicht auch"; assumption in
 * "offensichtlich" and "du wirkst gestresst"; absolutes follow a "du"/"Sie" ("du immer", "Sie
 * ständig"); minimising in "doch einfach", "mal kurz", "halb so wild"; demands in "sei ehrlich".
 *
 * Both forms of address are covered (du/dich/dir/dein and Sie/Ihnen/Ihr). Word edges are Unicode
 * letters, not \b (which ends words at ä, ö, ü and ß). All patterns are compiled once.
 */
import type { ToneRule } from '../tone-rules';

/** The English rule's shape, with German patterns and messages. */
export type GermanToneRule = ToneRule;

/** Start and end of a word, Unicode-aware (shared with ./tone-intent-rules.ts). */
export const S = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';
/** "du" or "Sie" as the one addressed (lowercase "sie" is read the same: rare in a 1:1 question). */
const YOU = '(?:du|sie|ihr)';

const rx = (source: string): RegExp => new RegExp(source, 'giu');

export const GERMAN_TONE_RULES: readonly GermanToneRule[] = [
  // ── Druck ────────────────────────────────────────────────────────────────────────────────
  {
    kind: 'pressuring',
    pattern: rx(
      `${S}(?:du\\s+musst|musst\\s+du|sie\\s+müssen|müssen\\s+sie|ihr\\s+müsst|müsst\\s+ihr|(?:das|es)\\s+muss)${E}`,
    ),
    message: '„Müssen“ macht aus der Frage eine Anweisung.',
    suggestion:
      'Frag, was die Person möchte oder was ihr helfen würde, z. B. „Was brauchst du dafür?“',
  },
  {
    kind: 'pressuring',
    pattern: rx(`${S}(?:du\\s+solltest|solltest\\s+du|sie\\s+sollten|sollten\\s+sie)${E}`),
    message: '„Solltest du …“ klingt nach einem Vorwurf, nicht nach einer Frage.',
    suggestion: 'Frag offen nach ihrer Sicht, z. B. „Wie siehst du das?“',
  },
  {
    kind: 'pressuring',
    pattern: rx(
      `${S}(?:ich\\s+erwarte|erwarte\\s+ich|ich\\s+will\\s+(?:jetzt\\s+|sofort\\s+|endlich\\s+)?(?:wissen|hören|sehen))${E}`,
    ),
    message: 'Eine Erwartung ist keine Frage: Sie setzt unter Druck.',
    suggestion: 'Sag, worum es dir geht, und frag, was realistisch ist.',
  },
  {
    kind: 'pressuring',
    pattern: rx(
      `${S}(?:endlich|sofort|umgehend|unverzüglich|gefälligst|schleunigst)${E}|${S}bis\\s+(?:morgen|heute|spätestens|gleich)${E}`,
    ),
    message: 'Drängen und Fristen setzen unter Druck.',
    suggestion: 'Frag, was bis wann machbar ist und was dafür nötig wäre.',
  },
  {
    kind: 'pressuring',
    pattern: rx(`[,–-]\\s*(?<phrase>klar|verstanden|okay|ok)\\s*\\?`),
    message: '„…, klar?“ lässt keinen Raum für ein Nein.',
    suggestion: 'Lass das Anhängsel weg und frag, wie es für die Person aussieht.',
  },
  // ── Schuld ───────────────────────────────────────────────────────────────────────────────
  {
    kind: 'blaming',
    pattern: rx(`${S}(?:warum|wieso|weshalb)${E}[^?.!]*?${S}(?:nicht|kein\\p{L}*)${E}`),
    message: '„Warum hast du nicht …?“ fragt nach Schuld statt nach dem, was passiert ist.',
    suggestion: 'Frag nach dem Ablauf, z. B. „Was hat dich daran gehindert?“',
  },
  {
    kind: 'blaming',
    pattern: rx(
      `${S}was\\s+(?:ist\\s+(?:eigentlich\\s+|denn\\s+)?los|stimmt\\s+(?:eigentlich\\s+|denn\\s+)?nicht)\\s+mit${E}`,
    ),
    message: 'Das sucht den Fehler bei der Person.',
    suggestion: 'Frag, wie es ihr geht oder was gerade schwierig ist.',
  },
  {
    kind: 'blaming',
    pattern: rx(
      `${S}schuld\\p{L}*|${S}wer\\s+ist\\s+(?:dafür\\s+)?verantwortlich${E}|${S}(?:verbockt|vermasselt|versaut|verbaselt|verpatzt|verbockst|vermasselst)${E}`,
    ),
    message: 'Schuldfragen machen ein 1:1 zum Verhör.',
    suggestion: 'Frag, was ihr gemeinsam daraus lernen könnt.',
  },
  {
    kind: 'blaming',
    pattern: rx(
      `${S}(?:hättest|hätten|hättet)${E}[^?.!,]*?${S}(?:müssen|sollen|können|dürfen)${E}`,
    ),
    message: 'Im Nachhinein ist alles klar: „hättest … müssen“ ist ein Vorwurf.',
    suggestion: 'Frag nach vorn, z. B. „Was würdest du beim nächsten Mal anders machen?“',
  },
  {
    kind: 'blaming',
    pattern: rx(`${S}wie\\s+(?:konnte|kann)\\s+(?:dir|ihnen|euch|man|das|so)${E}`),
    message: '„Wie konnte das passieren?“ klingt nach Vorwurf.',
    suggestion: 'Frag ruhig nach dem Hergang, z. B. „Wie kam es dazu?“',
  },
  {
    kind: 'blaming',
    pattern: rx(`${S}schon\\s+wieder${E}`),
    message: '„Schon wieder“ hält der Person alte Fehler vor.',
    suggestion: 'Sprich über diesen einen Fall.',
  },
  // ── Suggestivfragen ──────────────────────────────────────────────────────────────────────
  {
    kind: 'leading',
    pattern: rx(
      `${S}(?:(?:findest|meinst|glaubst|denkst)\\s+du|(?:finden|meinen|glauben|denken)\\s+sie)\\s+nicht${E}(?:\\s+auch${E})?`,
    ),
    message: '„Findest du nicht auch …?“ gibt die Antwort schon vor.',
    suggestion: 'Frag offen: „Wie siehst du das?“',
  },
  {
    kind: 'leading',
    pattern: rx(
      `[,–-]?\\s*${S}(?<phrase>oder(?:\\s+nicht)?|nicht\\s+wahr|gell|gelle|ne|stimmt['’]?s|richtig)\\s*\\?`,
    ),
    message: 'Ein Anhängsel wie „…, oder?“ drängt zur Zustimmung.',
    suggestion: 'Lass es weg und frag, wie die Person es sieht.',
  },
  {
    kind: 'leading',
    pattern: rx(
      `${S}(?:wir\\s+sind\\s+uns\\s+(?:doch\\s+)?einig|(?:stimmst\\s+du|stimmen\\s+sie)\\s+mir\\s+(?:doch\\s+)?zu|ist\\s+es\\s+nicht\\s+so|wäre\\s+es\\s+nicht\\s+besser|(?:du\\s+(?:bist|willst|hast|findest|weißt|siehst)|sie\\s+(?:sind|wollen|haben|finden|wissen|sehen))\\s+doch(?:\\s+auch|\\s+sicher|\\s+bestimmt)?|ist\\s+(?:das|es)\\s+nicht\\s+(?:eigentlich\\s+|doch\\s+|auch\\s+)?(?:eine?|so|besser|gut|toll|richtig)|(?:du\\s+gibst|sie\\s+geben)\\s+mir\\s+(?:doch\\s+)?recht)${E}`,
    ),
    message: 'Die Frage sucht Zustimmung statt einer Meinung.',
    suggestion: 'Frag nach ihrer Sicht, ohne deine vorwegzunehmen.',
  },
  // ── Unterstellungen ──────────────────────────────────────────────────────────────────────
  {
    kind: 'loaded',
    pattern: rx(
      `${S}(?:offensichtlich|offenbar|natürlich|selbstverständlich|sicherlich|zweifellos|bekanntlich)${E}|${S}(?:du\\s+bist|sie\\s+sind)\\s+(?:sicher|bestimmt|wohl)\\s+(?=\\p{L})`,
    ),
    message: 'Das setzt etwas voraus, das die Person vielleicht anders sieht.',
    suggestion: 'Frag, statt anzunehmen: „Wie geht es dir damit?“',
  },
  {
    kind: 'loaded',
    pattern: rx(`${S}(?:du\\s+(?:wirkst|scheinst)|sie\\s+(?:wirken|scheinen))${E}`),
    message: 'Eine Deutung ihres Zustands kann danebenliegen und in die Ecke drängen.',
    suggestion: 'Frag offen, wie es der Person geht.',
  },
  {
    kind: 'performance-hinting',
    pattern: rx(`${S}(?:hinkst|hinken|hinkt|rückstand\\p{L}*|zurückgefallen|hintertreffen)${E}`),
    message: '„Hinterherhinken“ unterstellt, dass die Person zurückliegt.',
    suggestion: 'Frag, wie sie ihren Fortschritt selbst sieht.',
  },
  {
    kind: 'loaded',
    // „Warum bist du so unmotiviert?“ – the question takes the verdict for granted.
    pattern: rx(
      `${S}(?:warum|wieso|weshalb)\\s+(?:bist\\s+du|sind\\s+sie|machst\\s+du|machen\\s+sie|wirkst\\s+du|wirken\\s+sie)\\s+(?:\\p{L}+\\s+){0,3}?so\\s+\\p{L}+`,
    ),
    message: '„Warum bist du so …?“ setzt ein Urteil voraus und verlangt eine Rechtfertigung.',
    suggestion: 'Beschreib, was du beobachtest, und frag, wie die Person es erlebt.',
  },
  // ── Verallgemeinerungen ──────────────────────────────────────────────────────────────────
  {
    kind: 'loaded',
    pattern: rx(
      `${S}${YOU}\\s+(?:\\p{L}+\\s+){0,2}?(?<phrase>(?<!schon\\s)immer(?!\\s+wieder\\s+gern)|nie|niemals|ständig|dauernd|andauernd|jedes\\s+mal)${E}`,
    ),
    message: '„Immer“ und „nie“ verallgemeinern und machen aus einem Fall einen Charakterzug.',
    suggestion: 'Sprich über einen konkreten Fall.',
  },
  // ── Kleinreden ───────────────────────────────────────────────────────────────────────────
  {
    kind: 'pressuring',
    pattern: rx(
      `${S}(?:(?:doch|nicht|halt|eben)\\s+einfach|einfach\\s+(?:mal|schnell|kurz)|mal\\s+(?:eben|kurz|schnell)|(?:kurz|schnell)\\s+mal|nur\\s+(?:eine?\\s+)?kleinigkeit|(?:ist|war|sind)\\s+doch\\s+nur|halb\\s+so\\s+wild|nicht\\s+so\\s+schlimm|so\\s+schwer\\s+kann\\s+(?:das|es)\\s+(?:doch\\s+)?nicht\\s+sein|stell\\s+dich\\s+nicht\\s+so\\s+an|stellen\\s+sie\\s+sich\\s+nicht\\s+so\\s+an|kein\\s+(?:ding|drama))${E}`,
    ),
    message: 'Das redet klein, was für die Person vielleicht groß ist.',
    suggestion: 'Frag, wie aufwendig oder wichtig es für sie ist.',
  },
  // ── Forderungen ──────────────────────────────────────────────────────────────────────────
  {
    kind: 'interrogating',
    pattern: rx(
      `${S}(?:(?:sei|seid|seien\\s+sie)\\s+(?:mal\\s+)?(?:ganz\\s+)?ehrlich|sag(?:en\\s+sie)?\\s+mir\\s+(?:jetzt\\s+|endlich\\s+)?die\\s+wahrheit|sag(?:en\\s+sie)?\\s+(?:mir\\s+)?(?:jetzt\\s+|mal\\s+)?ehrlich|raus\\s+mit\\s+der\\s+sprache|gib(?:\\s+es)?\\s+zu|geben\\s+sie(?:\\s+es)?\\s+zu|sag\\s+schon)${E}`,
    ),
    message: 'Ehrlichkeit lässt sich nicht verlangen; das unterstellt, dass die Person ausweicht.',
    suggestion: 'Schaff Raum: „Magst du erzählen, wie es dir damit geht?“',
  },
  // ── Leistung angedeutet ──────────────────────────────────────────────────────────────────
  {
    kind: 'performance-hinting',
    pattern: rx(
      `${S}(?:(?:muss|sollte)\\s+ich\\s+mir\\s+(?:\\p{L}+\\s+)?sorgen|(?:leistung\\p{L}*|arbeit)\\s+(?:lässt|lassen|ließ)\\s+(?:\\p{L}+\\s+){0,4}?nach|nachgelassen|(?:leistungs|verbesserungs)(?:plan|gespräch)\\p{L}*|unter\\s+(?:den|unseren|meinen)\\s+erwartungen|nicht\\s+(?:mehr\\s+)?mithalten|abgemahnt|abmahnung)${E}`,
    ),
    message: 'Das deutet ein Leistungsproblem an, ohne es offen anzusprechen.',
    suggestion:
      'Sprich eine konkrete Beobachtung offen an, oder frag, wie die Person ihre Arbeit selbst sieht.',
  },
  // ── Spitz ────────────────────────────────────────────────────────────────────────────────
  {
    kind: 'passive-aggressive',
    pattern: rx(
      `${S}(?:wie\\s+(?:schon|bereits)\\s+(?:\\p{L}+\\s+)?(?:gesagt|erwähnt|besprochen|angekündigt)|(?:nur|noch\\s+mal|nochmal)\\s+zur\\s+erinnerung|freundliche\\s+erinnerung|zum\\s+(?:x-ten|wiederholten|dritten|hundertsten)\\s+mal|ich\\s+sage\\s+es\\s+(?:noch|nur)\\s+(?:ein)?mal|nicht\\s+(?:dass|das)\\s+ich\\s+(?:es|das)\\s+nicht\\s+(?:gesagt|erwähnt)\\s+hätte)${E}`,
    ),
    message: 'Das klingt nach Vorhaltung: die Frage hat einen spitzen Unterton.',
    suggestion: 'Sag offen, was dir wichtig ist, und frag dann, was die Person braucht.',
  },
  // ── Verhör ───────────────────────────────────────────────────────────────────────────────
  {
    kind: 'interrogating',
    pattern: rx(
      `${S}(?:wo\\s+(?:warst|waren)\\s+(?:du|sie)|wie\\s+viele\\s+stunden\\s+(?:hast|haben)|was\\s+(?:hast\\s+du|haben\\s+sie)\\s+(?:eigentlich\\s+|denn\\s+)?(?:den\\s+ganzen\\s+tag|die\\s+ganze\\s+zeit)|(?:rechtfertige|rechtfertigen|erklär|erklären\\s+sie)\\s+(?:dich|sich|mir))${E}`,
    ),
    message: 'Das verlangt Rechenschaft über Zeit oder Aufenthalt: ein Verhör, kein Gespräch.',
    suggestion: 'Frag, woran die Person gerade arbeitet und was sie dabei aufhält.',
  },
  // ── Geschlossen ──────────────────────────────────────────────────────────────────────────
  {
    kind: 'closed',
    // Ja/Nein nach dem Befinden oder dem Stand: „Läuft alles gut?“ bekommt ein „Ja“ und endet.
    // Angebote („Gibt es etwas, das ich …“, „Magst du …“) und die Bitte um Erlaubnis („Ist es
    // okay, wenn wir …“) bleiben unberührt.
    pattern: rx(
      `^\\s*(?<phrase>(?:läuft|klappt|passt)\\s+(?:(?:es|alles|das|soweit|so\\s+weit|bei\\s+(?:dir|ihnen))\\s+){1,3}(?:gut|rund|okay|ok|glatt|nach\\s+plan)|(?:ist|war)\\s+(?:soweit\\s+|so\\s+weit\\s+)?(?:alles|es)\\s+(?:gut|okay|ok|in\\s+ordnung|klar|fein)|(?:bist\\s+du|sind\\s+sie)\\s+(?:\\p{L}+\\s+)?(?:zufrieden|glücklich|happy|motiviert)|(?:geht|ging)\\s+es\\s+(?:dir|ihnen)\\s+gut)${E}(?![^?]*,\\s*(?:wenn|dass|falls|ob)${E})[^?]*\\?\\s*$`,
    ),
    message: 'Eine Ja/Nein-Frage zum Befinden bekommt meist ein „Ja, passt“ und beendet das Thema.',
    suggestion: 'Öffne sie mit „Wie“ oder „Was“, z. B. „Wie läuft es aus deiner Sicht?“',
  },
  // ── Zwei Fragen in einer ────────────────────────────────────────────────────────────────
  {
    kind: 'double-barrelled',
    // A second full question after „, und …“: „Wie läuft es mit dem Kunden, und wie geht es dir?“
    pattern: rx(
      `,\\s*(?<phrase>und\\s+(?:wie|was|wo|wann|warum|wer|welche\\p{L}*)\\s+(?:geht|läuft|ist|sind|hast|haben|bist|machst|machen|denkst|denken|findest|finden|siehst|sehen)\\s+(?:es|du|sie|das|ihr)${E}[^?]*)\\?`,
    ),
    message: 'Zwei Fragen auf einmal lassen sich schwer gut beantworten.',
    suggestion: 'Stell eine Frage nach der anderen; die zweite passt gut als Nachfrage.',
  },
];

export const GERMAN_DOUBLE_QUESTION = {
  kind: 'double-barrelled' as const,
  message: 'Zwei Fragen auf einmal lassen sich schwer gut beantworten.',
  suggestion: 'Stell eine Frage nach der anderen; die zweite passt gut als Nachfrage.',
};
