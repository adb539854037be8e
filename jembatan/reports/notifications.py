"""Who hears about a report, and what they read. Emails are sent by background tasks after the
change is committed, never inside the request.

Agency emails never name the reporter: an anonim reporter must stay hidden from the agency, and
the agency sees the reporter's contact (when allowed) on the report page itself.
"""

from __future__ import annotations

import hashlib
import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from jembatan.core import quiet
from jembatan.core.background import enqueue_on_commit
from jembatan.core.models import Jurisdiction, Membership, SentEmail, User
from jembatan.notifications import services
from jembatan.notifications.models import Frequency
from jembatan.reports.models import Privacy
from jembatan.reports.selectors import public_text

logger = logging.getLogger(__name__)

# kind → (send to reporter, send to agency, send to coordinators)
KINDS = {
    "report_received": (True, False, False),
    "report_disposed": (True, True, False),
    "report_updated": (True, False, False),
    "report_returned": (False, False, True),
    "report_reopened": (True, True, False),
    "report_objection": (True, True, False),
    "report_urgent": (False, True, True),
    "reporter_message": (False, True, False),
    "deadline_reminder": (False, True, False),
    "deadline_missed": (False, False, True),
}


def after_commit(kind: str, report, *, agency_ids: list[int] | None = None) -> None:
    """Enqueue the notification once the surrounding transaction has committed."""
    if quiet.is_suppressed():
        return
    enqueue_on_commit("jembatan.reports.tasks.send_report_notification", kind, report.pk,
                      agency_ids or [])


def _absolute(path: str) -> str:
    return settings.SITE_URL + path


def _send(*, to: list[str], subject: str, template: str, context: dict,
          once_key: str | None = None) -> int:
    if not to:
        return 0
    body = render_to_string(template, context)
    sent = 0
    # One message per recipient: staff addresses must not see each other, nor the reporter's.
    for address in sorted(set(to)):
        if once_key is None:
            sent += EmailMessage(subject=subject, body=body, to=[address]).send()
            continue
        key = hashlib.sha256(f"{once_key}\n{address.lower()}".encode()).hexdigest()
        if SentEmail.objects.filter(key=key).exists():
            continue
        # Recorded right after the server accepted it, in one statement (the narrowest window):
        # a worker killed between the two sends this one message again on the rerun, with the
        # same Message-ID so that mail programs show it once. Recording first would lose the
        # email instead.
        message = EmailMessage(subject=subject, body=body, to=[address],
                               headers={"Message-ID": f"<{key[:40]}@{_mail_domain()}>"})
        sent += message.send()
        SentEmail.objects.bulk_create([SentEmail(key=key)], ignore_conflicts=True)
    return sent


def send_access_key(*, report, access_key: str, to: str) -> int:
    """Email the tracking code and the access key to the address the reporter typed.

    Sent at once, not through a task: the key is stored nowhere but in the reporter's session,
    and a queued task would write it into the task table. The address may be anyone's, so the
    email carries neither the reporter's name nor the report's content.
    """
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "code": report.tracking_code,
            "access_key": access_key,
            "track_url": _absolute(reverse("reports:track")),
            "jurisdiction": Jurisdiction.current(),
        }
        subject = render_to_string("reports/email/access_key_subject.txt", context).strip()
        body = render_to_string("reports/email/access_key.txt", context)
    return EmailMessage(subject=subject, body=body, to=[to]).send()


def _mail_domain() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def _bell(kind: str, report, people: list, *, context: dict, once_key: str | None) -> None:
    """The staff's bell entry for the event, once per event even when the task runs again."""
    if once_key is not None:
        key = hashlib.sha256(f"bell\n{kind}\n{once_key}".encode()).hexdigest()
        if not SentEmail.objects.get_or_create(key=key)[1]:
            return
    bell_entry(kind, report, people, context=context)


def bell_entry(kind: str, report, people: list, *, context: dict | None = None) -> list:
    """Store the bell entries of one event (marked emailed: the email is the caller's). Its
    words never name the reporter; a rahasia report shows only its code."""
    context = context or {"report": report, "kind": kind}
    if report.privacy == Privacy.RAHASIA:
        body = gettext("This report is confidential: read it in Jembatan.")
    else:
        body = public_text(report.title)
    return services.notify(
        people, kind, emailed_by_caller=True, agency=report.lead_agency,
        title=render_to_string("reports/email/staff_subject.txt", context).strip(),
        body=body,
        url=reverse("reports:staff_detail", kwargs={"code": report.tracking_code}),
    )


def notify(kind: str, report, *, agency_ids: list[int], once_key: str | None = None) -> int:
    """Send the emails for one event on one report. Returns how many were sent.

    With `once_key` (the task run or the event), an address already emailed under that key is
    skipped, so a task that runs again never sends an email twice.
    """
    to_reporter, to_agency, to_coordinators = KINDS[kind]
    jurisdiction = Jurisdiction.current()
    sent = 0
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "report": report,
            "kind": kind,
            "jurisdiction": jurisdiction,
            "track_url": _absolute(reverse("reports:track")),
            "public_url": _absolute(report.get_absolute_url()),
            "staff_url": _absolute(reverse("reports:staff_detail",
                                           kwargs={"code": report.tracking_code})),
            "site_url": settings.SITE_URL,
        }
        if to_reporter and report.reporter_email:
            sent += _send(
                to=[report.reporter_email],
                subject=render_to_string("reports/email/reporter_subject.txt", context).strip(),
                template="reports/email/reporter.txt",
                context=context,
                once_key=once_key,
            )
        ids = agency_ids or ([report.lead_agency_id] if report.lead_agency_id else [])
        # No agency to tell (e.g. an objection to a request the coordinator rejected): the
        # coordinators are the ones who must act.
        to_coordinators = to_coordinators or (to_agency and not ids)
        staff = User.objects.none()
        if to_agency and ids:
            staff = staff | User.objects.filter(
                pk__in=Membership.objects.filter(agency_id__in=ids).values("user_id"))
        if to_coordinators:
            staff = staff | User.objects.filter(is_coordinator=True)
        people = list(staff.filter(is_active=True).only("pk", "email", "is_active").distinct())
        if people:
            frequency = services.frequencies([person.pk for person in people], kind)
            _bell(kind, report, people, context=context, once_key=once_key)
            # Right away by email as before; a digest gathers the bell entry instead, and
            # "not at all" means no email.
            sent += _send(
                to=[person.email for person in people
                    if person.email and frequency[person.pk] == Frequency.REALTIME],
                subject=render_to_string("reports/email/staff_subject.txt", context).strip(),
                template="reports/email/staff.txt",
                context=context,
                once_key=once_key,
            )
    # Log the code and the event only: never an address or a name.
    logger.info("report %s: %s notification, %s email(s)", report.tracking_code, kind, sent)
    return sent
