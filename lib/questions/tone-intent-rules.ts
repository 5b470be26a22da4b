/**
 * Tone rules that hear intent rather than trigger words: a question can carry no harsh word
 * and still ask someone to account for their hours, remind them of what "I said before",
 * hint that their job is at risk, wrap blame in curiosity, or close a door a "how" would
 * open. Each rule names the kind and what to do instead; tone-rewrite.ts offers the rewrite.
 *
 * Same conventions as tone-rules.ts: straightened apostrophes, case-insensitive, compiled
 * once, an optional named group `phrase` for the words to show.
 */
import type { ToneRule } from './tone-rules';

const rx = (source: string): RegExp => new RegExp(source, 'gi');
const any = (...parts: string[]): RegExp => rx(parts.join('|'));

/** Feeling or verdict words that a yes/no question asks them to confirm. */
const VERDICT =
  '(?:happy|unhappy|okay|ok|alright|all\\s+right|fine|good|great|useful|helpful|satisfied|content|settled|enjoy(?:ing|ed)?|like|liked|love|loved|supported|heard|valued|comfortable|fair|working|going\\s+well|went\\s+well|go\\s+well|get(?:ting)?\\s+along|clear|worth\\s+it)';

export const INTENT_RULES: readonly ToneRule[] = [
  // ── interrogating: an account of their time, whereabouts or every step ──────────────────
  {
    kind: 'interrogating',
    pattern: any(
      '\\bwhere\\s+(?:were|have)\\s+you(?:\\s+been)?\\b(?!\\s+(?:happiest|most|at\\s+your\\s+best))',
      '\\bwhere\\s+did\\s+you\\s+(?:go|disappear|vanish)\\b',
      '\\bwhat\\s+(?:exactly\\s+)?were\\s+you\\s+(?:\\w+\\s+)?(?:doing|working\\s+on|up\\s+to)\\b',
      '\\bwhat\\s+(?:exactly\\s+)?(?:did\\s+you\\s+do|you\\s+did)\\s+(?:all|the\\s+whole|for\\s+the\\s+rest\\s+of)\\b',
      '\\bwhat\\s+took\\s+you\\s+(?:away|so\\s+long|that\\s+long)\\b',
      '\\baccount\\s+for\\b',
      '\\b(?:breakdown|log|record|list)\\s+of\\s+(?:how|what|where|everything)\\b',
      '\\bhow\\s+you\\s+(?:spent|spend|used)\\s+your\\s+(?:time|hours|day|days|morning|afternoon|week)\\b',
      '\\b(?:list|log|write\\s+down|tell\\s+me|report)\\s+(?:everything|all|each\\s+thing)\\s+(?:you|that\\s+you)\\b',
      '\\b(?:with\\s+(?:the\\s+)?times|hour\\s+by\\s+hour|minute\\s+by\\s+minute|step\\s+by\\s+step,?\\s+with)\\b',
      '\\btimesheet\\b',
      '\\bhow\\s+many\\s+hours\\s+(?:did|have|do)\\s+you\\b',
      '\\b(?:hours|time)\\s+(?:did|have)\\s+you\\s+(?:actually|really)\\b',
      '\\b(?:actually|really)\\s+(?:working|put\\s+in|at\\s+your\\s+desk|online|doing\\s+your\\s+job)\\b',
      '\\bwhat\\s+time\\s+did\\s+you\\s+(?:log|sign|clock|leave|get|arrive|start|stop|finish|go)\\b',
      '\\bwhen\\s+did\\s+you\\s+(?:log|sign|clock)\\s+(?:off|on|in|out)\\b',
      '\\b(?:log(?:ged)?|sign(?:ed)?|clock(?:ed)?)\\s+(?:off|out)\\s+(?:so\\s+)?(?:early|at)\\b',
      '\\bhow\\s+long\\s+(?:was|were|did)\\s+(?:your|that|the)\\s+(?:\\w+\\s+)?(?:break|lunch|call|coffee|walk|appointment)\\b',
      '\\b(?:left|leave|leaving)\\s+(?:so\\s+)?early\\b',
      '\\b(?:came|come|coming)\\s+in\\s+(?:so\\s+)?late\\b',
      '\\baway\\s+from\\s+your\\s+(?:desk|laptop|keyboard)\\b',
      '\\b(?:status|light|icon)\\s+(?:keeps?\\s+)?(?:show(?:s|ing)?|say(?:s|ing)?|on)\\s+(?:as\\s+)?(?:away|idle|offline|inactive)\\b',
      '\\b(?:online|offline|at\\s+your\\s+desk|reachable|logged\\s+in)\\s+(?:at|by|before|until)\\s+(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)\\b',
      '\\bwho\\s+were\\s+you\\s+(?:talking|speaking|meeting|chatting|messaging|with|on\\s+the\\s+phone)\\b',
      '\\b(?:who|what)\\s+(?:gave|give|gives)\\s+you\\s+(?:the\\s+)?(?:permission|right|approval|go-ahead)\\b',
      '\\bwho\\s+(?:allowed|authorised|authorized|let)\\s+you\\b',
      "\\bwhy\\s+(?:weren'?t|were\\s+you\\s+not)\\s+you\\s+(?:online|here|in|at|there|available|reachable)\\b",
      "\\bwhy\\s+(?:weren'?t\\s+you|were\\s+you\\s+not)\\s+(?:online|here|in|at|there|available|reachable)\\b",
    ),
    message: 'This asks them to account for their time or whereabouts, which reads as checking up.',
    suggestion: 'Ask about the work and what would help, not about where the hours went.',
  },
  // ── passive-aggressive: the reminder, the "again", the compliment with an edge ──────────
  {
    kind: 'passive-aggressive',
    pattern: any(
      '\\b(?:as|like)\\s+I\\s+(?:already\\s+|have\\s+)?(?:said|mentioned|wrote|explained|noted|pointed\\s+out|told\\s+you|asked|flagged)\\b',
      '\\bas\\s+(?:previously|already)\\s+(?:said|mentioned|discussed|stated|agreed)\\b',
      '\\b(?:as\\s+)?per\\s+my\\s+(?:last|previous|earlier|\\w+\\s+last)\\b',
      '\\bjust\\s+to\\s+(?:be\\s+clear|clarify|reiterate|remind\\s+you)\\b[^?]*\\bagain\\b',
      ',\\s*again\\s*[,?]',
      "\\b(?:I'?ll|let\\s+me|I\\s+will|I'?m\\s+going\\s+to)\\s+(?:ask|say|repeat|explain)\\s+(?:it\\s+|this\\s+|that\\s+)?(?:once\\s+more|one\\s+more\\s+time|again|myself)\\b",
      '\\blet\\s+me\\s+repeat\\b',
      '\\b(?:friendly|gentle|quick|polite)\\s+reminder\\b',
      '\\b(?:not\\s+sure|in\\s+case|wondering)\\s+(?:if|whether)?\\s*you\\s+(?:saw|missed|read|got)\\s+my\\b',
      '\\bin\\s+case\\s+you\\s+missed\\b',
      '\\bdid\\s+you\\s+(?:ever|even)\\s+(?:get\\s+to|read|see|open)\\b',
      "\\bcorrect\\s+me\\s+if\\s+I'?m\\s+wrong\\b",
      '\\bno\\s+(?:pressure|offen[cs]e|rush|judgement|judgment),?\\s+but\\b',
      '\\bwith\\s+(?:all\\s+)?(?:due\\s+)?respect\\b',
      '\\bmust\\s+be\\s+nice\\b',
      '\\binteresting\\s+(?:choice|decision|approach|move)\\b',
      '\\bthanks?\\s+(?:you\\s+)?for\\s+(?:finally|eventually|deciding\\s+to|gracing)\\b',
      '\\bnice\\s+of\\s+you\\s+to\\s+(?:join|show|turn\\s+up|finally)\\b',
      '\\bsince\\s+you\\s+(?:clearly|obviously|apparently)\\s+know\\b',
      "\\bI'?m\\s+sure\\s+you\\s+(?:had|have)\\s+(?:your|a|good|some)\\s+(?:\\w+\\s+)?reasons?\\b",
      '\\bgoing\\s+forward,?\\s+(?:could|can|would|will|might)\\s+you\\b',
      '\\b(?:could|can|would)\\s+you\\s+(?:maybe|perhaps|possibly)\\s+(?:try|read|remember|check|look|think|consider|bother|manage)\\b',
      "\\bif\\s+it'?s\\s+not\\s+too\\s+much\\s+(?:trouble|to\\s+ask)\\b",
      '\\bif\\s+you\\s+can\\s+(?:find|spare)\\s+the\\s+time\\b',
      '\\bsome\\s+of\\s+us\\b',
      '\\bwhatever\\s+you\\s+think\\s+is\\s+best\\b',
      '\\bnot\\s+to\\s+(?:nag|be\\s+that\\s+person|harp\\s+on)\\b',
      '\\bstill\\s+waiting\\s+(?:on|for)\\b',
    ),
    message: 'This carries an edge of "I have told you before", which puts them on the defensive.',
    suggestion: 'Drop the reminder and ask the question plainly, as if for the first time.',
  },
  // ── performance-hinting: a concern about their standing, hinted rather than said ────────
  {
    kind: 'performance-hinting',
    pattern: any(
      '\\b(?:recovery|improvement|rescue|action)\\s+plan\\b',
      '\\bturn\\s+(?:things|it|this|that|yourself)\\s+around\\b',
      '\\b(?:get|getting|be|come)\\s+(?:yourself\\s+)?back\\s+on\\s+track\\b',
      '\\bshould\\s+(?:I|we)\\s+be\\s+(?:worried|concerned|nervous)\\b',
      '\\b(?:am|are)\\s+(?:I|we)\\s+right\\s+to\\s+(?:worry|be\\s+(?:worried|concerned))\\b',
      '\\b(?:the\\s+)?right\\s+(?:fit|person)\\s+for\\s+(?:this|the|your)\\b',
      '\\bcut\\s+out\\s+for\\b',
      '\\bstill\\s+(?:up\\s+for|something\\s+you|the\\s+right|want\\s+(?:this|the|to\\s+(?:do|be|work))|committed|interested\\s+in\\s+(?:this|the|your)\\s+(?:job|role|work))\\b',
      '\\bat\\s+stake\\s+(?:for\\s+you|here)\\b',
      '\\bhow\\s+(?:committed|serious|invested|dedicated)\\s+are\\s+you\\b',
      '\\byour\\s+(?:review|appraisal|rating|assessment)\\s+(?:is\\s+going\\s+to|will|might|could)\\b',
      '\\bhow\\s+(?:do\\s+you\\s+think\\s+)?your\\s+(?:review|appraisal|rating|assessment|evaluation)\\b',
      '\\byour\\s+performance\\s+(?:compared|lately|recently|this|has|against|versus|vs)\\b',
      '\\b(?:meet|hit|clear|reach)\\s+the\\s+bar\\b',
      '\\b(?:raise|up|lift)\\s+your\\s+game\\b',
      '\\bno\\s+more\\s+(?:slips|mistakes|misses|delays|surprises|incidents|errors)\\b',
      '\\b(?:people|some\\s+people|others|someone|a\\s+few\\s+(?:people|folks)|the\\s+team|a\\s+few\\s+of\\s+us)\\s+(?:have|has)\\s+(?:noticed|mentioned|raised|said|complained|flagged|commented)\\b',
      '\\b(?:people|some\\s+people|others|a\\s+few\\s+people)\\s+(?:are|were)\\s+(?:concerned|worried|saying|talking|asking)\\b',
      '\\bif\\s+I\\s+(?:told|said\\s+to)\\s+you\\b',
      "\\b(?:isn'?t|is\\s+not|won'?t\\s+be)\\s+like\\s+the\\s+last\\b",
      '\\bcan\\s+(?:I|we)\\s+(?:still\\s+)?(?:count|rely)\\s+on\\s+you\\b',
      '\\b(?:sure|confident)\\s+you\\s+can\\s+(?:manage|handle|cope|deliver|keep\\s+up)\\b',
      '\\b(?:last|final)\\s+chance\\b',
      '\\bprove\\s+(?:yourself|that\\s+you|you\\s+can)\\b',
    ),
    message: 'This hints that their standing is in doubt without saying what the concern is.',
    suggestion:
      'If there is a concern, name it plainly and kindly; otherwise ask how things are going for them.',
  },
  // ── blaming, wrapped in curiosity or in making up for it ────────────────────────────────
  {
    kind: 'blaming',
    pattern: any(
      '\\bwhat\\s+(?:on\\s+earth\\s+)?possessed\\s+you\\b',
      '\\bhelp\\s+me\\s+(?:see|understand|get|figure\\s+out)\\s+why\\b(?!\\s+(?:this|it|that)\\s+(?:matters|is\\s+important))',
      '\\b(?:you|we)\\s+(?:\\w+\\s+){0,3}?make\\s+(?:it\\s+|this\\s+|that\\s+)?up\\s+(?:for|to)\\b(?!\\s+you\\b)',
      '\\b(?:make|making)\\s+amends\\b|\\bredeem\\s+yourself\\b|\\b(?:earn|win)\\s+back\\b|\\batone\\b',
      '\\bwho\\s+(?:decided|thought)\\s+(?:it\\s+was|that\\s+(?:it\\s+)?was|it\\s+would\\s+be)\\s+(?:fine|ok|okay|a\\s+good\\s+idea|acceptable|smart|wise|alright)\\b',
      '\\bwhose\\s+(?:idea|call|decision|doing)\\s+was\\b',
      "\\bwhat\\s+(?:made|led|caused|prompted)\\s+you\\s+(?:to\\s+)?(?:think|believe|assume|decide)\\s+(?:that\\s+)?(?:it|this|that|nobody|no\\s+one|you\\s+could|it'?s|was|would|we)\\b",
      '\\bthat\\s+(?:was|would\\s+be)\\s+(?:acceptable|ok|okay|fine|a\\s+good\\s+idea|smart)\\b',
      '\\bnobody\\s+would\\s+notice\\b',
      '\\b(?:go|went|gone|going)\\s+wrong\\s+on\\s+your\\s+(?:end|side|part)\\b',
      '\\bon\\s+your\\s+(?:end|side|part)\\s+(?:went|go|was)\\s+wrong\\b',
      '\\b(?:was|is|were)\\s+(?:so\\s+)?unclear\\s+(?:to|for)\\s+you\\b',
      "\\bwhat\\s+part\\s+of\\b[^?]*\\b(?:didn'?t|don'?t|did\\s+not)\\s+you\\b",
      '\\b(?:your|an?|the)\\s+explanation\\s+for\\b',
      '\\bhow\\s+(?:do|can)\\s+you\\s+explain\\s+(?:the|this|that|your|why|what)\\b',
      '\\bhow\\s+did\\s+you\\s+(?:let|allow)\\b',
      '\\b(?:how|what)\\s+(?:\\w+\\s+)?you\\s+managed\\s+to\\s+(?:lose|break|miss|forget|delete|crash|drop|mess|ruin|upset)\\b',
      '\\bmanage\\s+to\\s+(?:lose|break|miss|forget|delete|crash|drop|mess|ruin|upset)\\b',
      '\\bwhat\\s+were\\s+you\\s+hoping\\s+would\\s+happen\\b',
      '\\bwhen\\s+you\\s+(?:ignored|skipped|missed|forgot|broke|dropped)\\b',
    ),
    message: 'Curious wording, but the question still asks them to defend a mistake.',
    suggestion: 'Ask what happened and what would help next time, e.g. "What got in the way?"',
  },
  // ── pressuring: a yes extracted rather than an answer invited ───────────────────────────
  {
    kind: 'pressuring',
    pattern: any(
      '\\b(?:can|could|will|would)\\s+you\\s+commit\\s+to\\b',
      '\\b(?:firm|straight|quick)\\s+(?:yes|answer|commitment)\\b',
      '\\b(?:zero|no)\\s+(?:bugs|mistakes|errors|defects|slips)\\s+(?:this|next|in)\\b',
      '\\bwork\\s+(?:through|over|during)\\s+(?:the|your)\\s+(?:holiday|holidays|weekend|vacation|leave|night|break|evening)\\b',
      '(?<!\\bto\\s+)\\b(?:stay|staying|work|working)\\s+late\\b',
      "\\b(?:tell|promise|assure|told|promised)\\s+(?:leadership|the\\s+(?:client|customer|board|team|boss)|my\\s+(?:boss|manager)|them|the\\s+exec\\w*)\\s+(?:that\\s+)?you'?(?:ll|\\s+will|\\s+can)\\b",
      '\\b(?:already|just)\\s+(?:promised|committed|told|sold)\\b',
      '\\bcounting\\s+on\\s+you\\b',
      "\\b(?:is|are|everyone'?s|team'?s)\\s+(?:\\w+\\s+)?waiting\\s+on\\s+you\\b",
      '\\bhow\\s+(?:fast|soon|quickly)\\s+can\\s+you\\b',
      '\\bturn\\s+(?:this|it|that)\\s+around\\s+(?:by|today|tonight|fast|quickly)\\b',
      "\\b(?:any|a|one)\\s+reason\\s+(?:why\\s+)?you\\s+(?:can'?t|couldn'?t|cannot|won'?t)\\b",
      "\\bwhat'?s\\s+stopping\\s+you\\s+from\\s+(?:finishing|doing|shipping|getting|taking|fixing)\\b",
      '\\b(?:finish|finishing|ship|shipping|done)\\s+(?:it\\s+|this\\s+|that\\s+)?(?:tonight|today|by\\s+tomorrow|by\\s+morning)\\b',
      '\\bfit\\s+(?:in\\s+)?(?:one|another|a\\s+few|two)\\s+more\\b',
      '\\bone\\s+more\\s+(?:client|project|ticket|thing|task)\\s+in\\b',
      '\\bwould\\s+it\\s+be\\s+a\\s+problem\\s+(?:to|if\\s+you)\\b',
      "\\b(?:everyone|everybody)\\s+(?:else\\s+)?(?:has|have|is|'s)\\s+(?:already\\s+)?(?:signed|agreed|said|in|on\\s+board)\\b",
      '\\bnot\\s+leave\\s+(?:this|the)\\s+room\\b',
      '\\b(?:until|till)\\s+(?:it|this|that)\\s+(?:ships|is\\s+done|works|lands)\\b',
      '\\bsay\\s+yes\\b',
      '(?:^|[,;.]\\s*)(?:okay|ok|yes|alright|deal|agreed)\\s*\\?\\s*$',
      "\\b(?:won'?t|will|can'?t|can)\\s+you\\s*\\?\\s*$",
    ),
    message: 'This presses for a yes instead of asking what is possible for them.',
    suggestion:
      'Share the need and ask what is realistic, e.g. "What would it take to make this work?"',
  },
  // ── leading: the answer is built into the question ──────────────────────────────────────
  {
    kind: 'leading',
    pattern: any(
      "\\byou'?d\\s+agree\\b",
      '(?<!\\b(?:how|what|where|when|why|who|which)\\s+)\\bwould\\s+you\\s+say\\s+(?:that\\s+)?(?:the|it|this|that|we|our|your|you)\\b',
      "\\b(?:is|isn'?t|was|wasn'?t)\\s+(?:the\\s+\\w+\\s+|it\\s+|that\\s+|this\\s+)?(?:not\\s+)?(?:obvious|clear|self-evident)\\b",
      '\\bthe\\s+(?:best|right|only|obvious|smart|sensible)\\s+(?:option|way|choice|thing|answer|call|move|path)\\s+(?:is|would\\s+be)\\b',
      '\\byou\\s+(?:would|will|do|are|did|can)\\s+too\\s*\\?',
      '\\bmost\\s+people\\s+(?:would|do|think|agree|prefer)\\b',
      '\\b(?:we|I)\\s+(?:all\\s+)?agree\\s+(?:that\\s+)?(?:the|it|this|we)\\b',
      '\\bas\\s+(?:well|good)\\s+as\\s+(?:we|I|everyone)\\s+(?:hoped|expected|wanted)\\b',
      "\\bwouldn'?t\\s+(?:it|that|this)\\s+(?:make\\s+(?:more\\s+)?sense|be\\s+(?:better|easier|smarter|nicer))\\b",
      "\\baren'?t\\s+you\\s+(?:glad|happy|relieved|pleased|excited)\\b",
      "\\bshouldn'?t\\s+(?:we|you|I|they)\\b",
    ),
    message: 'The question already holds the answer you hope to hear.',
    suggestion: 'Ask for their view before giving yours, e.g. "What do you think about…?"',
  },
  // ── loaded: a judgement smuggled in as a premise ────────────────────────────────────────
  {
    kind: 'loaded',
    pattern: any(
      '\\bhow\\s+much\\s+longer\\b',
      '\\b(?:why\\s+(?:are|were|is)\\s+you|(?:making|made|make)\\s+you|why\\s+do\\s+you\\s+(?:get|seem|act))\\s+(?:so|this|that|such\\s+a)\\b(?!\\s+(?:good|great|well|much\\s+better|happy|excited|calm))',
      '\\bthe\\s+fact\\s+that\\s+(?:you|your)\\b',
      '\\byour\\s+(?:\\w+\\s+)?(?:problem|problems|issue|issues|weakness|weaknesses|shortcomings?|failures?|slump)\\s+(?:with|around|in)\\b',
      '\\byour\\s+(?:communication|attitude|quality|focus|time(?:keeping)?|motivation|reliability|behaviou?r)\\s+(?:problem|issue|gap|deficit)s?\\b',
      '\\b(?:sudden|recent|steady|big)\\s+(?:drop|decline|dip|slump|fall)\\b',
      '\\b(?:drop|decline|dip|slump|fall)\\s+in\\s+(?:your\\s+)?(?:quality|output|performance|productivity|effort|engagement|standards)\\b',
      "\\bwhat'?s\\s+with\\s+(?:all\\s+)?(?:the|your|these|those|this|that)\\b",
      '\\bsuch\\s+a\\s+(?:disaster|mess|failure|train\\s?wreck|nightmare|fiasco|shambles|drag)\\b',
      '\\b(?:disaster|fiasco|shambles|train\\s?wreck)\\b',
      '\\b(?:you|your\\s+[\\w-]+)\\s+(?:(?:is|are|was|were|been)\\s+)?(?:always\\s+|still\\s+|again\\s+)?the\\s+(?:bottleneck|blocker|weak\\s+link|problem|holdup|hold-up)\\b',
      '\\b(?:bottleneck|blocker|late|behind|the\\s+problem)\\s+(?:every\\s+(?:single\\s+)?time|all\\s+the\\s+time)\\b',
      '\\bwhen\\s+(?:are|will)\\s+you\\s+(?:going\\s+to\\s+|gonna\\s+|ever\\s+)?(?:start|finally|stop|begin|learn)\\b',
      '\\bwhen\\s+will\\s+(?:your|you)\\b[^?]*\\b(?:change|improve|get\\s+better)\\b',
      '\\bwhen\\s+did\\s+you\\s+stop\\b',
      '\\bstop\\s+being\\b',
      '\\b(?:start|begin)\\s+taking\\s+(?:ownership|responsibility)\\b',
      "\\b(?:friction|trouble|drama|tension|problems?|issues?|noise|conflict|chaos|confusion)\\s+you(?:'ve|\\s+have)?\\s+(?:keep\\s+)?(?:create|cause|caused|created|bring|brought|stir|stirred|creating|causing)\\b",
      '\\btake\\s+you\\s+(?:twice|three\\s+times|so|this|that)\\s+(?:as\\s+)?long\\b',
      '\\btwice\\s+as\\s+long\\b',
      '\\b(?:resistant|resistance)\\s+to\\b',
      '\\b(?:so|this|that|always|too)\\s+(?:negative|defensive|stubborn|combative|dismissive|touchy|prickly|moody|difficult|unreliable|disorgani[sz]ed|hostile|aggressive|cynical)\\b',
    ),
    message: 'The question takes a judgement about them as given, so any answer accepts it.',
    suggestion:
      'Describe one specific thing you noticed, then ask how they see it, e.g. "In Monday\'s review I noticed…; how did it feel from your side?"',
  },
  // ── closed where open would serve ───────────────────────────────────────────────────────
  {
    kind: 'closed',
    // A yes/no question about how something feels or went: "Are you happy here?" invites
    // "yes" and ends the topic; "What would make you happier here?" opens it. Offers
    // ("Would you like…", "Is there anything…", "Can I…") are left alone.
    pattern: rx(
      `^\\s*(?:so,?\\s+|and\\s+|overall,?\\s+)?(?<phrase>(?:are|is|was|were|do|did|does|have|has)\\s+(?:you|things|everything|it|that|this|the\\s+[\\w-]+(?:\\s+[\\w-]+)?|your\\s+[\\w-]+(?:\\s+[\\w-]+)?)\\s+(?:(?:still|really|feeling|finding|doing|being|getting|going|feel|find|think|been)\\s+)?${VERDICT})\\b(?![^?]*\\bor\\b)[^?]*\\?\\s*$`,
    ),
    message: 'A yes/no question about how it is going tends to get a "fine" and end the topic.',
    suggestion: 'Open it with "how" or "what", e.g. "How is it going from your side?"',
  },
];
