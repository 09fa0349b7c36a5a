"""Text normalisation shared by the FAQ index and the comparison lookup.

Everything here is pure and dependency-free so that matching stays fast and predictable.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from functools import cache, cached_property, lru_cache
from itertools import pairwise
from pathlib import Path

from core.patterns import DIGIT, TopicPattern

# Glue words only. Question words ("what", "how", "do", "like") stay: they separate
# "what is billing" from "what is it like to be a biller", and IDF keeps them light.
STOPWORDS = frozenset(
    """
    a an the is are am was were be been being to of in on for and or i me my mine you your
    it its this that these those there here with as at by from so if just really about im
    ive id we us our they them their he she his her than then too very also into up down
    hi hello hey hiya thanks thank thx please pls plz guys folks lol ok okay um uh yeah
    anyone someone somebody wondering wonder quick actually basically honestly currently
    ever still even much some per every each usually typically everyone till until gonna wanna
    but dont doesnt didnt isnt arent wasnt werent cant wont wouldnt couldnt shouldnt
    specialist specialists super extremely incredibly
    """.split()
)
# "much" can go: "how much" is folded into "pay" as a phrase before stopwords are dropped.

_NON_WORD = re.compile(r"[^a-z0-9+]+")
_PLAIN = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")
# "how 2 be a coder", "is it 4 me", "going 2 school": a digit spelling a word, told from a number by
# what follows ("2 kids", "2 years" stay counts). Words that follow "to" or "for" and never a count:
_AFTER_TO_OR_FOR = (
    r"be|b|get|go|do|become|come|learn|work|start|find|land|pass|take|make|know|see|switch|move|hire|obtain"
    r"|grow|love|code|bill|study|school|college|pay|help|ask|the|a|an|me|my|your|you|u|da|these|this|that"
    r"|them|him|her|us|it|medical|billing|coding|billers|coders|beginners|newbies|moms|ppl|people|someone"
    r"|anyone|insurance|hospitals|other|another|now|sure|speak|fill|date|explain|answer|apply|keep|stay|say"
    r"|tell|use|try|read|write|sit|hear|choose|pick|decide|prepare|practice|afford|handle|deal|talk|call"
    r"|wait|quit|leave|retire|relocate|enroll|register|renew|remove|lose|earn|save|spend|live|retrain|train"
    r"|transition|change|transfer|compare"
)
_TO = re.compile(rf"\b2(?= (?:{_AFTER_TO_OR_FOR})\b)")
_FOR = re.compile(rf"\b4(?= (?:{_AFTER_TO_OR_FOR})\b)")
# "were do coders work": a real word, but before "do" or "can" it is "where".
_WERE = re.compile(r"\bwere(?= (?:do|does|did|can|could|would|should|will|is|are)\b)")
# Phones turn "how" into "hour": "hour much do coders make" (but "an hour long" keeps its hour).
_HOUR = re.compile(r"^hour(?= (?:much|many|long|do|does|can|is|are|hard)\b)")
_STRETCHED = re.compile(r"([a-z])\1{2,}")
_STRETCHED_WORD = re.compile(r"[a-z]*([a-z])\1{2,}[a-z]*")
# Short words a stretch makes unreadable to the sentence readers ("is thhhhat normal", "the
# saaaame thing"): stretched, they are these words, with their letters single.
_SHORT_WORDS = frozenset(
    """that this those these the what how why when where who which is are was were it its same right
    true real normal possible there they them then than so do does did can could would should will much
    many long hard easy""".split()
)


def _unstretched(found: re.Match[str]) -> str:
    """A stretched word with each run of one letter made single, if that is a short word, else double."""
    word = found.group()
    single = _STRETCHED.sub(r"\1", word)
    return single if single in _SHORT_WORDS else _STRETCHED.sub(r"\1\1", word)


# Having moved (or wanting to move) to the other role is a change of job, not of home: "billers who
# moved to coding", "I want to move to coding later".
_MOVED_TO_ROLE = re.compile(
    r"\b(?:moved|moves|(?<=to )move|(?:move|moving) (?:me|her|him|them|us))(?: over)?"
    r"(?: from(?: [a-z]+){1,4}?)? (to|into) (?=(?:medical )?(?:billing|coding|biller|coder)s?\b)"
)
_PLUS_BETWEEN_WORDS = re.compile(r"(?<=[a-z]{2}) ?\+ ?(?=[a-z])")  # "billing + coding" too
# "billing & coding", "billing/coding": the two joined, as "and" joins them ("b&c" and "biller/coder",
# a job title, are read as typed).
_AND_BETWEEN_WORDS = re.compile(
    r"(?<=[a-z]{3}) ?& ?(?=[a-z]{3})|(?:(?<=billing)|(?<=coding)) ?/ ?(?=billing\b|coding\b)"
)
# The same question in other grammar: "am I able to learn coding in 3 months" (or "is it possible
# for me to…"), "do I have to have the CPB", "is there billing jobs in small towns".
_ABLE = re.compile(r"\bam i able to\b|\bis it (?:possible|doable|feasible|realistic) for me to\b")
_HAVE_TO_HAVE = re.compile(r"\bdo i have to have\b")
_IS_THERE_JOBS = re.compile(
    r"\bis there (?=(?:a lot of |lots of |many |plenty of |any |enough )?"
    r"(?:[a-z]+ )?(?:jobs|positions|openings)\b)"
)
# "A six month program", "thirty an hour": the number as digits, as most people type it and the
# patterns read it ("every two weeks" stays: a phrase says it so).
_NUMBERS = dict(
    zip(
        "one two three four five six seven eight nine ten eleven twelve fifteen eighteen twenty thirty forty"
        " fifty sixty".split(),
        "1 2 3 4 5 6 7 8 9 10 11 12 15 18 20 30 40 50 60".split(),
        strict=True,
    )
)
_NUMBER_UNITS = (" month", " week", " hour", " hr", " dollars", " bucks")
_GLUED_UNIT = re.compile(r"\b(\d+)(hrs?|hour|yrs?)\b")  # "14hr" is "14 hr", as "$14/hr" reads
_NUMBER_WORD = re.compile(
    rf"(?<!every )\b({'|'.join(_NUMBERS)})\b(?= (?:months?|weeks?|hours?|hrs?|an hour|dollars|bucks)\b)"
)
_MEDICAL_ROLE = re.compile(
    r"\b(?:medical|healthcare|health care|certified|credentialed) (?=(?:billing|coding|biller|coder)s?\b)"
)  # pattern_text
# "Coding specialist", "billing staff", "people in coding" name coders and billers (not the CCS,
# nor the "billing and coding specialist").
_SPECIALIST = re.compile(
    r"\b(?<!and )(?<!certified )(?P<role>coding|billing) "
    r"(?P<noun>specialists?|professionals?|staff|people|folks)\b"
    r"|\b(?:people|folks) (?:in|doing|who do) (?P<field>coding|billing)\b"
)
_SPECIALIST_ROLE = {"coding": "coder", "billing": "biller"}
_SPECIALIST_WORDS = ("specialist", "professional", "staff", "people", "folks")
# "Is being a coder like programming?" asks what "is coding like programming?" asks.
_BEING_A_ROLE = re.compile(r"\b(is|isnt) being an? (biller|coder)\b")
_WORK_OF = {"biller": "billing", "coder": "coding"}


def _role_named(found: re.Match[str]) -> str:
    if found["field"]:
        return _SPECIALIST_ROLE[found["field"]] + "s"  # "people in coding"
    plural = found["noun"].endswith("s") or found["noun"] in ("staff", "people")
    return _SPECIALIST_ROLE[found["role"]] + ("s" if plural else "")


# How often, or "exactly", says nothing of the topic and splits a pattern's words: "what software
# do coders usually use" asks what "what software do coders use" asks; "what exactly do coders make"
# is no "what is".
_HOW_OFTEN = re.compile(r"\b(?:usually|typically|generally|normally) (?=[a-z])|\bexactly (?=[a-z])| exactly$")
# Chat markup that names no word: Slack's <@U123>, <#C123|general>, <!here>; Discord's <@123>, <:emoji:123>.
_MARKUP = re.compile(r"<[@#!:][^>]*>|<a?:[a-z0-9_]+:\d+>", re.IGNORECASE)
# The few emoji that stand for a word people ask about; the rest are dropped like punctuation.
_EMOJI_WORDS = str.maketrans(
    {
        **dict.fromkeys(map(ord, "💰💵💲🤑💸"), " money "),
        **dict.fromkeys(map(ord, "🏠🏡"), " from home "),
        **dict.fromkeys(map(ord, "📈"), " growth "),
        **dict.fromkeys(map(ord, "🆚≠"), " vs "),  # "billing ≠ coding?" sets the two apart
    }
)
# Who said a claim is not what it asks about: "my cousin says nobody hires new coders" is about
# getting hired. A biller or coder who said it is kept: "some coders say it is stressful".
_REPORTED = re.compile(
    r"\b(?:(?:my|a|our|some|the) (?!(?:medical )?(?:bill|cod))(?:[a-z]+ )?[a-z]+ "
    r"(?:says|said|told me|tells me|keeps saying|keeps telling me|claims|claimed|swears|insists)"
    # "People online say coding jobs don't exist": no one in particular.
    r"|(?:people|everyone|everybody|folks|they)(?: online| on reddit| on tiktok| on youtube| here)? "
    r"(?:say|said|keep saying|claim|swear|insist))(?: that)? "
)
# "Find coding overwhelming" is finding it hard, not finding a job: the verb says nothing.
_FOUND_HARD = re.compile(
    r"\b(?:find|found|finding|finds) (?=(?:medical )?(?:billing|coding|it|this|that) "
    r"(?:so |really |very |too |a bit |kind of |pretty |way |much |a lot |far )?"
    r"(?:overwhelming|hard|harder|difficult|confusing|tough|tougher|challenging|easy|easier|boring|stressful)\b)"
)
# Learning or training online or from home is how the training is taken, not remote work nor how
# hard learning is: "can i learn billing from home", "is it possible to learn coding online".
_LEARN_ONLINE = re.compile(
    r"\b(?:learn|learning|train|training|study|studying)\b((?: [a-z]+){0,3}?) "
    r"(?:online|from home|at home|remotely|virtually|from my house)\b"
)
# "How hard did you find coding?" asks how hard coding is.
_HOW_HARD_FOUND = re.compile(
    r"\b(how (?:hard|difficult|easy|tough|challenging|confusing) (?:did|do|does|would|will) "
    r"(?:[a-z]+ ){1,2}?)(?:find|found) "
)
_ACCOUNTS_RECEIVABLE = re.compile(r"\ba/r\b")
_NAMED = re.compile(r"\b(?:my name is|my names|my name s|im called|i am called|they call me) [a-z]+\b")


# An abbreviation spelled out letter by letter, as "A.I." or "C-P-C" leave it once the dots go.
_LETTER_BY_LETTER = re.compile(r"\b[a-z] (?:[a-z] ){0,3}[a-z]\b")
_ABBREVIATIONS = frozenset(
    "ai cpc cpb cca ccs cbcs icd cpt ub cms ehr emr bls aapc ahima nha hcpcs pcs cm rhit rhia".split()
)


def _joined_letters(found: re.Match[str]) -> str:
    letters = found.group().replace(" ", "")
    return letters if letters in _ABBREVIATIONS else found.group()


def _with_letters_joined(text: str) -> str:
    """ "will a i replace coders" as "will ai replace coders"."""
    if " " not in text:
        return text  # one word (most of the vocabulary): no letters spelled apart
    return _LETTER_BY_LETTER.sub(_joined_letters, text)


def _chat_numbers(text: str) -> str:
    """Chat's "2" and "4" between words as "to" and "for": "going 2 school", "sit 4 da cpc" ("2 kids"
    stays two)."""
    if "2 " in text or "4 " in text:
        return _TO.sub("to", _FOR.sub("for", text))
    return text


@lru_cache(maxsize=16384)  # the index normalises each phrasing several times while it is built
def normalize(text: str) -> str:
    """Lower-case, fold look-alike characters, drop zero-width and punctuation; one space between words."""
    if _PLAIN.fullmatch(text) and not _STRETCHED.search(text):
        return _with_letters_joined(_chat_numbers(text))  # most of the vocabulary is written so already
    if not text.isascii():
        text = text.translate(_EMOJI_WORDS)  # "💰 coders?" asks about money
        # Zero-width and other format characters (category Cf) would split or glue words
        # invisibly; accents and full-width letters fold to plain ones.
        text = "".join(ch for ch in unicodedata.normalize("NFKC", text) if unicodedata.category(ch) != "Cf")
        text = unicodedata.normalize("NFKD", text.replace("’", "'"))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    if "<" in text:
        text = _MARKUP.sub(" ", text)
    text = text.lower()
    if "what's" in text:  # a contraction, not a possessive: "what's ahima" is "whats ahima"
        text = text.replace("what's", "whats")
    if "'ll " in text:  # "I'll do both" is "I will", not "ill"
        text = text.replace("'ll ", " will ")
    text = text.replace("'s ", " ").replace("'", "").replace("$", " dollars ")  # "coder $?"
    if "a/r" in text:
        text = _ACCOUNTS_RECEIVABLE.sub(" accounts receivable ", text)  # not "a are" ("r u ok")
    # No English word has a letter three times in a row: "haaaard" is "haard", which typo repair
    # mends like any other slip.
    if _STRETCHED.search(text):
        text = _STRETCHED_WORD.sub(_unstretched, text)
    if "+" in text:
        text = _PLUS_BETWEEN_WORDS.sub(" and ", text)  # "biller+coder"; "c++" keeps its plus signs
    if "&" in text or "/" in text:
        text = _AND_BETWEEN_WORDS.sub(" and ", text)
    return _with_letters_joined(_chat_numbers(" ".join(_NON_WORD.sub(" ", text).split())))


# Words the suffix stripper would make into another word: a job offer is not "off" (as in taking
# the A off), notes are not "not", a former nurse holds no claim form, a center is not a cent, and
# statistics are not a state.
_OWN_STEMS = {
    **dict.fromkeys(("offer", "offers", "offered", "offering", "offerings"), "offer"),
    **dict.fromkeys(("former", "formerly"), "former"),
    **dict.fromkeys(("note", "notes", "noted"), "note"),
    **dict.fromkeys(("center", "centers", "centre", "centres"), "center"),
    **dict.fromkeys(("stats", "stat"), "statistic"),
}


@lru_cache(maxsize=65536)  # the same words recur across phrasings and questions
def stem(word: str) -> str:
    """A light suffix stripper: enough to make 'billers', 'billing' and 'bill' meet."""
    if word in _OWN_STEMS:
        return _OWN_STEMS[word]
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, repl in (
        ("iest", "y"),
        ("ies", "y"),
        ("ied", "y"),
        ("ier", "y"),
        ("sses", "ss"),
        ("ings", ""),
        ("ing", ""),
        ("ers", ""),
        ("er", ""),
        ("ful", ""),
        ("ly", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            # "career", "father", "other": an -er that is part of the word, not a doer's ending.
            if suffix in ("er", "ers") and word[: -len(suffix)].endswith(("e", "th")):
                continue
            if suffix == "es" and word.endswith("ees"):  # "degrees", "employees"
                return word[:-1]
            word = word[: len(word) - len(suffix)] + repl
            break
    if len(word) > 3 and word.endswith("e") and not word.endswith("ee"):  # "degree" keeps its e
        word = word[:-1]
    return word


LONG_WORD = 8  # words this long may carry two typos ("difrence", "certifcate")
ENGLISH_WORDS = Path(__file__).with_name("words") / "english.txt"


@cache
def english_words() -> frozenset[str]:
    """Common English words of three letters or more (SCOWL, see core/words/README.md)."""
    return frozenset(ENGLISH_WORDS.read_text(encoding="ascii").split())


_WORD = re.compile(r"\w+")
_A_DIGIT = re.compile(r"\d")
MEMO_TEXTS = 4096  # texts read and kept at once (a message's pieces; the index's phrasings while built)
MIN_HALF = 2  # each of two run-together words has at least this many letters ("ina" is not "i na")


def pattern_text(flat: str) -> str:
    """The spelled text the topic patterns are searched in. "Medical" before a role, "specialist",
    "staff" or "professional" after it, "people in coding" and "being a coder" are how the role is
    named, not part of the question's shape: "how long does it take most new medical coders to get
    hired" is asked like "…new coders…", and "does the coding specialist or the biller send the
    claim" like "…the coder or the biller…"."""
    if "medical " in flat or "health" in flat or "certified " in flat or "credentialed " in flat:
        flat = _MEDICAL_ROLE.sub("", flat)
    if any(word in flat for word in _SPECIALIST_WORDS):
        flat = _SPECIALIST.sub(_role_named, flat)
    if "being a" in flat:
        flat = _BEING_A_ROLE.sub(lambda found: f"{found[1]} {_WORK_OF[found[2]]}", flat)
    return flat


