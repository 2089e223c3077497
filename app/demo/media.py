"""Evidence files for the demo cases, drawn with Pillow: phone photos, a screenshot, a PDF receipt.

Every file is real (it decodes, it has the bytes a phone or a PDF printer
would write) so that thumbnails, EXIF handling and the PDF viewer have
something honest to work on. The photo of case 1 carries EXIF
DateTimeOriginal, Orientation and a GPS block on purpose: stripping GPS
before sharing is a feature to test. Coordinates and addresses are invented.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)
_FONT_FILES = {False: ("DejaVuSans.ttf", "Arial.ttf", "arial.ttf"), True: ("DejaVuSans-Bold.ttf",)}

# EXIF tags (numbers from the EXIF 2.32 specification).
_ORIENTATION = 0x0112
_MAKE, _MODEL, _SOFTWARE, _DATETIME = 0x010F, 0x0110, 0x0131, 0x0132
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_DATETIME_ORIGINAL, _OFFSET_TIME_ORIGINAL = 0x9003, 0x9011


@cache
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu (or Arial) when installed, else Pillow's own default font at that size."""
    for folder in _FONT_DIRS:
        for name in _FONT_FILES[bold] + _FONT_FILES[False]:
            candidate = folder / name
            if candidate.is_file():
                try:
                    return ImageFont.truetype(str(candidate), size)
                except OSError:
                    continue
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1
        return ImageFont.load_default()


def _noise(image: Image.Image, amount: int) -> Image.Image:
    """Sensor-like grain, so that a drawn photo does not look like a vector drawing."""
    grain = Image.effect_noise(image.size, amount).convert("RGB")
    return ImageChops.add(image, grain, scale=1.0, offset=-128)


