"""Settings for Jembatan, read from the environment (see .env.example for every variable).

The defaults run right after checkout: SQLite under var/, DEBUG on, mail written to var/mail/.
Production sets DEBUG=0, SECRET_KEY, DATABASE_URL, ALLOWED_HOSTS and the EMAIL_* variables.
"""

import datetime as dt
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR") or BASE_DIR / "var")


def env_str(name: str, default: str = "") -> str:
    # An empty value means "not set": .env.example lists optional variables with nothing after
    # the "=", and STATIC_ROOT= must not turn into the current directory.
    return os.environ.get(name) or default


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be an integer, not {value!r}") from error


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "insecure-local-development-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])


def served_address(host: str, port: str) -> str:
    """The address `make demo`/`make serve` answer on (HOST, PORT), as a browser would type it."""
    if host in ("0.0.0.0", "::", ""):  # noqa: S104 - reading the address, not binding to it
        host = "127.0.0.1"  # listens everywhere; this machine's own address is one of them
    elif ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}"


# Links in emails and notifications: production sets SITE_URL; locally it is where the server runs.
SITE_URL = env_str(
    "SITE_URL", served_address(env_str("HOST", "127.0.0.1"), env_str("PORT", "8000"))).rstrip("/")

INSTALLED_APPS = [
    "jembatan.core.apps.JembatanAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.forms",
    "rules.apps.AutodiscoverRulesConfig",
    "django_htmx",
    "django_ratelimit",
    "django_prometheus",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "csp",
    "template_partials",
    "jembatan.core",  # before django_tasks_db: its db_worker command wraps that one
    "django_tasks",
    "jembatan.core.apps.TasksDatabaseConfig",  # django_tasks_db, under a readable name
    "jembatan.reports",
    "jembatan.triage",
    "jembatan.connectors",
    "jembatan.notifications",
    "jembatan.forum",
    "jembatan.agency_requests",
    "jembatan.catalogue",
    "jembatan.agenda",
    "jembatan.library",
    "jembatan.content",
    "jembatan.api",
    "jembatan.portal",
    "jembatan.participation",
    "jembatan.insights",
    "jembatan.opendata",
    "jembatan.webhooks",
    "jembatan.open311",
    "jembatan.lapor",
    "jembatan.search",  # last: its demo loader indexes what every domain's demo loaded
]

MIDDLEWARE = [
    # First: one JSON line per request with its id and time (jembatan/core/request_log.py),
    # and the Prometheus request counters and latency histogram around everything else.
    "jembatan.core.request_log.RequestLogMiddleware",
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "jembatan.core.middleware.DefaultLanguageMiddleware",
    "jembatan.core.middleware.NullCharacterMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "jembatan.core.middleware.TwoFactorRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, so it sees the lockout flag a failed password check left on the request.
    "axes.middleware.AxesMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
]

ROOT_URLCONF = "jembatan.urls"
WSGI_APPLICATION = "jembatan.wsgi.application"
ASGI_APPLICATION = "jembatan.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "jembatan" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "jembatan.core.context_processors.jurisdiction",
                "jembatan.portal.navigation.current_section",
                "jembatan.core.context_processors.staff_shell",
            ],
        },
    },
]

# Forms render through the site's templates, so jembatan/templates/django/forms/ can say the
# empty choice of every select in words instead of Django's "---------" (decision 0034); the
# common widgets are written out in Python with the same HTML (decision 0044).
FORM_RENDERER = "jembatan.core.form_renderer.FastTemplatesSetting"

# --- Database: SQLite under var/ unless DATABASE_URL says otherwise -------------------------
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'jembatan.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web process and the worker read and write side by side.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- People and login -------------------------------------------------------------------------
AUTH_USER_MODEL = "core.User"
AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out name+address before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "jembatan.core.auth_backends.UsernameOrEmailBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "core:start"
LOGOUT_REDIRECT_URL = "portal:home"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

