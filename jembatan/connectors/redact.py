"""Logging a failure without what the citizen wrote.

An exception's text can quote the data it choked on: a database error repeats the values it
refused (a phone number, an email address), a parser the header it could not read. The logs
of channel work get the exception's type and the traceback's frames (file, line and source
only), never that text.
"""

from __future__ import annotations

import logging
import traceback


def log_failure(logger: logging.Logger, message: str, *args: object,
                error: BaseException) -> None:
    """`logger.exception` without the exception's message."""
    frames = "".join(traceback.format_tb(error.__traceback__)).rstrip()
    logger.error(message + ": %s\n%s", *args, type(error).__name__, frames)
