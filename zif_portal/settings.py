"""Settings of the ZIF Portal, read from the environment only.

Every variable is documented in `.env.example`. Defaults are safe: DEBUG is off
unless asked for, and without DEBUG the portal refuses to start without a
SECRET_KEY.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")

# Without DEBUG the key must come from the environment. Left empty, Django refuses
# every use of it, the production server refuses to start (wsgi.py) and
# `check --deploy` fails; commands that need no key (makemigrations, migrate,
# check) still run.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY and DEBUG:
    SECRET_KEY = "insecure-development-key-only-used-with-DEBUG"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Behind a TLS-terminating proxy set HTTPS=1: HTTPS redirect, HSTS and secure
# cookies switch on together. Plain HTTP on loopback (make serve) leaves them off.
HTTPS = env_bool("HTTPS")
SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000")) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS and env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = HTTPS and env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
if not HTTPS:
    # These four checks ask for the TLS settings above; on plain HTTP they cannot hold.
    SILENCED_SYSTEM_CHECKS = ["security.W004", "security.W008", "security.W012", "security.W016"]
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Nothing external, no inline script: every asset is served by the portal itself.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

INSTALLED_APPS = [
    # modeltranslation must come before the admin to patch its forms.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "corsheaders",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "zif_portal",
    "territories",
    "governance",
    "plan",
    "indicators",
]

MIDDLEWARE = [
    # First, so that answers from the page cache get the CORS headers too.
    "zif_portal.middleware.ReadOnlyCorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "zif_portal.middleware.RejectControlCharactersMiddleware",
    "zif_portal.cache.PublicPageCacheMiddleware",
    "zif_portal.middleware.CompressionMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into its answer.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Brute-force protection of the admin login: locked after AXES_FAILURE_LIMIT failures
# for a username from one address, for AXES_COOLOFF_HOURS.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "axes_lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "0")) or None
AXES_VERBOSE = False

# Anonymous pages and API answers are cached this long, or until the data change.
ZIF_PAGE_CACHE_SECONDS = int(os.environ.get("ZIF_PAGE_CACHE_SECONDS", "600"))
# Totals of long lists are counted once per data version and kept this long.
ZIF_COUNT_CACHE_SECONDS = int(os.environ.get("ZIF_COUNT_CACHE_SECONDS", "3600"))
# Page sections built once per data version (zif_portal.cache.per_version).
ZIF_SECTION_CACHE_SECONDS = int(os.environ.get("ZIF_SECTION_CACHE_SECONDS", "3600"))

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # Shared by every app server: cached pages, throttling counters.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "zif",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

ROOT_URLCONF = "zif_portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            # {% url %} resolved once per process and address (zif_portal.reversing).
            "builtins": ["zif_portal.templatetags.zif_urls"],
            "context_processors": [
                "django.template.context_processors.request",
                "zif_portal.context_processors.as_of_today",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "zif_portal.context_processors.languages",
            ],
        },
    },
]

WSGI_APPLICATION = "zif_portal.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
    )
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "es"
LANGUAGES = [("es", _("Spanish")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "America/Guayaquil"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "es"
MODELTRANSLATION_LANGUAGES = ("es", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("es", "en")}

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG and not env_bool("ZIF_PLAIN_STATIC")
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

LOGIN_URL = "admin:login"

# Where visitors report an error in the data (shown on "About the data").
ZIF_CONTACT_EMAIL = os.environ.get("ZIF_CONTACT_EMAIL", "")
# Where to report a vulnerability (security.txt "Contact"): a mailto: or https: address;
# defaults to ZIF_CONTACT_EMAIL, then to the "report an error" section of About the data.
ZIF_SECURITY_CONTACT = os.environ.get("ZIF_SECURITY_CONTACT", "")

# Upper bound on what a client may send: the portal never needs large bodies.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["zif_portal.api.permissions.ModelPermissionsOrAnonReadOnly"],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first, so an anonymous write is told to authenticate (401).
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.SearchFilter",
        "zif_portal.api.filters.StrictOrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "zif_portal.api.pagination.StandardPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "zif_portal.api.exceptions.exception_handler",
    "DEFAULT_THROTTLE_CLASSES": [
        "zif_portal.api.throttling.AnonymousReadThrottle",
        "zif_portal.api.throttling.UserThrottle",
    ],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
        "zif_portal.api.renderers.CSVRenderer",
    ],
}

# Any web page may read the API and the downloads (GET, HEAD, OPTIONS), never with
# the visitor's cookies; writes stay same-origin (ReadOnlyCorsMiddleware).
CORS_URLS_REGEX = r"^/(api/v1|data)/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["Link", "ETag", "X-Checksum-SHA256", "Retry-After"]

# Requests per client and period ("N/second|minute|hour|day"); raise them for a load test.
ANON_THROTTLE_RATE = os.environ.get("ANON_THROTTLE_RATE", "120/minute")
USER_THROTTLE_RATE = os.environ.get("USER_THROTTLE_RATE", "600/minute")

SPECTACULAR_SETTINGS = {
    "TITLE": "ZIF Portal API",
    "DESCRIPTION": (
        "Read-only open data on the Ecuador–Peru Border Integration Zone (ZIF): "
        "its countries, administrative units, zones and the sources of every fact. "
        "Every descriptive field comes in Spanish (`_es`) and English (`_en`)."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    # Swagger UI and Redoc served from the project itself: no CDN.
    "ENUM_NAME_OVERRIDES": {
        "UnitLevelEnum": "territories.models.Level",
        "MechanismLevelEnum": "governance.models.MechanismLevel",
        "DatePrecisionEnum": "zif_portal.dates.DatePrecision",
        "ProjectKindEnum": "plan.models.ProjectKind",
        "ProjectAmountKindEnum": "plan.models.AmountKind",
        "PlanFigureKindEnum": "plan.models.FigureKind",
        "ProjectNameLanguageEnum": "plan.models.NameLanguage",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "zif_portal.api.schema.geojson_responses",
    ],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
