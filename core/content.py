"""Content schema and loader: content/*.yaml become typed, cross-checked objects.

A broken file stops start-up with a ContentError naming the file, the entry, the field and,
where YAML knows it, the line.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from core import limits
from core.figures import UnknownFigure, render, written_out
from core.text import normalize

# Topics the product promises to answer (issue #2); content may add more, never fewer.
REQUIRED_FAQ_IDS: tuple[str, ...] = tuple(
    """
    billing-vs-coding similarities combined-role what-is-billing what-is-coding biller-day
    coder-day billing-difficulty coding-difficulty which-is-easier become-biller become-coder
    prerequisites certification training-length continuing-education biller-pay coder-pay
    biller-competition coder-competition billing-stress coder-workplace remote-work job-outlook
    relocation biller-traits coder-traits benefits
    """.split()
)

OUTCOMES: tuple[str, ...] = ("billing", "coding", "both", "not-a-fit")

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
Slug = Annotated[str, StringConstraints(pattern=SLUG.pattern, max_length=40)]
DIMENSION_TEXTS = ("label", "billing", "coding", "takeaway")
CHANGE_TEXTS = ("label", "then", "now")
THEN_AND_NOW = "then-and-now"  # the 2019 article beside the newest figures, not billers beside coders
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


def _text(max_length: int) -> Any:
    return Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=max_length)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Model):
    title: _text(100)
    date: dt.date | int  # the date the source states (a year for an edition), or when it was read
    date_is: Literal["published", "updated", "read"] = "published"
    url: _text(300) | None = None
    note: _text(300) | None = None

    @property
    def citation(self) -> str:
        """The title with its date as a reader needs it: 'AAPC: CPC exam FAQs (read Nov 2026)'."""
        if isinstance(self.date, int) or self.date_is == "published":
            when = str(self.date if isinstance(self.date, int) else self.date.year)
        else:
            when = f"{self.date_is} {self.date:%b %Y}"
        return f"{self.title} ({when})"


class Figure(_Model):
    """One number, once: answers and the comparison refer to it as {id}."""

    value: float | tuple[float, float]
    unit: Literal["usd", "percent", "count", "million"]
    what: _text(160)
    as_of: _text(40)  # the date or period the figure describes: '2019', 'May 2024', '2024–34'
    source: Slug  # where we read it
    by: _text(60) | None = None  # whose figure it is, when the source only quotes it ('BLS')


class FaqEntry(_Model):
    id: Slug
    question: _text(limits.TITLE)
    asked_as: list[Line] = Field(min_length=6)
    answer: _text(limits.ANSWER)
    role: Literal["billing", "coding", "both", "any"]  # both: compares the two; any: applies to either
    related: list[Slug] = Field(default_factory=list, max_length=5)
    source: Slug | list[Slug]  # the sources of its prose; its figures bring their own
    compare: Slug | None = None  # the comparison topic it belongs to
    twin: Slug | None = None  # the same question about the other role (biller-pay: coder-pay)


class Numbers(_Model):
    prefix: str = Field(default="", max_length=3)
    suffix: str = Field(default="", max_length=12)
    # A figure's id ('coder-hourly-2019'), or a plain number for what is not a sourced figure.
    billing: float | tuple[float, float] | Slug
    coding: float | tuple[float, float] | Slug


class Dimension(_Model):
    id: Slug
    topic: Slug
    label: _text(60)
    aliases: list[Line] = Field(default_factory=list)
    billing: _text(200)
    coding: _text(200)
    takeaway: _text(200)
    numbers: Numbers | None = None


class ChangeNumbers(_Model):
    suffix: str = Field(default="", max_length=12)
    then: Slug  # figure ids: a bar each, labelled with the figure's date
    now: Slug


class Change(_Model):
    """One row of 'then and now': what the 2019 article said beside the newest sourced figure."""

    id: Slug
    label: _text(60)
    then: _text(300)
    now: _text(300)
    numbers: ChangeNumbers | None = None


class ThenAndNow(_Model):
    label: _text(60)
    aliases: list[Line] = Field(default_factory=list)
    intro: _text(400)
    rows: list[Change] = Field(min_length=1, max_length=8)


class Comparison(_Model):
    source: Slug
    dimensions: list[Dimension] = Field(min_length=12, max_length=limits.FIELDS)
    then_and_now: ThenAndNow | None = None


class Option(_Model):
    text: _text(limits.BUTTON_LABEL - 4)
    toward: Literal["billing", "coding", "both", "neither"]


class Question(_Model):
    short: _text(40)
    text: _text(200)
    options: list[Option] = Field(min_length=3, max_length=4)


class Outcome(_Model):
    title: _text(limits.TITLE)
    text: _text(600)
    read_next: list[Slug] = Field(min_length=1, max_length=3)


class Scoring(_Model):
    not_a_fit_at: int = Field(ge=1)
    tie_margin: int = Field(ge=0)


class Quiz(_Model):
    title: _text(limits.TITLE)
    intro: _text(300)
    scoring: Scoring
    questions: list[Question] = Field(min_length=8, max_length=12)
    outcomes: dict[Literal["billing", "coding", "both", "not-a-fit"], Outcome]


class Vocabulary(_Model):
    synonyms: dict[str, list[str]] = Field(default_factory=dict)  # folded into a topic word
    equivalents: dict[str, list[str]] = Field(default_factory=dict)  # folded, but no topic
    # Regexes that add a topic word: compiled here, once, so a bad one is reported with its file,
    # and the index uses them as they are.
    patterns: dict[str, list[re.Pattern[str]]] = Field(default_factory=dict)
    # Pattern topics that say what a question asks ("how much … make" is about pay, whoever is paid).
    predicates: list[str] = Field(default_factory=list)
    spelling: dict[str, list[str]] = Field(default_factory=dict)  # shorthand, spelled out first
    # Said around a question, never part of it ("asking for a friend", "tia"): dropped first.
    chatter: list[str] = Field(default_factory=list)
    everyday: list[str] = Field(default_factory=list)  # words that never hint at another subject
    off_topic: dict[str, list[str]] = Field(default_factory=dict)
    # Subjects no entry or source covers (training costs, criminal records): declined even when the
    # question names billing or coding, rather than answered with the nearest entry.
    not_covered: list[str] = Field(default_factory=list)
    medical_anchors: list[str] = Field(default_factory=list)

    @field_validator("patterns", mode="before")
    @classmethod
    def _compiles(cls, patterns: object) -> object:
        if not isinstance(patterns, dict):
            return patterns  # the type check says what is wrong
        compiled: dict[object, list[object]] = {}
        for canonical, regexes in patterns.items():
            compiled[canonical] = []
            for regex in regexes if isinstance(regexes, list) else [regexes]:
                try:
                    compiled[canonical].append(re.compile(regex) if isinstance(regex, str) else regex)
                except re.error as exc:
                    raise ValueError(f"pattern for '{canonical}' is not a valid regex: {exc}") from None
        return compiled

    @model_validator(mode="after")
    def _predicates_have_patterns(self) -> Vocabulary:
        unknown = [p for p in self.predicates if p not in self.patterns]
        if unknown:
            raise ValueError(f"predicates need a pattern of the same name: {', '.join(unknown)}")
        return self


@dataclass(frozen=True)
class Content:
    """All content, loaded and cross-checked."""

    faq: dict[str, FaqEntry]
    comparison: Comparison
    quiz: Quiz
    sources: dict[str, Source]
    vocabulary: Vocabulary
    figures: dict[str, Figure] = dataclass_field(default_factory=dict)
    # The figures each text showed before they were filled in, by where it sits: an FAQ id,
    # 'dimension:<id>', 'change:<id>' (a then-and-now row) or 'then-and-now' (its intro).
    figures_in: dict[str, tuple[str, ...]] = dataclass_field(default_factory=dict)

    def citations(self, source_ids: Iterable[str], figures_of: Iterable[str] = ()) -> tuple[str, ...]:
        """Each source once, with its date: the prose's sources, then those of the figures shown."""
        cited = [self.sources[s].citation for s in source_ids]
        for key in figures_of:
            for figure_id in self.figures_in.get(key, ()):
                figure = self.figures[figure_id]
                source = self.sources[figure.source].citation
                cited.append(f"{figure.by} {figure.as_of}, as quoted by {source}" if figure.by else source)
        return tuple(dict.fromkeys(cited))