# Failed sign-ins (password or second-factor code, on every page and the API token) are counted
# by django-axes per name+address and per address, never per name alone: a stranger who knows
# someone's username cannot lock the owner out from elsewhere.
# See docs/decisions/0017-accounts-sign-in-limits-and-two-step.md.
LOGIN_FAILURE_LIMIT_PER_ACCOUNT_AND_ADDRESS = env_int("LOGIN_FAILURE_LIMIT", 10)
LOGIN_FAILURE_LIMIT_PER_ADDRESS = env_int("LOGIN_FAILURE_LIMIT_PER_ADDRESS", 30)
AXES_HANDLER = "jembatan.core.login_limits.LoginAttemptHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT_PER_ACCOUNT_AND_ADDRESS
AXES_COOLOFF_TIME = dt.timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15))
# The time shown to a locked-out person stays true: more tries while locked do not extend it.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "jembatan.core.login_limits.attempt_username"
AXES_CLIENT_IP_CALLABLE = "jembatan.core.login_limits.client_ip"
AXES_LOCKOUT_CALLABLE = "jembatan.core.login_limits.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# Only the name and address are kept with an attempt; never the password, never the form.
AXES_SENSITIVE_PARAMETERS = ["password", "otp", "token"]
AXES_VERBOSE = False
OTP_TOTP_ISSUER = env_str("OTP_ISSUER", "Jembatan")

# --- Language and time ------------------------------------------------------------------------
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Indonesian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "jembatan" / "locale"]
USE_I18N = True
TIME_ZONE = "Asia/Jakarta"
USE_TZ = True
LANGUAGE_COOKIE_NAME = "jembatan_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"

# --- Static and uploaded files ------------------------------------------------------------------
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "jembatan" / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
# Uploads are never served from MEDIA_URL: every file goes through a view that checks access
# (jembatan.core.files.serve_file). MEDIA_URL is only what Django's storage needs to exist.
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGE_BACKEND = env_str("STORAGE_BACKEND", "filesystem")
if STORAGE_BACKEND == "filesystem":
    DEFAULT_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
elif STORAGE_BACKEND == "s3":
    # S3-compatible object storage (AWS, MinIO, Ceph, Wasabi…) for several web servers. Objects
    # are private; a file is only reachable through the access-checked view, which streams it
    # or redirects to a URL signed for PRIVATE_FILES_URL_EXPIRE seconds.
    DEFAULT_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env_str("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env_str("AWS_S3_REGION_NAME") or None,
            "access_key": env_str("AWS_ACCESS_KEY_ID") or None,
            "secret_key": env_str("AWS_SECRET_ACCESS_KEY") or None,
            "location": env_str("AWS_LOCATION"),
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": env_int("PRIVATE_FILES_URL_EXPIRE", 60),
            "file_overwrite": False,
            "addressing_style": env_str("AWS_S3_ADDRESSING_STYLE") or None,
        },
    }
    if not DEFAULT_STORAGE["OPTIONS"]["bucket_name"]:
        raise ImproperlyConfigured("STORAGE_BACKEND=s3 needs AWS_STORAGE_BUCKET_NAME.")
else:
    raise ImproperlyConfigured("STORAGE_BACKEND must be filesystem or s3.")
