"""Build `resources/names/regions.json.gz`: the names of regions in Dutch
and English news, which the bundled models' list of places (countries and
cities) lacks, so that "Tsjetsjenië", "Beieren" or "de Donbass" is a
place and not a person or an organisation (issue 15).

Three sources:

- the first-level subdivisions of every country in ISO 3166-2 (states,
  provinces, regions, republics), with their Dutch and English names from
  the iso-codes translations, via pycountry ("Bayern" is "Beieren" in
  Dutch and "Bavaria" in English);
- regions that are no subdivision but are named in the news as places
  (`GEOGRAPHIC`: "Donbas", "Siberië", "Twente", "the West Bank");
- countries and territories of more than one word ("Sierra Leone",
  "Nieuw-Zeeland"), from CLDR via Babel, which the models' list of places
  holds only as single words.

Run once when the list changes (``python -m reader.core.training.regions``);
the file is a product file, committed like the models, so the reader needs
no pycountry at run time.
"""

from __future__ import annotations

import gettext
import gzip
import json
import re
import sys
from pathlib import Path

from ..config.resources import resources_dir

SOURCE = {
    "name": "ISO 3166-2 subdivision names and their translations (Debian iso-codes), via pycountry",
    "license": "LGPL 2.1",
    "url": "https://salsa.debian.org/iso-codes-team/iso-codes",
}

#: Regions named in the news as places that are no country's subdivision.
GEOGRAPHIC = {
    "nl": """Donbas Donbass Siberië Kaukasus Balkan Sahel Sahara Twente Veluwe Achterhoek Brabant Betuwe Randstad
    Zaanstreek Westland Kempen Westhoek Westelijke_Jordaanoever Golanhoogvlakte Koerdistan Kasjmir Patagonië
    Lapland Scandinavië Bretagne Normandië Provence Elzas Dalmatië Silezië Galicië Anatolië Tibet Mantsjoerije
    Sinaï Negev Darfur Tigray Ogaden Kivu Transnistrië Nagorno-Karabach Karabach Zuid-Ossetië Abchazië Krim
    Rijnland Ruhrgebied Zeeuws-Vlaanderen Oost-Vlaanderen West-Vlaanderen Noord-Ierland Baskenland Catalonië
    Andalusië Lombardije Toscane Sicilië Sardinië Corsica Beieren Saksen Silicon_Valley Midden-Oosten Tsjetsjenië
    Dagestan Wallonië Vlaanderen Schotland Wales Tirol""",
    "en": """Donbas Donbass Siberia Caucasus Balkans Sahel Sahara West_Bank Golan_Heights Kurdistan Kashmir Patagonia
    Lapland Scandinavia Brittany Normandy Provence Alsace Dalmatia Silesia Galicia Anatolia Tibet Manchuria Sinai
    Negev Darfur Tigray Ogaden Kivu Transnistria Nagorno-Karabakh Karabakh South_Ossetia Abkhazia Crimea Rhineland
    Ruhr Northern_Ireland Basque_Country Catalonia Andalusia Lombardy Tuscany Sicily Sardinia Corsica Bavaria
    Saxony Silicon_Valley Middle_East Midlands Yorkshire Cornwall Chechnya Dagestan Ingushetia Tatarstan
    Bashkortostan Tasmania Punjab Balochistan Ulster Manitoba Saskatchewan""",
}

#: Names of subdivisions that are words for a direction or a part
#: ("Centre", "Nord", "Littoral", Cameroon's regions): no name in a text.
_GENERIC = frozenset(
    """Centre Center Centrum Centraal Central Centrale Capital Hoofdstad Nord Sud Est Ouest Noord Zuid Oost West
    North South East Littoral Eastern Western Northern Southern Upper Lower Interior Coast Islands Borders
    Capitale Hoofdstedelijk Oriental Occidental Norte Sur Este Oeste Grande Nordeste Sudeste""".split()
)
_NAME = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.\- ]+$")


def _clean(name: str) -> list[str]:
    """The names an entry of the iso-codes lists stands for: "Tsjetsjenië,
    Republiek" is "Tsjetsjenië", "Jakoetië; Sacha, Republiek" two names,
    "Catalunya [Cataluña]" "Catalunya", "Kiev (stad)" "Kiev"."""
    names = []
    for part in name.split(";"):
        part = re.sub(r"\s*[\[(].*?[\])]", "", part).split(",")[0].strip()
        if len(part) >= 4 and _NAME.match(part) and part not in _GENERIC and not any(w in _GENERIC for w in part.split()):
            names.append(part)
    return names


def regions() -> dict[str, list[str]]:
    """Region names by language ("nl", "en")."""
    import pycountry

    locales = Path(pycountry.LOCALES_DIR)
    names: dict[str, set[str]] = {"nl": set(), "en": set()}
    for lang in names:
        with open(locales / lang / "LC_MESSAGES" / "iso3166-2.mo", "rb") as file:
            translated = gettext.GNUTranslations(file)
        for subdivision in pycountry.subdivisions:
            if subdivision.parent_code is None:  # first level only: a district's name is often a town's or a word
                # the language's own name where it has one: "Bayern" in a Dutch or English text is the club
                names[lang].update(_clean(translated.gettext(subdivision.name)))
        names[lang].update(word.replace("_", " ") for word in GEOGRAPHIC[lang].split())
        names[lang].update(_long_territories(lang))
    return {lang: sorted(found) for lang, found in names.items()}


#: CLDR territory codes of bodies and groupings, no places ("Europese Unie" is an organisation).
_NOT_PLACES = frozenset("EU EZ UN QO XA XB".split())


def _long_territories(lang: str) -> set[str]:
    """Countries and territories whose names are more than one word or
    hyphenated ("Sierra Leone", "Nieuw-Zeeland", "Saoedi-Arabië"), which
    the models' list of places, one word each, cannot hold; from CLDR via
    Babel."""
    from babel import Locale

    territories = Locale(lang).territories.items()
    return {
        name for code, name in territories
        if not code.isdigit() and code not in _NOT_PLACES and (" " in name or "-" in name) and _NAME.match(name)
    }


def write(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # the hand-listed ones apart: the reader trusts them even when they are words too
    listed = {lang: sorted(word.replace("_", " ") for word in set(words.split())) for lang, words in GEOGRAPHIC.items()}
    data = {"source": SOURCE, **regions(), "listed": listed}
    # mtime=0: the same list gives the same bytes, so a rebuild shows no change
    path.write_bytes(gzip.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), mtime=0))


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else resources_dir() / "names" / "regions.json.gz")
