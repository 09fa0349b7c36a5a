"""How a chat message is laid out: its sentences and clauses, which of them ask and which only
tell, and small talk. Pure text rules; the FAQ index decides what each part is worth."""

from __future__ import annotations

import re
from functools import lru_cache

from core.text import normalize

GREETING = (
    r"(?:hi|hello|hey|hiya|heya|howdy|yo|hola|greetings|good (?:morning|afternoon|evening|day)|gm|"
    r"whats up|sup|yo whats good|whats good)"
    r"(?: there| all| everyone| everybody| guys| folks| friends| yall| people| team| fam| bot| advisor)*"
)
# "Hey there friends, good career?": a greeting before the question, set off by a comma or stop.
# …or addressing the advisor, comma or not: "hey bot if I want the easier path…".
LEADING_GREETING = re.compile(
    rf"^\s*{GREETING}\s*[,.!:;-]+\s*|^\s*(?:hi|hello|hey|yo|ok|okay)\s+(?:bot|advisor)\b[\s,.!:;-]*",
    re.IGNORECASE,
)

# Words that open or close a message without saying anything: "ok so i'm a biller, how do I move
# into coding", "honestly, is it worth it", "what does a biller do in a hospital pls", "…is that
# common nowadays?" (asked of today anyway), "…in the US?" (every answer is about the US), "I want
# to know what…". Left in, they hide where the question starts or ends from the rules that read
# it. ("Well" and "ok" need a comma: "well paid jobs" is no opener.)
_OPENER = re.compile(
    r"^\s*(?:(?:(?:ok|okay|alright|so)(?: so| basically)?|basically|honestly|seriously|real talk|"
    r"quick question|yo|bro|dude|ayo|"
    r"lol|lmao|btw|anyway|anyways|also)\b[\s,.:!-]*"
    r"|(?:well|hmm+|um+|uh+|(?:i[’']?m |i am |just |so )?curious"
    r"|(?:quick |random |serious |genuine |honest |dumb |stupid )?(?:question|q))\s*[,.:!-]+\s*"
    # "I want to know what's the job of a medical biller": the question is what follows.
    r"|(?:i (?:want|wanted|wanna|would like|[’']?d like|need) to know"
    r"|i was wondering|i[’']?m wondering|i am wondering|i wonder"
    r"|(?:can|could) (?:you|someone|anyone) (?:please )?(?:tell me|explain)"
    r"|(?:do|does) (?:you|any(?:one|body)) know|any(?:one|body) know)"
    # …and what follows may ask as a question of its own: "I'm wondering is there homework after".
    r",? (?=(?:how|what|whats|what[’']s|why|where|when|which|who"
    r"|is|are|do|does|can|should|will|would)\b))+",
    re.IGNORECASE,
)
_PUNCTUATION = "!?.,;:…'\"()*~-"
_CLOSER_ENDS = frozenset(
    "pls plz plss please pleasee nowadays days now age us usa states america".split()
    + "tia advance anyone anybody".split()
    + "honestly realistically generally general opinion truthfully".split()
    + "xd fr frfr /s <3 tbh ngl imo imho".split()
)
_THANKS_ENDS = frozenset("thanks you u thx tysm ty much lot lol lmao lmfao haha hahaha".split())
_THANKS = re.compile(
    r"[\s,]+(?:(?:thanks|thank you|thank u|thx|tysm|ty)(?: so much| a lot)?|lol|lmao|lmfao|haha+)[\s!.]*$",
    re.IGNORECASE,
)
_LAST_SENTENCE = re.compile(r"[.!]\s+")
_CLOSER = re.compile(
    r"(?<!anywhere)(?<!everywhere)[\s,]+(?:pls|plz|plss|please|pleasee|nowadays|these days"
    r"|in this day and age|right now|tia|thanks in advance|anyone|anybody"
    r"|(?:here )?in the (?:us|usa|united states|states)|in america"
    # A hedge at the end asks nothing more: "what does a biller do in a hospital, honestly".
    r"|honestly|realistically|generally|in general|truthfully|in your (?:honest )?opinion"
    # …and so is chat's tail: "should i become a biller fr", "…xD", "…<3", "…/s".
    r"|xd|fr|frfr|/s|<3|tbh|ngl|imo|imho)(?=[\s!.?]*$)",
    re.IGNORECASE,
)


# A whole message in quotes, a code span or markup (bold, italics, brackets, a spoiler) is the question
# itself: '"can i work from home as a coder"', "*is coding hard*"; so is one set as a list item or a quote
# block ("- is coding hard", "> is coding hard": _BULLET).
_QUOTED = re.compile(
    r'^\s*["“”`]+([^"“”`]+?)["“”`]+\s*([?!.]*)\s*$|^\s*[*_~|(\[]+([^*_~|()\[\]]+?)[*_~|)\]]+\s*([?!.]*)\s*$'
)
_BULLET = re.compile(r"^\s*(?:[-*•>]|\d+[.)])\s+(?=\S)")
# Emoji and emoticons at the end, after a word: "…honestly 😭", "…in general :)".
_BEFORE_A_WORD = frozenset("from at in to a an the my your for of with like on by about into".split())
_EMOJI_END = re.compile(
    r"(?<=[\w?!.,])(?:\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+|\s+[:;]-?[()DPp])[\s!.]*$"
)


def _last_word(text: str) -> str:
    words = text[-40:].split()
    return words[-1].strip(_PUNCTUATION).lower() if words else ""


