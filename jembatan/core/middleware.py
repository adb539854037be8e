from django.conf import settings
from django.core.exceptions import TooManyFieldsSent
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
    return isinstance(value, str) and "\x00" in value


class NullCharacterMiddleware:
    """Answers 400 to a request with a NUL character (\\x00) in its path or its query string.

    PostgreSQL can neither store nor compare text holding NUL: a lookup with one fails with a
    server error. Django's form fields refuse it already (jembatan.core.forms checks the fields
    Django's do not), and the API's input schemas refuse it in every string they read
    (jembatan.api.schemas), whatever the content type; URL parts and query parameters read
    directly reach the database without either, so they are checked here once for every view.
    Bodies are left to the form or the schema: parsing them here too would read each one twice.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            has_nul = self._has_nul(request)
        except TooManyFieldsSent:
            if request.path_info.startswith("/api/"):
                return JsonResponse({"code": "too_large",
                                     "message": _("The request is too large.")}, status=413)
            raise  # Django answers 400
        if has_nul:
            message = _("The request contains a null character, which is not allowed.")
            if request.path_info.startswith("/api/"):
                return JsonResponse({"code": "invalid", "message": message}, status=400)
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)

    @staticmethod
    def _has_nul(request) -> bool:
        if "\x00" in request.path_info:
            return True
        return any(_contains_nul(key) or any(_contains_nul(v) for v in values)
                   for key, values in request.GET.lists())


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
