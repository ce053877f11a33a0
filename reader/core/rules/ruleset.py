"""Which rules are in force, and which of them apply to one article."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..notes.model import article_id
from ..notes.rules import Rule, version
from ..notes.schema import QUOTE_KINDS


@dataclass(frozen=True)
class ArticleRules:
    """The rules that apply to one article, by kind."""

    labels: tuple[Rule, ...] = ()
    not_entities: tuple[Rule, ...] = ()
    same_as: tuple[Rule, ...] = ()
    splits: tuple[Rule, ...] = ()  # mentions of this article split out of their actors
    quotes: tuple[Rule, ...] = ()  # corrections of this article's quotes, oldest first
    version: str = ""  # of these rules: equal versions, equal effect

    @property
    def patterns(self) -> tuple[Rule, ...]:
        """The rules the ruler matches."""
        return self.labels + self.not_entities

    def __bool__(self) -> bool:
        return bool(self.version)


NO_RULES = ArticleRules()


@dataclass
class RuleSet:
    """The rules in force (enabled, not deleted, not damaged)."""

    rules: list[Rule] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.rules = [r for r in self.rules if r.enabled and not r.deleted and not r.damaged]
        self._for: dict[str | None, ArticleRules] = {}

    @property
    def version(self) -> str:
        """A hash of every rule in force; "" with none (see `notes.rules.version`)."""
        return version(self.rules)

    def for_key(self, key: str | None) -> ArticleRules:
        """The rules for the article with this key (`notes.model.article_id`)."""
        if key not in self._for:
            rules = [r for r in self.rules if r.applies_to(key)]
            self._for[key] = ArticleRules(
                labels=tuple(r for r in rules if r.kind == "label"),
                not_entities=tuple(r for r in rules if r.kind == "not-entity"),
                same_as=tuple(r for r in rules if r.kind == "same-as"),
                # Only with this article: none applies to an article whose key is unknown.
                splits=tuple(r for r in rules if r.kind == "split-mention" and key is not None),
                quotes=tuple(r for r in rules if r.kind in QUOTE_KINDS and key is not None),
                version=version(rules),
            )
        return self._for[key]

    def for_text(self, text: str) -> ArticleRules:
        """The rules for an article with this text."""
        if not any(r.article_id for r in self.rules):
            return self.for_key(None)  # no need to hash the text
        return self.for_key(article_id(text))
