"""Names that news writes for organisations the models of 1996/2000 data
do not know as such: political parties (Dutch, Flemish and a few abroad),
government bodies and media. Kept as data, by kind, for
`reader.core.attribution.organisations`; the names are written as news
writes them (a leading article where it is part of the name).

No installed package keeps such lists up to date (the project's
dependencies have none), so these are short and general: bodies and media
any Dutch or English news report may name, not one article's.
"""

from __future__ import annotations

#: Political parties and their abbreviations.
PARTIES = """
VVD | PvdA | CDA | D66 | SP | GroenLinks | GroenLinks-PvdA | GL-PvdA | PVV | ChristenUnie | SGP | PvdD |
Partij voor de Dieren | FvD | Forum voor Democratie | DENK | 50PLUS | JA21 | BBB | BoerBurgerBeweging |
NSC | Nieuw Sociaal Contract | N-VA | CD&V | Open VLD | Open Vld | Vlaams Belang |
sp.a | PVDA | Ecolo | cdH | MR | PS | Les Engagés | DéFI | CDU | CSU | SPD | AfD | FDP | Die Linke |
Fidesz | Likoed | Likud | ANC | Sinn Féin | SNP | Labour | Tories | Reform UK | Lega | Fratelli d'Italia |
Rassemblement National | Front National | Vox | Podemos | PiS | Vooruit | Hamas | Hezbollah | Hizbollah
"""
#: Parliaments, ministries, courts, agencies and services.
BODIES = """
Tweede Kamer | Eerste Kamer | Staten-Generaal | Raad van State | Hoge Raad | Algemene Rekenkamer |
Rekenkamer | Nationale Ombudsman | Openbaar Ministerie | OM | Rijkswaterstaat | KNMI | RIVM | CBS |
Centraal Bureau voor de Statistiek | AIVD | MIVD | NCTV | IND | COA | UWV | SVB | DUO | Belastingdienst |
Kamer van Koophandel | KvK | De Nederlandsche Bank | DNB | ACM | AFM | NVWA | ILT | Inspectie SZW |
Onderzoeksraad voor Veiligheid | Nationale Politie | Koninklijke Marechaussee | Marechaussee |
Explosieven Opruimingsdienst | Explosieven Opruimingsdienst Defensie | EOD | CPB | Centraal Planbureau |
SCP | Sociaal en Cultureel Planbureau | PBL | Planbureau voor de Leefomgeving | Gezondheidsraad |
Autoriteit Persoonsgegevens | Europese Commissie | Europees Parlement | Europese Raad | Europese Centrale Bank |
ECB | Europees Hof | Europol | Interpol | Eurojust | Frontex | Kamer van Volksvertegenwoordigers |
Vlaams Parlement | Vlaamse Regering | Federale Politie | Bundestag | Bondsdag | Bundesrat |
Internationaal Strafhof | Internationaal Gerechtshof | International Criminal Court | International Court of Justice |
 Huis van Afgevaardigden | FBI | CIA | NSA | FAA | NASA | ESA | WHO | IMF | IAEA | OPEC |
Wereldbank | Verenigde Naties | VN | NAVO | NATO | Europese Unie | EU |
Staatsbosbeheer | Natuurmonumenten | ProRail | Nederlandse Spoorwegen | GGD | Kadaster |
Raad voor de Kinderbescherming | Reclassering | Rode Kruis | Greenpeace | Amnesty International | Milieudefensie |
Consumentenbond | FNV | CNV | VNO-NCW | MKB-Nederland | KNVB | Vereniging Eigen Huis | Havenbedrijf Rotterdam
"""
#: Newspapers, broadcasters, channels, press agencies and news sites.
MEDIA = """
NOS | NOS Journaal | NOS Nieuws | RTL | RTL Nieuws | RTL 4 | RTL 5 | RTL Z | NPO | NPO 1 | NPO 2 | NPO 3 |
NPO Radio 1 | NPO Radio 2 | NPO 3FM | BNR | BNR Nieuwsradio | BNNVARA | VARA | KRO-NCRV | AVROTROS | EO |
VPRO | Omroep MAX | PowNed | WNL | Omroep Brabant | Omroep Gelderland | RTV Noord | RTV Oost |
RTV Utrecht | AT5 | Radio 538 | Radio 10 | Radio Veronica | Sky Radio | Qmusic | 3FM | SBS6 | SBS 6 |
Veronica | Net5 | Videoland | De Telegraaf | Telegraaf | de Volkskrant | Volkskrant | NRC | NRC Handelsblad |
NRC Next | Trouw | Het Parool | Parool | AD | Algemeen Dagblad | Het Financieele Dagblad | FD | De Gelderlander |
Gelderlander | Tubantia | BN DeStem | Brabants Dagblad | Eindhovens Dagblad | PZC | De Stentor | Stentor |
Noordhollands Dagblad | Haarlems Dagblad | Leidsch Dagblad | Leeuwarder Courant | Dagblad van het Noorden |
De Limburger | Dagblad De Limburger | Het Nieuwsblad | De Standaard | De Morgen | Het Laatste Nieuws | HLN |
Gazet van Antwerpen | De Tijd | Knack | VRT | VRT NWS | VTM | VTM Nieuws | Belga | ANP | Elsevier | EW |
HP/De Tijd | Vrij Nederland | De Groene Amsterdammer | GeenStijl | NU.nl | Nu.nl |
 BBC | BBC News | CNN | NBC | NBC News | CBS News | ABC News | Fox News | MSNBC | CNBC |
Reuters | AP | AFP | Bloomberg News | The New York Times | New York Times | The Washington Post | Washington Post |
The Guardian | The Times | The Sunday Times | Financial Times | The Wall Street Journal | Wall Street Journal |
The Economist | Politico | Axios | Al Jazeera | Der Spiegel | Le Monde | Le Figaro | Bild |
Die Zeit | Süddeutsche Zeitung | Frankfurter Allgemeine Zeitung | El País | Corriere della Sera | USA Today |
Los Angeles Times | The Telegraph | Daily Mail | The Sun | The Independent | Sky News | ITV | Channel 4 | Netflix |
Twitter | Facebook | Instagram | YouTube | TikTok | WhatsApp | LinkedIn | Snapchat | Reddit | Spotify
"""