class ContentError(Exception):
    """A content file is invalid; the message names file, entry, field and line."""

    def __init__(
        self,
        file: Path | str,
        message: str,
        entry: str | None = None,
        field: str | None = None,
        line: int | None = None,
    ) -> None:
        self.file, self.entry, self.field, self.line = str(file), entry, field, line
        where = self.file + (f":{line}" if line else "")
        parts = [where]
        if entry:
            parts.append(f"entry '{entry}'")
        if field:
            parts.append(f"field '{field}'")
        super().__init__(f"{', '.join(parts)}: {message}")


class ContentErrors(Exception):
    """Several content errors found in one pass, so an author can fix them all at once."""

    def __init__(self, errors: Sequence[ContentError]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))


def default_content_dir() -> Path:
    """ADVISOR_CONTENT if set, else the content/ folder beside core/."""
    configured = os.environ.get("ADVISOR_CONTENT")
    return Path(configured) if configured else Path(__file__).resolve().parent.parent / "content"


# An answer naming another entry by its title, in single quotes: "See 'What does the newest job
# outlook say?'".
_POINTED_TO = re.compile(r"(?<![A-Za-z])'([A-Z][^']*\?)'")


def load_content(directory: Path | str | None = None) -> Content:
    """Load and validate every content file; raise ContentErrors listing every problem."""
    root = Path(directory) if directory else default_content_dir()
    errors: list[ContentError] = []
    sources = _load_mapping(root / "sources.yaml", Source, errors)
    figures = _load_mapping(root / "figures.yaml", Figure, errors)
    vocabulary = _load_one(root / "vocabulary.yaml", Vocabulary, errors, required=False)
    comparison = _load_one(root / "comparison.yaml", Comparison, errors)
    quiz = _load_one(root / "quiz.yaml", Quiz, errors)
    faq = _load_faq(root / "faq", errors)
    if not errors:
        _cross_check(root, faq, comparison, quiz, sources, errors)
        _check_figures(root, figures, sources, errors)
    if errors:
        raise ContentErrors(errors)
    # Filled in before anything reads the text, so the index holds what users are shown.
    faq, comparison, figures_in = _fill_in_figures(root, faq, comparison, figures, errors)
    if errors:
        raise ContentErrors(errors)
    return Content(faq, comparison, quiz, sources, vocabulary or Vocabulary(), figures, figures_in)


