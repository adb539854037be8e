"""What goes in and out of the API. Every string has a length limit, so bad input is a 400."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy
from ninja import Field, Schema
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Strict,
    StringConstraints,
    WithJsonSchema,
    field_validator,
)
from pydantic_core import PydanticCustomError

from jembatan.reports.models import Kind, Privacy, RejectionReason, Status


def _email(value: str) -> str:
    value = value.strip()
    if value:
        try:
            validate_email(value)
        except DjangoValidationError as error:
            raise ValueError("not a valid email address") from error
    return value


# Spaces around these are stripped before the length is checked, so a blank one is refused;
# the pattern says so in the schema (the class is the Unicode White_Space set that is stripped).
_SPACE = "\\t\\n\\x0b\\x0c\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"
NOT_BLANK = Field(json_schema_extra={"pattern": f"^[^\\x00]*[^\\x00{_SPACE}][^\\x00]*$"})
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
                  NOT_BLANK]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                            max_length=20_000), NOT_BLANK]
Note = Annotated[str, StringConstraints(strip_whitespace=True, max_length=5_000)]
Reason = Annotated[str, StringConstraints(max_length=5_000)]
Slug = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60),
                 NOT_BLANK]
RegionCode = Annotated[str, StringConstraints(strip_whitespace=True, max_length=13)]
TrackingCode = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                                max_length=30), NOT_BLANK]
Email = Annotated[str, StringConstraints(max_length=254), AfterValidator(_email),
                  WithJsonSchema({"anyOf": [{"type": "string", "format": "email", "maxLength": 254},
                                            {"type": "string", "maxLength": 0}]})]
# JSON numbers only: the schema can state a number's range, not a numeric string's.
Latitude = Annotated[float, Strict(), Field(ge=-90, le=90, allow_inf_nan=False)]
Longitude = Annotated[float, Strict(), Field(ge=-180, le=180, allow_inf_nan=False)]

# Status, Kind and Privacy as their stored values (the API speaks the model's own words).
KindValue = Literal["pengaduan", "aspirasi", "informasi", "pertanyaan"]
PrivacyValue = Literal["publik", "anonim", "rahasia"]
StatusValue = Literal[
    "baru", "didisposisikan", "diproses", "ditindaklanjuti", "selesai", "ditolak", "ditunda",
    "digabung",
]
RejectionValue = Literal["outside_remit", "incomplete", "abusive", "duplicate", "not_a_report"]

assert set(KindValue.__args__) == set(Kind.values)
assert set(PrivacyValue.__args__) == set(Privacy.values)
assert set(StatusValue.__args__) == set(Status.values)
assert set(RejectionValue.__args__) == set(RejectionReason.values)


# PostgreSQL cannot store or compare text holding NUL, so no input string may contain one. The
# pattern says so in the schema (for clients and generated tests); the validator below enforces
# it, whatever content type the body was sent with.
NO_NUL_PATTERN = r"^[^\x00]*$"
NUL_ERROR = "nul_character"


def _has_nul(value: Any) -> bool:
    # Iterative: a deeply nested list must not exhaust the stack.
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return True
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            pending.extend(item)
    return False


def _document_no_nul(node: Any) -> None:
    """Add NO_NUL_PATTERN to every free-text string in a JSON schema (not to enums)."""
    pending = [node]
    while pending:
        item = pending.pop()
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            if (item.get("type") == "string" and "pattern" not in item and "enum" not in item
                    and "const" not in item and "format" not in item):
                item["pattern"] = NO_NUL_PATTERN
            pending.extend(value for key, value in item.items() if key != "$defs")


class NoNulCharacters(BaseModel):
    """Every string field of an input schema refuses NUL (see NO_NUL_PATTERN)."""

    model_config = ConfigDict(json_schema_extra=lambda schema, _cls: _document_no_nul(
        schema.get("properties", {})))

    @field_validator("*", mode="after")
    @classmethod
    def _refuse_nul(cls, value: Any) -> Any:
        if _has_nul(value):
            raise PydanticCustomError(NUL_ERROR, "contains a null character")
        return value


class Input(NoNulCharacters):
    """Request bodies: plain pydantic, so a string is never read as an object's attributes
    (ninja's Schema reads attributes, which suits model instances going out, not JSON in)."""

    model_config = ConfigDict(extra="ignore")


class QueryInput(Schema, NoNulCharacters):
    """Query parameters."""


class ErrorOut(Schema):
    code: str
    message: str


# --- Auth -------------------------------------------------------------------------------------


class TokenIn(Input):
    username: str = Field(..., min_length=1, max_length=254,
                          description=gettext_lazy("The username or the email address."))
    password: str = Field(..., min_length=1, max_length=1024)
    otp: str | None = Field(
        None, max_length=32,
        description=gettext_lazy(
            "For accounts with two-step sign-in: the code from the authenticator app, or one of "
            "the recovery codes (each works once)."),
    )


class TokenOut(Schema):
    token: str


# --- Submitting a report ----------------------------------------------------------------------


class ReporterIn(Input):
    name: str = Field("", max_length=150)
    email: Email = ""
    phone: str = Field("", max_length=30)


class ReportSubmitIn(Input):
    kind: KindValue
    title: Title
    body: LongText
    privacy: PrivacyValue = "publik"
    kecamatan: RegionCode | None = Field(None, description=gettext_lazy(
        "Kemendagri code, e.g. 33.07.12."))
    desa: RegionCode | None = Field(None, description=gettext_lazy(
        "Kemendagri code, e.g. 33.07.12.2004."))
    address: str = Field("", max_length=255)
    latitude: Latitude | None = None
    longitude: Longitude | None = None
    category: str | None = Field(None, max_length=100, description=gettext_lazy("A category name."))
    reporter: ReporterIn | None = None


class ReportSubmitOut(Schema):
    tracking_code: str
    access_key: str | None = Field(
        None,
        description=gettext_lazy(
            "The reporter's secret for X-Access-Key. Returned once, on creation only."),
    )
    status: str
    kind: str
    privacy: str
    title: str
    created_at: dt.datetime
    deadline: dt.datetime | None


# --- Reading reports --------------------------------------------------------------------------

MASKED = gettext_lazy(
    "In the public view, personal data (NIK, KK, phone, email, account and house numbers) is "
    "masked.")


class MessageOut(Schema):
    body: str = Field(..., description=MASKED)
    visibility: str
    author: str
    created_at: dt.datetime


class EventOut(Schema):
    action: str
    status: str
    agency: str | None
    note: str = Field(..., description=MASKED)
    created_at: dt.datetime
    actor: str | None = Field(None, description=gettext_lazy("Staff view only."))


class RatingOut(Schema):
    score: int
    comment: str = Field(..., description=MASKED)
    created_at: dt.datetime


class ReporterOut(Schema):
    name: str
    email: str
    phone: str
    account: str | None = Field(None, description=gettext_lazy(
        "The reporter's username, if they have one."))


class ReportOut(Schema):
    view: Literal["public", "reporter", "staff"] = Field(
        ..., description=gettext_lazy("Which view of the report the caller received.")
    )
    tracking_code: str
    kind: str
    title: str = Field(..., description=MASKED)
    body: str = Field(..., description=MASKED)
    status: str
    privacy: str
    channel: str
    category: str | None
    agency: str | None = Field(..., description=gettext_lazy("Slug of the lead agency."))
    supporting_agencies: list[str]
    kecamatan: str | None
    desa: str | None
    created_at: dt.datetime
    deadline: dt.datetime | None
    deadline_explanation: list[str]
    overdue: bool
    rejection_reason: str | None
    merged_into: str | None
    rating: RatingOut | None
    messages: list[MessageOut]
    timeline: list[EventOut]
    # Only where the caller may see them; absent (not null) otherwise.
    reporter: ReporterOut | None = Field(
        None, description=gettext_lazy("Present only for callers who may see the reporter.")
    )
    address: str | None = Field(None, description=gettext_lazy("Staff and reporter only."))
    latitude: float | None = Field(None, description=gettext_lazy("Staff and reporter only."))
    longitude: float | None = Field(None, description=gettext_lazy("Staff and reporter only."))
    assigned_to: str | None = Field(None, description=gettext_lazy(
        "Staff only: the officer's username."))


# --- Inbox ------------------------------------------------------------------------------------


class InboxQuery(QueryInput):
    status: StatusValue | None = None
    kind: KindValue | None = None
    agency: str | None = Field(None, max_length=60, description=gettext_lazy("Lead agency slug."))
    overdue: bool = False
    q: str = Field("", max_length=200, description=gettext_lazy(
        "Words in the text, or a tracking code."))
    cursor: str | None = Field(None, max_length=200)
    limit: int = Field(50, ge=1, le=200)


class InboxItemOut(Schema):
    tracking_code: str
    kind: str
    title: str
    status: str
    privacy: str
    channel: str
    agency: str | None
    kecamatan: str | None
    assigned_to: str | None
    is_returned: bool
    created_at: dt.datetime
    deadline: dt.datetime | None
    overdue: bool


class InboxOut(Schema):
    items: list[InboxItemOut]
    next_cursor: str | None


# --- Messages and rating ----------------------------------------------------------------------


class MessageIn(Input):
    body: LongText
    visibility: Literal["public", "internal"] = "public"


class RatingIn(Input):
    score: int
    comment: str = Field("", max_length=5_000)


# --- Actions ----------------------------------------------------------------------------------


class DisposeIn(Input):
    action: Literal["dispose"]
    agency: Slug
    supporting: list[Slug] = Field(default_factory=list, max_length=20)
    kind: KindValue | None = None
    privacy: PrivacyValue | None = None
    kecamatan: RegionCode | None = None
    desa: RegionCode | None = None
    category: str | None = Field(None, max_length=100)
    note: Note = ""


class RejectIn(Input):
    action: Literal["reject"]
    reason: RejectionValue
    text: Note = ""


class AcknowledgeIn(Input):
    action: Literal["acknowledge"]


class ReturnIn(Input):
    action: Literal["return"]
    reason: Reason


class ForwardIn(Input):
    action: Literal["forward"]
    agency: Slug
    note: Note = ""


class RespondIn(Input):
    action: Literal["respond"]
    message: Annotated[str, StringConstraints(max_length=20_000)]


class HoldIn(Input):
    action: Literal["hold"]
    reason: Reason


class ResumeIn(Input):
    action: Literal["resume"]
    reason: Reason = ""


class CloseIn(Input):
    action: Literal["close"]
    note: Note = ""


class ReopenIn(Input):
    action: Literal["reopen"]
    reason: Reason


class MergeIn(Input):
    action: Literal["merge"]
    into: TrackingCode
    note: Note = ""


class ExtendIn(Input):
    action: Literal["extend"]
    reason: Reason


class ObjectIn(Input):
    action: Literal["object"]
    reason: Reason


class AnswerObjectionIn(Input):
    action: Literal["answer_objection"]
    answer: Annotated[str, StringConstraints(max_length=20_000)]


class AssignIn(Input):
    action: Literal["assign"]
    officer: str | None = Field(None, max_length=150,
                                description=gettext_lazy(
                                    "Username of an officer of the lead agency; null to unassign."))


class UndoDisposeIn(Input):
    action: Literal["undo_dispose"]
    note: Note = ""


ActionIn = Annotated[
    DisposeIn | RejectIn | AcknowledgeIn | ReturnIn | ForwardIn | RespondIn | HoldIn | ResumeIn
    | CloseIn | ReopenIn | MergeIn | ExtendIn | ObjectIn | AnswerObjectionIn | AssignIn
    | UndoDisposeIn,
    Field(discriminator="action"),
]
