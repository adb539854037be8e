"""factory_boy factories for the core models.

Memberships made with MembershipFactory are for fixtures only; tests of the actions call the
actions so that the audit trail is exercised.
"""

import datetime as dt

import factory
from factory.django import DjangoModelFactory

from jembatan.core.models import Agency, DayOff, Jurisdiction, Membership, Region, User

# Every user made by UserFactory can log in with this password unless told otherwise.
DEFAULT_PASSWORD = "sandi-uji-Wonosobo-2026"


class JurisdictionFactory(DjangoModelFactory):
    class Meta:
        model = Jurisdiction
        # The table holds at most one row; asking twice gives the same jurisdiction.
        django_get_or_create = ("singleton",)

    singleton = True
    name = "Pemerintah Kabupaten Wonosobo"
    short_name = "Kab. Wonosobo"
    code = "WSB"
    region_code = "33.07"
    tagline = "Satu pintu untuk bertanya, melapor, dan mendapat jawaban."
    address = "Jl. Soekarno-Hatta No. 2, Wonosobo 56311"
    phone = "(0286) 321345"
    email = "diskominfo@wonosobokab.go.id"
    observe_cuti_bersama = True


class RegionFactory(DjangoModelFactory):
    class Meta:
        model = Region

    code = factory.Sequence(lambda n: f"33.07.{n + 1:02d}")
    name = factory.Sequence(lambda n: f"Kecamatan Uji {n}")
    level = Region.Level.KECAMATAN
    parent = None


class AgencyFactory(DjangoModelFactory):
    class Meta:
        model = Agency

    name = factory.Sequence(lambda n: f"Dinas Uji {n} Kabupaten Wonosobo")
    short_name = factory.Sequence(lambda n: f"Dinas Uji {n}")
    slug = factory.Sequence(lambda n: f"dinas-uji-{n}")
    kind = Agency.Kind.PERANGKAT_DAERAH
    duties = "Melayani warga."
    phone = "(0286) 321000"
    email = factory.LazyAttribute(lambda o: f"{o.slug}@wonosobokab.go.id")
    address = "Jl. Sabuk Alu No. 1, Wonosobo"
    service_hours = "Senin–Kamis 07.30–16.00, Jumat 07.30–11.00"
    is_active = True


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"pengguna{n}")
    full_name = factory.Sequence(lambda n: f"Pengguna Uji {n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@contoh.go.id")
    password = factory.django.Password(DEFAULT_PASSWORD)
    is_coordinator = False


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    agency = factory.SubFactory(AgencyFactory)
    role = Membership.Role.OFFICER


class DayOffFactory(DjangoModelFactory):
    class Meta:
        model = DayOff

    date = factory.Sequence(lambda n: dt.date(2026, 8, 3) + dt.timedelta(days=n))
    name = factory.Sequence(lambda n: f"Hari libur daerah {n}")
    kind = DayOff.Kind.LOCAL