def without_fillers(question: str) -> str:
    """The message without the words that only open or close it; unchanged if no question is left
    ("ok bot" is small talk, not a question about bots)."""
    if "\n" not in question.strip():  # a list of several is several questions: left as it is
        question = _BULLET.sub("", question, count=1)
    quoted = _QUOTED.match(question)
    if quoted:
        question = (quoted[1] or quoted[3]) + (quoted[2] or quoted[4] or "")
    trimmed = _OPENER.sub("", LEADING_GREETING.sub("", question))
    # The closers are searched for only when the last word could end one: most messages end otherwise.
    # Several may follow each other ("…in general lol", "…honestly 😭"): each is taken off in turn.
    for _ in range(3):
        emoji = _EMOJI_END.search(trimmed)
        # (…not one that stands for a word: "can i code from 🏠".)
        if emoji and trimmed[: emoji.start()].split()[-1].lower() not in _BEFORE_A_WORD:
            trimmed = trimmed[: emoji.start()]
        elif _last_word(trimmed) in _CLOSER_ENDS and _CLOSER.search(trimmed):
            trimmed = _CLOSER.sub("", trimmed)
        else:
            break
    if _last_word(trimmed) in _THANKS_ENDS:
        # A closing "thanks" (or "lol") after a question is politeness; after a message that only
        # tells ("My mom is a medical coder. Thanks!") it is the reply to answer.
        thanked = _THANKS.sub("", trimmed)
        # (The question may be the last sentence: "everyone says coding is hard. is it lol".)
        last = normalize(_LAST_SENTENCE.split(thanked)[-1])
        if thanked != trimmed and ("?" in thanked or asks(last) or leans_on_what_was_told(last)):
            trimmed = thanked
    if trimmed == question:
        return question
    left = normalize(trimmed).split()
    return trimmed if len(left) > 1 or (left and "?" in trimmed) else question


# "Is the CBCS exam open book like the CPC?" asks about the CBCS: the other credential is only
# the yardstick it is held against.
_CREDENTIAL = r"(?:cpc|cpb|cca|ccs|cbcs)(?:[\s-]?a|[\s-]?p)?"
_YARDSTICK = re.compile(
    rf"\b(?P<subject>{_CREDENTIAL})\b(?:\s+exam|\s+test)?\s+\w.*?"
    r"(?P<tail>[\s,]+(?:just |exactly )?(?:like|as with|same as|unlike|as) "
    rf"(?:the |an? )?(?P<yardstick>{_CREDENTIAL})(?: exam| test| one| does| is| credential| cert)?[\s?!.]*)$",
    re.IGNORECASE,
)


def without_yardstick(question: str) -> str:
    """The question without the other credential it is held against ("…open book like the CPC?")."""
    held = _YARDSTICK.search(question)
    if not held or held["subject"].lower() == held["yardstick"].lower():
        return question
    return question[: held.start("tail")] + ("?" if "?" in held["tail"] else "")


