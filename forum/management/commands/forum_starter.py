"""Friendly demo topics for `make run` (debug mode only), written through the forum services."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand
from django.db import transaction

from forum import services
from forum.models import Board, Topic

# (board slug, author, title, body, [(author, reply), ...], pinned)
DEMO_TOPICS = [
    (
        "help-desk",
        "mod_heron",
        "Welcome to Haven: how this place works",
        "Hello and welcome. Haven is a peer-support community for people tapering off benzodiazepines "
        "or recovering after stopping, and for the people around them.\n\n"
        "- Share your own experience, not instructions: please don't tell others what to take or when to stop.\n"
        "- Be kind, and protect everyone's privacy, including your own.\n"
        "- Haven is not medical advice. Talk to your own prescriber before changing any medication.\n\n"
        "If you are struggling right now, the **Need help now?** link at the top of every page lists crisis "
        "lines. Questions for the team are welcome on this board.",
        [("willow", "Thank you for setting this up. It's good to have somewhere calm to talk.")],
        True,
    ),
    (
        "introductions",
        "river",
        "Hello from river",
        "I've been reading here for a while and finally made an account. Some days the fog and the poor "
        "sleep make everything feel heavy, and it helps to know other people understand.\n\n"
        "I'm not great at writing long posts yet, but I wanted to say hello.",
        [
            ("willow", "Welcome, @river. The fog is real, and you're not alone in it. Be gentle with yourself "
                       "on the heavy days."),
            ("mod_heron", "Welcome! The *Coping with symptoms* board has lots of small ideas members have found "
                          "helpful. Take your time finding your way around."),
        ],
        False,
    ),
    (
        "coping-with-symptoms",
        "willow",
        "Small things that helped me on foggy days",
        "A few things that made foggy days a little easier for me:\n\n"
        "- Writing a short list each morning, three things at most\n"
        "- Sunglasses and a cap when light felt too bright\n"
        "- Short walks, even just to the end of the street\n"
        "- Telling one person how I was really feeling\n\n"
        "What helps you?",
        [
            ("river", "The list idea is a good one. I keep losing track of what I meant to do, so I'll try it."),
            ("dr_oak", "Thank you for sharing these, @willow. Everyone's experience is different, so do keep "
                       "your own prescriber in the loop about any symptom that worries you."),
        ],
        False,
    ),
    (
        "milestones",
        "willow",
        "A good week, finally",
        "For the first time in a long while I had three good days in a row. I cooked a proper meal and read "
        "a few chapters of a book. Small things, but they felt huge.",
        [("river", "This made my day. Congratulations, @willow!")],
        False,
    ),
    (
        "off-topic",
        "river",
        "What are you reading or listening to?",
        "Something gentle, please! I've been enjoying audiobooks of old nature writing. They're slow and "
        "calm, which is about all my brain can manage some evenings.",
        [("willow", "Podcasts about gardening, mostly. Nothing much happens in them, which is exactly right.")],
        False,
    ),
]


class Command(BaseCommand):
    help = "Write a few demo topics by the demo accounts (debug mode only, and only while there are no topics)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            self.stdout.write("forum_starter: skipped (demo content is for debug mode only).")
            return
        if Topic.objects.exists():
            self.stdout.write("forum_starter: skipped (the forum already has topics).")
            return
        users = {
            u.username.lower(): u
            for u in get_user_model().objects.filter(
                username__in=["river", "willow", "mod_heron", "dr_oak"], is_active=True
            )
        }
        if not users:
            self.stdout.write("forum_starter: skipped (the demo accounts do not exist yet).")
            return
        boards = {b.slug: b for b in Board.objects.all()}
        written = 0
        with transaction.atomic():
            for slug, author_name, title, body, replies, pinned in DEMO_TOPICS:
                author, board = users.get(author_name), boards.get(slug)
                if author is None or board is None:
                    continue
                topic = services.create_topic(author, board=board, title=title, body=body)
                written += 1
                for reply_author_name, reply_body in replies:
                    reply_author = users.get(reply_author_name)
                    if reply_author is not None:
                        services.create_post(reply_author, topic=topic, body=reply_body)
                if pinned:
                    # The operator at the console stands in for the moderator's two-step session.
                    author.two_step_verified = True
                    try:
                        services.set_topic_state(topic, by=author, pinned=True)
                    except PermissionDenied:
                        pass
        self.stdout.write(f"forum_starter: {written} demo topic{'s' if written != 1 else ''} written.")
