"""Small Dutch articles for the library's tests: the same people in more
than one, one of them spelt two ways."""

KYIV = """Zelensky wil meer wapens

President Volodymyr Zelensky zei maandag in Kyiv dat Oekraïne meer wapens nodig heeft. "We kunnen niet wachten," \
zei Zelensky tegen verslaggevers. Een woordvoerder van de NAVO zei dat het bondgenootschap de vraag bestudeert.
"""

DEN_HAAG = """Zelenski ontmoet Rutte

De Oekraïense president Zelenski sprak dinsdag in Den Haag met premier Mark Rutte. "Nederland staat naast \
Oekraïne," zei Rutte na afloop. Zelenski bedankte hem.
"""

BRUSSEL = """Rutte pleit in Brussel voor steun

Premier Mark Rutte zei woensdag in Brussel dat Europa moet blijven helpen. "Dit is geen moment om te twijfelen," \
zei Rutte tegen journalisten.
"""


def write(folder, **articles) -> dict:
    """The articles as files in `folder`, by name."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, text in articles.items():
        paths[name] = folder / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    return paths
