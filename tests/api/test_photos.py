"""
Photos through the REST views: upload (``POST /jobs/{job_id}/photos``), download and delete
(``/photos/{photo_id}``): authentication, rights, path traversal, bad and huge images, a full disk.
"""

from __future__ import annotations

from http import HTTPStatus
import io
from pathlib import Path
from unittest.mock import patch

from aiohttp import FormData
from homeassistant.core import HomeAssistant
from PIL import Image
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.print_logger.photos import MAX_UPLOAD_BYTES, photos_dir
from custom_components.print_logger.store import Store
from tests.api.common import seed

API = "/api/print_logger"


def jpeg(width: int, height: int) -> bytes:
    """Return a JPEG of a gradient."""
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def png_bomb() -> bytes:
    """Return a small PNG that decodes to 100 million pixels."""
    out = io.BytesIO()
    Image.new("L", (10_000, 10_000)).save(out, "PNG", optimize=True)
    return out.getvalue()


async def test_upload_download_delete(
    hass: HomeAssistant, store: Store, hass_client: ClientSessionGenerator
) -> None:
    """An admin uploads (raw body and form), anyone signed in downloads, an admin deletes."""
    data = await seed(store)
    job = data.jobs[0]
    client = await hass_client()

    answer = await client.post(f"{API}/jobs/{job}/photos", data=jpeg(3000, 2000))
    assert answer.status == HTTPStatus.CREATED
    photo = (await answer.json())["photo"]
    assert (photo["kind"], photo["width"], photo["height"]) == ("upload", 1280, 853)
    assert photo["job_id"] == job

    form = FormData()
    form.add_field(
        "file", jpeg(640, 480), filename="phone.jpg", content_type="image/jpeg"
    )
    answer = await client.post(f"{API}/jobs/{job}/photos", data=form)
    assert answer.status == HTTPStatus.CREATED
    second = (await answer.json())["photo"]
    assert (second["width"], second["height"]) == (640, 480)

    image = await client.get(f"{API}/photos/{photo['id']}")
    assert image.status == HTTPStatus.OK
    assert image.content_type == "image/jpeg"
    body = await image.read()
    assert len(body) == photo["size"]
    with Image.open(io.BytesIO(body)) as opened:
        assert opened.size == (1280, 853)
    thumb = await client.get(f"{API}/photos/{photo['id']}?size=thumb")
    with Image.open(io.BytesIO(await thumb.read())) as opened:
        assert max(opened.size) == 240

    detail = await (await client.get(f"{API}/jobs/{job}")).json()
    assert [p["id"] for p in detail["job"]["photos"]] == [photo["id"], second["id"]]

    path = photos_dir(hass) / job / f"{photo['id']}.jpg"
    assert path.is_file()
    deleted = await client.delete(f"{API}/photos/{photo['id']}")
    assert await deleted.json() == {"deleted": 1}
    assert not path.exists()
    assert not path.with_name(f"{photo['id']}_thumb.jpg").exists()
    assert (
        await client.get(f"{API}/photos/{photo['id']}")
    ).status == HTTPStatus.NOT_FOUND


async def test_unauthenticated_is_401(
    hass: HomeAssistant, store: Store, hass_client_no_auth: ClientSessionGenerator
) -> None:
    """No token: no upload, no download, no delete."""
    data = await seed(store)
    client = await hass_client_no_auth()
    job = data.jobs[0]
    assert (
        await client.post(f"{API}/jobs/{job}/photos", data=jpeg(64, 64))
    ).status == HTTPStatus.UNAUTHORIZED
    photo = "0123456789abcdef0123456789abcdef"
    assert (await client.get(f"{API}/photos/{photo}")).status == HTTPStatus.UNAUTHORIZED
    assert (
        await client.delete(f"{API}/photos/{photo}")
    ).status == HTTPStatus.UNAUTHORIZED
    assert not photos_dir(hass).exists()


