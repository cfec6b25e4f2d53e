"""Reading settings from the environment (12-factor) with clear, one-line errors."""

import os


class ConfigurationError(SystemExit):
    """Raised at start-up when the environment cannot produce a safe configuration."""


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ConfigurationError(f"Haven configuration error: {name} must be 1/0, true/false, yes/no or on/off.")


def env_int(name: str, default: int) -> int:
    raw = env_str(name)
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigurationError(f"Haven configuration error: {name} must be a whole number, got {raw!r}.")


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    raw = env_str(name)
    if not raw:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_required(name: str, reason: str) -> str:
    value = env_str(name)
    if not value:
        raise ConfigurationError(f"Haven configuration error: {name} must be set {reason}.")
    return value
