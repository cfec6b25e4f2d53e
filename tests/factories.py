import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone

DEFAULT_PASSWORD = "a-long-test-password-123"
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPTESTSECRETAAAAA2"


class MemberFactory(factory.django.DjangoModelFactory):
    """A verified member who accepted the guidelines. roles=[...] grants roles; mfa=True enrols TOTP."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"member{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.com")
    accepted_guidelines_at = factory.LazyFunction(timezone.now)
    confirmed_adult_at = factory.LazyFunction(timezone.now)
    approved_contributions = 10

    @factory.post_generation
    def password(obj, create, extracted, **kwargs):
        obj.set_password(extracted or DEFAULT_PASSWORD)
        if create:
            obj.save(update_fields=["password"])
            EmailAddress.objects.create(user=obj, email=obj.email, verified=True, primary=True)

    @factory.post_generation
    def roles(obj, create, extracted, **kwargs):
        from accounts.services import grant_role

        for role in extracted or []:
            grant_role(obj, role=role)

    @factory.post_generation
    def mfa(obj, create, extracted, **kwargs):
        if extracted:
            from allauth.mfa.totp.internal.auth import TOTP

            TOTP.activate(obj, DEMO_TOTP_SECRET)
            # The object stands for the member acting in a session that passed two-step (as
            # sign_in() gives a test client); two_step=False on the factory leaves it unmarked.
            obj.two_step_verified = True

    @factory.post_generation
    def two_step(obj, create, extracted, **kwargs):
        if extracted is False:
            obj.two_step_verified = False


def sign_in(client, user, *, two_step: bool | None = None):
    """The one test login: client.force_login(user); for an account with an authenticator (or
    two_step=True), a session that passed two-step, with the record allauth writes after a correct
    code. Returns the client, with client.user set to user."""
    from types import SimpleNamespace

    from allauth.account.internal.flows.login import record_authentication
    from allauth.mfa.utils import is_mfa_enabled

    client.force_login(user)
    if two_step if two_step is not None else is_mfa_enabled(user):
        session = client.session
        record_authentication(SimpleNamespace(session=session), user, "mfa", type="totp")
        session.save()
    client.user = user
    return client


class NewMemberFactory(MemberFactory):
    """A member with nothing approved yet: their posts are held for review."""

    approved_contributions = 0


class BoardGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "forum.BoardGroup"
        django_get_or_create = ("slug",)

    name = "Living with it"
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))
    position = 4


class BoardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "forum.Board"

    group = factory.SubFactory(BoardGroupFactory)
    name = factory.Sequence(lambda n: f"Board {n}")
    slug = factory.Sequence(lambda n: f"board-{n}")
    description = "A place to talk."
    is_public = False


class TopicFactory(factory.django.DjangoModelFactory):
    """A bare topic row. Tests that need counters right should post through forum.services."""

    class Meta:
        model = "forum.Topic"

    board = factory.SubFactory(BoardFactory)
    author = factory.SubFactory(MemberFactory)
    title = factory.Sequence(lambda n: f"Topic number {n}")
    slug = factory.Sequence(lambda n: f"topic-number-{n}")


class PostFactory(factory.django.DjangoModelFactory):
    """A bare post row (html is the escaped source). Prefer forum.services for real flows."""

    class Meta:
        model = "forum.Post"

    topic = factory.SubFactory(TopicFactory)
    author = factory.SubFactory(MemberFactory)
    position = factory.Sequence(lambda n: n)
    source = "Day 12 of my hold, feeling a little steadier."
    html = factory.LazyAttribute(lambda o: "<p>" + o.source.replace("&", "&amp;").replace("<", "&lt;") + "</p>")


def start_topic(author=None, *, board=None, title: str = "Week three of my hold", body: str = "Feeling a bit steadier.",
                **state):
    """The one topic builder: a topic and its opening post written through forum.services (the
    real flow: validation, counters, the content policy, the author following it). state
    (is_approved, is_hidden, is_removed) is then set on the topic and its opening post, for tests
    about content that is held or hidden."""
    from forum import services
    from forum.models import Post, Topic

    topic = services.create_topic(author or MemberFactory(), board=board or BoardFactory(), title=title, body=body)
    if state:
        Post.objects.filter(topic=topic, position=0).update(**state)
        Topic.objects.filter(pk=topic.pk).update(**{k: v for k, v in state.items() if k != "is_removed"})
        topic.refresh_from_db()
    return topic