# --- loading -------------------------------------------------------------------------------


# libyaml when the wheel has it: several times faster to start.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Lines:
    """The YAML node tree, composed only when an error needs a line number."""

    def __init__(self, text: str) -> None:
        self._text = text

    @property
    def node(self) -> yaml.Node | None:
        try:
            return yaml.compose(self._text, Loader=_Loader)
        except yaml.YAMLError:
            return None


def _read_yaml(path: Path, errors: list[ContentError]) -> tuple[Any, _Lines | None]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        errors.append(ContentError(path, "file is missing"))
        return None, None
    except (OSError, UnicodeDecodeError) as exc:
        errors.append(ContentError(path, f"cannot be read ({exc.__class__.__name__})"))
        return None, None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        twice = _repeated_key(node)
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "not valid YAML"
        errors.append(ContentError(path, f"YAML error: {problem}", line=mark.line + 1 if mark else None))
        return None, None
    finally:
        loader.dispose()
    if twice:
        # YAML keeps the last of two equal keys without a word: the first one's list would be lost.
        key, line = twice
        errors.append(ContentError(path, f"'{key}' is a key twice in one mapping (merge the two)", line=line))
        return None, None
    return data, _Lines(text)


def _repeated_key(root: yaml.Node | None) -> tuple[str, int] | None:
    """The first key given twice in one mapping, and the line of its second use."""
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        return key.value, key.start_mark.line + 1
                    seen.add(key.value)
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return None


