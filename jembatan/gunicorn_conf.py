"""gunicorn settings of `make production` and of the systemd unit
(`--config python:jembatan.gunicorn_conf`).

Workers come from WEB_CONCURRENCY (gunicorn reads it itself) and the address from --bind.
"""

import os

# Each request is logged once, as JSON, by jembatan.core.request_log; no second access log.
accesslog = None
# A worker that takes longer than this on one request is restarted (exports, PDFs included).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
# On SIGTERM, requests under way get this long to finish.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
# Behind nginx on the same machine (see docs/deployment/nginx.conf).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")


def child_exit(server, worker):
    # A dead worker's live gauges must not stay in the metrics of the processes still running.
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