# Small talk, said on its own: a greeting, thanks, or "what can you do". Answered politely, never
# matched against the FAQ ("thanks" is not a typo of "thinks").
SMALL_TALK = (
    (
        "hello",
        re.compile(rf"^{GREETING}$"),
    ),
    (
        "thanks",
        re.compile(
            r"^(ok|okay|k|kk|cool|great|nice|awesome|perfect|alright|got it|sounds good|makes sense|"
            r"ok lol|okay lol|understood|noted|nvm|never mind|nevermind|ok cool|okay cool|ok thanks|"
            r"oh ok|ah ok|i see)$|"
            r"^((ok|okay|great|cool|awesome|perfect|got it|nice) )?"
            r"(thanks|thank you|thank u|thanks u|thank ya|thx|ty|tysm|cheers|"
            r"much appreciated|appreciate it|i love you|love you|you rock|good bot|nice bot|"
            r"you are (great|awesome|the best|amazing))( so much| a lot| very much| again)*( bot| advisor)?"
            r"( lol| haha+| lmao)?$"
        ),
    ),
    (
        "bye",
        re.compile(
            r"^((ok|okay|thanks|thank you|cool) )?(bye|goodbye|bye bye|good night|goodnight|gn|cya|see ya|"
            r"see you|see you later|later|talk later|ttyl|"
            r"have a (good|great|nice|lovely|wonderful) (day|night|one|weekend))"
            r"( bot| advisor| all)?$"
        ),
    ),
    (
        "help",
        re.compile(
            r"^((hi|hello|hey) )?(help|help me|menu|commands|start|"
            r"what can you do( for me)?|what do you do|what can i ask( you)?|"
            r"what can you help( me)? with|"
            r"how does (this|the) (bot|thing|advisor|chat) work|"
            r"what commands (are there|do you have|can i use)|"
            r"what are (my|the) options|how (accurate|reliable|trustworthy) (are|is) (your|the|these) "
            r"(answers|info|information)|"
            r"who are you|what are you|how does this work|how do i use (this|you)|how old are you|"
            # Where the answers come from: help says (every answer names its source and year).
            r"what (sources?|references?) (do|did|does) (you|this bot|the bot|this) (use|have|rely on|cite)|"
            r"where do you get (your|the|these|this) (info|information|data|numbers|facts|answers)|"
            r"how are you( doing)?( today)?|whats your name|what is this( bot)?|"
            # "How's your day going?" asks after the advisor, not about a biller's day.
            r"(how|hows|how is|how was|how has) (your|ur) (day|morning|evening|week|weekend)"
            r"( going| been| so far)*( so far)?( today)?|"
            r"who (made|built|created|wrote|runs|owns) (you|this|this bot|this thing|the bot)|"
            r"(bad|stupid|dumb|useless|terrible|wrong) (bot|answer|advisor)|"
            # About the advisor itself: what it covers and where its answers come from.
            r"what (topics|things|questions|subjects) (do|can) you (cover|answer|help with)|"
            r"what can i ask( you)? about|what should i ask( you)?|"
            r"where (do|does|did) (your|these|the|this|that|those|you get your) "
            r"(salary |pay |wage |job |outlook )?"
            r"(facts|answers|numbers?|figures?|info|information|data|stats|statistics)"
            r"( come from)?|(what|whats|what are) (is )?(your|the) sources?|sources?|"
            r"(is|are) (this|these|your|the|that|those) "
            r"(info|information|data|numbers?|figures?|stats) (still )?"
            r"(up to date|current|accurate|recent|reliable|still true|still right|from \d{4}|old|outdated)|"
            r"how (old|recent|current) (is|are) (this|these|your|the) "
            r"(info|information|data|numbers|figures|stats)|"
            r"can i (trust|believe|rely on) (this|these|your|the) "
            r"(answers|info|information|data|numbers|figures)|"
            r"(is|are) (this|these|that|those|the) \d{4} (numbers|figures|data|stats|info)|"
            r"what year (is|are) (this|these|your|the) "
            r"(info|information|data|numbers|figures|stats)( from)?|"
            r"who (wrote|writes|made) (your|the|these) answers|"
            r"where are you (located|from|based)|where do you live|"
            r"are you (better|smarter|worse|dumber) than [a-z ]{1,30}|"
            r"(are you|you are|youre|are u|r u|u r) (even )?(a |an )?(real )?"
            r"(bot|robot|human|ai|real|person|chatgpt|chat gpt|gpt|chatbot|siri|alexa)"
            r"( or (a |an )?(real )?(bot|robot|human|ai|person|chatgpt|chatbot))?)"
            r"( bot| advisor)?$"
        ),
    ),
    (
        "language",
        re.compile(
            r"^(do|can|could) you (speak|understand|read|answer in|talk in) (any )?"
            r"(spanish|french|portuguese|chinese|tagalog|hindi|arabic|other languages|another language)"
            r"|^(hablas|habla|parlez vous|voce fala)\b"
        ),
    ),
    (
        "off-topic",
        re.compile(
            r"^(what|whats) (time|day|the date|the time|todays date)( is it)?( today| now)?$"
            # Sums: "what's 2 + 2".
            # ("what is 99213" names no sum: it is a code look-up.)
            r"|^(what|whats|what is|how much is|calculate|solve) ?\d+"
            r"(( ?[-+*/x^=]| plus| minus| times| divided by| of| over) ?\d+)+$"
            # Converting a wage: "how much is 20 dollars an hour a year".
            r"|^(how much is|what is|whats) \d+( dollars| bucks| k)? (an|a|per) (hour|hr|week|month|year)"
            r"( (a|per|in a) (year|month|week)| annually| yearly| monthly| weekly)?$"
        ),
    ),
)
# "coders vs. billers", "etc.": a full stop that ends an abbreviation, not a sentence.
_NOT_ABBREVIATED = r"(?<!\be\.g)(?<!\bi\.e)" + "".join(
    rf"(?<!\b{a})(?<!\b{a.capitalize()})"
    for a in ("vs", "etc", "eg", "ie", "dr", "mr", "mrs", "ms", "approx")
)
# "Billers make around $18. What about coders?": a figure can end a sentence too (a list's "1." cannot).
_AFTER_A_FIGURE = r"(?<=\d\d)|(?<=\d%)|(?<=\dk)"
# A message asking two things ("Is coding hard? Also, how long is training?"): the pieces, and
# what a piece that asks something (rather than telling: "I'm 45 with two kids.") starts with.
PIECES = re.compile(
    rf"[?!;\n]+|{_NOT_ABBREVIATED}(?:(?<=[a-z])|{_AFTER_A_FIGURE})\.(?:\s+|$)|\s\d[.)]\s+(?=[a-zA-Z])"
    r"|,?\s(?:and|also|and also|plus)\s"
    # (…but "I work full time and can only study evenings" goes on telling: an auxiliary opens a
    # question only when its subject follows.)
    r"(?=(?:how|what|what.s|whats|which|where|why)\s|(?:is|are|can|could|do|does|will|would|should)\s"
    r"(?:i|you|u|we|they|he|she|it|there|this|that|these|those|coders?|billers?|coding|billing|someone|anyone"
    r"|people|one|a|an|the|my|your|medical|employers)\b)"
    # …and a comma before a question word that opens a new question ("Is coding hard, how long…",
    # "How long does training take, is it hard, and…").
    r"|,\s+(?=(?:how|what|which|where|why)\s|(?:is|are|do|does|can) (?:it|they|i|coders?|billers?)\s)",
    re.IGNORECASE,
)
# Sentences: their ends, and the colons and dashes that set off "quick question:" or "ok weird
# question -". Clauses also split at a comma or "but" before a question ("Long story short, what…"),
# and at "but" turning to what went wrong: in "got certified but can't find a job" the job is the news.
# A run-on message turns from telling to asking at "I was wondering" or "my question is".
_TURN_TO_ASK = (
    r"(?:i was wondering|i am wondering|im wondering|i'm wondering|i wanted to ask|i wanted to know|"
    r"i want to know|i would like to know|i'd like to know|id like to know|my question is|"
    r"(?:i am|i'm|im) writing to (?:enquire|inquire|ask))"
)
_SENTENCE_ENDS = (
    # ('…say "billing and coding specialist." Does that…': a quotation can end the sentence too.)
    rf"[?!;:\n]+|{_NOT_ABBREVIATED}(?:(?<=[a-zA-Z])|{_AFTER_A_FIGURE})\.[\"\u201d\u2019')]*(?:\s+|$)"
    r"|\s[-\u2013\u2014]+\s"
    rf"|(?i:\s+(?:(?:and|so|but)\s+)?(?={_TURN_TO_ASK}\b))"
)
_SENTENCES = re.compile(f"({_SENTENCE_ENDS})")
_CLAUSES = re.compile(
    rf"({_SENTENCE_ENDS}"
    r"|(?:,|\s+but)\s+(?:or\s+)?(?=(?:how|hows|how.s|what|whats|what.s|is|are|can|could|do|does|did|will|would|should|which|where|when|why|just"
    r"|isn.?t|aren.?t|won.?t|doesn.?t"
    r"|who|am)\s)|,?\s+but\s+(?=(?:cant|can't|cannot|still|no|not|nobody|havent|haven't|dont|don't|didnt|didn't)\s)"
    r"|,?\s+and\s+(?=(?:cant|can't|cannot|still|nobody|noone|havent|haven't)\s|no one\s))",
    re.IGNORECASE,
)
_A_ROLE = re.compile(r"\b(billing|coding|biller|coder)s?\b")
# A question about what was just told: "…can I still…", "Is that true?", "Is this normal?".
REFERS_BACK = re.compile(
    r"\b(still|anyway|anyways|despite|regardless|even (if|with|without|though))\b"
    # "…Can I start a course after that?": what "that" is, the message said before.
    r"|\b(after|with|without|with only|with just|besides|because of|given|knowing) "
    r"(that|this|those|these|all that|one|it)$"
    # "…Is billing a bad idea for me?": whether it suits this asker is what they told.
    r"|\b(for|to|fit|suit|fits|suits) (me|him|her|them|my (son|daughter|kid|child)|"
    r"someone like me|a person like me|people like me|somebody like me)$"
    # "I have anxiety. Would billing make it worse?"
    r"|\b(make|makes|making) (it|that|this|things|them) (worse|better)\b"
    r"|\b(be|is|it) too much( for me)?$"  # "I cry easily under pressure. Would billing be too much?"
    r"|\b(for|about) (that|this)$"  # "…from the kitchen table. Is billing realistic for that?"
    r"|\bin my (case|situation|shoes|position)\b"
    # "…my boss suggested the CBCS. Who is that certification aimed at?": the one just named.
    r"|\b(that|this) (certification|certificate|credential|cert|exam|test)\b"
    # "…nobody will hire me. Is it always this hard?"
    r"|\b(this|that|so) (hard|difficult|tough|bad|slow|long)$"
    # "…moving to North Carolina. Do I need to get certified again?"
    r"|\b(again|all over again|over again|recertify|re certify|recertified)$"
    # "I failed the CPC by 3 points. …how many questions is it?": "it" is what was told.
    r"|\b(is|was|are|were) (it|they)$"
    # "…healthcare is recession-proof. Does that apply to billing and coding?"
    r"|^(does|would|will) (that|this|it|the same) (also )?(apply|hold)( true)? (to|for|in)\b"
    # "…They said $21/hr. Is that fair for a new CPC-A?" "…Is there a big difference?"
    r"|^(is|was) (that|this) (fair|decent|reasonable|a lowball)\b"
    r"|^(is there|would there be) (a |any |much of a )?(big |huge |real |major |significant )?difference$"
    # "I keep hearing about ICD-10-CM and ICD-10-PCS. Are they the same thing?"
    r"|^(are|is|arent|isnt) (they|those|these|the two|both|it|that) (really |actually |basically |just )?"
    r"(the same|the same thing|different|related|interchangeable)( thing| things)?$"
    # "Our practice just started using an AI coding tool. Will this eventually eliminate my job?"
    r"|^(will|would|could|can|is|does|might) (this|that|it|they) (eventually |ever |one day |someday "
    r"|really )?(going to )?(eliminate|replace|take|kill|end|cost|threaten|wipe|destroy|hurt"
    r"|affect|reduce|shrink|change|disrupt|eat|automate)\b"
    # "My friend codes for a hospital and says she makes good money. What's typical?"
    r"|^(so |but |ok )?(what|whats|what s|what is) (is |s )?(typical|normal|usual|average|standard"
    r"|the norm|realistic|common|more typical|more realistic)( then| though| really"
    r"| for (a |an )?(new|beginner|newbie|entry level)( one| coder| biller| person)?)?$"
    # "…i really need to work from home is that possible with medical billing or do you have to go in"
    r"|^(is|would|will|was) (that|this|it) (be )?(even |really |actually )?"
    r"(possible|doable|realistic|feasible|an option|allowed) (with|in|as|at)\b"
    # "The growth number in that article is from years ago. What does it look like now?"
    r"|^(so )?(what|how) (does|do|did) (it|that|this|they|those|things) look( like)?"
    r"( now| today| these days| nowadays| currently| at the moment| in 2024| in 2025)?$"
    # "The 2019 article said jobs were growing fast. How fast was that?"
    r"|^how (fast|quick|quickly|big|high|much|many) (was|is|were|are) (that|it|this|they|those)$"
    # "My MA program includes the CBCS. Does it cover billing and coding or just one?"
    r"|^(does|do|did|will|would) (it|that|they|this|those) (cover|include|test|qualify|count)\b"
    # "I saw 2019 growth numbers for coders. Have they been updated since?"
    r"|\b(have|has) (they|it|those|these|that|this) (been |ever been )?(updated|revised|changed)"
    r"( since( then)?)?$"
    # "…every rejection says they went with someone more experienced. At what point do I give up?"
    r"|^(at what point|when) (do|should|would|will|can) (i|you|we|people) (just )?(give up|quit|move on"
    r"|throw in the towel|call it quits|stop trying)\b"
    # "I'm chatty and organized. Is that what billing needs?" "…AI can code charts now. Does that
    # mean coders will be replaced?" "I'm moving to Canada. Will my certification mean anything there?"
    r"|^(is|isnt|was|are) (that|this|those|these) (what|who|the kind|the sort|the type)\b"
    r"|^(does|would|will|doesnt) (that|this|it) mean\b|\b(there|over there)$"
    # "…A/R follow-up is so confusing. Does it make more sense on the job? Does it get easier?"
    r"|^(does|will|would|did) (it|that|this|things) (get|gets|ever get) (easier|better)\b"
    r"|^(does|will|would|did) (it|that|this) (start to |begin to )?make (more )?sense\b"
    # "…new coders start around $18-20. Does that match what you've seen?"
    r"|^(does|do|did) (that|this|it) (match|sound|seem|line up)\b"
    r"|^how (does|do|would|did) (that|this|it|those|these) compare\b"
    # "…an NHA exam at the end of the program. …Is their credential legit?": the one just named.
    r"|^(is|are|isnt|arent) (their|its|his|her|that|this|the) (credential|cert|certification|certificate|exam"
    r"|test)s? (legit|legitimate|real|respected|recognized|recognised|valid|accepted|any good|worth it"
    r"|good)\b"
    # "…suggested I get an AHIMA credential. Should I go for the entry one or the advanced one?"
    r"|^(should|do|would|could|can) (i|you|we) (go for|get|take|pick|choose|start with|do|go with) (the )?"
    r"([a-z]+ ){0,2}(one|level)s? or (the )?([a-z]+ ){0,2}(one|level)s?$"
    # "ahima vs aapc certs, which are more respected?": which of those just named.
    r"|^which (one |ones )?(is|are) (more|most|better|the best)\b"
    # "My school offers prep for both the CCA and the CCS. …Which one should I take first?"
    r"|^which (one|ones|of them|of those|of the two) (should|do|would|can|could) (i|you|we) "
    r"(take|get|do|pick|choose|start with|go for|go with)\b"
    # "…learning ICD-10-CM, CPT and HCPCS. What's the difference between them? What are they for?"
    r"|\b(between|among|amongst) (them|these|those|the two|the three|all three)$"
    # "…my teacher says go straight for CCS. What's the actual difference?": between those two.
    r"|^(so |but |ok )?(what|whats|what s) (is |are )?(the |the actual |the real |the main |the big )?"
    r"differences?( really| exactly| then)?$"
    # "…when you'd use HCPCS instead of CPT. Can anyone explain the difference in plain English?"
    r"|\b(explain|tell me|describe|clarify|spell out|break down) (to me )?(the|that|this|their) "
    r"(main |real |actual )?(difference|differences|distinction)( between (them|the two|those|these))?"
    r"( to me)?( in plain english| in simple terms| simply| please)?$"
    # "…AAPC and AHIMA both offer credentials. What are my options and how do they differ?"
    r"|\bhow (do|does|would) (they|these|those|the two|both|them) (differ|compare|stack up)\b"
    # "…at the clinic it was a CMS-1500. Why the difference?"
    r"|^(so |but |ok )?why (the|is there a|is there any|is there such a) difference\b"
    # "…quotes different salary numbers. What are the latest figures, and where do they come from?"
    r"|\bwhere (do|did|does) (they|those|these|the numbers|the figures|that|this) come from\b"
    # "…coders average $21/hr. Is there a more up to date number?"
    r"|^(is there|are there|do you have|got|any) (a |an |any )?(more )?"
    r"(up to date|recent|current|newer|updated|latest|new|better) "
    r"(number|figure|one|stat|statistic|data|estimate)s?( than that| for that| for this)?$"
    # "…billers make around 40k but that was a few years ago. What are the current numbers?"
    r"|^(so )?(what|whats|what s)( are| is)? (the )?(current|latest|newest|recent|updated|up to date"
    r"|real|actual|new) (numbers?|figures?|stats?|statistics|data|estimates?)( now| today| then)?$"
    # "…a course that ends with the CBCS exam. What is that cert…?"
    r"|^(what|whats|what s) (is|are) (that|this|those|these) (cert|certification|certificate|credential"
    r"|exam|test|acronym|thing)s?\b"
    # "…my certificate says CPC-A. What does that A mean?"
    r"|^what (does|do) (that|this|those|these) ([a-z]+ ){1,2}(mean|stand for)\b"
    # "…every entry level job wants 2+ years. How is anyone supposed to get started?"
    r"|^how (is|are|do|does|can) (anyone|anybody|someone|somebody|people|newbies|beginners|new grads"
    r"|newcomers|we) (ever |even )?(supposed|meant|expected) to\b"
    r"|^(what|whats|what s) (are|is) (they|these|those|it|that|this|each one) (for|used for|about)( and .*)?$"
    # "…CPC, CCA, CCS, CBCS, CPB. Which ones are for coding and which are for billing?"
    r"|^which (ones|one|of (them|these|those)) (is|are) (for|used for|used in|meant for)\b"
    r"|\band which (ones |one )?(is|are) for (billing|coding|billers|coders)\b"
    # "My program prepares us for the CBCS. Is that a good cert to have?"
    r"|^(is|are|isnt|arent) (that|this|it|they|these|those) (a |an )?(good|bad|decent|useful|valuable"
    r"|respected|recognized|recognised|worthwhile|solid)( (cert|certs|certification|certifications"
    r"|credential|credentials|one|choice|option|idea|path))?\b"
)
# A clause that tells something (a person, a verb) rather than only naming a subject…
TELLS = re.compile(
    r"\b(i|im|ive|id|ill|me|my|we|our|us|you|your|he|she|his|her|they|their|is|are|was|were|am|be|been"
    r"|have|has|had|do|does|did|got|get|gets|said|says|told|think|heard|know|want|need|like|love|hate"
    r"|seem|seems|look|looks|sound|sounds|feel|feels)\b"
)
# …and a question pointing back at a subject named before it: "…, how long is it?".
POINTS_BACK = re.compile(r"\b(it|its|they|them|that|this|those|these|one|ones)\b")
# Asking only whether what was told holds: "Is that legit?", "True?". Its own words ask nothing.
VERIFYING = re.compile(
    r"^((is|was|isnt|are|am) (that|this|it|he|she|they|i|my [a-z]+) (actually |really |even |just |about "
    r"|pretty |fairly )?)?"
    r"(true|right|wrong|normal|possible|realistic|doable|common|typical|usual|legit|real|accurate|correct|"
    r"current|up to date|out of date|outdated|"  # "…jobs are growing 7%, is that current?"
    r"low|high|fair|decent|good|bad|average|"
    # "…Is that possible in billing?", "…Is that about normal nationwide?"
    r"the case|a thing|really)( (for|in|with|as)( [a-z]+){1,3}| nationwide| everywhere| these days)?"
    # "…Is that realistic or a scam?", "…$16/hr after 2 years. Is that low for a biller or pretty normal?"
    r"( or (a |just )?(scam|lie|myth|hype|exaggeration|fake|marketing)"
    r"| or (pretty |about |fairly |just )?(normal|average|typical|right|fair|low|high|good))?$"
    # "…Are they?"
    r"|^(is|are|was|were|isnt|arent) (it|they|that|this|those|these|he|she)( really| actually)?$"
    # "…always on the phone. Is that what the job is mostly?"
    r"|^(is|was|isnt) (that|this) (what|how|all) ([a-z]+ ){0,3}(is|are|do|does|looks?|goes|works|entails)"
    r"( like)?( mostly| usually| normally| all day| every day| really| most of the time| typically"
    r"| everywhere| in general| at every job| at most places)?"
    r"( or (is|are|am|was|were|do|does|did)( [a-z]+)+)?$"  # "…everywhere, or is my office just a mess?"
    # "…AI will have taken the entry level jobs. Is that a real risk according to the data?"
    r"|^(is|was|isnt) (that|this|it) (a |an )?(real |actual |genuine |serious |legit |big )?"
    r"(risk|threat|concern|worry|danger|possibility|problem)( (according to|based on|in) [a-z ]+)?$"
    # "My boss says X. Every site says Y. Who's right?"
    r"|^(so )?(who|which|which one|which side)( is| of them is| of us is)? (right|correct|telling the truth)$"
)
# Setting a subject aside: "Forget salary for a second, do I need a certification?" is not about pay.
DISMISSING = re.compile(
    r"^(forget( about)?|never ?mind|ignore|leaving|setting|putting|besides|if not|"
    r"(im |i am )?not (asking|worried|concerned|bothered) about|not (the|about the|about) [a-z]+$|"
    r"(im |i am )?not interested in|no interest in|"
    r"(i )?(dont|do not) care about|regardless of|aside from|apart from|other than)\b"
    r"|\b(aside|to one side|doesnt matter( to me)?|does not matter( to me)?|(isnt|is not|not) (my|a) "
    r"(concern|worry|priority|issue)|(isnt|is not) (important|an issue))$"
)
# A clause opening a message that sets something aside, up to its comma.
_SET_ASIDE = re.compile(
    r"\s*(?:(?:i ?.?m|i am) )?(?:not (?:asking|worried|concerned|bothered) about|forget(?: about)?|other than"
    r"|besides|aside from|apart from|setting aside|putting aside|leaving aside|regardless of|if not"
    r"|(?:i )?(?:don.?t|do not) care about|not interested in"
    r"|not (?:the|about the|about) (?=\w+\s*,))\b[^,;]*,\s*"  # "not the pay, what's the work like?"
    # "Training length doesn't matter to me, I just want to know…"
    r"|\s*[^,;?]{1,40}\b(?:doesn.?t|does not|don.?t|do not) matter(?: (?:to|for) me)?(?: at all| much)?,\s*",
    re.IGNORECASE,
)
# …and one closing it: "what do you get out of a coding job besides money?"
_SET_ASIDE_AFTER = re.compile(
    r"[\s,]+(?:besides|other than|apart from|aside from|except for|excluding|not counting|not including)"
    r" (?:the |just |only |a )?[a-z]+(?: [a-z]+)?(?=[\s?!.]*$)",
    re.IGNORECASE,
)
# Asking for more on the last answer: "tell me more", "what else?".
MORE = re.compile(
    r"^(and )?(tell me more|more|more please|more info|more information|more details|go on|continue|"
    r"keep going|what else|anything else|and what else|elaborate|can you elaborate|say more|"
    r"tell me more about (it|that|this)|more on (that|this))( please| pls)?$"
)
# A reply that asks nothing ("yes", "why?", "lol"): nothing to match.
NOTHING_ASKED = re.compile(
    r"^(yes|yeah|yea|yep|yup|no|nope|nah|maybe|idk|i dont know|dunno|not sure|hm+|lol|lmao|haha|"
    r"why|how|really|so|and|but|or|example|examples|for example|like what|such as|what|huh|"
    # Agreeing with someone in a group chat: "same" is no question about what billing and coding share.
    r"((lol|omg|literally|honestly|ok|oh) )?same( here| lol| tbh| honestly)?|me too|mood|facts|fr|agreed)$"
)
# Asking for a view on what was just told: "…Thoughts?", "…Any advice?", "…Is that true?".
ABOUT_TOLD = re.compile(
    r"^((any|your|ur) )?(thoughts|advice|opinions?|ideas|suggestions|input|tips|help|feedback|"
    r"recommendations|insights?|experiences?|guidance)( please| pls| anyone| guys| yall| everyone)?$"
    r"|^(what do (you|yall|you guys|people) think|yes or no|right|true|really|is it|help me|please help|"
    r"agree|do you agree|agreed|true or false|fact or myth|myth or fact|right or wrong|"
    r"what (should|do|can|would) (i|you) (do|be doing)( now| next| about it| about this)?|what would you do|"
    r"(can|could|would|will) (you|someone|anyone|somebody|u) (please )?(explain|describe|break down)"
    r"( it| this| that)?( to me)?( please)?|"
    r"please explain|explain please|explain|"
    # "My friend mentioned medical coding. What is it?": what "it" is, the message said.
    r"(so )?(what|whats) (on earth |the heck |the hell |in the world )?(is|are|exactly is) "
    r"(it|that|this|they|those)( exactly| even| about| all about| really| in simple terms| in plain english"
    r"| in plain terms| in laymans terms| in layman terms| in a nutshell| in short| simply| briefly)?|"
    r"what does (it|that|this) (mean|involve|entail)|"
    # "My textbook mentions CPT, ICD-10 and HCPCS. What's each one for?"
    r"(what|whats) (is |are )?(each|each one|each of them|they each|they|those|these) (for|used for|about)|"
    r"what (does|do) (each|each one|each of them|they each|they|those|these) (do|mean|cover|stand for)|"
    r"which (is|does|one is|one does) (which|what)|"
    # "…two years to drop the A. Is there any faster way?"
    r"is there (any|a|an) (faster|quicker|shorter|easier|cheaper|better|other) (way|route|option)"
    r"( to do (it|that|this)| around (it|that|this))?|"
    # "I need 36 CEUs. Where do people usually get them?"
    r"(where|how) (do|can|should|would|does) (i|you|we|people|one|someone|most people|coders|billers) "
    r"(usually |typically |normally |even |actually )?(get|find|earn|take|do) (them|those|these|it|one)|"
    r"what (should|do|can|would) i (tell|say to) (him|her|them)|"
    # "…I'm short on CEUs. How many do I need?": how many of what was told.
    r"how (many|much)( of (them|those|these|it))? (do|does|would|will|should) (i|you|we|one|people|someone) "
    r"(need|have to (get|have|earn|do))( (in total|total|altogether|each year|a year|per year))?|"
    r"should i (join|do it|go for it|accept|accept it|take it|sign up|sign it)( or not)?|"
    # "My dad keeps sending me articles about AI taking coding jobs. Should I be worried?"
    r"(should|do|must|would) (i|we|you|coders|billers|people) (be )?"
    r"(worried|worry|concerned|scared|afraid|nervous|panicking|freaking out)"
    r"( about (it|this|that))?( or (is|are) (he|she|they|it|my [a-z]+) (just )?(overreacting|exaggerating"
    r"|being dramatic|being paranoid|wrong|right))?|"
    r"(is|are) (he|she|they|my [a-z]+) (just )?(overreacting|exaggerating|being dramatic|being paranoid)|"
    r"why|why is that|why so|how so|how come)$"  # "…said billing is a good option. Why?"
)


