"""Login and password reset with rate limits: public forms are the first thing bots find."""

from django.contrib.auth import views as auth_views
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django_ratelimit.decorators import ratelimit


def login_name_key(group, request) -> str:
    # The backend matches names case-insensitively and trims spaces; so must the limit.
    return request.POST.get("username", "").strip().lower()


LOGIN_LIMITS = [
    ratelimit(key="ip", rate="30/10m", method="POST", block=False),
    ratelimit(key=login_name_key, rate="10/10m", method="POST", block=False),
]


@method_decorator(LOGIN_LIMITS, name="post")
class LoginView(auth_views.LoginView):
    redirect_authenticated_user = True

    def post(self, request, *args, **kwargs):
        if getattr(request, "limited", False):
            # Refuse without checking the password: a limited request must cost nothing.
            form = self.get_form_class()(request, initial={"username": request.POST.get(
                "username", "")})
            context = self.get_context_data(
                form=form,
                limited_message=_("Too many login attempts. Please wait a few minutes and "
                                  "try again."),
            )
            return self.render_to_response(context, status=429)
        return super().post(request, *args, **kwargs)


@method_decorator(ratelimit(key="ip", rate="5/h", method="POST", block=False), name="post")
class PasswordResetView(auth_views.PasswordResetView):
    def post(self, request, *args, **kwargs):
        if getattr(request, "limited", False):
            context = self.get_context_data(
                form=self.get_form_class()(),
                limited_message=_("Too many reset requests from this address. Please try "
                                  "again later."),
            )
            return self.render_to_response(context, status=429)
        return super().post(request, *args, **kwargs)
