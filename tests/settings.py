"""Settings for the test suite: the real settings with fast hashing and a test key."""

import os

os.environ.setdefault("SECRET_KEY", "alleen-voor-tests")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from casemanagement.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
ALLOWED_HOSTS = ["*"]
MEDIA_ROOT = BASE_DIR / "test-artefacten" / "media"  # noqa: F405
AXES_ENABLED = True
WHITENOISE_AUTOREFRESH = True
TWEE_STAPPEN_VERPLICHT = False  # tests/casemanagement/test_tweestaps.py turns it on
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405  (tests open and close their own)
