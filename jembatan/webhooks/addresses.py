"""Where a webhook may be sent: only to the public internet (no SSRF).

An endpoint is checked when it is saved and again before every attempt, on the addresses its
name resolves to then (a name may be pointed at an internal address later: DNS rebinding). The
connection is then made to the address that was checked, never to a second lookup. HTTPS is
required; plain HTTP only to this machine, when WEBHOOKS_ALLOW_LOOPBACK is on (development and
the tests).
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _


class AddressRefused(ValueError):
    """The endpoint may not be called; the message says why, in the user's language."""


@dataclass(frozen=True)
class Endpoint:
    scheme: str
    host: str
    port: int
    path: str  # with the query string
    address: str  # the checked IP address to connect to


def _allow_loopback() -> bool:
    return bool(getattr(settings, "WEBHOOKS_ALLOW_LOOPBACK", False))


def resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (a literal address resolves to itself)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


def _allowed(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return _allow_loopback()
    # is_global leaves out private, link-local (the cloud metadata address), shared
    # (100.64/10), reserved and documentation ranges; multicast is never a web server.
    return ip.is_global and not ip.is_multicast


def check_url(url: str) -> Endpoint:
    """The endpoint to connect to, or AddressRefused with the reason."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as error:
        raise AddressRefused(_("The address is not a valid web address.")) from error
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    if scheme not in ("https", "http") or not host:
        raise AddressRefused(_("Enter a full address that starts with https://."))
    if parts.username or parts.password:
        raise AddressRefused(_("The address may not contain a user name or password; the "
                               "signature proves that a message comes from here."))
    port = port or (443 if scheme == "https" else 80)
    try:
        addresses = resolve(host, port)
    except (socket.gaierror, UnicodeError) as error:
        raise AddressRefused(_("The server name in the address cannot be found.")) from error
    if not addresses:
        raise AddressRefused(_("The server name in the address cannot be found."))
    if not all(_allowed(address) for address in addresses):
        raise AddressRefused(_("The address points to a private or internal network. Webhooks "
                               "are only sent to servers on the public internet."))
    loopback = all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses)
    if scheme == "http" and not (loopback and _allow_loopback()):
        raise AddressRefused(_("Use an https:// address: events are only sent encrypted."))
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    return Endpoint(scheme=scheme, host=host, port=port, path=path, address=addresses[0])
