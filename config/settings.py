"""Haven settings, read from the environment.

With nothing set: SQLite in the project folder, Channels' in-memory layer, local-memory
cache, e-mail printed to the console, DEBUG on. Production sets DJANGO_DEBUG=0 and the
variables listed in README.md; start-up refuses to run without the ones it needs.
"""

from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_int, env_list, env_required, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", True)

if DEBUG:
    SECRET_KEY = env_str("DJANGO_SECRET_KEY") or "haven-development-only-secret-key-do-not-use-in-production-0123456789"
    ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
else:
    SECRET_KEY = env_required("DJANGO_SECRET_KEY", "when DJANGO_DEBUG=0 (a long random string)")
    ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS") or env_list(
        env_required("DJANGO_ALLOWED_HOSTS", "when DJANGO_DEBUG=0 (comma-separated host names)")
    )

CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sites",
    "django.contrib.postgres",
    "channels",
    "csp",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # The django-moderation package, loaded under another module name (see moderation/upstream.py).
    "moderation.upstream.UpstreamModerationConfig",
    "live",
    "accounts",
    "reviewable",
    "forum",
    "moderation.apps.HavenModerationConfig",
    "realtime",
    "resources",
    "journal",
    "huey.contrib.djhuey",
    "conversations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Marks request.user with whether this session passed two-step; staff powers need it.
    "accounts.middleware.TwoStepMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After MessageMiddleware: it tells a member suspended mid-session why they were signed out.
    "accounts.middleware.SanctionMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
]

ROOT_URLCONF = "config.urls"

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
                "config.context_processors.haven",
                "forum.context_processors.notifications",
                "forum.context_processors.care",
                "moderation.context_processors.review_queue",
                "conversations.context_processors.messages_unread",
            ],
        },
    },
]

WSGI_APPLICATION = None
ASGI_APPLICATION = "config.asgi.application"

# --- Database -------------------------------------------------------------------------
DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL,
            conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
            conn_health_checks=True,
        )
    }
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The same for the built-in file and a sqlite:/// DATABASE_URL: wait up to 20 s for a lock,
    # and take the write lock when a transaction starts, so two sockets closing at once queue
    # up instead of failing with "database is locked" when a read turns into a write.
    # Options written in the URL (?timeout=5) win.
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE", **DATABASES["default"].get(
        "OPTIONS", {})}
USING_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
SITE_ID = 1

# --- Redis: cache and channel layer ------------------------------------------------------
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's RedisCache, answering misses instead of raising while Redis is down.
            "BACKEND": "config.cache.TolerantRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "haven",
            "OPTIONS": {"socket_timeout": 5, "socket_connect_timeout": 2},
        }
    }
    # HAVEN_CHANNEL_LAYER: "pubsub" (RedisPubSubChannelLayer: one Redis message per process,
    # fanned out in the process) or "core" (channels-redis's RedisChannelLayer: per-socket
    # queues in Redis). Measured side by side in bench/RESULTS.md; docs/scale.md explains the choice.
    CHANNEL_LAYER_BACKENDS = {
        "core": "channels_redis.core.RedisChannelLayer",
        # channels-redis's RedisPubSubChannelLayer, plus closing sockets when Redis goes away.
        "pubsub": "realtime.layers.HavenPubSubChannelLayer",
    }
    # "pubsub" by default: measured faster (docs/scale.md), and the outage and cross-process
    # tests pass on it (realtime/layers.py). "core" stays selectable.
    CHANNEL_LAYER_KIND = env_str("HAVEN_CHANNEL_LAYER", "pubsub")
    if CHANNEL_LAYER_KIND not in CHANNEL_LAYER_BACKENDS:
        raise ImproperlyConfigured(f"HAVEN_CHANNEL_LAYER must be one of {', '.join(CHANNEL_LAYER_BACKENDS)}.")
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": CHANNEL_LAYER_BACKENDS[CHANNEL_LAYER_KIND],
            "CONFIG": {
                # redis-py's 5 s socket timeout equals the layer's 5 s blocking read, which
                # kills consumers under load (PRODUCT.md); give the socket room, and a pool
                # big enough for the connections one process holds.
                "hosts": [
                    {
                        "address": REDIS_URL,
                        "socket_timeout": 30,
                        "socket_connect_timeout": 2,
                        "max_connections": env_int("HAVEN_REDIS_MAX_CONNECTIONS", 2000),
                    }
                ],
                "prefix": "haven",
                "capacity": 1000,
                "expiry": 60,
                "group_expiry": 86400,
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "haven"}}
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30

# --- Auth and accounts ---------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
# Where a new member lands after confirming their e-mail address: the skippable first-week
# welcome (forum.views.welcome; docs/care.md).
HAVEN_WELCOME_URL = "/welcome/"
# The board whose unanswered topics moderators see after 24 hours (/introductions/unanswered/).
HAVEN_INTRODUCTIONS_BOARD = "introductions"