# A sentence of sounds alone ("hmm", "lol", "idk") asks nothing, of what was told or else.
INTERJECTION = re.compile(
    r"^(?:(?:h+m+|u+m+|u+h+|a+h+|o+h+|eh|welp|u+g+h+|meh|wow|lo+l|lmao|lmfao|(?:ha)+|(?:he)+|idk|ok|okay|k|yeah|yep"
    r"|nope|well|so|anyway|anyways)\s*)+$"
)


def leans_on_what_was_told(flat: str) -> bool:
    """Whether a question is about what the message said before it ("can I still…", "True?")."""
    return bool(REFERS_BACK.search(flat) or VERIFYING.match(flat) or ABOUT_TOLD.match(flat))


ASKING = re.compile(
    r"^(how|what|whats|wat|wats|wut|wht|whts|whas|waht|hwat|hw|hws|"
    r"is|are|can|could|do|does|did|will|would|should|which|"
    r"isnt|arent|wont|doesnt|didnt|wasnt|werent|wouldnt|shouldnt|"  # "aren't billing and coding the same?"
    r"where|when|why|who|"
    rf"any|anyone|am|was|also|and|plus|{_TURN_TO_ASK})\b"
)


# With no punctuation, "is coding worth it i am 50 years old": the asker turns to themselves.
_ABOUT_ME = re.compile(
    r"\s(?=(?:i am|im|i'm|i have|ive|i've|i had|i dont|i don't|i do not|i never|i keep|i love|i like|"
    r"i hate|i work|i live|i just|i already|i really|i cant|i can't|i got|i was|i been|i feel)\b)",
    re.IGNORECASE,
)
# Words after which "I …" goes on the same clause: "if I have", "do you think I am", "can I".
_CARRIES_ON = frozenset(
    """if when because since that and but so as while though unless cause cuz where until till before
    must might may shall after once or than whether think know guess feel believe mean say hope wish
    suppose do does did
    can could would should will am is are was were have has had what how why which who""".split()
)


