"""What the load and soak scenarios need from the database, printed as JSON.

    DATABASE_URL=… .venv/bin/python bench/fixtures_for_load.py > fixtures.json

Run with the same environment as the server (SECRET_KEY, DATABASE_URL, CACHE_URL): staff
sessions are created in the server's session store, as a sign-in would. Staff are the demo's
(or the generated database's) coordinator and DPUPR officer, and an officer of the agency that
supports the most reports of other agencies (its inbox merges two index ranges).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jembatan.settings")
    import django

    django.setup()
    from django.db.models import Count
    from django.test import Client

    from jembatan.api.auth import token_issue
    from jembatan.core.models import Agency, Membership, Region, User
    from jembatan.reports.models import Report
    from jembatan.reports.selectors import ReportFilters, reports_public

    def session_of(user: User) -> str:
        client = Client()
        client.force_login(user)
        return client.cookies["sessionid"].value

    coordinator = User.objects.get(username="koordinator")
    officer = User.objects.get(username="petugas.dpupr")
    supporting = (Agency.objects.annotate(n=Count("supporting_reports"))
                  .filter(memberships__isnull=False).order_by("-n").first())
    supporting_officer = Membership.objects.filter(agency=supporting).select_related(
        "user").order_by("role", "id").first().user
    public_report = reports_public(filters=ReportFilters()).order_by("-created_at").first()
    staff_report = Report.objects.filter(lead_agency__slug="dpupr").order_by("-created_at").first()
    desa = Region.objects.exclude(level=Region.Level.KECAMATAN).exclude(parent=None)
    regions = [[d.parent_id, d.code] for d in desa.order_by("code")[:200]]
    texts = list(Report.objects.order_by("-id").values_list("title", "body")[:200])
    print(json.dumps({
        "sessions": {"coordinator": session_of(coordinator), "officer": session_of(officer),
                     "supporting_officer": session_of(supporting_officer)},
        "supporting_agency": {"slug": supporting.slug, "supported_reports": supporting.n,
                              "officer": supporting_officer.username},
        "token": token_issue(coordinator),
        "public_report": public_report.tracking_code,
        "staff_report": staff_report.tracking_code,
        "regions": regions,
        "titles": sorted({title[:150] for title, _ in texts}),
        "bodies": sorted({body[:2000] for _, body in texts}),
        "reports": Report.objects.count(),
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
