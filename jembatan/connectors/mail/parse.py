"""Reading a raw RFC 822 message: who wrote, to which thread it belongs, what is new in it.

Pure functions, no database: `parse_message(raw)` gives a ParsedEmail. The body shown in the
conversation is what the citizen wrote this time — quoted earlier messages ("On … wrote:",
"Pada … menulis:", lines starting with ">", Outlook's "From: … Sent: …" block) are cut — while
the full text is kept beside it. HTML-only mail is turned into plain text with the standard
library's parser: tags are dropped and scripts and styles never reach the text.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr
from html.parser import HTMLParser

# Message-IDs we make up for mail that has none: stable (the hash of the raw bytes), so the same
# bytes ingested twice are one message, and recognisable, so we never put them in References.
SYNTHETIC_DOMAIN = "tanpa-message-id.invalid"
MSGID = re.compile(r"<[^<>\s]+>")
# Reply and forward prefixes of common mail programs (English, Indonesian, German, Dutch, …).
SUBJECT_PREFIX = re.compile(r"^\s*((re|aw|sv|bls|balas|fw|fwd|tr|wg|tl)\s*(\[\d+\])?\s*:\s*)+",
                            re.I)


class MailParseError(ValueError):
    """The bytes are not an email we can read (no sender, no headers)."""


@dataclass
class ParsedPart:
    content_type: str
    filename: str
    content: bytes
    inline: bool = False
    content_id: str = ""


@dataclass
class ParsedEmail:
    from_address: str
    from_name: str
    subject: str
    message_id: str
    message_id_synthetic: bool
    in_reply_to: str
    references: list[str]
    date: dt.datetime | None
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    delivered_to: list[str] = field(default_factory=list)
    text: str = ""  # the whole body as text, quotes included
    body: str = ""  # what is new in this message
    is_html: bool = False
    attachments: list[ParsedPart] = field(default_factory=list)
    auto_reason: str = ""  # why this is an automatic message ("" for a person's mail)

    @property
    def is_automatic(self) -> bool:
        return bool(self.auto_reason)

    @property
    def thread_ids(self) -> list[str]:
        """Message-IDs this message answers, root first (References, then In-Reply-To)."""
        ids = list(self.references)
        if self.in_reply_to and self.in_reply_to not in ids:
            ids.append(self.in_reply_to)
        return ids

    @property
    def recipients(self) -> list[str]:
        return [*self.delivered_to, *self.to, *self.cc]


def parse_message(raw: bytes) -> ParsedEmail:
    if not raw or not raw.strip():
        raise MailParseError("empty message")
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        return _parse(msg, raw)
    except MailParseError:
        raise
    except Exception as error:  # the header parser has its corner cases; never a traceback
        # The type only: the parser's message may quote the header (an address) it choked on.
        raise MailParseError(f"unreadable message: {type(error).__name__}") from error


def _parse(msg: EmailMessage, raw: bytes) -> ParsedEmail:
    if not msg.keys():
        raise MailParseError("no headers")
    from_name, from_address = _first_address(msg, "From")
    if not from_address:
        from_name, from_address = _first_address(msg, "Sender")
    if not from_address or "@" not in from_address:
        raise MailParseError("no sender address (From)")
    message_id = _ids(msg.get("Message-ID", ""))[:1]
    synthetic = not message_id
    text, is_html = _body_text(msg)
    parsed = ParsedEmail(
        from_address=from_address.lower(),
        from_name=from_name,
        subject=_clean_header(msg.get("Subject", "")),
        message_id=message_id[0] if message_id else synthetic_message_id(raw),
        message_id_synthetic=synthetic,
        in_reply_to=(_ids(msg.get("In-Reply-To", "")) or [""])[-1],
        references=_ids(msg.get("References", "")),
        date=_date(msg),
        to=_addresses(msg, "To"),
        cc=_addresses(msg, "Cc"),
        delivered_to=_addresses(msg, "Delivered-To") + _addresses(msg, "X-Original-To"),
        text=text,
        body=strip_quoted(text),
        is_html=is_html,
        attachments=list(_attachments(msg)),
    )
    parsed.auto_reason = _automatic(msg, parsed)
    return parsed


def synthetic_message_id(raw: bytes) -> str:
    return f"<{hashlib.sha256(raw).hexdigest()}@{SYNTHETIC_DOMAIN}>"


def is_synthetic(message_id: str) -> bool:
    return message_id.endswith(f"@{SYNTHETIC_DOMAIN}>")


def normalize_subject(subject: str) -> str:
    """The subject without Re:/Fwd:/Bls: prefixes, spaces collapsed, lower case."""
    return " ".join(SUBJECT_PREFIX.sub("", subject or "").split()).lower()


def reply_subject(subject: str) -> str:
    """ "Re: " once, whatever prefixes the thread has collected."""
    stripped = SUBJECT_PREFIX.sub("", subject or "").strip()
    return f"Re: {stripped}"


# --- headers -------------------------------------------------------------------------------


def _clean_header(value) -> str:
    # The default policy decodes RFC 2047 words; folded lines still carry their line breaks.
    return " ".join(str(value or "").split())


def _ids(value) -> list[str]:
    seen: list[str] = []
    for found in MSGID.findall(str(value or "")):
        if found not in seen:
            seen.append(found)
    return seen


def _first_address(msg: EmailMessage, name: str) -> tuple[str, str]:
    header = msg.get(name)
    if header is None:
        return "", ""
    addresses = getattr(header, "addresses", None)
    if addresses:
        first = addresses[0]
        return _clean_header(first.display_name), first.addr_spec.strip()
    display, address = parseaddr(str(header))
    return _clean_header(display), address.strip()


def _addresses(msg: EmailMessage, name: str) -> list[str]:
    values = [str(value) for value in (msg.get_all(name) or [])]
    return [address.lower() for _display, address in getaddresses(values) if "@" in address]


def _date(msg: EmailMessage) -> dt.datetime | None:
    header = msg.get("Date")
    try:
        value = getattr(header, "datetime", None)
    except (TypeError, ValueError):
        return None
    if value is None:
        return None
    if value.tzinfo is None:  # "-0000": the sender did not know its zone; RFC 5322 says UTC
        value = value.replace(tzinfo=dt.UTC)
    return value


AUTO_FROM = re.compile(r"^(mailer-daemon|postmaster|no-?reply|do-?not-?reply)@", re.I)


def _automatic(msg: EmailMessage, parsed: ParsedEmail) -> str:
    """Out-of-office replies, bounces and bulk mail (RFC 3834, RFC 3464 and common practice)."""
    auto_submitted = str(msg.get("Auto-Submitted", "")).strip().lower()
    if auto_submitted and auto_submitted != "no":
        return f"auto-submitted: {auto_submitted}"
    # (Not X-Auto-Response-Suppress: Outlook sets it on ordinary mail too.)
    for name in ("X-Autoreply", "X-Autorespond"):
        if msg.get(name) is not None:
            return name.lower()
    precedence = str(msg.get("Precedence", "")).strip().lower()
    if precedence in ("bulk", "junk", "list", "auto_reply", "auto-reply"):
        return f"precedence: {precedence}"
    if msg.get_content_type() == "multipart/report":
        return "delivery report"
    if AUTO_FROM.match(parsed.from_address):
        return f"from: {parsed.from_address.split('@')[0]}"
    return ""


# --- body ----------------------------------------------------------------------------------


def _content(part) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError, AssertionError):
        # Unknown or lying charset: decode the bytes leniently rather than lose the message.
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", errors="replace")
    if isinstance(content, bytes):
        content = content.decode("utf-8", errors="replace")
    return content


def _body_text(msg: EmailMessage) -> tuple[str, bool]:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return "", False
    content = _content(part)
    if part.get_content_type() == "text/html":
        return html_to_text(content), True
    return _tidy(content), False


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    joined = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", joined)


def _leaves(part):
    if part.get_content_type() == "message/rfc822":
        yield part  # a forwarded email is one attachment, not parts of this message
    elif part.is_multipart():
        for sub in part.iter_parts():
            yield from _leaves(sub)
    else:
        yield part


def _attachments(msg: EmailMessage):
    """Every part that is not the body text: files, and inline images of an HTML body."""
    body = msg.get_body(preferencelist=("plain", "html"))
    for part in _leaves(msg):
        if part is body:
            continue
        filename = _clean_header(part.get_filename() or "")
        if (part.get_content_maintype() == "text" and not filename
                and part.get_content_disposition() != "attachment"):
            continue  # the other alternative of the body
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            payload = inner[0].as_bytes() if isinstance(inner, list) and inner else b""
            filename = filename or "pesan-terlampir.eml"
        else:
            payload = part.get_payload(decode=True) or b""
        yield ParsedPart(
            content_type=part.get_content_type(),
            filename=filename[:200],
            content=payload,
            inline=part.get_content_disposition() == "inline",
            content_id=(_ids(part.get("Content-ID", "")) or [""])[0],
        )


class _TextExtractor(HTMLParser):
    """HTML to plain text. Blockquotes become "> " lines so the quote stripper sees them."""

    SKIP = {"script", "style", "head", "title", "template", "noscript", "svg", "object"}
    BLOCK = {"p", "div", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
             "section", "article", "header", "footer", "hr", "blockquote", "address", "dl", "dd",
             "dt", "center", "form", "body"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[list] = [[0, ""]]
        self.skip = 0
        self.quote = 0
        self.pre = 0

    def _newline(self) -> None:
        if self.lines[-1][1].strip():
            self.lines.append([self.quote, ""])
        else:
            self.lines[-1][0] = self.quote

    def _blank(self) -> None:
        self._newline()
        if len(self.lines) > 1 and self.lines[-2][1].strip():
            self.lines.append([self.quote, ""])

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "br":
            self.lines.append([self.quote, ""])
        elif tag == "blockquote":
            self.quote += 1
            self._newline()
        elif tag == "li":
            self._newline()
            self.lines[-1][1] += "- "
        elif tag in ("td", "th"):
            self.lines[-1][1] += " "
        elif tag == "pre":
            self.pre += 1
            self._blank()
        elif tag in self.BLOCK:
            self._blank() if tag in ("p", "h1", "h2", "h3", "table") else self._newline()

    def handle_startendtag(self, tag, attrs):
        if tag in ("br", "hr"):
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "blockquote":
            self.quote = max(0, self.quote - 1)
            self._newline()
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
            self._blank()
        elif tag in self.BLOCK or tag == "li":
            self._blank() if tag in ("p", "h1", "h2", "h3", "table") else self._newline()

    def handle_data(self, data):
        if self.skip:
            return
        if self.pre:
            first, *rest = data.split("\n")
            self.lines[-1][1] += first
            for line in rest:
                self.lines.append([self.quote, line])
            return
        text = re.sub(r"\s+", " ", data)
        if not self.lines[-1][1] or self.lines[-1][1].endswith(" "):
            text = text.lstrip()
        self.lines[-1][1] += text

    def text(self) -> str:
        out = []
        for depth, line in self.lines:
            line = line.strip().replace("\xa0", " ")
            out.append(f"{'>' * depth} {line}".rstrip() if depth else line)
        return _tidy("\n".join(out))


def html_to_text(html: str) -> str:
    parser = _TextExtractor()
    parser.feed(html or "")
    parser.close()
    return parser.text()


# --- quoted replies ------------------------------------------------------------------------

# "On Mon, 3 Mar 2026 at 09:12, Siti <siti@example.com> wrote:" — Gmail breaks long ones in two.
_ATTRIBUTION = re.compile(r"^\s*(on|pada|le|am|op|el)\b.{0,300}\b(wrote|menulis|a écrit|schrieb|"
                          r"schreef|escribió)\s*:\s*$", re.I | re.S)
_SEPARATORS = re.compile(
    r"^\s*(-{2,}\s*(original message|pesan asli|forwarded message|pesan yang diteruskan)\s*-{2,}"
    r"|_{20,}|-{20,}|Sent from my \w+.*|Dikirim dari \w+.*)\s*$", re.I)
_OUTLOOK_FROM = re.compile(r"^\s*\**(from|dari)\s*:\**\s*\S", re.I)
_OUTLOOK_NEXT = re.compile(r"^\s*\**(sent|date|dikirim|tanggal|to|kepada|subject|perihal|"
                           r"subjek)\s*:", re.I)


def strip_quoted(text: str) -> str:
    """What is new in a reply: everything up to the quoted earlier message, minus "> " lines.

    If nothing is left (a message that is all quote, or a forward) the whole text stays.
    """
    lines = text.split("\n")
    cut = len(lines)
    for index, line in enumerate(lines):
        # Gmail breaks a long attribution after "<": "On …, Siti <" / "siti@example.com> wrote:".
        two = f"{line} {lines[index + 1]}" if index + 1 < len(lines) else ""
        if _SEPARATORS.match(line) and not re.search(r"forward|diteruskan", line, re.I):
            cut = index
            break
        if _ATTRIBUTION.match(line) or ("@" in two and _ATTRIBUTION.match(two)
                                        and not _ATTRIBUTION.match(lines[index + 1])):
            cut = index
            break
        if _OUTLOOK_FROM.match(line) and any(_OUTLOOK_NEXT.match(following)
                                             for following in lines[index + 1:index + 4]):
            cut = index
            break
    kept = [line for line in lines[:cut] if not line.lstrip().startswith(">")]
    new = _tidy("\n".join(kept))
    return new or text.strip()
