"""Every actor dictionary in ``newsevents/data/actors`` is well formed, row by row.

The files are read exactly as the package ships them (``importlib.resources``) with the plain
``csv`` module, so a malformed line fails here with its file and line number rather than deep inside
the actor coder.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable

import pytest

from newsevents.records import Sector

PLOVER_SECTORS = frozenset(sector.value for sector in Sector)
PLOVER_NON_STATE = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})

HEADERS: dict[str, tuple[str, ...]] = {
    "countries.tsv": ("code", "name", "aliases", "adjectives", "capitals", "notes"),
    "seats.tsv": ("phrase", "code", "sector", "name", "notes"),
    "organizations.tsv": ("code", "name", "aliases", "plover", "sector", "notes"),
    "groups.tsv": (
        "code",
        "name",
        "aliases",
        "country",
        "sector",
        "plover",
        "start",
        "end",
        "notes",
    ),
    "agents.tsv": ("term", "sector", "kind", "notes"),
}
PERSONS_HEADER = ("name", "aliases", "code", "sector", "role", "start", "end", "notes")

COUNTRY_CODE = re.compile(r"[A-Z]{3}")
FINER_CODE = re.compile(r"[A-Z][A-Z0-9_]*")
PERSON_CODE = re.compile(r"[A-Z][A-Z0-9_]*")
PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
ACRONYM = re.compile(r"[A-Z0-9.&+-]*[A-Z][A-Z0-9.&+-]*")


@dataclass(frozen=True, slots=True)
class Row:
    file: str
    line: int
    cells: dict[str, str]

    def where(self) -> str:
        return f"{self.file}:{self.line}"


def actor_files() -> list[Traversable]:
    folder = files("newsevents.data") / "actors"
    return sorted(
        (entry for entry in folder.iterdir() if entry.name.endswith(".tsv")),
        key=lambda entry: entry.name,
    )


def read_rows(entry: Traversable) -> tuple[tuple[str, ...], list[Row]]:
    """Header and data rows of one TSV file; ``#`` lines are comments, quoting is off."""
    text = entry.read_text(encoding="utf-8")
    numbered = [
        (number, line)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.startswith("#")
    ]
    assert numbered, f"{entry.name}: no header line"
    header_line, *data_lines = numbered
    header = tuple(next(csv.reader([header_line[1]], delimiter="\t", quoting=csv.QUOTE_NONE)))
    rows: list[Row] = []
    for number, line in data_lines:
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        assert len(cells) == len(header), (
            f"{entry.name}:{number}: {len(cells)} columns, expected {len(header)} {header}"
        )
        rows.append(Row(entry.name, number, dict(zip(header, cells, strict=True))))
    return header, rows


def split(cell: str) -> list[str]:
    return cell.split("|") if cell else []


def phrase_key(phrase: str) -> str:
    """All-caps acronyms match case-sensitively, everything else case-insensitively."""
    return phrase if ACRONYM.fullmatch(phrase) else phrase.casefold()


def parse_date(value: str) -> dt.date | None:
    if not value:
        return None
    assert PARTIAL_DATE.fullmatch(value), f"not an ISO date: {value!r}"
    year, month, day = [*value.split("-"), "1", "1"][:3]
    return dt.date(int(year), int(month), int(day))


def period(row: Row) -> tuple[dt.date, dt.date]:
    start = parse_date(row.cells["start"]) or dt.date.min
    end = parse_date(row.cells["end"]) or dt.date.max
    return start, end


