/**
 * German tone rules that hear intent rather than trigger words, the German half of
 * lib/questions/tone-intent-rules.ts: a question can carry no harsh word and still ask someone to
 * account for their hours ("Was genau hast du gestern von acht bis fünf gemacht?"), remind them of
 * what "ich schon dreimal gesagt habe", hint that their standing is in doubt ("Kommst du mit dem
 * Tempo der anderen noch mit?"), wrap blame in curiosity ("Was hast du dir dabei gedacht?"), seek
 * agreement with a "doch" ("Das lief doch gut?") or close a door a "Wie" would open ("Macht dir
 * die Arbeit Spaß?").
 *
 * Written for German grammar, not translated: a yes/no question puts the verb first ("Macht dir
 * …", "Kommst du …", "Haben Sie …"), so the closed and the pressing rules anchor on a leading verb,
 * while the same words in a subordinate clause ("…, damit du das schaffst") stay quiet; separable
 * verbs are heard in both halves ("kommst … mit", "mitkommen"); every rule that speaks to the person
 * hears du and Sie (dir/Ihnen, dein/Ihr, dich/sich). Same conventions as ./tone-rules.ts: Unicode
 * word edges, case-insensitive, compiled once, an optional named group `phrase` for the words shown.
 */
import type { GermanToneRule } from './tone-rules';
import { E, S } from './tone-rules';

const rx = (source: string): RegExp => new RegExp(source, 'giu');
/** Alternatives, each a whole word or phrase between Unicode word edges. */
const words = (...parts: string[]): RegExp => rx(parts.map((p) => `${S}(?:${p})${E}`).join('|'));

/** The person asked, as subject after the verb: „hast du“, „haben Sie“. */
const DU_SIE = '(?:du|sie|ihr)';
/** Dative and accusative of both forms: „dir/dich/Ihnen/sich“. */
const DIR = '(?:dir|ihnen|euch)';
const DICH = '(?:dich|sie|euch)';
/** „dein/Ihr“ in every case. */
const DEIN =
  '(?:dein|deine|deinen|deinem|deiner|deines|ihr|ihre|ihren|ihrem|ihrer|ihres|euer|eure)';
/** Up to n filler words ("denn", "eigentlich", a noun): keeps a rule from reading past the clause. */
const gap = (n: number): string => `(?:\\p{L}+\\s+){0,${n}}?`;
/** A clock time, in figures or words: „neun“, „9“, „9:30“, „halb zehn“. */
const CLOCK =
  '(?:\\d{1,2}(?:[:.]\\d{2})?|halb\\s+\\p{L}+|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)';
/** Question words that open a W-question. */
const W =
  'wie|was|wo|wann|warum|wieso|weshalb|wer|wen|wem|wessen|welche\\p{L}*|woran|worauf|wobei|womit|wofür|wovon|wozu|worüber|wohin|woher|wodurch|inwiefern|inwieweit';

