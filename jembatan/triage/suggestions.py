"""Which agencies a message is for: the top suggestions of the current router, kept to the
area offices of the message's own area."""

from __future__ import annotations

from dataclasses import dataclass

from jembatan.core.models import Agency
from jembatan.triage import normalize
from jembatan.triage.registry import current_router
from jembatan.triage.router import Prediction


@dataclass
class AgencySuggestion:
    agency: Agency
    probability: float


def suggest_agencies(text: str, *, kecamatan_code: str = "",
                     desa_code: str = "") -> tuple[list[AgencySuggestion], list[str]]:
    """The top three agencies for a text, with the words that drove the first one.

    A kecamatan, kelurahan or desa office is suggested only for a matter of its own area: the
    message is located there, or the text names the area. The others keep their order.
    """
    if not Agency.objects.active().exists():
        # A new installation before its agencies are entered: nothing to suggest, and the
        # cold-start router cannot be built from no agencies at all.
        return [], []
    prediction: Prediction = current_router().predict(text, top=8)
    agencies = Agency.objects.select_related("region").in_bulk(
        [s.label for s in prediction.suggestions], field_name="slug")
    words = f" {' '.join(normalize.words(text))} "
    suggestions = [AgencySuggestion(agencies[s.label], round(s.probability, 3))
                   for s in prediction.suggestions if s.label in agencies
                   and _serves_area(agencies[s.label], words=words,
                                    kecamatan_code=kecamatan_code, desa_code=desa_code)]
    return suggestions[:3], prediction.explanation


def serves_area(agency: Agency, *, text: str, kecamatan_code: str, desa_code: str) -> bool:
    """Whether an agency may be suggested for a message of this area (read again when the
    report's place changed after its reading: a kecamatan office elsewhere is never offered)."""
    return _serves_area(agency, words=f" {' '.join(normalize.words(text))} ",
                        kecamatan_code=kecamatan_code, desa_code=desa_code)


def _serves_area(agency: Agency, *, words: str, kecamatan_code: str, desa_code: str) -> bool:
    if agency.kind not in (Agency.Kind.KECAMATAN, Agency.Kind.DESA) or agency.region is None:
        return True
    code = agency.region.code
    if code in (kecamatan_code, desa_code):
        return True
    if desa_code and agency.kind == Agency.Kind.KECAMATAN and desa_code.startswith(f"{code}."):
        return True
    name = " ".join(normalize.words(agency.region.name))
    return bool(name) and f" {name} " in words
