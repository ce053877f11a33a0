import codecs

import pytest

from reader.core.loading.decoding import NotText, decode_text, normalise_newlines

TEXT = "Zelensky’s “tegenoffensief” kost €5 — café naïef\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16"),
        (TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_decodes_without_mangling(data, encoding):
    text, found = decode_text(data)
    assert text == TEXT
    assert found == encoding


def test_latin1_text_is_read_as_such():
    text = "Ça coûte 5 £ à Genève, señor"
    assert decode_text(text.encode("latin-1"))[0] == text


def test_bytes_undefined_in_cp1252_fall_back_to_latin1():
    assert decode_text(b"a\x81b\x9dc")[0] == "a\x81b\x9dc"


def test_binary_data_is_refused():
    with pytest.raises(NotText):
        decode_text(bytes(range(256)) * 20)
    with pytest.raises(NotText):
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 50)


def test_newlines_are_normalised():
    assert normalise_newlines("a\r\nb\rc\n") == "a\nb\nc\n"