class Normalizer:
    """Turns text into matching terms: phrase synonyms, typo repair, synonyms, stemming."""

    def __init__(
        self,
        synonyms: Mapping[str, Iterable[str]],
        vocabulary: Iterable[str] | Mapping[str, int],
        patterns: Mapping[str, Iterable[str | re.Pattern[str]]] | None = None,
        spelling: Mapping[str, Iterable[str]] | None = None,
        dictionary: Iterable[str] | Callable[[], Iterable[str]] = (),
        chatter: Iterable[str] = (),
        usage: Iterable[str] = (),
    ) -> None:
        # Real words are never "repaired": "coming" is not a typo of "coding". A word list given as
        # a function is read when the first unknown word arrives (the content's own are all known).
        self._dictionary_from = dictionary
        self._spelling = {
            normalize(v): normalize(word) for word, variants in (spelling or {}).items() for v in variants
        }
        # Patterns add their topic word and keep the words they matched ("find a billing job"
        # adds "hired" and keeps "billing"). Each is kept with the words one of which any text it
        # matches must contain: most texts hold none of them, and a set lookup is far cheaper than
        # a search (searches were most of the index build).
        # Of the word sets a pattern needs, it is filed under the one the content uses least: "what"
        # or "billing" is in most texts, "much" in few, and a pattern opened less is searched less.
        uses = vocabulary if isinstance(vocabulary, Mapping) else {}
        figures = sum(n for w, n in uses.items() if _A_DIGIT.search(w))

        def cost(found: set[str]) -> tuple[int, int]:
            return sum(figures if w == DIGIT else uses.get(w, 0) for w in found), -min(map(len, found))

        self._guarded = [
            TopicPattern(r, normalize(c), cost) for c, rs in (patterns or {}).items() for r in rs
        ]
        # Which patterns each anchor word opens, so a text looks only at the patterns its words can
        # match (in their order: the topics they add keep it), not at every pattern.
        self._always = [i for i, p in enumerate(self._guarded) if p.anchors is None]
        self._opened_by: dict[str, list[int]] = {}
        for i, p in enumerate(self._guarded):
            for anchor in p.anchors or ():
                self._opened_by.setdefault(anchor, []).append(i)
        self._phrases: dict[str, str] = {}
        self._words: dict[str, str] = {}
        for canonical, variants in synonyms.items():
            for variant in variants:
                variant = normalize(variant)
                target = self._phrases if " " in variant else self._words
                target[variant] = normalize(canonical)
        self._word_stems: dict[str, str] = {}
        for variant, canonical in self._words.items():
            self._word_stems.setdefault(stem(variant), canonical)
        # Phrases are looked up word by word, longest first, so "working from home" beats "from
        # home"; a dictionary builds far faster than one regex of a thousand alternatives.
        self._phrase_words = {tuple(p.split()): c for p, c in self._phrases.items()}
        # "best parts" is "best part": a phrase's last word in the other number means the same.
        # Not after a preposition alone: "in office" (on site) is not "in offices" (in general).
        for words, canonical in list(self._phrase_words.items()):
            if words[0] not in _PREPOSITIONS:
                self._phrase_words.setdefault((*words[:-1], _other_number(words[-1])), canonical)
        self._phrase_sizes = _sizes(self._phrase_words)
        self._phrase_starts = frozenset(words[0] for words in self._phrase_words)
        # Chatter is dropped before typo repair: "tia" is not a typo of "tip".
        self._chatter = {tuple(normalize(c).split()): "" for c in chatter if normalize(c)}
        self._chatter_sizes = _sizes(self._chatter)
        self._chatter_starts = frozenset(words[0] for words in self._chatter)
        self._canonical = (
            frozenset(self._words.values())
            | frozenset(self._phrases.values())
            | {p.topic for p in self._guarded}
        )
        # How often the content uses each word: the commoner of two equally near words is likelier
        # meant ("mame" is "make" sooner than "made").
        self._uses: Mapping[str, int] = vocabulary if isinstance(vocabulary, Mapping) else {}
        known = {w for w in vocabulary if w.isalpha()} | set(self._words)
        known |= {
            w for phrase in self._phrases for w in phrase.split() if w.isalpha()
        }  # "keep taking classes"
        self._known = frozenset(known)
        self._usage = list(usage)  # read for _pairs, the first time a word needs its context
        self._read: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}
        self._found: dict[str, list[tuple[str, re.Match[str]]]] = {}
        self._spelled: dict[str, str] = {}

    def words(self, text: str) -> list[str]:
        """Normalised words after phrase synonyms, before stemming (stopwords removed)."""
        return self.read(text)[0]

    def read(self, text: str) -> tuple[list[str], frozenset[str]]:
        """words(), and the topic words whose patterns matched ("how much … make": pay)."""
        found = self._read.get(text)
        if found is None:
            flat = self.spell(text)
            added = list(dict.fromkeys(canonical for canonical, _ in self._hits(flat)))
            words = self._join_phrases(flat.split())
            found = (*added, *(self._fold(w) for w in words if w not in STOPWORDS)), frozenset(added)
            self._make_room(self._read)
            self._read[text] = found
        return list(found[0]), found[1]

    def forget(self) -> None:
        """Forget the texts read so far. Reading a message looks at its pieces several times (each
        sentence, the part that asks…), so what was read is kept until the next message."""
        self._read.clear()
        self._found.clear()
        self._spelled.clear()

    def _make_room(self, memo: Mapping[str, object]) -> None:
        # Autocomplete reads each keystroke's text and may never reach a new message: stay bounded.
        if len(memo) >= MEMO_TEXTS:
            self.forget()

    def matched(self, text: str) -> list[tuple[str, str, tuple[int, int]]]:
        """Each pattern's topic word with the text it matched and where: ("hired", "how long does it
        take to find a coding job", (0, 43))."""
        return [(canonical, hit.group(), hit.span()) for canonical, hit in self._hits(self.spell(text))]

    def _hits(self, flat: str) -> list[tuple[str, re.Match[str]]]:
        """The patterns that match a spelled text, in their order, with their topic words."""
        found = self._found.get(flat)
        if found is None:
            self._make_room(self._found)
            found = self._found[flat] = list(self._search(pattern_text(flat)))
        return found

    def _search(self, flat: str) -> Iterator[tuple[str, re.Match[str]]]:
        present = set(_WORD.findall(flat))  # the words \b sees ("c++" holds the word "c")
        if _A_DIGIT.search(flat):
            present.add(DIGIT)
        opened = set(self._always)
        for word in present:
            patterns = self._opened_by.get(word)
            if patterns:
                opened.update(patterns)
        for i in sorted(opened):
            pattern = self._guarded[i]
            for need in pattern.rest:
                if need.isdisjoint(present):
                    break  # a word it needs is missing: it cannot match
            else:
                hit = pattern.compiled.search(flat)
                if hit:
                    yield pattern.topic, hit

    def _join_phrases(self, words: list[str]) -> list[str]:
        """Words with each known phrase replaced by its canonical word, leftmost and longest first."""
        return _replace_phrases(words, self._phrase_words, self._phrase_sizes, self._phrase_starts)

    def _fold(self, word: str) -> str:
        # Another form of a synonym folds too: "bachelor" like "bachelors", "recertifying" like
        # "recertify" (real words are not typo-repaired, so forms must meet here).
        folded = self._words.get(word)
        if folded is None:
            # Only for words the content never uses: "code" must stay "code", not "coder".
            if word in self._known:
                return word
            folded = self._word_stems.get(stem(word)) or self._base_word(word) or word
        return folded

    def _base_word(self, word: str) -> str | None:
        """A known word this unknown one is a form of: "hardest" is "hard", "began" "begin",
        "relocation" "relocate", "skipping" "skip". None if there is none."""
        for base in _bases(word):
            if base in self._known:
                return self._words.get(base, base)
            folded = self._word_stems.get(stem(base))
            if folded is not None:
                return folded
        return None

    def spell(self, text: str) -> str:
        """Normalised text with shorthand spelled out and typos repaired: "hw much do u mkae"
        becomes "how much do you make", so phrases and patterns can see it."""
        spelled = self._spelled.get(text)
        if spelled is None:
            self._make_room(self._spelled)
            spelled = self._spelled[text] = self._spell(text)
        return spelled

    def _spell(self, text: str) -> str:
        flat = normalize(text)
        if "were " in flat:
            flat = _WERE.sub("where", flat)
        if flat.startswith("hour "):
            flat = _HOUR.sub("how", flat)
        if "mov" in flat:
            flat = _MOVED_TO_ROLE.sub(r"switched \1 ", flat)
        if " sa" in flat or " tol" in flat or " clai" in flat or " swear" in flat or " insist" in flat:
            flat = _REPORTED.sub("", flat)
        if "online" in flat or "home" in flat or "remotely" in flat or "virtually" in flat or "house" in flat:
            flat = _LEARN_ONLINE.sub(r"study\1 online", flat)
        if "find" in flat or "found" in flat:
            flat = _HOW_HARD_FOUND.sub(r"\1", _FOUND_HARD.sub("", flat))
        if "name" in flat:
            flat = _NAMED.sub("", flat)  # "my name is lisa": a name is no word to mend ("list")
        if "hr" in flat or "hour" in flat or "yr" in flat:
            flat = _GLUED_UNIT.sub(r"\1 \2", flat)
        if any(unit in flat for unit in _NUMBER_UNITS):
            flat = _NUMBER_WORD.sub(lambda found: _NUMBERS[found[1]], flat)
        if "able to" in flat or "for me to" in flat:
            flat = _ABLE.sub("can i", flat)
        if "have to have" in flat:
            flat = _HAVE_TO_HAVE.sub("do i need", flat)
        if "is there" in flat:
            flat = _IS_THERE_JOBS.sub("are there ", flat)
        if "ally " in flat or "exactly" in flat:
            flat = _HOW_OFTEN.sub("", flat)
        words = [self._spelling.get(w, w) for w in flat.split()]
        if not self._chatter_starts.isdisjoint(words):
            words = _replace_phrases(words, self._chatter, self._chatter_sizes, self._chatter_starts)
        typed = list(words)  # to tell whether anything below mends a word
        # After "medical", a slip that happens to be a real word ("medical coking") is still
        # the role: nothing else one letter from "coding" follows "medical". Before typo repair,
        # so that a longer slip is not split in two first ("medical coater" is no "coat er").
        for i in range(1, len(words)) if "medical" in words else ():
            if words[i - 1] == "medical" and words[i] not in self._known:
                words[i] = next(
                    (r for r in ROLE_WORDS if _one_edit(words[i], r) or _two_short(words[i], r)), None
                ) or next(
                    # …and a longer slip is too, when it keeps the first letter ("medical coating").
                    (r for r in ROLE_WORDS if len(words[i]) >= 6 and _within_two(words[i], r)),
                    words[i],
                )
        # A slip is mended to the known word its neighbours call for ("all dat" is "all day", not
        # "all data"), else to the nearest known word; a real word only when it makes no sense there.
        known = self._known
        words = [w if w in known or w in STOPWORDS else self._mend(words, i) for i, w in enumerate(words)]
        # Chatter with a slip in it is chatter once mended: "Woooould love some insight".
        if words != typed and not self._chatter_starts.isdisjoint(words):
            words = _replace_phrases(words, self._chatter, self._chatter_sizes, self._chatter_starts)
        return " ".join(words)

    def terms(self, text: str) -> list[str]:
        """Stemmed terms, in order, duplicates kept."""
        return [stem(word) for word in self.words(text)]

    @property
    def canonical(self) -> frozenset[str]:
        """The words synonyms fold into."""
        return self._canonical

    def warm(self) -> None:
        """Work out now the tables otherwise made on first need (typos, neighbouring words): for a
        server about to take traffic, so no reply waits for them."""
        _ = self._slips, self._pairs, self._real, self._dictionary

    @cached_property
    def _dictionary(self) -> frozenset[str]:
        words = self._dictionary_from
        return frozenset(words() if callable(words) else words)

    @cached_property
    def _real(self) -> frozenset[str]:
        """What a run-together word splits into: made for the first one ("howmuch"), not while the
        index is built (a union with the 40,000-word English list)."""
        return self._known | self._dictionary | STOPWORDS

    @cached_property
    def _slips(self) -> tuple[dict[str, list[str]], dict[str, str]]:
        """Each known word with one letter left out (two for long words), pointing back to it (to all
        the words one letter longer: "sill" is "still" or "skill", as its neighbours say): how
        typos are mended. Worked out when the first typo arrives, not while the index is built
        (the content's own phrasings have none)."""
        deletes: dict[str, list[str]] = {}
        far_deletes: dict[str, str] = {}
        # Longest first, then commonest, then alphabetical: the same typo is mended the same way in
        # every process.
        for word in sorted(self._known, key=lambda w: (-len(w), -self._uses.get(w, 0), w)):
            if len(word) >= 4:
                for variant in _deletions(word):
                    deletes.setdefault(variant, []).append(word)
            if len(word) >= LONG_WORD:
                for far in _double_deletions(word):
                    far_deletes.setdefault(far, word)
        return deletes, far_deletes

    @cached_property
    def _pairs(self) -> frozenset[tuple[str, str]]:
        """Neighbouring words as the content and its phrases use them ("from home", "another
        state"): a real word that makes no sense where it stands ("from hone") is the one that does.
        Worked out when first needed, not while the index is built."""
        said = [normalize(text).split() for text in self._usage] + [p.split() for p in self._phrases]
        return frozenset(pair for words in said for pair in pairwise(words))

    def _mend(self, words: list[str], i: int) -> str:
        """words[i], which the content never uses, mended by its neighbours or else on its own."""
        word = words[i]
        if len(word) >= 4 and word.isalpha() and word not in self._dictionary:
            # A slip one letter from a role is the role, whatever fits beside it: "after the cder is
            # done" is the coder, not the cert.
            role = next((c for c in self._near(word) if c in ROLE_WORDS), None)
            if role:
                return role
        return self._in_context(words, i) or self._repair(word)

    def _in_context(self, words: list[str], i: int) -> str | None:
        """A known word one slip from words[i] that the content uses next to its neighbour, for a
        real word the content never uses: "work from hone", "move to another stare"."""
        word = words[i]
        if len(word) < 3 or not word.isalpha():
            return None
        before = words[i - 1] if i else None
        after = words[i + 1] if i + 1 < len(words) else None
        if (before, word) in self._pairs or (word, after) in self._pairs:
            return None  # the content says it this way: it is no slip
        for candidate in self._near(word):
            fits_before = (before, candidate) in self._pairs
            fits_after = (candidate, after) in self._pairs
            # A glue word beside it says little ("a myth" is no "a math"): then both sides must fit.
            if (fits_before and before not in STOPWORDS) or (fits_after and after not in STOPWORDS):
                return candidate
            if fits_before and fits_after:
                return candidate
        return None

    def _near(self, word: str) -> list[str]:
        """Known words one slip from this one (two for long words), same first letter."""
        deletes, far_deletes = self._slips
        candidates = [w for w in _swaps(word) if w in self._known]
        candidates += deletes.get(word, ())
        if len(word) >= 4:
            for variant in sorted(_deletions(word)):
                candidates += [variant if variant in self._known else None, *deletes.get(variant, ())]
        if len(word) >= LONG_WORD:
            for variant in sorted(_deletions(word)):
                candidates += [far_deletes.get(variant), far_deletes.get(word)]
        return [c for c in dict.fromkeys(candidates) if c and c[0] == word[0]]

    def _repair(self, word: str) -> str:
        # A known word one edit away (two for long words), or with two letters swapped, is what
        # was meant. Typos rarely change the first letter: that keeps "night" from "tight".
        if word in self._known or word in STOPWORDS:
            return word
        # A stretched role ("codddding" is normalised to "codding", a real word) is the role.
        undoubled = {word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]}
        role = next((r for r in ROLE_WORDS if r in undoubled), None)
        if role:
            return role
        if len(word) < 3 or not word.isalpha() or word in self._dictionary:
            return word  # a figure ("40s"), a short word, or a real one: left as it stands
        if word.endswith("s") and word[:-1] in self._known:
            return word  # a plural ("emts"), not a slip ("emrs")
        # Short words get the common slips only: two letters swapped, or one left out ("codr").
        candidates = self._near(word)
        if not candidates:
            # Two words run together ("howmuch", "workfrom") are the two words.
            return self._split(word) or word
        # A slip next to one of the two roles is the role: "coer" is "coder" sooner than "core";
        # then a doubled letter typed once ("mater" is "matter" sooner than "master").
        role = next((c for c in candidates if c in ROLE_WORDS), None)
        doubled = (word[: i + 1] + word[i:] for i in range(1, len(word)))
        return (
            role
            or next((c for c in doubled if c in self._known), None)
            or (candidates[0] if candidates else word)
        )

    def _split(self, word: str) -> str | None:
        """The two known words this one runs together ("how much" for "howmuch"), or None."""
        real = self._real
        halves = [(word[:i], word[i:]) for i in range(MIN_HALF, len(word) - MIN_HALF + 1)]
        found = [f"{a} {b}" for a, b in halves if a in real and b in real]
        return found[0] if len(found) == 1 else None  # two ways to split it: no telling which


