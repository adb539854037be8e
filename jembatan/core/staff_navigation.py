"""The staff application shell: the sections every staff page shows in its sidebar (a menu on
a phone), each with the links this person may use.

Links are URL names, reversed here; no other app's views are imported. A section without a
single link the person may use is left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from jembatan.core.links import reverse_once


class NavAgency(NamedTuple):
    """One of the person's agencies, as the sidebar names and links it."""
    slug: str
    short_name: str
    name: str


@dataclass(frozen=True)
class NavLink:
    label: str
    url: str
    current: bool = False
    badge: int = 0


@dataclass(frozen=True)
class NavSection:
    key: str
    label: str
    links: list[NavLink]

    @property
    def current(self) -> bool:
        return any(link.current for link in self.links)


# (section key, section label, [(link label, url name or path, perm, needs agency admin)])
SECTIONS = (
    ("inbox", _("Inbox"), (
        (_("Today's work"), "core:start", "core.use_staff_area"),
        (_("Reports"), "reports:inbox", "reports.view_inbox"),
        (_("Unanswered across all channels"), "connectors:unanswered", "reports.view_inbox"),
        (_("Notifications"), "notifications:inbox", "core.use_staff_area"),
    )),
    ("conversations", _("Conversations"), (
        (_("Conversation inbox"), "connectors:inbox", "reports.view_inbox"),
    )),
    ("bakohumas", _("Bakohumas"), (
        (_("Forum"), "forum:forum_home", "forum.use_forum"),
        (_("Requests between agencies"), "agency_requests:request_list", "forum.use_forum"),
        (_("Shared agenda"), "agenda:agenda_month", "agenda.view_agenda"),
        (_("Library"), "library:library_list", "library.view_library"),
        (_("Service catalogue"), "catalogue:service_list", "catalogue.view_catalogue"),
    )),
    ("content", _("Content"), (
        (_("Joint content"), "content:list", "content.use_content"),
        (_("Editorial calendar"), "content:calendar", "content.view_calendar"),
        (_("Information value checker"), "triage:info_value", "triage.check_info_value"),
    )),
    ("participation", _("Participation"), (
        (_("Public consultations"), "participation:staff_list",
         "participation.use_staff_pages"),
    )),
    ("performance", _("Performance"), (
        (_("Dashboard of every agency"), "insights:dashboard", "insights.view_dashboard"),
        (_("Public figures"), "insights:publication", "insights.change_publication"),
        (_("Response metrics"), "connectors:metrics", "connectors.view_response_metrics"),
    )),
    ("settings", _("Settings"), (
        (_("Agency routing"), "triage:routing", "triage.view_routing"),
        (_("Audit log"), "core:audit_log", "core.view_audit_log"),
        (_("Open311 clients"), "open311:keys", "open311.manage_keys"),
        (_("Agencies and people"), "admin:core_agency_changelist", "core.view_audit_log"),
        (_("Days off"), "admin:core_dayoff_changelist", "core.manage_calendar"),
        (_("Working-day calculator"), "core:workdays", "core.use_staff_area"),
        (_("Notification settings"), "notifications:settings", "core.use_staff_area"),
        (_("Webhooks"), "webhooks:list", "webhooks.use_webhooks"),
        (_("Your account"), "account", None),
    )),
)


def _resolve(target: str, *args: str) -> str | None:
    if target.startswith("/"):
        return target
    return reverse_once(target, *args)


def _is_current(path: str, url: str, start_url: str | None) -> bool:
    if url == start_url:
        return path == url
    return path.startswith(url.split("?")[0])


def staff_sections(request: HttpRequest, *, agencies=()) -> list[NavSection]:
    """The sidebar for this person: the sections and links their permissions allow, plus their
    agencies' own pages under "Settings"."""
    user = request.user
    path = request.path
    start_url = _resolve("core:start")
    sections = []
    for key, label, links in SECTIONS:
        shown = []
        for link_label, target, perm in links:
            if perm is not None and not user.has_perm(perm):
                continue
            url = _resolve(target)
            if url is None:
                continue
            shown.append(NavLink(label=str(link_label), url=url,
                                 current=_is_current(path, url, start_url)))
        if key == "performance":
            # Each agency's own figures against the regency's median.
            for agency in agencies:
                url = _resolve("insights:agency_dashboard", agency.slug)
                shown.insert(0, NavLink(label=str(_("Figures of %(agency)s")) % {
                    "agency": agency.short_name or agency.name}, url=url,
                    current=path.startswith(url)))
        if key == "settings":
            for agency in agencies:
                url = _resolve("core:agency", agency.slug)
                shown.insert(0, NavLink(label=agency.short_name or agency.name, url=url,
                                        current=path.startswith(url)))
        if shown:
            sections.append(NavSection(key=key, label=str(label), links=shown))
    # One link is marked as the current page: the longest match.
    current = [link for section in sections for link in section.links if link.current]
    if len(current) > 1:
        best = max(current, key=lambda link: len(link.url))
        sections = [NavSection(key=s.key, label=s.label, links=[
            NavLink(label=link.label, url=link.url, current=link is best, badge=link.badge)
            for link in s.links]) for s in sections]
    return sections
