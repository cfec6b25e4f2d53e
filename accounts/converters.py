"""URL path converters every app's urls.py may use (registered in AccountsConfig.ready())."""


class TextConverter:
    """`<text:name>`: like Django's `str` (anything but a slash) but never a NUL character.

    A NUL can be written into a URL as %00; PostgreSQL refuses it in a query ("A string literal
    cannot contain NUL"), so a look-up by display name, slug or token answered 500 instead of 404.
    """

    regex = "[^/\x00]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value) -> str:
        return str(value)
