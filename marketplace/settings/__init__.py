"""Settings for the Agent Skills Marketplace: one module, driven by the environment.

Every value that differs between development and production is read from an
environment variable (or from `.env` when it exists). The typed defaults below are
development defaults; `ENV=prod` turns DEBUG off, turns on the secure settings and
refuses to start when a secret is missing or left at its example value.
"""

from __future__ import annotations

import os
import warnings
from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

# A source checkout (manage.py beside the apps) keeps its data, .env, templates and static
# files in the project folder. An installed package (`pip install .`) keeps its data and
# .env in the working directory (or MARKETPLACE_HOME) and finds its templates and static
# files inside the package (marketplace/site/, copied there by setup.py).
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent.parent
SOURCE_CHECKOUT = (_PACKAGE_ROOT / "manage.py").is_file()
BASE_DIR = (
    _PACKAGE_ROOT
    if SOURCE_CHECKOUT
    else Path(os.environ.get("MARKETPLACE_HOME") or Path.cwd()).resolve()
)
SITE_DIR = _PACKAGE_ROOT if SOURCE_CHECKOUT else Path(__file__).resolve().parent.parent / "site"

EXAMPLE_ADMIN_PASSWORD = "admin-change-me"  # noqa: S105 - the .env.example value, refused in prod
DEV_SECRET = "dev-insecure-secret-key-change-me"  # noqa: S105 - development only, refused in prod

env = environ.Env(
    APP_NAME=(str, "Agent Skills Marketplace"),
    ENV=(str, "dev"),
    LOG_LEVEL=(str, "INFO"),
    SECRET_KEY=(str, ""),
    JWT_SECRET=(str, ""),
    JWT_ALG=(str, "HS256"),
    JWT_EXPIRES_MINUTES=(int, 15),
    JWT_REFRESH_DAYS=(int, 7),
    JWT_SESSION_DAYS=(int, 30),
    ADMIN_USERNAME=(str, "admin"),
    ADMIN_PASSWORD=(str, ""),
    ADMIN_EMAIL=(str, ""),
    ALLOWED_HOSTS=(list, ["127.0.0.1", "localhost", "[::1]", "testserver"]),
    CSRF_TRUSTED_ORIGINS=(list, []),
    CACHE_URL=(str, "locmemcache://marketplace"),
    GITHUB_TOKEN=(str, ""),
    FINGERPRINT_SALT=(str, ""),
    ALLOW_PRIVATE_URLS=(bool, False),
    ALLOW_LOCAL_SOURCES=(bool, None),
    MEDIA_ROOT=(str, str(BASE_DIR / "var" / "media")),
    SECURE_SSL_REDIRECT=(bool, True),
    SECURE_HSTS_SECONDS=(int, 31536000),
)
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

APP_NAME = env("APP_NAME")
ENV = env("ENV").strip().lower()
if ENV not in {"dev", "prod"}:
    raise ImproperlyConfigured(f"ENV must be 'dev' or 'prod', not {ENV!r}.")
IS_PROD = ENV == "prod"
DEBUG = not IS_PROD


def _required_in_prod(name: str, dev_default: str) -> str:
    value = env(name)
    if value:
        return value
    if IS_PROD:
        raise ImproperlyConfigured(f"{name} must be set when ENV=prod.")
    return dev_default


SECRET_KEY = _required_in_prod("SECRET_KEY", DEV_SECRET)
JWT_SECRET = _required_in_prod("JWT_SECRET", SECRET_KEY)
#: HS256 needs a key at least as long as its hash (RFC 7518, 3.2): shorter ones can be guessed.
JWT_SECRET_MIN_BYTES = 32
if IS_PROD and len(JWT_SECRET.encode()) < JWT_SECRET_MIN_BYTES:
    raise ImproperlyConfigured(
        f"JWT_SECRET must be at least {JWT_SECRET_MIN_BYTES} bytes when ENV=prod "
        "(for example: python -c 'import secrets; print(secrets.token_urlsafe(48))')."
    )
