"""Tasks that only tests enqueue: work that takes a known time, so a test can stop the process
running it in the middle."""

from __future__ import annotations

import os
import time
from pathlib import Path

from django_tasks import task


@task()
def pause_and_note(path: str, seconds: float) -> None:
    """Write "started <pid>" to `path`, wait `seconds`, then write "finished <pid>"."""
    note = Path(path)
    with note.open("a") as file:
        file.write(f"started {os.getpid()}\n")
    time.sleep(seconds)
    with note.open("a") as file:
        file.write(f"finished {os.getpid()}\n")
