"""Who gets an answer from each route (tests/security/test_route_matrix.py).

One line per route name: `Route(get=<roles answered on GET>, post=<roles answered on POST>)`.
Everyone else must be refused (sign-in or two-step redirect, 403, 404 or 405). Role sets are in
tests/security/matrix_world.py (EVERYONE, SIGNED_IN, WRITERS, MODERATORS, CLINICIANS, ADMINS,
NOBODY; combine them with | and -). `args` maps a URL argument to a key of World.samples
(e.g. {"slug": "room_slug"}); `data` is the POST body (default: empty, which tests refusal
before validation). Adding a route: add its line here; HAVEN_MATRIX_PRINT=1 shows what it answered.
"""

from dataclasses import dataclass, field

from tests.security.matrix_world import (  # noqa: F401 - the vocabulary for the table
    ADMIN,
    ADMINS,
    ANON,
    CLINICIAN,
    CLINICIANS,
    EVERYONE,
    MEMBER,
    MOD,
    MOD_NO_2FA,
    MODERATORS,
    MUTED,
    NEW,
    NOBODY,
    SIGNED_IN,
    WRITERS,
)


@dataclass(frozen=True)
class Route:
    get: frozenset
    post: frozenset
    args: dict = field(default_factory=dict)
    data: dict = field(default_factory=dict)
    query: str = ""


def POST_ONLY(roles, **kwargs) -> Route:  # noqa: N802 - reads as a table
    return Route(get=NOBODY, post=frozenset(roles), **kwargs)


ADMIN_ARGS = {"object_id": "admin_object_id"}
ROOM = {"slug": "room_slug"}
RESOURCE = {"slug": "resource_slug"}  # a clinician's draft, written by another clinician

# Django's admin: every page needs an active staff account whose session passed two-step; the
# exceptions (read-only models, logout...) are listed in EXPECTATIONS below.
PREFIX_RULES = {
    "admin:": Route(get=ADMINS, post=ADMINS, args=ADMIN_ARGS),
    "pattern:admin/": Route(get=ADMINS, post=ADMINS, args=ADMIN_ARGS),
}

