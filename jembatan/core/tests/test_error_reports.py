"""The error email to ADMINS carries the traceback, never what a citizen sent."""

import sys

from django.test import RequestFactory
from django.views.debug import ExceptionReporter

NIK = "3307012345670001"
PHONE = "0812 7777 8888"


def _report_of_a_failed_submission(settings) -> str:
    settings.DEBUG = False
    request = RequestFactory().post("/lapor/", {"title": f"NIK {NIK}", "reporter_phone": PHONE})

    def submit(title):
        body = f"Rahasia: {title} {PHONE}"
        raise ValueError(f"database refused the row ({len(body)} characters)")

    try:
        submit(request.POST["title"])
    except ValueError:
        reporter = ExceptionReporter(request, *sys.exc_info())
        return reporter.get_traceback_text() + reporter.get_traceback_html()
    raise AssertionError("no exception")


def test_the_error_report_hides_post_values_and_local_variables(settings):
    report = _report_of_a_failed_submission(settings)

    assert NIK not in report
    assert PHONE not in report
    assert "database refused the row" in report
    assert "in submit" in report  # the frames are still there to find the bug