ACCOUNT_ADAPTER = "accounts.adapters.HavenAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupExtraForm"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_PRESERVE_USERNAME_CASING = True
ACCOUNT_USERNAME_MIN_LENGTH = 3
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "change_password": "5/m/user",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Haven] "
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Haven"

# --- Email ---------------------------------------------------------------------------------
EMAIL_HOST = env_str("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    # Seconds per SMTP step; well inside mailing's 10-minute send lease (docs/email.md), so a hung
    # server cannot outlive a claim and have the message sent twice.
    EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Haven <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Task queue (Huey) ---------------------------------------------------------------------
# One queue for everything that should not run inside a web request (docs/decisions.md): Redis
# when REDIS_URL is set (any number of `run_huey` workers, one of them running the periodic
# scheduler), otherwise a SQLite file beside the database that `make run` consumes beside
# daphne. Tests switch Huey to immediate mode (tests/conftest.py).
HUEY_WORKERS = env_int("HAVEN_HUEY_WORKERS", 2)
if REDIS_URL:
    HUEY = {
        "huey_class": "huey.RedisHuey",
        "name": "haven",
        "immediate": False,
        "utc": True,
        "connection": {"url": REDIS_URL},
        "consumer": {"workers": HUEY_WORKERS, "worker_type": "thread"},
    }
else:
    _huey_db = Path(env_str("HAVEN_SQLITE_PATH") or BASE_DIR / "db.sqlite3")
    HUEY = {
        "huey_class": "huey.SqliteHuey",
        "name": "haven",
        "immediate": False,
        "utc": True,
        "filename": str(_huey_db.with_name(_huey_db.stem + "-tasks.sqlite3")),
        "consumer": {"workers": HUEY_WORKERS, "worker_type": "thread"},
    }

# --- Internationalisation ------------------------------------------------------------------
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static files --------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"

# --- Security ------------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# A strict policy through django-csp, on every page including /admin/: everything from this
# site, no inline scripts or styles, websockets to this host only ('self' covers ws/wss there).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "object-src": [NONE],
    }
}
# Browser features Haven never uses are denied to every page (django-permissions-policy).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "ambient-light-sensor", "autoplay", "camera", "display-capture", "geolocation",
        "gyroscope", "magnetometer", "microphone", "midi", "payment", "usb", "xr-spatial-tracking",
    )
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Configured here so `run_huey` does not add a second handler (each line printed twice).
        "huey": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# --- Haven policy --------------------------------------------------------------------------
SITE_NAME = "Haven"
# Posts and topics held for review until this many of a member's contributions are approved.
HAVEN_PREMODERATION_THRESHOLD = env_int("HAVEN_PREMODERATION_THRESHOLD", 3)
HAVEN_FLAG_HIDE_WEIGHT = env_int("HAVEN_FLAG_HIDE_WEIGHT", 3)
# Posting limits (accounts/limits.py, django-ratelimit over the shared cache). Each action has
# comma-separated rates "count/period" (period s, m, h or d, e.g. "8/m,120/h"): one for
# members, a stricter one for new members. Override with HAVEN_RATE_<ACTION> and
# HAVEN_RATE_<ACTION>_NEW (e.g. HAVEN_RATE_REPLY_NEW=3/m,30/h); an empty value means no limit.
_RATE_DEFAULTS = {
    "topic": ("3/10m,15/d", "1/10m,5/d"),
    "reply": ("8/m,120/h", "3/m,30/h"),
    "edit": ("15/m,120/h", "5/m,40/h"),
    "reaction": ("30/m,300/h", "15/m,100/h"),
    "message": ("20/m,600/h", "8/m,120/h"),
    "conversation": ("5/h,20/d", "2/h,5/d"),
}
HAVEN_RATE_LIMITS = {
    action: (
        env_str(f"HAVEN_RATE_{action.upper()}", member),
        env_str(f"HAVEN_RATE_{action.upper()}_NEW", new),
    )
    for action, (member, new) in _RATE_DEFAULTS.items()
}
# Members count as new (the stricter rates) while under pre-moderation (above), unless trusted.
# Data export (accounts/export.py): up to this many rows are built at once, more in the
# background; a prepared download's signed link lasts this many seconds.
HAVEN_EXPORT_INLINE_MAX = env_int("HAVEN_EXPORT_INLINE_MAX", 2000)
HAVEN_EXPORT_LINK_SECONDS = env_int("HAVEN_EXPORT_LINK_SECONDS", 48 * 3600)
RATELIMIT_USE_CACHE = "default"
RATELIMIT_CACHE_PREFIX = "haven:rl:"
HAVEN_CHAT_RATE = env_int("HAVEN_CHAT_RATE", 5)
HAVEN_CHAT_RATE_WINDOW = env_int("HAVEN_CHAT_RATE_WINDOW", 5)
# Open chat sockets one member may hold in one server process; a new one past this is refused
# with close code 4409 (docs/realtime.md).
HAVEN_CHAT_MAX_SOCKETS = env_int("HAVEN_CHAT_MAX_SOCKETS", 10)
ACCOUNT_USERNAME_VALIDATORS = "accounts.validators.display_name_validators"
# Management commands `make run` calls (through load_starter) to load starter content, in order.
HAVEN_STARTER_COMMANDS = ["load_starter_resources", "forum_starter"]

