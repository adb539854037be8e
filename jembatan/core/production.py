"""What `make production` refuses to start with, read from the environment alone.

It runs before Django loads its settings (the settings themselves stop at a missing SECRET_KEY
with one message; this names every problem at once, and what to set instead):

    python -m jembatan.core.production
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

DEVELOPMENT_SECRET_KEY = "insecure-local-development-key-do-not-use-in-production"
TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off"}


def unsafe_configuration(env: Mapping[str, str]) -> list[str]:
    """Each reason the environment is not fit for production, with what to set; [] when fit."""
    problems = []
    debug = (env.get("DEBUG") or "").strip().lower()
    if debug not in FALSE:
        problems.append("DEBUG is on (or unset, which means on): set DEBUG=0.")
    secret = env.get("SECRET_KEY") or ""
    if not secret:
        problems.append("SECRET_KEY is empty: set it to a long random value, e.g. the output of "
                        "python -c 'import secrets; print(secrets.token_urlsafe(50))'.")
    elif secret == DEVELOPMENT_SECRET_KEY or "insecure" in secret or len(set(secret)) < 5 \
            or len(secret) < 32:
        problems.append("SECRET_KEY is the development key or too short: set a random value of "
                        "at least 32 characters.")
    if not [host for host in (env.get("ALLOWED_HOSTS") or "").split(",") if host.strip()]:
        problems.append("ALLOWED_HOSTS is empty: set it to the site's host names, comma-separated "
                        "(e.g. ALLOWED_HOSTS=lapor.wonosobokab.go.id).")
    if not (env.get("DATABASE_URL") or "").startswith(("postgres://", "postgresql://")):
        problems.append("DATABASE_URL does not name a PostgreSQL database: set e.g. "
                        "DATABASE_URL=postgres://jembatan:password@127.0.0.1:5432/jembatan.")
    if not (env.get("REDIS_URL") or "").startswith(("redis://", "rediss://", "unix://")):
        problems.append("REDIS_URL is not set: set e.g. REDIS_URL=redis://127.0.0.1:6379/0 "
                        "(the background workers' queue and the scheduler's lock).")
    if (env.get("TASKS_BACKEND") or "redis") != "redis":
        problems.append("TASKS_BACKEND is not redis: leave it unset or set TASKS_BACKEND=redis.")
    return problems


def main() -> int:
    problems = unsafe_configuration(os.environ)
    if problems:
        print("Jembatan will not start in production with this configuration:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
