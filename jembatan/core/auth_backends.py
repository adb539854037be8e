"""Log in with either the username or the email address.

What a person may do comes from the rules in `core/rules.py` alone: no one is given Django's
model permissions or groups (the user admin offers neither). The backend does not read them,
which spares every page of a person without some permission two queries (decision 0067)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class UsernameOrEmailBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        user_model = get_user_model()
        login = username.strip()
        if "@" in login:
            user = user_model.objects.filter(email__iexact=login).first()
        else:
            user = user_model.objects.filter(username__iexact=login).first()
        if user is None:
            # Spend the same time as a real check so timing does not reveal which names exist.
            user_model().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None

    def get_user_permissions(self, user_obj, obj=None) -> set[str]:
        return set()

    def get_group_permissions(self, user_obj, obj=None) -> set[str]:
        return set()
