"""Articles from http(s) URLs, fetched with httpx.

Redirects are followed; the timeout is ``settings.fetch_timeout`` seconds for each network step
(connect, each read); bodies over ``settings.max_input_bytes`` are refused while streaming. Every
way a fetch can fail becomes a Failure with a message that names the URL and the next step.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx

from newsevents.errors import FetchError
from newsevents.ingest.common import failure, make_raw, url_slug
from newsevents.ingest.warc import charset_of, kind_of
from newsevents.records import Failure, RawArticle
from newsevents.settings import Settings

__all__ = ["USER_AGENT", "fetch_url", "is_url"]

USER_AGENT = "newsevents/0.1 (political event coder; python-httpx)"


def is_url(text: str) -> bool:
    """True for an http:// or https:// URL."""
    return text.lower().startswith(("http://", "https://"))


def _seconds(value: float) -> str:
    return f"{value:g} s"


def _too_large(url: str, article_id: str, size: int | None, limit: int) -> Failure:
    told = f"{size:,} bytes, " if size is not None else "more than that, "
    return failure(
        FetchError,
        f"response body is {told}over the limit of {limit:,} bytes (max_input_bytes)",
        article_id=article_id,
        source=url,
        hint="download the page yourself, or raise max_input_bytes",
    )


def fetch_url(url: str, settings: Settings) -> Iterator[RawArticle | Failure]:
    """The article at ``url``, or a Failure naming why it could not be fetched."""
    article_id = url_slug(url) or url
    limit = settings.max_input_bytes
    timeout = settings.fetch_timeout
    try:
        with (
            httpx.Client(
                timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT}
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                reason = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
                yield failure(
                    FetchError,
                    f"the server answered {reason}",
                    article_id=article_id,
                    source=url,
                    hint="check the URL, or try again later if the server is down",
                )
                return
            declared_size = response.headers.get("Content-Length", "")
            if declared_size.isdigit() and int(declared_size) > limit:
                yield _too_large(url, article_id, int(declared_size), limit)
                return
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    yield _too_large(url, article_id, None, limit)
                    return
                chunks.append(chunk)
            content_type = response.headers.get("Content-Type")
            final_url = str(response.url)
    except httpx.TimeoutException:
        yield failure(
            FetchError,
            f"timed out after {_seconds(timeout)}",
            article_id=article_id,
            source=url,
            hint="check the URL, or raise the timeout (NEWSEVENTS_FETCH_TIMEOUT or fetch_timeout)",
        )
        return
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        yield failure(
            FetchError,
            f"could not be fetched ({type(exc).__name__}: {exc})",
            article_id=article_id,
            source=url,
            hint="check the URL and your network connection",
        )
        return
    hints = {"url": final_url}
    yield make_raw(
        article_id=article_id,
        source=url,
        content=b"".join(chunks),
        kind=kind_of(content_type) or "html",
        settings=settings,
        declared=charset_of(content_type),
        hints=hints,
    )
