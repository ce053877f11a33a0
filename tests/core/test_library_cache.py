"""The analysis cache's encoding (reader/core/library/cache.py): a long
analysis goes in and comes back a piece at a time, because json holds
Python's lock (and so the window) for the whole of one call."""

import json

from reader.core.library import cache as module

DATA = {
    "article": {"text": "Zeg ‘ja’\u2028— “nee”\nen dan", "blocks": [[0, 3, "body"], [4, 9, "body"]]},
    "entities": [{"start": i, "label": "PER", "rule": None, "parts": [i, i + 1]} for i in range(10)],
    "quotes": [],
    "actors": [{"id": "a1", "mentions": [[i, i + 2] for i in range(7)]}],
}


def test_a_long_analysis_goes_in_and_comes_back_a_piece_at_a_time(monkeypatch):
    calls = []
    dumps, loads = json.dumps, json.loads
    monkeypatch.setattr(module.json, "dumps", lambda value, **kw: calls.append(value) or dumps(value, **kw))
    monkeypatch.setattr(module.json, "loads", lambda text, **kw: calls.append(loads(text)) or loads(text, **kw))
    monkeypatch.setattr(module, "PIECE_ITEMS", 3)
    text = module.encode(DATA)
    assert module.decode(text) == DATA
    lists = [value for value in calls if isinstance(value, list)]
    assert lists and max(map(len, lists)) <= 3  # never a whole long list in one call


def test_an_entry_written_as_one_json_line_is_still_read():
    assert module.decode(json.dumps(DATA, ensure_ascii=False)) == DATA


def test_the_cache_keeps_an_analysis_of_many_pieces(tmp_path, monkeypatch):
    monkeypatch.setattr(module, "PIECE_ITEMS", 4)
    cache = module.AnalysisCache(tmp_path / "cache.db")
    cache.put("f1", "v", "nl_reader_ner", "r", "nl", DATA)
    assert cache.entry("f1", "v")["analysis"] == DATA
    cache.close()