def _validate(
    path: Path,
    model: type[BaseModel],
    data: Any,
    lines: _Lines | None,
    errors: list[ContentError],
    entry: str | None = None,
) -> Any:
    if not isinstance(data, dict):
        errors.append(ContentError(path, "expected a mapping of fields at the top", entry=entry))
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        node = lines.node if lines else None
        for err in exc.errors():
            loc = list(err["loc"])
            entry_name = entry or _entry_name(data, loc)
            field = ".".join(str(part) for part in loc) or None
            errors.append(
                ContentError(path, err["msg"], entry=entry_name, field=field, line=_line_of(node, loc))
            )
        return None


def _load_one(path: Path, model: type[BaseModel], errors: list[ContentError], required: bool = True) -> Any:
    if not required and not path.exists():
        return None
    data, lines = _read_yaml(path, errors)
    return None if lines is None else _validate(path, model, data, lines, errors)


def _load_mapping(path: Path, model: type[BaseModel], errors: list[ContentError]) -> dict[str, Any]:
    data, lines = _read_yaml(path, errors)
    if not isinstance(data, dict):
        if lines is not None:
            errors.append(ContentError(path, "expected a mapping of id: fields"))
        return {}
    out = {}
    for key, value in data.items():
        item = _validate(path, model, value, _Sub(lines, key), errors, entry=str(key))
        if item is not None:
            out[str(key)] = item
    return out


def _load_faq(folder: Path, errors: list[ContentError]) -> dict[str, FaqEntry]:
    if not folder.is_dir():
        errors.append(ContentError(folder, "FAQ folder is missing"))
        return {}
    entries: dict[str, FaqEntry] = {}
    files: dict[str, Path] = {}
    for path in sorted(folder.glob("*.y*ml")):
        data, lines = _read_yaml(path, errors)
        if lines is None:
            continue
        entry = _validate(path, FaqEntry, data, lines, errors, entry=_id_of(data, path))
        if entry is None:
            continue
        id_line = _line_of(lines.node, ["id"]) if entry.id != path.stem or entry.id in entries else None
        if entry.id != path.stem:
            message = f"id must match the file name '{path.stem}'"
            errors.append(ContentError(path, message, entry=entry.id, field="id", line=id_line))
        if entry.id in entries:
            message = f"duplicate id, also used in {files[entry.id].name}"
            errors.append(ContentError(path, message, entry=entry.id, field="id", line=id_line))
            continue
        entries[entry.id] = entry
        files[entry.id] = path
    return entries


# --- cross-file checks ---------------------------------------------------------------------


