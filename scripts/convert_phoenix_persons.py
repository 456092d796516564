"""Convert the dated leaders of Phoenix's country dictionary into ``persons_phoenix.tsv``.

Reads ``Phoenix.Countries.actors.txt`` (PETRARCH2 / CAMEO actor format, MIT licence) from the
repository's sibling folder ``../shared/reference/phoenix-dictionaries/`` and writes our persons
schema ``name  aliases  code  sector  role  start  end  notes`` to
``src/newsevents/data/actors/persons_phoenix.tsv``: one row per person per dated CAMEO code, with
the CAMEO country turned into our country code and the CAMEO role(s) into PLOVER sector(s).

What is converted, and how (the README section "persons_phoenix.tsv" says the same for users):

* Persons only: blocks the Phoenix generator marked ``# CountryInfo.txt``, plus hand-added blocks
  that carry a date restriction, have a role in every code and no institution word in the name.
  Country headers, cities and institutions are skipped.
* Codes: ``[ZWEGOV 800418-871231]`` → code ``ZWE``, sector ``GOV``, start 1980-04-18, end
  1987-12-31. ``<d`` leaves ``start`` empty, ``>d`` leaves ``end`` empty. YYMMDD years 00-30 are
  20YY, others 19YY (the PETRARCH rule). Periods of one code that touch or overlap are merged.
* The undated default code (``[ZWEELI]``) is what Phoenix uses outside the dated periods. It is
  written for the gaps between dated periods (a month or longer) and after the last closed period,
  never before the first one: PLOVER's ELI means *former* officials.
* Persons who appear by name (or alias) in ``persons_major.tsv`` or ``persons_other.tsv`` are
  skipped: the curated files win. Codes without a country we can map, and codes that are a bare
  country with no sector, are skipped.

Usage (from the repository root)::

    .venv/bin/python scripts/convert_phoenix_persons.py
    .venv/bin/python scripts/convert_phoenix_persons.py --source path/to/dictionary.txt
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import itertools
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = (
    ROOT / ".." / "shared" / "reference" / "phoenix-dictionaries" / "Phoenix.Countries.actors.txt"
)
ACTORS = ROOT / "src" / "newsevents" / "data" / "actors"
OUT = ACTORS / "persons_phoenix.tsv"
CURATED = ("persons_major.tsv", "persons_other.tsv")
HEADER = ("name", "aliases", "code", "sector", "role", "start", "end", "notes")
NOTE = "phoenix"
MIN_GAP_DAYS = 31  # shorter gaps between dated periods are date noise, not a spell out of office

# CAMEO country codes that are not our codes. Dependencies are folded into their controlling state
# (PLOVER's rule); Kinakuta is a fictional test country and IGO/IMG prefixes are not states, so they
# are absent here and skipped.
COUNTRY_MAP: dict[str, str] = {
    "USR": "SUN",  # Soviet Union
    "FRY": "YUG",  # Federal Republic of Yugoslavia (our YUG row covers it)
    "KSV": "KOS",  # Kosovo (World Bank code in Phoenix)
    "TMP": "TLS",  # East Timor
    "ROM": "ROU",  # Romania (old CAMEO/ISO code)
    "ZAI": "COD",  # Zaire
    "BMU": "GBR",  # Bermuda
    "AIA": "GBR",  # Anguilla
    "CYM": "GBR",  # Cayman Islands
    "VGB": "GBR",  # British Virgin Islands
    "ABW": "NLD",  # Aruba
    "COK": "NZL",  # Cook Islands (free association with New Zealand)
}

# CAMEO role codes → PLOVER sectors. Roles mapped to None have no PLOVER sector and are dropped
# (a development or environment minister stays GOV); any other three-letter part of a code (a
# territory such as PRI Puerto Rico, VGB, FRO) is not a role and is ignored.
SECTOR_MAP: dict[str, str | None] = {
    "GOV": "GOV",
    "MIL": "MIL",
    "LEG": "LEG",
    "JUD": "JUD",
    "OPP": "OPP",
    "PTY": "PTY",
    "REB": "REB",
    "INS": "REB",  # insurgents: PLOVER drops the INS/SEP distinction
    "SEP": "REB",
    "SPY": "SPY",
    "COP": "COP",
    "ELI": "ELI",
    "BUS": "BUS",
    "MED": "JRN",  # CAMEO MED is media; PLOVER calls it JRN
    "HLH": "MED",  # CAMEO HLH is health; PLOVER calls it MED
    "EDU": "EDU",
    "REL": "REL",
    "MUS": "REL",  # CAMEO religion sub-codes
    "CHR": "REL",
    "JEW": "REL",
    "BUD": "REL",
    "HIN": "REL",
    "LAB": "LAB",
    "AGR": "AGR",
    "REF": "REF",
    "CVL": "CVL",
    "CRM": "CRM",
    "UAF": "UAF",
    "NGO": "SOC",
    "DEV": None,
    "ENV": None,
    "HRI": None,
    "MOD": None,
    "RAD": None,
    "EEC": None,
}
# Parts of a code that make a block a place rather than a person.
PLACE_ROLES = frozenset({"UNR", "OCC", "AUT", "UNO", "EUR"})
INSTITUTION_WORDS = frozenset(
    {
        *("ASSEMBLY", "PARLIAMENT", "COUNCIL", "MINISTRY", "ARMY", "FORCES", "FORCE", "PARTY"),
        *("COURT", "PALACE", "POLICE", "GUARD", "SERVICE", "AGENCY", "OFFICE", "COMMISSION"),
        *("CONGRESS", "SENATE", "UNIVERSITY", "BANK", "CABINET", "GOVERNMENT", "VOLKSKAMMER"),
        *("DUMA", "KNESSET", "MAJLIS", "NAVY", "AUTHORITY", "SOVIET", "MOVEMENT", "COALITION"),
        *("JAISH", "JAYSH", "BRIGADE", "BRIGADES", "OBSERVATORY", "FRONT", "STATE", "ISLAMIC"),
        *("NATIONAL", "LIBERATION", "COMMITTEE", "UNION", "REPUBLIC", "ORGANIZATION"),
    }
)
# First words that make an alias a title-prefixed phrase, beside our titles and adjectives.
TITLE_WORDS = frozenset(
    {
        *("the", "mr", "mrs", "ms", "dr", "sir", "former", "late", "ex", "acting", "interim"),
        *("new", "top", "senior", "prime", "vice", "deputy", "communist", "gen", "lt", "col"),
        *("maj", "capt", "adm", "sen", "rep", "gov", "pres", "president", "minister"),
        *("secretary", "chairman"),
    }
)
ALIAS_STOP = frozenset({"administration", "government", "regime", "camp", "family"})
NAME_WORDS = frozenset({"amir", "emir", "sultan"})  # titles that are also common first names
PARTICLES = frozenset(
    {
        *("de", "del", "della", "der", "den", "da", "das", "do", "dos", "du", "van", "von"),
        *("bin", "ibn", "bint", "al", "el", "ter", "ten", "y"),
    }
)
ROMAN = frozenset({"II", "III", "IV", "VI"})

RESTRICTION = re.compile(r"^\[(?P<code>[A-Z]+)\s*(?P<when>[^\]]*)\]")


@dataclass(frozen=True, slots=True)
class Restriction:
    """One ``[CODE when]`` line; ``dated`` is False for the default code."""

    code: str
    start: dt.date | None
    end: dt.date | None
    dated: bool


@dataclass(slots=True)
class Block:
    """One Phoenix record: primary phrase, ``+`` synonyms and code lines."""

    head: str
    line: int
    aliases: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)


def iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


@dataclass(frozen=True, slots=True)
class Row:
    name: str
    aliases: tuple[str, ...]
    code: str
    sector: str
    start: dt.date | None
    end: dt.date | None

    def cells(self) -> list[str]:
        return [
            self.name,
            "|".join(self.aliases),
            self.code,
            self.sector,
            "",
            iso(self.start),
            iso(self.end),
            NOTE,
        ]


# -- reading the Phoenix file -----------------------------------------------------------------
def read_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    current: Block | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if line[0] in "\t ":
            if current is not None:
                current.codes.append(stripped)
        elif line.startswith("+"):
            if current is not None:
                current.aliases.append(line[1:])
        elif (
            current is not None
            and not current.codes
            and "[" not in current.head
            and "countryinfo" not in line.casefold()
        ):
            current.aliases.append(line)  # LEONID_BREZHNEV_ then SOVIET_LEADER_LEONID_BREZHNEV
        else:
            current = Block(line, number)
            blocks.append(current)
    return blocks


def parse_date(value: str) -> dt.date:
    """YYMMDD (00-30 → 20YY) or YYYYMMDD; anything else is a ValueError."""
    if len(value) == 6:
        yy = int(value[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        return dt.date(year, int(value[2:4]), int(value[4:6]))
    if len(value) == 8:
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    raise ValueError(f"date {value!r} is neither YYMMDD nor YYYYMMDD")


def parse_restriction(text: str) -> Restriction:
    """``[RUSGOV >080508]`` and friends; ValueError when the line cannot be read."""
    m = RESTRICTION.match(text)
    if not m:
        raise ValueError(f"not a code line: {text!r}")
    code, when = m["code"], m["when"].replace(" ", "")
    if not when:
        return Restriction(code, None, None, False)
    if when[0] == "<":
        return Restriction(code, None, parse_date(when[1:]), True)
    if when[0] == ">":
        return Restriction(code, parse_date(when[1:]), None, True)
    if "-" in when:
        first, last = when.split("-", 1)
        start, end = parse_date(first), parse_date(last)
        if end < start:
            raise ValueError(f"period ends before it starts: {text!r}")
        return Restriction(code, start, end, True)
    return Restriction(code, parse_date(when), None, True)  # a lone date: from then on


# -- names --------------------------------------------------------------------------------------
def words(phrase: str) -> list[str]:
    """The words of a Phoenix phrase: comments, codes and a ``, title`` tail removed."""
    phrase = phrase.split("#", 1)[0].split("[", 1)[0].split(",", 1)[0]
    return [w for w in re.split(r"[_\s]+", phrase.strip()) if w and '"' not in w]


def _cap(part: str) -> str:
    if not part:
        return part
    if part[0] in "'`":  # a transliterated ayn: 'Isa
        return "'" + _cap(part[1:])
    if part.startswith("MC") and len(part) > 3:
        return "Mc" + part[2:].capitalize()
    if "'" in part:
        head, _, tail = part.partition("'")
        return head.capitalize() + "'" + (_cap(tail) if len(head) == 1 else tail.lower())
    return part.capitalize()


def normal_case(tokens: list[str]) -> str:
    """``['ABDEL', 'FATTAH', 'EL', 'SISI']`` → ``Abdel Fattah el-Sisi``."""
    out: list[str] = []
    for i, token in enumerate(tokens):
        if token in ROMAN:
            out.append(token)
        elif token in ("JR", "JR.", "SR", "SR."):
            out.append(token[:2].capitalize() + ".")
        elif len(token.rstrip(".")) == 1:
            out.append(token.rstrip(".") + ".")
        else:
            parts = [_cap(p) for p in token.split("-")]
            if i > 0 and parts[0].lower() in PARTICLES:
                parts[0] = parts[0].lower()
            out.append("-".join(parts))
    # al-/el- prefixes written as separate words join the next word, as English news writes them
    joined: list[str] = []
    for word in out:
        if joined and joined[-1] in ("al", "el") and len(joined) > 1:
            joined[-1] = joined[-1] + "-" + word
        else:
            joined.append(word)
    return " ".join(joined)


def name_key(name: str) -> str:
    """Comparison key: no accents, case, punctuation or spacing differences."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[.\-'’]", " ", plain).split())