def _names(block: str) -> frozenset[str]:
    return frozenset(name.strip() for name in block.replace("\n", " ").split("|") if name.strip())


#: Newspapers and broadcasters, whose article is part of the name ("De Telegraaf", "Het Parool").
MEDIA_NAMES = _names(MEDIA)
ORGANISATION_NAMES = _names(PARTIES) | _names(BODIES) | MEDIA_NAMES

#: Firms, shops and brands that news names often and the models of 1996/2000
#: data may take for a person ("Shell", "Coolblue"); only a name the model
#: calls a person or MISC is made one (the Amazon is a river too).
FIRMS = _names(
    """
    Shell | Royal Dutch Shell | Unilever | Philips | ASML | ING | ABN Amro | ABN AMRO | Rabobank | KLM |
    Air France-KLM | Heineken | Ahold | Ahold Delhaize | Albert Heijn | Jumbo | Aldi | Lidl | HEMA | Bol.com |
    Coolblue | DSM | AkzoNobel | KPN | Vodafone | VodafoneZiggo | Ziggo | Tata Steel | Booking.com | Airbnb |
    Uber | Tesla | Apple | Google | Alphabet | Amazon | Meta | Facebook | Microsoft | Samsung | Huawei |
    TikTok | Twitter | Netflix | Spotify | Nvidia | OpenAI | Boeing | Airbus | Volkswagen | BMW | Toyota |
    ExxonMobil | Chevron | TotalEnergies | Equinor | Gazprom | Nestlé | IKEA | Ikea | McDonald's |
    Starbucks | Ryanair | easyJet | Lufthansa | Pfizer | Moderna | AstraZeneca | BioNTech | Bayer |
    ByteDance | Anthropic | SpaceX | Nexperia | Just Eat Takeaway | Thuisbezorgd | Picnic | Red Bull |
    Alibaba | Tencent | Xiaomi | Baidu | Foxconn | TSMC | Intel | Qualcomm | IBM | PayPal | Mastercard |
    Goldman Sachs | JPMorgan | JPMorgan Chase | Morgan Stanley | BlackRock | Citigroup | HSBC | Barclays | BP |
    Glencore | Stellantis | Renault | Nissan | Hyundai | Siemens | BASF | Allianz | Deutsche Bank | Credit Suisse |
    UBS | Novartis | Roche | Sanofi | GSK | Novo Nordisk | Walmart | Coca-Cola | PepsiCo | Nike | Adidas |
    Inditex | Zalando | Temu | Shein | Deliveroo | Aramco | Saudi Aramco | Rosneft | Lukoil
    """
)
#: Buildings that news names for the government in them ("het Witte Huis
#: ontkent", "the Kremlin said"). CoNLL tags them as places, which the
#: models mostly do; one they call MISC or a person is the body (ORG).
SEATS = _names(
    """
    Witte Huis | White House | Kremlin | Pentagon | Downing Street | Élysée | Elysée | Elysee | Binnenhof |
    Torentje | Capitool | Capitol | Vaticaan | Vatican | Zhongnanhai | Blue House | Quirinale | Chigi | Wetstraat |
    Berlaymont
    """
)

