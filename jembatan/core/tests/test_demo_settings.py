"""`make demo` runs with DEBUG off (decision 0035): the environment scripts/demo-env.sh gives."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[3]
# Starts Django in processes of its own, with a database of its own.
pytestmark = pytest.mark.slow

PROBE = """
import django
django.setup()
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
call_command("migrate", "--no-input", verbosity=0)
call_command("collectstatic", "--no-input", verbosity=0)
client = Client(HTTP_HOST=settings.ALLOWED_HOSTS[0])
page = client.get("/halaman-yang-tidak-ada/", HTTP_ACCEPT_LANGUAGE="en")
html = page.content.decode()
css = next(part.split('"')[0] for part in html.split('href="') if part.startswith("/static/css/"))
print("debug", settings.DEBUG)
print("insecure", "insecure" in settings.SECRET_KEY)
print("key", settings.SECRET_KEY)
print("hosts", ",".join(settings.ALLOWED_HOSTS))
print("site", settings.SITE_URL)
print("status", page.status_code)
print("indonesian", "Halaman tidak ditemukan" in html)
print("technical", "URLconf" in html or "Traceback" in html)
print("static", client.get(css).status_code)
"""


def run_demo_environment(tmp_path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "SITE_URL", "DATABASE_URL",
                          "STATIC_ROOT", "MEDIA_ROOT", "SECURE_COOKIES"}
           and not key.startswith("DJANGO_")}
    env.update(VAR_DIR=str(tmp_path), HOST="127.0.0.1", PORT="8123",
               BIN=str(Path(sys.executable).parent), DJANGO_SETTINGS_MODULE="jembatan.settings",
               PYTHON=sys.executable)
    result = subprocess.run(
        ["bash", "-c", '. scripts/demo-env.sh && exec "$PYTHON" -c "$0"', PROBE],
        cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)


def test_demo_runs_with_debug_off_and_shows_the_indonesian_404(tmp_path):
    seen = run_demo_environment(tmp_path)

    assert seen["debug"] == "False"
    assert seen["insecure"] == "False"
    assert "127.0.0.1" in seen["hosts"].split(",")
    assert seen["site"] == "http://127.0.0.1:8123"
    assert seen["status"] == "404"
    assert seen["indonesian"] == "True"
    assert seen["technical"] == "False"
    assert seen["static"] == "200"
    # The key was generated once and is kept for the next start.
    key_file = tmp_path / "demo-secret-key"
    assert key_file.read_text().strip() == seen["key"]
    assert key_file.stat().st_mode & 0o077 == 0
