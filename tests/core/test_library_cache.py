"""The analysis cache's encoding (reader/core/library/cache.py)."""


def test_a_long_analysis_is_encoded_a_piece_at_a_time_into_the_same_json(monkeypatch):
    # json's encoder holds Python's lock for a whole call: long lists go a
    # piece at a time, and the text means the same as one call's.
    import json

    from reader.core.library import cache as module

    calls = []
    dumps = json.dumps
    monkeypatch.setattr(module.json, "dumps", lambda value, **kw: calls.append(value) or dumps(value, **kw))
    monkeypatch.setattr(module, "PIECE_ITEMS", 3)
    data = {
        "article": {"text": "Zeg ‘ja’ — “nee”", "blocks": [[0, 3, "body"]]},
        "entities": [{"start": i, "label": "PER", "rule": None} for i in range(10)],
        "quotes": [],
        2: [True, 1.5],
    }
    text = module.dumps_in_pieces(data)
    assert json.loads(text) == json.loads(dumps(data, ensure_ascii=False))
    assert max(len(value) for value in calls if isinstance(value, list)) <= 3  # never the whole list at once