# -- codes --------------------------------------------------------------------------------------
SOVIET_END = dt.date(1991, 12, 26)  # CountryInfo codes Soviet leaders RUS; we code them SUN


def soviet_split(found: Found) -> list[Found]:
    """A RUS period before the end of the Soviet Union is SUN (split where it straddles)."""
    code, sector, start, end = found
    if code != "RUS" or (start is not None and start >= SOVIET_END):
        return [found]
    if end is not None and end <= SOVIET_END:
        return [("SUN", sector, start, end)]
    return [("SUN", sector, start, SOVIET_END), ("RUS", sector, SOVIET_END, end)]


def map_code(code: str, countries: frozenset[str] | set[str]) -> tuple[str, str] | None:
    """CAMEO ``ZWEGOVEDU`` → (``ZWE``, ``GOV|EDU``); None if unmappable or sector-less."""
    prefix = code[:3]
    country = COUNTRY_MAP.get(prefix, prefix)
    if country not in countries:
        return None
    sectors: list[str] = []
    for i in range(3, len(code) - 2, 3):
        sector = SECTOR_MAP.get(code[i : i + 3])
        if sector and sector not in sectors:
            sectors.append(sector)
    if not sectors:
        return None
    if sectors[:2] == ["GOV", "LEG"]:
        sectors = sectors[1:]  # CountryInfo's GOVLEG is a legislator or speaker, not a minister
    return country, "|".join(sectors[:2])