def _cross_check(
    root: Path,
    faq: dict[str, FaqEntry],
    comparison: Comparison,
    quiz: Quiz,
    sources: dict[str, Source],
    errors: list[ContentError],
) -> None:
    faq_dir = root / "faq"
    for missing in [i for i in REQUIRED_FAQ_IDS if i not in faq]:
        errors.append(ContentError(faq_dir / f"{missing}.yaml", "required topic has no entry", entry=missing))
    dimension_ids = [d.id for d in comparison.dimensions]
    seen_phrasings: dict[str, str] = {}
    for entry in faq.values():
        path = faq_dir / f"{entry.id}.yaml"
        for bad in [r for r in entry.related if r not in faq or r == entry.id]:
            errors.append(
                ContentError(
                    path, f"related id '{bad}' is not another FAQ entry", entry=entry.id, field="related"
                )
            )
        for source in [entry.source] if isinstance(entry.source, str) else entry.source:
            if source not in sources:
                errors.append(
                    ContentError(
                        path, f"source '{source}' is not in sources.yaml", entry=entry.id, field="source"
                    )
                )
        if entry.compare and entry.compare not in {d.topic for d in comparison.dimensions}:
            errors.append(
                ContentError(
                    path,
                    f"compare '{entry.compare}' is not a comparison topic",
                    entry=entry.id,
                    field="compare",
                )
            )
        twin = faq.get(entry.twin) if entry.twin else None
        if entry.twin and (
            twin is None or twin.twin != entry.id or {entry.role, twin.role} != {"billing", "coding"}
        ):
            errors.append(
                ContentError(
                    path,
                    f"twin '{entry.twin}' must be the other role's entry, naming this one as its twin",
                    entry=entry.id,
                    field="twin",
                )
            )
        for title in _POINTED_TO.findall(entry.answer):
            # A pointer to another entry by its title must name one the user can tap to.
            target = next((e for e in faq.values() if e.question == title), None)
            if target is None or target.id not in entry.related:
                problem = "is no entry's question" if target is None else f"is '{target.id}', not in related"
                errors.append(
                    ContentError(
                        path, f"answer points to '{title}', which {problem}", entry=entry.id, field="answer"
                    )
                )
        for phrasing in [entry.question, *entry.asked_as]:
            key = normalize(phrasing)
            owner = seen_phrasings.setdefault(key, entry.id)
            if owner != entry.id:
                errors.append(
                    ContentError(
                        path, f"phrasing '{phrasing}' is also in '{owner}'", entry=entry.id, field="asked_as"
                    )
                )
    comparison_path = root / "comparison.yaml"
    for dup in _duplicates(dimension_ids):
        errors.append(ContentError(comparison_path, "duplicate dimension id", entry=dup, field="id"))
    if comparison.source not in sources:
        errors.append(
            ContentError(
                comparison_path, f"source '{comparison.source}' is not in sources.yaml", field="source"
            )
        )
    quiz_path = root / "quiz.yaml"
    for missing in [o for o in OUTCOMES if o not in quiz.outcomes]:
        errors.append(ContentError(quiz_path, "outcome is missing", entry=missing, field="outcomes"))
    for name, outcome in quiz.outcomes.items():
        for bad in [r for r in outcome.read_next if r not in faq]:
            errors.append(
                ContentError(
                    quiz_path, f"read_next id '{bad}' is not an FAQ entry", entry=name, field="read_next"
                )
            )


def _check_figures(
    root: Path, figures: dict[str, Figure], sources: dict[str, Source], errors: list[ContentError]
) -> None:
    path = root / "figures.yaml"
    for figure_id, figure in figures.items():
        if not SLUG.match(figure_id):
            errors.append(
                ContentError(path, "a figure id is lower-case words joined by '-'", entry=figure_id)
            )
        if figure.source not in sources:
            message = f"source '{figure.source}' is not in sources.yaml"
            errors.append(ContentError(path, message, entry=figure_id, field="source"))


