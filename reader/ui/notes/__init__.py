"""Notes in the window: the controller between the notes panel, the text
and the notes database, and the search across every article's notes."""
