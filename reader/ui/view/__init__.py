"""The reading view: the article typeset for reading, its highlights,
themes, typeface and the find bar."""
