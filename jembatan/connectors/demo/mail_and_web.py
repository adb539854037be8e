"""Email threads and portal questions of the Wonosobo demo.

Emails enter as real RFC 822 messages through the email parser (the path of the mail server's
pipe and of IMAP polling); portal questions through the web channel's own `ask`. Some are
answered by officers through `outbound.send_reply`, like the other channels.
"""

from __future__ import annotations

import datetime as dt
import random
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from django.db import transaction

from jembatan.connectors import actions, outbound
from jembatan.connectors.channels.email.ingest import email_ingest
from jembatan.connectors.models import ConnectedAccount, Conversation, Platform
from jembatan.core.demo.files import read_demo_file
from jembatan.core.models import Agency

_data = read_demo_file(__file__, "mail_and_web.toml")
# (agency slug, sender name, sender address, subject, text, answer or "")
EMAILS = [(row["agency"], row["name"], row["address"], row["subject"], row["text"],
           row.get("answer", "")) for row in _data["email"]]
# (agency slug, name, email or "", question, answer or "")
QUESTIONS = [(row["agency"], row["name"], row.get("email", ""), row["question"],
              row.get("answer", "")) for row in _data["question"]]


def _raw_email(*, sender: str, name: str, to: str, subject: str, text: str,
               at: dt.datetime) -> bytes:
    message = EmailMessage()
    message["From"] = f"{name} <{sender}>"
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(at)
    message["Message-ID"] = make_msgid(domain=sender.split("@")[1])
    message.set_content(text)
    return bytes(message)


def _officer(agency: Agency, rng: random.Random):
    staff = [m.user for m in agency.memberships.select_related("user")]
    return rng.choice(staff) if staff else None


def load(*, rng: random.Random, now: dt.datetime, log=print) -> None:
    if Conversation.objects.filter(channel__in=[Platform.EMAIL, Platform.WEB]).exists():
        return
    agencies = {a.slug: a for a in Agency.objects.filter(
        slug__in={row[0] for row in EMAILS + QUESTIONS})}
    emails = questions = answered = 0
    for slug, name, sender, subject, text, answer in EMAILS:
        agency = agencies.get(slug)
        account = ConnectedAccount.objects.filter(agency=agency, platform=Platform.EMAIL).first()
        if agency is None or account is None:
            continue
        at = now - dt.timedelta(days=rng.uniform(0.5, 12), minutes=rng.randint(0, 600))
        result = email_ingest(raw=_raw_email(sender=sender, name=name, to=account.external_id,
                                             subject=subject, text=text, at=at),
                              agency=agency, account=account)
        emails += 1
        answered += _answer(result.message.conversation, answer, agency, rng, at, now)
    for index, (slug, name, email, question, answer) in enumerate(QUESTIONS):
        agency = agencies.get(slug)
        if agency is None:
            continue
        at = now - dt.timedelta(days=rng.uniform(0.3, 9))
        conversation, _key = actions.web_question_ask(
            agency=agency, body=question, name=name, email=email, submission_id=f"demo-{index}",
            at=at)
        questions += 1
        answered += _answer(conversation, answer, agency, rng, at, now)
    log(f"Channels: {emails} email threads and {questions} portal questions "
        f"({answered} answered)")


def _answer(conversation, answer: str, agency, rng, asked_at, now) -> int:
    officer = _officer(agency, rng)
    if not answer or officer is None:
        return 0
    at = min(asked_at + dt.timedelta(hours=rng.uniform(1, 20)), now - dt.timedelta(minutes=5))
    with transaction.atomic():
        message = actions.conversation_reply(
            conversation=conversation, actor=officer, body=answer, at=at)
    outbound.deliver(message.pk, at=at + dt.timedelta(seconds=rng.randint(2, 30)))
    return 1
