"""What every SQLite file of the reader's needs when it is opened."""

from __future__ import annotations

import sqlite3
import time

#: How long opening waits for another connection that is setting the
#: same new file up.
WAIT_S = 30


def use_wal(conn: sqlite3.Connection, wait_s: float = WAIT_S) -> None:
    """Put the file in WAL mode (the mode stays with the file). Switching
    a new file takes a lock that SQLite does not wait for, so two threads
    or windows opening it at once would see "database is locked": wait and
    try again instead."""
    deadline = time.monotonic() + wait_s
    while conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        try:
            conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