def overlaps(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def check_cells(row: Row) -> None:
    for column, value in row.cells.items():
        assert value == value.strip(), f"{row.where()}: {column} has surrounding spaces"
        if column != "notes" and value:
            items = value.split("|")
            assert all(item.strip() == item and item for item in items), (
                f"{row.where()}: empty or padded item in {column}={value!r}"
            )


def check_sectors(row: Row, column: str = "sector", *, required: bool = False) -> None:
    sectors = split(row.cells[column])
    if required:
        assert sectors, f"{row.where()}: {column} is empty"
    unknown = [sector for sector in sectors if sector not in PLOVER_SECTORS]
    assert not unknown, f"{row.where()}: {unknown} are not PLOVER sectors"
    assert len(set(sectors)) == len(sectors), f"{row.where()}: repeated sector"


def check_dates(row: Row) -> None:
    try:
        start, end = period(row)
    except (AssertionError, ValueError) as exc:
        raise AssertionError(f"{row.where()}: {exc}") from exc
    assert start <= end, f"{row.where()}: start {start} after end {end}"


def phrases_of(row: Row, columns: tuple[str, ...]) -> Iterator[str]:
    for column in columns:
        yield from split(row.cells[column])


def check_unique_phrases(rows: list[Row], columns: tuple[str, ...], target: str) -> None:
    """No phrase maps to two different targets, unless the rows' periods do not overlap."""
    seen: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        for phrase in set(map(phrase_key, phrases_of(row, columns))):
            for other in seen[phrase]:
                if other.cells[target] == row.cells[target]:
                    continue
                dated = "start" in row.cells
                assert dated and not overlaps(period(other), period(row)), (
                    f"{row.where()}: {phrase!r} maps to {row.cells[target]!r} "
                    f"but to {other.cells[target]!r} at {other.where()}"
                )
            seen[phrase].append(row)


def check_countries(rows: list[Row]) -> None:
    codes: dict[str, Row] = {}
    for row in rows:
        code = row.cells["code"]
        assert COUNTRY_CODE.fullmatch(code), f"{row.where()}: country code {code!r}"
        assert code not in codes, f"{row.where()}: code {code} repeats {codes[code].where()}"
        codes[code] = row
        assert row.cells["name"], f"{row.where()}: empty name"
    check_unique_phrases(rows, ("name", "aliases", "adjectives", "capitals"), "code")


def check_seats(rows: list[Row], country_codes: set[str]) -> None:
    for row in rows:
        assert row.cells["phrase"], f"{row.where()}: empty phrase"
        assert not row.cells["phrase"].lower().startswith("the "), (
            f"{row.where()}: write phrases without a leading 'the'"
        )
        assert row.cells["code"] in country_codes, (
            f"{row.where()}: {row.cells['code']!r} is not a code in countries.tsv"
        )
        check_sectors(row, required=True)
    seen: dict[str, Row] = {}
    for row in rows:
        key = phrase_key(row.cells["phrase"])
        assert key not in seen, f"{row.where()}: phrase repeats {seen[key].where()}"
        seen[key] = row


def check_organizations(rows: list[Row]) -> None:
    codes: dict[str, Row] = {}
    for row in rows:
        code = row.cells["code"]
        assert FINER_CODE.fullmatch(code), f"{row.where()}: code {code!r}"
        assert code not in codes, f"{row.where()}: code {code} repeats {codes[code].where()}"
        codes[code] = row
        assert row.cells["plover"] in PLOVER_NON_STATE, (
            f"{row.where()}: plover {row.cells['plover']!r} is not a PLOVER non-state code"
        )
        check_sectors(row)
    check_unique_phrases(rows, ("name", "aliases"), "code")


def check_groups(rows: list[Row], country_codes: set[str]) -> None:
    by_code: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        code = row.cells["code"]
        assert FINER_CODE.fullmatch(code), f"{row.where()}: code {code!r}"
        country = row.cells["country"]
        # a regional group lists its home country first, then where else it fights
        for one in country.split("|") if country else ():
            assert one in country_codes, (
                f"{row.where()}: country {one!r} is not a code in countries.tsv"
            )
        plover = row.cells["plover"]
        assert plover in {"", "IMG", "ISM"}, f"{row.where()}: plover {plover!r}"
        assert country or plover, f"{row.where()}: needs a country or a plover code"
        check_sectors(row, required=True)
        check_dates(row)
        for other in by_code[code]:
            assert not overlaps(period(other), period(row)), (
                f"{row.where()}: code {code} has an overlapping period at {other.where()}"
            )
        by_code[code].append(row)
    check_unique_phrases(rows, ("name", "aliases"), "code")


def check_agents(rows: list[Row]) -> None:
    seen: dict[str, Row] = {}
    for row in rows:
        assert row.cells["kind"] in {"agent", "title"}, f"{row.where()}: kind {row.cells['kind']!r}"
        # a title may leave the sector to the organisation named with it ("Wagner chief")
        check_sectors(row, required=row.cells["kind"] == "agent")
        for term in split(row.cells["term"]):
            assert term == term.lower(), f"{row.where()}: term {term!r} is not lower case"
            assert term not in seen, f"{row.where()}: term {term!r} repeats {seen[term].where()}"
            seen[term] = row
        assert seen, f"{row.where()}: empty term"


def check_persons(rows: list[Row]) -> None:
    for row in rows:
        assert row.cells["name"], f"{row.where()}: empty name"
        assert PERSON_CODE.fullmatch(row.cells["code"]), (
            f"{row.where()}: code {row.cells['code']!r}"
        )
        check_sectors(row)
        check_dates(row)


def load_all() -> dict[str, tuple[tuple[str, ...], list[Row]]]:
    return {entry.name: read_rows(entry) for entry in actor_files()}


def load(name: str) -> list[Row]:
    return read_rows(files("newsevents.data") / "actors" / name)[1]


def test_every_file_has_a_known_schema() -> None:
    names = [entry.name for entry in actor_files()]
    assert set(HEADERS) <= set(names), f"missing: {set(HEADERS) - set(names)}"
    for name, (header, _rows) in load_all().items():
        expected = (
            PERSONS_HEADER
            if name.startswith("persons")
            else HEADERS["groups.tsv"]
            if name.startswith("groups_")
            else HEADERS.get(name)
        )
        assert expected is not None, f"{name}: no schema declared in this test"
        assert header == expected, f"{name}: header {header} != {expected}"


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_rows_are_wellformed(name: str) -> None:
    rows = load(name)
    assert rows, f"{name}: no rows"
    for row in rows:
        check_cells(row)
    country_codes = {row.cells["code"] for row in load("countries.tsv")}
    if name == "countries.tsv":
        check_countries(rows)
    elif name == "seats.tsv":
        check_seats(rows, country_codes)
    elif name == "organizations.tsv":
        check_organizations(rows)
    elif name == "groups.tsv":
        check_groups(rows, country_codes)
    else:
        check_agents(rows)


def test_extra_group_files_are_wellformed_and_apart() -> None:
    """groups_*.tsv (e.g. the parties file) follow groups.tsv's rules, and together with it use
    each code and phrase once."""
    tables = {name: rows for name, (_h, rows) in load_all().items() if name.startswith("groups")}
    if len(tables) < 2:
        pytest.skip("no groups_*.tsv file besides groups.tsv")
    country_codes = {row.cells["code"] for row in load("countries.tsv")}
    for rows in tables.values():
        for row in rows:
            check_cells(row)
    check_groups([row for rows in tables.values() for row in rows], country_codes)


def test_persons_files_are_wellformed() -> None:
    persons = {name: table for name, table in load_all().items() if name.startswith("persons")}
    if not persons:
        pytest.skip("no persons*.tsv file yet (written by another helper)")
    for _name, (_header, rows) in persons.items():
        for row in rows:
            check_cells(row)
        check_persons(rows)


def test_person_codes_resolve() -> None:
    """A person's code is a country code or one of our organisation codes."""
    persons = [name for name in load_all() if name.startswith("persons")]
    if not persons:
        pytest.skip("no persons*.tsv file yet (written by another helper)")
    known = {row.cells["code"] for row in load("countries.tsv")}
    known |= {row.cells["code"] for row in load("organizations.tsv")}
    for name in persons:
        for row in load(name):
            assert row.cells["code"] in known, (
                f"{row.where()}: code {row.cells['code']!r} is in neither countries.tsv "
                "nor organizations.tsv"
            )


def test_coverage_floors() -> None:
    """The dictionaries keep the breadth they were written with."""
    tables = load_all()
    floors = {
        "countries.tsv": 195,
        "seats.tsv": 120,
        "organizations.tsv": 100,
        "groups.tsv": 150,
        "agents.tsv": 250,
    }
    for name, floor in floors.items():
        assert len(tables[name][1]) >= floor, f"{name}: {len(tables[name][1])} rows < {floor}"
    codes = {row.cells["code"] for row in tables["countries.tsv"][1]}
    assert {"USA", "RUS", "UKR", "ISR", "PSE", "KOS", "HKG", "TWN", "SUN", "YUG"} <= codes


def test_known_entries_resolve() -> None:
    """Spot checks of facts the coder depends on, read through the same parser."""
    tables = load_all()
    country_of: dict[str, str] = {}
    for row in tables["countries.tsv"][1]:
        for phrase in phrases_of(row, ("name", "aliases", "adjectives", "capitals")):
            country_of[phrase_key(phrase)] = row.cells["code"]
    assert country_of["US"] == "USA"
    assert "us" not in country_of  # the pronoun never matches
    assert country_of[phrase_key("Kiev")] == "UKR"
    assert country_of[phrase_key("Burma")] == "MMR"
    assert country_of[phrase_key("Türkiye")] == country_of[phrase_key("turkey")] == "TUR"
    seats = {phrase_key(r.cells["phrase"]): r.cells for r in tables["seats.tsv"][1]}
    assert (seats["kremlin"]["code"], seats["kremlin"]["sector"]) == ("RUS", "GOV")
    assert (seats["pentagon"]["code"], seats["pentagon"]["sector"]) == ("USA", "MIL")
    taliban = [r for r in tables["groups.tsv"][1] if r.cells["code"] == "TALIBAN"]
    assert [(r.cells["sector"], r.cells["start"], r.cells["end"]) for r in taliban] == [
        ("REB", "", "2021-08-15"),
        ("GOV", "2021-08-15", ""),
    ]
