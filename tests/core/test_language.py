import pytest

from reader.core.loading.language import detect_language


@pytest.mark.parametrize(
    "text, lang",
    [
        ("De minister zei dat het kabinet de plannen niet zal steunen, omdat er geen geld voor is.", "nl"),
        ("The minister said that the government would not back the plans because there was no money.", "en"),
        ("Der Minister sagte, dass die Regierung die Pläne nicht unterstützen werde, weil kein Geld da sei.", "de"),
        ("Le ministre a dit que le gouvernement ne soutiendra pas les plans, car il n'y a pas d'argent.", "fr"),
    ],
)
def test_detects_the_language_of_a_sentence(text, lang):
    assert detect_language(text) == lang


def test_unknown_text_gives_the_default():
    assert detect_language("12345 67890 !!!", default="en") == "en"
    assert detect_language("Xqzt vrmp klw bnnt", default=None) is None


def test_seed_article_is_dutch(seed_article_path):
    from reader.core.loading import load_article

    assert load_article(seed_article_path).language == "nl"
