"""
A job's photos: taken from a camera entity through Home Assistant or uploaded, kept as files.

Each photo is downscaled (longest side ``max_side``) and re-encoded as JPEG with Pillow in the
executor (an upload that is not an image, or one that would decode to more than MAX_PIXELS pixels,
is refused before it is decoded), written to ``<config>/print_logger/photos/<job_id>/<photo_id>.jpg``
(a temporary file renamed into place, so a full disk leaves no half file) and recorded in the store.
Paths are made only from ids the store made, matched against ``[0-9a-f]{32}``, and checked to lie in
the photos folder: nothing a request sends reaches the file system.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime, timedelta
import io
from pathlib import Path
import re
import shutil
from typing import Final
import warnings

from homeassistant.components.camera import async_get_image
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from PIL import Image, ImageOps, UnidentifiedImageError

from .const import DOMAIN, LOGGER
from .store import PhotoRecord, Store, StoreError
from .store.media import PhotoKind

_ID: Final = re.compile(r"^[0-9a-f]{32}$")
DEFAULT_MAX_SIDE: Final = 1280
DEFAULT_QUALITY: Final = 80
DEFAULT_RETENTION_DAYS: Final = 365
MAX_UPLOAD_BYTES: Final = 20 * 1024 * 1024
"""The largest upload read (a phone's full-size photo is 3 to 12 MB)."""
MAX_PIXELS: Final = 50_000_000
"""Images that would decode to more pixels are refused (decompression bombs)."""
CAMERA_TIMEOUT: Final = 10
THUMB_SIDE: Final = 240
"""The small copy kept next to each photo (the job list shows it)."""


class PhotoError(Exception):
    """A photo could not be kept: ``reason`` is a translation key (exceptions.photo_<reason>)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        """Keep the reason key and the (English, logged) detail."""
        super().__init__(detail or reason)
        self.reason = reason


@dataclass(frozen=True, kw_only=True)
class PhotoSettings:
    """How a printer's photos are taken and kept."""

    max_side: int = DEFAULT_MAX_SIDE
    quality: int = DEFAULT_QUALITY
    retention_days: int = DEFAULT_RETENTION_DAYS


@dataclass(frozen=True, kw_only=True)
class PreparedImage:
    """A re-encoded JPEG and its size."""

    data: bytes
    width: int
    height: int
    thumb: bytes


def photos_dir(hass: HomeAssistant) -> Path:
    """Return the folder of the photos."""
    return Path(hass.config.path(DOMAIN, "photos"))


def photo_path(base: Path, job_id: str, photo_id: str, *, thumb: bool = False) -> Path:
    """Return a photo's file (or its small copy's); ValueError for ids the store does not make."""
    if not _ID.match(job_id) or not _ID.match(photo_id):
        raise ValueError("not a photo id")
    path = base / job_id / (f"{photo_id}_thumb.jpg" if thumb else f"{photo_id}.jpg")
    if not path.resolve().is_relative_to(base.resolve()):
        raise ValueError("outside the photos folder")
    return path


def _decode(data: bytes, max_side: int) -> Image.Image:
    """Return the image in ``data``, upright, RGB, within ``max_side`` (PhotoError: too big)."""
    with Image.open(io.BytesIO(data)) as opened:
        width, height = opened.size
        if width * height > MAX_PIXELS:
            raise PhotoError("too_many_pixels", f"{width}×{height}")
        opened.draft("RGB", (max_side, max_side))
        image = ImageOps.exif_transpose(opened)
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
        return image.convert("RGB")


def prepare_image(data: bytes, max_side: int, quality: int) -> PreparedImage:
    """
    Return ``data`` (any image Pillow reads) as a JPEG at most ``max_side`` pixels on its longest side.

    Blocking: run it in the executor. PhotoError(``not_image``) if it is not a readable image,
    (``too_many_pixels``) if it would decode to more than MAX_PIXELS.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            rgb = _decode(data, max_side)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as err:
            raise PhotoError("too_many_pixels", str(err)) from err
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as err:
            raise PhotoError("not_image", str(err)) from err
    out = io.BytesIO()
    rgb.save(out, "JPEG", quality=quality, optimize=True)
    small = rgb.copy()
    small.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS)
    thumb = io.BytesIO()
    small.save(thumb, "JPEG", quality=75, optimize=True)
    return PreparedImage(
        data=out.getvalue(),
        width=rgb.width,
        height=rgb.height,
        thumb=thumb.getvalue(),
    )


def _write(files: dict[Path, bytes]) -> None:
    """Write files each whole or not at all (blocking); none are left if one fails."""
    written: list[Path] = []
    try:
        for path, data in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(".part")
            try:
                partial.write_bytes(data)
                partial.replace(path)
            finally:
                partial.unlink(missing_ok=True)
            written.append(path)
    except OSError:
        for path in written:
            path.unlink(missing_ok=True)
        raise


def _remove(paths: list[Path]) -> None:
    """Delete files (and their job's folder once empty); blocking."""
    for path in paths:
        path.unlink(missing_ok=True)
        path.with_name(f"{path.stem}_thumb.jpg").unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # not empty, or gone
            path.parent.rmdir()


async def async_save_photo(
    hass: HomeAssistant,
    store: Store,
    *,
    job_id: str,
    kind: PhotoKind,
    data: bytes,
    settings: PhotoSettings,
    taken_at: datetime,
    source: str | None = None,
) -> PhotoRecord:
    """Re-encode an image, keep its file and record it on the job; PhotoError if it cannot be."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise PhotoError("too_large")
    prepared = await hass.async_add_executor_job(
        prepare_image, data, settings.max_side, settings.quality
    )
    base = photos_dir(hass)
    # The row first (it checks the job and makes the id), then the file; undone if that fails.
    photo, dropped = await store.add_photo(
        job_id=job_id,
        kind=kind,
        taken_at=taken_at,
        size=len(prepared.data),
        width=prepared.width,
        height=prepared.height,
        source=source,
    )
    path = photo_path(base, job_id, photo.id)
    files = {
        path: prepared.data,
        photo_path(base, job_id, photo.id, thumb=True): prepared.thumb,
    }
    try:
        await hass.async_add_executor_job(_write, files)
    except OSError as err:
        LOGGER.error("Cannot write the photo %s: %s", path, err)
        await store.delete_photo(photo.id)
        raise PhotoError("disk", str(err)) from err
    if dropped:
        await hass.async_add_executor_job(
            _remove, [photo_path(base, job_id, photo_id) for photo_id in dropped]
        )
    return photo


async def async_read_photo(
    hass: HomeAssistant, photo: PhotoRecord, *, thumb: bool = False
) -> bytes | None:
    """Return a photo's bytes (or its small copy's), None if its file is gone."""
    path = photo_path(photos_dir(hass), photo.job_id, photo.id, thumb=thumb)

    def _read() -> bytes | None:
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None

    return await hass.async_add_executor_job(_read)


async def async_delete_files(hass: HomeAssistant, photos: list[PhotoRecord]) -> None:
    """Delete the files of photos whose rows are gone."""
    base = photos_dir(hass)
    paths = [photo_path(base, photo.job_id, photo.id) for photo in photos]
    if paths:
        await hass.async_add_executor_job(_remove, paths)


async def async_delete_job_folders(hass: HomeAssistant, job_ids: list[str]) -> None:
    """Delete the photo folders of deleted jobs."""
    base = photos_dir(hass)
    folders = [base / job_id for job_id in job_ids if _ID.match(job_id)]

    def _rmtree() -> None:
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)

    if folders:
        await hass.async_add_executor_job(_rmtree)


async def async_capture(
    hass: HomeAssistant,
    store: Store,
    *,
    camera: str,
    job_id: str,
    kind: PhotoKind,
    settings: PhotoSettings,
    taken_at: datetime,
) -> PhotoRecord | None:
    """Take a snapshot of ``camera`` for a job; None (logged) if the camera or the disk fails."""
    try:
        image = await async_get_image(hass, camera, timeout=CAMERA_TIMEOUT)
    except HomeAssistantError as err:
        LOGGER.warning(
            "No %s photo of job %s: camera %s gave no image (%s)",
            kind,
            job_id,
            camera,
            err,
        )
        return None
    try:
        return await async_save_photo(
            hass,
            store,
            job_id=job_id,
            kind=kind,
            data=image.content,
            settings=settings,
            taken_at=taken_at,
            source=camera,
        )
    except (PhotoError, StoreError) as err:
        LOGGER.warning("No %s photo of job %s: %s", kind, job_id, err)
        return None


async def async_purge(
    hass: HomeAssistant,
    store: Store,
    retention_days: int,
    now: datetime,
    printer_id: str | None = None,
) -> int:
    """Delete the photos (of a printer's jobs) older than ``retention_days`` (0: keep them)."""
    if retention_days <= 0:
        return 0
    photos = await store.purge_photos(now - timedelta(days=retention_days), printer_id)
    await async_delete_files(hass, photos)
    return len(photos)
