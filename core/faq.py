"""The FAQ index: from a question as people type it to the entry that answers it, or none.

Each entry is scored by the cosine between the question and its closest phrasing (its question
and the ways people ask it), over stemmed, synonym-folded terms weighted by IDF, then adjusted
for the role the question names (billing or coding). Questions about other jobs, programming, or a
specific code or claim are recognised and declined, so the advisor never answers confidently
what it does not know.
"""

from __future__ import annotations

import gc
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from core import declines, message
from core.content import FaqEntry, Vocabulary
from core.evidence import PhrasingEvidence
from core.recent import Thread
from core.text import ROLE_WORDS, STOPWORDS, Normalizer, english_words, normalize, stem, vocabulary_of

Why = Literal[
    "answer",
    "pair",
    "two",
    "decide",
    "unsure",
    "unclear",
    "more",
    "off-topic",
    "code-lookup",
    "claim-help",
    "vendor",
    "not-covered",
    "language",
    "link",
    "wellbeing",
    "empty",
    "hello",
    "thanks",
    "bye",
    "help",
]

CONFIDENT = 0.5  # best score at or above this, with a margin, is answered outright
MARGIN = 0.03  # the best must beat the runner-up by this much to be answered outright
UNSURE = 0.25  # between UNSURE and CONFIDENT: "Did you mean…"
SUGGESTED = 0.1  # the weakest match still offered under "Did you mean…"
CONSIDERED = 4  # the nearest entries the second opinion may choose among when the matcher is unsure
ROLE_MISMATCH = 0.45  # a billing question scored against a coding entry (and vice versa)
ROLE_NARROWED = 0.9  # a question naming both roles, scored against a one-role entry
ROLE_UNPAIRED = 0.6  # a question naming one role, scored against an entry comparing both
TWIN_WEIGHT = 0.95  # a twin's role-swapped phrasing counts this much
PAIR_SLACK = 0.06  # billing/coding twins answer together if within this of the best entry
PAIR_ROLELESS = 0.9  # twins answer a question naming neither role only when this sure
WEAK_ONLY = 0.3  # a match made only of question words is barely a match
ANSWER_CACHE = 4096  # questions whose results are remembered
HEADING_WORDS = 4  # "For the billers:" heads a question; a longer sentence before a colon tells
SUBJECT_WEIGHT = 1.03  # an entry about a thing the question names (the CBCS, the claim forms) counts more
# An entry about another credential than the one the question names ("is the cbcs open book").
OTHER_CREDENTIAL = 0.8
SUBJECT_WORDS = 4  # "the CPC exam, how long is it?": a subject set off before its question is short
FOLLOW_UP_WORDS = 6  # "and what about for coders then?" is a follow-up; a long message is not

_BILLING, _CODING = stem("biller"), stem("coder")
# What the sentence that asks may be declined as, on its own, whatever was told before it.
_DECLINED_ALONE = frozenset(("off-topic", "code-lookup", "claim-help", "vendor", "language", "wellbeing"))
_BECOME = stem("become")
# Our things besides the roles: credentials, code sets, claim forms and those who issue them. Two
# of them side by side ("CMS-1500 vs UB-04", "the difference between the CCA and the CCS") are
# compared with each other, not billing with coding; and such a comparison is still ours.
_THINGS = frozenset(
    stem(w)
    for w in "cpc cpb cca ccs cbcs rhit apprentice icd icd10 cpt hcpcs claimform aapc ahima nha".split()
)
_OUR_SIDES = _THINGS | {stem("biller"), stem("coder")}
_CREDENTIALS = frozenset(stem(w) for w in "cpc cpb cca ccs cbcs".split())
# The credentials with an entry of their own; "certification" beside one of them is that one.
_OWN_CREDENTIALS = frozenset({stem("cbcs"), stem("cca"), stem("ccs")})
_CERTIFICATION = stem("certification")
_DIFFERENCE_TERMS = frozenset({stem("difference"), stem("versus")})
_BILLING_SIDE = frozenset({stem("claimform"), stem("insurer")})  # claim forms and payers
_CERTLIST = stem("certlist")  # "the difference between all these certifications" asks which is which
# Codes, and the code sets by name: the coder's side of the work.
_CODES = frozenset(stem(w) for w in ("codeset", "icd", "icd10", "cpt", "hcpcs"))
_ROLE_TERMS, _MEDICAL = frozenset({_BILLING, _CODING}), stem("medical")
_ROLE_WORDS = frozenset(ROLE_WORDS)
_OTHER_LANGUAGES = "other_languages"  # off_topic's kind of common words in other languages
FOREIGN_WORDS = 2  # this many of them make a message one in another language
# Off-topic kinds where one of our role words has another everyday sense, and the role whose
# presence settles that it is ours.
_AMBIGUOUS = {"programming": "billing", "other_billing": "coding", "other_coding": "billing"}

# Question words carry intent ("what is" vs "what is it like") but not topic: they count for
# less, and a match made of nothing else is no match.
WEAK_TERMS = frozenset(
    stem(w)
    for w in """what how why when where who which do does did can could would should will like
    make get need want good best way thing things be lot there have has any all more most help
    think thought curious
    people person job jobs work medical field one two three four five six ten go going
    into use using able try know see tell explain describe enough lot lots many more versus must
    aunt uncle cousin sister brother niece nephew mom dad mother father son daughter
    grandson granddaughter grandkid grandkids grandchild grandchildren grandma grandpa
    say says said now once""".split()
)
WEAK_WEIGHT = 0.4
JUDGING = frozenset({stem("legit")})  # topics that weigh a subject ("…a scam?") and count as plain words
INTENT_WEIGHT = 1.6
PREDICATE_WEIGHT = 1.3  # a topic the question's own wording asks about ("how much do remote coders make")
QUALIFIER_WEIGHT = 0.5  # a topic word inside the phrase that says another topic is asked
UNKNOWN_WEIGHT = 1.0  # a word no entry uses: it dilutes the match without vetoing it
STRANGER_SHARE = 4  # a question is about another subject if 1 in this many of its words is foreign
# Words in a sentence that tells next to one that asks: before the question ("I'm 52 and just got
# laid off.") they are background, after it ("Asking before I enroll.") mostly chatter.
CONTEXT_WEIGHT = 0.55
AFTERWORD_WEIGHT = 0.25
NEGLIGIBLE = 0.05  # a query term weighing less adds nothing that could change a ranking
FREQUENT_POSTINGS = 400  # a term in more phrasings than this is scored per mask, not per phrasing
FREQUENT_MOST = 8  # at most this many such terms: a query's masks number 2 to the power of those it has
MOST_ASKED = 3  # a message asking more things than this gets answers to its first three
HEADLINE_WORDS = 6  # "remote vs in office coder pay": a headline, whose last topic word is its subject
NUMBER_WEIGHT = 0.3  # ages and years ("I'm 45", "in 2019") rarely change the topic

# "The difference between a PA and an NP" (or ICD-10 and CPT): two things compared, neither of
# them our roles.
_SIDE = r"(?:an? |the )?([a-z0-9]+(?: [a-z0-9]+){0,2})"
_DIFFERENCE = re.compile(rf"\bdifference between {_SIDE} (?:and|vs|or) {_SIDE}$")
# A difference in one topic: "is there a big difference in how long you need to train?"
_DIFFERENCE_IN = re.compile(
    r"\bdifferences? in (?:how (?:long|much|hard|fast|many)"
    r"|the (?:time|length|pay|cost|salary|hours|training)|(?:pay|salary|time|length|training|hours|wages?)\b)"
)
# A bare "is there a big difference?" after two things told of one topic ("it takes 9 months but I see
# 4-month programs too"), when no role is named: the difference is within that topic.
_BARE_DIFFERENCE = re.compile(
    r"\b(?:is there|is it|would there be|does it make) (?:a |any |much of a |much )?"
    r"(?:big |huge |real |major |significant |much )?difference$"
)
# One thing and its absence: "certified vs not certified", "remote or non remote".
_WITH_AND_WITHOUT = re.compile(r"\b([a-z]{3,}) (?:vs|versus|or|and) (?:not |non |un)\1\b")
# Any two sides of a difference, however long ("working as a coder in a hospital vs a physician's office").
_SIDES_OF_A_DIFFERENCE = re.compile(r"\bdifference between (.{3,60}?) (?:and|vs|versus|or) (.{3,60})$")
# Set against another job on difficulty or merit ("make more than" is still our pay question).
_AGAINST = re.compile(
    r"([a-z]+ ){0,3}(harder|easier|better|worse|tougher|simpler|shorter|longer|faster|quicker|cheaper"
    r"|calmer|safer) than( [a-z]+){1,4}"
)
# …or offered as the other choice: "should I become a pharmacy tech or a biller?"
_EITHER = re.compile(
    r"[a-z]+ (or|vs|versus) (become |be |do |go into |study |train as |work as )?"
    r"(a |an |the )?[a-z]+( [a-z]+){0,2}"
)
_COMPARES_WORD = re.compile(r"\b(?:compare|compared|comparing|comparison)\b")
# …or set beside it: "compare coding with being a medical assistant".
_COMPARED_WITH = re.compile(
    r"\b(?:compare |comparing |compared |comparison of )?(?:medical )?[a-z]+ "
    r"(?:compared )?(?:with|to|and|against) "
    r"(?:being |becoming |working as |a career as )?(?:a |an |the )?[a-z]+(?: [a-z]+){0,2}"
)

# …or asked about and set beside ours: "how much do nurses make compared to coders".
_SET_BESIDE = re.compile(r"(?:[a-z]+ ){1,3}compared (?:to|with) (?:a |an |the )?(?:medical )?[a-z]+")
# …or the job one would become: "can a coder become a nurse?"
_BECOMES = re.compile(
    r"\b(?:become|becoming|switch to|switching to|move into|moving into|transition to|transition into|"
    r"go into|going into|retrain as|train as|train to be|training to be|work as|working as|job as|jobs as|"
    r"hired as|employed as) "
    r"(?:an? |the )?([a-z]+(?: [a-z]+)?)"
)

# "Should I choose billing or coding?", "which one suits me?": the quiz answers that better than any
# one entry does, unless the question names what to compare them on (pay, difficulty, doing both).
_ROLE = r"(?:medical )?(?:billing|coding|biller|coder)s?"
_HOW_LONG = stem("long")
_BARE_CHOICE = re.compile(rf"^(?:so |then |which )?{_ROLE} or {_ROLE}$")
_DECIDING = re.compile(
    rf"\b(?<!have to )(?<!need to )(?:decide|choose|pick|choosing|deciding|picking) "
    rf"(?:between {_ROLE} (?:or|and|vs) {_ROLE}|{_ROLE} (?:or|vs) {_ROLE})\b"
    rf"|\bshould i (?:be|become|choose|pick|do|go for|go into|study|get into) "
    rf"(?:an? )?{_ROLE} or (?:an? )?{_ROLE}\b"
    rf"|\b{_ROLE} or {_ROLE},? which (?:one )?(?:should i|to|do i) (?:choose|pick|do|go for)\b"
    r"|\b(?:which|what) (?:one|career|job|path|role|field)? ?(?:is|would be) (?:right|best|better) for me\b"
    rf"|\bwhich (?:one )?is (?:a )?better(?: career| job| path| choice| option)?,? {_ROLE} or {_ROLE}$"
    rf"|^{_ROLE} or {_ROLE},? which (?:one )?is (?:a )?better(?: career| job| path| choice| option)?$"
    rf"|^is {_ROLE} (?:a )?better (?:career|job|path|choice|option) than {_ROLE}$"
    r"|\bwhich (?:one |career |job |role |path )?(?:fits|suits|matches) (?:me|my personality|my skills)\b"
    r"|\bwhich (?:one )?(?:would|will|might|could) (?:suit|fit|match) me(?: better| best)?\b"
    r"|\bwhich (?:one|career|job|role|path) (?:fits|suits|matches)(?: me| better| best)?$"
    r"|^(?:take |start |do )?(?:the |a )?quiz(?: me)?$"
    # Asking for the advisor's own tools: the reply offers both.
    r"|\b(?:take|start|do|begin|open|run|try|give me|gimme|send me) (?:the |a |your )?(?:quiz|comparison)\b"
    r"|^(?:test|quiz) me$|^(?:test|quiz) me (?:to see|to find out|and tell me) which\b"
    r"|\bshow (?:me )?(?:the |a |your )?(?:comparison|side by side)\b"
    r"|\b(?:billing and coding|coding and billing|the two|them|both) side by side$"
    r"|^(?:can you |could you |please )?compare (?:them|the two|both)(?: for me)?(?: please)?$"
    rf"|\b(?:torn|stuck|undecided|unsure|confused|split) between {_ROLE} (?:and|or) {_ROLE}\b"
    rf"|\b{_ROLE} or {_ROLE},? for me\b"
    rf"|\bwhat should i (?:study|do|pick|choose|go for|go into|train for),? {_ROLE} or {_ROLE}\b"
    r"|^(?:so |ok |okay )?(?:which|what) (?:one )?should i (?:pick|choose|go for|do|study)$"
    r"|^(?:so |ok |okay |but |and )?which one$"  # here, "which one?" alone asks which career
    r"|^help me (?:choose|decide|pick)(?: one)?$"
    rf"|\bmore (?:of )?an? {_ROLE} or (?:an? )?{_ROLE}\b"  # "am I more of a biller or a coder?"
)
# Topics that make a choosing question specific: "billing or coding, which pays more" is about pay.
_GENERAL_TOPICS = frozenset(
    stem(w) for w in ("skills", "worth", "difference", "become", "biller", "coder", "training")
)  # ("what should I study, billing or coding": studying is the choice, not its length)

