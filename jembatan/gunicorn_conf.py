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


def _json_logs() -> bool:
    """As the settings decide: LOG_FORMAT, else JSON when DEBUG is off."""
    log_format = os.environ.get("LOG_FORMAT", "")
    if log_format:
        return log_format == "json"
    return os.environ.get("DEBUG", "").lower() in {"0", "false", "no", "off"}


if _json_logs():
    # gunicorn's own lines (booting, a worker restarted) as JSON like the application's.
    _handler = {"class": "logging.StreamHandler", "formatter": "json",
                "stream": "ext://sys.stderr"}
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "pythonjsonlogger.json.JsonFormatter",
                                "format": "%(levelname)s %(name)s %(message)s",
                                "timestamp": True,
                                "rename_fields": {"levelname": "level", "name": "logger"}}},
        "handlers": {"console": _handler, "error_console": _handler},
        "root": {"level": "INFO", "handlers": ["console"]},
        "loggers": {
            "gunicorn.error": {"level": "INFO", "handlers": ["error_console"],
                               "propagate": False, "qualname": "gunicorn.error"},
            # Its access line would carry the query string: jembatan.request logs each request.
            "gunicorn.access": {"level": "CRITICAL", "handlers": [], "propagate": False,
                                "qualname": "gunicorn.access"},
        },
    }
