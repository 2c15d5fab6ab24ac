"""Fetching web pages politely: timeouts, retries with back-off, a per-host rate limit,
robots.txt, a user agent naming the tool, content-type and size checks, and an on-disk cache so
that a rerun fetches nothing twice.

Every failure is a ``FetchError`` whose message is one line naming the URL and the reason.
"""

from __future__ import annotations

import hashlib
import json
import socket
import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .base import DEFAULT_MAX_BYTES, InputError

USER_AGENT = "diplograph/0.1 (news to knowledge graph; +https://pypi.org/project/diplograph/)"
ROBOTS_AGENT = "diplograph"
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "application/rdf+xml",
)
DEFAULT_CACHE = Path.home() / ".cache" / "diplograph" / "http"


class FetchError(InputError):
    """A URL could not be fetched; the message names it and says why, in one line."""


@dataclass
class Page:
    """A fetched response: the final URL after redirects, its content type and body."""

    url: str
    content_type: str
    body: bytes
    fetched: str  # ISO date

    @property
    def is_feed(self) -> bool:
        head = self.body[:512].lstrip().lower()
        return (
            self.content_type in FEED_TYPES
            or head.startswith((b"<rss", b"<feed"))
            or (head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head))
        )


@dataclass
class FetchOptions:
    timeout: float = 10.0  # seconds for connecting and for each read
    retries: int = 2  # further tries after a timeout, a dropped connection, a 429 or a 5xx
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    delay: float = 1.0  # least seconds between two requests to one host
    max_bytes: int = DEFAULT_MAX_BYTES
    cache: Path | None = DEFAULT_CACHE  # None: no cache
    user_agent: str = USER_AGENT
    robots: bool = True


@dataclass
class Fetcher:
    """One client for a run: it remembers each host's robots.txt and last request time."""

    options: FetchOptions = field(default_factory=FetchOptions)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)
    requests: int = 0  # network requests made (cache hits are not requests)

    def get(self, url: str, accept: tuple[str, ...] = HTML_TYPES + FEED_TYPES) -> Page:
        """The page at ``url`` from the cache or the network; ``FetchError`` on any failure."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(f"{url}: not an http(s) URL")
        cached = self._from_cache(url)
        if cached is not None:
            return cached
        if self.options.robots and not self._allowed(url):
            raise FetchError(f"{url}: disallowed by the site's robots.txt")
        page = self._fetch(url)
        if page.content_type not in accept and not page.is_feed:
            raise FetchError(f"{url}: not a web page or feed (content type {page.content_type or 'unknown'})")
        self._to_cache(url, page)
        return page

    # -- network ---------------------------------------------------------------------------------
    def _fetch(self, url: str) -> Page:
        attempt = 0
        while True:
            try:
                return self._fetch_once(url)
            except _Retryable as exc:
                if attempt >= self.options.retries:
                    raise FetchError(f"{url}: {exc} (after {attempt + 1} tries)") from exc
                time.sleep(self.options.backoff * 2**attempt)
                attempt += 1

    def _wait_for_host(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = self.options.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def _fetch_once(self, url: str) -> Page:
        self._wait_for_host(urlsplit(url).netloc)
        request = urllib.request.Request(url, headers={"User-Agent": self.options.user_agent})
        self.requests += 1
        try:
            with urllib.request.urlopen(request, timeout=self.options.timeout) as response:
                content_type = response.headers.get_content_type()
                length = response.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.options.max_bytes:
                    raise FetchError(
                        f"{url}: response of {int(length):,} bytes is over the limit of "
                        f"{self.options.max_bytes:,} (raise it with --max-bytes)"
                    )
                body = response.read(self.options.max_bytes + 1)
                if len(body) > self.options.max_bytes:
                    raise FetchError(
                        f"{url}: response is over the limit of {self.options.max_bytes:,} bytes "
                        f"(raise it with --max-bytes)"
                    )
                final = response.geturl()
        except urllib.error.HTTPError as exc:
            if exc.code == 429 or exc.code >= 500:
                raise _Retryable(f"HTTP {exc.code} {exc.reason}") from exc
            raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from exc
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise _Retryable(f"timed out after {self.options.timeout:g}s") from exc
            raise _Retryable(f"cannot connect ({reason})") from exc
        except TimeoutError as exc:
            raise _Retryable(f"timed out after {self.options.timeout:g}s") from exc
        except OSError as exc:
            raise _Retryable(f"connection failed ({type(exc).__name__})") from exc
        return Page(final, content_type, body, time.strftime("%Y-%m-%d", time.gmtime()))

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        parser = self._robots[origin]
        return parser is None or parser.can_fetch(ROBOTS_AGENT, url)

    def _read_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        """The site's rules; none (everything allowed) when it has no robots.txt (4xx)."""
        robots_url = f"{origin}/robots.txt"
        try:
            page = self._fetch(robots_url)
        except FetchError as exc:
            if " HTTP 4" in str(exc):
                return None
            raise FetchError(
                f"{robots_url}: cannot read robots.txt, so the site is not fetched ({exc})"
            ) from exc
        parser = urllib.robotparser.RobotFileParser(robots_url)
        parser.parse(page.body.decode("utf-8", "replace").splitlines())
        return parser

    # -- cache -----------------------------------------------------------------------------------
    def _cache_paths(self, url: str) -> tuple[Path, Path] | None:
        if self.options.cache is None:
            return None
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        folder = self.options.cache / key[:2]
        return folder / f"{key}.body", folder / f"{key}.json"

    def _from_cache(self, url: str) -> Page | None:
        paths = self._cache_paths(url)
        if paths is None or not paths[1].exists():
            return None
        try:
            meta = json.loads(paths[1].read_text(encoding="utf-8"))
            return Page(meta["url"], meta["content_type"], paths[0].read_bytes(), meta["fetched"])
        except (OSError, ValueError, KeyError):
            return None  # a damaged entry is fetched again

    def _to_cache(self, url: str, page: Page) -> None:
        paths = self._cache_paths(url)
        if paths is None:
            return
        try:
            paths[0].parent.mkdir(parents=True, exist_ok=True)
            paths[0].write_bytes(page.body)
            meta = {"url": page.url, "content_type": page.content_type, "fetched": page.fetched}
            paths[1].write_text(json.dumps(meta), encoding="utf-8")  # written last: marks it complete
        except OSError:
            pass  # a cache that cannot be written only costs a refetch next time


class _Retryable(Exception):
    """A failure worth another try (timeout, dropped connection, 429, 5xx)."""


def is_url(text: str) -> bool:
    """Whether a command-line argument is a URL rather than a path.

    >>> is_url("https://example.org/a"), is_url("articles/a.html")
    (True, False)
    """
    return text.startswith(("http://", "https://"))
