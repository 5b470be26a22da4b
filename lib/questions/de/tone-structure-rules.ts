/**
 * German tone rules that hear the SHAPE of a question rather than its phrases, the third layer after
 * the wording rules (./tone-rules.ts) and the intent rules (./tone-intent-rules.ts). Phrase lists
 * catch the wordings they were written from and miss the next one; these rules pair a grammatical
 * frame with a small open lexicon, so a new wording of the same move is heard:
 *
 * - a yes/no question (finite verb first, no W-word, no „oder“ choice) about a feeling or a verdict
 *   („War die Woche in Ordnung für dich?“, „Passt Ihnen …?“), while offers and permission
 *   („Möchtest du, dass ich …“, „Darf ich …“, „Soll ich …“) pass;
 * - a statement with a confirmation tail („…, nicht?“, „… – du etwa nicht?“, „…, da sind Sie bei
 *   mir?“) and a negated suggestion put first („Wäre es nicht …“, „Solltest du nicht …“);
 * - consent taken for granted („…, das ist ja kein Problem?“, „fest damit rechnen, dass …“), a false
 *   choice between two deadlines and „wann genau bekomme ich …“;
 * - a failure framed as a puzzle („Wie ist es passiert, dass du … ohne Freigabe …“), an excuse
 *   expected („Welche Ausrede …“), damage held up („Ist Ihnen klar, was … gekostet hat?“);
 * - a trait presupposed by a noun or adjective („deine Schusseligkeit“, „Ihre ablehnende Haltung“,
 *   „deine ständigen …“, „so schlecht mit Kritik“, „keine Lust mehr“);
 * - standing questioned through the future or the boss („Siehst du dich auf Dauer …?“, „wenn es so
 *   weitergeht“, „die Geschäftsführung fragt nach Ihnen“);
 * - sarcasm through thanks for a failure, „zur Abwechslung“, „diesmal vollständig“, „also doch“;
 * - a second question opened by any other interrogative („welche“, „wie viel“, „seit wann“).
 *
 * Same conventions as the other two layers: Unicode word edges, case-insensitive, du and Sie in
 * every rule, an optional named group `phrase` for the words shown.
 */
import type { GermanToneRule } from './tone-rules';
import { E, S } from './tone-rules';

const rx = (source: string): RegExp => new RegExp(source, 'giu');
const words = (...parts: string[]): RegExp => rx(parts.map((p) => `${S}(?:${p})${E}`).join('|'));
const gap = (n: number): string => `(?:\\p{L}+[\\s,]+){0,${n}}?`;

const DU_SIE = '(?:du|sie|ihr)';
const DIR = '(?:dir|ihnen|euch)';
const DICH = '(?:dich|sie|euch)';
const DEIN =
  '(?:dein|deine|deinen|deinem|deiner|deines|ihr|ihre|ihren|ihrem|ihrer|ihres|euer|eure|euren|eurem|eurer)';

/** Words that open a W-question, for the question-shape checks. */
const W =
  'wie|was|wo|wann|warum|wieso|weshalb|wer|wen|wem|wessen|welche\\p{L}*|woran|worauf|wobei|womit|wofür|wovon|wozu|worüber|wohin|woher|wodurch|worin|inwiefern|inwieweit|seit\\s+wann|bis\\s+wann|wie\\s+viel\\p{L}*';

/**
 * First words that are not a finite verb: pronouns, articles, possessives, conjunctions,
 * prepositions. What is left in first place of a question is (nearly always) its verb.
 */
const NOT_A_VERB = `(?:${W}|und|oder|aber|also|sonst|denn|wenn|falls|ob|dass|weil|als|seit|bevor|nachdem|damit|sobald|solange|obwohl|ich|du|sie|er|es|wir|ihr|man|das|der|die|den|dem|des|ein|eine|einen|einem|einer|dies\\p{L}*|jede\\p{L}*|mein\\p{L}*|dein\\p{L}*|sein\\p{L}*|unser\\p{L}*|euer|eure\\p{L}*|ihre\\p{L}*|mit|bei|für|von|zu|zum|zur|an|am|auf|in|im|aus|nach|über|unter|vor|ohne|gegen|um|durch|zwischen|neben|heute|morgen|gestern|jetzt|hier|da|dann|so|noch|schon|nur|auch|ach|oh|na|ja|nein|okay|ok|danke|bitte|erzähl\\p{L}*|sag|sagen|stell|nenn\\p{L}*|beschreib\\p{L}*|schildere|magst|möchtest|möchten|willst|wollen|wollt|darf|dürfen|soll|sollen|kann|können|würde|wäre|hilft|hätte|hättest|hätten|gibt|gab|fällt|fiel)`;