# A question weighing one thing against another: with no role named, "which one pays more"
# compares the two roles.
_COMPARES = re.compile(r"\b(which|who|vs|versus|compare|compared)\b")
# A numbered item ("1) pay") or a bulleted line ("- pay", "• remote options"): a list of things asked.
_NUMBERED = re.compile(r"(?:^|\s)\d[.)]\s+(?=[a-zA-Z])|(?:^|\n)[ \t]*[-*•–][ \t]+(?=[a-zA-Z])")
_BOTH_ROLES = re.compile(
    r"\bboth (?:the )?(?:medical )?(?:billers|coders) and (?:medical )?(?:billers|coders)\b"
    r"|\b(?:billers|coders) and (?:medical )?(?:coders|billers) (?:both|alike)\b"
)
_BOTH_TERMS = (stem("both"), stem("similar"))
_BOTH_NEED = re.compile(r"\bboth (need|needs|require|have to|must|get|take)\b")
_NOT_NEEDED = frozenset({*_BOTH_TERMS, *_ROLE_TERMS})  # "what do billers and coders both need" names no need
_FOR_AN_AGE = re.compile(
    r"\bfor (?:a|an|someone|somebody|a person) (?:who is |whos )?\d{1,2} ?(?:year|yr) old\b"
    r"|\b(?:at|for) (?:my|our|this|your|their) age\b"
    r"|\b(?:for )?(?:someone|somebody|people|a person) (?:of )?(?:my|your|their|our) age\b"
    # "…should a retiree expect", "will employers hire a 60 year old new coder": who asks, not an age limit.
    r"|\b(?:a|an) (?:retiree|retired person|\d{2} ?(?:year|yr) old)\b"
    r"|\bfor (?:retirees|seniors|older people|older adults|older workers|people over \d{2})\b"
)
_AGE = stem("age")
# A condition after what is asked: in "which cert is best if I want to do both billing and coding?"
# doing both is whom the credential is for, not the topic.
_IF_I_WANT = re.compile(
    r"\bif (?:i|you|we|someone|one) (?:really |ever |eventually )?(?:want|wants|plan|plans|hope|hopes|intend"
    r"|intends|would like|d like|id like|am going|m going|im going) to (.+)$"
)
# "…as a beginner?", "As a newbie, …": who asks, beside what they ask ("what does a biller do").
_AS_A_BEGINNER = re.compile(
    r"\bas (?:a |an )?(?:complete |total |absolute |brand new )?"
    r"(?:beginner|newbie|novice|newcomer|noob|fresher|someone new)s?\b"
)
_BEGINNER = stem("beginner")
_HIRED = stem("hired")
# "What do certified coders do?": a certified coder is whom it asks about, when something else is
# asked of them (pay, the day, where they work); "do employers want certified coders" is
# certification still (being hired is what certification is for).
_CERTIFIED_ROLE = re.compile(r"\b(?:certified|credentialed) (?:medical )?(?:coder|biller)s?\b")
_CERTIFIED_OR_NOT = re.compile(r"\b(?:not|non|un|without being) ?certified\b")  # "certified vs not certified"
# The asker's own past in a question: "would my pharmacy experience let me skip certification?"
_OWN_BACKGROUND = re.compile(
    r"\b(?:my|our) (?:[a-z]+ ){1,2}(?:experience|background|job|jobs|work|degree|training|skills|years)\b"
)
# Asking what follows from what was told: "…hospitals use AI now. Does that mean fewer jobs?"
_WHAT_IT_MEANS = re.compile(r"^(?:so |but )?(?:does|would|will|doesnt|could) (?:that|this|it) mean\b")
# Asking for someone's reasons: "what made you choose billing or coding?" is no choice of one's own.
_ASKS_WHY = re.compile(
    r"^(?:why|what made (?:you|u|yall)|how did (?:you|u|yall) (?:decide|choose|pick)|what got you)\b"
)
# "…too old to learn all those codes. Is it really that hard?": what was told is how hard it is.
_THAT_HARD = re.compile(r"\b(?:this|that|so) (?:hard|difficult|tough)$")
_HARD = stem("hard")
_SKILLS = stem("skills")
# "…an offer for 42k as a remote coder with my CPC-A. Is that low?" judges the sum told, and
# where the job is or which credential it needs is what the sum is for.
_JUDGES_A_SUM = re.compile(
    r"^(?:so |but |and )?(?:is|was|isnt) (?:that|this|it) (?:too |really |pretty |kinda |kind of )?"
    r"(?:low|high|good|fair|decent|normal|reasonable|bad|ok|okay|average|enough|a lot|little|lowball)$"
)
_PAY = stem("pay")
_WHICH = re.compile(r"^(?:so |ok |okay )?which\b")
# "first, do billers need a cert? second, …": the count before each question asks nothing.
_ORDINAL = re.compile(
    r"^(?:(?:first|firstly|second|secondly|third|thirdly|lastly|finally|next)(?: of all)? )+"
)
_ARTICLES = frozenset({"the", "a", "an", "their", "your", "its", "also"})
_CHOOSING = frozenset(stem(w) for w in ("choose", "pick", "decide", "choosing", "deciding", "picking"))
# A doubt is no trait: "im not sure what suits me" asks for the quiz.
_DOUBTING = re.compile(
    r"\b(?:not sure|unsure|no idea|dont know|do not know|confused|torn|undecided|clueless)\b"
)
_ROLES_CONTRASTED = re.compile(rf"\b{_ROLE} (?:or|vs|versus) (?:an? )?{_ROLE}\b")

# Someone's claim being reported: "my sister says…", "my teacher told me…".
_SAYS = re.compile(r"\b(says|said|say|tells|told|claims|claimed|swears|insists|thinks|keeps saying)\b")
# "Is <name> good / legit / worth it": about a school or company when the name is not ours.
_JUDGED = re.compile(
    r"\bis (?:the )?((?:[a-z]+ ){1,3}?)"
    # "is penn foster billing and coding program worth it": the name, before what it sells.
    r"(?:(?:online |medical |billing |coding |and )*(?:program|programme|course|school|class|bootcamp)s? )?"
    r"(?:good|legit|legitimate|worth it|worth the money|a scam|accredited|reputable)\b"
)


@dataclass(frozen=True)
class AskResult:
    """What the index makes of a question: an entry, suggestions, or nothing (and why)."""

    faq_id: str | None
    confidence: float
    suggestions: tuple[str, ...] = ()
    why: Why = "answer"
    roles: frozenset[str] = field(default_factory=frozenset)
    compare: str | None = None  # with why="pair": the comparison topic both entries share
    also: tuple[str, ...] = ()  # with why="two": the other entries answered, one per question asked

    @property
    def sure(self) -> bool:
        """Answered outright: an entry, the billing/coding twins, one entry per question asked, or
        the quiz for "which should I choose"."""
        return self.why == "decide" or (self.why in ("answer", "pair", "two") and self.faq_id is not None)

    def as_json(self) -> dict[str, object]:
        return {
            "faq_id": self.faq_id,
            "confidence": round(self.confidence, 3),
            "suggestions": list(self.suggestions),
            "why": self.why,  # answer, pair, unsure, or why it declined (off-topic, code-lookup…)
            **({"also": list(self.also)} if self.also else {}),
        }


@dataclass(frozen=True)
class _Doc:
    entry_id: str
    weights: Mapping[str, float]
    norm: float


@dataclass(frozen=True)
class _Scored:
    """One question scored against every entry."""

    weights: dict[str, float]
    ranked: list[tuple[str, float]]
    best_doc: dict[str, int]


