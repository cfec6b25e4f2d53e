"""Flags a member filed, for their data export (accounts/export.py); registered in ready()."""

from accounts.export import register_export_section
from moderation.models import Flag


def _flags(user) -> list[dict]:
    return [
        {"reason": f.get_reason_display(), "note": f.note, "about": f"{f.content_type.model} {f.object_id}",
         "filed_at": f.created_at}
        for f in Flag.objects.filter(flagger=user).select_related("content_type").order_by("created_at", "pk")
    ]


def register() -> None:
    register_export_section("flags", "Flags you filed", _flags)