/**
 * A feeling, a verdict or a state: the words a yes/no check-in asks about, so the only answers
 * are „ja“ and „passt schon“. Open on purpose (participles and adjectives by stem).
 */
const VERDICT =
  'zufrieden\\p{L}*|einverstanden|in\\s+ordnung|okay|ok|gut|besser|schlecht|zurecht\\p{L}*|wohl\\p{L}*|glücklich|happy|klar|spaß|freude|gefall\\p{L}*|gefällt|gefiel|passt|passen|gepasst|läuft|lief|gelaufen|klappt|klappte|geklappt|hilfreich|nützlich|fair|angenehm|stimmig|sinnvoll|verständlich|motiviert|froh|recht|gelungen|erfolgreich|zufriedenstellend|angekommen|eingelebt|ausgelastet|überlastet|überfordert|gestresst|fein|prima|super|toll|schön|entspannt|sicher|wertgeschätzt|unterstützt|fit';

/** A verdict carried by the verb itself, first in the question: „Passt Ihnen …?“, „Gefällt dir …?“ */
const VERDICT_VERB =
  'passt|passte|gefällt|gefiel|klappt|klappte|läuft|lief|taugt|reicht|genügt|behagt|liegt|gelingt|gelang';

/** Moments a deadline is set in: „heute“, „morgen früh“, „Freitag“, „diese Woche“. */
const WHEN =
  '(?:heute|morgen|übermorgen|gleich|sofort|jetzt|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|(?:diese|nächste|kommende)\\s+woche|ende\\s+der\\s+woche)(?:\\s+(?:früh|vormittag|mittag|nachmittag|abend|morgen))?';

/** A failure the person is held to: what „Wie ist es passiert, dass …“ wraps. */
const FAILURE =
  'vergessen|verpasst|verschlafen|übersehen|ignoriert|versäumt|verpatzt|verbockt|vermasselt|verloren|gelöscht|kaputt\\p{L}*|falsch|schief\\p{L}*|zu\\s+spät|ohne\\s+(?:freigabe|absprache|rücksprache|erlaubnis|genehmigung|abstimmung|bescheid)|nicht\\s+(?:geschafft|erledigt|fertig|eingehalten|gemeldet|geliefert|gemacht|bescheid|erschienen|reagiert)|kein\\p{L}*\\s+(?:bescheid|rückmeldung|antwort)';

/** Negative traits as nouns: what „deine …“ presupposes. */
const TRAIT_NOUN =
  'schusseligkeit|vergesslichkeit|unzuverlässigkeit|unpünktlichkeit|trägheit|faulheit|bequemlichkeit|desinteresse|gleichgültigkeit|lustlosigkeit|unlust|sturheit|starrsinn|empfindlichkeit|überempfindlichkeit|dünnhäutigkeit|schlamperei|schlampigkeit|nachlässigkeit|ungeduld|arroganz|überheblichkeit|negativität|passivität|respektlosigkeit|unfreundlichkeit|launen\\p{L}*|gereiztheit|ausreden|ausflüchte|allüren|egoismus|planlosigkeit|chaos|unordnung|blockade\\p{L}*|verweigerung\\p{L}*|versäumnisse|patzer|fehlzeiten|eskapaden';

/** Negative adjectives in front of a neutral noun: „Ihre ablehnende Haltung“. */
const NEGATIVE_STANCE =
  '(?:ablehnend|negativ|abwehrend|destruktiv|respektlos|gleichgültig|bockig|passiv|defensiv|abweisend|feindselig|stur|trotzig|herablassend|arrogant|überheblich|unkooperativ|unprofessionell|nachlässig|schlampig|gereizt|unmotiviert|lustlos|desinteressiert|verweigernd|ständig|ewig|dauernd|andauernd|permanent|notorisch|chronisch)\\p{L}*\\s+\\p{L}+';