ADMIN_USERNAME = env("ADMIN_USERNAME")
# In development the example password is the default, so `make run` works on a fresh clone.
ADMIN_PASSWORD = env("ADMIN_PASSWORD") or ("" if IS_PROD else EXAMPLE_ADMIN_PASSWORD)
ADMIN_EMAIL = env("ADMIN_EMAIL")
if IS_PROD and ADMIN_PASSWORD == EXAMPLE_ADMIN_PASSWORD:
    raise ImproperlyConfigured(
        "ADMIN_PASSWORD is still the example value from .env.example; set a real one when ENV=prod."
    )
FINGERPRINT_SALT = env("FINGERPRINT_SALT") or SECRET_KEY
GITHUB_TOKEN = env("GITHUB_TOKEN")
# Several GitHub tokens (comma-separated) share the calls: each has its own rate budget
# (skills.ingestion.sources.ghapi). GITHUB_TOKEN alone keeps working.
GITHUB_TOKENS = [t.strip() for t in env.list("GITHUB_TOKENS", default=[]) if t.strip()]
# How long a GitHub call may sleep for its budget's reset before it raises the retryable
# GithubRateLimited instead (seconds; the search budget resets every minute).
GITHUB_BUDGET_MAX_WAIT = env.float("GITHUB_BUDGET_MAX_WAIT", default=0.0)
# Discovery of new sources across GitHub (skills.ingestion.sources.finder, docs/INGESTION.md):
# the score from which a candidate becomes an active source, below which it is ignored
# (in between: a pending source), and how often a finished pass starts again.
DISCOVERY_ACTIVE_SCORE = env.float("DISCOVERY_ACTIVE_SCORE", default=60.0)
DISCOVERY_MIN_SCORE = env.float("DISCOVERY_MIN_SCORE", default=10.0)
DISCOVERY_PASS_HOURS = env.float("DISCOVERY_PASS_HOURS", default=24.0)
DISCOVERY_FORK_SOURCES = env.int("DISCOVERY_FORK_SOURCES", default=50)
#: GitHub webhooks (POST /hooks/github, skills.hooks): the secret set on the webhook; unset
#: turns the endpoint off (it answers 503 saying so). Deliveries are kept this many days to
#: refuse replays; a client address may post this many deliveries a minute.
GITHUB_WEBHOOK_SECRET = env.str("GITHUB_WEBHOOK_SECRET", default="")
WEBHOOK_DELIVERY_RETENTION_DAYS = env.int("WEBHOOK_DELIVERY_RETENTION_DAYS", default=7)
WEBHOOK_RATE_PER_MINUTE = env.int("WEBHOOK_RATE_PER_MINUTE", default=600)
ALLOW_PRIVATE_URLS = env("ALLOW_PRIVATE_URLS")
#: Local folders and file:// URLs as sources: on in development (the demo), off in production
#: unless set (a staff account could otherwise read the server's own files).
_allow_local = env("ALLOW_LOCAL_SOURCES")
ALLOW_LOCAL_SOURCES = (not IS_PROD) if _allow_local is None else _allow_local

ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "marketplace.apps.ConsoleAdminConfig",  # django.contrib.admin with the console site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "corsheaders",
    "rest_framework",
    "rest_framework_simplejwt.token_blacklist",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "marketplace",
    "skills",
    "rankings",
    "moderation",
    "axes",  # brute-force lockouts (see AXES_* below and docs/SECURITY.md)
    "django_celery_beat",  # periodic schedules in the database, edited in the console
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "marketplace.errors.RequestGuardMiddleware",  # NUL characters in the address: 400
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # HTML and JSON compressed (gzip, text only; BREACH: see marketplace.compression).
    "marketplace.compression.TextGZipMiddleware",
    "marketplace.cors.PublicReadCorsMiddleware",  # before CommonMiddleware, as corsheaders asks
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language: ?lang= (hreflang alternates), then the cookie the language menu sets,
    # then Accept-Language; English by default (marketplace.i18n).
    "marketplace.i18n.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    # A 404 at the old address of a listing or repository that moved: 301 (skills.redirects).
    "skills.redirects.MovedRedirectMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "marketplace.security.SecurityHeadersMiddleware",  # CSP with a nonce, Permissions-Policy
    "marketplace.ratelimit.RateLimitHeadersMiddleware",  # RateLimit-Policy / RateLimit
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "marketplace.urls"
WSGI_APPLICATION = "marketplace.wsgi.application"
ASGI_APPLICATION = "marketplace.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "marketplace.context_processors.site",
                "marketplace.context_processors.languages",
            ],
        },
    },
    {
        # The listings' skill cards only (skills.cards, marketplace.jinja2): asked for by
        # engine, never found by a Django template's name.
        "NAME": "jinja2",
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [SITE_DIR / "templates" / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {"environment": "marketplace.jinja2.environment"},
    },
]

