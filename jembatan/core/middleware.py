import json

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponseBadRequest, JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation import gettext as _


class DefaultLanguageMiddleware(LocaleMiddleware):
    """Indonesian unless the visitor chose otherwise with the language switcher.

    Django's own middleware follows the browser's Accept-Language, which would show English to
    most phones in Indonesia (many are set to English). The product speaks Indonesian first.
    """

    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        supported = {code for code, _name in settings.LANGUAGES}
        language = chosen if chosen in supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


def _contains_nul(value) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_contains_nul(k) or _contains_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_contains_nul(item) for item in value)
    return False


class NullCharacterMiddleware:
    """Answers 400 to a request with a NUL character (\\x00) in its path, its query string or,
    for the API, its JSON body.

    PostgreSQL can neither store nor compare text holding NUL: a lookup with one fails with a
    server error. Django's form fields refuse it already; URL parts, query parameters read
    directly and the API's JSON strings reach the database without a form, so they are checked
    here once for every view.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._has_nul(request):
            message = _("The request contains a null character, which is not allowed.")
            if request.path_info.startswith("/api/"):
                return JsonResponse({"code": "invalid", "message": message}, status=400)
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)

    @staticmethod
    def _has_nul(request) -> bool:
        if "\x00" in request.path_info:
            return True
        if any(_contains_nul(key) or _contains_nul(values)
               for key, values in request.GET.lists()):
            return True
        if request.path_info.startswith("/api/") and request.content_type == "application/json":
            try:
                body = request.body
            except RequestDataTooBig:
                return False  # the API answers 413 for it
            # JSON writes NUL only as the escape \u0000; skip the parse for every other body.
            if b"\\u0000" in body:
                try:
                    return _contains_nul(json.loads(body))
                except ValueError:
                    return False  # the API answers 400 "not valid JSON"
        return False


# Pages for staff only; the account and sign-in pages stay reachable so the person can comply.
STAFF_PATH_PREFIXES = ("/staf/", "/admin/")


class TwoFactorRequiredMiddleware:
    """Coordinators and agency admins of a jurisdiction that requires two-step sign-in reach no
    staff page until they have set it up, and then only with a session confirmed by a code."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and request.path_info.startswith(STAFF_PATH_PREFIXES)
            and not user.is_verified()
        ):
            # Imported here: middleware modules load before the apps' models are ready.
            from urllib.parse import urlencode

            from django.contrib import messages
            from django.contrib.auth import logout
            from django.shortcuts import redirect
            from django.urls import reverse

            from jembatan.core import selectors
            from jembatan.core.auth_views import login_url_for

            if selectors.two_factor_required(user=user):
                if not selectors.two_factor_enrolled(user=user):
                    messages.info(request, _(
                        "Your government requires two-step sign-in for your role. Set it up "
                        "now to continue."
                    ))
                    return redirect(f"{reverse('two_factor_enrol')}?"
                                    f"{urlencode({'next': request.get_full_path()})}")
                # A session from before the set-up: confirm it with a code.
                logout(request)
                return redirect(login_url_for(request.get_full_path()))
        return self.get_response(request)