export const GERMAN_INTENT_RULES: readonly GermanToneRule[] = [
  // ── Verhör: Rechenschaft über Stunden, Aufenthalt, jeden Schritt ─────────────────────────
  {
    kind: 'interrogating',
    pattern: words(
      `was\\s+genau\\s+(?:hast\\s+du|haben\\s+sie|habt\\s+ihr)\\s+(?:gestern|heute|vorhin|eben|am\\s+\\p{L}+|den\\s+ganzen|die\\s+ganze|von|zwischen|in\\s+der\\s+zeit)`,
      `(?:von|zwischen)\\s+${CLOCK}\\s+(?:uhr\\s+)?(?:bis|und)\\s+${CLOCK}(?=[^?]*(?:gemacht|getan|gewesen|gesteckt|gearbeitet))`,
      `(?:gemacht|getan|gewesen|gesteckt|gearbeitet|warst\\s+du|waren\\s+sie)${gap(4)}\\s*(?:von|zwischen)\\s+${CLOCK}\\s+(?:uhr\\s+)?(?:bis|und)\\s+${CLOCK}`,
      `was\\s+(?:machst\\s+du|machen\\s+sie|tust\\s+du|tun\\s+sie)\\s+(?:eigentlich\\s+|denn\\s+|so\\s+)*(?:den\\s+ganzen\\s+tag|die\\s+ganze\\s+zeit)`,
      `wo\\s+(?:hast\\s+du|haben\\s+sie|habt\\s+ihr)\\s+${gap(2)}gesteckt|wo\\s+(?:steckst\\s+du|stecken\\s+sie)|wohin\\s+(?:bist\\s+du|sind\\s+sie)\\s+${gap(2)}verschwunden`,
      `(?:ausgeloggt|abgemeldet|ausgestempelt|ausgecheckt)|(?:so\\s+)?früh\\s+(?:gegangen|weg|abgehauen|feierabend\\s+gemacht)|(?:so\\s+)?spät\\s+(?:gekommen|angefangen|eingeloggt|angemeldet)`,
      `wann\\s+(?:bist\\s+du|sind\\s+sie|hast\\s+du|haben\\s+sie)\\s+${gap(3)}(?:gekommen|gegangen|angekommen|losgegangen|angefangen|aufgehört|feierabend\\s+gemacht)`,
      `um\\s+wie\\s+viel\\s+uhr\\s+(?:bist\\s+du|sind\\s+sie|hast\\s+du|haben\\s+sie)\\s+${gap(3)}(?:gekommen|gegangen|angefangen|aufgehört|angemeldet|eingeloggt)`,
      `(?:status|teams|slack)\\s+${gap(4)}(?:abwesend|offline|inaktiv)`,
      `wie\\s+lange\\s+(?:war|dauerte|ging)\\s+(?:${DEIN}|die|eure)\\s+\\p{L}*pause|wie\\s+lange\\s+(?:hast\\s+du|haben\\s+sie)\\s+${gap(2)}pause\\s+gemacht`,
      `mit\\s+wem\\s+(?:hast\\s+du|haben\\s+sie)\\s+(?:gestern|heute|vorhin|eben|da|so\\s+lange|die\\s+ganze\\s+zeit)\\s+${gap(2)}(?:telefoniert|gechattet|geschrieben|gesprochen|geredet)`,
      `wer\\s+hat\\s+(?:${DIR}\\s+)?(?:das\\s+)?${gap(2)}(?:erlaubt|genehmigt|gestattet|abgesegnet)|mit\\s+wessen\\s+(?:erlaubnis|genehmigung|zustimmung)`,
      `von\\s+wem\\s+(?:hast\\s+du|haben\\s+sie)\\s+das|wer\\s+hat\\s+${DIR}\\s+das\\s+${gap(1)}(?:erzählt|gesteckt|verraten)`,
      `(?:sei|seid|seien\\s+sie)\\s+${gap(3)}(?:offen|aufrichtig|ehrlich)(?:\\s+zu\\s+mir)?|hand\\s+aufs\\s+herz|(?:jetzt\\s+)?(?:mal\\s+)?(?:ganz\\s+)?ehrlich\\s*[:,]|klartext|lüg(?:en\\s+sie)?\\s+mich\\s+nicht\\s+an|ich\\s+will\\s+die\\s+wahrheit`,
      `(?:suchst\\s+du|suchen\\s+sie|schaust\\s+du\\s+dich|schauen\\s+sie\\s+sich|siehst\\s+du\\s+dich|sehen\\s+sie\\s+sich)\\s+${gap(3)}(?:was\\s+neues|etwas\\s+neues|woanders|anderswo|nach\\s+(?:einem\\s+)?(?:neuen|anderen)|um)|(?:bewirbst\\s+du\\s+dich|bewerben\\s+sie\\s+sich)|(?:hast\\s+du\\s+dich|haben\\s+sie\\s+sich)\\s+${gap(3)}(?:beworben|umgesehen)`,
      `(?:stunde\\s+für\\s+stunde|minute\\s+für\\s+minute|minutengenau|stundengenau|mit\\s+uhrzeit(?:en)?|stundenzettel|stundennachweis)`,
      `(?:liste|aufstellung|protokoll|nachweis)[\\s,]+${gap(3)}(?:was|wann|wie\\s+lange|wofür)\\s+(?:\\p{L}+\\s+)?${DU_SIE}`,
    ),
    message:
      'Das verlangt Rechenschaft über Zeit, Aufenthalt oder Absichten: ein Verhör, kein Gespräch.',
    suggestion:
      'Frag nach der Arbeit und danach, was helfen würde, nicht danach, wo die Zeit blieb.',
  },
  // ── Spitz: die Erinnerung, das „auch mal“, das Lob mit Kante ─────────────────────────────
  {
    kind: 'passive-aggressive',
    pattern: words(
      `wie\\s+(?:ich\\s+)?(?:${DIR}\\s+|es\\s+)?(?:schon|bereits|ja|neulich|mehrfach|öfter|mehrmals|x-mal|\\p{L}*mal)\\s+${gap(3)}(?:gesagt|erwähnt|geschrieben|erklärt|gebeten|betont|angemerkt|mitgeteilt|gemailt|angesprochen)`,
      `wie\\s+oft\\s+(?:soll|muss)\\s+ich\\s+${gap(3)}noch|zum\\s+mitschreiben|(?:ich\\s+)?(?:sag|sage|frag|frage)(?:['e]?s)?\\s+${gap(1)}(?:noch\\s*(?:ein)?mal|ein\\s+letztes\\s+mal)`,
      `(?:hatte|habe)\\s+ich\\s+(?:${DICH}\\s+|${DIR}\\s+)?(?:das\\s+)?(?:nicht\\s+)?(?:schon|bereits)\\s+${gap(2)}(?:gefragt|gebeten|gesagt|erwähnt|geschrieben)`,
      `(?:schön|nett|toll|super|prima|danke),?\\s+dass\\s+${DU_SIE}\\s+${gap(3)}(?:auch\\s+(?:mal|noch|schon)|endlich|doch\\s+noch|überhaupt|ausnahmsweise)`,
      `(?:auch|doch)\\s+(?:mal|noch|schon)\\s+${gap(3)}(?:schaffst|schaffen|vorbeischaust|vorbeischauen|zeit\\s+(?:findest|finden)|auftauchst|auftauchen)`,
      `(?:dich|sich)\\s+(?:auch\\s+)?(?:mal\\s+)?(?:wieder\\s+)?blicken\\s+(?:lässt|lassen)|(?:lässt\\s+du\\s+dich|lassen\\s+sie\\s+sich)\\s+${gap(3)}blicken|gibt['e]?s\\s+${DICH}\\s+(?:auch\\s+)?noch`,
      `falls\\s+${DU_SIE}\\s+(?:meine|die)\\s+(?:mail|e-mail|nachricht)\\s+${gap(1)}(?:gelesen|gesehen)|überhaupt\\s+(?:gelesen|angeschaut|reingeschaut|zugehört)`,
      `bei\\s+allem\\s+(?:respekt|verständnis)|nichts\\s+für\\s+ungut|nicht\\s+böse\\s+gemeint|ohne\\s+${DIR}\\s+zu\\s+nahe\\s+(?:zu\\s+)?treten|ich\\s+will\\s+(?:ja\\s+)?nicht\\s+(?:drängeln|nerven|meckern)`,
      `(?:zu\\s+viel\\s+verlangt)|interessante\\s+(?:entscheidung|wahl|herangehensweise|interpretation)`,
      `(?:es\\s+)?wäre\\s+(?:schön|nett|toll|super),?\\s+wenn\\s+${DU_SIE}\\s+${gap(3)}(?:mal|ausnahmsweise|endlich|wenigstens|auch\\s+mal)`,
      `schon\\s+(?:mal|einmal)\\s+(?:was|etwas)\\s+von\\s+${gap(2)}gehört|ich\\s+(?:dachte|hatte\\s+gedacht),?\\s+(?:das|es)\\s+(?:wäre|sei|war)\\s+(?:\\p{L}+\\s+)?(?:klar|eindeutig|besprochen|abgemacht)`,
      `ausnahmsweise\\s+(?:mal|einmal|pünktlich|rechtzeitig)|(?:kleine|kurze|sanfte)\\s+erinnerung`,
      `(?:ich\\s+)?warte\\s+(?:immer\\s+)?noch\\s+(?:immer\\s+)?auf|(?:wir\\s+)?warten\\s+immer\\s+noch`,
      `(?:weißt\\s+du|wissen\\s+sie|erinnerst\\s+du\\s+dich|erinnern\\s+sie\\s+sich)\\s+${gap(1)}noch,?\\s+(?:was|worauf|dass)\\s+wir\\s+${gap(3)}(?:besprochen|vereinbart|abgemacht|ausgemacht|verabredet)`,
    ),
    message:
      'Das klingt nach „Ich habe es dir doch schon gesagt“ und bringt die Person in Verteidigung.',
    suggestion: 'Lass die Vorhaltung weg und stell die Frage schlicht, als wäre es das erste Mal.',
  },
  // ── Leistung angedeutet: eine Sorge um die Stellung, angedeutet statt gesagt ──────────────
  {
    kind: 'performance-hinting',
    pattern: words(
      `(?:muss|müsste|sollte|soll)\\s+ich\\s+mir\\s+${gap(7)}sorgen|(?:mache\\s+ich\\s+mir|machen\\s+wir\\s+uns)\\s+${gap(3)}(?:zu\\s+recht\\s+)?sorgen|grund\\s+zur\\s+(?:sorge|beunruhigung)`,
      `(?:kommst|hältst|kommen|halten)\\s+${DU_SIE}\\s+[^?.!]*?(?:noch|tempo|anderen|schritt)[^?.!]*?${S}mit(?=\\s*\\?)`,
      `noch\\s+(?:mit(?:halten|kommen)|hinterher)|schritt\\s+(?:halten|hältst|gehalten)|(?:hältst\\s+du|halten\\s+sie)\\s+${gap(5)}schritt`,
      `(?:der|dieser|${DEIN})\\s+(?:rolle|aufgabe|stelle|position|verantwortung)\\s+${gap(1)}gewachsen|am\\s+richtigen\\s+platz|fehl\\s+am\\s+platz`,
      `(?:noch\\s+)?(?:das\\s+richtige|der\\s+richtige\\s+(?:platz|job|ort)|die\\s+richtige\\s+(?:rolle|stelle|position|aufgabe))\\s+für\\s+${DICH}`,
      `überhaupt\\s+noch\\s+(?:lust|interesse|bock|motiviert|dabei|an\\s+bord|hier)|(?:hast\\s+du|haben\\s+sie)\\s+(?:überhaupt\\s+)?noch\\s+(?:lust|bock|interesse)\\s+(?:an|auf)\\s+(?:${DEIN}|dem|den|der|diesen|diese)\\s+(?:job|stelle|arbeit|rolle|team|aufgabe)`,
      `wie\\s+ernst\\s+(?:ist\\s+es\\s+${DIR}|nimmst\\s+du|nehmen\\s+sie)|wie\\s+(?:engagiert|motiviert|ernsthaft|interessiert)\\s+(?:bist\\s+du|sind\\s+sie)\\s+(?:eigentlich\\s+|überhaupt\\s+)?noch`,
      `(?:kann|könnte)\\s+ich\\s+mich\\s+${gap(2)}auf\\s+${DICH}\\s+verlassen|(?:kann|können)\\s+wir\\s+(?:noch\\s+)?(?:mit\\s+${DIR}\\s+rechnen|auf\\s+${DICH}\\s+zählen)`,
      `(?:letzte|allerletzte)\\s+chance|(?:dich|sich)\\s+${gap(1)}(?:beweisen|bewähren)|zeigen,?\\s+dass\\s+${DU_SIE}\\s+(?:es\\s+)?(?:kannst|können|draufhast|drauf\\s+haben)`,
      `(?:einige|manche|mehrere|ein\\s+paar|andere|leute|kollegen|kolleginnen|jemand|das\\s+team)\\s+${gap(3)}(?:haben|hat)\\s+(?:sich\\s+)?${gap(3)}(?:beschwert|beklagt|über\\s+${DICH}\\s+\\p{L}+)`,
      `zu\\s+ohren\\s+gekommen|(?:es\\s+gibt|gab)\\s+${gap(1)}(?:beschwerden|klagen)|ich\\s+(?:habe\\s+)?(?:höre|gehört)\\s+${gap(1)}von\\s+(?:anderen|kollegen|einigen|mehreren)`,
      `${DEIN}\\s+probezeit|${DEIN}\\s+(?:beurteilung|bewertung)\\s+(?:wird|könnte|dürfte|fällt)|(?:einbruch|rückgang|leistungsabfall|leistungsknick|durchhänger)\\s+(?:bei|in)\\s+${DEIN}`,
      `(?:darf|sollte)\\s+(?:so\\s+etwas|das|sowas)\\s+${gap(1)}nicht\\s+(?:noch\\s+(?:ein)?mal|wieder)\\s+(?:passieren|vorkommen)`,
      `(?:reden|sprechen|unterhalten)\\s+${gap(2)}über\\s+${DEIN}\\s+(?:leistung|performance|zahlen|ergebnisse|arbeitsweise|einstellung)`,
    ),
    message:
      'Das deutet an, dass die Stellung der Person in Frage steht, ohne zu sagen, worum es geht.',
    suggestion:
      'Wenn es eine Sorge gibt, sprich sie offen und freundlich an; sonst frag, wie es für die Person läuft.',
  },
  // ── Schuld, verpackt in Neugier oder Wiedergutmachung ─────────────────────────────────────
  {
    kind: 'blaming',
    pattern: words(
      `(?:dir|ihnen|euch|sich)\\s+${gap(2)}dabei\\s+gedacht|(?:hast\\s+du\\s+dir|haben\\s+sie\\s+sich|habt\\s+ihr\\s+euch)\\s+(?:bloß|nur|eigentlich|denn)\\s+gedacht`,
      `was\\s+(?:soll|sollte)\\s+das(?:\\s+(?:denn|eigentlich|bitte))?(?=\\s*[?!])|was\\s+hat\\s+${DICH}\\s+${gap(1)}geritten|was\\s+ist\\s+in\\s+${DICH}\\s+gefahren`,
      `wer\\s+(?:von\\s+(?:euch|ihnen)\\s+)?hat\\s+${gap(4)}(?:verschlafen|vergessen|verpasst|versäumt|übersehen|kaputt\\s*gemacht|gelöscht|verschuldet|verursacht|zu\\s+verantworten|verschlampt|vertrödelt|verpeilt|verhauen)`,
      `(?:geschafft|fertiggebracht),?\\s+${gap(5)}zu\\s+(?:verlieren|vergessen|verpassen|löschen|verärgern|vergraulen|verschlafen|übersehen|ruinieren|verpatzen)`,
      `(?:warum|wieso|weshalb)\\s+(?:hast\\s+du|haben\\s+sie|habt\\s+ihr|bist\\s+du|sind\\s+sie)\\s+${gap(4)}(?:vergessen|verschlafen|ignoriert|übersehen|verpasst|versäumt|verpennt|verpeilt|verschwiegen|verschlampt|übergangen|ausgelassen|abgebrochen|zu\\s+spät)`,
      `wie\\s+kommt\\s+es,?\\s+dass\\s+[^?.!]*?${S}(?:nicht|kein\\p{L}*|nie)${E}`,
      `(?:hilf|helfen\\s+sie)\\s+mir\\s+(?:mal\\s+)?(?:zu\\s+)?(?:verstehen|nachzuvollziehen),?\\s+(?:warum|wieso|weshalb|wie\\s+(?:du|sie|es|das))(?![^?]*wichtig)`,
      `ich\\s+(?:verstehe|begreife|kapiere)\\s+(?:einfach\\s+|echt\\s+|wirklich\\s+|ehrlich\\s+gesagt\\s+)?nicht,?\\s+(?:wie|warum|wieso|weshalb)`,
      `wieder\\s*gut\\s*(?:machen|zu\\s+machen|machst|gemacht)|wiedergutmachung|ausbügeln|geradebiegen|(?:bügelst|bügeln)\\s+${DU_SIE}\\s+(?:das|es)\\s+${gap(1)}aus`,
      `wer\\s+hat\\s+(?:denn\\s+)?(?:entschieden|beschlossen|gedacht|gesagt),?\\s+dass\\s+(?:das|es)\\s+${gap(1)}(?:okay|ok|in\\s+ordnung|eine\\s+gute\\s+idee|sinnvoll|klug|schlau)|wessen\\s+(?:idee|entscheidung|einfall)\\s+war`,
      `wie\\s+(?:erklärst\\s+du|erklären\\s+sie)\\s+(?:mir|dir|sich)\\s+(?:das|den|die|diesen|diese|dieses)`,
      `wie\\s+(?:konntest\\s+du|konnten\\s+sie|konntet\\s+ihr)\\s+(?:nur|bloß|überhaupt|das\\s+(?:zulassen|übersehen|vergessen))`,
      `(?:lag|liegt)\\s+(?:es|das)\\s+${gap(1)}an\\s+${DIR}|(?:bei\\s+${DIR}|auf\\s+${DEIN}\\s+seite)\\s+${gap(2)}(?:schief\\s*gelaufen|schief\\s*gegangen|falsch\\s+gelaufen|gehakt)`,
    ),
    message:
      'Neugierig formuliert, aber die Frage verlangt, dass die Person einen Fehler verteidigt.',
    suggestion:
      'Frag, was passiert ist und was beim nächsten Mal helfen würde, z. B. „Was kam dazwischen?“',
  },
  // ── Druck: ein Ja abgerungen statt eine Antwort erbeten ───────────────────────────────────
  {
    kind: 'pressuring',
    pattern: words(
      `(?:kriegst\\s+du|kriegen\\s+sie|bekommst\\s+du|bekommen\\s+sie)\\s+(?:das|es)\\s+${gap(3)}(?:hin|gebacken|geregelt)(?=\\s*\\?)`,
      `(?:schaffst\\s+du|schaffen\\s+sie)\\s+(?:das|es)\\s+(?:bis|heute|noch|doch|schon|rechtzeitig|trotzdem)`,
      `spätestens|bis\\s+(?:heute\\s+abend|feierabend|heute\\s+mittag|ende\\s+des\\s+tages|nachher)`,
      `(?:noch\\s+heute|heute\\s+noch)\\s+${gap(3)}(?:schicken|senden|fertig|erledigen|liefern|abgeben|raus|abschließen|hinbekommen|klären|nachreichen|durchsehen)`,
      `ohne\\s+(?:ausrede\\p{L}*|ausflüchte|wenn\\s+und\\s+aber|widerrede)|keine\\s+(?:ausreden|ausflüchte|widerrede|diskussion)`,
      `und\\s+zwar\\s+(?:jetzt|sofort|heute|gleich|zügig|schnell|pronto)|(?:klare|verbindliche|feste)\\s+zusage|ja\\s+oder\\s+nein`,
      `(?:kannst\\s+du|können\\s+sie)\\s+(?:mir\\s+)?${gap(2)}(?:zusagen|versprechen|garantieren|zusichern)|(?:versprichst\\s+du|versprechen\\s+sie)\\s+mir`,
      `(?:du\\s+müsstest|müsstest\\s+du|sie\\s+müssten|müssten\\s+sie)\\s+${gap(2)}(?:doch|langsam|längst|inzwischen|mittlerweile|eigentlich)`,
      `ich\\s+verlasse\\s+mich\\s+(?:darauf|auf\\s+${DICH})|(?:wartet|warten)\\s+(?:alle\\s+)?(?:nur\\s+)?(?:noch\\s+)?auf\\s+${DICH}`,
      `(?:alle\\s+anderen|alle\\s+außer\\s+${DIR}|der\\s+rest\\s+(?:des|vom)\\s+team\\p{L}*)\\s+(?:hat|haben|ist|sind)\\s+(?:schon|bereits)`,
      `(?:am\\s+wochenende|im\\s+urlaub|über\\s+die\\s+feiertage|heute\\s+abend|nachts|am\\s+samstag|am\\s+sonntag)\\s+${gap(3)}(?:arbeiten|ranhängen|dransetzen|reinschauen|durchziehen|einspringen|erreichbar\\s+sein)`,
      `wie\\s+(?:schnell|bald|fix|zügig)\\s+(?:kannst\\s+du|können\\s+sie|schaffst\\s+du|schaffen\\s+sie|bekommst\\s+du|kriegst\\s+du|geht\\s+das)`,
      `(?:nebenbei|nebenher|on\\s+top|obendrauf|zusätzlich)\\s+${gap(3)}(?:übernehmen|erledigen|machen|betreuen|stemmen|schaffen|mitnehmen|mitmachen)`,
      `ich\\s+gehe\\s+(?:mal\\s+|fest\\s+)?davon\\s+aus,?\\s+dass\\s+${DU_SIE}|(?:wir\\s+zählen|ich\\s+zähle)\\s+auf\\s+${DICH}|nicht\\s+verhandelbar|alternativlos|kein\\s+weg\\s+(?:dran|daran)\\s+vorbei`,
      `kein\\s+hexenwerk|keine\\s+raketenwissenschaft|kein\\s+großer\\s+aufwand|keine\\s+große\\s+sache|ein\\s+klacks|dauert\\s+(?:doch\\s+)?(?:nur|höchstens|bloß)`,
    ),
    message: 'Das drängt auf ein Ja, statt zu fragen, was für die Person möglich ist.',
    suggestion:
      'Sag, was gebraucht wird, und frag, was realistisch ist, z. B. „Was bräuchte es dafür?“',
  },
  {
    kind: 'pressuring',
    // A tag that asks for a yes: „Das klärst du bis morgen, ja?“
    pattern: rx(
      `[,–-]\\s*(?<phrase>ja|einverstanden|abgemacht|deal|alles\\s+klar|geht\\s+klar)\\s*\\?\\s*$`,
    ),
    message: 'Ein Anhängsel wie „…, ja?“ lässt kaum Raum für ein Nein.',
    suggestion: 'Lass es weg und frag, was für die Person machbar ist.',
  },
  // ── Suggestiv: die Antwort steckt in der Frage ────────────────────────────────────────────
  {
    kind: 'leading',
    pattern: words(
      `(?:wäre|ist|wär)\\s+(?:es|das)\\s+nicht\\s+${gap(1)}(?:besser|klüger|sinnvoller|einfacher|schlauer|vernünftiger|leichter|gescheiter|angebrachter|praktischer|fairer)`,
      `(?:würde|macht|ergäbe)\\s+(?:es|das)\\s+nicht\\s+(?:mehr\\s+)?sinn`,
      `(?:sollten|müssten|könnten)\\s+wir\\s+nicht\\s+${gap(1)}(?:lieber|eher|besser|einfach|mal|endlich)`,
      `(?:siehst\\s+du|sehen\\s+sie)\\s+(?:das|es)\\s+(?:nicht\\s+)?(?:auch\\s+so|genauso|auch\\s+nicht|nicht\\s+auch)|(?:geht|ergeht)\\s+es\\s+${DIR}\\s+nicht\\s+(?:auch|genauso)`,
      `(?:siehst|merkst|verstehst)\\s+du\\s+(?:denn\\s+)?nicht,?\\s+(?:dass|wie)|(?:sehen|merken|verstehen)\\s+sie\\s+(?:denn\\s+)?nicht,?\\s+(?:dass|wie)`,
      `(?:ist|wäre)\\s+doch\\s+(?:klar|logisch|offensichtlich|selbstverständlich|eindeutig|sonnenklar)`,
      `(?:die\\s+meisten|jeder|jede|alle\\s+anderen)\\s+(?:würden|würde|sehen|finden|wissen)\\s+(?:das\\s+)?(?:so|doch|auch|genauso)`,
      `(?:wirst\\s+du|werden\\s+sie|du\\s+wirst|sie\\s+werden)\\s+mir\\s+${gap(1)}(?:zustimmen|recht\\s+geben)`,
      `${DU_SIE}\\s+\\p{L}+\\s+doch\\s+(?:auch|sicher|bestimmt|selbst)`,
      `stimmt\\s+(?:das|doch|es)(?=\\s*\\?)|oder\\s+etwa\\s+nicht|(?:meinst\\s+du|meinen\\s+sie)\\s+nicht(?=\\s*\\?)`,
    ),
    message: 'Die Frage hält die Antwort schon bereit, die du hören möchtest.',
    suggestion: 'Frag nach ihrer Sicht, bevor du deine nennst, z. B. „Wie siehst du das?“',
  },
  {
    kind: 'leading',
    // A statement with „doch“ and a question mark asks for agreement: „Das lief doch gut?“,
    // „Sie kommen doch morgen?“. W-questions („Was war doch gleich …?“) are left alone.
    pattern: rx(
      `^\\s*(?!(?:${W}|und|also)${E})(?:[\\p{L}\\p{N}'’-]+[\\s,]+){1,5}?(?<phrase>doch)${E}(?!\\s+(?:noch|mal|gleich|bitte)${E})[^?]*\\?\\s*$`,
    ),
    message: 'Ein „doch“ in einer Frage sucht Zustimmung statt einer Meinung.',
    suggestion: 'Frag offen, z. B. „Wie hast du das erlebt?“',
  },
  // ── Unterstellung: ein Urteil als Voraussetzung ───────────────────────────────────────────
  {
    kind: 'loaded',
    pattern: words(
      `(?:du\\s+bist|sie\\s+sind)\\s+(?:ja|halt|eben|nun\\s+mal|einfach)\\s+${gap(1)}(?:eher|nicht\\s+so|kein|keine|so\\s+ein\\p{L}*|der|die|ziemlich|zu|etwas)`,
      `(?:${DIR}\\s+fehlt|fehlt\\s+${DIR})\\s+${gap(2)}(?:die|der|das|es\\s+an)\\s+(?:motivation|biss|fokus|antrieb|ehrgeiz|disziplin|engagement|einsatz|interesse|lust|ernst|konzentration|überblick|durchblick|struktur|drive|sorgfalt)`,
      `(?:mangelnde|fehlende|mangelnder|fehlender|mangelndes|fehlendes|mangelnden|fehlenden)\\s+${gap(1)}(?:motivation|engagement|einsatz|sorgfalt|disziplin|zuverlässigkeit|pünktlichkeit|einsatzbereitschaft|initiative|eigeninitiative|kommunikation|teamfähigkeit)`,
      `${DEIN}\\s+${gap(1)}(?:unlust|desinteresse|unzuverlässigkeit|unpünktlichkeit|nachlässigkeit|schlamperei|faulheit|trägheit|negativität|launen|launenhaftigkeit|sturheit|blockadehaltung|\\p{L}*problem(?:e)?\\s+mit|(?:motivations|einstellungs|verhaltens|kommunikations|zuverlässigkeits|pünktlichkeits|disziplin|konzentrations|zeit)(?:problem|defizit|schwäche)\\p{L}*)`,
      `(?:stellst\\s+du\\s+dich|stellen\\s+sie\\s+sich)\\s+${gap(1)}(?:quer|stur|taub)|(?:sperrst\\s+du\\s+dich|sperren\\s+sie\\s+sich)|(?:wehrst|sträubst)\\s+du\\s+dich\\s+so|(?:wehren|sträuben)\\s+sie\\s+sich\\s+so`,
      `(?:nimmst\\s+du|nehmen\\s+sie)\\s+${gap(1)}(?:alles|das|es)\\s+${gap(1)}(?:so\\s+)?persönlich`,
      `${DU_SIE}\\s+${gap(3)}(?:so|immer|zu|ziemlich|extrem|total|echt|ganz\\s+schön|oft|eher)\\s+(?:empfindlich|negativ|defensiv|stur|dünnhäutig|schwierig|unzuverlässig|chaotisch|unorganisiert|unstrukturiert|passiv|desinteressiert|unmotiviert|nachlässig|faul|langsam|launisch|aggressiv|pessimistisch|kompliziert|verbohrt|bockig|beleidigt|gereizt|zickig|träge|verschlossen)`,
      `was\\s+ist\\s+(?:eigentlich\\s+|denn\\s+|bloß\\s+)?${DEIN}\\s+problem|(?:brauchst\\s+du|brauchen\\s+sie|dauert\\s+(?:das|es)\\s+bei\\s+${DIR})\\s+${gap(2)}so\\s+lange`,
      `(?:die\\s+tatsache|der\\s+umstand),?\\s+dass\\s+(?:du|sie|${DEIN})`,
      `wann\\s+(?:hörst\\s+du|hören\\s+sie)\\s+${gap(2)}auf|wann\\s+(?:lernst\\s+du|lernen\\s+sie)\\s+(?:es|das|endlich|mal|daraus)|wann\\s+(?:wirst\\s+du|werden\\s+sie)\\s+(?:mal\\s+|endlich\\s+|je\\s+)?(?:erwachsen|vernünftig|zuverlässig|pünktlich|selbstständig)`,
      `wie\\s+lange\\s+(?:soll|wird|muss|geht)\\s+das\\s+${gap(1)}noch|wie\\s+lange\\s+(?:brauchst\\s+du|brauchen\\s+sie|dauert\\s+(?:das|es))\\s+(?:denn|eigentlich|bloß)\\s+noch`,
    ),
    message: 'Die Frage nimmt ein Urteil über die Person als gegeben; jede Antwort bestätigt es.',
    suggestion:
      'Beschreib eine konkrete Beobachtung und frag, wie die Person sie sieht, z. B. „Im Review am Montag ist mir … aufgefallen; wie war das für dich?“',
  },
  // ── Geschlossen, wo offen helfen würde ────────────────────────────────────────────────────
  {
    kind: 'closed',
    // A yes/no question (verb first) about how something feels or went: „Macht dir die Arbeit
    // Spaß?“ bekommt ein „Ja“. Choices („… oder …“) and permission („Ist es okay, wenn …“) pass.
    pattern: rx(
      `^\\s*(?:und\\s+|also\\s+|sonst\\s+)?(?<phrase>(?:macht|machte|bereitet|bringt)\\s+(?:${DIR}\\s+)?${gap(3)}(?:${DIR}\\s+)?(?:spaß|freude)|(?:gefällt|gefiel)\\s+(?:es\\s+)?${DIR}|(?:hat|hatte)\\s+(?:es\\s+|das\\s+)?(?:${DIR}\\s+)?${gap(3)}(?:gefallen|spaß\\s+gemacht|geholfen|gutgetan|gut\\s+getan|gepasst|geklappt|funktioniert)|(?:fühlst\\s+du\\s+dich|fühlen\\s+sie\\s+sich)\\s+${gap(3)}(?:wohl|gut|sicher|wertgeschätzt|gesehen|gehört|unterstützt|fair\\s+behandelt|ausgelastet|überlastet|gestresst)|(?:bist\\s+du|sind\\s+sie)\\s+${gap(3)}(?:zufrieden|glücklich|happy|motiviert|gestresst|überlastet|ausgelastet|überfordert|unterfordert|gut\\s+drauf|okay|ok)|(?:kommst\\s+du|kommen\\s+sie)\\s+${gap(4)}(?:klar|zurecht)|(?:findest\\s+du|finden\\s+sie)\\s+${gap(4)}(?:gut|okay|ok|sinnvoll|fair|hilfreich|richtig|passend)|(?:war|ist|wäre)\\s+(?:das|es|der|die|${DEIN})\\s+${gap(2)}(?:hilfreich|nützlich|gut|okay|ok|fair|verständlich|klar|sinnvoll)|(?:ist|war)\\s+${gap(4)}(?:alles|es)\\s+${gap(1)}(?:gut|okay|ok|in\\s+ordnung|klar|fein|rund)|(?:läuft|klappt|funktioniert|lief|klappte)\\s+${gap(4)}(?:gut|rund|glatt|okay|ok|nach\\s+plan|wie\\s+geplant)|geht['e]?s\\s+${DIR}\\s+gut|(?:magst\\s+du|mögen\\s+sie)\\s+${gap(2)}(?:team|job|arbeit|rolle|aufgabe|kolleg\\p{L}*|projekt)|alles\\s+(?:gut|klar|okay|ok|in\\s+ordnung|fit|im\\s+grünen\\s+bereich))${E}(?![^?]*${S}oder${E})(?![^?]*,\\s*(?:wenn|dass|falls|ob)${E})[^?]*\\?\\s*$`,
    ),
    message:
      'Eine Ja/Nein-Frage danach, wie es läuft, bekommt meist ein „Passt schon“ und beendet das Thema.',
    suggestion:
      'Öffne sie mit „Wie“ oder „Was“, z. B. „Was macht dir an der Arbeit gerade Freude?“',
  },
  // ── Zwei Fragen in einer ──────────────────────────────────────────────────────────────────
  {
    kind: 'double-barrelled',
    // „Was läuft gut, und wer kümmert sich darum?“: a second W-question with another question
    // word. A pair with the same word („Was hat dir Energie gegeben, und was hat sie gezogen?“)
    // is one question about two sides and passes.
    pattern: rx(
      `^\\s*(?<w>${W})${E}(?:[\\s,]+[\\p{L}\\p{N}'-]+)+?[\\s,]+(?<phrase>(?:und|oder|sowie)\\s+(?!\\k<w>${E})(?:wie|was|wo|wann|warum|wieso|weshalb|wer|wen|wem|woran|womit|wofür|wobei|worüber|wozu)\\s+\\p{L}+\\s+\\p{L}+[^?]*)\\?`,
    ),
    message: 'Zwei Fragen auf einmal lassen sich schwer gut beantworten.',
    suggestion: 'Stell eine Frage nach der anderen; die zweite passt gut als Nachfrage.',
  },
];