EXPECTATIONS: dict[str, Route] = {
    "healthz": Route(get=EVERYONE, post=EVERYONE),
    "home": Route(get=EVERYONE, post=NOBODY),
    "account_login": Route(get=EVERYONE, post=EVERYONE),
    "account_logout": Route(get=EVERYONE, post=EVERYONE),
    "account_inactive": Route(get=EVERYONE, post=NOBODY),
    "account_signup": Route(get=EVERYONE, post=EVERYONE),
    "account_reauthenticate": Route(get=SIGNED_IN, post=SIGNED_IN),
    "account_request_reauthentication_code": Route(get=SIGNED_IN, post=SIGNED_IN),
    "account_confirm_reauthentication_code": Route(get=SIGNED_IN, post=SIGNED_IN),
    "account_email": Route(get=SIGNED_IN, post=SIGNED_IN),
    "account_email_verification_sent": Route(get=EVERYONE, post=NOBODY),
    "account_change_password": Route(get=SIGNED_IN, post=SIGNED_IN),
    "account_set_password": Route(get=SIGNED_IN, post=SIGNED_IN),
    "account_reset_password": Route(get=EVERYONE, post=EVERYONE),
    "account_confirm_login_code": Route(get=SIGNED_IN, post=SIGNED_IN),
    "account_confirm_email": Route(get=NOBODY, post=NOBODY),
    "account_reset_password_from_key_done": Route(get=EVERYONE, post=NOBODY),
    "account_reset_password_from_key": Route(get=NOBODY, post=NOBODY),
    "account_reset_password_done": Route(get=EVERYONE, post=NOBODY),
    "mfa_index": Route(get=SIGNED_IN, post=NOBODY),
    "mfa_authenticate": Route(get=SIGNED_IN, post=SIGNED_IN),
    "mfa_reauthenticate": Route(get=SIGNED_IN, post=SIGNED_IN),
    "mfa_activate_totp": Route(get=SIGNED_IN, post=SIGNED_IN),
    "mfa_deactivate_totp": Route(get=WRITERS - {NEW, MEMBER}, post=WRITERS - {NEW, MEMBER}),
    "mfa_view_recovery_codes": Route(get=NOBODY, post=NOBODY),
    "mfa_generate_recovery_codes": Route(get=SIGNED_IN, post=SIGNED_IN),
    "mfa_download_recovery_codes": Route(get=NOBODY, post=NOBODY),
    "forum:home": Route(get=EVERYONE, post=NOBODY),
    "forum:board": Route(get=EVERYONE, post=NOBODY),
    "forum:new_topic": Route(get=WRITERS, post=WRITERS, data={"title": "Matrix topic two", "body": "Matrix words"}),
    "forum:topic_short": Route(get=EVERYONE, post=NOBODY),
    "forum:reply": Route(get=WRITERS, post=WRITERS, data={"body": "A matrix reply"}),
    "forum:first_unread": Route(get=SIGNED_IN, post=NOBODY),
    "forum:posts_after": Route(get=EVERYONE, post=NOBODY, query="?after=0"),
    "forum:topic_state": Route(get=NOBODY, post=MODERATORS),
    "forum:move_topic": Route(get=NOBODY, post=MODERATORS),
    "forum:topic": Route(get=EVERYONE, post=NOBODY),
    "forum:post": Route(get=EVERYONE, post=NOBODY),
    "forum:post_fragment": Route(get=EVERYONE, post=NOBODY),
    "forum:edit_post": Route(get=MODERATORS, post=MODERATORS),
    "forum:remove_post": Route(get=MODERATORS, post=MODERATORS, args={"post_id": "removable_post_id"}),
    "forum:post_history": Route(get=MODERATORS, post=NOBODY),
    "forum:profile": Route(get=EVERYONE, post=NOBODY),
    "forum:nudge_rules": Route(get=EVERYONE, post=NOBODY),
    "forum:note_suggestions": Route(get=NOBODY, post=SIGNED_IN),
    "forum:react": Route(get=NOBODY, post=WRITERS, data={"kind": "support"}),
    "forum:bookmark": Route(get=NOBODY, post=SIGNED_IN),
    "forum:follow_topic": Route(get=NOBODY, post=SIGNED_IN),
    "forum:follow_board": Route(get=NOBODY, post=SIGNED_IN),
    "forum:notifications": Route(get=SIGNED_IN, post=NOBODY),
    "forum:notifications_read": Route(get=NOBODY, post=SIGNED_IN),
    "forum:notification_settings": Route(get=SIGNED_IN, post=SIGNED_IN),
    "forum:notification_open": Route(get=NOBODY, post=NOBODY),
    "forum:bookmarks": Route(get=SIGNED_IN, post=NOBODY),
    "forum:search": Route(get=EVERYONE, post=NOBODY, query="?q=lighthouse"),  # the members-only topic (not a stop word)
    "accounts:profile": Route(get=EVERYONE, post=NOBODY),
    "accounts:settings": Route(get=SIGNED_IN, post=SIGNED_IN),
    "accounts:appearance": Route(get=NOBODY, post=EVERYONE),
    "accounts:export": Route(get=SIGNED_IN, post=SIGNED_IN),
    "accounts:export_download": Route(get=NOBODY, post=NOBODY, args={"token": "not-a-signed-token"}),
    "accounts:delete": Route(get=SIGNED_IN, post=SIGNED_IN),
    "accounts:guidelines": Route(get=EVERYONE, post=EVERYONE),
    "moderation:queue": Route(get=MODERATORS, post=NOBODY),
    "moderation:bulk": Route(get=NOBODY, post=MODERATORS),
    "moderation:audit": Route(get=MODERATORS, post=NOBODY),
    "moderation:audit_csv": Route(get=ADMINS, post=NOBODY),
    "moderation:item": Route(get=MODERATORS, post=NOBODY),
    "moderation:item_action": Route(get=NOBODY, post=MODERATORS),
    "moderation:crisis_message": Route(get=NOBODY, post=MODERATORS),
    "moderation:member": Route(get=MODERATORS, post=NOBODY),
    "moderation:member_action": Route(get=NOBODY, post=MODERATORS, args={"action": "note"}, data={"text": "x"}),
    "moderation:lift": Route(get=NOBODY, post=MODERATORS),
    "moderation:flag": Route(get=WRITERS, post=WRITERS),
    "moderation:my_flags": Route(get=SIGNED_IN, post=NOBODY),
    "moderation:help_now": Route(get=EVERYONE, post=NOBODY),
    "realtime:rooms": Route(get=EVERYONE, post=EVERYONE),
    "realtime:message": Route(get=SIGNED_IN, post=SIGNED_IN),
    "realtime:room": Route(get=SIGNED_IN, post=SIGNED_IN, args=ROOM),
    "resources:library": Route(get=EVERYONE, post=EVERYONE),
    "resources:new": Route(get=CLINICIANS | {ADMIN}, post=CLINICIANS | {ADMIN}),
    "resources:review_queue": Route(get=CLINICIANS | {ADMIN}, post=CLINICIANS | {ADMIN}),
    "resources:apply": Route(get=SIGNED_IN, post=WRITERS - {CLINICIAN, ADMIN}),
    "resources:applications": Route(get=ADMINS, post=ADMINS),
    "resources:application": Route(get=ADMINS, post=ADMINS),
    "resources:verify": Route(get=NOBODY, post=ADMINS),
    "resources:decline": Route(get=NOBODY, post=NOBODY),
    "resources:revoke": Route(get=NOBODY, post=ADMINS),
    "resources:detail": Route(get=CLINICIANS | ADMINS, post=CLINICIANS | ADMINS, args=RESOURCE),
    "resources:history": Route(get=CLINICIANS | ADMINS, post=CLINICIANS | ADMINS, args=RESOURCE),
    "resources:diff": Route(get=NOBODY, post=NOBODY, args=RESOURCE),
    "resources:draft": Route(get=CLINICIANS | ADMINS, post=CLINICIANS | ADMINS, args=RESOURCE),
    "resources:edit": Route(get=NOBODY, post=NOBODY, args=RESOURCE),
    "resources:submit": Route(get=NOBODY, post=NOBODY, args=RESOURCE),
    "resources:sign_off": Route(get=NOBODY, post=NOBODY, args=RESOURCE),
    "resources:return": Route(get=NOBODY, post=NOBODY, args=RESOURCE),
    "resources:rereview": Route(get=NOBODY, post=NOBODY, args=RESOURCE),
    "resources:retire": Route(get=NOBODY, post=CLINICIANS | ADMINS, args=RESOURCE),
    "pattern:robots.txt": Route(get=EVERYONE, post=NOBODY),
    # --- care notes, e-mail settings, journal ------------------------------------------------
    "forum:reading_settings": Route(get=SIGNED_IN, post=SIGNED_IN),
    "forum:post_notes": Route(get=MODERATORS, post=MODERATORS),
    "mailing:settings": Route(get=SIGNED_IN, post=SIGNED_IN),
    "mailing:request_confirmation": Route(get=NOBODY, post=SIGNED_IN),
    "mailing:confirm": Route(get=EVERYONE, post=NOBODY),
    "mailing:unsubscribe": Route(get=EVERYONE, post=EVERYONE),
    "mailing:bounce_webhook": Route(get=NOBODY, post=NOBODY),
    "journal:home": Route(get=SIGNED_IN, post=NOBODY),
    "journal:new": Route(get=SIGNED_IN, post=SIGNED_IN),
    "journal:edit": Route(get=NOBODY, post=NOBODY),
    "journal:delete": Route(get=NOBODY, post=NOBODY),
    "journal:visibility": Route(get=NOBODY, post=SIGNED_IN),
    "journal:stage": Route(get=NOBODY, post=SIGNED_IN),
    "journal:report": Route(get=SIGNED_IN, post=NOBODY),
    "journal:export": Route(get=SIGNED_IN, post=NOBODY),
    "journal:import": Route(get=SIGNED_IN, post=SIGNED_IN),
    "journal:member": Route(get=EVERYONE, post=NOBODY),  # a public journal; entries filtered per viewer
    "journal:equivalence": Route(get=EVERYONE, post=NOBODY),
    # --- welcome and introductions -----------------------------------------------------------
    "forum:welcome": Route(get=SIGNED_IN, post=SIGNED_IN),
    "forum:unanswered_introductions": Route(get=MODERATORS, post=NOBODY),
    # --- drafts, private messages and their reports (the real rows of tests/security/private_world.py) ---
    "forum:drafts": Route(get=SIGNED_IN, post=SIGNED_IN),
    # The member's draft of an edit to their own reply (posting a reply or topic removes those drafts).
    "forum:draft_api": Route(get=SIGNED_IN, post=SIGNED_IN, query="?composer=edit&target={own_post_id}"),
    "forum:discard_draft": Route(get=NOBODY, post={MEMBER}),
    "moderation:message_report": Route(get=MODERATORS, post=NOBODY, args={"message_id": "reported_pm_id"}),
    "moderation:conversation_report": Route(get=NOBODY, post=NOBODY),
    "conversations:inbox": Route(get=SIGNED_IN, post=NOBODY),
    "conversations:new": Route(get=SIGNED_IN, post=SIGNED_IN),
    "conversations:team_inbox": Route(get=MODERATORS, post=NOBODY),
    "conversations:team_new": Route(get=SIGNED_IN, post=SIGNED_IN),
    "conversations:settings": Route(get=SIGNED_IN, post=SIGNED_IN),
    # The member's conversation with another member; moderators are sent to the report window
    # (which refuses: nothing in it was reported).
    "conversations:message": Route(get={MEMBER} | MODERATORS, post=NOBODY, args={"message_id": "pm_id"}),
    "conversations:conversation": Route(get={MEMBER} | MODERATORS, post=NOBODY),
    "conversations:detail": Route(get={MEMBER}, post=NOBODY),
    # Another member's team conversation; an empty answer shows it again with the error.
    "conversations:send": Route(get=NOBODY, post=MODERATORS, args={"conversation_id": "team_conversation_id"}),
    "conversations:read": Route(get=NOBODY, post={MEMBER}),
    "conversations:leave": Route(get={MEMBER}, post={MEMBER}),
    "conversations:clear": Route(get={MEMBER}, post={MEMBER}, args={"conversation_id": "reported_conversation_id"}),
    "conversations:admin_open": Route(get=ADMINS, post=ADMINS),  # asks for a written reason first
    "conversations:block": Route(get=NOBODY, post=SIGNED_IN),
    "conversations:unblock": Route(get=NOBODY, post=SIGNED_IN),
    "conversations:follow": Route(get=NOBODY, post=SIGNED_IN),
    "conversations:unfollow": Route(get=NOBODY, post=SIGNED_IN),
    # --- the admin's exceptions to PREFIX_RULES -------------------------------------------
    "admin:logout": Route(get=EVERYONE - {ADMIN}, post=ADMINS, args=ADMIN_ARGS),
    "admin:password_change_done": Route(get=ADMINS, post=NOBODY, args=ADMIN_ARGS),
    "admin:autocomplete": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:jsi18n": Route(get=ADMINS, post=NOBODY, args=ADMIN_ARGS),
    "admin:view_on_site": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:auth_user_password_change": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:accounts_auditentry_add": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:accounts_auditentry_delete": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:accounts_auditentry_change": Route(get=ADMINS, post=NOBODY, args=ADMIN_ARGS),
    "admin:forum_topic_add": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:forum_topic_delete": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:forum_topic_change": Route(get=ADMINS, post=NOBODY, args=ADMIN_ARGS),
    "admin:forum_post_add": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:forum_post_delete": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:forum_post_change": Route(get=ADMINS, post=NOBODY, args=ADMIN_ARGS),
    "admin:forum_postrevision_add": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:forum_postrevision_delete": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:forum_postrevision_change": Route(get=ADMINS, post=NOBODY, args=ADMIN_ARGS),
    "admin:haven_moderation_queueitem_add": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:haven_moderation_queueitem_delete": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:haven_moderation_queueitem_change": Route(get=ADMINS, post=NOBODY, args=ADMIN_ARGS),
    "admin:haven_moderation_flag_add": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:haven_moderation_flag_delete": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:haven_moderation_flag_change": Route(get=ADMINS, post=NOBODY, args=ADMIN_ARGS),
    "admin:haven_moderation_moderatornote_add": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:haven_moderation_moderatornote_delete": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:haven_moderation_moderatornote_change": Route(get=ADMINS, post=NOBODY, args=ADMIN_ARGS),
    "admin:realtime_chatmessage_add": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:realtime_chatmessage_delete": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "admin:realtime_chatmessage_change": Route(get=ADMINS, post=NOBODY, args=ADMIN_ARGS),
    "admin:app_list": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
    "pattern:admin/(?P<url>.*)$": Route(get=NOBODY, post=NOBODY, args=ADMIN_ARGS),
}


def expectation_for(key: str, pattern: str) -> Route | None:
    if key in EXPECTATIONS:
        return EXPECTATIONS[key]
    for prefix, rule in PREFIX_RULES.items():
        if key.startswith(prefix):
            return rule
    return None
