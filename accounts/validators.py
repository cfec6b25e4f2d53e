"""Rules for public display names (pseudonyms)."""

from django.core.validators import RegexValidator

DISPLAY_NAME_MIN = 3
DISPLAY_NAME_MAX = 30

display_name_format = RegexValidator(
    regex=r"^[A-Za-z0-9_.-]{3,30}\Z",
    message="Use 3 to 30 letters, numbers, dots, dashes or underscores, with no spaces.",
    code="invalid_display_name",
)

display_name_validators = [display_name_format]