# With no DATABASE_URL the app runs on SQLite in the project folder; production and CI
# run on PostgreSQL (psycopg 3, persistent connections with health checks).
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    # Short OLTP queries: JIT compilation costs more than it saves (seen: +200 ms on a page).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
    # Prepared statements (opt-in): psycopg binds parameters on the server and prepares a
    # statement a connection has run 5 times, so PostgreSQL parses it once and, where its
    # generic plan is no worse, plans it once (Django turns preparing off by default). It
    # cut PostgreSQL's CPU per uncached answer by about half on API detail and 14-30 % on
    # home, the skill page and the category page (docs/BENCHMARKS.md). Off by default: it needs persistent connections
    # or Django's pool, and PgBouncer in transaction mode only carries prepared statements
    # from version 1.21 with `max_prepared_statements` set (docs/DEPLOY.md).
    if env.bool("DATABASE_PREPARED_STATEMENTS", default=False):
        DATABASES["default"]["OPTIONS"].setdefault("server_side_binding", True)
        DATABASES["default"]["OPTIONS"].setdefault("prepare_threshold", 5)
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].setdefault(
        "init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
    DATABASES["default"]["OPTIONS"].setdefault("timeout", 20)
    # A transaction takes the write lock when it begins: two processes writing at once (the
    # parts of a spread sync on a worker) then wait for each other (up to `timeout`) instead
    # of one failing with "database is locked" when its read turns into a write.
    DATABASES["default"]["OPTIONS"].setdefault("transaction_mode", "IMMEDIATE")

# Optional read replica: reads go to `replica`, writes and migrations to `default`
# (marketplace.db_router). Without DATABASE_REPLICA_URL there is no router. In tests the
# replica mirrors the test database (TEST MIRROR), so routed reads see the same rows.
if env.str("DATABASE_REPLICA_URL", default=""):
    DATABASES["replica"] = env.db_url("DATABASE_REPLICA_URL")
    DATABASES["replica"].setdefault("CONN_MAX_AGE", DATABASES["default"].get("CONN_MAX_AGE", 0))
    DATABASES["replica"]["CONN_HEALTH_CHECKS"] = True
    if DATABASES["replica"]["ENGINE"] == "django.db.backends.postgresql":
        # The primary's session settings and statement preparation (above) for the replica too.
        for key, value in DATABASES["default"].get("OPTIONS", {}).items():
            if key in {"options", "server_side_binding", "prepare_threshold"}:
                DATABASES["replica"].setdefault("OPTIONS", {}).setdefault(key, value)
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["marketplace.db_router.ReplicaRouter"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache_url("CACHE_URL")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "marketplace.redis_cache.RedisCache"  # fewer round trips

# AxesStandaloneBackend first: it refuses locked-out logins before any password is checked
# (admin login form and the API's POST /api/v1/auth/token alike).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English is the source language; Korean is kept complete (locale/ko, docs/WEB.md). Dates and
# numbers follow the language through the template filters and marketplace/formats/.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("ko", "한국어")]
LOCALE_PATHS = [SITE_DIR / "locale"]  # in the wheel too (setup.py copies it)
FORMAT_MODULE_PATH = ["marketplace.formats"]
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "staticfiles"
STATICFILES_DIRS = [SITE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT"))
STORAGES = {
    # Skill files are content-addressed blobs behind Django's storage API (local disk by
    # default; any storage backend, e.g. S3 via django-storages, can be configured).
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if IS_PROD
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# Skill files in S3-compatible object storage (AWS S3, MinIO, R2...) when a bucket is set;
# needs the optional extra: pip install -e ".[s3]". See docs/DEPLOY.md.
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env.str("STORAGE_URL", default="") or None,  # e.g. https://minio:9000
            "region_name": env.str("AWS_S3_REGION_NAME", default="") or None,
            "location": env.str("AWS_LOCATION", default=""),  # key prefix inside the bucket
            "default_acl": None,  # private; files are served through the app
            "querystring_auth": True,
            "file_overwrite": True,  # keys are content hashes: same key, same bytes
            # Credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY from the environment
            # (or an instance role), read by boto3 itself.
        },
    }

# In development whitenoise serves straight from the finders (no collectstatic needed).
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
if DEBUG:
    warnings.filterwarnings("ignore", message="No directory at", module="whitenoise.base")

LOGIN_URL = "admin:login"

# Logs: one structured line per event on stderr.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"line": {"()": "marketplace.logging.LineFormatter"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "line"}},
    "root": {"handlers": ["stderr"], "level": env("LOG_LEVEL").upper()},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

# --- API -----------------------------------------------------------------------------
ALLOWED_JWT_ALGORITHMS = {"HS256", "HS384", "HS512"}
JWT_ALG = env("JWT_ALG").upper()
if JWT_ALG not in ALLOWED_JWT_ALGORITHMS:
    raise ImproperlyConfigured(
        f"JWT_ALG must be one of {sorted(ALLOWED_JWT_ALGORITHMS)}, not {JWT_ALG!r}."
    )

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework_simplejwt.authentication.JWTAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "marketplace.schema.MarketplaceAutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["marketplace.api.OrjsonRenderer"],
    "DEFAULT_PARSER_CLASSES": [
        "marketplace.api.LimitedJSONParser",
        "marketplace.api.LimitedFormParser",
    ],
    "EXCEPTION_HANDLER": "marketplace.api.api_exception_handler",
    "DEFAULT_THROTTLE_CLASSES": ["marketplace.api.AnonThrottle", "marketplace.api.UserThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env("THROTTLE_ANON", default="120/min"),
        "user": env("THROTTLE_USER", default="600/min"),
        "events": env("THROTTLE_EVENTS", default="60/min"),
        "token": env("THROTTLE_TOKEN", default="10/min"),
    },
}

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=env("JWT_EXPIRES_MINUTES")),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=env("JWT_REFRESH_DAYS")),
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
    "ALGORITHM": JWT_ALG,
    "SIGNING_KEY": JWT_SECRET,
    "UPDATE_LAST_LOGIN": False,
    # Tokens carry a hash of the user's password hash: a password change ends every session
    # (marketplace.sessions also blacklists the user's refresh tokens when one is presented).
    "CHECK_REVOKE_TOKEN": True,
    "REVOKE_TOKEN_CLAIM": "hash_password",
    "TOKEN_OBTAIN_SERIALIZER": "marketplace.sessions.SessionObtainSerializer",
    "TOKEN_REFRESH_SERIALIZER": "marketplace.sessions.SessionRefreshSerializer",
}
#: A session (a chain of rotated refresh tokens) ends this many days after its login, however
#: often it was refreshed.
JWT_SESSION_DAYS = env("JWT_SESSION_DAYS")