def mauritanian(name: str, mapped: tuple[str, str]) -> tuple[str, str]:
    """The source files Mauritania's leaders (Ould Abdel Aziz, Ould Daddah, Ould Taya …) under
    Mauritius's code MUS. The Hassaniya patronymic "Ould" never occurs in a Mauritian name, so a
    MUS person named "… Ould …" is Mauritania's (MRT)."""
    country, sectors = mapped
    if country == "MUS" and "ould" in name.casefold().split():
        return "MRT", sectors
    return mapped


def is_person(block: Block, restrictions: list[Restriction]) -> bool:
    if "[" in block.head.split("#", 1)[0]:
        return False  # "ZIMBABWE_ [ZWE]": a country or region header
    if "countryinfo" in block.head.casefold():
        return True
    if not any(r.dated for r in restrictions):
        return False
    if any(w.upper() in INSTITUTION_WORDS for w in words(block.head)):
        return False
    for r in restrictions:
        parts = {r.code[i : i + 3] for i in range(3, len(r.code) - 2, 3)}
        if not parts & SECTOR_MAP.keys() or parts & PLACE_ROLES:
            return False
    return True


def merge(
    periods: Iterable[tuple[dt.date | None, dt.date | None]],
) -> list[tuple[dt.date | None, dt.date | None]]:
    """Union of periods that touch or overlap (None = open)."""
    lo, hi = dt.date.min, dt.date.max
    spans = sorted(((s or lo), (e or hi)) for s, e in periods)
    out: list[list[dt.date]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(None if s == lo else s, None if e == hi else e) for s, e in out]


