"""
The upload of a job's photo: ``POST /api/print_logger/jobs/{job_id}/photos`` (administrators).

The body is the image itself (any ``Content-Type``) or a ``multipart/form-data`` form whose first
file part is the image (the panel's file picker, a phone's camera). At most MAX_UPLOAD_BYTES are
read (413 beyond); the image is re-encoded (photos.py), a body that is not an image or that would
decode to too many pixels is a 400 naming the ``file`` field, a full disk a 507. The answer (201)
is the photo's object; its image is ``GET /api/print_logger/photos/{photo_id}`` (an operation).
Deleted jobs take their photo folders with them.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Final

from aiohttp import BodyPartReader, web
from homeassistant.components.http.const import KEY_HASS_USER
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import (
    async_dispatcher_connect,
    async_dispatcher_send,
)
from homeassistant.helpers.http import KEY_HASS, HomeAssistantView
from homeassistant.util import dt as dt_util

from .api import (
    ApiError,
    ForbiddenError,
    InvalidFieldsError,
    NotFoundError,
    TooLargeError,
    UnavailableError,
    api_error,
)
from .api.fields import JOB_ID
from .api.shapes import photo_object
from .const import DOMAIN, SIGNAL_JOB_CHANGED
from .data import PRINT_LOGGER_KEY
from .http import error_response
from .photos import (
    MAX_UPLOAD_BYTES,
    PhotoError,
    PhotoSettings,
    async_delete_job_folders,
    async_save_photo,
)
from .store import StoreError

PHOTO_ERRORS: Final = {
    "not_image": "is not an image (JPEG, PNG, WebP, HEIC where supported, …)",
    "too_many_pixels": "has too many pixels (a decompression bomb?)",
    "too_large": f"must be at most {MAX_UPLOAD_BYTES} bytes",
}


async def _read_upload(request: web.Request) -> bytes:
    """Return the uploaded image's bytes (the body, or a form's first file part)."""
    too_large = TooLargeError(f"the image must be at most {MAX_UPLOAD_BYTES} bytes")
    if request.content_length is not None and request.content_length > (
        MAX_UPLOAD_BYTES + 64 * 1024
    ):
        raise too_large
    body = bytearray()
    if request.content_type == "multipart/form-data":
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if isinstance(part, BodyPartReader) and part.filename is not None:
                while chunk := await part.read_chunk(64 * 1024):
                    body.extend(chunk)
                    if len(body) > MAX_UPLOAD_BYTES:
                        raise too_large
                break
    else:
        async for chunk in request.content.iter_chunked(64 * 1024):
            body.extend(chunk)
            if len(body) > MAX_UPLOAD_BYTES:
                raise too_large
    if not body:
        raise InvalidFieldsError({"file": "is required"})
    return bytes(body)


class PhotoUploadView(HomeAssistantView):
    """Add a photo to a job."""

    url = f"/api/{DOMAIN}/jobs/{{job_id}}/photos"
    name = f"api:{DOMAIN}:jobs:photos"

    async def post(self, request: web.Request, job_id: str) -> web.Response:
        """Upload an image to a job (administrators)."""
        hass = request.app[KEY_HASS]
        user = request.get(KEY_HASS_USER)
        try:
            if user is None or not user.is_admin:
                raise ForbiddenError
            if not JOB_ID.match(job_id):
                raise NotFoundError("no such job")
            data = hass.data.get(PRINT_LOGGER_KEY)
            store = data.database.store if data is not None else None
            if store is None:
                raise UnavailableError("the print log is not open")
            image = await _read_upload(request)
            try:
                photo = await async_save_photo(
                    hass,
                    store,
                    job_id=job_id,
                    kind="upload",
                    data=image,
                    settings=PhotoSettings(),
                    taken_at=dt_util.utcnow(),
                )
            except PhotoError as err:
                if err.reason == "disk":
                    return self.json(
                        {"message": "the photo could not be written (disk full?)"},
                        HTTPStatus.INSUFFICIENT_STORAGE,
                    )
                raise InvalidFieldsError(
                    {"file": PHOTO_ERRORS.get(err.reason, err.reason)}
                ) from err
        except (ApiError, StoreError) as err:
            if (error := api_error(err)) is None:
                raise
            return error_response(error)
        async_dispatcher_send(hass, SIGNAL_JOB_CHANGED, job_id, False)
        return self.json({"photo": photo_object(photo)}, HTTPStatus.CREATED)


@callback
def async_register_photo_views(hass: HomeAssistant) -> None:
    """Register the upload view; delete a job's photos with it."""
    hass.http.register_view(PhotoUploadView())

    @callback
    def _changed(job_id: str, deleted: bool, *_: object) -> None:
        if deleted and job_id:
            hass.async_create_task(
                async_delete_job_folders(hass, [job_id]), f"{DOMAIN} photos of {job_id}"
            )

    async_dispatcher_connect(hass, SIGNAL_JOB_CHANGED, _changed)