def asks(flat: str) -> bool:
    """Whether a normalised sentence asks: it opens the way questions do (a stretched word or a
    list's number included: "whhhhats the difference", "2. is it hard") or politely requests
    ("I would like to know the typical salary", "Could you please advise whether…")."""
    flat = _LIST_NUMBER.sub("", flat)
    if _WISHING.match(flat) and not REQUESTING.search(flat):
        return False  # "…and would like to learn medical billing" says what someone wants
    if ASKING.match(flat) or REQUESTING.search(flat):
        return True
    first, _, rest = flat.partition(" ")
    single = _DOUBLED.sub(r"\1", first)
    return single != first and bool(ASKING.match(f"{single} {rest}"))


_DOUBLED = re.compile(r"(.)\1")
_WISHING = re.compile(r"^would (like|love|prefer) to ")
# A question put as a request, as in an email: no question mark, no question word first.
REQUESTING = re.compile(
    r"\b(would like to (know|ask|find out|learn (about|more|what|how|whether|if|which|why|when|where|the))|"
    r"like to know|want to know|wanted to (know|ask)|"
    r"would (really )?appreciate|please (advise|explain|let me know)|let me know|"
    r"(curious|wondering|wonder|unsure|not sure) (about|whether|if|how|what|why|which)|"
    r"(information|info|details|advice) (on|about|regarding)|any (information|info|advice) would)\b"
)
_LIST_NUMBER = re.compile(r"^\d{1,2} (?=[a-z])")