class FaqIndex:
    """An in-memory index over the FAQ entries; build once, ask many times."""

    def __init__(self, entries: Mapping[str, FaqEntry], vocabulary: Vocabulary) -> None:
        # The index is tens of thousands of small objects made at once and kept for good: the
        # cycle collector would walk them (and all else) again and again for nothing (a fifth of
        # the build). Frozen, they are left out of every later collection too, the first one
        # (due the moment collection is back on) included.
        enabled = gc.isenabled()
        gc.disable()
        try:
            self._build(entries, vocabulary)
        finally:
            gc.freeze()
            if enabled:
                gc.enable()

    def _build(self, entries: Mapping[str, FaqEntry], vocabulary: Vocabulary) -> None:
        self.entries = dict(entries)
        self._answers: dict[str, AskResult] = {}
        texts = [t for e in entries.values() for t in (e.question, *e.asked_as, e.answer)]
        off_topic_words = [w for words in vocabulary.off_topic.values() for w in words]
        signals = [*off_topic_words, *vocabulary.medical_anchors]
        # Everyday words are real words: typo repair must never turn "started" into "starter".
        everyday = list(vocabulary.everyday)
        folds = {**vocabulary.equivalents, **vocabulary.synonyms}
        asked = [t for e in entries.values() for t in (e.question, *e.asked_as)]
        self.normalizer = Normalizer(
            folds,
            # Subjects no source covers are words too: "clearinghouse" is not "clearing house".
            Counter(" ".join(map(normalize, [*texts, *signals, *everyday, *vocabulary.not_covered])).split()),
            vocabulary.patterns,
            vocabulary.spelling,
            english_words,  # read on first need: no phrasing holds an unknown word
            vocabulary.chatter,
            asked,
        )
        # Words people use when asking about these topics; anything else is a stranger.
        self._familiar = (
            frozenset(vocabulary_of([*asked, *signals, *vocabulary.everyday])) | self.normalizer.canonical
        )
        kinds = {k: w for k, w in vocabulary.off_topic.items() if k != _OTHER_LANGUAGES}
        self._off_topic = {
            kind: frozenset(normalize(w) for w in words if " " not in normalize(w))
            for kind, words in kinds.items()
        }
        self._off_topic_phrases = {kind: _Phrases(words) for kind, words in kinds.items()}
        self._foreign = frozenset(normalize(w) for w in vocabulary.off_topic.get(_OTHER_LANGUAGES, ()))
        self._not_covered = frozenset(normalize(w) for w in vocabulary.not_covered if " " not in normalize(w))
        self._not_covered_phrases = _Phrases(vocabulary.not_covered)
        self._medical = frozenset(normalize(w) for w in vocabulary.medical_anchors)
        self._other_jobs = frozenset(stem(w) for w in self._off_topic.get("other_careers", ()))
        # "Medical" alone ties nothing down: medical assistants and lab techs are other jobs.
        self._field_anchors = self._medical - {"medical", "health", "healthcare"}
        self._twins = _twins(entries.values())
        # What an entry is about, when its question names one of our things ("What is the CBCS?").
        named = {
            e.id: [stem(w) for w in self.normalizer.words(e.question) if stem(w) in _THINGS]
            for e in entries.values()
        }
        self._subjects = {entry_id: frozenset(things) for entry_id, things in named.items()}
        # …and the entries whose question names several ("What are the CMS-1500 and UB-04 claim forms?").
        self._lists = frozenset(entry_id for entry_id, things in named.items() if len(things) > 1)
        # The entry that compares a topic's twins ("which is easier" for the two difficulty entries).
        self._comparing = {e.compare: e.id for e in entries.values() if e.role == "both" and e.compare}
        self._predicates = frozenset(stem(normalize(p)) for p in vocabulary.predicates)
        self._topics = frozenset(stem(normalize(w)) for w in (*vocabulary.synonyms, *vocabulary.patterns))
        # An exact phrasing (after normalisation) is the strongest evidence there is.
        self._exact = {normalize(t): e.id for e in entries.values() for t in (e.question, *e.asked_as)}
        phrasings = {
            e.id: [self.normalizer.terms(t) for t in (e.question, *e.asked_as)] for e in entries.values()
        }
        self._evidence = PhrasingEvidence(phrasings)
        df: Counter[str] = Counter()
        for term_lists in phrasings.values():
            df.update({t for terms in term_lists for t in terms})
        n = len(entries)
        # Words synonyms fold into ("pay", "remote", "hard") name what a question is about;
        # rare context words ("experience", "kids") should not outweigh them.
        # …except "legit": in "is certification a scam?" it judges the subject named, not names one.
        intents = {stem(normalize(w)) for w in (*vocabulary.synonyms, *vocabulary.patterns)} - JUDGING
        # A number in a phrasing ("I make $15 now") is that asker's detail, not the topic.
        self._idf = {
            t: NUMBER_WEIGHT
            if t.isdigit()
            else math.log((n + 1) / (c + 0.5))
            * (WEAK_WEIGHT if t in WEAK_TERMS else INTENT_WEIGHT if t in intents else 1.0)
            for t, c in df.items()
        }
        # The two roles weigh the same: naming one is as telling as naming the other, however many
        # entries happen to be about coding ("billing and coding specialist" asks about both).
        roles = [self._idf[t] for t in (_BILLING, _CODING) if t in self._idf]
        for t in (_BILLING, _CODING):
            if roles and t in self._idf:
                self._idf[t] = sum(roles) / len(roles)
        self._docs: list[_Doc] = []
        self._postings: dict[str, list[tuple[int, float]]] = {}  # term: (doc, weight)
        seen: set[tuple[str, float, frozenset[tuple[str, float]]]] = set()  # needed while building only
        for entry_id, term_lists in phrasings.items():
            for terms in term_lists:
                self._add_doc(_doc(entry_id, {t: self._idf[t] for t in dict.fromkeys(terms)}), seen)
            # A twin's phrasings, with the role swapped, are this entry's too: "coder dress code"
            # teaches "biller dress code". They count a little less than the entry's own.
            twin = entries[entry_id].twin
            for terms in phrasings.get(twin, []) if twin else []:
                swapped = _swap_roles(terms)
                if swapped is not None:
                    weights = {t: self._idf.get(t, UNKNOWN_WEIGHT) for t in dict.fromkeys(swapped)}
                    self._add_doc(_doc(entry_id, weights, TWIN_WEIGHT), seen)

        # Flat copies for the hot loop: each doc's entry and norm, and which docs each strong
        # term reaches (a match made only of question words is barely a match).
        self._entry_of = [d.entry_id for d in self._docs]
        self._norm_of = [d.norm for d in self._docs]
        self._index_frequent_terms()
        self._strong_docs = {
            t: frozenset(i for i, _ in postings)
            for t, postings in self._postings.items()
            if t in self._idf and t not in WEAK_TERMS and t not in self._bit_of
        }
        self.normalizer.forget()  # the phrasings read while building

    def _index_frequent_terms(self) -> None:
        """The few terms in most phrasings (the two roles, "what") as bits of a mask per doc.

        A doc's share of the dot product from them depends only on which of them it has, so the
        hot loop adds it once per doc it reaches through rarer terms, and per entry it takes the
        shortest doc of each mask for the docs only they reach: the same scores, a fraction of
        the work (their postings are a third of all postings)."""
        by_size = sorted(self._postings, key=lambda t: (-len(self._postings[t]), t))
        frequent = [t for t in by_size[:FREQUENT_MOST] if len(self._postings[t]) > FREQUENT_POSTINGS]
        self._bit_of = {t: 1 << i for i, t in enumerate(frequent)}
        self._strong_bits = sum(bit for t, bit in self._bit_of.items() if t not in WEAK_TERMS)
        self._mask_of = [0] * len(self._docs)
        for term, bit in self._bit_of.items():
            for doc_index, _ in self._postings[term]:
                self._mask_of[doc_index] |= bit
        shortest: dict[tuple[str, int], int] = {}
        for doc_index, mask in enumerate(self._mask_of):
            key = (self._entry_of[doc_index], mask)
            if mask and (key not in shortest or self._norm_of[doc_index] < self._norm_of[shortest[key]]):
                shortest[key] = doc_index
        self._by_mask = [(mask, entry_id, i, self._norm_of[i]) for (entry_id, mask), i in shortest.items()]
        self._rare_postings = {t: p for t, p in self._postings.items() if t not in self._bit_of}

    def _masks_within(self, bits: int) -> list[int]:
        """Every mask made of some of these bits: 2 to the power of the frequent terms a query has."""
        masks = [0]
        for bit in self._bit_of.values():
            if bits & bit:
                masks += [m | bit for m in masks]
        return masks

    def ask(self, question: str, thread: Thread | None = None) -> AskResult:
        """The best entry for a question, a confidence in 0..1 and up to 3 suggestions; thread is
        what the same person was just answered with, for follow-ups ("and coders?")."""
        question = message.without_fillers(question)
        # The same questions come back all day ("salary?"); results are immutable, so cache them.
        cached = self._answers.get(question)
        if cached is None:
            cached = self.match(question)
            if len(self._answers) >= ANSWER_CACHE:
                self._answers.pop(next(iter(self._answers)))  # forget the oldest
            self._answers[question] = cached
        followed = (
            self.follow_up(question, thread, cached) if thread and thread.faq_id in self.entries else None
        )
        return followed or cached

    def follow_up(self, question: str, thread: Thread, alone: AskResult) -> AskResult | None:
        """What a message means in a conversation, when it leans on it: "what about coders?" after
        biller pay is coder pay; "is it hard?" after medical coding is about coding. None when the
        message stands on its own (alone is what it means then)."""
        if alone.why == "more":
            # "Tell me more" after an answer: the topics next to it.
            return AskResult(None, 1.0, tuple(self.entries[thread.faq_id].related[:3]), why="more")
        flat = normalize(question)
        again = self._asked_again_for(flat, thread)
        if again is not None:
            return again
        if alone.why == "off-topic" and self._points_back_at(question, flat, thread):
            # "Who fills them out?" after the claim forms: its strange words are about them.
            return AskResult(thread.faq_id, 1.0, roles=alone.roles)
        if (
            thread.faq_id in self._lists
            and _WHICH_OF_THOSE.match(flat)
            and len(flat.split()) <= FOLLOW_UP_WORDS + 2
        ):
            # "Which one do hospitals use?" after the claim forms: which of the things just named.
            return AskResult(thread.faq_id, 1.0, roles=alone.roles) if thread.faq_id != alone.faq_id else None
        terms = self.normalizer.terms(question)
        topic = [t for t in terms if t not in _ROLE_TERMS and t not in WEAK_TERMS and t != _MEDICAL]
        # "Which is best for billing?" after the certifications: which of those just named; "how
        # about coding?" after billing stress: the same topic. Alone, neither says what it asks.
        only_a_role = len(alone.roles) == 1 and (
            bool(_WHICH_FOR_A_ROLE.match(flat)) or (not topic and len(flat.split()) <= FOLLOW_UP_WORDS)
        )
        if alone.why not in ("answer", "pair", "unsure") and not (alone.why == "unclear" and only_a_role):
            return None  # declines, small talk, the quiz and two-part questions stand alone
        if only_a_role:
            return self._same_topic_for(alone.roles, thread)
        if self._says_it_of_the_last_answer(question, flat, thread, alone):
            # "Is it open book?" after the CPC exam is about that exam, however well another entry's
            # phrasing ("is the CBCS open book") fits the words: "it" is what was just answered.
            return AskResult(thread.faq_id, 1.0, roles=alone.roles) if thread.faq_id != alone.faq_id else None
        if alone.roles or thread.role not in ("billing", "coding") or _COMPARES.search(flat):
            return None  # names its own role, or weighs the two: not about the last one alone
        comparing = alone.faq_id in self._comparing.values()  # "is it hard?" weighs both only when alone
        if alone.faq_id and self.entries[alone.faq_id].role not in ("billing", "coding") and not comparing:
            return None  # answered outright by an entry for either role ("can I work from home?")
        # No role named: "it" and "they" are the role just talked about.
        result = self._match_one(question, frozenset({thread.role}))
        return result if result.why == "answer" and result.faq_id else None

    def _same_topic_for(self, roles: frozenset[str], thread: Thread) -> AskResult | None:
        """ "What about coders?" after biller pay: the last answer's topic, for the one role named."""
        (role,) = roles
        entry = self.entries[thread.faq_id]
        if entry.role == "any":
            # "Can I work from home?" then "what about coders?": that answer is for coders too.
            return AskResult(entry.id, 1.0, roles=roles)
        same = self._on_topic(entry, role)
        if same is None and entry.role in ("billing", "coding") and entry.role != role:
            # "Is billing stressful?" then "and coding?": no entry has coding's side of that
            # topic, so it is the same question asked for coding (likely "Did you mean…").
            swapped = self._match_one(_for_other_role(entry.question))
            others = tuple(i for i in swapped.suggestions if i != entry.id)  # not what they just read
            return replace(swapped, suggestions=others) if swapped.faq_id or others else None
        return AskResult(same, 1.0, roles=roles) if same and same != thread.faq_id else None

    def _says_it_of_the_last_answer(self, question: str, flat: str, thread: Thread, alone: AskResult) -> bool:
        """Whether a short question saying "it", naming no role or thing of its own, is about the
        last answer: it fits it among its best three, or read with that answer's question."""
        # "Is it better than the CPC?" after the CBCS: what "it" is set beside is not "it".
        own_terms = set(self.normalizer.terms(_WHAT_IT_IS_SET_AGAINST.sub("", flat)))
        return (
            not self._roles(own_terms)
            and _short_and_pointing_back(flat)
            and not own_terms & _THINGS
            and (thread.faq_id in (alone.faq_id, *alone.suggestions[:3]) or self._read_with(question, thread))
        )

    def _asked_again_for(self, flat: str, thread: Thread) -> AskResult | None:
        """ "What about in California?" after coder pay: the last question, asked for that place or
        person ("how much do coders make in california"). None unless that is answered outright."""
        found = _ASKED_AGAIN_FOR.match(flat)
        if found is None:
            return None
        entry = self.entries[thread.faq_id]
        result = self._match_one(f"{normalize(entry.question)} {found['where']}", frozenset())
        return result if result.why == "answer" and result.sure else None

    def _read_with(self, question: str, thread: Thread) -> bool:
        """Whether a question saying "it" fits the last answer best when read with that answer's
        question as its context: "can I take it online?" after "What is the CPC exam like?"."""
        terms = self.normalizer.terms(question)
        context = [t for t in self.normalizer.terms(self.entries[thread.faq_id].question) if t not in terms]
        # A credential or form that answer was about is what "it" names: it counts in full ("is it
        # hard?" after the CPC exam is the exam, not coding).
        told = {t: CONTEXT_WEIGHT for t in context if t not in _THINGS}
        ranked = self._score([*terms, *context], self._roles(terms), told=told).ranked
        return bool(ranked) and ranked[0][0] == thread.faq_id and ranked[0][1] >= UNSURE

    def _points_back_at(self, question: str, flat: str, thread: Thread) -> bool:
        """Whether a short message declined on its own words points at the last answer: it says
        "it" or "them", names no other subject, and read with that answer's question fits it best."""
        if not _short_and_pointing_back(flat):
            return False
        if _WHAT_IS_THAT.match(flat):
            return True  # "what's that?" right after an answer asks for it again, in other words
        words = self.normalizer.words(question)
        if self._is_off_topic(flat, set(words), frozenset()) or self._compares_other_things(question):
            return False  # "is it better than nursing?" is about nursing
        return self._read_with(question, thread)

    def _on_topic(self, entry: FaqEntry, role: str) -> str | None:
        """The entry on the same topic as this one, for one role (coder pay for biller pay)."""
        if entry.role == role:
            return entry.id
        if entry.twin and self.entries[entry.twin].role == role:
            return entry.twin
        if entry.role == "both" and entry.compare:  # which-is-easier: billing- or coding-difficulty
            found = (e.id for e in self.entries.values() if e.compare == entry.compare and e.role == role)
            return next(found, None)
        return None

    def match(self, question: str) -> AskResult:
        """What ask() returns, worked out afresh (no cache): for measuring."""
        self.normalizer.forget()
        question, linked = message.without_links(message.without_yardstick(message.without_fillers(question)))
        if linked:
            # Sentences that only point at the link or judge what it shows ask nothing we can read.
            sentences = message.sentences(question, clauses=False)
            own = [text for text, f, _ in sentences if not self._only_about_a_link(f)]
            if not own:
                judged = any(message.JUDGING.search(f) for _, f, _ in sentences)
                return AskResult(None, 0.0, why="vendor" if judged else "link")
            question = " ".join(text.strip() for text in own)
        question = self._without_chatter_sentences(_without_unwanted_role(question))
        whole = self._match_one(question, settle=True)
        return (
            self._two_questions(question, whole)
            or self._what_about(question, whole)
            or self._question_alone(question, whole)
            or whole
        )

    def _only_about_a_link(self, flat: str) -> bool:
        """Whether a sentence beside a link only points at it ("check this out, thoughts?") or
        judges what it shows ("is this legit?")."""
        if message.JUDGING.search(flat):
            return True
        rest = message.POINTING.sub("", self.normalizer.spell(flat).strip()).strip()
        return not rest or bool(message.ABOUT_TOLD.match(rest) or message.VERIFYING.match(rest))

    def _without_chatter_sentences(self, question: str) -> str:
        """The message without sentences that are only chatter ("Yours faithfully.", "Thanks in
        advance!"), which would otherwise pass for the part that asks."""
        sentences = message.sentences(question, clauses=False)
        if len(sentences) < 2:
            return question
        kept = [(text, asks) for text, _, asks in sentences if self.normalizer.spell(text).strip()]
        if len(kept) == len(sentences) or not any(asks for _, asks in kept):
            return question  # "I'm studying medical coding. idk" asks nothing: not the first sentence either
        return "".join(text for text, _ in kept).strip()

    def _what_about(self, question: str, whole: AskResult) -> AskResult | None:
        """ "Billers make around $18. What about coders?": what was told, asked for the other role."""
        sentences = message.sentences(question)
        if len(sentences) < 2 or not sentences[-1][2] or whole.why not in ("answer", "pair", "unsure"):
            return None
        last = sentences[-1][1]
        terms = self.normalizer.terms(last)
        topic = [t for t in terms if t not in _ROLE_TERMS and t not in WEAK_TERMS and t != _MEDICAL]
        asked_roles = self._roles(terms)
        if topic or len(asked_roles) != 1 or len(last.split()) > FOLLOW_UP_WORDS:
            return None
        both = whole.why == "pair" or (whole.faq_id and self.entries[whole.faq_id].role == "both")
        if both and all(asks for _, _, asks in sentences[:-1]):
            return None  # "Pay for billers? And coders?" asks for both
        told = " ".join(text for text, _, _ in sentences[:-1])
        if _ABOUT_THE_ASKER.match(normalize(told)):
            return None  # "I'm studying medical coding. What about billing?" asks what billing is
        (role,) = asked_roles
        if self._roles(self.normalizer.terms(told)) != {_OTHER_ROLE_NAME[role]}:
            return None
        result = self._match_one(_for_other_role(normalize(told)))
        return result if result.sure and result.faq_id else None

    def _question_alone(self, question: str, whole: AskResult) -> AskResult | None:
        """The sentence that asks, read on its own when it names its topic and does not lean on the
        rest: in "I'm a single mom of 3 and work retail. What's medical billing about?" the
        background says who asks, not what; and declined on its own, it is declined after
        background too ("I work in medical billing. Tell me a joke about coders")."""
        if whole.why not in ("answer", "pair", "unsure", "two"):
            return None
        asked = self._asked_part(question)
        told_first = asked != question
        if not told_first:
            asked = self._asked_after_intro(question)
        flat = normalize(asked)
        if asked == question or not self._names_a_topic(asked) or message.leans_on_what_was_told(flat):
            return None  # ("…Is it like this everywhere?" asks about what was told.)
        alone = self._match_one(asked, whole.roles)
        if told_first and alone.why in _DECLINED_ALONE:
            return alone
        if whole.why == "two" or _BARE_CHOICE.match(flat):
            return None  # "I'm bad at math but good at reading. Billing or coding?" chooses on what was told
        if self._unfamiliar_words(self.normalizer.words(asked), frozenset()):
            return None  # "what day is christmas" is no question about a biller's day
        if self._read_together(question, asked):
            return None
        return alone if alone.sure and alone.faq_id != whole.faq_id else None

    def _read_together(self, question: str, asked: str) -> bool:
        """Whether a topic pattern reads what was told and what is asked as one: in "Every posting
        says '2 years experience required.' How does anyone get started?" the start is a job's."""
        told = " ".join(text for text, _, asks in message.sentences(question, clauses=False) if not asks)
        found = self.normalizer.read(question)[1]
        return bool(found - self.normalizer.read(asked)[1] - self.normalizer.read(told)[1])

    def _asked_after_intro(self, question: str) -> str:
        """The question after a clause giving the asker's role: "i'm a biller, how do i move into
        coding" asks about coding (the other role); the asker's own role is who asks."""
        clauses = message.sentences(question)
        if (
            len(clauses) != 2
            or clauses[0][2]
            or not clauses[1][2]
            or not _ABOUT_THE_ASKER.match(clauses[0][1])
        ):
            return question
        own, asked = (self._roles(self.normalizer.terms(flat)) for _, flat, _ in clauses)
        return clauses[1][0] if own and asked and not own & asked else question

    def _two_questions(self, question: str, whole: AskResult) -> AskResult | None:
        """One answer per question when a message asks two things the index knows well."""
        if whole.why in ("pair", "code-lookup", "claim-help", "vendor"):
            return None
        pieces = [
            _ORDINAL.sub("", normalize(p)) for p in message.PIECES.split(self._without_asides(question)) if p
        ]
        # A numbered list ("1) pay for billers 2) remote options") asks each of its items, and so
        # do two topics joined ("what's the pay and the outlook for coders": one question each).
        listed = len(_NUMBERED.findall(question)) >= 2
        if len(pieces) == 1 and (message.asks(pieces[0]) or len(pieces[0].split()) <= HEADLINE_WORDS):
            pieces = self._conjoined_topics(pieces[0])
            listed = len(pieces) > 1
        # "Is he right?" after a claim asks whether it holds, not a second question.
        asked = [
            p
            for p in pieces
            if len(p.split()) >= (1 if listed else 2)
            and (listed or message.asks(p))
            and not message.VERIFYING.match(p)
        ]
        if len(asked) < 2:
            return None
        # "Anyone else?" asks nothing of its own, and "and billers, what do they make" names whom
        # the other piece asks about.
        asked = [p for p in asked if self._names_a_topic(p, roles=False)]
        if len(asked) < 2:
            return None
        found: list[AskResult] = []
        for piece in asked:
            # "How much do coders make? Is it hard to learn?": "it" is still coding.
            result = self._match_one(piece, whole.roles)
            # "…which one pays more…" names neither role: both roles' entries answer it.
            if result.why in ("answer", "pair") and result.faq_id not in {r.faq_id for r in found}:
                found.append(result)
        if len(found) < 2:
            return None
        entries = [
            entry_id
            for r in found[:MOST_ASKED]
            for entry_id in (r.faq_id, *(r.suggestions[:1] if r.why == "pair" else ()))
        ]
        entries = list(dict.fromkeys(e for e in entries if e))
        rest = tuple(i for i in whole.suggestions if i not in entries)[:2]
        confidence = min(r.confidence for r in found[:MOST_ASKED])
        return AskResult(entries[0], confidence, rest, "two", whole.roles, also=tuple(entries[1:]))

    def _match_one(
        self, question: str, context_roles: frozenset[str] = frozenset(), settle: bool = False
    ) -> AskResult:
        """One question's entry, or why there is none; settle: let all of an entry's phrasings
        together decide a close call (for a whole message, not a piece of one)."""
        flat = normalize(question)
        if not flat:
            return AskResult(None, 0.0, why="empty")
        if flat in self._exact:
            return AskResult(self._exact[flat], 1.0, roles=self._roles(self.normalizer.terms(flat)))
        # "¿Cuánto gana un codificador?": the advisor reads English only, and says so sooner than guess.
        if len(self._foreign.intersection(flat.split())) >= FOREIGN_WORDS:
            return AskResult(None, 0.0, why="language")
        if message.MORE.match(flat):
            return AskResult(None, 0.0, why="more")  # more on the last answer, if there was one
        if message.NOTHING_ASKED.match(flat) or message.VERIFYING.match(flat):
            return AskResult(None, 0.0, why="unclear")  # "who's right?" with nothing told before it
        if message.distressed(flat):
            return AskResult(None, 0.0, why="wellbeing")  # a person, not an entry, is what helps
        talk = message.small_talk(flat) or message.small_talk_last(question)
        if talk:
            return AskResult(None, 0.0, why=talk)  # type: ignore[arg-type]
        if not self.normalizer.spell(question).strip():
            return AskResult(None, 0.0, why="empty")  # only chatter: "ok bot", "asking for a friend"
        # Sentence by sentence: "…medical billing. My current pay is…" is not "billing my".
        sentences = message.sentences(question, clauses=False)
        said = [f for _, f, _ in sentences] or [flat]
        # What is only told ("I'm torn on which program to pick.") is not what is asked, when the
        # sentence that asks names a topic of its own.
        asking = [f for text, f, asks in sentences if asks and self._names_a_topic(text)]
        if asking and len(asking) < len(said):
            said = asking
        declined = declines.declined(said)
        if declined:
            return AskResult(None, 0.0, why=declined)
        if asking and message.JUDGING.search(asking[-1]) and _AN_OFFER.search(flat):
            # "I got a text saying I won a free coding course. Is it legit?": one offer, not the career.
            return AskResult(None, 0.0, why="vendor")
        question = self._without_asides(question)
        words, patterned = self.normalizer.read(question)
        terms = [stem(w) for w in words]
        if _CERTIFICATION in terms and len(_OWN_CREDENTIALS.intersection(terms)) == 1:
            # "…suggested the CBCS. Who is that certification aimed at?": the one named.
            terms = [t for t in terms if t != _CERTIFICATION]
        # Two of our things side by side ("CMS-1500 vs UB-04 for a physical therapist") are
        # compared with each other: not billing with coding, nor ours with another job.
        compares_ours = len([t for t in terms if t in _THINGS]) >= 2
        if compares_ours or _CERTLIST in terms or self._compares_within_a_topic(flat):
            terms = [t for t in terms if t not in _DIFFERENCE_TERMS]
        roles = self._roles(terms) or context_roles
        if self._not_covered_asked(question, flat, words):
            return AskResult(None, 0.0, why="not-covered", roles=roles)
        # "Why would someone pick billing or coding?" asks for reasons, not for a choice.
        # "I hate phones, which one should I go for": a clause of its own may be the choosing.
        # ("What should I do?" alone is advice asked, not a choice between the two.)
        decides_whole = bool(_DECIDING.search(flat))
        choosing = decides_whole or any(
            _WHICH.match(f) and _DECIDING.search(f) for _, f, _ in message.sentences(question)
        )
        choosing_by_trait = choosing and self._names_a_trait(flat)
        # The words of the choosing itself ("which one should I go for") name no ground for it.
        grounds = terms
        if choosing and not decides_whole:
            grounds = self.normalizer.terms(self._besides_choosing(question))
        if (
            choosing
            and not _ASKS_WHY.match(flat)
            and not (set(grounds) & self._topics) - _GENERAL_TOPICS
            and not choosing_by_trait
        ):
            return AskResult(None, 1.0, why="decide", roles=roles)
        if (
            self._off_topic_asked(question, flat, words, roles)
            or (self._compares_other_things(question) and not compares_ours)
            or self._becomes_another_job(question)
        ):
            return AskResult(None, 0.0, why="off-topic", roles=roles)
        if self._judges_a_vendor(question):
            return AskResult(None, 0.0, why="vendor", roles=roles)  # "is penn foster good"
        asked = {stem(t) for t in patterned} & self._predicates
        if len(flat.split()) <= HEADLINE_WORDS and not message.asks(flat):
            # A few words and no question ("remote coder pay"): the last topic named is the head.
            named = [t for t in terms if t in self._predicates]
            asked |= set(named[-1:])
        told = self._told_terms(question)
        if any(asks and _THAT_HARD.search(f) for _, f, asks in message.sentences(question)[1:]):
            # How hard is what is asked, and the age told is who finds it hard, not whether there
            # is an age limit.
            asked.add(_HARD)
            told = {**told, _AGE: min(told.get(_AGE, 1.0), CONTEXT_WEIGHT)}
        if choosing:
            # "…should I choose billing or coding": the choosing is the frame, not "do I have to
            # choose between them" (combined roles).
            told = {**told, **{t: AFTERWORD_WEIGHT for t in _CHOOSING}}
            if not decides_whole:
                # …and a sentence that only chooses ("which one should I go for") is all frame.
                frame = set(terms) - set(grounds)
                told = {**told, **{t: AFTERWORD_WEIGHT for t in frame - _ROLE_TERMS}}
        if choosing_by_trait:
            # "I'm detail oriented, should I choose billing or coding?": the trait told is the ground.
            asked.add(_SKILLS)
            told = {t: w for t, w in told.items() if t != _SKILLS}
        scored = self._score(terms, roles, asked, {**self._qualifiers(question, asked), **told})
        ranked = scored.ranked
        if not ranked or ranked[0][1] < UNSURE:
            return AskResult(None, ranked[0][1] if ranked else 0.0, why="off-topic", roles=roles)
        # A strange word in what someone tells ("Not gonna lie, …") says nothing of what they ask.
        # Whether the question is about another subject is for the sentences that ask to say:
        # "I work in medical billing. What's your favorite color?" is not about billing.
        asked_text = self._asked_part(question)
        asked_words = words if asked_text == question else self.normalizer.words(asked_text)
        asked_roles = roles if asked_text == question else self._roles(stem(w) for w in asked_words)
        # …and a strange word in a clause that only tells ("Not gonna lie, …") says nothing of it.
        unfamiliar = [w for w in self._unfamiliar_words(asked_words, asked_roles) if stem(w) not in told]
        subject = asked_text  # the words whose strangers say whether this is about something else
        if asked_text != question and message.ABOUT_TOLD.match(normalize(asked_text)):
            # "…easier than coding. Agree?" asks about what was told: its strangers are the told ones
            # ("…stressed about my divorce. Any advice?").
            subject = " ".join(t for t, _, asks in message.sentences(question, clauses=False) if not asks)
            unfamiliar = self._unfamiliar_words(self.normalizer.words(subject), roles)
        english = [w for w in unfamiliar if w in english_words()]
        if english and len(english) * STRANGER_SHARE >= len(self._content_words(subject)):
            return AskResult(None, ranked[0][1], why="off-topic", roles=roles)
        # A word that is not English is more likely a typo we could not mend, and one odd word in
        # a long message is more likely chatter: ask, do not decline.
        stranger = bool(unfamiliar) or self._only_role_in_common(scored)
        # "I'm studying medical coding. lmao": the part that asks says nothing, and does not ask
        # about what was told either ("…True?", "…Thoughts?"): the rest alone is a guess.
        if asked_text != question and not self._content_words(asked_text) and not told:
            stranger = stranger or not message.leans_on_what_was_told(normalize(asked_text))
        # "I'm studying medical coding. hmm": a sound is not a question about what was told.
        stranger = stranger or (
            asked_text != question and bool(message.INTERJECTION.match(normalize(asked_text)))
        )
        best_id, best = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
        comparing = self._comparing_entry(ranked, roles, bool(_ROLES_CONTRASTED.search(flat)))
        if comparing and not stranger:
            # "How hard are billing and coding to learn": both twins fit equally, and one entry
            # answers for the two side by side (before any lower pair of twins is considered).
            return AskResult(comparing, best, tuple(i for i, _ in ranked[:2]), roles=roles)
        pair = None if stranger else self._pair(scored, roles, bool(_COMPARES.search(flat)))
        if pair:
            return pair
        if best >= CONFIDENT and best - runner_up >= MARGIN and not stranger:
            others = tuple(i for i, s in ranked[1:4] if s >= UNSURE)
            return AskResult(best_id, best, others, roles=roles)
        if self._only_role_in_common(scored):
            # Nothing but the role in common with any entry: "Did you mean" would offer guesses.
            return AskResult(None, best, why="unclear", roles=roles)
        suggestions = tuple(i for i, s in ranked[:3] if s >= SUGGESTED)
        # A close call between entries' nearest phrasings: all of an entry's phrasings together may
        # leave no doubt ("is billing hard to understand at first" is learning, not getting hired).
        asked_terms = [t for t in terms if t not in told]  # what was only told does not settle it
        # The second opinion may settle on any of the nearest few, one more than are offered.
        near = tuple(i for i, s in ranked[:CONSIDERED] if s >= SUGGESTED)
        backed = self._evidence.decisive(asked_terms, near) if settle and not stranger else None
        if not backed and settle and not stranger and suggestions:
            # Both opinions choosing the same entry settle it too, unless its twin ties with it
            # ("how long did it take to get hired", naming no role, is not the biller's question).
            tied_twin = len(ranked) > 1 and self._twins.get(best_id) == ranked[1][0]
            if not tied_twin and self._evidence.agrees(asked_terms, best_id):
                backed = best_id
        if backed:
            return AskResult(
                backed, dict(ranked)[backed], tuple(i for i in suggestions if i != backed), roles=roles
            )
        return AskResult(None, best, suggestions, why="unsure", roles=roles)

    def rank(self, question: str) -> list[tuple[str, float]]:
        """Every entry that shares a term with the question, best first (for autocomplete)."""
        terms = self.normalizer.terms(question)
        return self._score(terms, self._roles(terms)).ranked

    # --- scoring ---------------------------------------------------------------------------

    def _score(
        self,
        terms: list[str],
        roles: frozenset[str],
        asked: Iterable[str] = (),
        told: Mapping[str, float] | None = None,
    ) -> _Scored:
        weights = self._query(terms)
        for term in asked:
            if term in weights:
                weights[term] *= PREDICATE_WEIGHT
        for term, factor in (told or {}).items():
            if term in weights:
                weights[term] *= factor
        query_norm = math.sqrt(sum(w * w for w in weights.values()))
        if not query_norm:
            return _Scored(weights, [], {})
        # Sparse dot products over the postings of the rarer terms; this loop is the matcher's
        # hot path. The frequent terms' share is added per mask (see _index_frequent_terms).
        dots: dict[int, float] = {}
        get = dots.get
        strong_docs: set[int] = set()
        shares: dict[int, float] = {}  # frequent term's bit: its share of a dot product
        strong_bits = 0
        for term, weight in weights.items():
            bit = self._bit_of.get(term)
            if bit is not None:
                if weight >= NEGLIGIBLE:
                    shares[bit] = weight * self._idf[term]
                strong_bits |= bit & self._strong_bits
                continue
            # "Medical" and "do" weigh next to nothing: their postings change no score by more
            # than a rounding error.
            if weight >= NEGLIGIBLE:
                for doc_index, doc_weight in self._rare_postings.get(term, ()):
                    dots[doc_index] = get(doc_index, 0.0) + weight * doc_weight
            if term in self._strong_docs:
                strong_docs |= self._strong_docs[term]
        query_bits = sum(shares)
        # Each mask's share, worked out once: the query's frequent terms in a doc's mask.
        share_of = {
            mask: sum(v for bit, v in shares.items() if mask & bit) for mask in self._masks_within(query_bits)
        }
        named = weights.keys() & _THINGS
        factors = {
            entry_id: self._role_factor(entry_id, roles) * self._subject_factor(entry_id, named) / query_norm
            for entry_id in self.entries
        }
        scores: dict[str, float] = {}
        best_doc: dict[str, int] = {}
        entry_of, norm_of, mask_of = self._entry_of, self._norm_of, self._mask_of
        for doc_index, dot in dots.items():
            entry_id = entry_of[doc_index]
            mask = mask_of[doc_index]
            score = (dot + share_of[mask & query_bits]) / norm_of[doc_index] * factors[entry_id]
            if doc_index not in strong_docs and not mask & strong_bits:
                score *= WEAK_ONLY
            if score > scores.get(entry_id, 0.0):
                scores[entry_id] = score
                best_doc[entry_id] = doc_index
        # Docs reached through frequent terms alone: per entry, the shortest of each mask scores
        # highest (a doc also reached above scores at least this much).
        for mask, entry_id, doc_index, norm in self._by_mask if query_bits else ():
            if mask & query_bits:
                score = share_of[mask & query_bits] / norm * factors[entry_id]
                if not mask & strong_bits:
                    score *= WEAK_ONLY
                if score > scores.get(entry_id, 0.0):
                    scores[entry_id] = score
                    best_doc[entry_id] = doc_index
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        return _Scored(weights, ranked, best_doc)

    def _query(self, terms: list[str]) -> dict[str, float]:
        weights = {t: self._weight(t) for t in dict.fromkeys(terms)}
        # An unknown word should dilute a match, not outweigh every word we do know.
        known = [w for t, w in weights.items() if t in self._idf]
        if known:
            ceiling = max(known)
            weights = {t: w if t in self._idf else min(w, ceiling) for t, w in weights.items()}
        return weights

    def _weight(self, term: str) -> float:
        if term in self._idf:
            return self._idf[term]
        return NUMBER_WEIGHT if term.isdigit() else UNKNOWN_WEIGHT

    def _subject_factor(self, entry_id: str, named: set[str]) -> float:
        """More for an entry about a thing the question names, less for one about another credential."""
        subjects = self._subjects[entry_id]
        if named & subjects:
            return SUBJECT_WEIGHT
        return OTHER_CREDENTIAL if named & _CREDENTIALS and subjects & _CREDENTIALS else 1.0

    def _role_factor(self, entry_id: str, roles: frozenset[str]) -> float:
        entry_role = self.entries[entry_id].role
        if not roles or entry_role == "any":
            return 1.0
        if entry_role == "both":
            return 1.0 if len(roles) == 2 else ROLE_UNPAIRED
        if len(roles) == 2:
            return ROLE_NARROWED
        return 1.0 if entry_role in roles else ROLE_MISMATCH

    def _pair(self, scored: _Scored, roles: frozenset[str], compares: bool = False) -> AskResult | None:
        """Billing and coding twins (biller-pay, coder-pay) for a question naming both or neither,
        or naming neither but comparing ("which one makes more?")."""
        if len(roles) == 1:
            return None
        scores = dict(scored.ranked)
        best_id, best = scored.ranked[0]
        query_norm = math.sqrt(sum(w * w for w in scored.weights.values()))
        for entry_id, score in scored.ranked[:4]:
            twin = self._twins.get(entry_id)
            if twin is None or twin not in scores:
                continue
            together = min(score, scores[twin])
            if roles and entry_id in scored.best_doc and twin in scored.best_doc:
                # The two best phrasings together ("how much do billers make" + "… coders
                # make") cover a question naming both roles better than either alone.
                a, b = self._docs[scored.best_doc[entry_id]], self._docs[scored.best_doc[twin]]
                union = {**a.weights, **b.weights}
                together = max(together, _cosine(scored.weights, query_norm, _doc(entry_id, union)))
            sure_enough = CONFIDENT if roles or compares else PAIR_ROLELESS
            needed = max(sure_enough, best - PAIR_SLACK)
            # "What's the salary difference between billers and coders": naming the topic the
            # twins share (pay) and both roles is asking for the pair, whatever else scores well.
            topic = stem(self.entries[entry_id].compare or "")
            named = len(roles) == 2 and topic in scored.weights
            # …unless a better entry answers that very topic for both roles ("what do billing and
            # coding people earn now, by the latest data" is the newest pay figures).
            if named and best_id not in (entry_id, twin):
                named = all(self._entry_of[d] != best_id for d, _ in self._postings.get(topic, ()))
            if together >= needed or (named and together >= CONFIDENT):
                first, second = sorted((entry_id, twin), key=lambda i: self.entries[i].role)
                others = tuple(i for i, _ in scored.ranked if i not in (first, second))[:2]
                compare = self.entries[first].compare
                return AskResult(first, together, (second, *others), "pair", roles, compare)
        return None

    def _comparing_entry(
        self, ranked: list[tuple[str, float]], roles: frozenset[str], contrasts: bool = False
    ) -> str | None:
        """The both-roles entry for a question whose best two entries are twins, naming both roles
        or neither ("which is easier?", "difficulty?"); closer still when it sets the roles against
        each other ("…hates memorizing, billing or coding")."""
        compared = len(roles) == 2 or not roles
        if not compared or len(ranked) < 2 or ranked[0][1] < CONFIDENT:
            return None
        (first, score), (second, runner_up) = ranked[0], ranked[1]
        slack = PAIR_SLACK if contrasts else MARGIN
        if self.entries[first].twin != second or score - runner_up >= slack:
            return None
        return self._comparing.get(self.entries[first].compare or "")

    # --- signals ---------------------------------------------------------------------------

    def _roles(self, terms: Iterable[str]) -> frozenset[str]:
        present = set(terms)
        roles = frozenset(
            role for role, stemmed in (("billing", _BILLING), ("coding", _CODING)) if stemmed in present
        )
        # "Is it hard to memorise all the codes": codes are the coder's side of the work, and the
        # claim forms ("is the 1500 form for doctors?") and payers' rules the biller's.
        if roles:
            return roles
        if _CODES & present:
            return frozenset({"coding"})
        if _BILLING_SIDE & present:
            return frozenset({"billing"})
        return roles

    def _unfamiliar_words(self, words: list[str], roles: frozenset[str]) -> list[str]:
        """Words never used about these topics, in a question with nothing tying it to billing or
        coding: "how much do welders make" or "is trucking stressful" is about another subject."""
        if roles or set(words) & self._field_anchors:
            return []
        return [w for w in words if _is_word(w) and w not in self._familiar and stem(w) not in WEAK_TERMS]

    def _without_asides(self, question: str) -> str:
        """The message without greetings and sentences that name nothing we know ("curious:",
        "thoughts?", "appreciate any input"), when another sentence does: they are chatter. A
        question of its own ("what's the weather like") is never chatter."""
        question = message.LEADING_GREETING.sub("", question) or question
        sentences = message.sentences(question)
        if len(sentences) < 2:
            return question
        kept = [
            (text, asks)
            for text, flat, asks in sentences
            if not message.is_small_talk(flat)
            and (self._names_something(text) or (asks and len(flat.split()) > 2))
        ]
        # What asks is never an aside: "I'm studying medical coding. asdfghjkl" asks nothing we know,
        # and the sentence that only tells must not become the question.
        if not any(asks for _, asks in kept):
            return question
        return " ".join(text for text, _ in kept) if len(kept) < len(sentences) else question

    def _names_something(self, text: str) -> bool:
        # A subject no source covers is something too: "I have a felony, can I still…" is no aside.
        words = self.normalizer.words(text)
        return any(self._is_strong(stem(w)) for w in words) or not self._not_covered.isdisjoint(words)

    def _conjoined_topics(self, flat: str) -> list[str]:
        """The question asked once per topic when it joins two with "and" ("the pay and the outlook
        for coders" → "the pay for coders", "the outlook for coders"), else the question alone."""
        words = flat.split()
        for i, word in enumerate(words[1:-1], 1):
            # ("billers and coders" joins the roles, the commonest "and" of all: no topics there.)
            if word not in ("and", "plus") or words[i - 1] in _ROLE_WORDS or words[i + 1] in _ROLE_WORDS:
                continue
            left = self._topic_before(words, i)
            right = self._topic_after(words, i)
            if left and right and left[1] != right[1]:
                (start, _), (end, _) = left, right
                return [" ".join(words[:i] + words[end:]), " ".join(words[:start] + words[i + 1 :])]
        return [flat]

    def _topic_before(self, words: list[str], i: int) -> tuple[int, str] | None:
        """Where the one or two words before position i start, and the predicate they name."""
        for start in (i - 1, i - 2):
            if start >= 0 and (named := self._predicate_of(words[start:i])):
                return start, named
        return None

    def _topic_after(self, words: list[str], i: int) -> tuple[int, str] | None:
        """Where the one or two words after position i end (after an article), and their predicate."""
        first = i + 2 if i + 1 < len(words) and words[i + 1] in _ARTICLES else i + 1
        for end in (first + 1, first + 2):
            if end <= len(words) and (named := self._predicate_of(words[first:end])):
                return end, named
        return None

    def _predicate_of(self, words: list[str]) -> str | None:
        terms = {stem(w) for w in self.normalizer.words(" ".join(words))} & self._predicates
        return next(iter(terms)) if len(terms) == 1 else None

    def _names_a_topic(self, text: str, roles: bool = True) -> bool:
        """Whether a question names a role or one of the topics ("pay", "remote"), not just words;
        without roles, a topic other than the roles ("can i even do billing" names none)."""
        named = (self._topics | _ROLE_TERMS if roles else self._topics - _ROLE_TERMS) | _THINGS
        return not {stem(w) for w in self.normalizer.words(text)}.isdisjoint(named)

    def _is_strong(self, term: str) -> bool:
        return term in self._idf and term not in WEAK_TERMS

    def _asked_part(self, question: str) -> str:
        """The sentences that ask, when others only tell: "I work in medical billing. How much do
        teachers make?" asks about teachers."""
        # Whole sentences: in "billing or coding, which is less of a headache" the clause before
        # the comma is what the question is about.
        sentences = message.sentences(question, clauses=False)
        # A heading ("For the billers:") says whom the question after it is about.
        asking = [text for text, _, asks in sentences if asks or _is_heading(text)]
        return " ".join(asking) if asking and len(asking) < len(sentences) else question

    def _judges_a_vendor(self, question: str) -> bool:
        """Whether the message judges a name we do not know ("is penn foster good"); "is the
        compensation good" judges pay, a topic the vocabulary knows."""
        judged = _JUDGED.search(self.normalizer.spell(question))
        if not judged or set(self.normalizer.words(judged.group(1))) & self.normalizer.canonical:
            return False
        return any(_is_word(w) and w not in self._familiar for w in judged.group(1).split())

    def _qualifiers(self, question: str, asked: set[str]) -> dict[str, float]:
        """Topic words inside the phrase that says another topic is asked, and how much they count:
        in "how long does it take to find a coding job", "long" only qualifies getting hired."""
        flat = normalize(question)
        # Words saying whom the question is about: "do billers and coders both need CEUs?" asks
        # nothing about what they share, and "is coding good money for a 20 year old?" is pay.
        whom = dict.fromkeys(_BOTH_TERMS, QUALIFIER_WEIGHT) if _BOTH_ROLES.search(flat) else {}
        if whom and _BOTH_NEED.search(flat) and set(self.normalizer.terms(flat)) & self._topics - _NOT_NEEDED:
            whom = dict.fromkeys(_BOTH_TERMS, QUALIFIER_WEIGHT / 4)  # "…both need certification?"
        if _FOR_AN_AGE.search(flat) and set(self.normalizer.terms(flat)) & self._predicates - {_AGE}:
            whom[_AGE] = QUALIFIER_WEIGHT
        if _AS_A_BEGINNER.search(flat) and set(self.normalizer.terms(flat)) - {_BEGINNER}:
            whom[_BEGINNER] = QUALIFIER_WEIGHT
        if _CERTIFIED_ROLE.search(flat) and not _CERTIFIED_OR_NOT.search(flat):
            other = set(self.normalizer.terms(flat)) & self._topics - _ROLE_TERMS - {_CERTIFICATION, _HIRED}
            if other:
                whom[_CERTIFICATION] = QUALIFIER_WEIGHT
        spelled = self.normalizer.spell(question)
        condition = _IF_I_WANT.search(spelled)
        if condition and self._names_a_topic(spelled[: condition.start()], roles=False):
            # Folded with the whole message ("want to do both" is the combined role), less what a
            # pattern reaching into the main clause made ("a good credential if… both" lists them).
            # Becoming one is a goal, not a condition: "what should I take if I want to be a coder".
            main = set(self.normalizer.terms(spelled[: condition.start()])) | {
                stem(c) for c, _, (start, _) in self.normalizer.matched(question) if start < condition.start()
            }
            wanted = set(self.normalizer.terms(spelled)) - main & self._topics - _ROLE_TERMS - {_BECOME}
            whom |= dict.fromkeys(wanted, QUALIFIER_WEIGHT)
        if not asked:
            return whom
        found = [
            (stem(c), text, span) for c, text, span in self.normalizer.matched(question) if stem(c) in asked
        ]
        inside = {term for _, text, _ in found for term in self.normalizer.terms(text)}
        # How long something takes is training length only when that something is training: "how
        # long does" inside "how long does it take most new coders to get hired" qualifies hiring.
        nested = {
            term
            for term, _, (start, end) in found
            for other, _, (outer_start, outer_end) in found
            if term == _HOW_LONG and other != term and outer_start <= start and end <= outer_end
        }
        return whom | {term: QUALIFIER_WEIGHT for term in (inside & self._predicates - asked) | nested}

    def _told_terms(self, question: str) -> dict[str, float]:
        """Terms said only in sentences that tell rather than ask, and how much they count: "I'm
        52 and just got laid off. Will I get hired as a coder?" is about getting hired, and words
        after the question ("Asking before I enroll.") are even less likely to be the topic."""
        sentences = message.sentences(question)
        if len(sentences) < 2:
            return {}
        asked: set[str] = set()
        verifying: set[str] = set()
        strange = False
        told: dict[str, float] = {}
        last_told: set[str] = set()  # the clause just before this one, if it told
        told_clauses: list[set[str]] = []
        reported: set[str] = set()  # the last told clause reporting what someone says
        for i, (text, flat, asks) in enumerate(sentences):
            words = self.normalizer.words(flat)
            terms = {stem(w) for w in words}
            # "The CPC exam, how long is it?": the exam is what is asked about, not background.
            subject = not asks and self._sets_off_the_subject(text, flat, sentences[i + 1 : i + 2])
            if asks and message.VERIFYING.match(flat):
                # "…you can become a coder in six weeks. Is that legit?" is about the claim just made.
                told = {t: w for t, w in told.items() if t not in last_told}
                verifying |= terms
            elif asks:
                # ("…hospitals use AI now. Does that mean fewer coding jobs?" asks what follows from it.)
                leans = self._leans_back(flat, last_told) or _WHAT_IT_MEANS.match(flat)
                if message.REFERS_BACK.search(flat) and leans:
                    # "…no college degree, can I still…" asks about what was just told, and "…see the
                    # CMS-1500 all the time. What's the difference?" about the things told.
                    told = {t: w for t, w in told.items() if t not in last_told and t not in _THINGS}
                asked |= terms
                strange = strange or any(
                    w in english_words() for w in self._unfamiliar_words(words, frozenset())
                )
            elif not (terms & _ROLE_TERMS and text.rstrip().endswith(_HEADING_ENDS)):
                # ("billers vs coders: who does the claims?" has a heading naming the roles.)
                weight = AFTERWORD_WEIGHT if asked else CONTEXT_WEIGHT
                if message.DISMISSING.search(flat):
                    weight = 0.0  # set aside by the asker: not even background
                if not subject:
                    told.update({t: min(weight, told.get(t, 1.0)) for t in terms})
                told_clauses.append(terms)
                reported = terms if _SAYS.search(flat) else reported
            last_told = set() if asks else terms
        # "Someone told me coding jobs are all remote. True?": a question naming no topic of its
        # own asks about what was told (unless it names another subject: "what's your favorite color").
        quiet = {t: AFTERWORD_WEIGHT for t in verifying - asked}
        if not strange and not any(self._is_strong(t) for t in asked):
            # It asks about the last thing told that names a topic; the rest is background still
            # ("I'm a single mom. Everyone says coding is hard. Is it?", "…still no job. I feel
            # hopeless. Is this normal?").
            claim = next((c for c in reversed(told_clauses) if c & self._topics - _ROLE_TERMS), set())
            claim = claim or (told_clauses[-1] if told_clauses else set())
            if verifying and reported & self._topics - _ROLE_TERMS:
                # "My sister says coding is way harder. I'm picking one. Is she right?": what she says.
                claim = reported
            if _PAY in claim and any(asks and _JUDGES_A_SUM.match(f) for _, f, asks in sentences):
                claim = {_PAY}
            background = set().union(*told_clauses) - claim - asked
            return {**{t: CONTEXT_WEIGHT for t in background}, **quiet}
        return {**{t: w for t, w in told.items() if t not in asked}, **quiet}

    def _sets_off_the_subject(self, text: str, flat: str, after: tuple[tuple[str, str, bool], ...]) -> bool:
        """Whether a clause is a few words naming one of our topics, set off before a question that
        points back at them ("The CPC exam, how long is it?", "apprentice status, how long does it last")."""
        return (
            bool(after)
            and after[0][2]
            and text.rstrip().endswith(_SET_OFF_BY)
            and len(flat.split()) <= SUBJECT_WORDS
            and not message.TELLS.search(flat)
            and not message.DISMISSING.search(flat)  # "forget the pay, can I do this from home?"
            and bool(message.POINTS_BACK.search(after[0][1]))
            and self._names_a_topic(text)
        )

    def _besides_choosing(self, question: str) -> str:
        """The message without its sentences that only choose ("which one should I go for")."""
        return " ".join(f for _, f, _ in message.sentences(question) if not _DECIDING.search(f))

    def _names_a_trait(self, flat: str) -> bool:
        """Whether a choosing question tells a trait beside the choice ("if i like talking to
        people should i do billing or coding"): what each role needs of a person answers it."""
        rest = _DECIDING.sub(" ", flat)
        return not _DOUBTING.search(rest) and _SKILLS in {stem(w) for w in self.normalizer.words(rest)}

    def _leans_back(self, flat: str, last_told: set[str]) -> bool:
        """Whether a question with "still", "this hard"… is about the clause told before it: not
        when it names a topic of its own that clause does not ("…for 8 years. Do I still need to
        get certified?" is about certification, not the job before)."""
        own = set(self.normalizer.terms(message.REFERS_BACK.sub(" ", flat))) & self._topics - _ROLE_TERMS
        # ("…my CCA… the CCS next. What's the actual difference between them?": a difference of those told.)
        own -= _DIFFERENCE_TERMS
        return not own or bool(own & last_told)

    def _content_words(self, question: str) -> set[str]:
        """The distinct words that say what is asked, as typed: no glue or question words, and
        phrases not yet folded ("enter the field" is three words here, one topic word later)."""
        spelled = self.normalizer.spell(question).split()
        return {w for w in spelled if w not in STOPWORDS and stem(w) not in WEAK_TERMS}

    def _only_role_in_common(self, scored: _Scored) -> bool:
        """The best match shares nothing with the question but the role ("is billing boring" and
        "medical billing?"): whatever else was asked went unread, so that is a guess."""
        doc = self._docs[scored.best_doc[scored.ranked[0][0]]]
        rest = scored.weights.keys() - _ROLE_TERMS - {_MEDICAL}
        # Another job in common is nothing in common: "medical billing vs medical assistant" is
        # not about a phrasing comparing billers' pay with assistants'.
        return bool(rest) and not (rest & doc.weights.keys() - self._other_jobs)

    def _not_covered_asked(self, question: str, flat: str, words: list[str]) -> bool:
        """Whether what is asked is a subject no source covers; "I can't afford the exam yet. Could I
        get hired without a certification?" asks about certification."""
        asked = self._asked_part(question)
        # "i can't afford the exam right now, can i get a billing job without it": the clause
        # that asks, when it names a topic of ours (also in the sentence that asks: "I'm 24 and
        # drowning in student loans, what do coders earn? I'm so confused.").
        asking = " ".join(text for text, _, asks in message.sentences(asked) if asks)
        if asking and len(asking) < len(asked) and self._names_a_topic(asking, roles=False):
            asked = asking
        # "I have a felony. Can I still be a medical coder?" asks about what it told ("…Could I
        # still get hired without a certification?" asks about certification).
        asked_flat = normalize(asked)
        leaning = (
            message.REFERS_BACK.search(asked_flat) and self._leans_back(asked_flat, set())
        ) or message.ABOUT_TOLD.match(asked_flat)
        if asked != question and leaning:
            asked = question
        if asked != question:
            flat, words = normalize(asked), self.normalizer.words(asked)
        # "Is this normal for new coders or is something wrong with my resume?": a second guess we
        # cannot answer leaves the first to answer.
        first, *others = _ANOTHER_GUESS.split(flat)
        if others and self._names_a_topic(first) and not self._mentions_not_covered(first):
            return False
        # Words, after phrases are folded: "worth the money" is about worth, not cost.
        return _mentions(flat, _with_singulars(words), self._not_covered, self._not_covered_phrases)

    def _mentions_not_covered(self, text: str) -> bool:
        """Whether a piece of a question names a subject no source covers."""
        words = _with_singulars(self.normalizer.words(text))
        return _mentions(normalize(text), words, self._not_covered, self._not_covered_phrases)

    def _compares_other_things(self, question: str) -> bool:
        """ "The difference between a PA and an NP", or another job set beside ours ("is nursing
        school harder than coding school"): the sources say nothing of the other side."""
        # Sentence by sentence: "I'm a CNA. Billing vs coding?" sets nothing against a CNA.
        flat = " | ".join(f for _, f, _ in message.sentences(question, clauses=False)) or normalize(question)
        compares = _COMPARES_WORD.search(flat)
        beside = _COMPARED_WITH.search(flat) if compares else None
        for against, needs_role in (
            (_AGAINST.search(flat), False),
            (_EITHER.search(flat), True),
            (beside, True),
            (_SET_BESIDE.search(flat) if compares else None, True),
        ):
            sides = {stem(w) for w in self.normalizer.words(against.group())} if against else set()
            # ("Do coders work for doctors or insurers?" offers no job in place of ours.)
            if sides & self._other_jobs and (sides & _ROLE_TERMS or not needs_role):
                return True
        compared = _DIFFERENCE.search(flat)
        if not compared:
            return False
        sides = [set(self.normalizer.terms(side)) for side in compared.groups()]
        # Codes are ours too: "diagnosis codes and procedure codes".
        return not any(side & (_OUR_SIDES | _CODES) for side in sides)

    def _compares_within_a_topic(self, flat: str) -> bool:
        """Whether a difference asked is between two sides of one topic: "the difference between
        working as a coder in a hospital vs a physician's office" is about workplaces, not roles."""
        if _DIFFERENCE_IN.search(flat):
            return True  # "is there that big a difference in how long you need to train?"
        if _WITH_AND_WITHOUT.search(flat):
            return True  # "certified vs not certified coders, big difference?" is about certification
        if _BARE_DIFFERENCE.search(flat) and _ROLE_WORDS.isdisjoint(flat.split()):
            return True
        compared = _SIDES_OF_A_DIFFERENCE.search(flat)
        if not compared:
            return False
        first, second = ({stem(w) for w in self.normalizer.words(side)} for side in compared.groups())
        return bool(first & second & (self._topics | _CODES) - _ROLE_TERMS - _DIFFERENCE_TERMS)

    def _becomes_another_job(self, question: str) -> bool:
        """Whether a clause that asks is about becoming another job: "can a medical coder become a
        nurse?" is about nursing ("I wanted to become a nurse. Is coding easier?" only tells it)."""
        for _, flat, asks in message.sentences(question):
            found = _BECOMES.search(flat) if asks else None
            target = {stem(w) for w in self.normalizer.words(found.group(1))} if found else set()
            if target & self._other_jobs and not target & _ROLE_TERMS:
                return True
        return False

    def _off_topic_asked(self, question: str, flat: str, words: list[str], roles: frozenset[str]) -> bool:
        """Whether what is asked is another subject; a told sentence naming a role ("I work in
        medical billing.") does not make "How much do teachers make?" ours."""
        # Phrases stop at a sentence's end: "…loves it. Certification needed?" is no "IT certification".
        flat = " | ".join(f for _, f, _ in message.sentences(question, clauses=False)) or flat
        asked = self._asked_part(question)
        if self._is_off_topic(flat, set(words), roles) and not self._from_another_job(question, asked):
            return True
        # "Forget coding, how do I become a nurse?": a role set aside does not make the rest ours.
        clauses = message.sentences(question)
        kept = [text for text, f, _ in clauses if not message.DISMISSING.search(f)]
        if 0 < len(kept) < len(clauses):
            rest = " ".join(kept)
            rest_words = self.normalizer.words(rest)
            if self._is_off_topic(normalize(rest), set(rest_words), self._roles(stem(w) for w in rest_words)):
                return True
        if asked == question:
            return False
        if message.ABOUT_TOLD.match(normalize(asked)):
            # "…I'm stressed about my divorce. Any advice?" asks about the last thing told.
            told = [text for text, _, asks in message.sentences(question) if not asks]
            # "…billing program and I'm so stressed about my divorce": the last thing said of oneself.
            asked = _TURNS_TO_ONESELF.split(told[-1])[-1] if told else asked
        # "Would my pharmacy experience let me skip certification?": the asker's past, not the subject.
        asked = _OWN_BACKGROUND.sub(" ", normalize(asked))
        asked_words = self.normalizer.words(asked)
        asked_roles = self._roles(stem(w) for w in asked_words)
        return self._is_off_topic(normalize(asked), set(asked_words), asked_roles)

    def _from_another_job(self, question: str, asked: str) -> bool:
        """Whether the other job is only where the asker stands: "I'm a nurse. How long does the
        training take?" asks about our training, "I'm a nurse. Is it stressful?" about nursing."""
        if asked == question or message.ABOUT_TOLD.match(normalize(asked)) or _POINTS_BACK.search(asked):
            return False
        told = [flat for _, flat, asks in message.sentences(question, clauses=False) if not asks]
        # ("Not gonna lie, my teacher…": told of oneself once the chatter before it is gone.)
        of_oneself = (
            _OF_ONESELF.match(flat) or _OF_ONESELF.match(self.normalizer.spell(flat)) for flat in told
        )
        return all(of_oneself) and bool(
            {stem(w) for w in self.normalizer.words(asked)} & self._topics - _ROLE_TERMS
        )

    def _is_off_topic(self, flat: str, words: set[str], roles: frozenset[str]) -> bool:
        # The roles' own words do not settle which sense of "billing" or "coding" is meant.
        medical = bool(words & self._medical - _ROLE_WORDS)
        words = _with_singulars(words)
        # "My career counselor quoted…": a person in the asker's life, not a career asked about.
        people = _with_singulars(_SOMEONE_OF_MINE.findall(flat)) if "my " in flat else set()
        for kind, signals in self._off_topic.items():
            seen = words - people if kind == _OTHER_CAREERS else words
            if not _mentions(flat, seen, signals, self._off_topic_phrases[kind]):
                continue
            if kind in _AMBIGUOUS:
                # "coding" alone is ambiguous next to "python", "billing" next to "subscription";
                # "medical coding" is not, nor a question naming the other role too.
                # Naming neither role, it is the other sense even in healthcare ("sql for healthcare data").
                if not roles or (not medical and _AMBIGUOUS[kind] not in roles):
                    return True
            elif not roles and not {stem(w) for w in words} & _THINGS:
                return True  # naming one of our things ("who is the CBCS for") ties it to ours
        return False

    def _add_doc(self, doc: _Doc, seen: set[tuple[str, float, frozenset[tuple[str, float]]]]) -> None:
        # Phrasings that differ only in stopwords, punctuation or word order ("salary?", "the
        # salary") score alike: one copy is enough, and the hot loop gets shorter.
        key = (doc.entry_id, doc.norm, frozenset(doc.weights.items()))
        if key in seen:
            return
        seen.add(key)
        for t, weight in doc.weights.items():
            self._postings.setdefault(t, []).append((len(self._docs), weight))
        self._docs.append(doc)


