"""Django settings: SQLite by default (``var/jixiao.sqlite3``), PostgreSQL via ``DATABASE_URL``."""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("JIXIAO_DATA_DIR", Path.cwd() / "var"))
DATA_DIR.mkdir(parents=True, exist_ok=True)

SECRET_KEY = os.environ.get("JIXIAO_SECRET_KEY", "jixiao-development-key-change-me-in-production")
# Off unless asked for (JIXIAO_DEBUG=1): errors are the Chinese pages in templates/4xx|500.html.
DEBUG = os.environ.get("JIXIAO_DEBUG", "0") == "1"
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
    "jixiao.web.runtime",  # SQLite in WAL mode with a busy timeout (runtime/sqlite.py)
    "ninja",  # /api/docs loads Swagger UI from ninja's own static files, not a CDN
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
# Uploaded files (整改佐证材料): served only through permission-checked views.
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
# 指标库: built from at most this many plans, the most recently changed first.
JIXIAO_LIBRARY_PLANS = int(os.environ.get("JIXIAO_LIBRARY_PLANS", "300"))