# …and, typed without punctuation, a clause about the asker run on into the question: "i'm terrified
# of tests do i have to get certified".
_ASKS_NEXT = re.compile(
    r"\s(?=(?:do|can|could|should|would|will|am) i\b"
    r"|(?:is|are) (?:it|there|this|that|coding|billing|certification|a cert|the)\b"
    r"|(?:do|does|did) (?:you|it|that|this|coders?|billers?|coding|billing|everyone|employers)\b"
    r"|(?:which|what|how|where|why) (?:one|would|is|are|do|does|can|should|long|much|hard)\b)",
    re.IGNORECASE,
)
_ABOUT_ME_FIRST = re.compile(
    r"^(?:(?:so|ok|okay|well|hey|hi) )?(?:i|im|i'm|i’m|my|ive|i've)\s", re.IGNORECASE
)


RUN_ON_WORDS = 12  # an unpunctuated message this long is several sentences run together
_WH_WORD = re.compile(
    r"\b(?:what|whats|wat|wats|wut|wht|whts|how|hw|hws|which|why|where|when|who)\b", re.IGNORECASE
)
_CONDITION_FIRST = re.compile(
    r"^\W*(?:if|when|once|since|because|unless|after|before|while|as soon as)\b", re.IGNORECASE
)


def _split_about_me(text: str, unpunctuated: bool) -> list[str]:
    """A question run on into a clause about the asker, split where the asker turns to themselves
    (or, the other way round, where the question starts after what they told)."""
    for found in _ABOUT_ME.finditer(text):
        before = text[: found.start()]
        # (Markup or a bracket before it is no word: "*can I work from home…*" is one question.)
        last = normalize(before.split()[-1]) if before.split() else ""
        if last not in _CARRIES_ON and asks(normalize(before)):
            return [before, text[found.start() :]]
    # (…and a long run-on opening some other way: "quick background i'm a pharmacy tech … what are my
    # options and how do they differ".)
    # A condition first ("if i move from texas to ohio do i need a new license") is one question.
    about_me = _ABOUT_ME_FIRST.match(text)
    run_on = len(text.split()) >= RUN_ON_WORDS and not _CONDITION_FIRST.match(text)
    if unpunctuated and (about_me or run_on):
        for found in _ASKS_NEXT.finditer(text):
            before = text[: found.start()]
            words = before.split()
            if len(words) < 3 or words[-1].lower() in _CARRIES_ON or asks(normalize(before)):
                continue
            # ("this might sound silly but what skills do you need": the question began before.)
            if about_me or not _WH_WORD.search(before):
                return [before, text[found.start() :]]
    return [text]


