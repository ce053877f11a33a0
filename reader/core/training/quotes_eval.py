"""Score the reader's quote attribution against the development gold.

Each gold article (`quotes_gold`) is analysed as `reader analyze` analyses
a file, and its predicted quotes are compared with the gold ones:

- **Matching.** A predicted quote matches a gold quote when their spans
  overlap by at least half of the shorter of the two; each quote matches
  at most one other, the largest overlaps paired first (of equal ones, the
  closest spans; a predicted direct quote without its marks, as the gold
  has it). Kind (direct or
  reported) is not required to agree.
- **Speaker.** For a matched quote: *right* when the predicted speaker's
  actor has a mention overlapping any gold span of the speaker (for a
  prediction without an actor: when its speaker phrase overlaps one); gold
  spans are every mention of the person or organisation (and phrases that
  describe them), the describing phrase for a nameless speaker, the
  antecedent's mentions for a pronoun. A gold ``unknown`` speaker is right
  only when none is predicted. *Missing* when no speaker is predicted, or
  only a bare pronoun not resolved to an actor; *wrong* otherwise.
- **Bad speakers** (target 0), over every predicted quote: a bare pronoun
  not resolved to an actor; or, when not judged right, a non-person: an
  actor that is a place or other name (LOC, MISC), or a phrase without an
  actor whose last word is neither capitalised nor a noun for a person or
  group (a fragment or an adjective).
- **False quotes** are predictions that match no gold quote, by the kind
  of the gold negative they overlap (``name``, ``title``, ``scare``, by
  the same half-overlap rule) or ``other``.

The half-overlap rule lets a prediction that runs far past its quote (a
quotation mark paired with the wrong one) still match; such matches are
counted apart (`Scores.sprawling`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..analysis import Actor, Analysis, Quote
from .quotes_gold import GoldArticle, GoldQuote, article, documents, problems, read_gold

PRONOUNS = frozenset(
    """hij zij ze het wij we ik jij je u hem haar hen hun mij me ons men die deze
    he she they it i you him her them us me""".split()
)
#: Last words of a speaker phrase that name people without a capital:
#: roles (`reader.core.attribution.roles`) and these groups.
PEOPLE = frozenset(
    """mensen bewoners omwonenden buurtbewoners inwoners ouders kinderen leerlingen scholieren studenten
    politie justitie agenten onderzoekers deskundigen experts critici kenners medewerkers werknemers
    ondernemers boeren artsen wetenschappers betrokkenen deelnemers klanten reizigers kiezers leden
    organisatie organisaties bond partij regering kabinet gemeente provincie rechtbank dienst diensten
    people residents officials police experts analysts sources witnesses diplomats traders dealers
    government ministry spokesman spokeswoman agency newspaper paper statement officers doctors""".split()
)
SCOPES = ("local", "context", "none")
FALSE_KINDS = ("name", "title", "scare", "other")


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def matches(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans overlap by at least half of the shorter one."""
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and 2 * overlap(a, b) >= shorter