def _fill_in_figures(
    root: Path,
    faq: dict[str, FaqEntry],
    comparison: Comparison,
    figures: dict[str, Figure],
    errors: list[ContentError],
) -> tuple[dict[str, FaqEntry], Comparison, dict[str, tuple[str, ...]]]:
    figures_in: dict[str, tuple[str, ...]] = {}

    def shows(key: str, ids: Iterable[str]) -> None:
        figures_in[key] = tuple(dict.fromkeys((*figures_in.get(key, ()), *ids)))

    def unknown(path: Path, figure_id: object, entry: str, field: str) -> None:
        message = f"'{figure_id}' names no figure in figures.yaml"
        errors.append(ContentError(path, message, entry=entry, field=field))

    def fill(path: Path, text: str, key: str, entry: str, field: str) -> str:
        typed = written_out(text)
        if typed:
            message = (
                f"'{typed}': figures come from figures.yaml, with their source and date: write {{its-id}}"
            )
            errors.append(ContentError(path, message, entry=entry, field=field))
            return text
        try:
            filled, used = render(text, figures)
        except UnknownFigure as exc:
            errors.append(ContentError(path, str(exc), entry=entry, field=field))
            return text
        shows(key, used)
        return filled

    filled_faq = {}
    for entry in faq.values():
        path = root / "faq" / f"{entry.id}.yaml"
        answer = fill(path, entry.answer, entry.id, entry.id, "answer")
        if len(answer) > limits.ANSWER:
            message = (
                f"with its figures filled in the answer is {len(answer)} characters (at most {limits.ANSWER})"
            )
            errors.append(ContentError(path, message, entry=entry.id, field="answer"))
        filled_faq[entry.id] = entry.model_copy(update={"answer": answer})
    path = root / "comparison.yaml"
    dimensions = []
    for dim in comparison.dimensions:
        key = f"dimension:{dim.id}"
        texts = {name: fill(path, getattr(dim, name), key, dim.id, name) for name in DIMENSION_TEXTS}
        numbers = dim.numbers
        if numbers is not None:
            values = {role: _figure_value(getattr(numbers, role), figures) for role in ("billing", "coding")}
            for role, value in values.items():
                if value is None:
                    unknown(path, getattr(numbers, role), dim.id, f"numbers.{role}")
            shows(key, (n for n in (numbers.billing, numbers.coding) if isinstance(n, str)))
            numbers = numbers.model_copy(update={k: v for k, v in values.items() if v is not None})
        dimensions.append(dim.model_copy(update={**texts, "numbers": numbers}))
    then_and_now = comparison.then_and_now
    if then_and_now is not None:
        rows = []
        for change in then_and_now.rows:
            key = f"change:{change.id}"
            texts = {name: fill(path, getattr(change, name), key, change.id, name) for name in CHANGE_TEXTS}
            if change.numbers is not None:
                for when in ("then", "now"):
                    if getattr(change.numbers, when) not in figures:
                        unknown(path, getattr(change.numbers, when), change.id, f"numbers.{when}")
                shows(key, (change.numbers.then, change.numbers.now))
            rows.append(change.model_copy(update=texts))
        intro = fill(path, then_and_now.intro, THEN_AND_NOW, "then_and_now", "intro")
        then_and_now = then_and_now.model_copy(update={"rows": rows, "intro": intro})
    update = {"dimensions": dimensions, "then_and_now": then_and_now}
    return filled_faq, comparison.model_copy(update=update), figures_in


def _figure_value(value: float | tuple[float, float] | str, figures: dict[str, Figure]) -> Any:
    if not isinstance(value, str):
        return value
    figure = figures.get(value)
    return figure.value if figure else None


def _duplicates(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    return [i for i in items if i in seen or seen.add(i)]


# --- locating errors in the YAML -----------------------------------------------------------


def _id_of(data: Any, path: Path) -> str:
    if isinstance(data, dict) and isinstance(data.get("id"), str):
        return data["id"]
    return path.stem


def _entry_name(data: dict[str, Any], loc: list[Any]) -> str | None:
    # For a list of items (dimensions, questions), name the item the error sits in.
    if len(loc) >= 2 and isinstance(loc[1], int):
        items = data.get(loc[0])
        if isinstance(items, list) and loc[1] < len(items):
            item = items[loc[1]]
            if isinstance(item, dict):
                return str(item.get("id") or item.get("short") or f"{loc[0]}[{loc[1]}]")
    if loc and loc[0] == "outcomes" and len(loc) >= 2:
        return str(loc[1])
    return None


class _Sub(_Lines):
    """Lines of one item inside a mapping file (sources.yaml)."""

    def __init__(self, parent: _Lines | None, key: Any) -> None:
        self._parent, self._key = parent, key

    @property
    def node(self) -> yaml.Node | None:
        return _child(self._parent.node if self._parent else None, self._key)


def _child(node: yaml.Node | None, key: Any) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == str(key):
                return v
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        return node.value[key]
    return None


def _line_of(node: yaml.Node | None, loc: Sequence[Any]) -> int | None:
    """1-based line of the deepest node along loc that exists."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        node = _child(node, part)
        if node is None:
            break
        line = node.start_mark.line + 1
    return line
