"""Write the demo corpus WARC from the HTML pages in ``scripts/demo-warc/``.

Each page becomes one WARC ``response`` record with an HTTP/1.1 200 header block. The target URI
is the page's ``<link rel="canonical">`` and the WARC-Date its
``<meta property="article:published_time">``, so the archive looks as if each page had been
crawled when it was published. Record ids are derived from the URI, so re-running the script on
unchanged pages gives a byte-identical archive.

Usage (from the repository root)::

    .venv/bin/python scripts/make_demo_warc.py            # writes the packaged archive
    .venv/bin/python scripts/make_demo_warc.py --out x.warc.gz
"""

from __future__ import annotations

import argparse
import gzip
import io
import sys
import uuid
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from html.parser import HTMLParser
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "scripts" / "demo-warc"
OUT = ROOT / "src" / "newsevents" / "data" / "demo" / "archive.warc.gz"
CRAWL_DATE = "2023-08-01T00:00:00Z"  # warcinfo record date: after the newest page


@dataclass(frozen=True, slots=True)
class Page:
    """One HTML page and the two facts the WARC record needs from its <head>."""

    path: Path
    body: bytes
    url: str
    published: str  # ISO 8601 UTC, e.g. 2022-02-22T20:00:00Z


class _HeadFacts(HTMLParser):
    """Collect the canonical link and article:published_time meta of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.url = ""
        self.published = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "link" and values.get("rel") == "canonical":
            self.url = values.get("href", "")
        elif tag == "meta" and values.get("property") == "article:published_time":
            self.published = values.get("content", "")

    handle_startendtag = handle_starttag


def read_page(path: Path) -> Page:
    """Read one page; raise ValueError naming the file when a required fact is missing."""
    body = path.read_bytes()
    facts = _HeadFacts()
    facts.feed(body.decode("utf-8"))
    facts.close()
    if not facts.url.startswith("https://") or ".example.com/" not in facts.url:
        raise ValueError(f"{path}: canonical link must be an https URL under example.com")
    try:
        datetime.fromisoformat(facts.published.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"{path}: article:published_time is not ISO 8601") from exc
    return Page(path=path, body=body, url=facts.url, published=facts.published)


def _record_id(key: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, key)}>"


def write_warc(pages: list[Page], out: Path) -> None:
    """Write a warcinfo record, then one response record per page (oldest first)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    raw = io.BytesIO()
    writer = WARCWriter(raw, gzip=True)
    info = writer.create_warcinfo_record(
        out.name,
        {
            "software": "newsevents scripts/make_demo_warc.py (warcio)",
            "description": "newsevents demo corpus: fictional outlet pages, see README.md",
            "format": "WARC File Format 1.0",
        },
    )
    info.rec_headers.replace_header("WARC-Date", CRAWL_DATE)
    info.rec_headers.replace_header("WARC-Record-ID", _record_id(f"warcinfo:{out.name}"))
    writer.write_record(info)
    for page in sorted(pages, key=lambda p: p.published):
        when = datetime.fromisoformat(page.published.replace("Z", "+00:00"))
        http_headers = StatusAndHeaders(
            "200 OK",
            [
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Length", str(len(page.body))),
                ("Date", format_datetime(when, usegmt=True)),
                ("Server", "nginx"),
            ],
            protocol="HTTP/1.1",
        )
        record = writer.create_warc_record(
            page.url,
            "response",
            payload=io.BytesIO(page.body),
            length=len(page.body),
            http_headers=http_headers,
            warc_headers_dict={
                "WARC-Date": page.published,
                "WARC-Record-ID": _record_id(page.url),
            },
        )
        writer.write_record(record)
    out.write_bytes(raw.getvalue())


def check_warc(out: Path, expected: int) -> int:
    """Read the archive back; return the number of response records (must equal expected)."""
    with gzip.open(out, "rb") as fh:  # every member decompresses
        fh.read()
    count = 0
    with out.open("rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type == "response":
                record.content_stream().read()
                count += 1
    if count != expected:
        raise ValueError(f"{out}: {count} response records read back, {expected} written")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=PAGES, help="folder of .html pages")
    parser.add_argument("--out", type=Path, default=OUT, help="WARC file to write")
    args = parser.parse_args(argv)
    pages = [read_page(path) for path in sorted(args.pages.glob("*.html"))]
    if not pages:
        parser.error(f"no .html pages in {args.pages}")
    write_warc(pages, args.out)
    count = check_warc(args.out, len(pages))
    sys.stdout.write(f"wrote {count} response records to {args.out}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