def default_gaps(dated: list[Restriction]) -> list[tuple[dt.date | None, dt.date | None]]:
    """Where the default code applies: gaps between dated periods and after the last one."""
    covered = merge((r.start, r.end) for r in dated)
    gaps: list[tuple[dt.date | None, dt.date | None]] = []
    for (_, end), (start, _) in itertools.pairwise(covered):
        if end and start and (start - end).days >= MIN_GAP_DAYS:
            gaps.append((end, start))
    if covered and covered[-1][1] is not None:
        gaps.append((covered[-1][1], None))
    return gaps


# -- conversion ---------------------------------------------------------------------------------
Found = tuple[str, str, dt.date | None, dt.date | None]  # code, sector, start, end


@dataclass(slots=True)
class Stats:
    counts: Counter[str] = field(default_factory=Counter)
    unmapped: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True, slots=True)
class Vocab:
    """What the converter needs from our own dictionaries."""

    countries: frozenset[str]
    titles: frozenset[str]  # first words of our personal titles, plus TITLE_WORDS
    adjectives: frozenset[str]  # one-word country adjectives ("russian")
    curated: frozenset[str]  # name keys of every curated name and alias
    curated_by_surname: dict[tuple[str, str], tuple[str, ...]]  # (code, surname) → given names

    def is_curated(self, names: list[str], codes: set[str]) -> bool:
        """Curated by name or alias, or a spelling/long-form variant of a curated person."""
        if any(name_key(n) in self.curated for n in names):
            return True
        for n in names:
            given, surname = name_key(n).split()[0], name_key(n).split()[-1]
            for code in codes:
                for other in self.curated_by_surname.get((code, surname), ()):
                    if given == other or (
                        given[0] == other[0] and SequenceMatcher(None, given, other).ratio() >= 0.8
                    ):
                        return True
        return False


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    lines = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def load_vocab(actors: Path) -> Vocab:
    titles = set(TITLE_WORDS)
    for row in read_tsv(actors / "agents.tsv"):
        if row["kind"] == "title":
            titles.update(t.split()[0] for t in row["term"].split("|") if t)
    countries: set[str] = set()
    adjectives: set[str] = set()
    for row in read_tsv(actors / "countries.tsv"):
        countries.add(row["code"])
        adjectives.update(a.casefold() for a in row["adjectives"].split("|") if " " not in a)
    keys: set[str] = set()
    by_surname: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in CURATED:
        path = actors / name
        if not path.exists():
            continue
        for row in read_tsv(path):
            for n in [row["name"], *(a for a in row["aliases"].split("|") if a)]:
                key = name_key(n)
                keys.add(key)
                if " " in key:
                    by_surname[(row["code"], key.split()[-1])].append(key.split()[0])
    return Vocab(
        frozenset(countries),
        frozenset(titles - NAME_WORDS),
        frozenset(adjectives - {""}),
        frozenset(keys),
        {k: tuple(v) for k, v in by_surname.items()},
    )


