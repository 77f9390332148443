"""Avatar uploads: checked with Pillow, then re-encoded.

Checks, each with a message the member can act on: the file's size, that Pillow can read
it, its real format (not its name: JPEG, PNG or WebP), its pixel dimensions, and
decompression bombs (a small file that expands to a huge image), which Pillow's warning
for over-large images turns into a refusal here. Accepted images are re-encoded to a
square PNG of ``AVATAR_SIZE`` pixels: whatever else the file carried (metadata, trailing
data, a second format) is dropped.
"""

import io
import warnings

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageOps

MAX_BYTES = 2 * 1024 * 1024
MAX_SIDE = 4000
MIN_SIDE = 64
# Far below Pillow's own bomb limit (89 million pixels): an avatar never needs more.
MAX_PIXELS = MAX_SIDE * MAX_SIDE
FORMATS = {"JPEG", "PNG", "WEBP"}
AVATAR_SIZE = 256


def open_image(data):
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_PIXELS:
            raise Image.DecompressionBombError("too many pixels")
        image.load()
    return image


def clean_avatar(upload):
    """A validated, re-encoded copy of ``upload``, or ``ValidationError``."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            f"The image is {upload.size / 1024 / 1024:.1f} MB; the limit is "
            f"{MAX_BYTES // 1024 // 1024} MB."
        )
    data = upload.read()
    try:
        # Image.open reads only the header: the format and the claimed size.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            header = Image.open(io.BytesIO(data))
            image_format, (width, height) = header.format, header.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError("The image is too large to process.") from error
    except Exception as error:  # noqa: BLE001 - any unreadable file gets the same message
        raise ValidationError("This file is not an image we can read.") from error
    if image_format not in FORMATS:
        raise ValidationError("Upload a JPEG, PNG or WebP image.")
    if width > MAX_SIDE or height > MAX_SIDE:
        raise ValidationError(
            f"The image is {width} × {height} pixels; at most {MAX_SIDE} × {MAX_SIDE}."
        )
    if width < MIN_SIDE or height < MIN_SIDE:
        raise ValidationError(f"The image is too small: at least {MIN_SIDE} × {MIN_SIDE} pixels.")
    try:
        image = open_image(data)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError("The image is too large to process.") from error
    except Exception as error:  # noqa: BLE001 - truncated or corrupt pixel data
        raise ValidationError("The image file is damaged.") from error
    square = ImageOps.fit(ImageOps.exif_transpose(image).convert("RGB"), (AVATAR_SIZE,) * 2)
    out = io.BytesIO()
    square.save(out, format="PNG", optimize=True)
    return SimpleUploadedFile("avatar.png", out.getvalue(), content_type="image/png")