_PREPOSITIONS = frozenset("in at on to into from for of with by about".split())


def _other_number(word: str) -> str:
    """The plural of a singular noun and the singular of a plural, roughly ("part", "parts")."""
    if not word.isalpha() or len(word) < 3:
        return word
    if word.endswith("s"):
        return word if word.endswith(("ss", "us", "is")) else word[:-1]
    return word + "s"


def _sizes(phrases: Mapping[tuple[str, ...], str]) -> dict[tuple[str, str], list[int]]:
    """For each phrase's first two words (a one-word phrase: its word and ""), the lengths of the
    phrases starting so, longest first."""
    sizes: dict[tuple[str, str], set[int]] = {}
    for key in phrases:
        sizes.setdefault((key[0], key[1] if len(key) > 1 else ""), set()).add(len(key))
    return {start: sorted(s, reverse=True) for start, s in sizes.items()}


def _replace_phrases(
    words: list[str],
    phrases: Mapping[tuple[str, ...], str],
    sizes: Mapping[tuple[str, str], list[int]],
    starts: AbstractSet[str],
) -> list[str]:
    """Words with each phrase replaced by its value (empty: dropped), leftmost and longest first;
    starts: the phrases' first words."""
    out: list[str] = []
    i = 0
    n = len(words)
    while i < n:
        # Only the lengths of phrases that start with these two words are worth a look.
        word = words[i]
        if word not in starts:  # most words start no phrase
            out.append(word)
            i += 1
            continue
        alone = sizes.get((word, ""), ())
        for size in (*sizes.get((word, words[i + 1]), ()), *alone) if i + 1 < n else alone:
            value = phrases.get(tuple(words[i : i + size]))
            if value is not None:
                out.extend(value.split())
                i += size
                break
        else:
            out.append(word)
            i += 1
    return out


