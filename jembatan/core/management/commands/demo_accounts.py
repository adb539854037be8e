import json

from django.core.management.base import BaseCommand

from jembatan.core.demo.loader import DEMO_PASSWORD, PEOPLE
from jembatan.core.models import User


def account_role(user: User) -> tuple[str, str | None]:
    """The one role a demo account is shown with, and its agency slug."""
    memberships = sorted(user.memberships.all(), key=lambda m: m.role != "agency_admin")
    agency = memberships[0].agency.slug if memberships else None
    if user.is_coordinator:
        return "coordinator", agency
    if memberships:
        return memberships[0].role, agency
    return "citizen", None


class Command(BaseCommand):
    help = "List the demo accounts with their password, role and agency."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="Print one JSON array.")

    def handle(self, *args, **options):
        usernames = [person["username"] for person in PEOPLE]
        users = {
            user.username: user
            for user in User.objects.filter(username__in=usernames).prefetch_related(
                "memberships__agency"
            )
        }
        accounts = []
        for username in usernames:
            user = users.get(username)
            if user is None:
                continue
            role, agency = account_role(user)
            accounts.append(
                {"username": username, "password": DEMO_PASSWORD, "role": role, "agency": agency}
            )
        if options["json"]:
            self.stdout.write(json.dumps(accounts, ensure_ascii=False))
            return
        if not accounts:
            self.stdout.write("No demo accounts yet: run `python manage.py load_demo`.")
            return
        width = max(len(a["username"]) for a in accounts)
        for account in accounts:
            self.stdout.write(
                f"{account['username']:<{width}}  {account['password']}  {account['role']:<13}"
                f"  {account['agency'] or '-'}"
            )