SPECTACULAR_SETTINGS = {
    "TITLE": f"{APP_NAME} API",
    "DESCRIPTION": "Read the catalogue of agent skills, record installs, and moderate.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Separate request and response models: read-only fields are never required in a
    # request (generated clients can call every operation).
    "COMPONENT_SPLIT_REQUEST": True,
    # Operations are tagged by the path segment after /api/v1/ (or /api/): skills, admin,
    # auth, taxonomy, search... (generated clients group their modules by tag).
    "SCHEMA_PATH_PREFIX": r"/api(?:/v1)?",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "EventKindEnum": "rankings.models.EventKind",
        "SourceKindEnum": "skills.models.SkillSource.Kind",
    },
}

# Cross-origin reads (django-cors-headers, marketplace.cors): any origin may GET the public
# catalogue (skills, taxonomy, rankings, health, the schema, well-known indexes, the
# skills.sh-compatible search and download); never with credentials, never another method.
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_URLS_REGEX = (
    r"^/(?:api/v1/?|api/v1/(?:skills|taxonomy|rankings|health|ready)(?:/.*)?"
    r"|api/(?:search|download/.+|schema/)|r/.+|marketplace\.json|\.well-known/.+)$"
)
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "accept-language", "if-none-match", "if-modified-since"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After", "RateLimit", "RateLimit-Policy"]
CORS_PREFLIGHT_MAX_AGE = 86400

