"""Import of historical comments and messages from export files, in the background.

Formats:
- CSV with a header row: `author`, `text`, `created_at`, `thread` (required) and `channel`,
  `post`, `id` (optional). `channel` is whatsapp/facebook/instagram/email/web (else the import's
  platform); `post` is the post's text or link; `id` the platform's id when the export has one.
- JSON shaped like the Graph API's comment lists, as Facebook and Instagram export tools write
  them: `{"data": [{"id", "message" | "text", "from": {"id", "name" | "username"} | "username",
  "created_time" | "timestamp", "comments" | "replies": {"data": [...]}}], "post": {"id",
  "message" | "caption", "permalink_url" | "permalink"}}`; replies join their top comment's
  conversation. A bare list of comments is accepted too.

Every item goes through inbound.receive with a stable id (the platform's id, or a hash of
channel, thread, author, time and text), so importing the same file again creates nothing.

History is not a backlog: items older than IMPORT_HISTORY_DAYS do not leave their conversation
waiting for an answer (waiting_since is cleared), so an import never floods the unanswered
queue or the response metrics with years-old comments. Recent items wait as if just received.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import logging
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from jembatan.connectors import inbound
from jembatan.connectors.models import Conversation, ImportJob, Platform
from jembatan.connectors.redact import log_failure
from jembatan.core import forms as core_forms
from jembatan.core import public_cache, quiet

logger = logging.getLogger(__name__)

MAX_FILE_SIZE = 10 * 1024 * 1024
MAX_ITEMS = 50_000
IMPORT_HISTORY_DAYS = 7
PROGRESS_EVERY = 25  # rows between progress writes
TEXT_LIMIT = 20_000

REQUIRED_COLUMNS = ("author", "text", "created_at", "thread")
DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M",
                "%d-%m-%Y %H:%M", "%Y-%m-%d", "%d/%m/%Y")

# Row errors are stored as codes and shown in the reader's language.
ERROR_MESSAGES = {
    "no_text": gettext_lazy("Line %(line)s: the text is empty."),
    "no_author": gettext_lazy("Line %(line)s: the author is missing."),
    "no_thread": gettext_lazy("Line %(line)s: the thread is missing."),
    "bad_date": gettext_lazy("Line %(line)s: “%(value)s” is not a date and time we can read."),
    "future_date": gettext_lazy("Line %(line)s: the date lies in the future."),
    "bad_channel": gettext_lazy("Line %(line)s: “%(value)s” is not a channel."),
    "bad_item": gettext_lazy("Item %(line)s: not a comment object."),
    "failed": gettext_lazy("Line %(line)s: the item could not be stored."),
}


def error_text(error: dict) -> str:
    if error.get("code") == "file":  # the whole file, worded when the job ran
        return str(error.get("value", ""))
    template = ERROR_MESSAGES.get(error.get("code", ""), ERROR_MESSAGES["failed"])
    return str(template) % {"line": error.get("line", "?"), "value": error.get("value", "")}


@dataclass
class Row:
    line: int
    item: inbound.InboundItem | None = None
    error: dict | None = None


class ImportFileError(ValidationError):
    """The whole file cannot be read: nothing is imported and the uploader is told why."""


# --- Reading the files ------------------------------------------------------------------------


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError(_("The file is not UTF-8 text. Save it as CSV UTF-8 or JSON "
                                "and upload it again.")) from None


def _parse_time(value, line: int) -> tuple[dt.datetime | None, dict | None]:
    text = str(value if value is not None else "").strip()
    moment = None
    if text.isdigit():
        try:
            moment = dt.datetime.fromtimestamp(int(text), tz=dt.UTC)
        except (OverflowError, OSError, ValueError):
            moment = None
    elif text:
        # The Graph API writes +0000 without a colon; Python reads both since 3.11.
        try:
            moment = parse_datetime(text) or dt.datetime.fromisoformat(text)
        except ValueError:
            moment = None
        for fmt in DATE_FORMATS:
            if moment is not None:
                break
            try:
                moment = dt.datetime.strptime(text, fmt)
            except ValueError:
                continue
    if moment is None:
        return None, {"line": line, "code": "bad_date", "value": text[:40]}
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)  # the installation's zone (WIB)
    if moment > timezone.now() + dt.timedelta(days=1):
        return None, {"line": line, "code": "future_date"}
    return moment, None


def _stable_id(channel: str, thread: str, author: str, at: dt.datetime, text: str) -> str:
    digest = hashlib.sha256("\x1f".join(
        [channel, thread, author, at.astimezone(dt.UTC).isoformat(), text]).encode()).hexdigest()
    return f"import:{digest[:40]}"


def _post_fields(value: str) -> dict:
    value = (value or "").strip()
    if value.startswith(("http://", "https://")):
        return {"post_url": value[:500]}
    return {"post_text": value}


def parse_csv(text: str, platform: str) -> list[Row]:
    reader = csv.DictReader(io.StringIO(text))
    columns = {(name or "").strip().lower() for name in reader.fieldnames or []}
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise ImportFileError(
            _("The CSV file lacks the columns: %(columns)s. The first line must name the "
              "columns author, text, created_at and thread.") % {"columns": ", ".join(missing)})
    rows: list[Row] = []
    for record in reader:
        line = reader.line_num
        record = {(k or "").strip().lower(): (v or "").strip() if isinstance(v, str) else ""
                  for k, v in record.items()}
        channel = (record.get("channel") or platform).lower()
        if channel not in Platform.values:
            rows.append(Row(line, error={"line": line, "code": "bad_channel",
                                         "value": channel[:30]}))
            continue
        author, body, thread = record["author"], record["text"], record["thread"]
        if not body:
            rows.append(Row(line, error={"line": line, "code": "no_text"}))
            continue
        if not author:
            rows.append(Row(line, error={"line": line, "code": "no_author"}))
            continue
        if not thread:
            rows.append(Row(line, error={"line": line, "code": "no_thread"}))
            continue
        at, error = _parse_time(record["created_at"], line)
        if error:
            rows.append(Row(line, error=error))
            continue
        external_id = record.get("id") or _stable_id(channel, thread, author, at, body)
        rows.append(Row(line, item=inbound.InboundItem(
            channel=channel, contact_id=author, contact_name=author, thread_key=thread,
            external_id=external_id, body=body[:TEXT_LIMIT], at=at,
            data={"imported": True}, **_post_fields(record.get("post", "")),
        )))
        if len(rows) > MAX_ITEMS:
            raise ImportFileError(_("The file has more than %(max)s items. Split it into "
                                    "smaller files.") % {"max": MAX_ITEMS})
    return rows


def _comment_item(raw: dict, *, platform: str, index: int, thread: str, post: dict,
                  parent: str = "") -> Row:
    sender = raw.get("from") if isinstance(raw.get("from"), dict) else {}
    author_id = str(sender.get("id") or sender.get("username") or raw.get("username") or "")
    name = str(sender.get("name") or sender.get("username") or raw.get("username") or "")
    body = str(raw.get("message") or raw.get("text") or "").strip()
    if not body:
        return Row(index, error={"line": index, "code": "no_text"})
    if not author_id:
        return Row(index, error={"line": index, "code": "no_author"})
    at, error = _parse_time(raw.get("created_time") or raw.get("timestamp"), index)
    if error:
        return Row(index, error=error)
    comment_id = str(raw.get("id") or "") or _stable_id(platform, thread, author_id, at, body)
    return Row(index, item=inbound.InboundItem(
        channel=platform, contact_id=author_id, contact_name=name,
        contact_handle=str(sender.get("username") or raw.get("username") or ""),
        thread_key=thread or comment_id, external_id=comment_id, parent_external_id=parent,
        body=body[:TEXT_LIMIT], at=at, data={"imported": True},
        post_id=str(post.get("id") or ""),
        post_text=str(post.get("message") or post.get("caption") or ""),
        post_url=str(post.get("permalink_url") or post.get("permalink") or "")[:500],
    ))


def parse_json(text: str, platform: str) -> list[Row]:
    try:
        document = json.loads(text)
    except ValueError as error:
        raise ImportFileError(_("The file is not valid JSON (line %(line)s).")
                              % {"line": getattr(error, "lineno", "?")}) from None
    except RecursionError:
        raise ImportFileError(_("The file is not valid JSON: it is nested too deeply.")) from None
    post = {}
    if isinstance(document, dict):
        post = document.get("post") if isinstance(document.get("post"), dict) else {}
        comments = document.get("data")
    else:
        comments = document
    if not isinstance(comments, list):
        raise ImportFileError(_("The JSON file has no list of comments (expected “data”: "
                                "[…] as the Graph API writes it)."))
    if platform not in (Platform.FACEBOOK, Platform.INSTAGRAM):
        raise ImportFileError(_("JSON comment exports are for Facebook and Instagram."))
    rows: list[Row] = []
    index = 0
    for raw in comments:
        index += 1
        if not isinstance(raw, dict):
            rows.append(Row(index, error={"line": index, "code": "bad_item"}))
            continue
        item_post = post
        for key in ("post", "media"):
            if isinstance(raw.get(key), dict):
                item_post = raw[key]
        top = _comment_item(raw, platform=platform, index=index, thread="", post=item_post)
        rows.append(top)
        thread = top.item.thread_key if top.item else str(raw.get("id") or "")
        replies = raw.get("comments") or raw.get("replies") or {}
        replies = replies.get("data", []) if isinstance(replies, dict) else replies
        for reply in replies if isinstance(replies, list) else []:
            index += 1
            if not isinstance(reply, dict) or not thread:
                rows.append(Row(index, error={"line": index, "code": "bad_item"}))
                continue
            rows.append(_comment_item(reply, platform=platform, index=index, thread=thread,
                                      post=item_post, parent=thread))
        if index > MAX_ITEMS:
            raise ImportFileError(_("The file has more than %(max)s items. Split it into "
                                    "smaller files.") % {"max": MAX_ITEMS})
    return rows


def parse_file(raw: bytes, *, name: str, platform: str) -> list[Row]:
    text = _decode(raw)
    stripped = text.lstrip()
    if name.lower().endswith(".json") or stripped.startswith(("{", "[")):
        rows = parse_json(text, platform)
    elif name.lower().endswith((".csv", ".txt")):
        rows = parse_csv(text, platform)
    else:
        raise ImportFileError(_("Upload a CSV or JSON file."))
    if not rows:
        raise ImportFileError(_("The file contains no comments or messages."))
    if not any(row.item for row in rows):
        first = next(row.error for row in rows if row.error)
        raise ImportFileError(_("No item in the file could be read. %(first_error)s")
                              % {"first_error": error_text(first)})
    return rows


# --- The work ---------------------------------------------------------------------------------


def run_import(job_id: int) -> str:
    """Process one import job. Safe to run again: stored items are recognised and skipped."""
    job = ImportJob.objects.select_related("agency").filter(pk=job_id).first()
    if job is None:
        return "missing"
    if job.status == ImportJob.Status.DONE:
        return "done"
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportJob.Status.RUNNING, processed=0, created=0, skipped=0, errors=[])
    try:
        with job.file.open("rb") as handle:
            rows = parse_file(handle.read(), name=job.original_name, platform=job.platform)
    except (ImportFileError, OSError) as error:
        message = core_forms.error_text(error) if isinstance(error, ValidationError) else str(error)
        ImportJob.objects.filter(pk=job.pk).update(
            status=ImportJob.Status.FAILED, finished_at=timezone.now(),
            errors=[{"line": 0, "code": "file", "value": message[:500]}])
        return "failed"
    cutoff = timezone.now() - dt.timedelta(days=IMPORT_HISTORY_DAYS)
    created = skipped = 0
    errors: list[dict] = []
    for done, row in enumerate(rows, start=1):
        if row.error:
            errors.append(row.error)
        else:
            try:
                # History is news to nobody: no webhook event for an imported conversation.
                with quiet.notifications_suppressed():
                    message, is_new = inbound.receive(row.item, agency=job.agency)
            except Exception as error:  # one bad item must not lose the rest of the file
                log_failure(logger, "import %s: line %s failed", job.pk, row.line, error=error)
                errors.append({"line": row.line, "code": "failed"})
            else:
                if is_new:
                    created += 1
                    if row.item.at and row.item.at < cutoff:
                        Conversation.objects.filter(
                            pk=message.conversation_id, waiting_since__lt=cutoff,
                        ).update(waiting_since=None)
                        public_cache.bump(public_cache.CONVERSATIONS)  # update(): no signal
                else:
                    skipped += 1
        if done % PROGRESS_EVERY == 0:
            ImportJob.objects.filter(pk=job.pk).update(
                processed=done, created=created, skipped=skipped, errors=errors[:500])
    ImportJob.objects.filter(pk=job.pk).update(
        status=ImportJob.Status.DONE, processed=len(rows), total=len(rows), created=created,
        skipped=skipped, errors=errors[:500], finished_at=timezone.now())
    return f"created {created}, skipped {skipped}, errors {len(errors)}"