#: Nouns that say the name right after them is an organisation (``het
#: bedrijf X``, ``de club X``, ``the company X``); Dutch compounds ending in
#: one of the longer ones too (``vliegtuigfabrikant X``, ``chipmaker X``,
#: ``supermarktketen X``).
ORGANISATION_NOUNS = frozenset(
    """
    bedrijf concern onderneming firma multinational holding keten winkel winkelketen supermarkt warenhuis
    webwinkel restaurant café hotel club partij omroep zender krant dagblad weekblad tijdschrift bank
    verzekeraar vakbond stichting vereniging organisatie maatschappij fabrikant vervoerder retailer
    uitgeverij platform dienst ngo merk school universiteit hogeschool
    netbeheerder netwerkbeheerder leverancier corporatie provider exploitant aanbieder projectontwikkelaar
    brouwerij ziekenhuis
    company firm corporation conglomerate retailer carmaker chipmaker automaker broadcaster newspaper
    network channel airline insurer manufacturer startup party union charity
    """.split()
)
#: Compound heads: ``energiebedrijf``, ``voetbalclub``, ``chipmaker``.
ORGANISATION_HEADS = tuple(
    noun for noun in ORGANISATION_NOUNS if len(noun) >= 4 and noun not in ("dienst", "merk", "bank", "party", "union")
)
#: Roles that say the name after ``van``/``bij`` (``of``/``at``) is their
#: organisation (``woordvoerder van X``, ``CEO of X``).
ORGANISATION_ROLES = frozenset(
    """
    directeur topman topvrouw woordvoerder woordvoerster ceo cfo bestuursvoorzitter bestuurder oprichter
    eigenaar medeoprichter werknemer werknemers medewerker medewerkers personeel klanten aandeelhouders
    president-directeur spokesman spokeswoman spokesperson executive chairman founder co-founder owner
    employees
    """.split()
)
#: Second parts of a compound that make its name part an organisation
#: (``Philips-topman``, ``KLM-baas``, ``Shell-woordvoerder``).
ORGANISATION_COMPOUND_ROLES = (
    "topman", "topvrouw", "baas", "ceo", "directeur", "woordvoerder", "woordvoerster", "bestuursvoorzitter",
    "medewerker", "medewerkers", "personeel", "werknemers", "aandeelhouders", "fractie", "kamerlid", "kamerleden",
    "leider", "voorzitter", "top", "bestuur",
)  # fmt: skip
#: Legal forms and words that end an organisation's name.
LEGAL_FORMS = frozenset(
    "B.V. BV N.V. NV Groep Group Holding Holdings Investments Inc. Inc Ltd Ltd. GmbH AG SE S.A. SA plc PLC "
    "LLC Corp. Corp Co. Bank Bankgroep Verzekeringen Partners Beheer".split()
)
#: Nouns for a region or settlement: the name right after one is a
#: place (``de oostelijke regio Donbass``, ``de havenstad Odessa``);
#: Dutch compounds ending in the longer ones count too.
PLACE_NOUNS = frozenset(
    "regio provincie deelstaat gewest streek district oblast stad hoofdstad dorp eiland schiereiland "
    "wijk buurt stadsdeel deelgemeente woonkern "
    "region province county city town village island peninsula neighbourhood neighborhood suburb".split()
)
PLACE_HEADS = ("regio", "provincie", "stad", "dorp", "eiland", "streek", "wijk", "buurt")
#: Nouns for an undertaking or a thing made: the name after one is an
#: event or a product (``operatie Margarita``, ``het type Fokker``).
THING_NOUNS = frozenset("operatie operation missie mission oefening type model vaccin medicijn".split())
#: Words before a name that make it a storm or another weather event.
STORM_WORDS = frozenset("storm orkaan tyfoon cycloon hurricane typhoon cyclone tropical".split())
#: Ends of Dutch compounds for events and wars (``Wagneropstand``,
#: ``Golfoorlog``, ``Boekenweek``): such a word is no place and no person.
EVENT_ENDINGS = (
    "opstand", "oorlog", "crisis", "revolutie", "verkiezingen", "verkiezing", "akkoord", "ramp", "aanslag", "aanslagen",
    "affaire", "schandaal", "week", "festival", "spelen", "proces", "conferentie", "staking", "protesten", "protest",
    "campagne", "toernooi", "kampioenschap", "kampioenschappen", "bombardement", "invasie", "offensief", "top",
)  # fmt: skip
#: Words of ministries' names after the first (``Buitenlandse Zaken``,
#: ``Volksgezondheid, Welzijn en Sport``): a capitalised word after a
#: ministry's first word that is none of these is the next name
#: (``minister van Justitie Jansen``).
PORTFOLIO_WORDS = frozenset(
    """
    Zaken Handel Ontwikkelingssamenwerking Koninkrijksrelaties Veiligheid Sport Welzijn Wetenschap Cultuur
    Waterstaat Klimaat Werkgelegenheid Voedselkwaliteit Natuur Asiel Migratie Milieu Ordening Energie Wonen
    Landbouw Visserij Volkshuisvesting Verkeer Justitie Defensie Onderwijs Financiën Volksgezondheid
    Infrastructuur Economische Sociale Buitenlandse Binnenlandse Algemene Ruimtelijke Medische Zorg Jeugd Media
    Emancipatie Integratie Digitalisering Armoedebeleid Participatie Groen Mobiliteit Leefmilieu Pensioenen
    Middenstand Begroting Arbeid Economie Werk Gezin Gezondheid Toerisme Innovatie Ambtenarenzaken Beleid
    """.split()
)
#: Short and long forms of one name that initials do not link (folded),
#: for `actors`.
KNOWN_PAIRS = {
    "navo": "noord-atlantische verdragsorganisatie",
    "nato": "north atlantic treaty organization",
    "vs": "verenigde staten",
    "vn": "verenigde naties",
    "eu": "europese unie",
    "vk": "verenigd koninkrijk",
    "us": "united states",
    "usa": "united states of america",
    "un": "united nations",
    "uk": "united kingdom",
}
#: Words that, after a short form, make a longer name of the same thing.
GENERIC_TAIL_WORDS = (
    "News", "Nieuws", "Group", "Groep", "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "NV", "N.V.", "BV", "B.V.", "SE",
    "AG", "Co", "Co.", "Company", "Holding", "Holdings", "International", "Party", "Partij", "Foundation", "Stichting",
)  # fmt: skip
