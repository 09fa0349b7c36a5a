"""The advisor: every command and button as a function from input to a platform-neutral Reply.

Adapters call these and render what comes back; nothing here knows which platform asked.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from core import limits, quiz
from core.commands import COMMANDS
from core.compare import ROLE_LABELS, THEN_AND_NOW, ComparisonTable, Topic, change_chart, chart
from core.content import Content, Dimension, FaqEntry, load_content
from core.faq import AskResult, FaqIndex
from core.insights import Insights, Who
from core.recent import Recent, Thread
from core.reply import Choice, Field, Reply
from core.store import Settings
from core.text import normalize

FAQ_ACTION = "faq:"
COMPARE_ACTION = "cmp:"
HELP_ACTION = "cmd:help"
VOTE_ACTION = "vote:"
ALL_TOPICS = "all"
DATED_TOPICS = ("pay", "outlook")  # topics whose 2019 figures have newer ones beside them
FIT_TOPIC = "traits"  # the comparison topic of what each role needs of a person

CAN_HELP_WITH = (
    "I can help with careers in medical billing and medical coding: what each job involves, "
    "pay, training and certification, difficulty, remote work, job outlook, and which one "
    "might suit you."
)
TRY_NEXT = "Try /compare to see the two side by side, or /quiz to find your fit."
FALLBACKS = {
    "off-topic": ("I can't answer that one", f"{CAN_HELP_WITH}\n\n{TRY_NEXT}"),
    "unclear": (
        "I didn't catch what you're asking",
        f"I couldn't tell which part of billing or coding that question is about. Try asking it another "
        f"way. {CAN_HELP_WITH}\n\n{TRY_NEXT}",
    ),
    "empty": ("Ask me anything about billing or coding careers", f"{CAN_HELP_WITH}\n\n{TRY_NEXT}"),
    "more": (
        "More about what?",
        f"Ask me a question first, and I can tell you more. {CAN_HELP_WITH}\n\n{TRY_NEXT}",
    ),
    "code-lookup": (
        "I don't look up codes",
        "I don't look up specific CPT, ICD-10 or HCPCS codes or say how to code a case: "
        "your code books, your encoder or a certified coder at work are the place for that. "
        f"{CAN_HELP_WITH}\n\n{TRY_NEXT}",
    ),
    "vendor": (
        "I don't recommend schools or vendors",
        "I stay neutral: I don't rate or recommend schools, courses or companies. What I can "
        "tell you is what the jobs involve, how long training usually takes and whether "
        f"certification matters. {TRY_NEXT}",
    ),
    "hello": ("Hi! I'm the billing and coding career advisor", f"{CAN_HELP_WITH}\n\n{TRY_NEXT}"),
    "help": (
        "Here's what I can do",
        f"{CAN_HELP_WITH} Ask in your own words. Every answer names its source and year; most come "
        f"from a 2019 career article, so its pay and growth figures are dated.\n\n{TRY_NEXT}",
    ),
    "thanks": ("You're welcome", f"Glad to help. Ask another question any time. {TRY_NEXT}"),
    "bye": ("Goodbye, and good luck", f"Come back whenever a question comes up. {TRY_NEXT}"),
    "not-covered": (
        "I don't have that information",
        "My sources don't cover that (for example training costs, financial aid, exam details, "
        "employee benefits or background checks), so I won't guess. Schools and employers can tell you. "
        f"{CAN_HELP_WITH}\n\n{TRY_NEXT}",
    ),
    "wellbeing": (
        "I'm sorry you're going through this",
        "I'm a careers advisor, so I'm not the right help for how you're feeling, but you don't have to "
        "sort it out alone: please talk to someone you trust, or a doctor. If you're in crisis or thinking "
        "about harming yourself, call your local emergency number now (in the US you can also call or "
        "text 988, the Suicide & Crisis Lifeline). Whenever you want to talk about billing or coding "
        "careers, I'm here.",
    ),
    "link": (
        "I can't open links",
        "I only read what you type, so I can't see what's behind a link. Ask your question in your "
        f"own words and I'll answer it. {CAN_HELP_WITH}\n\n{TRY_NEXT}",
    ),
    "language": (
        "I can only read English for now",
        f"Please ask in English and I'll do my best. {CAN_HELP_WITH}\n\n{TRY_NEXT}",
    ),
    "claim-help": (
        "I can't help with a specific claim or bill",
        "For a particular claim, bill or denial, ask your insurer or the provider's billing "
        f"office. {CAN_HELP_WITH}\n\n{TRY_NEXT}",
    ),
}
COUNTED = {2: "two", 3: "three"}
MORE_TEXT = "These topics go with the last answer. Pick one, or ask in your own words."
KEEPS_THREAD = ("hello", "thanks", "bye", "help", "empty", "more")  # small talk between questions
EXAMPLE_QUESTIONS = ("coder-pay", "remote-work", "which-is-easier")
EXPIRED_TEXT = "This quiz has expired, start again with /quiz."
LONG_QUESTION_NOTE = f"(Your message was long, so I read only the first {limits.QUESTION:,} characters.)"


class Advisor:
    """All the advisor's behaviour over one set of content. Build once; it holds no sessions, only
    a short memory of each person's last answer so that follow-ups read right."""

    def __init__(
        self, content: Content, insights: Insights | None = None, recent: Recent | None = None
    ) -> None:
        self.content = content
        self.insights = insights  # None: nothing is recorded and answers carry no vote buttons
        # What each person just asked about, so "what about coders?" follows on.
        self.recent = Recent() if recent is None else recent
        self._faq_replies: dict[str, Reply] = {}
        self._pair_replies: dict[tuple[str, str, str | None], Reply] = {}
        self.index = FaqIndex(content.faq, content.vocabulary)
        self.table = ComparisonTable(content.comparison)
        self._typed_forms = {
            e.id: " | ".join(normalize(p) for p in (e.question, *e.asked_as)) for e in content.faq.values()
        }

    @classmethod
    def load(cls, content_dir: Path | str | None = None) -> Advisor:
        """Load and validate content, then build the advisor (raises ContentErrors)."""
        return cls(load_content(content_dir))

    def command(self, name: str, argument: str = "", who: Who | None = None) -> Reply:
        """The reply to a declared command by name ("ask", "compare", "quiz", "help")."""
        handlers = {
            "ask": lambda: self.ask(argument, who),
            "compare": lambda: self.compare(argument),
            "quiz": self.quiz_start,
            "help": self.help,
        }
        if name not in handlers:
            raise KeyError(name)
        return handlers[name]()

    # --- /ask ------------------------------------------------------------------------------

    def record_to(self, insights: Insights) -> None:
        """Record questions, votes and quiz outcomes to insights from now on: for a bot about to
        serve (the index is not built again)."""
        self.insights = insights
        self._faq_replies.clear()  # made without vote buttons

    def warm(self) -> None:
        """Make now what the first questions would otherwise wait for: for a server about to take
        traffic."""
        self.index.normalizer.warm()

    def ask_result(self, question: str, thread: Thread | None = None) -> AskResult:
        """The raw match for a question (what `advisor ask --json` prints); thread is what the
        asker was just answered with, for follow-ups."""
        return self.index.ask(_visible(question)[: limits.QUESTION], thread)

    def ask(self, question: str, who: Who | None = None) -> Reply:
        """The reply to a question: an answer, 'Did you mean…', or a friendly fallback. Someone's
        follow-up ("and for coders?") is read against what they were just answered."""
        person = who.person if who else None
        result = self.ask_result(question, self.recent.thread(person) if person else None)
        if person:
            self._note_topic(person, result)
        if self.insights and who:
            self.insights.question(who, question, result)
        if result.why == "answer" and result.faq_id:
            reply = self.faq_reply(result.faq_id)
        elif result.why == "pair" and result.faq_id:
            reply = self._pair_reply(result)
        elif result.why == "two" and result.faq_id:
            reply = self._two_reply(result)
        elif result.why == "more" and result.suggestions:
            reply = self._suggest_reply(result.suggestions, more=True)
        elif result.why == "decide":
            reply = self._decide_reply()
        elif result.why == "unsure" and result.suggestions:
            reply = self._suggest_reply(result.suggestions)
        else:
            reply = self._fallback_reply(result.why)
        if len(_visible(question)) > limits.QUESTION:
            reply = reply.with_(text=f"{reply.text}\n\n{LONG_QUESTION_NOTE}")
        return reply

    def _note_topic(self, person: str, result: AskResult) -> None:
        if result.sure and result.faq_id:
            self._remember(person, result.faq_id, "both" if result.why == "pair" else None)
        elif result.why not in KEEPS_THREAD:  # a new subject ends the thread
            self.recent.forget(person)

    def _remember(self, person: str, faq_id: str, role: str | None = None) -> None:
        # An answer for either role ("can I work from home?") leaves the role talked about as it was.
        role = role or self.content.faq[faq_id].role
        if role == "any":
            earlier = self.recent.thread(person)
            role = earlier.role if earlier else role
        self.recent.remember(person, Thread(faq_id, role))

    def faq_reply(self, faq_id: str) -> Reply:
        """One FAQ entry as an answer, with related topics as buttons and its source."""
        # Replies are immutable and answers the same every time: build each once.
        if faq_id not in self._faq_replies:
            self._faq_replies[faq_id] = self._build_faq_reply(faq_id)
        return self._faq_replies[faq_id]

    def _build_faq_reply(self, faq_id: str) -> Reply:
        entry = self.content.faq[faq_id]
        related = [self.content.faq[r] for r in entry.related]
        votes = ()
        if self.insights:
            votes = (
                Choice("👍 Helpful", f"{VOTE_ACTION}{faq_id}:1", row=1),
                Choice("👎 Not helpful", f"{VOTE_ACTION}{faq_id}:0", row=1),
            )
        return Reply(
            kind="answer",
            title=entry.question,
            text=entry.answer,
            choices=(*(self._faq_choice(r) for r in related[:4]), *votes),
            choices_label="Related" if related else "",
            footer=self._sources(entry),
        )

    def suggest_questions(self, typed: str, limit: int = 25) -> list[tuple[str, str]]:
        """(question, faq_id) pairs for autocomplete: best matches first, at most limit."""
        limit = min(limit, limits.CHOICES)
        typed = normalize(typed[: limits.QUESTION])
        if not typed:
            return [(e.question, e.id) for e in list(self.content.faq.values())[:limit]]
        # What the user has typed so far, found inside a phrasing, beats a scored guess.
        literal = [faq_id for faq_id, forms in self._typed_forms.items() if typed in forms]
        ordered = list(dict.fromkeys([*literal, *(i for i, _ in self.index.rank(typed))]))
        return [(self.content.faq[i].question, i) for i in ordered[:limit]]

    # --- /compare --------------------------------------------------------------------------

    def compare(self, topic: str | None = None) -> Reply:
        """The whole comparison, or one topic of it ('pay', 'salary', 'money' all reach pay)."""
        if not topic or not normalize(topic):
            return self._full_comparison()
        found = self.table.find(topic[:100])
        if found is None:
            names = ", ".join(t.id for t in self.table.topics.values())
            return Reply(
                kind="notice",
                title="I don't have that comparison",
                text=f"Topics I can compare: {names}. Or use /compare on its own for everything.",
                choices=tuple(
                    Choice(t.label, COMPARE_ACTION + t.id, row=i // 5)
                    for i, t in enumerate(list(self.table.topics.values())[:10])
                ),
                private=True,
            )
        return self._topic_reply(found)

    def compare_topics(self) -> list[tuple[str, str]]:
        """(label, topic id) of every comparison topic, in table order."""
        return [(t.label, t.id) for t in self.table.topics.values()]

    # --- /quiz -----------------------------------------------------------------------------

    def quiz_start(self) -> Reply:
        """The first quiz question."""
        return self._quiz_reply(())

    def quiz_action(self, action_id: str, who: Who | None = None) -> Reply:
        """Apply a quiz button press; forged or stale ids get 'this quiz has expired'."""
        try:
            op, answers = quiz.parse_action(self.content.quiz, action_id)
        except quiz.QuizExpired:
            return self.expired()
        sharing = self._share_allowed(who)
        if op == "cancel":
            return Reply(
                kind="notice",
                title="Quiz cancelled",
                text="No problem. Start again any time with /quiz.",
                private=True,
            )
        if op in ("start", "restart"):
            return self._quiz_reply(())
        step = quiz.next_step(self.content.quiz, answers)
        if op == "share":
            if not isinstance(step, quiz.Result):
                return self.expired()
            if not sharing:
                off = "This server's admins have turned off sharing quiz results."
                return Reply(kind="notice", title="Sharing is off here", text=off, private=True)
            return self._shared_result(step)
        if isinstance(step, quiz.Result) and op == "answer" and self.insights and who:
            self.insights.quiz(who, step.outcome)  # the last answer: one finished quiz
        return self._quiz_reply(answers, sharing)

    def expired(self) -> Reply:
        """What a forged, stale or malformed button gets."""
        return Reply(
            kind="expired",
            title="This quiz has expired",
            text=EXPIRED_TEXT,
            choices=(Choice("Start again", quiz.action(self.content.quiz, "start"), "primary"),),
            private=True,
        )

    # --- buttons and /help -----------------------------------------------------------------

    def updates_in_place(self, action_id: str) -> bool:
        """True for buttons that replace the message they sit on (a quiz step), rather than
        answering with a new message."""
        return self._quiz_op(action_id) in ("answer", "back", "restart", "cancel")

    def is_share(self, action_id: str) -> bool:
        """True for "Share my result": its reply goes to the whole channel. Every other button
        answers only the person who pressed it."""
        return self._quiz_op(action_id) == "share"

    def _quiz_op(self, action_id: str) -> str | None:
        if not quiz.is_quiz_action(action_id):
            return None
        try:
            return quiz.parse_action(self.content.quiz, action_id)[0]
        except quiz.QuizExpired:
            return None

    def handle_action(self, action_id: str, who: Who | None = None) -> Reply:
        """Any button the advisor made: a quiz step, an FAQ entry, a comparison topic, a vote, help."""
        action_id = action_id or ""
        if quiz.is_quiz_action(action_id):
            return self.quiz_action(action_id, who)
        if action_id.startswith(VOTE_ACTION):
            return self._vote(action_id[len(VOTE_ACTION) :], who)
        if action_id.startswith(FAQ_ACTION) and action_id[len(FAQ_ACTION) :] in self.content.faq:
            if who:  # a topic picked from buttons is one a follow-up can lean on too
                self._remember(who.person, action_id[len(FAQ_ACTION) :])
            return self.faq_reply(action_id[len(FAQ_ACTION) :])
        if action_id == COMPARE_ACTION + ALL_TOPICS:
            return self._full_comparison()
        if action_id.startswith(COMPARE_ACTION):
            found = self.table.topics.get(action_id[len(COMPARE_ACTION) :])
            if found:
                return self._topic_reply(found)
        if action_id == HELP_ACTION:
            return self.help()
        return _stale_button()

    # --- /advisor (admins) -------------------------------------------------------------------

    def insights_reply(self, who: Who | None) -> Reply:
        """What members asked, what went unanswered, how helpful answers were, quiz outcomes:
        for this server, or for every server when who is None (the command line)."""
        if not self.insights:
            return Reply(
                kind="notice", title="Insights are off", text="No store is configured.", private=True
            )
        report = self.insights.report(who.key if who else None)
        faq = self.content.faq
        fields = []
        if report.top_questions:
            lines = [f"• {faq[i].question if i in faq else i} ×{n}" for i, n in report.top_questions]
            fields.append(Field("Most asked", "\n".join(lines)))
        if report.unanswered:
            lines = [f"• “{_plain(text)}” ×{n}" for text, n in report.unanswered]
            fields.append(Field("Not answered (add content for these)", "\n".join(lines)))
        if report.helpfulness:
            ranked = sorted(report.helpfulness.items(), key=lambda item: (item[1][0] - item[1][1], item[0]))
            lines = [
                f"• {faq[i].question if i in faq else i}: 👍 {up} · 👎 {down}" for i, (up, down) in ranked
            ]
            fields.append(Field("Helpfulness (least helpful first)", "\n".join(lines[:10])))
        if report.quiz_outcomes:
            outcomes = " · ".join(f"{o} {n}" for o, n in sorted(report.quiz_outcomes.items()))
            fields.append(Field("Quiz outcomes", outcomes))
        where = "this server" if who else "all servers"
        return Reply(
            kind="help",
            title=f"Advisor insights for {where}",
            text="" if fields else "Nothing recorded yet: ask me something first.",
            fields=tuple(fields),
            private=True,
        )

    def settings_reply(self, who: Who, share_results: bool | None = None, answer_here: str | None = None,
                       answer: bool | None = None) -> Reply:  # fmt: skip
        """Show this server's settings, changing them first when values are given.

        answer_here is a channel id; answer=True adds it to the channels answered without a
        mention, answer=False removes it."""
        if not self.insights:
            return Reply(
                kind="notice", title="Settings are off", text="No store is configured.", private=True
            )
        settings = self.insights.settings(who)
        channels = list(settings.answer_channels)
        if answer_here and answer is not None:
            channels = [c for c in channels if c != answer_here] + ([answer_here] if answer else [])
        changed = Settings(
            answer_channels=tuple(channels),
            share_results=settings.share_results if share_results is None else share_results,
        )
        if changed != settings:
            self.insights.save_settings(who, changed)
        listed = ", ".join(f"<#{c}>" if who.platform == "discord" else c for c in changed.answer_channels)
        return Reply(
            kind="help",
            title="Advisor settings" + (" (saved)" if changed != settings else ""),
            fields=(
                Field("Quiz results may be shared publicly", "yes" if changed.share_results else "no"),
                Field("Channels answered without a mention", listed or "none (mentions and DMs only)"),
            ),
            private=True,
        )

    def help(self) -> Reply:
        """What the advisor does and how to ask."""
        lines = [f"/{c.name}: {c.description}. Example: {c.usage}" for c in COMMANDS]
        return Reply(
            kind="help",
            title="Medical billing & coding career advisor",
            text=f"{CAN_HELP_WITH}\n\n" + "\n".join(lines),
            choices=self._starter_choices(),
            private=True,
        )

    # --- building replies ------------------------------------------------------------------

    def _pair_reply(self, result: AskResult) -> Reply:
        # Built once per pair, like single answers: "how much do coders make" is asked all day and
        # its charts and citations cost more than the matching.
        key = (result.faq_id or "", result.suggestions[0], result.compare)
        if key not in self._pair_replies:
            self._pair_replies[key] = self._build_pair_reply(result)
        return self._pair_replies[key]

    def _build_pair_reply(self, result: AskResult) -> Reply:
        first = self.content.faq[result.faq_id or ""]
        second = self.content.faq[result.suggestions[0]]
        topic = self.table.topics.get(result.compare or "")
        charts = tuple(c for d in (topic.dimensions if topic else ()) if (c := chart(d)))
        return Reply(
            kind="answer",
            title=f"Billers and coders: {topic.label if topic else first.question}",
            text="You asked about both roles, so here they are side by side.",
            fields=tuple(Field(e.question, e.answer) for e in (first, second)),
            charts=charts,
            choices=(
                Choice("Full comparison", COMPARE_ACTION + ALL_TOPICS),
                # What each role needs of a person is half of "which fits me"; the quiz is the rest.
                *(
                    (Choice("Take the quiz", quiz.action(self.content.quiz, "start")),)
                    if result.compare == FIT_TOPIC
                    else ()
                ),
            ),
            footer=self._sources(first, second),
        )

    def _two_reply(self, result: AskResult) -> Reply:
        # "Is coding hard? And how long is training?": each question gets its own answer.
        asked = [self.content.faq[i] for i in (result.faq_id or "", *result.also)]
        ids = {a.id for a in asked}
        related = [r for e in asked for r in e.related if r not in ids]
        # Twins side by side ("which one pays more": billers' and coders' pay) answer one question.
        questions = len({frozenset((e.id, e.twin)) if e.twin in ids else e.id for e in asked})
        return Reply(
            kind="answer",
            title=f"You asked {COUNTED.get(questions, questions)} things",
            text="Here is an answer to each.",
            fields=tuple(Field(e.question, e.answer) for e in asked),
            choices=tuple(self._faq_choice(self.content.faq[r]) for r in dict.fromkeys(related))[:4],
            choices_label="Related",
            footer=self._sources(*asked),
        )

    def _decide_reply(self) -> Reply:
        difference = self.content.faq["billing-vs-coding"]
        return Reply(
            kind="answer",
            title="Billing or coding: which fits you?",
            text="That depends on what you enjoy and what you are good at. The quiz asks "
            f"{len(self.content.quiz.questions)} quick questions and tells you which role fits you and "
            "why; the comparison puts the two jobs side by side on pay, training, daily work and more.",
            choices=(*self._starter_choices()[:2], self._faq_choice(difference)),
        )

    def _suggest_reply(self, suggestions: tuple[str, ...], more: bool = False) -> Reply:
        """Up to three entries to pick from: guesses at what was meant, or (more) the topics next
        to the last answer."""
        title, text, label = (
            ("More on this", MORE_TEXT, "Related topics")
            if more
            else ("Did you mean…", "I'm not sure I understood. Is it one of these?", "Did you mean")
        )
        return Reply(
            kind="suggest",
            title=title,
            text=text,
            choices=tuple(self._faq_choice(self.content.faq[i], "primary") for i in suggestions[:3]),
            choices_label=label,
            private=True,
        )

    def _fallback_reply(self, why: str) -> Reply:
        title, text = FALLBACKS.get(why, FALLBACKS["off-topic"])
        choices = self._starter_choices()
        if why in ("thanks", "bye"):  # a thank-you or goodbye needs no menu of example questions
            choices = choices[:2]
        if why == "wellbeing":
            choices = ()  # no menu for someone who is struggling
        return Reply(kind="fallback", title=title, text=text, choices=choices, private=True)

    def _starter_choices(self) -> tuple[Choice, ...]:
        examples = tuple(self._faq_choice(self.content.faq[i], row=1) for i in EXAMPLE_QUESTIONS)
        return (
            Choice("Compare billing and coding", COMPARE_ACTION + ALL_TOPICS, "primary"),
            Choice("Take the quiz", quiz.action(self.content.quiz, "start"), "primary"),
            *examples,
        )

    def _full_comparison(self) -> Reply:
        comparison = self.content.comparison
        fields = tuple(_dimension_field(d) for d in comparison.dimensions)
        return Reply(
            kind="compare",
            title="Medical billing vs medical coding",
            text="The two careers side by side. Pick a topic with /compare TOPIC (for example /compare pay).",
            fields=fields,
            charts=tuple(c for d in comparison.dimensions if (c := chart(d))),
            choices=(self._then_and_now_choice(),) if THEN_AND_NOW in self.table.topics else (),
            footer=self._compare_sources(comparison.dimensions),
        )

    def _topic_reply(self, topic: Topic) -> Reply:
        if topic.id == THEN_AND_NOW:
            return self._then_and_now_reply()
        dims = topic.dimensions
        if len(dims) == 1:
            text = dims[0].takeaway
            fields = (
                Field(ROLE_LABELS["billing"], dims[0].billing, inline=True),
                Field(ROLE_LABELS["coding"], dims[0].coding, inline=True),
            )
        else:
            text = ""
            fields = tuple(_dimension_field(d) for d in dims)
        return Reply(
            kind="compare",
            title=f"Billers vs coders: {topic.label}",
            text=text,
            fields=fields,
            charts=tuple(c for d in dims if (c := chart(d))),
            choices=(
                Choice("Full comparison", COMPARE_ACTION + ALL_TOPICS),
                *((self._then_and_now_choice(),) if topic.id in DATED_TOPICS else ()),
            ),
            footer=self._compare_sources(dims),
        )

    def _then_and_now_reply(self) -> Reply:
        view = self.content.comparison.then_and_now
        assert view is not None  # the table offers the topic only when content has it
        figures = self.content.figures
        return Reply(
            kind="compare",
            title=f"Billers and coders: {view.label.lower()}",
            text=view.intro,
            fields=tuple(Field(row.label, f"2019: {row.then}\nNow: {row.now}") for row in view.rows),
            charts=tuple(c for row in view.rows if (c := change_chart(row, figures))),
            choices=(Choice("Full comparison", COMPARE_ACTION + ALL_TOPICS),),
            footer=_cited(
                self.content.citations(
                    [self.content.comparison.source],
                    [THEN_AND_NOW, *(f"change:{row.id}" for row in view.rows)],  # the intro's figures too
                )
            ),
        )

    def _then_and_now_choice(self) -> Choice:
        return Choice("Then and now", COMPARE_ACTION + THEN_AND_NOW)

    def _quiz_reply(self, answers: tuple[int, ...], sharing: bool = True) -> Reply:
        content = self.content.quiz
        step = quiz.next_step(content, answers)
        if isinstance(step, quiz.Result):
            return self._result_reply(step, sharing)
        intro = f"{content.intro}\n\n" if step.number == 1 else ""
        choices = [
            Choice(f"{i}. {option.text}", quiz.action(content, "answer", (*answers, i - 1)), "primary")
            for i, option in enumerate(step.question.options, start=1)
        ]
        if answers:
            choices.append(Choice("Back", quiz.action(content, "back", quiz.back(answers)), row=1))
            choices.append(Choice("Restart", quiz.action(content, "restart"), row=1))
        choices.append(Choice("Cancel", quiz.action(content, "cancel"), "danger", row=1))
        return Reply(
            kind="quiz",
            title=content.title,
            text=f"{intro}{quiz.progress_bar(step.number, step.total)}\n\n{step.question.text}",
            choices=tuple(choices),
            private=True,
        )

    def _result_reply(self, result: quiz.Result, sharing: bool = True) -> Reply:
        content = self.content.quiz
        drivers = "\n".join(f"• {q.short}: {o.text}" for q, o in result.drivers)
        read_next = [self.content.faq[i] for i in result.content.read_next]
        fields = [Field("What pointed this way", drivers)] if drivers else []
        fields.append(Field("Read next", "\n".join(f"• {e.question}" for e in read_next)))
        return Reply(
            kind="result",
            title=result.content.title,
            text=result.content.text,
            fields=tuple(fields),
            choices=(
                *(
                    (Choice("Share my result", quiz.action(content, "share", result.answers), "success"),)
                    if sharing
                    else ()
                ),
                Choice("Restart", quiz.action(content, "restart"), row=0),
                *(self._faq_choice(e, row=1) for e in read_next),
            ),
            private=True,
        )

    def _shared_result(self, result: quiz.Result) -> Reply:
        # Public: the recommendation only, never the taker's answers.
        return Reply(
            kind="result",
            title=f"Quiz result: {result.content.title}",
            text=f"{result.content.text}\n\nTake /quiz to find your own fit.",
        )

    def _vote(self, value: str, who: Who | None) -> Reply:
        faq_id, _, helpful = value.rpartition(":")
        if faq_id not in self.content.faq or helpful not in ("0", "1") or not (self.insights and who):
            return _stale_button()
        self.insights.vote(who, faq_id, helpful == "1")
        thanks = "Glad it helped." if helpful == "1" else "Sorry it missed. The admins will see it."
        return Reply(kind="notice", title="Thanks for the feedback", text=thanks, private=True)

    def _share_allowed(self, who: Who | None) -> bool:
        return not (self.insights and who) or self.insights.settings(who).share_results

    def _faq_choice(self, entry: FaqEntry, style: str = "secondary", row: int = 0) -> Choice:
        return Choice(entry.question, FAQ_ACTION + entry.id, style, row)  # type: ignore[arg-type]

    def _sources(self, *entries: FaqEntry) -> str:
        ids = [i for e in entries for i in ([e.source] if isinstance(e.source, str) else e.source)]
        return _cited(self.content.citations(ids, (e.id for e in entries)))

    def _compare_sources(self, dims: Iterable[Dimension]) -> str:
        keys = [f"dimension:{d.id}" for d in dims]
        return _cited(self.content.citations([self.content.comparison.source], keys))


def _cited(citations: Sequence[str]) -> str:
    return f"{'Source' if len(citations) == 1 else 'Sources'}: {' · '.join(citations)}"


def _dimension_field(dim: Dimension) -> Field:
    return Field(
        dim.label,
        f"{ROLE_LABELS['billing']}: {dim.billing}\n{ROLE_LABELS['coding']}: {dim.coding}\n→ {dim.takeaway}",
    )


def _stale_button() -> Reply:
    return Reply(
        kind="expired",
        title="That button no longer works",
        text="It may be from an older version of me. Try /help.",
        private=True,
    )


def _visible(text: str) -> str:
    """The text without invisible format characters, so a wall of zero-width spaces cannot push
    the question itself past the length we read."""
    return text if text.isascii() else "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _plain(text: str) -> str:
    """A member's words shown back to admins: no code spans, mentions or links that could fire."""
    cleaned = text.replace("`", "'").replace("@", "@\u200b").replace("<", "‹").replace(">", "›")
    return cleaned[:120]