@lru_cache(maxsize=1024)  # the index reads the same message's sentences several times over
def sentences(question: str, clauses: bool = True) -> tuple[tuple[str, str, bool], ...]:
    """The message's clauses (or whole sentences): (as typed, normalised, whether it asks)."""
    parts = (_CLAUSES if clauses else _SENTENCES).split(question)
    unpunctuated = not any(mark in question for mark in ".?!,;")
    # (Typed without punctuation, "i have worked front desk at a clinic do i still need to get
    # certified" is two sentences as well as two clauses.)
    if clauses or unpunctuated:
        split = []
        for text, end in zip(parts[::2], [*parts[1::2], ""], strict=True):
            *first, last = _split_about_me(text, unpunctuated)
            split += [piece for f in first for piece in (f, " ")] + [last, end]
        parts = split[:-1]
    out = []
    for text, end in zip(parts[::2], [*parts[1::2], ""], strict=True):
        # "Not asking about pay, is coding boring?": what is set aside is a clause of its own.
        lead = _SET_ASIDE.match(text) if clauses else None
        if lead and normalize(text[lead.end() :]):
            out.append((lead.group(), normalize(lead.group()), False))
            text = text[lead.end() :]
        # "…besides money?": what is set aside at the end is a clause of its own too.
        tail = _SET_ASIDE_AFTER.search(text) if clauses else None
        asked = text[: tail.start()] if tail else text
        flat = normalize(asked)
        if tail and not flat:
            asked, flat, tail = text, normalize(text), None
        if flat:
            out.append((asked + end, flat, "?" in end or asks(flat)))
        if tail:
            out.append((tail.group().lstrip(" ,"), normalize(tail.group()), False))
    if len(out) > 1 and not any(asks for _, _, asks in out):
        # "I'm 52 and just got laid off. medical billing job description": the last one asks.
        out[-1] = (*out[-1][:2], True)
    return tuple(out)


