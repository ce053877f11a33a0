from reader.core.article import BOILERPLATE, HEADING, METADATA, PARAGRAPH
from reader.core.loading import load_article
from reader.core.loading.blocks import is_heading_line, segment


def kinds(text):
    return [(b.kind, text[b.start : b.end]) for b in segment(text).blocks]


def test_seed_article_keeps_every_character_and_marks_non_content(seed_article_path):
    raw = seed_article_path.read_bytes().decode("utf-8")
    article = load_article(seed_article_path)
    assert article.text == raw.replace("\r\n", "\n")
    found = [(b.kind, article.block_text(b)) for b in article.blocks]
    assert found[0] == (METADATA, "date 2023-07")
    assert found[1] == (METADATA, "Update")
    assert found[2][0] == PARAGRAPH and found[2][1].startswith("Een groep van hoge")
    assert (HEADING, "Visie Zelensky is “niet realistisch”") in found
    assert (HEADING, "Reactie Witte Huis") in found
    assert (HEADING, "“VS niet betrokken bij Wagneropstand”") in found
    boiler = [text for kind, text in found if kind == BOILERPLATE]
    assert len(boiler) == 2
    assert boiler[0].startswith("KIJK.")
    assert "cookies" in boiler[1]
    assert article.date == "2023-07"
    # Blocks are in order and never overlap.
    for before, after in zip(article.blocks, article.blocks[1:]):
        assert before.end <= after.start


def test_headings_are_short_lines_without_final_punctuation():
    assert is_heading_line("Reactie Witte Huis")
    assert is_heading_line("“VS niet betrokken bij Wagneropstand”")
    assert not is_heading_line("Dat meldt NBC News.")
    assert not is_heading_line("“Dat is niet realistisch,” zei hij.”")
    assert not is_heading_line("2023")


def test_english_teasers_bylines_and_labels():
    text = (
        "Breaking: Storm hits the coast\n\n"
        "By Jane Smith\n\n"
        "Heavy winds struck the coast of Cornwall on Monday, officials said.\n\n"
        "READ MORE: Ten things to know about storms\n\n"
        "Advertisement\n\n"
        "The Met Office warned of more rain.\n\n"
        "We use cookies to improve your experience. Accept all cookies or manage settings."
    )
    found = kinds(text)
    assert found[0] == (METADATA, "Breaking")
    assert found[1] == (HEADING, "Storm hits the coast")
    assert found[2] == (METADATA, "By Jane Smith")
    assert found[3][0] == PARAGRAPH
    assert found[4] == (BOILERPLATE, "READ MORE: Ten things to know about storms")
    assert found[5] == (BOILERPLATE, "Advertisement")
    assert found[6][0] == PARAGRAPH
    assert found[7][0] == BOILERPLATE
    assert segment(text).author == "Jane Smith"
    assert segment(text).title == "Storm hits the coast"


def test_hard_wrapped_paragraphs_stay_whole():
    text = (
        "The council met on Tuesday to discuss the new budget for the city,\n"
        "which includes money for schools and for the repair of two bridges\n"
        "over the river.\n\n"
        "Second paragraph here, also wrapped at a short width so that it\n"
        "spans two lines."
    )
    found = kinds(text)
    assert [k for k, _ in found] == [PARAGRAPH, PARAGRAPH]
    assert found[0][1].endswith("over the river.")


def test_one_paragraph_per_line_text_splits_at_lines():
    long = "This sentence is long enough to be a paragraph of its own in a saved web page. " * 2
    text = f"{long.strip()}\n{long.strip()}\nA subheading\n{long.strip()}"
    assert [k for k, _ in kinds(text)] == [PARAGRAPH, PARAGRAPH, HEADING, PARAGRAPH]


def test_date_lines_controls_captions_and_related_links():
    text = (
        "Kabinet valt over migratie\nDoor Jan Jansen\n7 juli 2023, 22:15\nBijgewerkt: 8 juli 2023, 09:01\n\n"
        "Het kabinet is gevallen. De premier bood vrijdagavond het ontslag van zijn kabinet aan.\n\n"
        "Lees ook\nPremier stapt op na val kabinet\n\n"
        "Share\n\nImage caption, Waves crash over the harbour wall\n\n"
        "Published 3 hours ago\n\nDe Tweede Kamer debatteert volgende week over de val van het kabinet."
    )
    found = kinds(text)
    assert found[:4] == [
        (HEADING, "Kabinet valt over migratie"),
        (METADATA, "Door Jan Jansen"),
        (METADATA, "7 juli 2023, 22:15"),
        (METADATA, "Bijgewerkt: 8 juli 2023, 09:01"),
    ]
    assert found[4][0] == PARAGRAPH
    assert found[5:8] == [
        (BOILERPLATE, "Lees ook"),
        (BOILERPLATE, "Premier stapt op na val kabinet"),
        (BOILERPLATE, "Share"),
    ]
    assert found[8][0] == METADATA and found[9] == (METADATA, "Published 3 hours ago")
    assert found[10][0] == PARAGRAPH  # the related list ended at real text
    result = segment(text)
    assert result.date == "7 juli 2023" and result.author == "Jan Jansen"


def test_a_long_paragraph_that_mentions_cookies_and_privacy_is_content():
    # A notice is short; an article (or a file of one line) that discusses
    # cookie consent is read, not dimmed and skipped.
    sentence = "The regulator said websites must ask consent before they store cookies, citing privacy law. "
    text = "Cookie rules tighten\n\n" + sentence * 40
    found = kinds(text)
    assert [kind for kind, _ in found] == [HEADING, PARAGRAPH]