# --- Production hardening ------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if IS_PROD:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT")
    SECURE_HSTS_SECONDS = env("SECURE_HSTS_SECONDS")
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True

# Brute force (django-axes): 5 failures for one username from one client address lock that
# pair, and 20 failures from one address whatever the usernames lock that address, each for
# 15 minutes. Never a username for every address: whoever knows a moderator's username cannot
# lock the moderator out from elsewhere. Attempts live in the database (AccessAttempt, in
# the console's internal tables). The handler (one limit per parameter set) and the lockout
# answer (JSON under /api/, a page in the site's layout elsewhere) are in
# marketplace.security; the client address honours NUM_PROXIES like the rest of the site
# (an IPv6 address counts as its /64). See docs/SECURITY.md.
AXES_ENABLED = env.bool("AXES_ENABLED", default=True)
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_ADDRESS_FAILURE_LIMIT = env.int("AXES_ADDRESS_FAILURE_LIMIT", default=20)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], ["ip_address"]]
# Not AXES_RESET_ON_SUCCESS: a login would clear its address's counter, so one valid
# account would let an address guess other accounts' passwords without end.
AXES_HANDLER = "marketplace.security.AxesHandler"
AXES_LOCKOUT_CALLABLE = "marketplace.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "marketplace.security.axes_client_ip"
AXES_USERNAME_CALLABLE = "marketplace.security.axes_username"
AXES_HTTP_RESPONSE_CODE = 429
AXES_VERBOSE = False

# --- Marketplace ---------------------------------------------------------------------
# Limits applied when ingesting skills (per file, per skill).
SKILL_MAX_FILE_BYTES = env.int("SKILL_MAX_FILE_BYTES", default=5 * 1024 * 1024)
SKILL_MAX_FILES = env.int("SKILL_MAX_FILES", default=2000)
SKILL_MAX_BYTES = env.int("SKILL_MAX_BYTES", default=50 * 1024 * 1024)
SYNC_GONE_AFTER = env.int("SYNC_GONE_AFTER", default=3)
# Catalogue-wide counts (home totals, category counts, license menu) are cached this long.
CATALOGUE_CACHE_SECONDS = env.int("CATALOGUE_CACHE_SECONDS", default=300)
# Anonymous API list, search and skill-detail answers are cached this long per catalogue
# version, path and query.
API_LIST_CACHE_SECONDS = env.int("API_LIST_CACHE_SECONDS", default=60)
# Anonymous pages (home, search, skill, category, tag, repository, rankings) are cached this
# long per catalogue version and URL (marketplace.pagecache); 0 turns the page cache off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=60)
# Trusted reverse proxies in front of the app: the client IP is taken from X-Forwarded-For
# that many hops from the right (0: REMOTE_ADDR). Set it behind a load balancer, or every
# visitor shares one address for rate limits and lockouts.
NUM_PROXIES = env.int("NUM_PROXIES", default=0)
# Processes that read, scan and render skills during a sync (the writes stay sequential).
SYNC_WORKERS = env.int("SYNC_WORKERS", default=os.cpu_count() or 1)
# Event batches one visitor may post per minute (rankings.services.events.actor_is_rate_limited);
# raised by the benchmark harness, whose load all comes from one address.
RANKINGS_EVENTS_PER_MINUTE = env.int("RANKINGS_EVENTS_PER_MINUTE", default=120)
# Event batches one network address (IPv4 address or IPv6 /64) may post per minute, whatever
# the User-Agent (rankings.services.events.address_is_rate_limited); raised by the benchmark too.
RANKINGS_EVENTS_PER_ADDRESS_PER_MINUTE = env.int(
    "RANKINGS_EVENTS_PER_ADDRESS_PER_MINUTE", default=600
)
# Installs, downloads and copies that count per skill, kind, UTC day and network address
# (rankings.services.event_store; docs/RANKINGS.md), however many visitors share it.
RANKINGS_COUNTED_PER_ADDRESS = env.int("RANKINGS_COUNTED_PER_ADDRESS", default=3)
# compute_rankings on PostgreSQL spreads its work over background connections (summaries,
# reads, sort keys) so the cores share it; False runs the steps one after the other.
RANKINGS_PARALLEL = env.bool("RANKINGS_PARALLEL", default=True)