def person_name(block: Block, vocab: Vocab) -> str | None:
    """The primary phrase in normal case, leading titles dropped; None if under two words."""
    tokens = words(block.head)
    while tokens:
        first = tokens[0].casefold().rstrip(".")
        second = tokens[1].casefold() if len(tokens) > 1 else ""
        if first in vocab.titles or (first in vocab.adjectives and second in vocab.titles):
            tokens = tokens[1:]  # "PRESIDENT_X_Y", "RUSSIAN_PRESIDENT_X_Y"
        else:
            break
    return normal_case(tokens) if len(tokens) >= 2 else None


def full_name_aliases(block: Block, name: str, vocab: Vocab) -> list[str]:
    """Synonyms that are full names: no bare surnames, no title or adjective prefixes."""
    out: list[str] = []
    for alias in block.aliases:
        tokens = words(alias)
        if len(tokens) < 2:
            continue
        first = set(tokens[0].casefold().rstrip(".").split("-"))  # "EX-SOVIET" → {ex, soviet}
        every = {part for t in tokens for part in t.casefold().rstrip(".").split("-")}
        if first & (vocab.adjectives | vocab.titles) or every & (vocab.titles | ALIAS_STOP):
            continue
        if any(ch.isdigit() or ch == "\ufffd" for ch in alias):
            continue
        text = normal_case(tokens)
        if name_key(text) != name_key(name) and text not in out:
            out.append(text)
    return out


def subtract(
    span: tuple[dt.date | None, dt.date | None], cuts: list[tuple[dt.date | None, dt.date | None]]
) -> list[tuple[dt.date | None, dt.date | None]]:
    """``span`` minus the union of ``cuts`` (None = open)."""
    lo, hi = dt.date.min, dt.date.max
    pieces = [(span[0] or lo, span[1] or hi)]
    for c_start, c_end in cuts:
        cs, ce = c_start or lo, c_end or hi
        nxt = []
        for s, e in pieces:
            if ce <= s or cs >= e:
                nxt.append((s, e))
                continue
            if s < cs:
                nxt.append((s, cs))
            if ce < e:
                nxt.append((ce, e))
        pieces = nxt
    return [(None if s == lo else s, None if e == hi else e) for s, e in pieces]


def tidy(found: list[Found]) -> list[Found]:
    """Merge touching periods of one code; keep ELI only for spells out of a held office.

    PLOVER's ELI means *former* officials, so ELI is cut where the person holds an office of the
    same country, and ELI before the first office is dropped (CountryInfo writes an "elite" spell
    from early adulthood up to the first office).
    """
    by_code: dict[tuple[str, str], list[tuple[dt.date | None, dt.date | None]]] = defaultdict(list)
    for code, sector, start, end in found:
        by_code[(code, sector)].append((start, end))
    merged = {key: merge(spans) for key, spans in by_code.items()}
    out: list[Found] = []
    for (code, sector), spans in merged.items():
        if sector == "ELI":
            held = [p for (c, s), ps in merged.items() if c == code and s != "ELI" for p in ps]
            if held:
                first = min((s or dt.date.min) for s, _ in held)
                held.append((None, None if first == dt.date.min else first))
            spans = [piece for span in spans for piece in subtract(span, held)]
        out.extend(
            (code, sector, start, end)
            for start, end in spans
            if sector != "ELI" or not (start and end and (end - start).days < MIN_GAP_DAYS)
        )
    return out


