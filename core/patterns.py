"""The content's topic patterns ("how much … make" adds "pay"), each searched only in texts holding
the words it needs.

The words are read from the regex's source by a small reader of the syntax the content uses; what
it cannot read it leaves unguarded (searched in every text), so it can only ever skip a search that
could not have matched. Python's own parser was half the index build, and most patterns never
match a given text: a set lookup is far cheaper than a compile or a search.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

DIGIT = "<digit>"  # what a regex matching a figure needs in a text: no word is spelled so
WordCost = Callable[[frozenset[str]], tuple[int, int]]

_EDGE = "\x00"  # a word's edge (\b, ^, $) in the texts a run can match: no text holds it
# A run of a regex matching more literal texts than this is read piece by piece (twice as many
# found needs for a tenth of the patterns and took a fifth longer to read).
_MOST_TEXTS = 32
_A_DIGIT = re.compile(r"\d")
_NEEDS_A_DIGIT = frozenset({DIGIT})
# A word is whole between two characters that are not letters or digits (as \\b and \\w see it).
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
_TOKEN = re.compile(
    r"""\\.|\((?:\?(?:<[!=]|[:!=])?)?|[)|]|(?:[?*+]|\{(?:\d+|\d*,\d*)\})[?+]?|\[\^?\]?(?:\\.|[^\]\\])*\]"""
    r"""|[^\\()|?*+{\[.^$]+|.""",
    re.DOTALL,
)
_KINDS = {"\\": "escape", "(": "open", ")": "close", "|": "bar", "[": "set", ".": "any"}
_KINDS.update(dict.fromkeys("^$", "edge"))
_KINDS.update(dict.fromkeys("?*+", "repeat"))
_ZERO_WIDTH = frozenset({"(?!", "(?=", "(?<!", "(?<="})
_GROUP_OPENERS = _ZERO_WIDTH | {"(?:"}
# A parsed item is (kind, the texts it can match or None when they are many, *details):
# ("text", texts), ("chars", texts), ("edge", texts), ("zero", texts), ("any", None, is_digit),
# ("group", texts, branches) or ("repeat", texts, item, least, most), most None for no limit.
Item = tuple  # type: ignore[type-arg]
Needs = list[frozenset[str]]


class TopicPattern:
    """A pattern with the topic word it adds and the word sets it needs (one word of each must be
    in a text it matches): anchors, the set the content uses least, then the rest."""

    __slots__ = ("anchors", "compiled", "rest", "source", "topic")

    def __init__(self, regex: str | re.Pattern[str], topic: str, cost: WordCost | None = None) -> None:
        self.compiled = re.compile(regex) if isinstance(regex, str) else regex
        self.source = self.compiled.pattern
        self.topic = topic
        needs = needed_words(self.source, cost)
        self.anchors: frozenset[str] | None = needs[0] if needs else None
        self.rest = tuple(needs[1:])


def needed_words(regex: str, cost: WordCost | None = None) -> Needs:
    """Word sets every match of a regex holds one word of, as whole words ([] if none are known):
    "\\bhow much (do|does) (billers|coders) make\\b" needs {how}, {much}, {do, does},
    {billers, coders} and {make}. cost picks the word a set keeps where a run has no common one."""
    cost = cost or _longest
    try:
        branches = _parse(regex)
    except ValueError:  # syntax the reader does not know: search every text
        return []
    needs = _group_needs(branches, "", "", cost)
    unique = set(needs)
    # A set holding another adds nothing: {pay, paid} is met whenever {pay} is.
    kept = [n for n in unique if not any(other < n for other in unique)]
    return sorted(kept, key=lambda n: (cost(n), sorted(n)))  # cheapest first, the same in every run


def _longest(found: frozenset[str]) -> tuple[int, int]:
    return 0, -min(map(len, found))


def _parse(regex: str) -> list[list[Item]]:
    """The regex's branches, each a list of items, read in one pass over its tokens (a stack of the
    groups still open, not a call per group)."""
    outer: list[tuple[list[list[Item]], str]] = []  # the enclosing groups' branches and openers
    branches: list[list[Item]] = [[]]
    seq = branches[0]
    for token in _TOKEN.findall(regex):
        kind = _KINDS.get(token[0])
        if kind is None:
            if token[0] != "{" or len(token) == 1:  # most tokens are literal text
                seq.append(("text", {token}))
                continue
            kind = "repeat"
        if kind == "open":
            if token.startswith("(?") and token not in _GROUP_OPENERS:
                raise ValueError(f"group {token}")  # a flag or a named group: not read
            outer.append((branches, token))
            branches = [[]]
            seq = branches[0]
        elif kind == "close":
            if not outer:
                raise ValueError("unbalanced parenthesis")
            inner = branches
            branches, opener = outer.pop()
            seq = branches[-1]
            seq.append(_ZERO if opener in _ZERO_WIDTH else ("group", _group_texts(inner), inner))
        elif kind == "bar":
            seq = []
            branches.append(seq)
        elif kind == "repeat":
            if not seq:
                raise ValueError("nothing to repeat")
            body = _last_one(seq)
            least, most = _bounds(token)
            texts = body[1] if most == 1 else None
            if texts is not None and least == 0:
                texts = texts | {""}
            seq.append(("repeat", texts, body, least, most))
        else:
            seq.append(_atom(kind, token[1] if kind == "escape" else token))
    if outer:
        raise ValueError("unclosed group")
    return branches


def _last_one(seq: list[Item]) -> Item:
    """Take the item a quantifier applies to off a sequence: a text's last character only."""
    item = seq.pop()
    if item[0] == "text" and len(text := next(iter(item[1]))) > 1:
        seq.append(("text", {text[:-1]}))
        return ("text", {text[-1]})
    return item


def _bounds(token: str) -> tuple[int, int | None]:
    quantifier = token.rstrip("?+") or token[0]
    if quantifier in ("?", "*", "+"):
        return {"?": (0, 1), "*": (0, None), "+": (1, None)}[quantifier]
    least, _, most = quantifier[1:-1].partition(",")
    if "," not in quantifier:
        return int(least), int(least)
    return int(least or 0), int(most) if most else None


_ZERO: Item = ("zero", {""})  # looks ahead or behind without matching anything
_EDGE_ITEM: Item = ("edge", {_EDGE})
_ANY: Item = ("any", None, False)
_A_DIGIT_ITEM: Item = ("any", None, True)
_ESCAPED = {"b": _EDGE_ITEM, "A": _EDGE_ITEM, "Z": _EDGE_ITEM, "B": _ZERO, "d": _A_DIGIT_ITEM}
_ESCAPED.update({c: _ANY for c in "DwWsS"})
_ESCAPED.update({"n": ("text", {"\n"}), "t": ("text", {"\t"})})


def _atom(kind: str, token: str) -> Item:
    if kind == "escape":
        if token in _ESCAPED:
            return _ESCAPED[token]
        if token.isalnum():  # a back-reference or an escape the reader does not know
            raise ValueError(f"escape \\{token}")
        return ("text", {token})
    if kind == "set":
        inner = token[1:-1]
        if inner in ("0-9", "\\d"):
            return _A_DIGIT_ITEM
        # Plain characters only (a dash first or last is one): "[-/ ]".
        if inner and not inner.startswith("^") and "\\" not in inner and "-" not in inner[1:-1]:
            return ("chars", set(inner))
        return _ANY
    if kind == "any":
        return _ANY
    if kind == "edge":
        return _EDGE_ITEM
    raise ValueError(f"unknown syntax {token}")


def _group_texts(branches: list[list[Item]]) -> set[str] | None:
    found: set[str] = set()
    for branch in branches:
        texts = _sequence_texts(branch)
        if texts is None:
            return None
        found |= texts
    return found if len(found) <= _MOST_TEXTS else None


def _sequence_texts(seq: list[Item]) -> set[str] | None:
    """Every text a sequence can match, when they are a few literal texts (None otherwise)."""
    if len(seq) == 1:  # most branches of a group are one piece: "(billing|coding)"
        texts = seq[0][1]
        return None if texts is None or len(texts) > _MOST_TEXTS else set(texts)
    found = {""}
    for item in seq:
        texts = item[1]
        if texts is None:
            return None
        found = {a + b for a in found for b in texts}
        if len(found) > _MOST_TEXTS:
            return None
    return found


def _sequence_needs(seq: list[Item], before: str, after: str, cost: WordCost) -> Needs:
    """What a sequence needs; before and after are " " when a word's edge is known to be there.

    Read left to right, keeping only what follows the last word edge in each text it can match so
    far: the words each item completes are read at once, so the texts kept stay few."""
    needs: Needs = []
    run = {before}
    for k, item in enumerate(seq):
        texts = item[1]
        if texts is not None:
            joined = {a + b for a in run for b in texts}
            if len(joined) <= _MOST_TEXTS:
                run = _completed(joined, needs)
                continue
        edge = _ends_at_edge(run)
        if texts is not None:  # too many texts together: this item starts afresh
            run = _completed({edge + t for t in texts}, needs)
            continue
        needs += _item_needs(item, edge, _starts_at_edge(seq, k + 1, after), cost)
        # Where an open-ended item stops is not known, but "([a-z]+ ){0,3}" stops after a space:
        # the word after it is whole.
        run = {" " if _ends_at_space(item) and (edge or _least(item)) else ""}
    needs += _run_needs({t + after for t in run})
    return needs


def _completed(run: set[str], needs: Needs) -> set[str]:
    """Add what the words a run has completed need; return the run's unfinished ends (each from
    its last word edge on)."""
    done, ends = [], set()
    every = True  # whether every text completed a word (else they need nothing together)
    for text in run:
        at = len(text.rstrip(_ALNUM)) - 1  # the last edge; a word ends before it
        if at <= 0:
            every = False
            ends.add(text)
        else:
            done.append(text[: at + 1])
            ends.add(text[at:])
    if every:
        needs += _run_needs(done)
    return ends


def _item_needs(item: Item, before: str, after: str, cost: WordCost) -> Needs:
    """What an item matching many texts needs ("\\d+": a figure; "(a [a-z]+|the coders)": a or the)."""
    kind = item[0]
    if kind == "any":
        return [_NEEDS_A_DIGIT] if item[2] else []
    if kind == "repeat":
        body, least, most = item[2:]
        if least == 0:
            return []
        return _sequence_needs([body], before, after if most == 1 else "", cost)
    if kind == "group":
        return _group_needs(item[2], before, after, cost)
    return []


def _group_needs(branches: list[list[Item]], before: str, after: str, cost: WordCost) -> Needs:
    """What every branch needs: the sets all of them need, and one word of each branch's cheapest."""
    each = [_sequence_needs(branch, before, after, cost) for branch in branches]
    if len(each) == 1:
        return each[0]
    if not all(each):
        return []  # a branch that needs nothing: the group needs nothing
    common = set(each[0]).intersection(*each[1:])
    # Ties go by the words themselves: the same sets in every run, whatever the hash seed.
    cheapest = (min(needs, key=lambda n: (cost(n), sorted(n))) for needs in each)
    return [*common, frozenset().union(*cheapest)]


def _run_needs(run: Iterable[str]) -> Needs:
    """What every text of a run of literal pieces holds: each word all of them have, and one of
    each one's other words."""
    run = list(run)
    words = list(map(_whole_words, run))
    needs: Needs = []
    if all(map(_A_DIGIT.search, run)):
        needs.append(_NEEDS_A_DIGIT)
    if not all(words):
        return needs
    common = words[0].intersection(*words[1:])
    needs += [frozenset({w}) for w in common]
    others = [ws - common for ws in words] if common else words
    if all(others):
        needs.append(frozenset(_longest_word(ws) for ws in others))
    return needs


def _longest_word(words: frozenset[str]) -> str:
    """The longest of some words (the last in order of a tie, so every run keeps the same)."""
    if len(words) == 1:
        return next(iter(words))  # most often the only one
    return max(words, key=lambda w: (len(w), w))


def _whole_words(text: str) -> frozenset[str]:
    # The pieces between two characters no word holds: the first and last may run on past the text.
    inner = text[1:-1]
    if inner.isalnum() and inner.isascii() and (inner.islower() or inner.isdigit()):  # most: " do "
        return frozenset((inner,)) if _NOT_ALNUM.fullmatch(text[0] + text[-1]) else frozenset()
    return frozenset(filter(None, _NOT_ALNUM.split(text)[1:-1]))


def _ends_at_edge(run: set[str]) -> str:
    return " " if all(t and not t[-1].isalnum() for t in run) else ""


def _ends_at_space(item: Item) -> bool:
    """Whether every text an item matches ends in a character no word holds ("(a|the) ", "[-/ ]")."""
    kind, texts = item[0], item[1]
    if texts is not None:
        return all(t and not t[-1].isalnum() for t in texts)
    if kind == "group":
        return all(branch and _ends_at_space(branch[-1]) for branch in item[2])
    if kind == "repeat":
        return _ends_at_space(item[2])  # the empty match is the caller's to rule out
    return False


def _least(item: Item) -> int:
    """How many times an item matches at least: a repeat's lower bound, else once."""
    return item[3] if item[0] == "repeat" else 1


def _starts_at_edge(seq: list[Item], k: int, after: str) -> str:
    """Whether what follows item k - 1 starts at a word's edge on every path."""
    for item in seq[k:]:
        texts = item[1]
        if texts is None or any(t and t[0].isalnum() for t in texts):
            return ""
        if "" not in texts:
            return " "
    return after
