"""Keep Python's cyclic garbage collector out of the window's way.

A full collection walks every object the collector tracks and holds
Python's lock while it does, so every thread waits, the window's too: on
a megabyte article (18,000 names, 3,000 quotes) one took 0.1–0.2 s, in
the middle of reading the file, analysing it or highlighting it.

Most of those objects live long and are not garbage: the spaCy
pipeline, the program's own code, the analysis of the article shown.
`settle` moves what exists now out of the collector's reach
(`gc.freeze`), so later collections walk only what was made since;
`settled` besides runs no collection while a block makes them (loading
a pipeline, analysing an article in the window). An object kept that way
is still freed as soon as nothing refers to it (reference counting); only
cyclic garbage among them stays, and an analysis makes little: some 2,000
objects for a megabyte of text, a few dozen for an article.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


def settle() -> None:
    """Everything alive now is long-lived: out of later collections."""
    gc.freeze()


#: Blocks of `settled` running now, in any thread, and whether collection
#: was on before the first of them began.
_lock = threading.Lock()
_running = 0
_was_enabled = True


@contextmanager
def settled() -> Iterator[None]:
    """No collection while the block makes many long-lived objects (one in
    the middle would walk them all), and what it made settled after.
    Blocks may overlap (an analysis cancelled while the next one starts):
    collection comes back on when the last of them ends, as it was before
    the first began."""
    global _running, _was_enabled
    with _lock:
        if _running == 0:
            _was_enabled = gc.isenabled()
        _running += 1
        gc.disable()
    try:
        yield
    finally:
        settle()
        with _lock:
            _running -= 1
            # Whatever the block did: srsly's msgpack loading (every spaCy
            # model load) switches collection back on when done, which left
            # a whole analysis after it collecting.
            if _running == 0 and _was_enabled:
                gc.enable()
            else:
                gc.disable()