# An offer someone received: "I got a text saying…", "I keep getting emails offering…".
_AN_OFFER = re.compile(
    r"\b(got|get|received|receive|getting|keep getting) (a |an |this |these |some )?(random )?"
    r"(text|texts|email|emails|e mail|message|messages|dm|dms|call|calls|letter|flyer|ad|ads|offer|offers)"
    r" (saying|that says|that said|telling me|offering|claiming|promising|about)\b"
)
_OTHER_CAREERS = "other_careers"
_SOMEONE_OF_MINE = re.compile(
    r"\bmy (?:[a-z]+ )?([a-z]+) "
    r"(?=says|said|told|tells|quoted|quotes|mentioned|suggested|recommended|thinks|thought|wants|showed|used"
    r"|uses|shared|gave|sent|cited|posted|assigned)"
)
_HEADING_ENDS = (":", "-", "–", "—")
_SET_OFF_BY = (",", *_HEADING_ENDS)


def _is_heading(text: str) -> bool:
    """A few words set off by a colon or a dash: "For the billers:", "Billing - …"."""
    return text.rstrip().endswith(_HEADING_ENDS) and len(text.split()) <= HEADING_WORDS


def _with_singulars(words: Iterable[str]) -> set[str]:
    # Plurals count too: "pharmacists" is a real word, so typo repair leaves it alone.
    return {*words, *(w[:-1] for w in words if w.endswith("s"))}