async def test_users_who_are_not_admins_read_but_do_not_write(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_read_only_access_token: str,
) -> None:
    """A user who is not an admin gets 403 for an upload and a delete, and may download."""
    data = await seed(store)
    job = data.jobs[0]
    admin = await hass_client()
    photo = (
        await (await admin.post(f"{API}/jobs/{job}/photos", data=jpeg(64, 64))).json()
    )["photo"]
    reader = await hass_client(hass_read_only_access_token)
    refused = await reader.post(f"{API}/jobs/{job}/photos", data=jpeg(64, 64))
    assert refused.status == HTTPStatus.FORBIDDEN
    assert (
        await reader.delete(f"{API}/photos/{photo['id']}")
    ).status == HTTPStatus.FORBIDDEN
    assert (await reader.get(f"{API}/photos/{photo['id']}")).status == HTTPStatus.OK
    assert len((await store.get_job(job)).photos) == 1


async def test_paths_never_reach_the_file_system(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    tmp_path: Path,
) -> None:
    """Traversal in the job or photo id is a 404 and reads or writes nothing outside the folder."""
    data = await seed(store)
    client = await hass_client()
    secret = Path(hass.config.path("secrets.yaml"))
    secret.write_text("password: hunter2\n")
    for bad in (
        "..%2F..%2Fsecrets.yaml",
        "..%2Fsecrets",
        "%2e%2e%2f%2e%2e%2fsecrets.yaml",
        "0123456789abcdef0123456789abcde%2F",
        "0123456789ABCDEF0123456789ABCDEF",
        "0123456789abcdef0123456789abcdef.jpg",
    ):
        # Refused by the router (400: an encoded "/") or as no such photo / job (404).
        answer = await client.get(f"{API}/photos/{bad}")
        assert answer.status in {HTTPStatus.BAD_REQUEST, HTTPStatus.NOT_FOUND}, bad
        assert b"hunter2" not in await answer.read()
        upload = await client.post(f"{API}/jobs/{bad}/photos", data=jpeg(64, 64))
        assert upload.status in {HTTPStatus.BAD_REQUEST, HTTPStatus.NOT_FOUND}, bad
    # A well-formed id of no job: 404, no folder made.
    missing = "0" * 32
    answer = await client.post(f"{API}/jobs/{missing}/photos", data=jpeg(64, 64))
    assert answer.status == HTTPStatus.NOT_FOUND
    assert not (photos_dir(hass) / missing).exists()
    assert len((await store.get_job(data.jobs[0])).photos) == 0


async def test_bad_images_are_refused_and_nothing_is_lost(
    hass: HomeAssistant, store: Store, hass_client: ClientSessionGenerator
) -> None:
    """Not an image, a truncated one, a decompression bomb, too large, a full disk: clear errors."""
    data = await seed(store)
    job = data.jobs[0]
    client = await hass_client()
    before = await store.get_job(job)

    async def upload(body: bytes) -> tuple[int, dict[str, object]]:
        answer = await client.post(f"{API}/jobs/{job}/photos", data=body)
        return answer.status, await answer.json()

    status, body = await upload(b"%PDF-1.7 not an image")
    assert status == HTTPStatus.BAD_REQUEST
    assert "is not an image" in str(body["errors"])
    status, body = await upload(jpeg(800, 600)[:400])
    assert status == HTTPStatus.BAD_REQUEST
    assert "file" in body["errors"]  # type: ignore[operator]
    status, body = await upload(png_bomb())
    assert status == HTTPStatus.BAD_REQUEST
    assert "too many pixels" in str(body["errors"])
    status, body = await upload(b"")
    assert status == HTTPStatus.BAD_REQUEST
    status, body = await upload(b"\xff" * (MAX_UPLOAD_BYTES + 1))
    assert status == HTTPStatus.REQUEST_ENTITY_TOO_LARGE
    with patch(
        "pathlib.Path.write_bytes", side_effect=OSError(28, "No space left on device")
    ):
        status, body = await upload(jpeg(64, 64))
    assert status == HTTPStatus.INSUFFICIENT_STORAGE
    assert "disk" in str(body["message"])
    # Nothing half-done: no photo row, no file, the job as it was.
    after = await store.get_job(job)
    assert after.photos == ()
    assert after.job == before.job
    folder = photos_dir(hass) / job
    assert not folder.exists() or not any(folder.iterdir())