# --- Background work: Celery (marketplace/celery.py) ----------------------------------
# The broker workers take tasks from: redis://127.0.0.1:6379/1 or amqp://guest:guest@host:5672//
# (RabbitMQ). Empty (the default): no broker and no worker; every task runs in the process
# that asks for it (CELERY_TASK_ALWAYS_EAGER), so `make run` and `make test` stay one process.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not CELERY_BROKER_URL)
CELERY_TASK_EAGER_PROPAGATES = True
# A task's state and last result are written on the row it works on (SkillSource.sync_state,
# last_stats, last_sync_log...), which the console shows; results are not kept
# (CELERY_TASK_IGNORE_RESULT). The result backend serves one thing: a large source's sync
# spread over several tasks joins them with a chord (skills.ingestion.sync.fanout), which
# needs one. By default the broker's Redis; with RabbitMQ set CELERY_RESULT_BACKEND to a
# Redis URL, or leave it empty: every sync is then one task.
CELERY_RESULT_BACKEND = (
    env.str(
        "CELERY_RESULT_BACKEND",
        default=CELERY_BROKER_URL
        if CELERY_BROKER_URL.startswith(("redis://", "rediss://"))
        else "",
    )
    or None
)
CELERY_TASK_IGNORE_RESULT = True
# A task is acknowledged when it finishes: one whose worker dies mid-way goes back to the
# queue and runs again (the tasks are idempotent). One task at a time per worker process.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Redis redelivers a task whose worker vanished (acknowledged late, never acknowledged)
# after this many seconds: longer than the longest task.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=6 * 3600)
}
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# The queue tasks are sent to and workers read (several sites on one broker: one each).
CELERY_TASK_DEFAULT_QUEUE = env.str("CELERY_TASK_DEFAULT_QUEUE", default="celery")
# Retries of a task that failed on the network or a rate limit: exponential backoff from
# TASK_RETRY_BASE_SECONDS, at most TASK_RETRY_MAX_SECONDS apart (a Retry-After the server
# sends wins), at most TASK_MAX_RETRIES times.
TASK_MAX_RETRIES = env.int("TASK_MAX_RETRIES", default=5)
TASK_RETRY_BASE_SECONDS = env.float("TASK_RETRY_BASE_SECONDS", default=30.0)
TASK_RETRY_MAX_SECONDS = env.float("TASK_RETRY_MAX_SECONDS", default=3600.0)
# One sync of a source at a time (marketplace.locks): without PostgreSQL the lock is a cache
# key that lives this many seconds and is renewed while the sync runs, so a worker killed
# mid-sync frees it within that time. Share the cache (CACHE_URL=redis://...) between workers.
SYNC_LOCK_SECONDS = env.int("SYNC_LOCK_SECONDS", default=120)
# A sync task that finds its source being synced by another worker waits this long (doubling,
# at most a minute) before it tries again.
SYNC_LOCK_WAIT_SECONDS = env.float("SYNC_LOCK_WAIT_SECONDS", default=5.0)
# On workers, a sync with more skills to write than this is spread over tasks of this many
# skills each (skills.ingestion.sync.fanout); 0: one task per source. The clone they read is
# kept in SYNC_RUN_DIR (default: <temp>/skills-runs) until the sync ends.
SYNC_CHUNK_SKILLS = env.int("SYNC_CHUNK_SKILLS", default=50)
SYNC_RUN_DIR = env.str("SYNC_RUN_DIR", default="")
# A source is due for its periodic sync (the sync_due_sources task) this long after its last.
SYNC_INTERVAL_MINUTES = env.int("SYNC_INTERVAL_MINUTES", default=6 * 60)