def _mentions(flat: str, words: set[str], single: frozenset[str], phrases: _Phrases) -> bool:
    """Whether a question says one of a list's words or phrases."""
    return bool(words & single) or phrases.found_in(flat)


class _Phrases:
    """The multi-word entries of a list, looked up by their first word: building one regex of
    hundreds of alternatives cost more than all the lookups it saved."""

    def __init__(self, words: Iterable[str]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in {normalize(w) for w in words if " " in normalize(w)}:
            first, *rest = phrase.split()
            self._by_first.setdefault(first, []).append(tuple(rest))

    def found_in(self, flat: str) -> bool:
        """Whether a normalised text holds one of the phrases as whole words; a phrase in the plural
        is the same phrase ("lab techs" like "lab tech")."""
        tokens = flat.split()
        for i, token in enumerate(tokens):
            for rest in self._by_first.get(token, ()):
                end = i + 1 + len(rest)
                said = tokens[i + 1 : end]
                if len(said) == len(rest) and (
                    tuple(said) == rest or (said[-1] == f"{rest[-1]}s" and tuple(said[:-1]) == rest[:-1])
                ):
                    return True
        return False


def _is_word(word: str) -> bool:
    return word.isalpha() and len(word) > 2


def _doc(entry_id: str, weights: dict[str, float], factor: float = 1.0) -> _Doc:
    # factor < 1 lowers every cosine with this doc by that much (its norm is inflated).
    return _Doc(entry_id, weights, (math.sqrt(sum(w * w for w in weights.values())) or 1.0) / factor)


# A sentence telling who the asker is or was: "I'm a nurse", "I have worked front desk", "Former teacher".
_OF_ONESELF = re.compile(r"^(i|im|ive|id|my|me|former|ex|retired|currently|been|worked|working)\b")
# ...and a question pointing back at it ("Is it stressful?", "How much does she make?").
_POINTS_BACK = re.compile(
    # ("Is there…" asks whether something exists, and "this field" is ours.)
    r"\b(it|its|they|them|their|theirs|she|her|hers|he|him|his|that|this(?! field)|(?<!is )(?<!are )there)\b",
    re.I,
)


def _short_and_pointing_back(flat: str) -> bool:
    """A follow-up's shape: a few words, one of them "it", "them", "that"… ("is it open book?")."""
    return len(flat.split()) <= FOLLOW_UP_WORDS + 2 and bool(_POINTS_BACK.search(flat))


# A follow-up naming only where or for whom: "what about in California?", "and for someone with ADHD?".
_ASKED_AGAIN_FOR = re.compile(
    r"^(?:and |but |so |ok |okay )?(?:(?:what|how) about |and )(?P<where>(?:in|for|with|at|outside|near) .+)$"
)
# Which of the things just named suits a role: "which is best for billing?", "which one for coders".
_WHICH_FOR_A_ROLE = re.compile(
    r"^(?:so |and |ok |okay |but )?(?:which|what)(?: one| ones| of them| of those| of these)?"
    r"(?: is| are| would be)?(?: the)?(?: best| better| right| good| most useful)?"
    r"(?: one| choice| option| pick)? for (?:a |an )?(?:medical )?(?:billing|coding|billers?|coders?)$"
    r"|^(?:so |and |ok |okay |but )?which(?: one| ones| of them| of those| of these)?"
    r" (?:do|does|would|should) (?:a |an |the )?(?:medical )?(?:billing|coding|billers?|coders?)"
    r" (?:use|need|get|take|work with)$"
)
# The second of two guesses a question offers: "…is this normal, or is it my resume?"
_ANOTHER_GUESS = re.compile(
    r"\bor (?=(?:is|are|am|was|were|do|does|did|can|could|should|would|will|has|have)\b)"
)
# Which of several things just named: "which one do hospitals use?" after the claim forms.
_WHICH_OF_THOSE = re.compile(
    r"^(?:so |and |ok |okay |but )?which (?:one|ones|of them|of those|of these|of the two)\b"
)
# What "it" is set beside: "is it better than the CPC?" asks about "it", not the CPC.
_WHAT_IT_IS_SET_AGAINST = re.compile(r"\b(?:than|vs|versus|compared to|compared with|or) .*$")
_WHAT_IS_THAT = re.compile(
    r"^(?:so |sorry |wait |um |uh )?(?:what|whats|what s)(?: is| does)? (?:that|it)(?: mean)?$"
)
_TURNS_TO_ONESELF = re.compile(r"\b(?:and|but) (?=(?:i|im|i'm|i am|ive|i've)\b)", re.IGNORECASE)
# "Coders, not billers" or "not billing, coding: is it hard?": the role set aside is not asked about.
_UNWANTED_ROLE = re.compile(
    r"\b(?:not|not interested in|no interest in|rather than|instead of|never mind|ignore|forget)"
    r"( the| about)? (medical )?(billing|coding|billers?|coders?)\b( for now| at all)?",
    re.IGNORECASE,
)
_LEFT_ROLE = re.compile(
    r"\b(?:an? )?(?:medical )?(biller|coder)s?(?= (?:to )?"
    r"(?:become|becoming|turn into|switch(?:ing)? (?:over )?to|move (?:over )?(?:in)?to|"
    r"transition(?:ing)? (?:in)?to)"
    r" (?:an? )?(?:medical )?(?:biller|coder|billing|coding))",
    re.IGNORECASE,
)
_ROLE_NAMES = re.compile(r"\b(?:medical )?(billing|coding|biller|coder)s?\b", re.IGNORECASE)
_SIDE_OF = {"billing": "billing", "biller": "billing", "coding": "coding", "coder": "coding"}


def _without_unwanted_role(question: str) -> str:
    """The question without a role it sets aside or leaves, when it names the other one too:
    "can a biller become a coder" asks about becoming a coder."""
    for pattern, group in ((_UNWANTED_ROLE, 3), (_LEFT_ROLE, 1)):
        unwanted = list(pattern.finditer(question))
        if not unwanted:
            continue
        named = {_SIDE_OF[m.group(1).lower()] for m in _ROLE_NAMES.finditer(question)}
        dropped = {_SIDE_OF[m.group(group).lower().rstrip("s")] for m in unwanted}
        if len(named) == 2 and len(dropped) == 1:
            return pattern.sub(" ", question)
    return question


_ABOUT_THE_ASKER = re.compile(
    r"^(i|im|i am|ive|id|my|me|we|were|our|as an?)\b(?! (heard|read|know|saw|was told))"
)
_OTHER_ROLE_NAME = {"billing": "coding", "coding": "billing"}
_SWAPPED = {"billing": "coding", "coding": "billing", "biller": "coder", "coder": "biller"}
_OTHER_ROLE = re.compile(r"\b(billing|coding|biller|coder)(?=s?\b)")


def _for_other_role(text: str) -> str:
    """The same text about the other role: "billers make $18" becomes "coders make $18"."""
    return _OTHER_ROLE.sub(lambda m: _SWAPPED[m.group(0)], text)


def _swap_roles(terms: list[str]) -> list[str] | None:
    """The terms with billing and coding swapped; None if they name both or neither."""
    has_billing, has_coding = _BILLING in terms, _CODING in terms
    if has_billing == has_coding:
        return None
    swap = {_BILLING: _CODING, _CODING: _BILLING}
    return [swap.get(t, t) for t in terms]


def _cosine(weights: Mapping[str, float], norm: float, doc: _Doc) -> float:
    dot = sum(w * doc.weights[t] for t, w in weights.items() if t in doc.weights)
    return dot / (norm * doc.norm)


def _twins(entries: Iterable[FaqEntry]) -> dict[str, str]:
    """Twins (biller-pay, coder-pay) that answer together a question naming both roles or neither.

    A topic that has its own entry comparing both roles (which-is-easier) needs no pairing."""
    entries = list(entries)
    compared = {e.compare for e in entries if e.role == "both" and e.compare}
    return {e.id: e.twin for e in entries if e.twin and not (e.compare and e.compare in compared)}
