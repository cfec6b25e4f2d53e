"""Loads the django-moderation package under the module name ``django_moderation``.

The package's import name is ``moderation``, the same as this app, so whichever comes first
on sys.path shadows the other. This module finds the installed package's folder and imports
it as ``django_moderation`` (the package uses relative imports, so it works under any name).
The upstream app keeps its label ``moderation`` because its migrations name that label;
our own app uses the label ``haven_moderation``.

Only moderation/adapter.py may import from ``django_moderation``; everything else goes
through moderation.services.
"""

import importlib.util
import sys
from importlib.metadata import distribution
from pathlib import Path

from django.apps import AppConfig

MODULE_NAME = "django_moderation"


def _load_upstream():
    if MODULE_NAME in sys.modules:
        return sys.modules[MODULE_NAME]
    dist = distribution("django-moderation")
    init = Path(dist.locate_file("moderation/__init__.py"))
    spec = importlib.util.spec_from_file_location(
        MODULE_NAME, init, submodule_search_locations=[str(init.parent)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[MODULE_NAME] = module
    spec.loader.exec_module(module)
    return module


_load_upstream()


class UpstreamModerationConfig(AppConfig):
    """django-moderation's app, without its ready() (its auto-discovery imports `imp`,
    removed in Python 3.12). Models are registered explicitly in moderation/adapter.py."""

    name = MODULE_NAME
    label = "moderation"
    verbose_name = "Moderation (django-moderation)"
    default_auto_field = "django.db.models.AutoField"
