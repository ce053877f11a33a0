"""The library: every analysed article remembered, its analysis cached
(`cache`, `cached`), folders added and rescanned (`folder`), the actors
across the articles with their quotes (`actors`), and merge suggestions
for spellings that differ by transliteration (`suggest`)."""