def is_small_talk(flat: str) -> bool:
    """A greeting, thanks or goodbye on its own ("hey there friends", "thanks so much")."""
    return small_talk(flat) in ("hello", "thanks", "bye")


# A web address, bare or in chat markup (Slack sends "<https://…|label>"). Its words ("com",
# "coding-program") are no question: "how much do coders make https://…" asks about pay.
LINK = re.compile(r"<?\b(?:https?://|www\.)[^\s>]+>?", re.IGNORECASE)
# Asking whether what a link points to is any good: a school, course or company, judged.
JUDGING = re.compile(
    r"\b(is|are|does|do|was) (this|that|it|these|those|they)( one| place| school| course| program| programme|"
    r" site| website| company| class| offer| bootcamp)? ([a-z]+ ){0,2}(legit|legitimate|a scam|scam|scammy|"
    r"any good|good|worth it|worth the money|reputable|accredited|trustworthy|real|reliable)"
    r"( or not| or a scam| or what| or no)?$"
    r"|\bshould i (sign up|enroll|enrol|apply|join|buy|pay for|take|do)( for)?( this| it| that| them)?$"
    r"|^(legit|scam|worth it|any good|good|reputable|accredited)$"
)
# Pointing at a link and asking nothing of one's own: "check this out, thoughts?".
POINTING = re.compile(
    r"^(((look at|check out|check|see|read|saw|found|watch) )?(this|that|it)"
    r"( (article|post|video|link|page|site|website|thread|ad|listing))?( out)?|here|link|source)\b ?"
)


def without_links(text: str) -> tuple[str, bool]:
    """The text with web addresses taken out, and whether it held any."""
    stripped, count = LINK.subn(" ", text)
    return (" ".join(stripped.split()), True) if count else (text, False)


# Softeners before small talk ("so are you a robot", "please good night") leave it small talk.
_SOFTENERS = re.compile(
    r"^(?:(?:so|please|pls|well|ok|okay|um|uh|hey|oh|and|but|also|just|lol|haha|honestly|btw|"
    r"can you tell me|tell me|quick question|"
    # Openers that only lead in: "Long story short, good night?" is a goodbye.
    r"long story short|not gonna lie|ngl|tbh|to be honest|random question|weird question|curious|"
    r"(?:this|it) might sound (?:silly|dumb|stupid)(?: but)?"
    r"|sorry if this is (?:a )?(?:dumb|stupid|silly)(?: question)?(?: but)?)\s+)+"
)


# Someone in distress, not asking about a career: "i've been feeling really down lately".
_DISTRESS = re.compile(
    r"\b(?:feel|feels|feeling|felt)"
    r"(?: so| really| very| pretty| kind of| kinda| a bit| a little| completely| totally)?"
    r" (?:down|low(?! (?:energy|on|pay|paid|salary))|depressed|hopeless|worthless|lonely|alone|empty"
    r"|miserable|suicidal|like giving up|like a failure|like nobody cares|like no one cares)\b"
    r"|\b(?:im|i am|ive been|i have been)(?: so| really| very| pretty)?"
    r" (?:depressed|hopeless|worthless|lonely|miserable|suicidal)\b"
    r"|\b(?:no one|nobody|noone|dont know who|do not know who|dont have anyone|have no one)"
    r" (?:to talk to|i can talk to|to turn to)\b"
    r"|\b(?:i|ive been|i have been|i keep|i just) (?:cry|crying|cried)"
    r"(?: myself to sleep| every (?:day|night)| all (?:day|night|week|the time)| constantly| nonstop)\b"
    r"|\b(?:cant|can not|cannot) stop crying\b"
    r"|\b(?:kill myself|killing myself|end my life|ending my life|hurt myself|hurting myself|self harm"
    r"|suicide|suicidal|want to die|wanna die)\b"
)


def distressed(flat: str) -> bool:
    """Whether a normalised message speaks of distress and names neither role: then it needs a
    person, not a career answer ("I'm depressed, would coding suit me?" is a career question)."""
    return bool(_DISTRESS.search(flat)) and not _A_ROLE.search(flat)


def small_talk(flat: str) -> str | None:
    """What kind of small talk a normalised text is, if it is nothing else."""
    for text in dict.fromkeys((flat, _SOFTENERS.sub("", flat))):
        kind = next((why for why, pattern in SMALL_TALK if pattern.match(text)), None)
        if kind:
            return kind
    return None


def _told_a_role(parts: tuple[tuple[str, str, bool], ...], talk: list[str | None]) -> bool:
    return any(kind is None and _A_ROLE.search(flat) for (_, flat, _), kind in zip(parts, talk, strict=True))


def small_talk_last(question: str) -> str | None:
    """Small talk that ends a message asking nothing else: "My mom is a coder. Thanks!" is thanks,
    and "I work in billing. Are you a bot?" asks about the bot."""
    parts = sentences(question)
    if len(parts) < 2:
        return None
    talk = [small_talk(flat) for _, flat, _ in parts]
    # ("…are you chatgpt? thoughts?": asking for a view on small talk asks nothing more, while
    # "i want to get into coding, what do i do? thanks!" asks about what was told.)
    if any(
        asks and kind is None and (not ABOUT_TOLD.match(flat) or _told_a_role(parts[:i], talk[:i]))
        for i, ((_, flat, asks), kind) in enumerate(zip(parts, talk, strict=True))
    ):
        return None
    # "Long story short, are you a robot? Have a great day!": the small talk that asks comes first.
    asked = next((kind for (_, _, asks), kind in zip(parts, talk, strict=True) if asks and kind), None)
    return asked or talk[-1]