ROLE_WORDS = ("coding", "billing", "coder", "biller", "coders", "billers")  # the two roles, as typed


def _two_short(typed: str, word: str) -> bool:
    """Whether typed is word with one or two of its letters left out ("bilig" for "billing")."""
    if not 0 < len(word) - len(typed) <= 2 or typed[:1] != word[:1]:
        return False
    letters = iter(word)
    return all(ch in letters for ch in typed)


def _within_two(typed: str, word: str) -> bool:
    """Whether typed is at most two letters changed, added or dropped from word, same first letter."""
    if typed[:1] != word[:1] or abs(len(typed) - len(word)) > 2:
        return False
    previous = list(range(len(word) + 1))
    for i, a in enumerate(typed, 1):
        current = [i]
        for j, b in enumerate(word, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        previous = current
    return previous[-1] <= 2


def _one_edit(typed: str, word: str) -> bool:
    """True if typed is word with one letter changed, added, dropped, or two letters swapped."""
    if typed == word or abs(len(typed) - len(word)) > 1:
        return False
    if len(typed) == len(word):
        diffs = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
        swapped = len(diffs) == 2 and diffs[1] == diffs[0] + 1 and typed[diffs[0]] == word[diffs[1]]
        return len(diffs) == 1 or (swapped and typed[diffs[1]] == word[diffs[0]])
    short, long = sorted((typed, word), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# Irregular forms the stemmer cannot undo. English grammar, not content: it never changes.
IRREGULAR = {
    "began": "begin",
    "begun": "begin",
    "became": "become",
    "chose": "choose",
    "chosen": "choose",
    "took": "take",
    "taken": "take",
    "grew": "grow",
    "grown": "grow",
    "kept": "keep",
    "learnt": "learn",
    "spent": "spend",
    "made": "make",
    "paid": "pay",
    "got": "get",
    "gotten": "get",
    "went": "go",
    "gone": "go",
    "did": "do",
    "done": "do",
    "said": "say",
    "thought": "think",
    "found": "find",
    "knew": "know",
    "known": "know",
    "told": "tell",
    "felt": "feel",
    "left": "leave",
    "brought": "bring",
    "bought": "buy",
    "taught": "teach",
    "ran": "run",
    "wrote": "write",
    "written": "write",
    "understood": "understand",
    "came": "come",
    "gave": "give",
    "given": "give",
    "saw": "see",
    "seen": "see",
    "meant": "mean",
    "sat": "sit",
    "stood": "stand",
    "held": "hold",
    "lost": "lose",
    "met": "meet",
    "heard": "hear",
    "wore": "wear",
    "worn": "wear",
    "sought": "seek",
    "quit": "quit",
    "fell": "fall",
    "earnt": "earn",
    "dealt": "deal",
    "spoke": "speak",
    "spoken": "speak",
    "studied": "study",
    "children": "kids",
    "wives": "wife",
    "lives": "life",
    "women": "woman",
    "men": "man",
}
# Endings that make another word of a known one, and what to put back: "-est" (hardest),
# "-ness" (calmness), "-ication" (qualification). Not "-ion", "-al" or "-ment": "billion" is not
# "bill", "personal" not "person", "apartment" not "apart".
_ENDINGS = (("est", ""), ("est", "e"), ("ness", ""), ("ications", "y"), ("ication", "y"))
# Words that end like a superlative and are not one.
_NOT_SUPERLATIVE = frozenset(
    "earnest latest interest honest modest request suggest contest protest harvest manifest digest "
    "invest arrest forest".split()
)


def _bases(word: str) -> Iterable[str]:
    """Words an unknown word may be a form of, likeliest first."""
    if word in IRREGULAR:
        yield IRREGULAR[word]
    if word in _NOT_SUPERLATIVE:
        return
    for ending, put_back in _ENDINGS:
        base = word[: -len(ending)] + put_back
        if word.endswith(ending) and len(base) >= 4:
            yield base
            if base[-1] == base[-2] and base[-1] not in "aeiouls":  # biggest: big
                yield base[:-1]
    # A doubled consonant before -ing or -ed: "skipping", "planned" (the stemmer leaves "skipp").
    if word.endswith(("ing", "ed")):
        stemmed = stem(word)
        if len(stemmed) > 3 and stemmed[-1] == stemmed[-2] and stemmed[-1] not in "aeiouls":
            yield stemmed[:-1]


def _swaps(word: str) -> list[str]:
    return [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)]


def _double_deletions(word: str) -> set[str]:
    """The word with any two letters left out."""
    n = len(word)
    return {word[:i] + word[i + 1 : j] + word[j + 1 :] for i in range(n) for j in range(i + 1, n)}


def _deletions(word: str) -> Iterable[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def vocabulary_of(texts: Iterable[str]) -> set[str]:
    """Every normalised word in the given texts."""
    return set(" ".join(map(normalize, texts)).split())
