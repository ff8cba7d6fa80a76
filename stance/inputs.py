"""Reading articles for the command line: plain text, HTML, or JSONL streams, with clear errors.

Every reader yields :class:`Document` records lazily, so a 50,000-article dump is never held in memory.
A record that cannot be read becomes a :class:`Document` whose ``error`` says file, line and field; the
caller decides to skip it or stop (``--on-error``), and it is never dropped silently.
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

_BLOCK_TAGS = frozenset("p div br li h1 h2 h3 h4 h5 h6 blockquote tr section article header footer".split())
_SKIPPED_TAGS = frozenset("script style noscript template head".split())
_LOOKS_LIKE_HTML = re.compile(r"<(?:html|body|p|div|br|span|a|article|h[1-6])\b[^>]*>", re.IGNORECASE)
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_FIRST_LINE_OBJECT = re.compile(r"\s*(\{[^\n]*)")  # the first non-blank line, if it opens a JSON object


class InputError(ValueError):
    """Input that cannot be read; the message names the file (and line)."""


@dataclass(frozen=True)
class Document:
    source: str
    text: str = ""
    error: str | None = None


class _TextFromHTML(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.pieces.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.pieces.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.pieces.append(data)


def html_to_text(html: str) -> str:
    """The readable text of an HTML page: tags dropped, entities decoded, block elements as paragraphs.

    >>> html_to_text('<p>&ldquo;No,&rdquo; she said.</p><script>x()</script><p>Next</p>')
    '“No,” she said.\\n\\nNext'
    """
    parser = _TextFromHTML()
    parser.feed(html)
    parser.close()
    text = "".join(parser.pieces)
    text = re.sub(r"[ \t\r\f\v]*\n[ \t\r\f\v]*", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_LIKE_HTML.search(text[:5000]))


def decode(data: bytes, source: str) -> str:
    """UTF-8 (a BOM is dropped); anything else is an :class:`InputError` naming the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{source}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); "
                         "convert it first, e.g. iconv -f latin1 -t utf-8") from None


def _read_bytes(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except OSError as error:
        raise InputError(f"{name}: cannot read: {error.strerror or error}") from None


def read_documents(names: list[str], input_format: str = "auto", text_field: str = "text") -> Iterator[Document]:
    """Documents of every named file (``-`` or no name: standard input), in order.

    ``auto`` reads a ``.jsonl``/``.ndjson`` file, or text whose first line is a JSON object, as one article a
    line (read as one article, its JSON would be mistaken for prose); HTML is turned into text.
    """
    for name in names or ["-"]:
        source = "<stdin>" if name == "-" else name
        if input_format == "jsonl" or (input_format == "auto" and name.lower().endswith(_JSONL_SUFFIXES)):
            yield from _jsonl_file(name, source, text_field)
            continue
        data = _read_bytes(name)
        text = decode(data, source)
        if input_format == "auto" and looks_like_jsonl(text):
            yield from _jsonl_documents(data.splitlines(), source, text_field)
            continue
        if input_format == "html" or (input_format == "auto" and looks_like_html(text)):
            text = html_to_text(text)
        yield Document(source, text)


def looks_like_jsonl(text: str) -> bool:
    """Is the first non-blank line a JSON object (an article a line), not the opening of prose?"""
    first_line = _FIRST_LINE_OBJECT.match(text)  # (matched in place: a dump may be large)
    if first_line is None:
        return False
    try:
        return isinstance(json.loads(first_line.group(1)), dict)
    except ValueError:
        return False


def _jsonl_file(name: str, source: str, text_field: str) -> Iterator[Document]:
    """:func:`_jsonl_documents` of a file or standard input, read line by line (a dump may not fit in memory)."""
    try:
        handle = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115 - closed below
    except OSError as error:
        raise InputError(f"{name}: cannot read: {error.strerror or error}") from None
    try:
        yield from _jsonl_documents(handle, source, text_field)
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def _jsonl_documents(lines: Iterable[bytes], source: str, text_field: str) -> Iterator[Document]:
    """One document a line; a bad line is a document carrying its error, named ``source:line``."""
    for number, raw in enumerate(lines, 1):
        where = f"{source}:{number}"
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            byte = raw[error.start]
            yield Document(where, error=f"{where}: not UTF-8 (byte 0x{byte:02x} at column {error.start + 1})")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Document(where, error=f"{where}: bad JSON at column {error.colno}: {error.msg}")
            continue
        if not isinstance(record, dict):
            yield Document(where, error=f"{where}: expected a JSON object")
            continue
        text = record.get(text_field)
        if not isinstance(text, str):
            yield Document(where, error=f"{where}: field '{text_field}': missing or not a string")
            continue
        identifier = record.get("id")
        label = f"{source}:{identifier}" if isinstance(identifier, (str, int)) else where
        yield Document(label, text)
