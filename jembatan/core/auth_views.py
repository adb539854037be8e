"""Login and password reset with rate limits: public forms are the first thing bots find."""

from django.contrib.auth import views as auth_views
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django_ratelimit.decorators import ratelimit

LOGIN_LIMITS = [
    ratelimit(key="ip", rate="30/10m", method="POST", block=False),
    ratelimit(key="post:username", rate="10/10m", method="POST", block=False),
]


@method_decorator(LOGIN_LIMITS, name="post")
class LoginView(auth_views.LoginView):
    redirect_authenticated_user = True

    def post(self, request, *args, **kwargs):
        if getattr(request, "limited", False):
            form = self.get_form()
            form.errors.clear()
            form.add_error(
                None, _("Too many login attempts. Please wait a few minutes and try again.")
            )
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = 429
            return response
        return super().post(request, *args, **kwargs)


@method_decorator(ratelimit(key="ip", rate="5/h", method="POST", block=False), name="post")
class PasswordResetView(auth_views.PasswordResetView):
    def post(self, request, *args, **kwargs):
        if getattr(request, "limited", False):
            form = self.get_form()
            form.errors.clear()
            form.add_error(
                None, _("Too many reset requests from this address. Please try again later.")
            )
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = 429
            return response
        return super().post(request, *args, **kwargs)
