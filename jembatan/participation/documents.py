"""Sections from a document: Markdown, Word (.docx) or OpenDocument (.odt). Each heading starts
a section; the text before the first heading becomes an introduction."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_IMPORT_BYTES = 5 * 1024 * 1024
MAX_SECTIONS = 200


@dataclass
class ParsedSection:
    title: str
    paragraphs: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(p for p in self.paragraphs if p.strip()).strip()


def _collect(blocks: list[tuple[bool, str]]) -> list[tuple[str, str]]:
    """(is_heading, text) blocks in order → (title, body) sections."""
    sections: list[ParsedSection] = []
    for is_heading, text in blocks:
        text = text.strip()
        if not text:
            continue
        if is_heading:
            sections.append(ParsedSection(title=text[:200]))
        else:
            if not sections:
                sections.append(ParsedSection(title=_("Introduction")))
            sections[-1].paragraphs.append(text)
    return [(s.title, s.body) for s in sections][:MAX_SECTIONS]


def _markdown(data: bytes) -> list[tuple[bool, str]]:
    from markdown_it import MarkdownIt

    source = data.decode("utf-8-sig", errors="replace")
    lines = source.splitlines()
    tokens = MarkdownIt("commonmark").parse(source)
    blocks: list[tuple[bool, str]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "heading_open":
            blocks.append((True, tokens[index + 1].content))
            index += 3
            continue
        # Body blocks keep their Markdown source (lists, quotes), read from the lines they span.
        if (token.level == 0 and token.map and token.type.endswith("_open")) or (
                token.level == 0 and token.map and token.type in ("fence", "code_block", "hr")):
            start, end = token.map
            blocks.append((False, "\n".join(lines[start:end])))
            depth = 1 if token.type.endswith("_open") else 0
            index += 1
            while depth and index < len(tokens):
                depth += tokens[index].nesting
                index += 1
            continue
        index += 1
    return blocks


def _docx(data: bytes) -> list[tuple[bool, str]]:
    import docx

    document = docx.Document(io.BytesIO(data))
    blocks = []
    for paragraph in document.paragraphs:
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        blocks.append((style.startswith("heading") or style == "title", paragraph.text))
    return blocks


def _odt(data: bytes) -> list[tuple[bool, str]]:
    from odf import teletype
    from odf.namespaces import TEXTNS
    from odf.opendocument import load

    document = load(io.BytesIO(data))
    blocks = []
    for element in document.text.childNodes:
        if element.qname == (TEXTNS, "h"):
            blocks.append((True, teletype.extractText(element)))
        elif element.qname == (TEXTNS, "p"):
            blocks.append((False, teletype.extractText(element)))
    return blocks


READERS = {".md": _markdown, ".markdown": _markdown, ".txt": _markdown, ".docx": _docx,
           ".odt": _odt}


def sections_from_document(*, filename: str, data: bytes) -> list[tuple[str, str]]:
    """The (title, body) sections of the document; ValidationError when it cannot be read."""
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    reader = READERS.get(suffix)
    if reader is None:
        raise ValidationError(_("Upload a Markdown (.md), Word (.docx) or OpenDocument (.odt) "
                                "file."), code="type")
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError(_("The document is larger than 5 MB."), code="size")
    try:
        sections = _collect(reader(data))
    except Exception as error:  # a broken or disguised file: any parser error means the same
        raise ValidationError(_("The document could not be read. Check that it is not damaged "
                                "and try again."), code="unreadable") from error
    if not sections:
        raise ValidationError(_("No text was found in the document."), code="empty")
    return sections
