"""Which part of the public site a page belongs to, so the main navigation can mark it."""

from django.http import HttpRequest

# Longest prefix first: an agency's services are under /instansi/ but belong to "services",
# its scorecard to "scorecard".
_SECTIONS = (
    ("/instansi/", "/layanan/", "services"),
    ("/instansi/", "/kinerja/", "scorecard"),
    ("/kinerja/", "", "scorecard"),
    ("/layanan/", "", "services"),
    ("/berita/", "", "news"),
    ("/partisipasi/", "", "participation"),
    ("/laporan/", "", "reports"),
    ("/lapor/", "", "reports"),
    ("/lacak/", "", "reports"),
    ("/instansi/", "", "agencies"),
    ("/cari/", "", "search"),
)


def section_of(path: str) -> str:
    if path == "/":
        return "home"
    for prefix, inner, section in _SECTIONS:
        if path.startswith(prefix) and inner in path[len(prefix) - 1:]:
            return section
    return ""


def current_section(request: HttpRequest) -> dict:
    return {"nav_section": section_of(request.path)}