def convert_block(block: Block, vocab: Vocab, stats: Stats) -> tuple[str, list[str], list[Found]]:
    """One person's name, aliases and mapped periods (empty periods when the block is skipped)."""
    restrictions: list[Restriction] = []
    for line in block.codes:
        try:
            restrictions.append(parse_restriction(line))
        except ValueError:
            stats.counts["code lines unreadable (skipped)"] += 1
    if not is_person(block, restrictions):
        return "", [], []
    stats.counts["person blocks"] += 1
    name = person_name(block, vocab)
    if name is None:
        stats.counts["persons with a one-word name (skipped)"] += 1
        return "", [], []
    dated = [r for r in restrictions if r.dated]
    periods = [(r.code, r.start, r.end) for r in dated]
    for r in restrictions:
        if not r.dated:
            gaps = default_gaps(dated) if dated else [(None, None)]
            periods += [(r.code, start, end) for start, end in gaps]
    found: list[Found] = []
    for code, start, end in periods:
        mapped = map_code(code, vocab.countries)
        if mapped is None:
            stats.unmapped[code[:3] if code[:3] not in vocab.countries else code] += 1
        else:
            found.extend(soviet_split((*mauritanian(name, mapped), start, end)))
    if not found:
        stats.counts["persons with no mappable code (skipped)"] += 1
        return "", [], []
    aliases = full_name_aliases(block, name, vocab)
    if vocab.is_curated([name, *aliases], {f[0] for f in found}):
        stats.counts["persons already curated (skipped)"] += 1
        return "", [], []
    return name, aliases, found


def convert(text: str, vocab: Vocab, stats: Stats) -> list[Row]:
    """All person rows of a Phoenix country dictionary, sorted by code and name."""
    people: dict[str, list[Found]] = defaultdict(list)
    aliases: dict[str, list[str]] = defaultdict(list)
    for block in read_blocks(text):
        name, variants, found = convert_block(block, vocab, stats)
        if found:
            people[name].extend(found)
            aliases[name].extend(a for a in variants if a not in aliases[name])
    rows = [
        Row(name, tuple(aliases[name]), code, sector, start, end)
        for name, found in people.items()
        for code, sector, start, end in tidy(found)
    ]
    rows.sort(key=lambda r: (r.code, name_key(r.name), r.start or dt.date.min, r.sector))
    stats.counts["persons written"] = len(people)
    stats.counts["rows written"] = len(rows)
    return rows


PREAMBLE = """\
# persons_phoenix.tsv - dated CAMEO codes of people in the Phoenix country dictionary
# (Phoenix.Countries.actors.txt, PETRARCH2, MIT licence, (c) 2014 Open Event Data Alliance; from
# CAMEO/TABARI CountryInfo, Parus Analytics). Generated by scripts/convert_phoenix_persons.py;
# do not edit by hand: fix the converter or add the person to persons_major/other.tsv instead.
# Codes are our country codes and PLOVER sectors; data end about 2014. See README.md.
"""


def write(rows: list[Row], out: Path) -> None:
    with out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(PREAMBLE)
        writer = csv.writer(handle, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(row.cells() for row in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    source: Path = args.source
    if not source.is_file():
        sys.stderr.write(
            f"error: {source.resolve()} not found.\n"
            "hint: the converter reads the reference dictionaries from the folder ../shared "
            "next to the repository; pass --source to point at Phoenix.Countries.actors.txt.\n"
        )
        return 2
    stats = Stats()
    text = source.read_bytes().decode("utf-8", errors="replace")
    rows = convert(text, load_vocab(ACTORS), stats)
    write(rows, args.out)
    for key, value in sorted(stats.counts.items()):
        sys.stdout.write(f"{key}: {value}\n")
    top = ", ".join(f"{code} {n}" for code, n in stats.unmapped.most_common(15))
    sys.stdout.write(f"codes not mapped (skipped): {sum(stats.unmapped.values())} ({top})\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
