"""Pictures for the demo's published articles, drawn when the demo loads (no binary files in
the repository): a banner in a colour of the lead agency with the article's key fact."""

from __future__ import annotations

import hashlib
import io
import textwrap

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont

from jembatan.content.actions import PictureChange
from jembatan.core.uploads import CleanFile

# Calm colours that carry white text (contrast 4.5:1 or more).
PALETTE = ("#0b5c8e", "#166534", "#7c2d12", "#6b21a8", "#9f1239", "#155e75", "#3f3f46")
SIZE = (1200, 630)  # what Facebook and OpenGraph show best


def _colour(slug: str) -> str:
    digest = hashlib.sha256(slug.encode()).digest()
    return PALETTE[digest[0] % len(PALETTE)]


def banner(*, fact: str, agency_name: str, agency_slug: str) -> bytes:
    image = Image.new("RGB", SIZE, _colour(agency_slug))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, SIZE[1] - 18, SIZE[0], SIZE[1]), fill="#ffbf47")
    big = ImageFont.load_default(size=78)
    small = ImageFont.load_default(size=34)
    y = 130
    for line in textwrap.wrap(fact, width=26)[:4]:
        draw.text((80, y), line, font=big, fill="#ffffff")
        y += 98
    draw.text((80, SIZE[1] - 110), agency_name, font=small, fill="#ffffff")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def banner_picture(*, fact: str, agency) -> PictureChange:
    data = banner(fact=fact, agency_name=agency.name, agency_slug=agency.slug)
    with translation.override(settings.LANGUAGE_CODE):
        alt = _("Banner of %(agency)s: %(fact)s") % {"agency": agency.short_name or agency.name,
                                                     "fact": fact}
    upload = CleanFile(ContentFile(data, name="spanduk.png"), "image/png", "spanduk.png")
    return PictureChange(alt=alt, upload=upload)
