"""Background work survives a dead worker (database backend): stuck runs are queued again or
failed visibly, coordinators see and retry them, and a rerun never sends an email twice."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import threading

import pytest
from aiosmtpd.controller import Controller
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from jembatan.core import actions, background
from jembatan.core.models import AuditEntry, Membership
from jembatan.core.tests.factories import MembershipFactory, UserFactory
from jembatan.reports import tasks as report_tasks
from jembatan.reports.models import Report
from jembatan.reports.tasks import triage_report
from jembatan.reports.tests.factories import ReportFactory


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def running(task_path_result, *, worker_id: str, started_ago=dt.timedelta(seconds=1),
            attempts: int = 1) -> DBTaskResult:
    """The state a worker leaves behind when it is killed mid-task."""
    row = DBTaskResult.objects.get(pk=task_path_result.id)
    row.status = TaskResultStatus.RUNNING
    row.started_at = timezone.now() - started_ago
    row.worker_ids = [f"{socket.gethostname()[:30]}:{dead_pid()}:x"] * (attempts - 1) + [worker_id]
    row.save()
    return row


def dead_worker() -> str:
    return f"{socket.gethostname()[:30]}:{dead_pid()}:killed"


def live_worker() -> str:
    return f"{socket.gethostname()[:30]}:{os.getpid()}:alive"


@pytest.fixture
def report(db):
    return ReportFactory()


def test_a_run_whose_worker_died_is_queued_again(report):
    row = running(triage_report.enqueue(report.pk), worker_id=dead_worker())

    assert actions.tasks_recover_stalled() == {"requeued": 1, "failed": 0}

    row.refresh_from_db()
    assert row.status == TaskResultStatus.READY
    assert row.started_at is None
    assert len(row.worker_ids) == 1  # the attempt is remembered
    assert DBTaskResult.objects.ready().filter(pk=row.pk).exists()
    assert AuditEntry.objects.filter(action="task_requeue").count() == 1


def test_a_run_whose_workers_died_too_often_fails_with_a_reason(report, settings):
    settings.TASKS_MAX_ATTEMPTS = 3
    row = running(triage_report.enqueue(report.pk), worker_id=dead_worker(), attempts=3)

    assert actions.tasks_recover_stalled() == {"requeued": 0, "failed": 1}

    row.refresh_from_db()
    assert row.status == TaskResultStatus.FAILED
    assert row.exception_class_path == "jembatan.core.background.WorkerLost"
    assert background.problem_tasks()[0].error == "Prosesnya terhenti pada setiap percobaan."


def test_a_run_on_a_live_worker_is_left_alone_however_long_it_takes(report, settings):
    settings.TASKS_TIME_LIMIT_MINUTES = 0
    row = running(triage_report.enqueue(report.pk), worker_id=live_worker())

    assert actions.tasks_recover_stalled() == {"requeued": 0, "failed": 0}
    row.refresh_from_db()
    assert row.status == TaskResultStatus.RUNNING


def test_a_process_that_reused_a_dead_workers_pid_does_not_keep_its_run(report):
    # This test process started after the claim, so it cannot be the worker that claimed it.
    row = running(triage_report.enqueue(report.pk), worker_id=live_worker(),
                  started_ago=dt.timedelta(days=30))

    assert actions.tasks_recover_stalled() == {"requeued": 1, "failed": 0}
    row.refresh_from_db()
    assert row.status == TaskResultStatus.READY


@pytest.mark.parametrize(("minutes", "recovered"), [(10, 0), (45, 1)])
def test_a_worker_that_cannot_be_checked_counts_as_gone_after_the_time_limit(
        report, settings, minutes, recovered):
    settings.TASKS_TIME_LIMIT_MINUTES = 30
    running(triage_report.enqueue(report.pk), worker_id="another-host:123:abc",
            started_ago=dt.timedelta(minutes=minutes))

    assert actions.tasks_recover_stalled()["requeued"] == recovered


def test_coordinators_see_stuck_and_failed_work_in_words(report, coordinator, login):
    running(triage_report.enqueue(report.pk), worker_id=dead_worker())
    failed = running(report_tasks.send_report_notification.enqueue("report_received",
                                                                    report.pk, []),
                     worker_id=dead_worker())
    failed.set_failed(background.WorkerLost("lost"))
    triage_report.enqueue(report.pk)  # waits for a worker

    page = login(coordinator).get(reverse("core:start")).content.decode()

    assert "1 tugas menunggu diproses; yang paling lama sejak" in page

    assert "Triase laporan baru" in page
    assert "macet: prosesnya terhenti" in page
    assert "Email tentang laporan" in page
    assert ">gagal<" in page
    assert page.count("Jalankan lagi") == 2
    for machine_word in ("RUNNING", "FAILED", "SUCCESSFUL", "READY", "WorkerLost"):
        assert machine_word not in page


def test_a_coordinator_runs_failed_work_again_and_it_is_audited(report, coordinator, login):
    row = running(triage_report.enqueue(report.pk), worker_id=dead_worker())
    row.set_failed(RuntimeError("model missing"))

    response = login(coordinator).post(reverse("core:task_retry", args=[row.pk]))

    assert response.status_code == 302
    row.refresh_from_db()
    assert row.status == TaskResultStatus.READY
    entry = AuditEntry.objects.get(action="task_retry")
    assert entry.actor == coordinator
    assert entry.object_repr == "Triase laporan baru"
    assert entry.changes == {"status": ["gagal", "menunggu"]}


def test_an_officer_may_not_run_work_again(report, officer_a, login):
    row = running(triage_report.enqueue(report.pk), worker_id=dead_worker())
    row.set_failed(RuntimeError("model missing"))

    response = login(officer_a).post(reverse("core:task_retry", args=[row.pk]))

    assert response.status_code == 403
    row.refresh_from_db()
    assert row.status == TaskResultStatus.FAILED
    assert not AuditEntry.objects.filter(action="task_retry").exists()


def test_work_that_is_done_or_running_is_not_run_again(report, coordinator, login):
    row = running(triage_report.enqueue(report.pk), worker_id=live_worker())
    client = login(coordinator)

    assert client.post(reverse("core:task_retry", args=[row.pk])).status_code == 409
    row.set_successful(None)
    assert client.post(reverse("core:task_retry", args=[row.pk])).status_code == 409
    assert client.get(reverse("core:task_retry", args=[row.pk])).status_code == 405


# --- A worker killed in the middle of sending emails ----------------------------------------


class BlockingSMTP:
    """Accepts mail, but holds the `block_at`-th message until released, then refuses it, as
    a server does whose client vanished mid-message."""

    def __init__(self, block_at: int) -> None:
        self.block_at = block_at
        self.seen = 0
        self.accepted: list[str] = []
        self.blocked = threading.Event()
        self.released = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        self.seen += 1
        if self.seen == self.block_at:
            self.blocked.set()
            while not self.released.is_set():
                await asyncio.sleep(0.05)
            return "451 Requested action aborted"
        self.accepted.extend(envelope.rcpt_tos)
        return "250 OK"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_worker_killed_mid_task_is_recovered_and_no_email_goes_twice(
        processes, jurisdiction, agency_a):
    for name in ("eko", "sri"):
        MembershipFactory(agency=agency_a, role=Membership.Role.OFFICER,
                          user=UserFactory(username=name, email=f"{name}@dpupr.go.id"))
    report = ReportFactory(reporter_email="wagiyem@contoh.id")
    Report.objects.filter(pk=report.pk).update(lead_agency=agency_a)
    DBTaskResult.objects.all().delete()  # the acknowledgement and triage of the new report
    result = report_tasks.send_report_notification.enqueue("report_disposed", report.pk,
                                                            [agency_a.pk])
    smtp = BlockingSMTP(block_at=2)
    port = free_port()
    controller = Controller(smtp, hostname="127.0.0.1", port=port)
    controller.start()
    mail_env = {"EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(port), "EMAIL_USE_TLS": "0",
                "EMAIL_USE_SSL": "0"}
    try:
        worker = processes.start("db_worker", "--no-reload", "--no-startup-delay",
                                 "--interval", "0.2", env=mail_env)
        assert smtp.blocked.wait(60), "the worker never reached the second email"
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
        smtp.released.set()

        row = DBTaskResult.objects.get(pk=result.id)
        assert row.status == TaskResultStatus.RUNNING  # what a dead worker leaves behind
        assert smtp.accepted == ["wagiyem@contoh.id"]

        assert actions.tasks_recover_stalled() == {"requeued": 1, "failed": 0}
        processes.run("db_worker", "--no-reload", "--no-startup-delay", "--batch",
                      env=mail_env)
    finally:
        controller.stop()

    row.refresh_from_db()
    assert row.status == TaskResultStatus.SUCCESSFUL, row.traceback
    assert len(row.worker_ids) == 2
    assert sorted(smtp.accepted) == ["eko@dpupr.go.id", "sri@dpupr.go.id", "wagiyem@contoh.id"]


def test_a_new_worker_queues_the_work_of_a_killed_one_before_starting(
        processes, report, agency_a):
    row = running(triage_report.enqueue(report.pk), worker_id=dead_worker())

    output = processes.run("db_worker", "--no-reload", "--no-startup-delay", "--batch")

    assert "1 queued again" in output
    row.refresh_from_db()
    assert row.status == TaskResultStatus.SUCCESSFUL, row.traceback


def test_rerunning_a_report_notification_sends_nothing_twice(report, mailoutbox):
    from jembatan.reports import notifications

    report.reporter_email = "wagiyem@contoh.id"
    first = notifications.notify("report_received", report, agency_ids=[], once_key="task:1")
    again = notifications.notify("report_received", report, agency_ids=[], once_key="task:1")

    assert (first, again) == (1, 0)
    assert len(mailoutbox) == 1
    assert mailoutbox[0].extra_headers["Message-ID"].endswith("@127.0.0.1>")


def test_an_urgent_report_is_told_by_a_task_of_its_own(report, agency_a,
                                                       django_capture_on_commit_callbacks):
    from jembatan.reports import routing

    report.title, report.body = "Kebakaran", "Ada kebakaran rumah, api membesar sekarang"
    report.save()
    DBTaskResult.objects.all().delete()

    with django_capture_on_commit_callbacks(execute=True):
        routing.report_triage(report_id=report.pk)

    queued = DBTaskResult.objects.get()
    assert queued.task_path == "jembatan.reports.tasks.send_report_notification"
    assert queued.args_kwargs["args"][0] == "report_urgent"


def test_an_unknown_task_is_404(coordinator, login):
    url = reverse("core:task_retry", args=["6f1c2a7e-3d1b-4f7a-9a51-0c2e5d8b9f10"])

    assert login(coordinator).post(url).status_code == 404


def test_the_scheduled_work_table_shows_the_last_result_in_words(coordinator, login):
    from jembatan.core.models import ScheduledJob
    from jembatan.core.tasks import recover_stalled_tasks

    result = recover_stalled_tasks.enqueue()
    DBTaskResult.objects.get(pk=result.id).set_successful({"requeued": 0, "failed": 0})
    ScheduledJob.objects.create(name="recover_stalled_tasks", last_enqueued_at=timezone.now(),
                                last_result_id=str(result.id))

    page = login(coordinator).get(reverse("core:start")).content.decode()

    assert "Mengantrekan ulang proses latar belakang yang terhenti" in page
    assert "<td>selesai</td>" in page
    assert "SUCCESSFUL" not in page


def test_coordinators_read_task_results_in_the_admin_and_officers_do_not(
        coordinator, officer_a, login):
    url = reverse("admin:django_tasks_database_dbtaskresult_changelist")

    assert login(coordinator).get(url).status_code == 200
    assert login(officer_a).get(url).status_code == 302  # to the admin login
    index = login(coordinator).get(reverse("admin:index")).content.decode()
    assert "Proses latar belakang" in index
    assert "Tasks Database Backend" not in index


def test_coordinators_see_the_work_waiting_for_a_recount_in_words(coordinator, officer_a,
                                                                  login):
    from jembatan.core.models import PendingWork

    PendingWork.objects.create(task_path="jembatan.insights.tasks.refresh_days",
                               key=[3, "2026-12-07"])
    url = reverse("admin:core_pendingwork_changelist")

    page = login(coordinator).get(url).content.decode()
    assert "Pembaruan angka kinerja" in page
    assert "jembatan.insights" not in page
    assert "2026-12-07" not in page
    assert login(officer_a).get(url).status_code == 302
    # Nobody adds, changes or removes it by hand.
    assert login(coordinator).get(reverse("admin:core_pendingwork_add")).status_code == 403
