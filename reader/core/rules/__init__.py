"""The reader's corrections applied in the analysis.

The rules themselves are kept in the notes database (`notes.rules`). Here
they take effect, through spaCy's own machinery where it has some:

- `ruleset`: the rules in force, and those that apply to one article
  (every-article rules plus that article's own), with their version;
- `ruler`: a ``span_ruler`` named ``reader_rules`` after the NER whose
  patterns are the label and not-entity rules: a label rule's match
  replaces whatever the model found there, a not-entity rule removes a
  model entity with exactly its text;
- `marks`: after the actors are built, entities a label rule made are
  marked with the rule's id, and a not-entity rule's text is dropped
  wherever the reader's own article rules brought it back;
- `merge`: same-as rules merge an alias's actor into the canonical one
  (or give it the canonical name), and actor ids are numbered again;
- `split`: one mention of an article split out of its actor (into
  another, or an actor of its own), kept with that article;
- `quotes`: the corrections of one article's quotes (speaker, span, not a
  quote, a quote added), kept with that article.
"""

from .ruleset import ArticleRules, RuleSet

__all__ = ["ArticleRules", "RuleSet"]