def _table_background(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A light oak table top: warm base colour with long soft grain lines."""
    width, height = size
    image = Image.new("RGB", size, (196, 160, 118))
    draw = ImageDraw.Draw(image)
    y = 0
    while y < height:
        band = rng.randint(6, 26)
        shade = rng.randint(-18, 14)
        colour = (196 + shade, 160 + shade, 118 + shade // 2)
        draw.rectangle((0, y, width, y + band), fill=colour)
        y += band
    for _ in range(60):
        y0 = rng.randint(0, height)
        points = [
            (x, y0 + int(6 * rng.random() * ((x / width) - 0.5))) for x in range(0, width + 40, 40)
        ]
        draw.line(points, fill=(170, 132, 92), width=rng.randint(1, 2))
    image = image.filter(ImageFilter.GaussianBlur(2.2))
    # Light from the top left: a gentle falloff towards the bottom right corner.
    shade = Image.linear_gradient("L").resize(size).point(lambda v: 255 - v // 5)
    dark = Image.new("RGB", size, (120, 96, 70))
    return Image.composite(image, dark, shade)


def _shadow(image: Image.Image, box: tuple[int, int, int, int], radius: int, blur: int) -> None:
    mask = Image.new("L", image.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle(box, radius=radius, fill=110)
    mask = mask.filter(ImageFilter.GaussianBlur(blur))
    image.paste((40, 30, 22), (0, 0), mask)


def _tape_measure(
    image: Image.Image, left: int, top: int, px_per_cm: float, length_cm: int
) -> None:
    """A yellow steel tape pulled out from its case, with mm/cm ticks and cm numbers."""
    draw = ImageDraw.Draw(image)
    height = 62
    right = left + int(length_cm * px_per_cm) + 12
    _shadow(image, (left - 4, top + 6, right + 4, top + height + 10), 4, 6)
    draw.rectangle((left, top, right, top + height), fill=(246, 204, 38))
    # Steel tapes are slightly curved: a darker band along the bottom edge.
    draw.rectangle((left, top + height - 9, right, top + height), fill=(222, 180, 26))
    label_font = font(12, bold=True)
    big_font = font(15, bold=True)
    for mm in range(0, length_cm * 10 + 1):
        x = left + 6 + mm * px_per_cm / 10
        if mm % 10 == 0:
            draw.line((x, top, x, top + 30), fill=(25, 22, 18), width=2)
            cm = mm // 10
            if cm:
                text = str(cm)
                decade = cm % 10 == 0
                colour = (200, 30, 30) if decade else (25, 22, 18)
                face = big_font if decade else label_font
                w = draw.textlength(text, font=face)
                draw.text((x - w / 2, top + 33), text, font=face, fill=colour)
        elif mm % 5 == 0:
            draw.line((x, top, x, top + 20), fill=(25, 22, 18), width=1)
        else:
            draw.line((x, top, x, top + 12), fill=(40, 36, 30), width=1)
    draw.text((left + 9, top + height - 15), "cm", font=font(10), fill=(25, 22, 18))
    # The case at the right end, with its hook hidden underneath.
    case_box = (right - 6, top - 70, right + 190, top + height + 70)
    _shadow(image, (case_box[0] + 6, case_box[1] + 10, case_box[2] + 8, case_box[3] + 12), 40, 10)
    draw.rounded_rectangle(case_box, radius=42, fill=(34, 34, 36))
    inner = (case_box[0] + 22, case_box[1] + 22, case_box[2] - 22, case_box[3] - 22)
    draw.rounded_rectangle(inner, radius=30, fill=(240, 196, 30))
    draw.ellipse(
        (inner[0] + 40, inner[1] + 40, inner[2] - 40, inner[3] - 40), outline=(34, 34, 36), width=5
    )
    draw.text(
        (inner[0] + 28, inner[3] - 36), "5 m / 16 ft", font=font(18, bold=True), fill=(34, 34, 36)
    )
    # The end hook at the zero mark.
    draw.rectangle((left - 10, top - 6, left + 4, top + height + 6), fill=(150, 150, 155))


def _rubber_belt_loop(
    image: Image.Image, box: tuple[int, int, int, int], thickness: int, rng: random.Random
) -> None:
    """An endless black rubber belt lying flat: a long loop with a matte sheen and faint ribs."""
    x0, y0, x1, y1 = box
    radius = (y1 - y0) // 2
    _shadow(image, (x0 + 8, y0 + 14, x1 + 10, y1 + 16), radius, 9)
    mask = Image.new("L", image.size, 0)
    mask_draw = ImageDraw.Draw(mask)
    mask_draw.rounded_rectangle(box, radius=radius, fill=255)
    inner = (x0 + thickness, y0 + thickness, x1 - thickness, y1 - thickness)
    mask_draw.rounded_rectangle(inner, radius=max(radius - thickness, 1), fill=0)
    rubber = Image.new("RGB", image.size, (24, 24, 26))
    sheen = ImageDraw.Draw(rubber)
    for _ in range(500):
        x = rng.randint(x0, x1)
        y = rng.randint(y0, y1)
        grey = rng.randint(30, 46)
        sheen.point((x, y), fill=(grey, grey, grey + 2))
    # A soft highlight along the top edge of the loop, where the window light falls.
    highlight = Image.new("L", image.size, 0)
    ImageDraw.Draw(highlight).rounded_rectangle(
        (x0 + 6, y0 + 4, x1 - 6, y0 + thickness // 2), radius=radius, fill=70
    )
    highlight = highlight.filter(ImageFilter.GaussianBlur(5))
    rubber.paste((120, 120, 128), (0, 0), highlight)
    image.paste(rubber, (0, 0), mask.filter(ImageFilter.GaussianBlur(0.8)))
    draw = ImageDraw.Draw(image)
    # Moulding seam and the printed size mark on the belt's outer face.
    seam_x = x0 + (x1 - x0) * 2 // 3
    draw.line((seam_x, y0 + 2, seam_x + 3, y0 + thickness - 2), fill=(52, 52, 56), width=2)
    draw.text(
        (x0 + radius + 40, y0 + thickness // 2 - 9),
        "SOFT-FLEX 120x25",
        font=font(16, bold=True),
        fill=(78, 78, 84),
    )


def _exif_for_photo(
    taken_local: dt.datetime, utc_offset: str, gps: tuple[float, float] | None
) -> Image.Exif:
    """The EXIF a phone writes: make/model, local DateTimeOriginal with its offset, GPS."""
    exif = Image.Exif()
    exif[_MAKE] = "DemoPhone"
    exif[_MODEL] = "DP-12"
    exif[_SOFTWARE] = "DP-12 camera 4.1"
    exif[_ORIENTATION] = 1
    stamp = taken_local.strftime("%Y:%m:%d %H:%M:%S")
    exif[_DATETIME] = stamp
    exif_ifd = exif.get_ifd(_EXIF_IFD)
    exif_ifd[_DATETIME_ORIGINAL] = stamp
    exif_ifd[_OFFSET_TIME_ORIGINAL] = utc_offset
    if gps is not None:
        lat, lon = gps
        exif.get_ifd(_GPS_IFD).update(
            {
                0: b"\x02\x02\x00\x00",  # GPSVersionID 2.2.0.0
                1: "N" if lat >= 0 else "S",
                2: _dms(abs(lat)),
                3: "E" if lon >= 0 else "W",
                4: _dms(abs(lon)),
                5: b"\x00",  # altitude above sea level
                6: 18.0,
            }
        )
    return exif


def _dms(value: float) -> tuple[float, float, float]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60, 2)
    return (float(degrees), float(minutes), seconds)


def belt_with_tape_measure(
    target: Path, taken_local: dt.datetime, utc_offset: str = "+09:00"
) -> Path:
    """Case 1: a black soft rubber belt beside a yellow tape measure (JPEG with EXIF and GPS).

    The belt reads about 105 cm flat-loop length against the tape, not the 120 cm the
    listing promised. The GPS position is an invented point on a river, not an address.
    """
    rng = random.Random(1)
    size = (1200, 900)
    image = _table_background(size, rng)
    px_per_cm = 18.5
    zero = 40
    # Laid flat, the loop reaches 52.5 cm: 105 cm around instead of 120, 20 mm wide, not 25.
    right = zero + int(52.5 * px_per_cm)
    _rubber_belt_loop(image, (zero, 290, right, 510), int(2.0 * px_per_cm), rng)
    _tape_measure(image, zero - 6, 580, px_per_cm, 58)
    image = _noise(image, 9)
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    exif = _exif_for_photo(taken_local, utc_offset, (37.5172, 126.9790))
    image.save(target, "JPEG", quality=86, exif=exif.tobytes(), optimize=True)
    return target


def cracked_belt_closeup(target: Path, taken_local: dt.datetime, utc_offset: str) -> Path:
    """Case 2: a close-up of a rubber belt with a crack running across it (JPEG with EXIF)."""
    rng = random.Random(2)
    size = (1200, 900)
    image = Image.new("RGB", size, (214, 216, 212))
    draw = ImageDraw.Draw(image)
    # A white sewing-machine table top with a faint fabric weave.
    for x in range(0, size[0], 6):
        draw.line((x, 0, x, size[1]), fill=(206, 208, 204))
    top, bottom = 260, 640
    _shadow(image, (-40, top + 20, size[0] + 40, bottom + 28), 12, 16)
    draw.rectangle((0, top, size[0], bottom), fill=(30, 30, 32))
    # Cross ribs on the belt's inner face, lit from above.
    for x in range(-20, size[0], 34):
        draw.rectangle((x, top + 10, x + 16, bottom - 10), fill=(38, 38, 41))
        draw.line((x, top + 10, x, bottom - 10), fill=(62, 62, 66), width=2)
    # The crack: a jagged dark split with pale stressed rubber at its lips.
    points = [(560, top)]
    y = top
    while y < bottom:
        y += rng.randint(14, 30)
        points.append((points[-1][0] + rng.randint(-18, 18), min(y, bottom)))
    draw.line(points, fill=(92, 92, 96), width=22)
    draw.line(points, fill=(6, 6, 7), width=12)
    for px, py in points[1:-1:2]:
        draw.line(
            (px, py, px + rng.randint(-40, 40), py + rng.randint(-6, 6)), fill=(8, 8, 9), width=3
        )
    # Hairline cracks beside the main one: the rubber has dried out.
    for _ in range(14):
        cx, cy = rng.randint(380, 760), rng.randint(top + 20, bottom - 20)
        draw.line(
            (cx, cy, cx + rng.randint(-50, 50), cy + rng.randint(-4, 4)), fill=(70, 70, 74), width=2
        )
    image = image.filter(ImageFilter.GaussianBlur(1.1))
    # Shallow depth of field: the edges of a close-up fall out of focus.
    blurred = image.filter(ImageFilter.GaussianBlur(6))
    focus = Image.radial_gradient("L").resize(size)
    image = Image.composite(blurred, image, focus.point(lambda v: min(255, max(0, v * 2 - 140))))
    image = _noise(image, 10)
    exif = _exif_for_photo(taken_local, utc_offset, None)
    image.save(target, "JPEG", quality=85, exif=exif.tobytes(), optimize=True)
    return target


def replacement_photo(target: Path, taken_local: dt.datetime, utc_offset: str) -> Path:
    """Case 4: the replacement roll of grip tape, new in its sleeve, on a kitchen counter."""
    rng = random.Random(4)
    size = (1200, 900)
    image = Image.new("RGB", size, (232, 230, 226))
    draw = ImageDraw.Draw(image)
    for _ in range(900):
        x, y = rng.randint(0, size[0]), rng.randint(0, size[1])
        grey = rng.randint(200, 226)
        draw.ellipse((x, y, x + 3, y + 3), fill=(grey, grey - 2, grey - 6))
    centre, outer, core = (600, 430), 300, 120
    _shadow(
        image,
        (
            centre[0] - outer + 12,
            centre[1] - outer + 22,
            centre[0] + outer + 16,
            centre[1] + outer + 26,
        ),
        outer,
        14,
    )
    draw.ellipse(
        (centre[0] - outer, centre[1] - outer, centre[0] + outer, centre[1] + outer),
        fill=(28, 28, 30),
    )
    for r in range(outer - 8, core + 10, -9):
        draw.ellipse(
            (centre[0] - r, centre[1] - r, centre[0] + r, centre[1] + r),
            outline=(44, 44, 48),
            width=1,
        )
    draw.ellipse(
        (
            centre[0] - core - 18,
            centre[1] - core - 18,
            centre[0] + core + 18,
            centre[1] + core + 18,
        ),
        fill=(186, 160, 120),
    )
    draw.ellipse(
        (centre[0] - core, centre[1] - core, centre[0] + core, centre[1] + core),
        fill=(232, 230, 226),
    )
    # The printed paper band around the roll.
    draw.rectangle(
        (centre[0] - 190, centre[1] + 170, centre[0] + 190, centre[1] + 250), fill=(250, 250, 246)
    )
    draw.text(
        (centre[0] - 175, centre[1] + 180),
        "ANTI-SLIP GRIP TAPE",
        font=font(26, bold=True),
        fill=(20, 20, 20),
    )
    draw.text(
        (centre[0] - 175, centre[1] + 215),
        "50 mm x 10 m  ·  GRT-50-10-BK",
        font=font(20),
        fill=(60, 60, 60),
    )
    image = image.filter(ImageFilter.GaussianBlur(0.9))
    image = _noise(image, 8)
    exif = _exif_for_photo(taken_local, utc_offset, None)
    image.save(target, "JPEG", quality=84, exif=exif.tobytes(), optimize=True)
    return target


def tracking_screenshot(
    target: Path,
    *,
    carrier: str,
    tracking_number: str,
    events: Sequence[tuple[str, str, str]],
    status_line: str,
    note: str,
    clock: str,
) -> Path:
    """Case 3: a phone screenshot of a carrier's tracking page (PNG), stuck at 'Out for delivery'.

    `events` are (date, time, text) rows, newest first.
    """
    width, height = 780, 1400
    image = Image.new("RGB", (width, height), (246, 246, 248))
    draw = ImageDraw.Draw(image)
    # Status bar and the browser's address bar.
    draw.rectangle((0, 0, width, 44), fill=(255, 255, 255))
    draw.text((24, 10), clock, font=font(22, bold=True), fill=(20, 20, 20))
    draw.text((width - 120, 10), "4G  82%", font=font(20), fill=(20, 20, 20))
    draw.rectangle((0, 44, width, 112), fill=(255, 255, 255))
    draw.rounded_rectangle((20, 56, width - 20, 100), radius=20, fill=(236, 236, 240))
    draw.text(
        (44, 66),
        "track.qafila-express.example/" + tracking_number,
        font=font(19),
        fill=(70, 70, 80),
    )
    # Carrier header.
    draw.rectangle((0, 112, width, 212), fill=(14, 96, 92))
    draw.text((32, 136), carrier, font=font(40, bold=True), fill=(255, 255, 255))
    draw.text((width - 200, 152), "Track & Trace", font=font(22), fill=(200, 236, 232))
    # Summary card.
    draw.rounded_rectangle(
        (24, 236, width - 24, 520), radius=18, fill=(255, 255, 255), outline=(220, 220, 226)
    )
    draw.text((52, 258), "Tracking number", font=font(20), fill=(110, 110, 120))
    draw.text((52, 286), tracking_number, font=font(30, bold=True), fill=(20, 20, 20))
    draw.rounded_rectangle((52, 342, 360, 388), radius=22, fill=(255, 240, 214))
    draw.text((72, 352), status_line, font=font(22, bold=True), fill=(176, 96, 0))
    draw.text((52, 408), note, font=font(21), fill=(190, 40, 40))
    draw.text((52, 446), "Destination: Riyadh, SA", font=font(20), fill=(80, 80, 90))
    draw.text(
        (52, 476),
        "Service: Standard parcel  ·  1 piece  ·  1.2 kg",
        font=font(20),
        fill=(80, 80, 90),
    )
    # Progress steps.
    steps = ("Picked up", "In transit", "Out for delivery", "Delivered")
    y = 570
    step_x = [80 + i * (width - 160) // 3 for i in range(4)]
    draw.line((step_x[0], y, step_x[2], y), fill=(14, 96, 92), width=6)
    draw.line((step_x[2], y, step_x[3], y), fill=(200, 200, 206), width=6)
    for i, (x, label) in enumerate(zip(step_x, steps, strict=True)):
        done = i < 3
        draw.ellipse(
            (x - 16, y - 16, x + 16, y + 16), fill=(14, 96, 92) if done else (200, 200, 206)
        )
        w = draw.textlength(label, font=font(18))
        draw.text(
            (x - w / 2, y + 26),
            label,
            font=font(18),
            fill=(40, 40, 50) if done else (150, 150, 160),
        )
    # Event history.
    draw.text((32, 660), "Shipment history", font=font(26, bold=True), fill=(20, 20, 20))
    y = 710
    for index, (day, time, text) in enumerate(events):
        draw.rounded_rectangle((24, y, width - 24, y + 96), radius=12, fill=(255, 255, 255))
        colour = (176, 96, 0) if index == 0 else (14, 96, 92)
        draw.ellipse((44, y + 38, 64, y + 58), fill=colour)
        draw.text((86, y + 16), text, font=font(22, bold=index == 0), fill=(20, 20, 20))
        draw.text((86, y + 54), f"{day}  {time}", font=font(19), fill=(110, 110, 120))
        y += 108
    draw.text(
        (32, height - 60),
        "Questions? Use the contact form on the seller's order page.",
        font=font(18),
        fill=(120, 120, 130),
    )
    image = image.quantize(colors=64, method=Image.Quantize.MEDIANCUT)
    image.save(target, "PNG", optimize=True)
    return target


def receipt_pdf(target: Path, pages: Sequence[Sequence[tuple[str, int, bool]]]) -> Path:
    """A printed receipt as a multi-page PDF; each page is a list of (text, size, bold) lines.

    Pages are rendered as greyscale images at 110 dpi (A4), which keeps the file small
    and needs nothing beyond Pillow.
    """
    dpi = 110
    page_size = (int(8.27 * dpi), int(11.69 * dpi))
    rendered = []
    for number, lines in enumerate(pages, 1):
        page = Image.new("L", page_size, 255)
        draw = ImageDraw.Draw(page)
        y = 70
        for text, size, bold in lines:
            if text == "---":
                draw.line((60, y + 8, page_size[0] - 60, y + 8), fill=150, width=1)
                y += 22
                continue
            if "\t" in text:
                left, right = text.split("\t", 1)
                draw.text((60, y), left, font=font(size, bold), fill=20)
                w = draw.textlength(right, font=font(size, bold))
                draw.text((page_size[0] - 60 - w, y), right, font=font(size, bold), fill=20)
            else:
                draw.text((60, y), text, font=font(size, bold), fill=20)
            y += int(size * 1.55)
        footer = f"Page {number} of {len(pages)}"
        w = draw.textlength(footer, font=font(12))
        draw.text(((page_size[0] - w) / 2, page_size[1] - 50), footer, font=font(12), fill=110)
        rendered.append(page)
    rendered[0].save(
        target, "PDF", save_all=True, append_images=rendered[1:], resolution=dpi, title="Invoice"
    )
    return target
