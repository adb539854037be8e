"""Reading a raw RFC 822 message: who wrote, to which thread it belongs, what is new in it.

Pure functions, no database: `parse_message(raw)` gives a ParsedEmail. The body shown in the
conversation is what the citizen wrote this time — quoted earlier messages ("On … wrote:",
"Pada … menulis:", lines starting with ">", Outlook's "From: … Sent: …" block) are cut — while
the full text is kept beside it. HTML-only mail is turned into plain text with the standard
library's parser: tags are dropped and scripts and styles never reach the text.

Mail from the real world breaks the rules: raw 8-bit headers, charset labels that lie, obsolete
RFC 2822 syntax, unquoted boundaries, no From at all. The standard library's `email` package
reads the structure (the modern policy first, `compat32` where it raises); this module only
decodes bytes the package leaves undecoded. Only empty input is refused: whatever else arrives
gives a ParsedEmail, and what could not be read is listed in `problems` (the message is then
stored in quarantine, with the original kept for coordinators).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import datetime as dt
import email
import email.errors
import email.header
import email.policy
import hashlib
import logging
import quopri
import re
from dataclasses import dataclass, field
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

logger = logging.getLogger(__name__)

# Message-IDs we make up for mail that has none: stable (the hash of the raw bytes), so the same
# bytes ingested twice are one message, and recognisable, so we never put them in References.
SYNTHETIC_DOMAIN = "tanpa-message-id.invalid"
# The contact of mail that names no sender: one per message (unrelated mails must not look like
# one person's earlier contacts); ".invalid" can never be delivered to (RFC 2606).
UNKNOWN_SENDER_DOMAIN = "pengirim.invalid"
MSGID = re.compile(r"<[^<>\s]+>")
# Reply and forward prefixes of common mail programs (English, Indonesian, German, Dutch, …).
SUBJECT_PREFIX = re.compile(r"^\s*((re|aw|sv|bls|balas|fw|fwd|tr|wg|tl)\s*(\[\d+\])?\s*:\s*)+",
                            re.I)
ADDRESS_HEADERS = {"from", "sender", "to", "cc", "reply-to", "delivered-to", "x-original-to"}
GUESS_SAMPLE = 64 * 1024
# How many forwarded messages (message/rfc822 parts) are written into the text, at most.
MAX_FORWARDED = 5


class MailParseError(ValueError):
    """The bytes are empty: there is nothing to store."""


# Why a message could not be read completely. Keys are stored with the message; the sentences
# staff read are in `jembatan.connectors.channels.email.quarantine`.
PROBLEM_NO_HEADERS = "no_headers"
PROBLEM_NO_SENDER = "no_sender"
PROBLEM_STRUCTURE = "structure"
PROBLEM_HEADER_UNDECODABLE = "header_undecodable"
PROBLEM_TEXT_UNDECODABLE = "text_undecodable"
PROBLEM_PARSER = "parser"


@dataclass
class ParsedPart:
    content_type: str
    filename: str
    content: bytes
    inline: bool = False
    content_id: str = ""


@dataclass
class Forwarded:
    """A message attached as message/rfc822: what it says, for the conversation text."""

    from_: str
    date: str
    subject: str
    text: str


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
    forwarded: list[Forwarded] = field(default_factory=list)
    auto_reason: str = ""  # why this is an automatic message ("" for a person's mail)
    problems: list[str] = field(default_factory=list)  # PROBLEM_* keys: what could not be read

    @property
    def is_automatic(self) -> bool:
        return bool(self.auto_reason)

    @property
    def has_sender(self) -> bool:
        return not is_unknown_sender(self.from_address)

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
    """Everything that can be read from `raw`. Raises MailParseError only for empty input."""
    if not raw or not raw.strip():
        raise MailParseError("empty message")
    raw = _quote_bare_boundaries(raw)
    for policy in (email.policy.default, email.policy.compat32):
        problems = [] if policy is email.policy.default else [PROBLEM_PARSER]
        try:
            return _parse(email.message_from_bytes(raw, policy=policy), raw, problems)
        except Exception as error:  # the parser has its corner cases; the next policy tries
            # The type only: the parser's message may quote the header (an address) it choked on.
            logger.info("email parsing with %s failed: %s", type(policy).__name__,
                        type(error).__name__)
    return _unparsed(raw)


def _unparsed(raw: bytes) -> ParsedEmail:
    """Neither policy could read the message: its bytes as text, for a person to read."""
    text = _tidy(decode_bytes(raw, None)[0])
    return ParsedEmail(from_address=unknown_sender(raw), from_name="", subject="",
                       message_id=synthetic_message_id(raw), message_id_synthetic=True,
                       in_reply_to="", references=[], date=None, text=text, body=text,
                       problems=[PROBLEM_PARSER])


def _parse(msg: Message, raw: bytes, problems: list[str]) -> ParsedEmail:
    headers = _Headers(msg)
    if not msg.keys():
        problems.append(PROBLEM_NO_HEADERS)
    from_name, from_address = headers.first_address("From")
    if "@" not in from_address:
        from_name, from_address = headers.first_address("Sender")
    if "@" not in from_address:
        from_name, from_address = "", unknown_sender(raw)
        if msg.keys():
            problems.append(PROBLEM_NO_SENDER)
    if any(isinstance(defect, (email.errors.StartBoundaryNotFoundDefect,
                               email.errors.MultipartInvariantViolationDefect))
           for part in msg.walk() for defect in part.defects):
        problems.append(PROBLEM_STRUCTURE)
    message_id = _ids(headers.text("Message-ID"))[:1]
    synthetic = not message_id
    body = _Body(msg)
    text = body.text
    parsed = ParsedEmail(
        from_address=from_address.lower(),
        from_name=from_name,
        subject=headers.text("Subject"),
        message_id=message_id[0] if message_id else synthetic_message_id(raw),
        message_id_synthetic=synthetic,
        in_reply_to=(_ids(headers.text("In-Reply-To")) or [""])[-1],
        references=_ids(headers.text("References")),
        date=headers.date(),
        to=headers.addresses("To"),
        cc=headers.addresses("Cc"),
        delivered_to=headers.addresses("Delivered-To") + headers.addresses("X-Original-To"),
        text=text,
        body=strip_quoted(text),
        is_html=body.is_html,
        attachments=body.attachments,
        forwarded=body.forwarded,
    )
    if headers.undecodable:
        problems.append(PROBLEM_HEADER_UNDECODABLE)
    if body.undecodable:
        problems.append(PROBLEM_TEXT_UNDECODABLE)
    parsed.problems = list(dict.fromkeys(problems))
    parsed.auto_reason = _automatic(msg, headers, parsed)
    return parsed


def synthetic_message_id(raw: bytes) -> str:
    return f"<{hashlib.sha256(raw).hexdigest()}@{SYNTHETIC_DOMAIN}>"


def unknown_sender(raw: bytes) -> str:
    return f"tanpa-pengirim-{hashlib.sha256(raw).hexdigest()[:16]}@{UNKNOWN_SENDER_DOMAIN}"


def is_unknown_sender(address: str) -> bool:
    return address.lower().endswith(f"@{UNKNOWN_SENDER_DOMAIN}")


def is_synthetic(message_id: str) -> bool:
    return message_id.endswith(f"@{SYNTHETIC_DOMAIN}>")


def normalize_subject(subject: str) -> str:
    """The subject without Re:/Fwd:/Bls: prefixes, spaces collapsed, lower case."""
    return " ".join(SUBJECT_PREFIX.sub("", subject or "").split()).lower()


def reply_subject(subject: str) -> str:
    """ "Re: " once, whatever prefixes the thread has collected."""
    stripped = SUBJECT_PREFIX.sub("", subject or "").strip()
    return f"Re: {stripped}"


# --- bytes to text -------------------------------------------------------------------------

# Labels that name a smaller charset than the senders use: decode with the superset.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "iso8859-1": "cp1252", "latin-1": "cp1252",
              "ascii": "cp1252", "iso8859-9": "cp1254", "tis-620": "cp874", "ks_c_5601-1987":
              "cp949", "euc_kr": "cp949", "shift_jis": "cp932", "big5": "big5hkscs"}
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
# Charsets whose text is all 7-bit bytes: an ASCII-only payload still needs the label.
_SEVEN_BIT = ("iso2022", "utf_7", "hz")


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip('"').lower()).name
    except (LookupError, ValueError):
        return None
    return _SUPERSETS.get(name, name)


def decode_bytes(data: bytes, label: str | None) -> tuple[str, bool]:
    """Text from bytes in a charset that may be mislabelled; (text, decoded without loss).

    Valid UTF-8 wins over any other label: text in another charset is practically never valid
    UTF-8, while UTF-8 labelled GB2312 or Latin-1 (a misconfigured mail program or gateway) is
    common, and decoding it with the label gives mojibake. Then the label, then a guess from the
    bytes (charset-normalizer), then Windows-1252, which reads every byte.
    """
    if not data:
        return "", True
    codec = _codec(label)
    if data.isascii() and not (codec and codec.startswith(_SEVEN_BIT)):
        return data.decode("ascii"), True
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    if codec and codec != "utf-8":
        try:
            return data.decode(codec), True
        except (UnicodeDecodeError, LookupError):
            pass
    # Neither UTF-8 nor the label (if any) fits: a guess. Without a label a guess is all the
    # sender left us; with a label that does not fit, the text may be wrong.
    certain = not label
    guess = _guess(data)
    if guess is not None:
        return guess, certain
    try:
        return data.decode("cp1252"), certain
    except UnicodeDecodeError:
        return data.decode("latin-1"), certain


def _guess(data: bytes) -> str | None:
    if len(data) < 32:  # too short to tell a charset from its bytes
        return None
    from charset_normalizer import from_bytes

    # A sample is enough to tell the charset, and keeps a large body fast.
    matches = list(from_bytes(data[:GUESS_SAMPLE]))
    if not matches:
        return None
    best = matches[0]
    # Western text fits many single-byte charsets equally well; among equals, the one mail
    # programs actually use here (Windows-1252) rather than the detector's first pick.
    encoding = next((match.encoding for match in matches
                     if match.encoding in _WESTERN and match.chaos <= best.chaos + 0.01),
                    best.encoding)
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return data.decode(encoding, errors="replace")


def _repair(text: str, labels: list[str]) -> str:
    """Text the email package decoded with a lying label, decoded again as UTF-8 if it was."""
    if text.isascii():
        return text
    codecs_tried = []
    for label in [*labels, "latin-1", "cp1252"]:
        try:
            named = codecs.lookup(label.strip().strip('"').lower()).name
        except (LookupError, ValueError):
            continue
        # The package decodes with the label itself, not the superset we would use.
        codecs_tried += [named, _SUPERSETS.get(named, named)]
    for codec in dict.fromkeys(codecs_tried):
        if codec == "utf-8":
            continue
        try:
            data = text.encode(codec, "surrogateescape")
        except (UnicodeEncodeError, LookupError):
            continue
        if not data.isascii():
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                continue
    return text


_SURROGATE = re.compile("[\ud800-\udfff]+")


def _unescape(text: str) -> str:
    """Undecoded bytes (surrogate escapes) decoded: nothing undecodable reaches the database."""
    if not _SURROGATE.search(text):
        return text
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return decode_bytes(data, None)[0]


# --- headers -------------------------------------------------------------------------------

_ENCODED_WORD_CHARSET = re.compile(r"=\?([^?\s*]+)(?:\*[^?]*)?\?[bqBQ]\?", re.I)
_BOUNDARY_LINE = re.compile(rb"(?im)^(content-type:[^\r\n]*?;\s*(?:\r?\n[ \t]+)?[^\r\n]*?"
                            rb"\bboundary\s*=\s*)([^\"\s;][^;\r\n]*?)([ \t]*(?:;|\r?\n|$))")


def _quote_bare_boundaries(raw: bytes) -> bytes:
    """`boundary=----=_Part_1` or `boundary=simple boundary` unquoted: RFC 2045 wants quotes
    around such values and the parser stops at the "=" or the space; quote them."""
    if b"oundary" not in raw and b"OUNDARY" not in raw:
        return raw

    def quote(match: re.Match) -> bytes:
        value = match.group(2).rstrip()
        if re.fullmatch(rb"[A-Za-z0-9'()+_,\-./:?]+", value):  # a token: fine as it is
            return match.group(0)
        return match.group(1) + b'"' + value + b'"' + match.group(3)

    return _BOUNDARY_LINE.sub(quote, raw)


class _Headers:
    """Header values decoded whatever the bytes: raw 8-bit, lying labels, obsolete syntax."""

    def __init__(self, msg: Message) -> None:
        self.msg = msg
        self.undecodable = False

    def raw(self, name: str) -> list[str]:
        wanted = name.lower()
        values = []
        for key, value in self.msg.raw_items():
            if key.lower() != wanted:
                continue
            if not isinstance(value, str):  # a compat32 Header object
                value = str(value)
            value = re.sub(r"\r?\n(?=[ \t])", "", value)  # unfold (RFC 5322 2.2.3)
            if _SURROGATE.search(value):
                value = _unescape(value)  # raw 8-bit bytes in a header: UTF-8 or a guess
            values.append(value)
        return values

    def _parsed(self, name: str, value: str):
        try:
            return email.policy.default.header_factory(name, value)
        except Exception:  # a header the modern parser cannot take; compat32 reads it below
            return None

    def text(self, name: str) -> str:
        values = self.raw(name)
        if not values:
            return ""
        value = values[0]
        header = self._parsed(name, value)
        if header is not None:
            text = str(header)
        else:
            try:
                text = str(email.header.make_header(email.header.decode_header(value)))
            except Exception:
                text = value
        return self._clean(text, value)

    def _clean(self, text: str, source: str) -> str:
        text = _repair(text, _ENCODED_WORD_CHARSET.findall(source))
        if _SURROGATE.search(text) or "\ufffd" in text:
            self.undecodable = True
            text = _SURROGATE.sub("\ufffd", text)
        # Folded lines still carry their line breaks.
        return " ".join(text.split())

    def address_list(self, name: str) -> list[tuple[str, str]]:
        """(display name, address) pairs; the address only ever from the addr-spec."""
        pairs = []
        for value in self.raw(name):
            header = self._parsed(name, value)
            addresses = getattr(header, "addresses", None) if header is not None else None
            old = getaddresses([value])
            if addresses is not None and (addresses or not any(a for _n, a in old)):
                for index, address in enumerate(addresses):
                    display = address.display_name
                    if not display and len(old) == len(addresses) and \
                            old[index][1].lower() == address.addr_spec.lower():
                        display = old[index][0]  # "bob@example.com (Bob Smith)": the comment
                    pairs.append((self._clean(display, value), address.addr_spec.strip()))
            else:
                pairs += [(self._clean(_decode_words(display), value), address.strip())
                          for display, address in old]
        return pairs

    def first_address(self, name: str) -> tuple[str, str]:
        for display, address in self.address_list(name):
            if "@" in address:
                return display, address
        return "", ""

    def addresses(self, name: str) -> list[str]:
        return [address.lower() for _display, address in self.address_list(name)
                if "@" in address]

    def date(self) -> dt.datetime | None:
        values = self.raw("Date")
        if not values:
            return None
        try:
            value = parsedate_to_datetime(values[0].strip())
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if value is None:
            return None
        if value.year < 1000:  # RFC 5322 4.3: a three-digit year is counted from 1900
            try:
                value = value.replace(year=value.year + 1900)
            except ValueError:
                return None
        if value.tzinfo is None:  # "-0000": the sender did not know its zone; RFC 5322 says UTC
            value = value.replace(tzinfo=dt.UTC)
        return value


def _decode_words(value: str) -> str:
    try:
        return str(email.header.make_header(email.header.decode_header(value)))
    except Exception:
        return value


def _ids(value) -> list[str]:
    seen: list[str] = []
    for found in MSGID.findall(str(value or "")):
        found = found[:255]  # as stored (external_id), so a repeat finds the stored message
        if found not in seen:
            seen.append(found)
    return seen


AUTO_FROM = re.compile(r"^(mailer-daemon|postmaster|no-?reply|do-?not-?reply)@", re.I)


def _automatic(msg: Message, headers: _Headers, parsed: ParsedEmail) -> str:
    """Out-of-office replies, bounces and bulk mail (RFC 3834, RFC 3464 and common practice)."""
    auto_submitted = headers.text("Auto-Submitted").lower()
    if auto_submitted and auto_submitted != "no":
        return f"auto-submitted: {auto_submitted}"
    # (Not X-Auto-Response-Suppress: Outlook sets it on ordinary mail too.)
    for name in ("X-Autoreply", "X-Autorespond"):
        if headers.raw(name):
            return name.lower()
    precedence = headers.text("Precedence").lower()
    if precedence in ("bulk", "junk", "list", "auto_reply", "auto-reply"):
        return f"precedence: {precedence}"
    if msg.get_content_type() == "multipart/report":
        return "delivery report"
    if AUTO_FROM.match(parsed.from_address):
        return f"from: {parsed.from_address.split('@')[0]}"
    return ""


# --- body ----------------------------------------------------------------------------------


def _payload_bytes(part: Message) -> bytes:
    try:
        return part.get_payload(decode=True) or b""
    except Exception:  # a transfer encoding the package cannot undo: decode it ourselves
        payload = part.get_payload()
        if not isinstance(payload, str):
            return b""
        data = payload.encode("ascii", "surrogateescape")
        cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
        if cte == "base64":
            try:
                return base64.b64decode(data + b"===", validate=False)
            except (binascii.Error, ValueError):
                return data
        if cte == "quoted-printable":
            return quopri.decodestring(data)
        return data


def _filename(part: Message) -> str:
    try:
        name = part.get_filename() or ""
    except Exception:
        name = ""
    return " ".join(_repair(_unescape(str(name)), []).split())


def _disposition(part: Message) -> str | None:
    try:
        return part.get_content_disposition()
    except Exception:
        return None


class _Body:
    """The text of a message, its files, and the messages forwarded in it.

    The body is the first text/plain part that is not an attachment (or, failing that, the
    first text/html), outside forwarded messages: what `EmailMessage.get_body` chooses, done by
    hand so that a compat32 message (the parser's fallback) is read the same way.
    """

    def __init__(self, msg: Message, depth: int = 0) -> None:
        self.undecodable = False
        self.attachments: list[ParsedPart] = []
        self.forwarded: list[Forwarded] = []
        self.depth = depth
        placed = list(_leaves(msg))
        leaves = [part for part, _alternative in placed]
        body = self._choose(leaves)
        self.is_html = body is not None and body.get_content_type() == "text/html"
        texts = []
        if body is not None:
            texts.append(self._text(body))
        for part, alternative in placed:
            if part is body:
                continue
            if (body is not None and not alternative
                    and part.get_content_type() in ("text/plain", "text/html")
                    and _disposition(part) != "attachment" and not _filename(part)):
                # Text, a photo, more text (Apple Mail, phones): every text part is the body.
                texts.append(self._text(part))
                continue
            if part.get_content_type() == "message/rfc822":
                self._forwarded(part)
                continue
            if part.get_content_maintype() == "multipart":
                continue  # a multipart whose parts could not be found (PROBLEM_STRUCTURE)
            filename = _filename(part)
            if (part.get_content_maintype() == "text" and not filename
                    and _disposition(part) != "attachment"):
                continue  # the other alternative of the body
            content = _payload_bytes(part)
            if not content and not filename:
                continue  # an empty part: nothing to keep, nothing to mention
            self.attachments.append(ParsedPart(
                content_type=part.get_content_type(),
                filename=filename[:200],
                content=content,
                inline=_disposition(part) == "inline",
                content_id=(_ids(part.get("Content-ID", "")) or [""])[0],
            ))
        self.text = "\n\n".join(text for text in texts if text)

    def _text(self, part: Message) -> str:
        content = self._decode(part)
        return html_to_text(content) if part.get_content_type() == "text/html" \
            else _tidy(content)

    def _choose(self, leaves: list[Message]) -> Message | None:
        for wanted in ("text/plain", "text/html"):
            for part in leaves:
                if part.get_content_type() == wanted and _disposition(part) != "attachment" \
                        and not _filename(part):
                    return part
        return None

    def _decode(self, part: Message) -> str:
        data = _payload_bytes(part)
        try:
            label = part.get_content_charset()
        except Exception:
            label = None
        text, clean = decode_bytes(data, label)
        self.undecodable = self.undecodable or not clean
        return text

    def _forwarded(self, part: Message) -> None:
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) and inner else inner
        if not isinstance(inner, Message):
            return
        if self.depth < 2 and len(self.forwarded) < MAX_FORWARDED:
            headers = _Headers(inner)
            body = _Body(inner, depth=self.depth + 1)
            sender_name, sender = headers.first_address("From")
            self.forwarded.append(Forwarded(
                from_=f"{sender_name} <{sender}>" if sender_name and sender else
                sender or sender_name,
                date=headers.text("Date"), subject=headers.text("Subject"), text=body.text))
            self.forwarded += body.forwarded
            self.attachments += body.attachments
            self.undecodable = self.undecodable or body.undecodable or headers.undecodable


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    joined = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", joined)


def _leaves(part: Message, alternative: bool = False):
    """Every leaf part, and whether it is (inside) an alternative of another part."""
    if part.get_content_type() == "message/rfc822":
        yield part, alternative  # a forwarded email is one piece, not parts of this message
    elif part.is_multipart():
        payload = part.get_payload()
        inner = alternative or part.get_content_type() == "multipart/alternative"
        for sub in payload if isinstance(payload, list) else []:
            yield from _leaves(sub, inner)
    else:
        yield part, alternative


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