def pair(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> dict[int, int]:
    """Gold index → predicted index, one to one, largest overlaps first;
    of equal overlaps the closest spans first."""
    candidates = sorted(
        (
            (overlap(g, p), (g[1] - g[0]) + (p[1] - p[0]) - 2 * overlap(g, p), i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(predicted)
            if matches(g, p)
        ),
        key=lambda c: (-c[0], c[1], c[2], c[3]),
    )
    paired: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, i, j in candidates:
        if i not in paired and j not in taken:
            paired[i] = j
            taken.add(j)
    return paired


def _role_word(word: str) -> bool:
    """A role noun (`DEFAULT_ROLE_NOUNS`), plural or in a Dutch compound."""
    from ..attribution.roles import DEFAULT_ROLE_NOUNS

    word = word[:-1] if word.endswith("s") and len(word) > 4 else word
    return word in DEFAULT_ROLE_NOUNS or (len(word) > 6 and word.endswith(tuple(n for n in DEFAULT_ROLE_NOUNS if len(n) >= 4)))


def _bare_pronoun(quote: Quote) -> bool:
    speaker = quote.speaker
    return speaker is not None and speaker.actor is None and speaker.text.strip().lower() in PRONOUNS


def judge(gold: GoldQuote, quote: Quote, actors: dict[str, Actor]) -> str:
    """``right``, ``wrong`` or ``missing``: the predicted speaker of a
    matched quote against the gold one."""
    speaker = None if _bare_pronoun(quote) else quote.speaker
    if gold.speaker.type == "unknown":
        return "right" if speaker is None else "wrong"
    if speaker is None:
        return "missing"
    actor = actors.get(speaker.actor) if speaker.actor else None
    spans = actor.mentions if actor is not None else [(speaker.start, speaker.end)]
    hit = any(overlap(tuple(s), g) for s in spans for g in gold.speaker.spans)
    return "right" if hit else "wrong"


def bad_speaker(quote: Quote, actors: dict[str, Actor], right: bool) -> str | None:
    """``pronoun``, ``non-person`` or None (see the module's docstring)."""
    if quote.speaker is None:
        return None
    if _bare_pronoun(quote):
        return "pronoun"
    if right:
        return None
    actor = actors.get(quote.speaker.actor) if quote.speaker.actor else None
    if actor is not None:
        return "non-person" if actor.label in ("LOC", "MISC") else None
    words = quote.speaker.text.split()
    last = words[-1].strip(".,:;'\"’”()") if words else ""
    if last[:1].isupper() or last.lower() in PEOPLE:
        return None
    return None if _role_word(last.lower()) else "non-person"


@dataclass
class Scores:
    """Counts over the gold articles of one language."""

    articles: int = 0
    gold: int = 0
    found: int = 0
    predicted: int = 0
    real: int = 0  # predictions that match a gold quote
    speakers: Counter = field(default_factory=Counter)  # right / wrong / missing, over found quotes
    #: (kind, scope) → [gold, found, found with the speaker right]
    cells: dict = field(default_factory=dict)
    false: Counter = field(default_factory=Counter)  # by FALSE_KINDS
    bad: Counter = field(default_factory=Counter)  # pronoun / non-person
    sprawling: int = 0  # found quotes whose predicted span is over twice the gold's
    details: list = field(default_factory=list)  # what went wrong, for reading

    def cell(self, kind: str | None = None, scope: str | None = None) -> list[int]:
        total = [0, 0, 0]
        for (k, s), counts in self.cells.items():
            if kind in (None, k) and scope in (None, s):
                total = [a + b for a, b in zip(total, counts)]
        return total


def _between_the_marks(quote: Quote, text: str) -> tuple[int, int]:
    """A predicted quote's span as the gold marks it: a direct quote
    without its quotation marks (",,…''", "“…”"), so that one inside a
    reported statement pairs with its own gold quote, not the wider one."""
    start, end = quote.start, quote.end
    if quote.kind == "direct":
        while start < end and text[start] in _MARKS and start - quote.start < 2:
            start += 1
        while end > start and text[end - 1] in _MARKS and quote.end - end < 2:
            end -= 1
    return start, end


#: Quotation marks as the reader finds them (",," opens the Dutch newspaper style).
_MARKS = frozenset("\"'“”‘’„‚«»,")


def score_article(gold: GoldArticle, analysis: Analysis, scores: Scores) -> None:
    text = analysis.article.text
    actors = {actor.id: actor for actor in analysis.actors}
    predicted = analysis.quotes
    paired = pair([(q.start, q.end) for q in gold.quotes], [_between_the_marks(q, text) for q in predicted])
    scores.articles += 1
    scores.gold += len(gold.quotes)
    scores.predicted += len(predicted)
    right_predictions = set()
    for number, quote in enumerate(gold.quotes):
        cell = scores.cells.setdefault((quote.kind, quote.scope), [0, 0, 0])
        cell[0] += 1
        if number not in paired:
            scores.details.append((gold.id, "not found", quote.kind, quote.scope, quote.speaker.type, text[quote.start : quote.end], ""))
            continue
        found = predicted[paired[number]]
        verdict = judge(quote, found, actors)
        scores.sprawling += (found.end - found.start) > 2 * (quote.end - quote.start)
        scores.found += 1
        scores.real += 1
        cell[1] += 1
        scores.speakers[verdict] += 1
        if verdict == "right":
            cell[2] += 1
            right_predictions.add(paired[number])
        else:
            said = found.speaker.text if found.speaker else ""
            scores.details.append((gold.id, f"speaker {verdict}", quote.kind, quote.scope, quote.speaker.type, text[quote.start : quote.end], said))
    matched = set(paired.values())
    for index, quote in enumerate(predicted):
        bad = bad_speaker(quote, actors, index in right_predictions)
        if bad:
            scores.bad[bad] += 1
            scores.details.append((gold.id, f"{bad} speaker", quote.kind, "", "", quote.text, quote.speaker.text))
        if index in matched:
            continue
        kind = next((n.kind for n in gold.negatives if matches((n.start, n.end), (quote.start, quote.end))), "other")
        scores.false[kind] += 1
        said = quote.speaker.text if quote.speaker else ""
        scores.details.append((gold.id, f"false quote ({kind})", quote.kind, "", "", quote.text, said))


def evaluate_quotes(
    lang: str, shared: Path, analyzer=None, gold: list[GoldArticle] | None = None, gold_set: str = "dev"
) -> Scores:
    """Analyse every gold article of `lang` (those of `gold`, by default of
    the gold set `gold_set`: one of ``quotes_gold.GOLD_SETS``) with `analyzer` (by
    default one with the bundled model of `lang`) and score its quotes;
    raises ValueError when the gold does not fit the documents."""
    gold = read_gold(lang, gold_set=gold_set) if gold is None else gold
    texts = documents(lang, shared)
    analyses = gold_analyses(gold, texts, problems(gold, texts), lang, analyzer)
    scores = Scores()
    for item, analysis in zip(gold, analyses):
        score_article(item, analysis, scores)
    return scores


def gold_analyses(gold: list, texts: dict[str, str], wrong: list[str], lang: str, analyzer=None) -> list[Analysis]:
    """The reader's analyses of the gold articles' documents (with
    `analyzer`, by default one with the bundled model of `lang`); raises
    ValueError when the gold does not fit them (`wrong`, the problems
    found), and the first analysis that failed."""
    if wrong:
        raise ValueError("the gold does not fit the documents: " + "; ".join(wrong[:5]))
    analyzer = analyzer or bundled_analyzer(lang)
    analyses = analyzer.analyze_batch([article(texts[item.id], lang) for item in gold])
    failed = next((analysis for analysis in analyses if isinstance(analysis, Exception)), None)
    if failed is not None:
        raise failed
    return analyses


def bundled_analyzer(lang: str):
    """An `Analyzer` with the bundled model of `lang`, whatever the user's
    settings or installed pipelines say."""
    from ..analyzer import Analyzer
    from ..nlp.pipeline import Pipelines, bundled_models

    return Analyzer(Pipelines(str(bundled_models()[lang])))


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "– (0/0)"


def figures(scores: Scores) -> dict[str, float]:
    """The headline figures as numbers (for tests and comparisons)."""
    local, context = scores.cell(scope="local"), scores.cell(scope="context")
    negatives = sum(scores.false[kind] for kind in FALSE_KINDS[:3])
    return {
        "recall": scores.found / scores.gold if scores.gold else 0.0,
        "precision": scores.real / scores.predicted if scores.predicted else 0.0,
        "speaker_right": scores.speakers["right"] / scores.found if scores.found else 0.0,
        "speaker_wrong": scores.speakers["wrong"] / scores.found if scores.found else 0.0,
        "local_right": local[2] / local[0] if local[0] else 0.0,
        "context_right": context[2] / context[0] if context[0] else 0.0,
        "bad_speakers": float(sum(scores.bad.values())),
        "false_negatives_per_article": negatives / scores.articles if scores.articles else 0.0,
    }


def table(scores: Scores) -> str:
    """The scores as two Markdown tables: the headline figures, then recall
    and speakers by kind and by where the speaker stands."""
    negatives = sum(scores.false[kind] for kind in FALSE_KINDS[:3])
    kinds = ", ".join(f"{kind} {scores.false[kind]}" for kind in FALSE_KINDS[:3])
    local, context = scores.cell(scope="local"), scores.cell(scope="context")
    per_article = negatives / scores.articles if scores.articles else 0.0
    rows = [
        ("articles; gold quotes (direct / reported)", f"{scores.articles}; {scores.gold} ({scores.cell('direct')[0]} / {scores.cell('reported')[0]})"),
        ("quotes found (recall)", _ratio(scores.found, scores.gold)),
        ("real quotes among those reported (precision)", _ratio(scores.real, scores.predicted)),
        ("speaker right among real quotes found", _ratio(scores.speakers["right"], scores.found)),
        ("speaker wrong / missing among them", f"{scores.speakers['wrong']} / {scores.speakers['missing']}"),
        ("speaker in the same sentence: found and right (bar 0.85)", _ratio(local[2], local[0])),
        ("speaker from context: found and right (bar 0.60)", _ratio(context[2], context[0])),
        ("reported speakers that are bare pronouns / non-persons (target 0)", f"{scores.bad['pronoun']} / {scores.bad['non-person']}"),
        ("names, titles, scare quotes reported as quotes, per article (bar 0.125)", f"{per_article:.3f} ({negatives} in {scores.articles}: {kinds})"),
        ("other false quotes", str(scores.false["other"])),
        ("found quotes whose predicted span is over twice the gold's", str(scores.sprawling)),
    ]
    lines = ["| measure | value |", "| --- | --- |"] + [f"| {name} | {value} |" for name, value in rows]
    lines += ["", "| kind | speaker | gold | found (recall) | speaker right among found | found and right |", "| --- | --- | --- | --- | --- | --- |"]
    for kind in ("direct", "reported", None):
        for scope in (*SCOPES, None):
            gold, found, right = scores.cell(kind, scope)
            if gold or (kind is None and scope is None):
                name = {"local": "same sentence", "context": "from context", "none": "none (unknown)", None: "all"}[scope]
                lines.append(f"| {kind or 'all'} | {name} | {gold} | {_ratio(found, gold)} | {_ratio(right, found)} | {_ratio(right, gold)} |")
    return "\n".join(lines)
