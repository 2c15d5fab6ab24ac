"""Reading inputs: the seed layout, plain text, HTML, JSON Lines, folders, and broken files."""

from __future__ import annotations

import json

import pytest

from loaders.documents import Document, InputError, iter_documents, parse_article, parse_html


def read(path):
    return list(iter_documents(path))


def test_seed_layout_gives_title_byline_date_url_and_clean_body(seed):
    [doc] = read(seed)
    assert doc.title == "Moscow and Kyiv Call for Talks Amid Intense Shellfire"
    assert doc.byline.startswith("David Clark and Yulia Silina")
    assert doc.published == "2022-02-20"
    assert doc.url.endswith("a-76477")
    assert "**" not in doc.text and "Original url" not in doc.text and "](#)" not in doc.text
    assert doc.text.startswith("The U.S. believes Russia")


def test_text_without_header_is_plain_body():
    doc = parse_article("Officials met in Geneva.\n\nThey talked.")
    assert (doc.title, doc.published, doc.text) == (None, None, "Officials met in Geneva.\n\nThey talked.")


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "no article text"),
        ("blank.txt", b"  \n\n \n", "no article text"),
        ("binary.txt", b"\x00\x01\x02PNG\x00" * 20, "binary file"),
    ],
)
def test_bad_files_give_one_line_errors_naming_the_file(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    [error] = read(path)
    assert isinstance(error, InputError)
    assert str(error) == f"{path}: {reason}" or str(error).startswith(f"{path}: {reason}")
    assert "\n" not in str(error)


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "utf-8-sig"])
def test_other_encodings_are_decoded(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes("Le ministre fran\u00e7ais a parl\u00e9 \u00e0 Kyiv.".encode(encoding))
    [doc] = read(path)
    assert isinstance(doc, Document) and doc.text == "Le ministre fran\u00e7ais a parl\u00e9 \u00e0 Kyiv."


def test_html_drops_scripts_and_keeps_visible_text(tmp_path):
    page = (
        "<html><head><title>T &amp; U</title><script>alert('x')</script></head><body>"
        "<p>Leaders met.</p><script>steal()</script><p>They agreed &lt;quietly&gt;.</p></body></html>"
    )
    doc = parse_html(page)
    assert doc.title == "T & U"
    assert "alert" not in doc.text and "steal" not in doc.text
    assert doc.text == "Leaders met.\n\nThey agreed <quietly>."


def test_json_lines_keep_good_records_and_name_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "1", "title": "A", "published": "2024-05-01T10:00:00Z", "text": "One."}),
                "{not json",
                json.dumps({"title": "no text"}),
                json.dumps({"text": "Two."}),
            ]
        )
    )
    items = read(path)
    docs = [i for i in items if isinstance(i, Document)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [d.text for d in docs] == ["One.", "Two."]
    assert docs[0].published == "2024-05-01" and docs[0].doc_id == "1"
    assert errors[0].startswith(f"{path}:2: malformed JSON")
    assert errors[1] == f"{path}:3: a JSON Lines record needs a string field 'text'"


def test_folder_yields_good_articles_and_errors_for_bad_ones(tmp_path):
    (tmp_path / "a.txt").write_text("# A\nMay 1, 2024\n\nLeaders met.")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "README.md").write_text("not an article")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    items = read(tmp_path)
    assert [type(i).__name__ for i in items] == ["Document", "InputError"]
    assert items[0].published == "2024-05-01"
