import logging
import signal
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections
from redis.exceptions import RedisError

from jembatan.core.background import release_held_tasks
from jembatan.core.scheduler import LeaderLock, run_due

logger = logging.getLogger("jembatan.core.scheduler")


class Command(BaseCommand):
    help = ("Enqueue periodic jobs when they are due (runs forever; --once for a single pass). "
            "With SCHEDULER_LOCK_URL (default: REDIS_URL) set, only the scheduler holding the "
            "lock enqueues; every other one waits as a standby and takes over when it stops.")

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true")
        parser.add_argument("--interval", type=int, default=60, help="Seconds between passes.")
        parser.add_argument("--lock-ttl", type=int, default=settings.SCHEDULER_LOCK_TTL,
                            help="Seconds after which a silent leader's lock expires.")

    def handle(self, *args, **options):
        # SIGTERM (systemd, honcho, docker stop) ends the loop through `finally`, so the lock is
        # released at once and a standby need not wait for it to expire.
        signal.signal(signal.SIGTERM, _raise_system_exit)
        url = settings.SCHEDULER_LOCK_URL
        lock = LeaderLock(url, ttl=options["lock_ttl"]) if url else None
        try:
            self.loop(lock, interval=options["interval"], once=options["once"])
        except (KeyboardInterrupt, SystemExit):
            pass
        finally:
            if lock is not None:
                lock.release()

    def loop(self, lock, *, interval: int, once: bool) -> None:
        # A standby tries, and a leader renews, every third of the lock's life (at most 10 s).
        heartbeat = max(1, min(lock.ttl // 3, 10)) if lock else interval
        leader = lock is None
        announced_standby = False
        next_pass = 0.0
        while True:
            if lock is not None:
                if leader:
                    leader = lock.renew()
                    announced_standby = leader
                else:
                    leader = lock.try_acquire()
                    if leader:
                        logger.info("scheduler: leading (holds the lock)")
                        next_pass = 0.0
                    elif not announced_standby:
                        logger.info("scheduler: standby, another scheduler holds the lock")
                        announced_standby = True
            if leader:
                try:
                    close_old_connections()
                    moved = release_held_tasks()
                    if moved:
                        logger.info("scheduler: %s tasks kept while Redis was away queued", moved)
                except (DatabaseError, RedisError) as error:
                    logger.warning("scheduler: held tasks stay held (%s)", error)
            if leader and time.monotonic() >= next_pass:
                try:
                    # Outside a request nothing replaces a connection the database dropped
                    # (a restart, a failover): do it here, or every later pass fails too.
                    close_old_connections()
                    for name in run_due():
                        self.stdout.write(f"enqueued {name}")
                    next_pass = time.monotonic() + interval
                except (DatabaseError, RedisError) as error:
                    # The database or Redis is away for a moment: try again at the next beat
                    # rather than exit, which would stop every process of `make production`.
                    logger.warning("scheduler: pass failed (%s); trying again", error)
                    next_pass = time.monotonic() + heartbeat
            if once:
                return
            time.sleep(max(0.1, min(heartbeat, next_pass - time.monotonic())) if leader
                       else heartbeat)


def _raise_system_exit(signum, frame):
    raise SystemExit(0)
