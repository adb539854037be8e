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
