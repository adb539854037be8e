"""Every API error is JSON `{"code", "message"}` with a 4xx status (5xx only for our own bugs).

Messages are for people and go through gettext; `code` is for programs and never changes.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import (
    PermissionDenied,
    RequestDataTooBig,
    SuspiciousOperation,
    TooManyFieldsSent,
)
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from jembatan.api.schemas import NUL_ERROR, ErrorOut
from jembatan.core.forms import error_text
from jembatan.core.pagination import InvalidCursor
from jembatan.core.unavailable import RETRY_AFTER_SECONDS, is_unavailable
from jembatan.core.workflow import InvalidTransition

logger = logging.getLogger("jembatan.api")


class ApiError(HttpError):
    """An error with its own code, raised by the API layer itself."""

    def __init__(self, status_code: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(status_code, message)
        self.code = code
        self.extra = extra


def error_responses(*statuses: int) -> dict[int, type[ErrorOut]]:
    """The error answers an endpoint documents, in this order, each with the
    `{code, message}` body."""
    return dict.fromkeys(statuses, ErrorOut)


def bad_request(message: str, code: str = "invalid", **extra: Any) -> ApiError:
    return ApiError(400, code, message, **extra)


def _respond(api: NinjaAPI, request: HttpRequest, status: int, code: str, message: str,
             **extra: Any) -> HttpResponse:
    return api.create_response(request, {"code": code, "message": str(message), **extra},
                               status=status)


def _clean_details(errors: list[dict]) -> list[dict]:
    """Where and what, without echoing the input back (it may be huge or personal)."""
    details = []
    for error in errors:
        details.append({
            "loc": [str(part) for part in error.get("loc", ())],
            "msg": str(error.get("msg", "")),
            "type": str(error.get("type", "")),
        })
    return details


def _validation_message(errors: list[dict]) -> str:
    fields = []
    for error in errors:
        loc = [str(part) for part in error.get("loc", ()) if part not in ("body", "payload")]
        if loc and loc[-1] not in fields:
            fields.append(loc[-1])
    if fields:
        return _("Some fields are missing or not valid: %(fields)s.") % {
            "fields": ", ".join(fields[:10])
        }
    return _("The request is not valid.")


def install_error_handlers(api: NinjaAPI) -> None:
    def on_api_error(request, exc: ApiError):
        response = _respond(api, request, exc.status_code, exc.code, exc.message, **exc.extra)
        if exc.status_code == 429:
            response["Retry-After"] = str(exc.extra.get("retry_after", 60))
        return response

    def on_authentication(request, exc: AuthenticationError):
        code = getattr(exc, "code", "unauthorized")
        message = exc.message
        if not getattr(exc, "code", None):  # ninja's own: no credentials at all
            message = _("Sign in with an access token to do this.")
        response = _respond(api, request, 401, code, message)
        response["WWW-Authenticate"] = (
            'Bearer error="invalid_token"' if code == "invalid_token" else "Bearer"
        )
        return response

    def on_http_error(request, exc: HttpError):
        if exc.status_code == 400:
            # ninja raises this for a body that is not JSON at all.
            return _respond(api, request, 400, "malformed",
                            _("The request body is not valid JSON."))
        if exc.status_code == 429:
            return _respond(api, request, 429, "rate_limited",
                            _("Too many requests. Please wait a moment and try again."))
        return _respond(api, request, exc.status_code, "error", _("The request failed."))

    def on_validation(request, exc: NinjaValidationError):
        types = {error.get("type") for error in exc.errors}
        if "union_tag_invalid" in types:
            return _respond(api, request, 400, "unknown_action",
                            _("This action is not known. See the API documentation for the "
                              "list of actions."), details=_clean_details(exc.errors))
        if "union_tag_not_found" in types:
            return _respond(api, request, 400, "invalid",
                            _("Say which action to take in the “action” field."),
                            details=_clean_details(exc.errors))
        if NUL_ERROR in types:
            return _respond(api, request, 400, "invalid",
                            _("The request contains a null character, which is not allowed."),
                            details=_clean_details(exc.errors))
        return _respond(api, request, 400, "invalid", _validation_message(exc.errors),
                        details=_clean_details(exc.errors))

    def on_not_found(request, exc: Http404):
        return _respond(api, request, 404, "not_found",
                        _("Nothing was found here, or you may not see it."))

    def on_permission_denied(request, exc: PermissionDenied):
        message = str(exc) if exc.args else _("You may not do this.")
        return _respond(api, request, 403, "forbidden", message)

    def on_invalid_transition(request, exc: InvalidTransition):
        return _respond(api, request, 409, "conflict", exc.message)

    def on_django_validation(request, exc: DjangoValidationError):
        message = error_text(exc) or _("The request is not valid.")
        return _respond(api, request, 400, "invalid", message)

    def on_invalid_cursor(request, exc: InvalidCursor):
        return _respond(api, request, 400, "invalid_cursor",
                        _("The cursor is not valid. Start again from the first page."))

    def on_too_big(request, exc: RequestDataTooBig):
        return _respond(api, request, 413, "too_large", _("The request is too large."))

    def on_suspicious(request, exc: SuspiciousOperation):
        return _respond(api, request, 400, "bad_request", _("The request is not valid."))

    def on_unexpected(request, exc: Exception):
        logger.exception("API error on %s %s", request.method, request.path, exc_info=exc)
        if is_unavailable(exc):
            # The database or Redis could not be reached: try again, not a bug of the request.
            response = _respond(api, request, 503, "unavailable", _(
                "The service is briefly unavailable. Please try again in a moment."))
            response["Retry-After"] = str(RETRY_AFTER_SECONDS)
            return response
        return _respond(api, request, 500, "server_error",
                        _("Something went wrong on our side. Please try again later."))

    handlers = [
        (ApiError, on_api_error),
        (AuthenticationError, on_authentication),
        (HttpError, on_http_error),
        (NinjaValidationError, on_validation),
        (Http404, on_not_found),
        (PermissionDenied, on_permission_denied),
        (InvalidTransition, on_invalid_transition),
        (DjangoValidationError, on_django_validation),
        (InvalidCursor, on_invalid_cursor),
        (RequestDataTooBig, on_too_big),
        (TooManyFieldsSent, on_too_big),
        (SuspiciousOperation, on_suspicious),
        (Exception, on_unexpected),
    ]
    for exc_class, handler in handlers:
        api.add_exception_handler(exc_class, handler)