# --- e2e ---
# The browser tests (tests/e2e, docs/accessibility.md) run a live server against a throwaway
# SQLite file (when DATABASE_URL is unset) and read the mail it sends from files.
if not DATABASE_URL and env_str("HAVEN_SQLITE_PATH"):
    DATABASES["default"]["NAME"] = env_str("HAVEN_SQLITE_PATH")
if env_str("HAVEN_EMAIL_FILE_PATH"):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = env_str("HAVEN_EMAIL_FILE_PATH")

# --- moderation ---
# Members below this many approved contributions (and not trusted) always have posts with
# external links held for review, past the pre-moderation threshold too.
HAVEN_LINK_REVIEW_BELOW = env_int("HAVEN_LINK_REVIEW_BELOW", 10)
# Private messages (docs/messages.md): who may start conversations, report windows, mass messaging.
HAVEN_MESSAGES_MIN_POSTS = env_int("HAVEN_MESSAGES_MIN_POSTS", 3)
HAVEN_MESSAGES_MIN_AGE_HOURS = env_int("HAVEN_MESSAGES_MIN_AGE_HOURS", 48)
HAVEN_MESSAGES_REPORT_WINDOW = env_int("HAVEN_MESSAGES_REPORT_WINDOW", 10)
HAVEN_MESSAGES_MASS_RECIPIENTS = env_int("HAVEN_MESSAGES_MASS_RECIPIENTS", 5)
# Flags one account may send per window (seconds); counted in the shared cache.
HAVEN_FLAG_RATE = env_int("HAVEN_FLAG_RATE", 10)
HAVEN_FLAG_RATE_WINDOW = env_int("HAVEN_FLAG_RATE_WINDOW", 600)
# Where high-risk crisis alerts are e-mailed for moderators who are not online (a shared inbox);
# empty = no e-mail (moderators online still get the live alert). HAVEN_SITE_URL makes the link absolute.
HAVEN_MODERATORS_EMAIL = env_str("HAVEN_MODERATORS_EMAIL")
HAVEN_SITE_URL = env_str("HAVEN_SITE_URL").rstrip("/")

# --- forum-scale ---
# Seconds a signed-out reader's page stays in the shared cache at most (forum/cache.py); 0 = off.
HAVEN_PAGE_CACHE_SECONDS = env_int("HAVEN_PAGE_CACHE_SECONDS", 60)
# Seconds a post's rendered header and body stay in the shared cache (forum/fragments.py); 0 = off.
HAVEN_POST_FRAGMENT_SECONDS = env_int("HAVEN_POST_FRAGMENT_SECONDS", 86400)
# bench/http_bench.py only: serve /bench/baseline/ (a bare view) beside the site.
if env_bool("HAVEN_BENCH_BASELINE", False):
    ROOT_URLCONF = "bench.urls"
# Under ASGI every request runs in a new thread, so CONN_MAX_AGE cannot reuse connections (a
# new PostgreSQL connection per request, measured in bench/RESULTS.md). DJANGO_DB_POOL=1 uses
# Django's psycopg pool instead (it requires CONN_MAX_AGE 0).
if USING_POSTGRES and env_bool("DJANGO_DB_POOL", False):
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = False
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": 2,
        "max_size": env_int("DJANGO_DB_POOL_SIZE", 20),
        "timeout": 10,
    }

# --- email ---
# E-mail notifications and digests (mailing/, docs/email.md).
INSTALLED_APPS += ["mailing"]
# Absolute links in e-mail (no request there): the site's public address.
HAVEN_SITE_URL = env_str("HAVEN_SITE_URL", "http://127.0.0.1:8000")
# "Straight away" e-mail waits this long, skips what was read meanwhile, and gathers a topic's replies.
HAVEN_EMAIL_GRACE_MINUTES = env_int("HAVEN_EMAIL_GRACE_MINUTES", 10)
# Shared secret for the bounce/complaint webhook (POST /email/bounces/); empty turns it off.
HAVEN_EMAIL_WEBHOOK_TOKEN = env_str("HAVEN_EMAIL_WEBHOOK_TOKEN")

# Covering indexes (Index(include=...)) are a PostgreSQL feature; SQLite builds the same index
# without the extra columns, which is all the embedded default needs.
SILENCED_SYSTEM_CHECKS = ["models.W040"]
# Topic view counts: with Redis, views are added up there and written by a periodic task every
# minute (readers of a busy topic no longer queue on one row lock); without it, counted at once.
HAVEN_DEFER_VIEW_COUNTS = env_bool("HAVEN_DEFER_VIEW_COUNTS", bool(REDIS_URL))
