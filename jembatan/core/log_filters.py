"""Log filters for the one stderr handler (settings.LOGGING)."""

import logging


class NoTracebackForClientErrors(logging.Filter):
    """Keeps the line but drops the traceback of a 4xx response.

    Django logs every 403 and 404 with the exception that produced it (`log_response(...,
    exception=exc)`): a mistyped address or a stale bookmark would write a stack trace, and a
    visitor could fill the log with them. An expected refusal is one line; a server error
    (5xx) keeps its traceback, without local variables or request data (the formatter prints
    neither).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        if isinstance(status, int) and status < 500:
            record.exc_info = None
            record.exc_text = None
        return True


class NoTaskQueueChatter(logging.Filter):
    """Drops RQ's worker lines below WARNING.

    RQ writes four lines for every task, and the first names the task with its arguments
    ("triage_report(2216)", an address, a text): a log must never hold a task's arguments. Our
    own `"message": "task"` line (core/request_log.py) says what ran, once per task, without
    them. RQ's warnings and errors stay.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.name == "rq.worker" and record.levelno < logging.WARNING)
