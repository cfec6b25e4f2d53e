"""The stage groups and boards from PRODUCT.md. Admins can rename, add and reorder them later."""

from django.db import migrations

# (group name, group slug, [(board name, board slug, description, is_public), ...])
STAGES = [
    ("Start here", "start-here", [
        ("Introductions", "introductions",
         "Say hello and tell us as much or as little of your story as you like.", False),
        ("Community guidelines and help desk", "help-desk",
         "How Haven works, questions for the team, and appeals about moderation decisions.", True),
    ]),
    ("Before and during a taper", "before-and-during", [
        ("Thinking about tapering", "thinking-about-tapering",
         "For anyone weighing up a taper and wanting to hear from people who have been there.", False),
        ("Tapering", "tapering",
         "Share how your taper is going, day by day or week by week.", False),
        ("Holds, setbacks and updates", "holds-and-setbacks",
         "Pauses, hard weeks and check-ins. You are not alone in this.", False),
    ]),
    ("After stopping", "after-stopping", [
        ("Recently off (acute withdrawal)", "recently-off",
         "For the early months after your last dose: company for the hard days.", False),
        ("Protracted symptoms and BIND", "protracted-symptoms",
         "Living with symptoms that last months or longer, and what helps you get through.", False),
        ("Stopped abruptly or rapid detox", "stopped-abruptly",
         "For people who stopped suddenly or went through a fast detox, and those close to them.", False),
    ]),
    ("Living with it", "living-with-it", [
        ("Coping with symptoms", "coping-with-symptoms",
         "Everyday ways members cope with sleep, anxiety, pain, fog and sensitivity.", False),
        ("Exercise, sleep and wellbeing", "wellbeing",
         "Gentle movement, rest, food, routines and the small things that make a day easier.", False),
        ("Milestones and celebrations", "milestones",
         "Good days, anniversaries and every step forward, however small.", True),
        ("Success stories", "success-stories",
         "Members who are further along share how things changed for them.", True),
    ]),
    ("Around the member", "around-the-member", [
        ("Family, friends and carers", "family-and-carers",
         "For the people who support someone through withdrawal, and for members talking about them.", False),
        ("Off-topic", "off-topic",
         "Anything else: books, pets, music, gardens, jokes. A break from withdrawal talk.", False),
    ]),
]


def create_boards(apps, schema_editor):
    BoardGroup = apps.get_model("forum", "BoardGroup")
    Board = apps.get_model("forum", "Board")
    for group_position, (group_name, group_slug, boards) in enumerate(STAGES, start=1):
        group, _ = BoardGroup.objects.get_or_create(
            slug=group_slug, defaults={"name": group_name, "position": group_position}
        )
        for position, (name, slug, description, is_public) in enumerate(boards, start=1):
            Board.objects.get_or_create(
                slug=slug,
                defaults={
                    "group": group,
                    "name": name,
                    "description": description,
                    "position": position,
                    "is_public": is_public,
                },
            )


def remove_boards(apps, schema_editor):
    BoardGroup = apps.get_model("forum", "BoardGroup")
    Board = apps.get_model("forum", "Board")
    slugs = [slug for _, _, boards in STAGES for _, slug, _, _ in boards]
    Board.objects.filter(slug__in=slugs, topics__isnull=True).delete()
    BoardGroup.objects.filter(slug__in=[g for _, g, _ in STAGES], boards__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0002_reads_revisions_submissions"),
    ]

    operations = [migrations.RunPython(create_boards, remove_boards)]
