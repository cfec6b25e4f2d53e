"""The default rooms: one per stage group (PRODUCT.md), a general support room, and the moderators' room."""

from django.db import migrations

ROOMS = [
    ("Start here", "start-here", "stage", "start-here", "Say hello, ask how things work, meet others who are new."),
    ("Before and during a taper", "before-and-during-a-taper", "stage", "before-and-during-a-taper",
     "Company for people thinking about a taper or in the middle of one."),
    ("After stopping", "after-stopping", "stage", "after-stopping",
     "For people who have stopped, recently or long ago, and the days that come with it."),
    ("Living with it", "living-with-it", "stage", "living-with-it",
     "Coping, rest, small wins and everyday life."),
    ("Around the member", "around-the-member", "stage", "around-the-member",
     "For family, friends and carers, and for talk about anything else."),
    ("Support room", "support", "support", "", "A general room. If you cannot sleep and want company, come in."),
    ("Moderators", "moderators", "moderators", "", "For the moderation team only."),
]


def create_rooms(apps, schema_editor):
    ChatRoom = apps.get_model("realtime", "ChatRoom")
    for position, (name, slug, kind, group_slug, description) in enumerate(ROOMS, start=1):
        ChatRoom.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": kind,
                "stage_group_slug": group_slug,
                "description": description,
                "position": position * 10,
            },
        )


def remove_rooms(apps, schema_editor):
    ChatRoom = apps.get_model("realtime", "ChatRoom")
    ChatRoom.objects.filter(slug__in=[slug for _, slug, *_ in ROOMS], messages__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("realtime", "0001_initial")]

    operations = [migrations.RunPython(create_rooms, remove_rooms)]
