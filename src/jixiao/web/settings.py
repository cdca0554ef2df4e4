"""Django settings: SQLite by default (``var/jixiao.sqlite3``), PostgreSQL via ``DATABASE_URL``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import dj_database_url

from jixiao.web.caching.config import cache_settings
from jixiao.web.runtime.postgres import postgres_options
from jixiao.web.secret import secret_key

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("JIXIAO_DATA_DIR", Path.cwd() / "var"))
DATA_DIR.mkdir(parents=True, exist_ok=True)

# Off unless asked for (JIXIAO_DEBUG=1): errors are the Chinese pages in templates/4xx|500.html.
DEBUG = os.environ.get("JIXIAO_DEBUG", "0") == "1"
# Required when DEBUG is off: JIXIAO_SECRET_KEY, or JIXIAO_SECRET_KEY_FILE (docs/deploy.md).
SECRET_KEY = secret_key(DEBUG)
ALLOWED_HOSTS = os.environ.get("JIXIAO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "jixiao.web.orgs",
    "jixiao.web.plans",
    "jixiao.web.audit",
    "jixiao.web.monitoring",
    "jixiao.web.evaluation",
    "jixiao.web.surveys",
    "jixiao.web.rectification",
    "jixiao.web.exante",
    "jixiao.web.department",
    "jixiao.web.pages",
    "jixiao.web.benchmarking",
    "jixiao.web.tasks",
    "jixiao.web.runtime",  # SQLite in WAL mode with a busy timeout (runtime/sqlite.py)
    "ninja",  # /api/docs loads Swagger UI from ninja's own static files, not a CDN
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    "jixiao.web.jobs",  # after axes and django_tasks_db: its admin replaces theirs
    "jixiao.web.backups",
    "jixiao.web.documents",
    "jixiao.web.findings",
    "jixiao.web.caching",  # the pages' shared cache (its table is made by migrate)
    "jixiao.web.dispositions",  # 审核发现处理: status, note, who and when per finding
    "jixiao.web.reportstore",  # 监控 lights and 自评 scores stored with their revision
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "jixiao.web.pages.expiry.AdminSessionExpiryMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "jixiao.web.pages.params.MalformedInputMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "jixiao.web.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "jixiao.web.orgs.context.membership",
            ],
        },
    },
]

WSGI_APPLICATION = "jixiao.web.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'jixiao.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Several requests write at once in the demo: wait for the lock instead of failing, and
    # take it when a transaction begins (WAL and busy_timeout: jixiao.web.runtime.sqlite).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE"}
    )
elif DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # server-side prepared statements unless JIXIAO_DB_PREPARE=0 (jixiao.web.runtime.postgres)
    DATABASES["default"].setdefault("OPTIONS", {}).update(postgres_options())

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# Chinese only, whatever the browser asks: with LocaleMiddleware an English browser got the
# 系统管理 pages and Django's own form errors in English, and every response Vary: Accept-Language.
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
# what Django's own Chinese catalogue lacks ("Error:" in the admin's page titles)
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
# Uploaded files (整改佐证材料): served only through permission-checked views; backed up with
# the database by `jixiao-web backup`.
MEDIA_ROOT = DATA_DIR / "media"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Static files are served by WhiteNoise straight from the package (no collectstatic step).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG


LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/public/"

DATA_UPLOAD_MAX_MEMORY_SIZE = 50 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 500

JIXIAO_PROFILE = os.environ.get("JIXIAO_PROFILE", "hebei-county")
# The scoring profile of 监控 and 自评 (a pack's, e.g. example-province); the review's by default.
JIXIAO_EVALUATION_PROFILE = os.environ.get("JIXIAO_EVALUATION_PROFILE", JIXIAO_PROFILE)
# 指标库: built from at most this many plans, the most recently changed first.
JIXIAO_LIBRARY_PLANS = int(os.environ.get("JIXIAO_LIBRARY_PLANS", "300"))

# 站内消息 by e-mail too, when an SMTP server is configured (never required).
EMAIL_HOST = os.environ.get("JIXIAO_SMTP_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("JIXIAO_SMTP_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("JIXIAO_SMTP_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("JIXIAO_SMTP_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("JIXIAO_SMTP_TLS", "0") == "1"
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("JIXIAO_MAIL_FROM", "jixiao@localhost")
JIXIAO_EMAIL_NOTIFICATIONS = bool(os.environ.get("JIXIAO_SMTP_HOST"))
JIXIAO_SITE_URL = os.environ.get("JIXIAO_SITE_URL", "")
# 后台任务: Django's task framework (the django-tasks backport) on the database backend, so
# the embedded SQLite needs no other server and workers on several machines share PostgreSQL.
# Start workers with `jixiao-web db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The tests start a real worker process: it must reach the test database, so the
    # test database is a file, not SQLite's private in-memory one (one per test run).
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"jixiao-test-{os.getpid()}.sqlite3")
    }

# Limits on uploads and jobs (jixiao.limits.Limits), each overridable from the environment.
_MB = 1024 * 1024
JIXIAO_LIMITS = {
    "upload_bytes": int(os.environ.get("JIXIAO_MAX_UPLOAD_MB", "30")) * _MB,
    "unzipped_bytes": int(os.environ.get("JIXIAO_MAX_UNZIPPED_MB", "200")) * _MB,
    "zip_ratio": float(os.environ.get("JIXIAO_MAX_ZIP_RATIO", "100")),
    "pdf_pages": int(os.environ.get("JIXIAO_MAX_PDF_PAGES", "500")),
    "text_chars": int(os.environ.get("JIXIAO_MAX_TEXT_CHARS", "5000000")),
    "cpu_seconds": int(os.environ.get("JIXIAO_JOB_CPU_SECONDS", "120")),
    "memory_bytes": int(os.environ.get("JIXIAO_JOB_MEMORY_MB", "2048")) * _MB,
}
# The first handler stops reading a file at the upload limit (the view names the file).
FILE_UPLOAD_HANDLERS = [
    "jixiao.web.jobs.uploads.LimitedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]


# 部署安全 (docs/deploy.md): switches from the environment, off by default so the demo on
# http://127.0.0.1 works; a province turns them on behind its HTTPS nginx.
def _on(name: str) -> bool:
    return os.environ.get(name, "0") == "1"


SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = _on("JIXIAO_SECURE_COOKIES")
SECURE_SSL_REDIRECT = _on("JIXIAO_SSL_REDIRECT")
SECURE_HSTS_SECONDS = int(os.environ.get("JIXIAO_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = _on("JIXIAO_HSTS_SUBDOMAINS")
SECURE_HSTS_PRELOAD = _on("JIXIAO_HSTS_PRELOAD")
if _on("JIXIAO_BEHIND_PROXY"):  # nginx terminates TLS and says so in X-Forwarded-Proto
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("JIXIAO_CSRF_ORIGINS", "").split(",") if o]
SESSION_COOKIE_HTTPONLY = True
# Django's database sessions, read by a query compiled once per process (runtime/sessions.py)
SESSION_ENGINE = "jixiao.web.runtime.sessions"
SESSION_COOKIE_AGE = int(os.environ.get("JIXIAO_SESSION_HOURS", "12")) * 3600
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp): only this site's own scripts and styles; style
# attributes (the bars' widths) are allowed, inline <script> and <style> blocks are not.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# 登录限制 (django-axes): after 5 failed sign-ins for one name from one address the pair is
# locked for an hour; every failure is logged (logger "axes") and kept in the admin.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend, reading role, place and unread count with the user (one query)
    "jixiao.web.pages.backend.PageUserBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("JIXIAO_LOGIN_FAILURES", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("JIXIAO_LOCKOUT_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
# The log names the account and the address (never the password).
AXES_SENSITIVE_PARAMETERS: list[str] = []
AXES_IPWARE_PROXY_COUNT = 1 if _on("JIXIAO_BEHIND_PROXY") else 0
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "axes": {"handlers": ["console"], "level": "WARNING"},
        "jixiao": {"handlers": ["console"], "level": "INFO"},
    },
}

# 页面缓存 (docs/deploy.md): rendered pieces of the plan, project and review pages and the
# findings API, shared by every worker — a table of the database unless JIXIAO_CACHE says
# file (one machine) or memory.
CACHES = cache_settings(DATA_DIR)