/** Negative traits as adjectives, after „so“, „zu“, „immer“: „dass du so schlampig bist“. */
const TRAIT_ADJECTIVE =
  'schlampig|schusselig|vergesslich|unzuverlässig|unpünktlich|faul|träge|bequem|stur|empfindlich|dünnhäutig|unmotiviert|lustlos|desinteressiert|nachlässig|arrogant|überheblich|ungeduldig|unfreundlich|unhöflich|respektlos|egoistisch|planlos|chaotisch|kritikunfähig|beratungsresistent|nachtragend|unflexibel|ignorant|negativ|passiv|schlecht|wenig|selten|ungern';

/** A second-person subject after the verb. */
const YOU_AFTER = '(?:du|sie|ihr)';

export const GERMAN_STRUCTURE_RULES: readonly GermanToneRule[] = [
  // ── Geschlossen: Entscheidungsfrage über ein Gefühl oder ein Urteil ───────────────────────
  {
    kind: 'closed',
    // Verb first (not a W-word, pronoun, article, preposition, conjunction or offer), a verdict
    // word in the main clause, no „oder“ choice: „War die Woche in Ordnung für dich?“, „Passt
    // Ihnen die neue Verteilung?“, „Bist du mit … einverstanden?“.
    pattern: rx(
      `^\\s*(?!${NOT_A_VERB}${E})(?<phrase>\\p{L}+(?:\\s+[^\\s,;:?–—]+){0,8}?\\s+(?:${VERDICT})|(?:${VERDICT_VERB})\\s+(?:${DIR}|das|es|die|der|den|dein\\p{L}*|ihr\\p{L}*|euer|eure\\p{L}*))${E}(?![^?]*${S}oder${E})[^,;:?–—]*\\?\\s*$`,
    ),
    message:
      'Eine Ja/Nein-Frage nach einem Urteil bekommt meist ein „Passt schon“ und beendet das Thema.',
    suggestion: 'Öffne sie mit „Wie“ oder „Was“, z. B. „Wie hast du die Woche erlebt?“',
  },
  // ── Suggestiv: Bestätigung angehängt, Vorschlag verneint vorangestellt ───────────────────
  {
    kind: 'leading',
    pattern: words(
      // „…, nicht?“, „…, ne?“, „…, gelle?“, „…, richtig?“ at the end of a statement
      `(?<=[,–—-]\\s*)(?:nicht|ne|nich|gelle|gell|richtig|stimmt['']?s|oder\\s+nicht|woll|wa)(?=\\s*\\?\\s*$)`,
      // „… – du etwa nicht?“, „…, Sie doch auch?“
      `(?<=[,–—-]\\s*)(?:und\\s+)?${DU_SIE}\\s+(?:etwa|denn|doch|wohl|sicher)\\s+(?:auch\\s+)?(?:nicht|auch)(?=\\s*\\?\\s*$)`,
      // „…, findest du nicht?“, „…, meinen Sie nicht auch?“, „…, siehst du das nicht genauso?“
      `(?<=[,–—-]\\s*)(?:oder\\s+)?\\p{L}+\\s+${YOU_AFTER}\\s+(?:das\\s+|es\\s+|mir\\s+)?(?:denn\\s+|etwa\\s+)?nicht\\s*(?:auch|genauso|ebenso|so)?(?=\\s*\\?\\s*$)`,
      // agreement with me asked for: „da sind Sie sicher bei mir?“, „Du gibst mir recht?“
      `(?:bist\\s+du|sind\\s+sie|seid\\s+ihr)\\s+${gap(2)}(?:bei\\s+mir|auf\\s+meiner\\s+seite|meiner\\s+meinung|mit\\s+mir\\s+einer\\s+meinung)|${DU_SIE}\\s+(?:\\p{L}+\\s+)?(?:gibst|geben|gebt)\\s+mir\\s+${gap(1)}recht|${DU_SIE}\\s+(?:stimmst|stimmen|stimmt)\\s+mir\\s+${gap(1)}zu`,
    ),
    message: 'Die angehängte Bestätigung hält die Antwort schon bereit.',
    suggestion: 'Frag nach ihrer Sicht, bevor du deine nennst, z. B. „Wie siehst du das?“',
  },
  {
    kind: 'leading',
    // A negated suggestion put first: „Wäre es nicht klüger …“, „Solltest du nicht …“,
    // „Müssten Sie nicht …“. The „nicht“ is in the main clause, not after a comma.
    pattern: rx(
      `^\\s*(?<phrase>(?:wäre|wär|wären|sollte|solltest|sollten|müsste|müsstest|müssten|könnte|könntest|könnten|würde|würdest|würden|hätte|hättest|hätten)\\s+(?:[^\\s,;:?]+\\s+){0,4}?nicht)${E}`,
    ),
    message: 'Ein verneinter Vorschlag als Frage („Wäre es nicht …?“) legt die Antwort nahe.',
    suggestion: 'Frag nach den Möglichkeiten, z. B. „Welche Wege siehst du?“',
  },
  // ── Druck: Zustimmung vorausgesetzt, Scheinwahl zwischen Fristen ─────────────────────────
  {
    kind: 'pressuring',
    pattern: words(
      `(?:das|es)\\s+(?:ist|wäre|sollte|dürfte)\\s+(?:ja|doch|wohl|sicher|bestimmt)\\s+(?:\\p{L}+\\s+)?(?:kein|keine)\\s+(?:problem|thema|hürde|sache|aufwand|ding)`,
      `(?:das|es)\\s+(?:geht|passt|klappt)\\s+(?:sich\\s+)?(?:ja|doch|sicher|bestimmt|schon)\\s+(?:\\p{L}+\\s+)?(?:aus|klar|rein|noch)(?=\\s*\\?)`,
      `(?:fest\\s+)?(?:damit|darauf)\\s+(?:rechnen|zählen|bauen|verlassen),?\\s+dass\\s+${DU_SIE}`,
      `(?:ich|wir)\\s+(?:rechne|rechnen|zähle|zählen|baue|bauen)\\s+(?:fest\\s+)?(?:damit|darauf)|fest\\s+(?:damit|davon)\\s+(?:rechnen|ausgehen)`,
      `(?:bekomme|kriege|erhalte|habe|sehe)\\s+ich\\s+[^?]*?${WHEN}\\s+oder\\s+(?:erst\\s+|spätestens\\s+)?${WHEN}`,
      `(?:fertig|erledigt|geliefert|abgegeben|geschickt|verschickt|fertiggestellt|durch)\\s*[,–—]?\\s*${WHEN}\\s+oder\\s+(?:erst\\s+|spätestens\\s+)?${WHEN}`,
      `(?:bis\\s+)?wann\\s+(?:genau|denn\\s+nun|jetzt\\s+endlich)\\s+(?:bekomme|kriege|erhalte|habe|sehe)\\s+ich|wann\\s+genau\\s+(?:kann|darf)\\s+ich\\s+${gap(4)}rechnen`,
    ),
    message: 'Das setzt ein Ja voraus, statt zu fragen, was möglich ist.',
    suggestion:
      'Sag, was gebraucht wird, und frag, was realistisch ist, z. B. „Was wäre für dich machbar?“',
  },
  // ── Schuld: der Fehler als Rätsel, die Ausrede erwartet, der Schaden vorgehalten ─────────
  {
    kind: 'blaming',
    pattern: words(
      `wie\\s+(?:ist|konnte|kann|könnte)\\s+es\\s+(?:dazu\\s+|denn\\s+|eigentlich\\s+)*(?:passieren|passiert|gekommen|kommen|sein),?\\s+dass\\s+[^?]*?${S}(?:${FAILURE})`,
      `${S}ausrede\\p{L}*|(?:welche|was\\s+für\\s+eine?)\\s+(?:erklärung|begründung|entschuldigung|geschichte)\\s+[^?]*?(?:diesmal|dieses\\s+mal|schon\\s+wieder|jetzt\\s+wieder|denn\\s+nun)`,
      `(?:ist\\s+${DIR}|${DIR}\\s+ist)\\s+${gap(2)}(?:klar|bewusst),?\\s+(?:was|wie\\s+viel|wie\\s+sehr|welche\\p{L}*)\\s+[^?]*?(?:gekostet|angerichtet|verursacht|ausgelöst|geschadet|kaputt\\s*gemacht|bedeutet\\s+hat)`,
      `(?:weißt\\s+du|wissen\\s+sie)\\s+${gap(2)}(?:was|wie\\s+viel)\\s+[^?]*?(?:gekostet|angerichtet|verursacht|ausgelöst|geschadet)`,
      `wer\\s+hat\\s+${DIR}\\s+(?:denn\\s+|eigentlich\\s+|bitte\\s+)?(?:gesagt|erlaubt|erzählt|aufgetragen|das\\s+recht\\s+gegeben),?\\s+dass`,
    ),
    message: 'Die Frage verlangt, dass die Person einen Fehler verteidigt.',
    suggestion:
      'Frag, was passiert ist und was beim nächsten Mal helfen würde, z. B. „Was kam dazwischen?“',
  },
  // ── Unterstellung: eine Eigenschaft, als Nomen oder Adjektiv vorausgesetzt ────────────────
  {
    kind: 'loaded',
    pattern: words(
      `${DEIN}\\s+(?:\\p{L}+\\s+)?(?:${TRAIT_NOUN})`,
      `${DEIN}\\s+${NEGATIVE_STANCE}`,
      `(?:${DU_SIE}|${DIR}|${DICH})\\s+${gap(4)}(?:so|zu|immer|ständig|dauernd|ziemlich|derart)\\s+(?:${TRAIT_ADJECTIVE})`,
      `(?:seit\\s+wann|warum|wieso|weshalb|woher|wie\\s+kommt\\s+es)\\s+[^?]*?kein\\p{L}*\\s+(?:lust|bock|interesse|motivation|energie|antrieb|ehrgeiz|elan)\\s+mehr`,
    ),
    message: 'Die Frage nimmt eine Eigenschaft der Person als gegeben; jede Antwort bestätigt sie.',
    suggestion:
      'Beschreib eine konkrete Beobachtung und frag, wie die Person sie sieht, z. B. „Mir ist … aufgefallen; wie war das für dich?“',
  },
  // ── Leistung angedeutet: die Zukunft, die Chefetage, das „noch“ ──────────────────────────
  {
    kind: 'performance-hinting',
    pattern: words(
      `(?<=^\\s*)(?:siehst\\s+du\\s+dich|sehen\\s+sie\\s+sich)\\s+[^?]*?(?:auf\\s+dauer|langfristig|weiterhin|wirklich|überhaupt|noch)[^?]*?(?:hier|team|bei\\s+uns|firma|unternehmen|abteilung|rolle|job|stelle|position)(?![^?]*${S}oder${E})`,
      `wenn\\s+(?:es|das)\\s+(?:\\p{L}+\\s+)?so\\s+weiter\\s*(?:geht|läuft)|noch\\s+(?:eine\\s+)?zukunft`,
      `(?:geschäftsführung|leitung|vorstand|personalabteilung|hr|chefin|chef|chefetage|führung|bereichsleit\\p{L}*|abteilungsleit\\p{L}*)\\s+${gap(2)}(?:fragt|fragte|hat\\s+\\p{L}*\\s*gefragt|erkundigt\\s+sich|interessiert\\s+sich|redet|spricht|hat\\s+\\p{L}+\\s+gesprochen)\\s+${gap(2)}(?:nach|über|wegen)\\s+(?:dich|dir|sie|ihnen|euch|${DEIN}\\p{L}*)`,
      `hat\\s+sich\\s+${gap(2)}(?:nach|über)\\s+(?:dich|dir|sie|ihnen|euch)\\s+(?:erkundigt|informiert|beschwert)`,
      `(?:passt|funktioniert|klappt)\\s+(?:das|es)\\s+${gap(2)}mit\\s+uns|ob\\s+(?:das|es)\\s+(?:mit\\s+uns\\s+)?noch\\s+(?:passt|funktioniert|klappt)`,
      `(?:(?:glaubst|denkst|meinst)\\s+du|(?:glauben|denken|meinen)\\s+sie),?\\s+(?:dass\\s+)?${DU_SIE}\\s+[^?]*?(?:schaffst|schaffen|halten\\s+(?:kannst|können)|gewachsen|packst|packen|hinkriegst|hinkriegen|stemmst|stemmen|mithalten|gerecht\\s+(?:wirst|werden))(?:\\s+(?:bist|sind|seid|wirst|werden|kannst|können))?(?=\\s*\\?)`,
    ),
    message:
      'Das deutet an, dass die Stellung der Person in Frage steht, ohne zu sagen, worum es geht.',
    suggestion:
      'Wenn es eine Sorge gibt, sprich sie offen und freundlich an; sonst frag, wie es für die Person läuft.',
  },
  // ── Spitz: Dank für ein Versäumnis, „zur Abwechslung“, „also doch“ ───────────────────────
  {
    kind: 'passive-aggressive',
    pattern: words(
      `(?:danke|vielen\\s+dank|schön|nett|toll|super),?\\s+dass\\s+[^?]*?(?:ignorier|vergess|übergeh|übergang|überhör|verschlaf|herabgelass|bequemt|geruht)\\p{L}*`,
      `zur\\s+abwechslung|(?:diesmal|dieses\\s+mal|ausnahmsweise|wenigstens|endlich\\s+mal)\\s+${gap(2)}(?:vollständig|pünktlich|rechtzeitig|richtig|ordentlich|komplett|sorgfältig|fehlerfrei|korrekt|gründlich)`,
      `${DU_SIE}\\s+(?:\\p{L}+\\s+){1,3}also\\s+doch|(?:ach|oh|na|aha|sieh\\s+(?:mal\\s+)?an)\\s*[,!]\\s*[^?]*?(?:also\\s+doch|doch\\s+noch|auf\\s+einmal|plötzlich|endlich|auch\\s+mal)`,
      `wie\\s+(?:schon\\s+|bereits\\s+)?(?:\\p{L}+mal\\s+|x-mal\\s+|mehrfach\\s+|oft\\s+)?(?:besprochen|vereinbart|abgemacht|ausgemacht|angekündigt|gefordert)`,
      `(?:frage|sage|bitte|erinnere)\\s+${gap(2)}zum\\s+(?!ersten)(?:\\p{L}+ten|\\d+\\.|x-ten|wiederholten)\\s+mal`,
    ),
    message: 'Das klingt nach einer Spitze und bringt die Person in Verteidigung.',
    suggestion: 'Lass die Spitze weg und stell die Frage schlicht, als wäre es das erste Mal.',
  },
  // ── Verhör: Privates und Kontrolle ───────────────────────────────────────────────────────
  {
    kind: 'interrogating',
    pattern: words(
      `mit\\s+wem\\s+(?:hast\\s+du|haben\\s+sie)\\s+[^?]*?(?:gestern|vorhin|letzte\\p{L}*\\s+\\p{L}+|am\\s+\\p{L}+tag|mittag\\p{L}*|pause|feierabend)[^?]*?(?:getroffen|gegessen|verabredet|telefoniert|gechattet|geschrieben|gesprochen|geredet)`,
      `(?:warum|wieso|weshalb)\\s+(?:warst\\s+du|waren\\s+sie)\\s+[^?]*?(?:nicht|kaum)\\s+(?:am\\s+platz|erreichbar|online|im\\s+büro|da|anwesend|zu\\s+erreichen)`,
      `(?:angebot|jobangebot)\\s+${gap(3)}(?:konkurrenz|woanders|anderswo|headhunter\\p{L}*)|(?:konkurrenz|headhunter\\p{L}*)\\s+${gap(3)}(?:abgeworben|abwerben|angesprochen|kontaktiert|gemeldet)`,
      `(?:zeig|zeigen\\s+sie)\\s+mir\\s+${gap(2)}${DEIN}\\s+(?:kalender|postfach|mails|e-mails|chat\\p{L}*|verlauf|browserverlauf|nachrichten|handy|telefon|stundenzettel)`,
    ),
    message: 'Das verlangt Rechenschaft über Privates oder Zeit: ein Verhör, kein Gespräch.',
    suggestion: 'Frag nach der Arbeit und danach, was helfen würde.',
  },
  // ── Zwei Fragen in einer: jedes andere Fragewort ─────────────────────────────────────────
  {
    kind: 'double-barrelled',
    // „Wie fandest du den Workshop, und welche Themen …?“: the second clause opens with any other
    // interrogative, including „welche“, „wie viel“, „seit wann“, „wozu“.
    pattern: rx(
      `^\\s*(?<w>${W})${E}(?:[\\s,]+[\\p{L}\\p{N}'-]+)+?[\\s,]+(?<phrase>(?:und|oder|sowie)\\s+(?!\\k<w>${E})(?:(?!welch)(?:${W})|(?<!^\\s*welch[^?]*)welch\\p{L}*)${E}\\s+\\p{L}+\\s+\\p{L}+[^?]*)\\?`,
    ),
    message: 'Zwei Fragen auf einmal lassen sich schwer gut beantworten.',
    suggestion: 'Stell eine Frage nach der anderen; die zweite passt gut als Nachfrage.',
  },
];
