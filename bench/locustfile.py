"""Locust scenarios of `bench/load_run.py`: one user class per page or endpoint measured.

    locust -f bench/locustfile.py --headless -u 8 -r 8 -t 20s --host http://127.0.0.1:8000 \
        PublicHome

`load_run.py` runs them one at a time against `scripts/production.sh` and passes what the
scenarios need (staff session cookies, an API token, a report's code, region codes) in the JSON
file named by LOAD_FIXTURES. Every user waits 0 s between requests (a closed loop: throughput
is what the server gives at this concurrency), does not follow redirects (a redirect to the
sign-in page must count as a failure, not as a fast page) and sends a random client address in
X-Real-IP, which the server is started to trust (CLIENT_IP_HEADER): many citizens, each within
the per-address limits, as behind the production proxy.
"""

from __future__ import annotations

import json
import os
import random
import re
import uuid
from pathlib import Path

from locust import HttpUser, constant, task

FIXTURES = json.loads(Path(os.environ["LOAD_FIXTURES"]).read_text()) if os.environ.get(
    "LOAD_FIXTURES") else {}


def client_address() -> str:
    # 100.64.0.0/10 (shared address space): only ever a header value here, never a target.
    return f"100.{random.randint(64, 127)}.{random.randint(0, 255)}.{random.randint(1, 254)}"


class Page(HttpUser):
    """A GET of one page, as one visitor or one signed-in person."""

    abstract = True
    wait_time = constant(0)
    path = "/"
    session = ""  # key of FIXTURES["sessions"]; empty for the public
    token = False

    def on_start(self) -> None:
        if self.session:
            self.client.cookies.set("sessionid", FIXTURES["sessions"][self.session])

    def headers(self) -> dict[str, str]:
        headers = {"X-Real-IP": client_address()}
        if self.token:
            headers["Authorization"] = f"Bearer {FIXTURES['token']}"
        return headers

    @task
    def get(self) -> None:
        path = self.path.format(**FIXTURES)
        with self.client.get(path, headers=self.headers(), allow_redirects=False,
                             name=type(self).__name__, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"{response.status_code} for {path}")


# One user class per page: (name on the command line, path, FIXTURES["sessions"] key, API
# token). The path's {names} are filled from FIXTURES.
PAGES = (
    ("Ping", "/__ping", "", False),
    ("PublicHome", "/", "", False),
    ("PublicReport", "/laporan/{public_report}/", "", False),
    ("CoordinatorInbox", "/staf/laporan/", "coordinator", False),
    ("AgencyInbox", "/staf/laporan/", "officer", False),
    # An agency that also supports other agencies' reports: the inbox merges two ranges.
    ("SupportingAgencyInbox", "/staf/laporan/", "supporting_officer", False),
    ("ReportStaffPage", "/staf/laporan/{staff_report}/", "coordinator", False),
    ("ConversationInbox", "/staf/percakapan/", "coordinator", False),
    ("PublicScorecard", "/kinerja/", "", False),
    ("StaffDashboard", "/staf/kinerja/", "coordinator", False),
    ("ApiInbox", "/api/v1/inbox", "", True),
)
# Locust finds its user classes among the module's names.
for _name, _path, _session, _token in PAGES:
    globals()[_name] = type(_name, (Page,), {"path": _path, "session": _session,
                                             "token": _token, "__module__": __name__})


class ApiSubmission(HttpUser):
    """`POST /api/v1/reports` with a new Idempotency-Key each time, as a citizen's app sends it."""

    wait_time = constant(0)

    @task
    def submit(self) -> None:
        region = random.choice(FIXTURES["regions"])
        body = {
            "kind": "pengaduan",
            "title": random.choice(FIXTURES["titles"]),
            "body": random.choice(FIXTURES["bodies"]),
            "privacy": random.choice(["publik", "anonim", "rahasia"]),
            "kecamatan": region[0], "desa": region[1],
            "reporter": {"name": "Warga Uji Beban",
                         "email": f"warga.{uuid.uuid4().hex[:10]}@contoh.id"},
        }
        headers = {"X-Real-IP": client_address(), "Idempotency-Key": str(uuid.uuid4())}
        with self.client.post("/api/v1/reports", json=body, headers=headers,
                              name="ApiSubmission", catch_response=True) as response:
            if response.status_code != 201:
                response.failure(f"{response.status_code}: {response.text[:200]}")


FORM_VALUE = re.compile(r'name="(csrfmiddlewaretoken|idempotency_key)" value="([^"]+)"')


class FormSubmission(HttpUser):
    """The public report form as a browser sends it: `GET /lapor/` for the CSRF token and the
    form's one-time id, then `POST /lapor/`, which answers with a redirect to the page that
    shows the tracking code. Only the POST is the scenario's figure (`FormSubmission`)."""

    wait_time = constant(0)

    @task
    def submit(self) -> None:
        address = client_address()
        page = self.client.get("/lapor/", headers={"X-Real-IP": address},
                               name="FormSubmission: the empty form")
        values = dict(FORM_VALUE.findall(page.text))
        region = random.choice(FIXTURES["regions"])
        form = {
            "csrfmiddlewaretoken": values.get("csrfmiddlewaretoken", ""),
            "idempotency_key": values.get("idempotency_key", ""),
            "kind": "pengaduan", "title": random.choice(FIXTURES["titles"]),
            "body": random.choice(FIXTURES["bodies"]),
            "privacy": random.choice(["publik", "anonim", "rahasia"]),
            "kecamatan": region[0], "desa": region[1],
            "reporter_name": "Warga Uji Beban",
            "reporter_email": f"warga.{uuid.uuid4().hex[:10]}@contoh.id",
            "consent": "on", "website": "",
        }
        headers = {"X-Real-IP": address, "Referer": f"{self.host}/lapor/"}
        with self.client.post("/lapor/", data=form, headers=headers, allow_redirects=False,
                              name="FormSubmission", catch_response=True) as response:
            if response.status_code != 302:
                response.failure(f"{response.status_code} for POST /lapor/")
