/**
 * The patterns behind the tone lint. Seed 000 warns that questions built on assumptions put
 * pressure on people ("must I have individual objectives? am I falling behind?"); each rule
 * below catches one way a question does that, and says what to do instead.
 *
 * Patterns run on text whose curly apostrophes were straightened (same length, so match
 * positions still point into the original). All are case-insensitive and compiled once.
 * A rule may put the words to show in a named group `phrase`; otherwise the whole match is
 * shown.
 */

export type ToneKind =
  | 'leading' // the answer is built in: don't you think, isn't it better, tag questions
  | 'loaded' // a judgement as premise: obviously, you always, what's behind your lack of focus
  | 'interrogating' // an account of hours or whereabouts; demands for honesty
  | 'blaming' // why didn't you, what possessed you, how will you make up for it
  | 'pressuring' // orders, deadlines, "just", a yes extracted
  | 'performance-hinting' // falling behind, recovery plan, should I be worried about you
  | 'passive-aggressive' // as I said before, just to be clear again, friendly reminder
  | 'double-barrelled' // two questions in one
  | 'closed'; // yes/no about how it is going, where "how" or "what" would open it

export interface ToneRule {
  kind: ToneKind;
  pattern: RegExp;
  message: string;
  suggestion: string;
}

/** Negated auxiliaries, with or without the apostrophe: don't, dont, won't, can't, isn't … */
const NEG =
  "(?:(?:do|does|did|is|are|was|were|have|has|had|would|could|should|must|wo|ca)n'?t|cannot)";
/** Auxiliaries that open a question, plain or negated. */
const AUX = `(?:(?:do|does|did|is|are|was|were|have|has|had|would|could|should|can|will|might|may|am)(?:n'?t)?\\b|won'?t\\b|can'?t\\b)`;
const WH = '(?:what|how|why|when|where|who|which)';
/** Where a new clause starts: the text start, punctuation, or a joining word. */
const CLAUSE_START =
  '(?:^|[.!?;:,(—–]\\s*|\\b(?:and|but|so|then|well|now|ok|okay|look|honestly)\\s+)';
/** "Could have" + a past participle is hindsight; "could have a chance" is not. */
const PARTICIPLE =
  '(?:\\w+ed|done|known|seen|been|gone|taken|given|told|said|made|thought|caught|brought|sent|spoken|written|found|kept|left|built|run|met|led|put|set|let|paid|read|got|gotten|come|spent|shown|chosen)';

const rx = (source: string): RegExp => new RegExp(source, 'gi');

