"""The live client pulls reports from a real HTTP server on loopback answering the documented
shape, with the token; a server that is down is a clear error, not a crash."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from jembatan.lapor.client import lapor_pull
from jembatan.lapor.records import LaporFileError
from jembatan.reports.models import Channel, Report

pytestmark = pytest.mark.django_db

RECORD = {"nomor_laporan": "LPR-LIVE-1", "jenis": "Pengaduan", "judul": "Drainase mampet",
          "isi": "Air meluap ke jalan di Garung.", "status": "Belum Terverifikasi",
          "tanggal_laporan": "2026-03-02T09:00:00+07:00"}


class _Lapor(BaseHTTPRequestHandler):
    seen: list = []

    def do_GET(self):
        _Lapor.seen.append((self.path, self.headers.get("Authorization")))
        body = json.dumps({"laporan": [RECORD]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def lapor_server(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Lapor)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.LAPOR_API_URL = f"http://127.0.0.1:{server.server_port}/api"
    settings.LAPOR_API_TOKEN = "token-uji"
    yield server
    server.shutdown()
    server.server_close()


def test_pulling_imports_new_reports_once_with_the_token(lapor_server):
    lapor_pull()
    lapor_pull()

    report = Report.objects.get()
    assert report.channel == Channel.LAPOR
    assert report.lapor_link.tracking_number == "LPR-LIVE-1"
    assert _Lapor.seen[-1] == ("/api/laporan", "Bearer token-uji")


def test_a_server_that_is_down_is_a_clear_error(settings):
    settings.LAPOR_API_URL = "http://127.0.0.1:9/api"
    with pytest.raises(LaporFileError, match="tidak dapat dibaca"):
        lapor_pull()


def test_the_scheduled_pull_imports_through_the_task(lapor_server, immediate_tasks):
    from jembatan.core import scheduler
    from jembatan.lapor.tasks import pull_lapor_reports

    assert scheduler.JOBS["lapor.pull"].task == "jembatan.lapor.tasks.pull_lapor_reports"
    assert pull_lapor_reports.enqueue().return_value == 1
    assert Report.objects.filter(lapor_link__tracking_number="LPR-LIVE-1").exists()
