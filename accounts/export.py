"""Personal data export: everything a member wrote and set, as JSON plus a readable HTML page, in a zip.

Apps add their part from their own AppConfig.ready() (accounts knows nothing of forum or chat):

    from accounts.export import register_export_section
    register_export_section("posts", "Forum posts", lambda user: [{"topic": ..., "text": ...}, ...])

A builder takes the member and returns a list of JSON-ready dicts (or one dict). Small exports
are built at once; larger ones (more than settings.HAVEN_EXPORT_INLINE_MAX rows) are prepared by
a background task (accounts/tasks.py) and offered on the export page by a signed link that
lasts settings.HAVEN_EXPORT_LINK_SECONDS. Files live in the default storage under exports/<id>/.
"""

import io
import json
import secrets
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils import timezone

_SALT = "haven.export"


@dataclass(frozen=True)
class ExportSection:
    name: str
    label: str
    builder: Callable


_SECTIONS: dict[str, ExportSection] = {}


def register_export_section(name: str, label: str, builder: Callable) -> None:
    """Add (or replace) a section of every member's export. Call from AppConfig.ready()."""
    _SECTIONS[name] = ExportSection(name=name, label=label, builder=builder)


def sections() -> list[ExportSection]:
    return list(_SECTIONS.values())


def account_section(user) -> dict:
    """What the member set on their account (never the password or two-step secrets)."""
    fields = ("username", "email", "bio", "country", "stage", "show_stage_on_posts", "hide_other_stages",
              "theme", "text_size", "date_joined", "accepted_guidelines_at", "confirmed_adult_at")
    return {name: getattr(user, name, None) for name in fields}


def _rows(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def collect(user) -> dict[str, list]:
    """Each registered section's rows for user, in registration order."""
    return {section.name: _rows(section.builder(user)) for section in sections()}


def row_count(user) -> int:
    return sum(len(rows) for rows in collect(user).values())


def build_zip(user, data: dict[str, list] | None = None) -> bytes:
    """The zip: haven-export.json (everything), one JSON file per section, and index.html to read."""
    data = collect(user) if data is None else data
    labels = {section.name: section.label for section in sections()}
    made_at = timezone.now()
    everything = {"member": user.username, "exported_at": made_at.isoformat(), "sections": data}
    page = render_to_string(
        "accounts/export_page.html",
        {"member": user, "made_at": made_at, "sections": [(labels.get(k, k), rows) for k, rows in data.items()]},
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("haven-export.json", json.dumps(everything, cls=DjangoJSONEncoder, indent=2))
        for name, rows in data.items():
            archive.writestr(f"sections/{name}.json", json.dumps(rows, cls=DjangoJSONEncoder, indent=2))
        archive.writestr("index.html", page)
    return buffer.getvalue()


def _folder(user_id: int) -> str:
    return f"exports/{user_id}"


def save_export(user) -> str:
    """Build the zip into storage (the background path); returns its file name."""
    name = f"haven-export-{timezone.now():%Y%m%d-%H%M%S}-{secrets.token_hex(8)}.zip"
    default_storage.save(f"{_folder(user.pk)}/{name}", ContentFile(build_zip(user)))
    return name


def signed_link_token(user_id: int, name: str) -> str:
    return signing.dumps({"u": user_id, "f": name}, salt=_SALT)


def file_for_token(token: str, *, user_id: int) -> str | None:
    """The storage path a link names, if the link is genuine, unexpired, this member's, and the file exists."""
    try:
        data = signing.loads(token, salt=_SALT, max_age=settings.HAVEN_EXPORT_LINK_SECONDS)
    except signing.BadSignature:
        return None
    name = str(data.get("f", ""))
    if data.get("u") != user_id or "/" in name or not name.endswith(".zip"):
        return None
    path = f"{_folder(user_id)}/{name}"
    return path if default_storage.exists(path) else None


def ready_exports(user) -> list[str]:
    """File names of this member's prepared exports, newest first, dropping those past their link's life."""
    try:
        _, files = default_storage.listdir(_folder(user.pk))
    except FileNotFoundError:
        return []
    cutoff = timezone.now() - timedelta(seconds=settings.HAVEN_EXPORT_LINK_SECONDS)
    fresh = []
    for name in sorted(files, reverse=True):
        path = f"{_folder(user.pk)}/{name}"
        if default_storage.get_modified_time(path) < cutoff:
            default_storage.delete(path)
        else:
            fresh.append(name)
    return fresh


def delete_exports(user) -> None:
    for name in ready_exports(user):
        default_storage.delete(f"{_folder(user.pk)}/{name}")
