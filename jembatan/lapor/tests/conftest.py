"""A real HTTP server on loopback that answers like the API documented in docs/lapor.md:
POST /api/laporan/{nomor}/tindak-lanjut and /status with the Bearer token, and files to
download. Each test scripts its answers; nothing of the client is mocked."""

from __future__ import annotations

import io
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PIL import Image

from jembatan.core.models import Jurisdiction
from jembatan.lapor.actions import lapor_record_import
from jembatan.lapor.records import record_from_row

TOKEN = "token-uji"


@dataclass
class Received:
    path: str
    authorization: str
    key: str
    body: dict


@dataclass
class LaporApi:
    base: str = ""
    received: list[Received] = field(default_factory=list)
    # Per path ending ("tindak-lanjut", "status"): the codes to answer, in turn; then 200.
    script: dict[str, list[int]] = field(default_factory=dict)
    # Files to download: path → (content type, bytes).
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    keys_seen: set[str] = field(default_factory=set)

    def bodies(self, ending: str) -> list[dict]:
        return [item.body for item in self.received if item.path.endswith(ending)]

    def file_url(self, name: str) -> str:
        return f"{self.base}/files/{name}"


def png_bytes(size: tuple[int, int] = (8, 8)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def _handler(api: LaporApi):
    class Handler(BaseHTTPRequestHandler):
        def _answer(self, code: int, body: bytes = b"{}", content_type="application/json"):
            self.send_response(code)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            key = self.headers.get("Idempotency-Key", "")
            if self.headers.get("Authorization") != f"Bearer {TOKEN}":
                self._answer(401)
                return
            ending = self.path.rsplit("/", 1)[-1]
            codes = api.script.get(ending) or []
            code = codes.pop(0) if codes else 200
            if code == 200 and key in api.keys_seen:
                code = 409  # the documented answer to a key already received
            api.received.append(Received(self.path, self.headers.get("Authorization"), key,
                                         body))
            if code == 200:
                api.keys_seen.add(key)
            self._answer(code)

        def do_GET(self):
            name = self.path.removeprefix("/files/")
            if name not in api.files:
                self._answer(404, b"")
                return
            content_type, data = api.files[name]
            self._answer(200, data, content_type)

        def log_message(self, *args):
            pass

    return Handler


@pytest.fixture
def lapor_api(settings):
    api = LaporApi()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(api))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    api.base = f"http://127.0.0.1:{server.server_port}"
    settings.LAPOR_API_URL = f"{api.base}/api"
    settings.LAPOR_API_TOKEN = TOKEN
    # Attachments are fetched only from the public internet; this machine in the tests.
    settings.WEBHOOKS_ALLOW_LOOPBACK = True
    yield api
    server.shutdown()
    server.server_close()


def lapor_row(**changes) -> dict:
    row = {
        "nomor_laporan": "LPR-7781234",
        "jenis": "Pengaduan",
        "judul": "Jalan berlubang di Kalikajar",
        "isi": "Lubang besar di depan SD Kalikajar 2 membahayakan pengendara motor.",
        "status": "Belum Terverifikasi",
        "anonim": False,
        "rahasia": False,
        "tanggal_laporan": "2026-03-02T09:00:00+07:00",
        "lokasi": "Depan SD Kalikajar 2",
        "nama_pelapor": "Siti Aminah",
        "email_pelapor": "siti@contoh.id",
        "telepon_pelapor": "081234567890",
        "tindak_lanjut": [],
    }
    row.update(changes)
    return row


@pytest.fixture
def import_lapor(db):
    def run(**changes):
        record = record_from_row(lapor_row(**changes), number=1)
        return lapor_record_import(record=record, jurisdiction=Jurisdiction.current()).report

    return run
