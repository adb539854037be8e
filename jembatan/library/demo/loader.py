"""Demo of the shared library: the photos, infographics and documents Wonosobo's agencies share.
Images are drawn here with Pillow (posters and photo-like scenes), nothing is downloaded.
Skipped when the library already has items.
"""


from __future__ import annotations

import io
import random

from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image, ImageDraw, ImageFont

from jembatan.catalogue.demo.loader import agency_writers, demo_day
from jembatan.core.models import Agency
from jembatan.core.uploads import CleanFile
from jembatan.library import actions as library_actions
from jembatan.library.demo.data import LIBRARY
from jembatan.library.models import LibraryItem

# --- Pictures -----------------------------------------------------------------------------------

PALETTES = [((11, 92, 142), (255, 191, 71)), ((22, 101, 52), (254, 243, 199)),
            ((180, 83, 9), (255, 255, 255)), ((91, 33, 182), (237, 233, 254)),
            ((185, 28, 28), (254, 226, 226))]


def _font(size: int):
    return ImageFont.load_default(size=size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if draw.textlength(trial, font=font) <= width:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def infographic_png(title: str, points: list[str], footer: str, palette: int) -> bytes:
    """A poster-like infographic: a coloured header, numbered points and the agency's name."""
    dark, light = PALETTES[palette % len(PALETTES)]
    image = Image.new("RGB", (1080, 1350), (250, 250, 247))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1080, 330), fill=dark)
    y = 60
    for line in _wrap(draw, title.upper(), _font(58), 960):
        draw.text((60, y), line, font=_font(58), fill=light)
        y += 70
    y = 400
    for number, point in enumerate(points, start=1):
        draw.ellipse((60, y, 130, y + 70), fill=dark)
        draw.text((82 if number < 10 else 72, y + 10), str(number), font=_font(44), fill=light)
        for line in _wrap(draw, point, _font(38), 860):
            draw.text((160, y + 12), line, font=_font(38), fill=(27, 36, 48))
            y += 48
        y += 50
    draw.rectangle((0, 1250, 1080, 1350), fill=dark)
    draw.text((60, 1278), footer, font=_font(36), fill=light)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def scene_jpeg(seed: int, caption: str) -> bytes:
    """A photo-like scene: sky, layered hills (Sindoro–Sumbing), fields and a caption strip."""
    rng = random.Random(seed)
    width, height = 1200, 800
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    top, bottom = (rng.randint(90, 140), rng.randint(150, 190), 235), (235, 240, 245)
    for y in range(height // 2):
        t = y / (height / 2)
        draw.line([(0, y), (width, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(
            top, bottom, strict=True)))
    for layer in range(4):
        base = 330 + layer * 90
        colour = (40 + layer * 25, 90 + layer * 30 + rng.randint(0, 20), 60 + layer * 10)
        peak = rng.randint(200, 1000)
        points = [(0, height)]
        for x in range(0, width + 1, 40):
            hump = max(0, 220 - abs(x - peak) * 0.45) if layer < 2 else rng.randint(0, 25)
            points.append((x, base - hump + rng.randint(-8, 8)))
        points.append((width, height))
        draw.polygon(points, fill=colour)
    for _ in range(12):
        x, y = rng.randint(0, width), rng.randint(560, 760)
        draw.rectangle((x, y, x + rng.randint(30, 90), y + rng.randint(20, 45)),
                       fill=(rng.randint(150, 220), rng.randint(60, 120), 50))
    draw.rectangle((0, height - 70, width, height), fill=(0, 0, 0))
    draw.text((30, height - 55), caption, font=_font(34), fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=82)
    return out.getvalue()


def _load_library(agencies, people, log) -> None:
    if LibraryItem.objects.exists():
        log("Library: already loaded")
        return
    count = 0
    for number, row in enumerate(LIBRARY):
        agency = agencies.get(row["agency"])
        if agency is None:
            continue
        upload = None
        if row["kind"] == "infographic":
            data = infographic_png(row["title"], row["points"], agency.name, number)
            upload = CleanFile(ContentFile(data, name=f"{row['file']}.png"),
                                "image/png", f"{row['file']}.png")
        elif row["kind"] == "document":
            png = infographic_png(row["title"], row["points"], agency.name, number)
            out = io.BytesIO()
            Image.open(io.BytesIO(png)).convert("RGB").save(out, format="PDF", resolution=150)
            upload = CleanFile(ContentFile(out.getvalue(), name=f"{row['file']}.pdf"),
                                "application/pdf", f"{row['file']}.pdf")
        elif row["kind"] == "photo":
            data = scene_jpeg(number, row["caption"])
            upload = CleanFile(ContentFile(data, name=f"{row['file']}.jpg"),
                                "image/jpeg", f"{row['file']}.jpg")
        item = library_actions.library_item_create(
            agency=agency, actor=people.get(row["agency"]), kind=row["kind"], title=row["title"],
            date=demo_day(row["day"]), permission=row["permission"],
            description=row.get("description", ""), credit=row.get("credit", ""),
            tags=row.get("tags", []), upload=upload, video_url=row.get("video_url", ""))
        # The demo does not wait for a worker: previews are drawn right away.
        library_actions.library_thumbnail_make(item.pk)
        if row.get("reused"):
            LibraryItem.objects.filter(pk=item.pk).update(reuse_count=row["reused"])
        count += 1
    log(f"Library: {count} items")


@transaction.atomic
def library_demo_load(*, log=print, **kwargs) -> None:
    agencies = {agency.slug: agency for agency in Agency.objects.all()}
    _load_library(agencies, agency_writers(agencies), log)