export const TONE_RULES: readonly ToneRule[] = [
  // ── pressure ─────────────────────────────────────────────────────────────────────────────
  {
    kind: 'pressuring',
    // "must", but not "a must", "must-have" or "must-read".
    pattern: rx("(?<!\\ba\\s)\\bmust(?:n'?t|'ve)?\\b(?!-)"),
    message: '"must" turns the question into an order.',
    suggestion:
      'Ask what they would like or what would help, e.g. "What would you like to focus on?"',
  },
  {
    kind: 'pressuring',
    // Statement-form obligations: "You need to…", "I think we have to…"; "What do you need
    // to…?" and "the tools you need to…" are questions or relative clauses and stay quiet.
    pattern: rx(
      `${CLAUSE_START}(?:(?:i|we)\\s+(?:really\\s+)?(?:think|feel|believe)\\s+(?:that\\s+)?|maybe\\s+|perhaps\\s+)?(?<phrase>(?:you|we)(?:'ll|\\s+will)?\\s+(?:really\\s+|still\\s+|absolutely\\s+|definitely\\s+|just\\s+|also\\s+|seriously\\s+)?(?:(?:need|have|has|got)\\s+to|gotta))\\b`,
    ),
    message: 'This states an obligation instead of asking.',
    suggestion: 'Ask what they need or what would help them, e.g. "What would help you with this?"',
  },
  {
    kind: 'pressuring',
    pattern: rx(
      `\\bI\\s+(?:really\\s+)?(?:need|want|expect)\\s+(?:you|this|that|it|an?\\s+(?:answer|update|decision|response|explanation))\\b|\\bI\\s+expect\\b|\\byou(?:'re|\\s+are|\\s+were)\\s+(?:expected|required|supposed)\\s+to\\b|\\byou(?:'d|\\s+had)\\s+better\\b|${CLAUSE_START}you\\s+better\\b|\\byou\\s+ought\\s+to\\b|\\bmake\\s+sure\\s+you\\b|\\bat\\s+least\\s+(?:try|attempt|pretend|make)\\b|\\bcome\\s+on\\b|\\bhow\\s+long\\s+can\\s+(?:a|an|it|this|that|one)\\b|\\b(?:could|can|would|will)\\s+you\\s+(?:please\\s+)?(?:try\\s+not\\s+to|stop\\s+\\w+ing)\\b|${CLAUSE_START}do\\s+I\\s+(?:really\\s+)?have\\s+to\\b|(?<!\\b(?:do|did|would|will|what)\\s+)\\b(?:we|I)\\s+expect(?:ed)?\\s+(?:more|better|you)\\b|\\bsomeone\\s+(?:at\\s+your\\s+level|with\\s+your\\s+experience|as\\s+senior\\s+as\\s+you)\\b`,
    ),
    message: 'This sets an expectation rather than inviting an answer.',
    suggestion: 'Share the need openly, then ask what would make it possible for them.',
  },
  {
    kind: 'pressuring',
    pattern: rx(
      '\\b(?:asap|as\\s+soon\\s+as\\s+possible|by\\s+now|or\\s+else|no\\s+excuses|non-?negotiable|not\\s+optional|mandatory|whatever\\s+it\\s+takes|I\\s+insist|by\\s+(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?day|by\\s+eod)\\b|\\b(?:done|finished|ready|fixed|shipped|completed?)\\s+(?:it\\s+|that\\s+|this\\s+)?yet\\b|\\b(?:has|have|needs?)\\s+to\\s+be\\s+(?:done|finished|fixed|ready|shipped|delivered|completed)\\b|\\b(?:you|we|it)\\s+finally\\b|\\bfinally\\s+(?:get|finish\\w*|fix\\w*|deliver\\w*|ship\\w*|start\\w*)\\b|\\btaking\\s+(?:you\\s+|so\\s+)?(?:so\\s+)?long\\b',
    ),
    message: 'Deadline pressure makes the question feel like a status check.',
    suggestion: 'Ask how it is going for them, e.g. "How is the work going from your side?"',
  },
  {
    kind: 'pressuring',
    // An order where a question should be: "Fix it today.", "Finish the draft first."
    pattern: rx(
      '^\\s*(?:please\\s+)?(?<phrase>(?:fix|finish|send|ship|deliver|complete|submit|hurry|stop|get\\s+(?:it|this|that)\\s+done)\\b)',
    ),
    message: 'This is an order, not a question.',
    suggestion: 'Ask what it would take, e.g. "What would help you get this over the line?"',
  },
  {
    kind: 'pressuring',
    // "You should…" prescribes; "What do you think you should…" is a coaching question.
    pattern: rx(
      "(?<!\\b(?:do|did|would|does)\\s+you\\s+(?:think|feel|believe)\\s+)\\byou\\s+should(?:n'?t|\\s+not)?\\b(?!\\s+have\\b|'ve\\b)",
    ),
    message: '"You should" tells them what to do.',
    suggestion: 'Ask what they think would work, e.g. "What options do you see?"',
  },
  // ── blame ────────────────────────────────────────────────────────────────────────────────
  {
    kind: 'blaming',
    pattern: rx(
      `\\bwhy\\s+(?:${NEG}|not)\\b|\\bwhy\\s+${AUX}\\s*(?:you|we|they|it|this|that)\\s+not\\b|\\bwhy\\s+on\\s+earth\\b|\\bwhy\\s+would\\s+you\\s+ever\\b`,
    ),
    message: 'A "why didn\'t you" question asks them to defend themselves.',
    suggestion:
      'Ask about the situation instead, e.g. "What got in the way?" or "What would help next time?"',
  },
  {
    kind: 'blaming',
    pattern: rx(
      "\\bwhy\\b[^.?!]{0,40}?\\b(?:still|never|always|again|late|delayed|behind|so\\s+slow|so\\s+long|unfinished|broken|broke|wrong|missing|incomplete|mess|nobody|no\\s+one|absent|way\\s+off|ignor\\w*|skipp?(?:ed|ing)?|miss(?:ed|ing)?|forg[eo]t\\w*|rush(?:ed|ing)?|so\\s+(?:low|slow|bad|poor|few|little|quiet|hard|negative|defensive|distracted|late|long|behind))\\b|\\bwhy\\s+would\\s+(?:you|anyone|someone)\\b(?!\\s+(?:like|want|prefer|enjoy|recommend|choose))|\\bhow\\s+come\\b[^.?!]{0,40}?(?:n'?t\\b|\\bnot\\b|\\bnever\\b|\\bstill\\b|\\blate\\b)",
    ),
    message: 'This asks them to explain a shortfall, which reads as blame.',
    suggestion: 'Ask what happened and what would help, without implying fault.',
  },
  {
    kind: 'blaming',
    pattern: rx(
      `\\b(?:what's|what\\s+is|what\\s+was)\\s+(?:wrong|the\\s+matter|the\\s+problem)\\s+with\\b|\\bwhat(?:'s|\\s+is)\\s+your\\s+(?:problem|excuse)\\b|\\bwhat\\s+were\\s+you\\s+thinking\\b|\\bwhat(?:'s|\\s+has)\\s+gotten\\s+into\\b|\\bhow\\s+(?:could|dare)\\s+you\\b|\\bhow\\s+many\\s+(?:more\\s+)?times\\s+(?:do|did|have|must|will|am|should|has|does)\\s+(?:I|we|this|it)\\b|\\bI(?:'ve|\\s+have)?\\s+(?:already\\s+)?told\\s+you\\b|\\bfor\\s+the\\s+last\\s+time\\b|\\b(?:your|whose)\\s+fault\\b|\\bto\\s+blame\\b|\\bexplain\\s+yourself\\b|${CLAUSE_START}explain\\s+(?:why|what\\s+happened|the\\s+(?:delay|outage|mistake|problem|issue))\\b|\\bjustify\\b|\\bexcuses?\\b|\\b(?:dropped|drop|dropping)\\s+the\\s+ball\\b|\\b(?:screwed|messed)\\s+up\\b|\\b(?:this|that|such\\s+a)\\s+mess\\b|\\bmake\\s+sure\\s+(?:this|it|that)\\s+(?:never|doesn'?t|does\\s+not|won'?t)\\s+happen|\\byet\\s+again\\b|\\b(?:late|wrong|forgot|missed|behind|broken|failed|off|absent|sick|over\\s+budget)\\s+again\\b|\\b(?:way|too\\s+far|completely)\\s+off\\b|\\bexplain\\s+(?:the|this|that|your)\\s+(?:missed|delay|outage|mistake|problem|issue|failure|error|slip|absence|lateness)\\w*|\\bwhere\\s+(?:have\\s+you\\s+been|were\\s+you)\\s+(?:all\\s+\\w+|lately|this\\s+\\w+|yesterday|today|during)\\b|\\b(?:should|ought\\s+to)\\s+(?:have|'ve)\\s+been\\s+(?:done|finished|fixed|ready|shipped|delivered|completed|sent|submitted)\\b(?!\\s+differently)|\\b(?:did|has|have)\\s+(?:nobody|no\\s+one)\\s+(?:tell|told|show|shown)\\s+you\\b|\\b(?:stopped|stop)\\s+caring\\b|\\b(?:is\\s+the\\s+problem|the\\s+problem\\s+is)\\s+you\\b(?!')|\\bwhat\\s+do\\s+you\\s+(?:even|actually|really)\\s+do\\b|\\bdo\\s+all\\s+day\\b|\\beverything\\s+(?:by\\s+)?myself\\b|\\bwould\\s+it\\s+kill\\s+you\\b|\\b(?:have|got)\\s+(?:any|no)\\s+idea\\s+(?:how|what|why)\\b|\\bcare\\s+to\\s+explain\\b|\\b(?:we|you)(?:'ve|\\s+have)?\\s+(?:got\\s+)?a\\s+problem\\b|\\bgoing\\s+to\\s+have\\s+a\\s+problem\\b|\\bI\\s+thought\\s+you\\s+(?:were|would|could|knew|had)\\b|\\bhold[\\s-]?up\\s+with\\b|\\bwhat(?:'s|\\s+is)\\s+the\\s+hold[\\s-]?up\\b|\\bwrong\\s+with\\s+you\\b|\\bnever\\s+happens?\\s+again\\b|\\bpromise\\s+(?:me\\s+)?(?:it|this|that|you)\\b|\\bwho\\s+(?:told|asked|allowed|said)\\s+you\\b|\\bwhat(?:'s|\\s+has)?\\s+happened\\s+to\\s+(?:you|your)\\b|\\byou\\s+(?:did|do|got|have\\s+done|'ve\\s+done)\\s+(?:it\\s+|that\\s+|this\\s+)?wrong\\b|\\bdid\\s+you\\s+do\\s+wrong\\b|\\b(?:have|had|got)\\s+a\\s+(?:good|valid)\\s+reason\\b`,
    ),
    message: 'This points at fault rather than at the work.',
    suggestion:
      'Describe what you noticed and ask for their view, e.g. "How did the release go from your side?"',
  },
  {
    kind: 'blaming',
    pattern: rx(
      `\\byou\\s+(?:should|could|ought\\s+to)(?:n'?t)?(?:\\s+have|'ve)\\s+${PARTICIPLE}\\b|\\byou\\s+should(?:n'?t)?(?:\\s+have|'ve)\\b|(?<!\\b(?:have|did|do|had|would|might|could|if|what|anything|something)\\s+)\\byou\\s+(?:failed|forgot|ignored|neglected|broke|blew|missed)\\b(?!\\s+out)|\\b(?:any|a|the)\\s+(?:good\\s+|particular\\s+|specific\\s+)?reason\\s+(?:why\\s+)?[^.?!]{0,40}?(?:n'?t\\b|\\bnot\\b|\\bnever\\b|\\bstill\\b|\\blate\\b|\\bmissed\\b|\\bforgot\\b|\\bskipped\\b|\\bdelayed\\b)|\\byou\\s+(?:don'?t|do\\s+not|didn'?t|did\\s+not)\\s+(?:care|listen|try|bother|pay\\s+attention)\\b|\\b(?:you(?:'re|\\s+are|\\s+were|\\s+seem|\\s+look|\\s+sound|'ve\\s+been|\\s+have\\s+been|\\s+being)|your\\s+(?:\\w+\\s+)?(?:is|was|are|were|looks?|seems?))\\s+(?:so\\s+|being\\s+|really\\s+|very\\s+|quite\\s+|a\\s+bit\\s+|too\\s+)?(?:sloppy|careless|unprofessional|lazy|incompetent|useless|unacceptable|pathetic|wrong|bad|poor|terrible|awful|rude|negative|difficult|slow)\\b|\\byour\\s+attitude\\b|\\b(?:sloppy|careless|unprofessional|incompetent|pathetic)\\b|\\b(?:this|that|it)(?:'s|\\s+is|\\s+was)\\s+(?:unacceptable|ridiculous|embarrassing)\\b`,
    ),
    message: 'Hindsight and labels judge the person, not the work.',
    suggestion: 'Look forward instead, e.g. "What would you try next time?"',
  },
  // ── leading ──────────────────────────────────────────────────────────────────────────────
  {
    kind: 'leading',
    // Negative questions that expect "yes": "Don't you think…", "Isn't it…", "Wouldn't it be…".
    pattern: rx(`${CLAUSE_START}(?<phrase>${NEG}\\s+(?:you|it|that|this|we|they|he|she|there)\\b)`),
    message: 'A negative question ("don\'t you…", "isn\'t it…") hints at the answer you expect.',
    suggestion: 'Ask it openly, e.g. "What do you think about…?"',
  },
  {
    kind: 'leading',
    pattern: rx(
      `(?<!\\b${WH}\\s+(?:\\w+\\s+)?)\\b${NEG}\\s+you\\s+(?:think|agree|feel|believe|say|see|know|want|realise|realize)\\b|\\b(?:isn'?t|is)\\s+(?:it|that)\\s+(?:not\\s+)?(?:true|obvious|clear|fair\\s+to\\s+say)\\b|\\bor\\s+not(?:\\s+really)?\\s*\\?|\\bwouldn'?t\\s+you\\s+(?:agree|say)\\b`,
    ),
    message: 'This asks them to agree rather than to think.',
    suggestion: 'Ask for their view, e.g. "How do you see it?"',
  },
  {
    kind: 'leading',
    // Tag questions: "…, right?", "…, don't you?", "…, have you?"
    pattern: rx(
      `,\\s*(?<phrase>(?:right|correct|yes|no|yeah|true|ok|okay|agreed|surely|remember|am\\s+I\\s+right|is\\s+it\\s+not|do\\s+you\\s+not|${NEG}\\s+(?:it|you|we|they|that|there)|(?:have|has|do|does|did|are|is|was|were|can|will|would)\\s+(?:you|it|we|they))\\s*\\?)`,
    ),
    message: 'A tag question ("…, right?") asks them to confirm your view.',
    suggestion: 'End with an open question instead, e.g. "How do you see it?"',
  },
  {
    kind: 'leading',
    pattern: rx(
      `\\bare\\s+you\\s+(?:sure|certain|serious|kidding|joking)\\b|${CLAUSE_START}(?<phrase>(?:do|does|did|are|were|was|has|have|can|could|would|will|should|is)\\s+(?:you|we|it|this|that|they)\\s+(?:really|honestly|actually|seriously|truly)\\b)|\\b(?:do|did|are|were|have|has|is|can|could|would|will)\\s+(?:you|we|they|it)\\s+even\\b|\\bdo\\s+you\\s+(?:even\\s+)?(?:realise|realize|understand|know|see)\\s+how\\s+(?:much|many|bad|late|serious|important|often|long|badly)\\b|${CLAUSE_START}(?<phrase2>(?:do|did|are|were|can|could|would|will|have|is)\\s+(?:you|we|it|that)\\s+not)\\b`,
    ),
    message: 'This doubts their answer before they give it.',
    suggestion: 'Ask what they think, and take the answer at face value.',
  },
  // ── assumption ───────────────────────────────────────────────────────────────────────────
  {
    kind: 'loaded',
    pattern: rx(
      "\\b(?:obviously|surely|needless\\s+to\\s+say|it\\s+goes\\s+without\\s+saying|of\\s+course\\s+you|naturally\\s+you|presumably)\\b|\\b(?:everyone|everybody|anyone|anybody)\\s+(?:knows|can\\s+see|agrees)\\b|\\bit(?:'s|\\s+is)\\s+(?:obvious|clear)\\b|\\bas\\s+you\\s+(?:well\\s+|already\\s+)?(?:know|are\\s+aware)\\b|\\bI(?:'m|\\s+am)\\s+sure\\s+you\\b|\\bI\\s+(?:assume|presume|suppose|guess|bet|take\\s+it|know)\\s+(?:that\\s+)?you\\b|\\bI\\s+(?:assume|presume)\\b|\\byou\\s+probably\\b|\\bwe\\s+(?:all|both)\\s+know\\b|\\byou(?:'re|\\s+are|\\s+were)\\s+(?:\\w+\\s+)?behind\\b|\\black(?:ing)?\\s+(?:of\\s+)?(?:focus|motivation|commitment|effort|ownership|initiative|drive|urgency)\\b|\\byou\\s+(?:seem\\s+to\\s+|clearly\\s+|really\\s+)?lack\\b|\\byou\\s+(?:do\\s+)?(?:realise|realize)\\b|(?<!\\b(?:how|more|less|very|so|as|too|quite|enough|see|speak|think|explain|communicate)\\s+)\\bclearly\\b(?!\\s+(?:defined|communicated|explained|understood|stated|written|documented|set|laid|described|agreed|shared)\\b)",
    ),
    message: 'This states an assumption as if it were settled.',
    suggestion: 'Drop the assumption and ask, e.g. "How do you see it?"',
  },
  {
    kind: 'performance-hinting',
    // Seed 000: questions that hint someone is falling behind or unhappy put pressure on them.
    pattern: rx(
      "\\b(?:falling|fall|fallen|fell|so\\s+far|lagging)\\s+behind\\b|\\bbehind\\s+(?:schedule|on|the\\s+others|everyone)\\b|\\b(?:you(?:'re|\\s+are)|your\\s+\\w+(?:\\s+(?:is|are|has\\s+been|have\\s+been))?)\\s+slipping\\b|\\bslipping\\s+(?:behind|lately|recently)\\b|\\bunderperform\\w*|\\bnot\\s+pulling\\s+your\\s+weight\\b|\\bpull\\s+your\\s+weight\\b|\\b(?:not\\s+(?:up\\s+to|meeting)|below)\\s+(?:par|scratch|standard|the\\s+bar|expectations)\\b|\\bperformance\\s+(?:issues?|problems?|concerns?)\\b|\\black\\s+of\\s+(?:commitment|effort|ownership|initiative|focus)\\b|\\bnot\\s+(?:committed|engaged|good\\s+enough|a\\s+team\\s+player|keeping\\s+up|trying)\\b|\\b(?:can'?t|cannot)\\s+keep\\s+up\\b|\\byou(?:'re|\\s+are|'ve\\s+been|\\s+have\\s+been)\\s+(?:\\w+\\s+)?checked\\s+out\\b|\\bslacking\\b|\\bunmotivated\\b|\\bdisappointed\\s+(?:in|with)\\s+you\\b|\\bI(?:'m|\\s+am|\\s+was)\\s+disappointed\\b|\\blet(?:ting)?\\s+(?:me|us|the\\s+team|everyone)\\s+down\\b|\\blosing\\s+(?:your\\s+)?(?:motivation|interest|edge|touch)\\b|\\b(?:are|were)\\s+you\\s+(?:still\\s+)?struggling\\b|\\byou(?:'re|\\s+are|\\s+seem|'ve\\s+been|\\s+have\\s+been)\\s+(?:to\\s+be\\s+)?(?:clearly\\s+|obviously\\s+|really\\s+|still\\s+)?struggling\\b|\\byou\\s+(?:seem|look|sound|appear)\\s+(?:to\\s+be\\s+)?(?:a\\s+bit\\s+|really\\s+|very\\s+|so\\s+|quite\\s+|rather\\s+|kind\\s+of\\s+)?(?:stressed|tired|exhausted|off|down|distracted|unhappy|disengaged|overwhelmed|annoyed|upset|frustrated|angry|defensive|checked\\s+out|bored|lost)\\b|\\b(?:are|were)\\s+you\\s+(?:\\w+\\s+)?(?:unhappy|upset|angry|mad|annoyed|bored|disengaged|demotivated|burn(?:ed|t)\\s+out|checked\\s+out)\\b|\\b(?:are|were)\\s+you\\s+(?:\\w+\\s+)?(?:looking\\s+(?:for|at)\\s+(?:another|a\\s+new|other)|interviewing|planning\\s+(?:to|on)\\s+leav\\w*|thinking\\s+(?:of|about)\\s+(?:leaving|quitting)|going\\s+to\\s+(?:leave|quit))\\b|\\b(?:everyone|everybody)\\s+else\\b|\\bthe\\s+rest\\s+of\\s+the\\s+team\\s+(?:is|has|does|manages|can)\\b|\\bmore\\s+like\\s+(?:your\\s+\\w+|the\\s+others|him|her|them)\\b|\\bcompared\\s+(?:to|with)\\s+(?:your\\s+)?(?:peers|colleagues|others|the\\s+others)\\b|\\byou(?:'re|\\s+are)\\s+the\\s+only\\s+one\\b|\\btoo\\s+(?:much|hard|difficult|big|complex|senior)\\s+for\\s+you\\b|\\b(?:can|could)\\s+you\\s+(?:even\\s+|really\\s+|actually\\s+)?handle\\b|\\b(?:think|sure|believe|confident)\\s+you\\s+can\\s+(?:really\\s+|actually\\s+)?handle\\b|\\b(?:work|working|try|trying)\\s+harder\\b|\\bmore\\s+effort\\b|\\byou(?:'ll|\\s+will|\\s+can|\\s+could)\\s+(?:stay|work)\\s+(?:late|overtime|(?:over\\s+|on\\s+|this\\s+)?(?:the\\s+)?weekend)\\b",
    ),
    message: 'This hints at a performance problem they have not been told about.',
    suggestion:
      'If there is a concern, share it openly; otherwise ask an open question about how things are going.',
  },
  // ── absolute ─────────────────────────────────────────────────────────────────────────────
  {
    kind: 'loaded',
    pattern: rx(
      "\\byou(?:'re|\\s+are|'ve|\\s+have)?\\s+(?:always|never|constantly|continually|forever)\\b(?!\\s+(?:wanted|want|wished|wish|dreamed|dreamt|dream|hoped|hope|loved|love|enjoyed|enjoy|liked|like|wondered|tried|thought\\s+about|been\\s+(?:curious|interested|drawn)|seem\\s+to\\s+(?:get|find|have)|(?:get|find|have|had)\\s+(?:the\\s+|enough\\s+|a\\s+)?(?:time|chance)))|(?<!\\b(?:help|helps|helped|helping|to|would|could|can|will|let|lets|make|makes|did|does|do)\\s+)\\byou\\s+keep\\s+(?:on\\s+)?\\w+ing\\b|\\bevery\\s+single\\s+time\\b",
    ),
    message: '"Always" and "never" turn one moment into a verdict on the person.',
    suggestion:
      'Name one specific moment and ask about it, e.g. "In Tuesday\'s standup, what happened?"',
  },
  // ── minimising ───────────────────────────────────────────────────────────────────────────
  {
    kind: 'pressuring',
    pattern: rx(
      "(?<!\\b(?:not|have|has|had|did|'ve)\\s+(?:you\\s+|we\\s+|they\\s+|I\\s+)?)\\bjust\\b(?!-|\\s+(?:curious|wondering|checking|in\\s+case|like|as|right|now|the\\s+(?:same|way|right)|fine|about|because|for\\s+fun|so\\s+(?:I|we)\\b|to\\s+(?:check|clarify|confirm|see|say|be\\s+(?:sure|clear))|wanted\\s+to\\s+(?:check|say|ask|thank|see|hear)|started|joined|arrived|finished|returned|moved|begun|began|come\\s+back|came\\s+back|got\\s+back|heard|read|saw|learned|learnt))",
    ),
    message: '"Just" makes the ask sound smaller than it may be for them.',
    suggestion:
      'Leave out "just", and ask what it would take, e.g. "What would this involve for you?"',
  },
  {
    kind: 'pressuring',
    pattern: rx(
      "\\bsimply\\b(?!\\s+put\\b)|\\b(?:it's|it\\s+is|that's|that\\s+is|this\\s+is|it'll|it\\s+will)\\s+only\\b|\\bonly\\s+takes?\\b|\\bhow\\s+hard\\s+(?:can|could|is|would)\\b|\\bis\\s+it\\s+(?:really\\s+)?(?:that|so)\\s+(?:hard|difficult)\\b|\\b(?:it's|it\\s+is|that's|that\\s+is)\\s+(?:not\\s+(?:that|so)\\s+(?:hard|difficult|complicated|much)|(?:so\\s+|really\\s+)?(?:easy|simple|trivial))\\b|\\bnot\\s+rocket\\s+science\\b|\\b(?:no|not\\s+a)\\s+big\\s+deal\\b|\\bcalm\\s+down\\b|\\bdon'?t\\s+(?:worry|stress)\\s+about\\s+it\\b|\\bdon'?t\\s+take\\s+(?:it|this)\\s+personally\\b|\\b(?:too|so|overly)\\s+sensitive\\b|\\boverreact\\w*|\\b(?:you're|you\\s+are|stop|quit)\\s+overthinking\\b|\\bget\\s+over\\s+it\\b|\\bsuck\\s+it\\s+up\\b|\\b(?:toughen|man)\\s+up\\b|(?<!\\b(?:to|like|want|could|can|would|help\\s+you)\\s+)\\b(?:stop|quit)\\s+(?:complaining|whining|worrying|moaning)\\b|\\bwhining\\b",
    ),
    message: 'This downplays what they may be dealing with.',
    suggestion: 'Acknowledge it first, then ask, e.g. "What makes this one tricky?"',
  },
  // ── demand ───────────────────────────────────────────────────────────────────────────────
  {
    kind: 'interrogating',
    pattern: rx(
      "\\bbe\\s+(?:completely\\s+|totally\\s+|brutally\\s+|100%\\s+|really\\s+)?(?:honest|straight|truthful|frank|real)\\b|\\bhonestly\\b|\\bfrankly\\b|\\btell\\s+me\\s+(?:honestly|the\\s+truth|straight)\\b|\\bthe\\s+(?:whole\\s+)?truth\\b|\\bcome\\s+clean\\b|\\blevel\\s+with\\s+me\\b|\\bdon'?t\\s+lie\\b|\\badmit\\s+(?:it|that|you)\\b|\\bconfess\\b|\\bnot\\s+telling\\s+me\\b|\\bhiding\\s+(?:something|anything)\\b|\\bkeeping\\s+(?:\\w+\\s+)?from\\s+me\\b",
    ),
    message: 'Demanding honesty suggests you expect them to hide something.',
    suggestion:
      'Make it safe to answer instead, e.g. "Whatever you share stays between us. How are things?"',
  },
  // ── double ───────────────────────────────────────────────────────────────────────────────
  {
    kind: 'double-barrelled',
    // "…and what would you…", "…or do you…": a second ask joined to the first. Noun clauses
    // such as "between where you are and where you want to be" have no auxiliary and pass.
    pattern: rx(
      `(?<!\\b${WH}\\s+)\\b(?:and|or|but)\\s+(?:also\\s+|then\\s+|if\\s+so,?\\s+|if\\s+not,?\\s+)?(?:${WH}(?:'s|'re|\\s+(?:(?!(?:you|we|they|i|he|she|it)\\b)\\w+\\s+){0,3}?${AUX})|${AUX}\\s*(?:you|we|they|i|he|she|it|that|this|there|something|anything|everything|someone|anyone)\\b)|\\band\\s*\\/\\s*or\\b`,
    ),
    message: 'Two questions in one are hard to answer well.',
    suggestion: 'Ask one question at a time; keep the second for a follow-up.',
  },
];
