"""Memory of reading a large WARC file: it must stay flat, whatever the file's size.

    python benchmarks/bench_warc.py [--pages 2000] [--images 2000]

Writes a gzipped WARC file in a temporary folder (HTML pages built from the project's own test pages,
each padded with paragraphs of its own to about 30 KB, and 50 KB binary responses), then streams it
through ``iter_documents`` and prints the peak resident memory after the first tenth of the records
and at the end, with the file's size.
"""

from __future__ import annotations

import argparse
import io
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PAGES = ROOT / "tests" / "pages"


def write_warc(path: Path, pages: int, images: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    templates = [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.html"))]
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i in range(max(pages, images)):
            if i < pages:
                filler = "".join(
                    f"<p>Paragraph {i}-{k}: the talks went on into the night.</p>" for k in range(500)
                )
                html = templates[i % len(templates)].replace("</article>", filler + "</article>")
                _record(writer, StatusAndHeaders, f"https://news.example/{i}", "text/html", html.encode())
            if i < images:
                _record(
                    writer,
                    StatusAndHeaders,
                    f"https://news.example/{i}.jpg",
                    "image/jpeg",
                    bytes(range(256)) * 200,
                )


def _record(writer, status_and_headers, url: str, ctype: str, body: bytes) -> None:
    headers = status_and_headers("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
    )


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--images", type=int, default=2000)
    args = parser.parse_args()
    from loaders.documents import Document, iter_documents

    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "crawl.warc.gz"
        write_warc(warc, args.pages, args.images)
        print(
            f"WARC file: {warc.stat().st_size / 2**20:.1f} MiB gzipped, {args.pages} HTML pages, {args.images} images"
        )
        started = time.perf_counter()
        tenth = (args.pages + args.images) // 10
        docs = records = 0
        early = 0.0
        for item in iter_documents(warc):
            records += 1
            docs += isinstance(item, Document)
            if records == tenth:
                early = peak_mib()
        seconds = time.perf_counter() - started
        print(
            f"{docs} articles from {records} records in {seconds:.1f} s ({records / seconds:.0f} records/s)"
        )
        print(f"peak RSS after a tenth of the records: {early:.0f} MiB; at the end: {peak_mib():.0f} MiB")


if __name__ == "__main__":
    main()