STORAGES = {
    "default": DEFAULT_STORAGE,
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Who sends a file's bytes once the view has checked access: django (the view streams them),
# nginx (X-Accel-Redirect to PRIVATE_FILES_INTERNAL_URL, an `internal` location), apache
# (X-Sendfile with mod_xsendfile), or presigned (a redirect to a short-lived signed S3 URL).
PRIVATE_FILES_SERVER = env_str("PRIVATE_FILES_SERVER", "django")
PRIVATE_FILES_INTERNAL_URL = env_str("PRIVATE_FILES_INTERNAL_URL", "/_protected/")
PRIVATE_FILES_URL_EXPIRE = env_int("PRIVATE_FILES_URL_EXPIRE", 60)
if PRIVATE_FILES_SERVER not in ("django", "nginx", "apache", "presigned"):
    raise ImproperlyConfigured(
        "PRIVATE_FILES_SERVER must be one of django, nginx, apache, presigned.")
if PRIVATE_FILES_SERVER in ("nginx", "apache") and STORAGE_BACKEND != "filesystem":
    raise ImproperlyConfigured(
        f"PRIVATE_FILES_SERVER={PRIVATE_FILES_SERVER} serves files from MEDIA_ROOT; with "
        "STORAGE_BACKEND=s3 use django or presigned.")
if PRIVATE_FILES_SERVER == "presigned" and STORAGE_BACKEND != "s3":
    raise ImproperlyConfigured("PRIVATE_FILES_SERVER=presigned needs STORAGE_BACKEND=s3.")
if not PRIVATE_FILES_INTERNAL_URL.startswith("/") or not PRIVATE_FILES_INTERNAL_URL.endswith("/"):
    raise ImproperlyConfigured("PRIVATE_FILES_INTERNAL_URL must start and end with a slash.")

# --- SP4N-LAPOR!: the live connection (docs/lapor.md); empty = files only --------------------
LAPOR_API_URL = env_str("LAPOR_API_URL")
LAPOR_API_TOKEN = env_str("LAPOR_API_TOKEN")

# --- Email: real SMTP when EMAIL_HOST is set; otherwise files under var/mail for local use ---
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Jembatan <noreply@localhost>")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", EMAIL_PORT == 587)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", EMAIL_PORT == 465)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mail"

# --- Channels: Meta (WhatsApp Cloud API, Facebook Pages, Instagram) and email -------------------
# outbox: replies are stored, not sent (the demo and development); live: sent to the platforms.
CONNECTORS_MODE = env_str("CONNECTORS_MODE", "outbox")
if CONNECTORS_MODE not in ("outbox", "live"):
    raise ImproperlyConfigured("CONNECTORS_MODE must be outbox or live.")
META_APP_SECRET = env_str("META_APP_SECRET", "" if not DEBUG else "demo-meta-app-secret")
META_VERIFY_TOKEN = env_str("META_VERIFY_TOKEN", "" if not DEBUG else "demo-verify-token")
META_GRAPH_URL = env_str("META_GRAPH_URL", "https://graph.facebook.com/v23.0")
# Fernet keys for the connected accounts' tokens, newest first; derived from SECRET_KEY if unset.
CONNECTORS_SECRET_KEYS = env_list("CONNECTORS_SECRET_KEYS", [])
# How many times a reply is tried before it is shown as failed (backoff doubles each time).
CONNECTORS_MAX_ATTEMPTS = env_int("CONNECTORS_MAX_ATTEMPTS", 6)

# --- Background work: Django's tasks API; database worker by default, Redis (RQ) for scale --
# Outgoing webhooks (jembatan/webhooks): plain-HTTP and loopback endpoints only while
# developing; every other private or internal address is always refused.
WEBHOOKS_ALLOW_LOOPBACK = env_bool("WEBHOOKS_ALLOW_LOOPBACK", DEBUG)
WEBHOOKS_TIMEOUT_SECONDS = env_int("WEBHOOKS_TIMEOUT_SECONDS", 10)
# Events in a row whose every retry failed before a subscription is turned off.
WEBHOOKS_DISABLE_AFTER = env_int("WEBHOOKS_DISABLE_AFTER", 5)
# Days the delivery log (events as sent, each attempt and its answer) is kept.
WEBHOOKS_KEEP_DAYS = env_int("WEBHOOKS_KEEP_DAYS", 90)

