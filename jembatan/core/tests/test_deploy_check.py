"""Django's deployment checks pass with the production variables .env.example documents."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[3]
# Each test starts Django in a process of its own.
pytestmark = pytest.mark.slow


def documented_environment() -> dict[str, str]:
    """.env.example's values as an operator copying it would have them."""
    values = {}
    for line in (BASE_DIR / ".env.example").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            name, value = line.split("=", 1)
            values[name] = value
    return values


def run_deploy_check(tmp_path, **overrides) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("DJANGO_", "AWS_"))}
    env.update(documented_environment())
    # What .env.example leaves for the operator to fill in.
    env.update(SECRET_KEY=secrets.token_urlsafe(50), META_APP_SECRET=secrets.token_hex(16),
               META_VERIFY_TOKEN=secrets.token_hex(8), VAR_DIR=str(tmp_path))
    env.update(overrides)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120, check=False,
    )


@pytest.mark.parametrize("storage", [
    {},
    {"STORAGE_BACKEND": "s3", "AWS_STORAGE_BUCKET_NAME": "jembatan",
     "PRIVATE_FILES_SERVER": "presigned"},
])
def test_check_deploy_with_the_documented_production_variables_has_no_warnings(
        tmp_path, storage):
    result = run_deploy_check(tmp_path, **storage)

    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues" in result.stdout


def test_documented_variables_give_hsts_for_subdomains_secure_cookies_and_var_dir_media(
        tmp_path):
    script = ("from django.conf import settings as s; print(s.SECURE_HSTS_INCLUDE_SUBDOMAINS, "
              "s.SECURE_HSTS_PRELOAD, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
              "str(s.MEDIA_ROOT) == os.environ['VAR_DIR'] + '/media')")
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(documented_environment())
    env.update(SECRET_KEY="x" * 50, VAR_DIR=str(tmp_path), META_APP_SECRET="a",
               META_VERIFY_TOKEN="b", DJANGO_SETTINGS_MODULE="jembatan.settings")
    result = subprocess.run(
        [sys.executable, "-c", f"import os, django; django.setup(); {script}"],
        cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120, check=False,
    )

    assert result.stdout.split() == ["True"] * 5, result.stderr
