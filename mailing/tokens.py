"""Signed links that work without signing in: one-click unsubscribe per kind, address confirmation."""

from django.core import signing

UNSUBSCRIBE_SALT = "mailing.unsubscribe"
CONFIRM_SALT = "mailing.confirm-address"
CONFIRM_MAX_AGE = 60 * 60 * 24 * 7


def unsubscribe_token(user_id: int, kind: str) -> str:
    return signing.dumps([user_id, kind], salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token: str) -> tuple[int, str] | None:
    try:
        user_id, kind = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return int(user_id), str(kind)


def confirm_token(user_id: int, address: str) -> str:
    return signing.dumps([user_id, address.lower()], salt=CONFIRM_SALT, compress=True)


def read_confirm_token(token: str) -> tuple[int, str] | None:
    try:
        user_id, address = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return int(user_id), str(address)