# How long a run may take before it counts as stuck when its worker cannot be checked (and,
# with Redis, before RQ stops it).
TASKS_TIME_LIMIT_MINUTES = env_int("TASKS_TIME_LIMIT_MINUTES", 30)
TASKS_BACKEND = env_str("TASKS_BACKEND", "database")
if TASKS_BACKEND == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
elif TASKS_BACKEND == "redis":
    INSTALLED_APPS += ["django_rq"]
    # How long RQ lets each task run is set as it is enqueued (core.redis_tasks.RQBackend): the
    # time the database backend gives that task.
    RQ_QUEUES = {"default": {"URL": env_str("REDIS_URL", "redis://127.0.0.1:6379/0")}}
    # RQ's own job class cannot call a django-tasks Task ("'Task' object is not callable"):
    # every worker, `rqworker default` as documented included, must use the backend's class.
    # Our worker waits for Redis when it goes away instead of quitting, and our backend gives
    # every task TASKS_MAX_ATTEMPTS tries, so a killed task runs again (core/redis_tasks.py).
    RQ = {"JOB_CLASS": "django_tasks_rq.backend.Job",
          "WORKER_CLASS": "jembatan.core.redis_tasks.Worker"}
    # "held": the database table where a task waits when Redis does not answer as it is
    # enqueued, until the scheduler moves it to Redis (core/background.enqueue_or_hold).
    TASKS = {"default": {"BACKEND": "jembatan.core.redis_tasks.RQBackend",
                         "QUEUES": ["default"]},
             "held": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
elif TASKS_BACKEND == "immediate":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
else:
    raise ImproperlyConfigured("TASKS_BACKEND must be one of database, redis, immediate.")

# Only one scheduler enqueues however many are started (one per app server): the one holding a
# lock in this Redis, renewed every third of SCHEDULER_LOCK_TTL seconds (decision 0041).
SCHEDULER_LOCK_URL = env_str("SCHEDULER_LOCK_URL", env_str("REDIS_URL"))
SCHEDULER_LOCK_TTL = env_int("SCHEDULER_LOCK_TTL", 30)

# /healthz answers 503 when the oldest task waiting for a worker has waited longer than this, or
# a scheduled job has not started for two of its intervals (plus this grace) (decision 0041).
HEALTH_QUEUE_MAX_MINUTES = env_int("HEALTH_QUEUE_MAX_MINUTES", 15)
HEALTH_SCHEDULE_GRACE_MINUTES = env_int("HEALTH_SCHEDULE_GRACE_MINUTES", 5)

# /metrics (Prometheus) answers only these addresses, or a request with
# "Authorization: Bearer $METRICS_TOKEN"; anyone else gets 404.
METRICS_ALLOWED_IPS = env_list("METRICS_ALLOWED_IPS", ["127.0.0.1", "::1"])
METRICS_TOKEN = env_str("METRICS_TOKEN")

# A run whose worker died is queued again until this many workers have died on it, then failed.
TASKS_MAX_ATTEMPTS = env_int("TASKS_MAX_ATTEMPTS", 3)

# --- Cache: local memory by default; Redis when REDIS_URL is set (needed with several workers) --
if env_str("CACHE_URL"):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                    "LOCATION": env_str("CACHE_URL")}
    }
    # A signed-in page reads its session from the shared cache instead of PostgreSQL; sessions
    # are still written to the database, so a restarted Redis signs no one out (decision 0068).
    # Not with the local-memory cache: one process would not see another's sign-out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # Rate limits then hold per process: fine for one process (the default), not for several.
    SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003"]
# django-ratelimit does not list Django's own Redis cache, which supports what it needs.
SILENCED_SYSTEM_CHECKS = [*globals().get("SILENCED_SYSTEM_CHECKS", []), "django_ratelimit.W001"]

