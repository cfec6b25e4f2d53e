"""Seed for the care browser tests and scans (docs/care.md): a post with content notes that the
member folds away, a draft on "My drafts", and two members of their own for the journeys."""


def seed_care(data: dict, users: dict, make_user, url) -> None:
    from forum import services
    from forum.models import Board

    users["carer"] = make_user(data, "carer")
    users["fragile"] = make_user(data, "fragile")
    board = Board.objects.get(slug=data["objects"]["boards"]["members_only"]["slug"])
    topic = services.create_topic(
        users["writer"], board=board, title="Checking in after a hard night",
        body="A short check-in.", notes=["hospital"],
    )
    noted = services.create_post(
        users["writer"], topic=topic, body="Last night I hurt myself again. I'm safe now.", notes=["self_harm"],
    )
    for key in ("member", "fragile"):
        services.set_reading_preference(users[key], collapsed_notes=["self_harm"])
    services.save_draft(users["member"], composer="reply", target_id=topic.pk, body="Thinking of you. I")
    data["objects"]["care_topic"] = {"id": topic.pk, "url": topic.get_absolute_url(), "noted_post_id": noted.pk}
    urls = data["urls"]
    urls["care_topic"] = topic.get_absolute_url()
    urls["reading_settings"] = url("forum:reading_settings")
    urls["drafts"] = url("forum:drafts")
    urls["post_notes"] = url("forum:post_notes", noted.pk)
    urls["welcome"] = url("forum:welcome")
    urls["unanswered_introductions"] = url("forum:unanswered_introductions")
    intro = Board.objects.filter(slug="introductions").first()
    if intro is not None:
        from datetime import timedelta

        from django.utils import timezone

        hello = services.create_topic(users["carer"], board=intro, title="Hello from the seaside", body="Hi all.")
        type(hello).objects.filter(pk=hello.pk).update(created_at=timezone.now() - timedelta(hours=30))