# --- Security ---------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool(
    "BEHIND_HTTPS_PROXY", False
) else None
# Rate limits key on the client's address. Behind a reverse proxy every request comes from the
# proxy, so name the header the proxy sets to the client's address (e.g. HTTP_X_REAL_IP); a
# request without it falls back to the socket address (jembatan/core/client_ip.py).
CLIENT_IP_HEADER = env_str("CLIENT_IP_HEADER")
RATELIMIT_IP_META_KEY = "jembatan.core.client_ip.client_ip"
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
# The site's own subdomains (lapor.wonosobokab.go.id has none of its own) are HTTPS too; turn
# these off only for a host whose subdomains are served over plain HTTP.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS",
                                          SECURE_HSTS_SECONDS > 0)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", SECURE_HSTS_SECONDS > 0)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# No 'unsafe-inline' anywhere: scripts and styles come from our own static files.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        # Articles link pictures hosted on the agencies' own sites (decision 0027).
        "img-src": [SELF, "data:", "https:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# --- Public portal --------------------------------------------------------------------------------
# A published post on one of these topics shows as a banner on the home page for URGENT_HOURS
# after publication (decision 0027).
URGENT_TOPICS = env_list(
    "URGENT_TOPICS", ["darurat", "bencana", "cuaca", "banjir", "longsor", "gempa", "kebakaran"])
URGENT_HOURS = env_int("URGENT_HOURS", 72)
# --- Public consultations -------------------------------------------------------------------------
# Distinct flags after which a comment is hidden until a moderator looks at it (Decidim: 3).
PARTICIPATION_FLAG_THRESHOLD = env_int("PARTICIPATION_FLAG_THRESHOLD", 3)
# Words that hold a comment for review before it appears (lower case, whole words).
PARTICIPATION_BLOCKLIST = env_list("PARTICIPATION_BLOCKLIST", [
    "anjing", "bangsat", "babi", "bajingan", "goblok", "tolol", "kampret", "keparat", "brengsek",
    "judi online", "slot gacor", "togel",
])
# Confirming a mobile number by a WhatsApp code (decision 0057). The phone_number_id of a
# connected WhatsApp account (usually the coordinating agency's; its token is the account's);
# empty: participants confirm an email address only. The authentication template (copy-code
# button, Indonesian) must be approved by Meta under this name.
PARTICIPATION_WHATSAPP_PHONE_NUMBER_ID = env_str("PARTICIPATION_WHATSAPP_PHONE_NUMBER_ID")
PARTICIPATION_WHATSAPP_OTP_TEMPLATE = env_str("PARTICIPATION_WHATSAPP_OTP_TEMPLATE",
                                              "kode_verifikasi")
# An approved utility template ({{1}} name, {{2}} agency, {{3}} title, {{4}} link) that tells a
# participant confirmed by phone that the agency answered; empty: they are not told.
PARTICIPATION_WHATSAPP_ANSWER_TEMPLATE = env_str("PARTICIPATION_WHATSAPP_ANSWER_TEMPLATE")
# Outbox mode (CONNECTORS_MODE=outbox) writes these messages here instead of sending them.
PARTICIPATION_WHATSAPP_OUTBOX_DIR = VAR_DIR / "whatsapp"

# --- Logging: one line per event to stderr --------------------------------------------------------
# json (the default with DEBUG off): one JSON object per line, for a log collector; plain: text.
LOG_FORMAT = env_str("LOG_FORMAT", "plain" if DEBUG else "json")
if LOG_FORMAT not in ("json", "plain"):
    raise ImproperlyConfigured("LOG_FORMAT must be json or plain.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        # "timestamp" is UTC in ISO 8601; the record's own fields follow the message.
        "json": {"()": "pythonjsonlogger.json.JsonFormatter",
                 "format": "%(levelname)s %(name)s %(message)s", "timestamp": True,
                 "rename_fields": {"levelname": "level", "name": "logger"}},
    },
    # An expected 403/404 (or another 4xx) is one line without a traceback; 5xx keep theirs.
    # RQ's own line per task names the task's arguments: dropped, ours is without them.
    "filters": {"no_client_error_traceback": {
                    "()": "jembatan.core.log_filters.NoTracebackForClientErrors"},
                "no_task_queue_chatter": {
                    "()": "jembatan.core.log_filters.NoTaskQueueChatter"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT,
                            "filters": ["no_client_error_traceback", "no_task_queue_chatter"]}},
    "root": {"handlers": ["stderr"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # qpdf's notes on repaired PDFs are not worth a line each; its warnings are.
        "pikepdf": {"level": "WARNING"},
        # axes: failed sign-ins and lockouts are warnings (name and address, never the password).
        "axes": {"level": "WARNING"},
    },
}

ADMINS = [("Admin", a) for a in env_list("ADMINS", [])]
# The error email to ADMINS carries no POST values and no local variables (citizens' data).
DEFAULT_EXCEPTION_REPORTER_FILTER = "jembatan.core.error_reports.PrivateExceptionReporterFilter"
