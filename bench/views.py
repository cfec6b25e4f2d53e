"""A bare Django view: no database, no session, a tiny template (bench/urls.py serves it)."""

from django.http import HttpResponse
from django.template import engines

_TEMPLATE = engines["django"].from_string(
    "<!doctype html><html lang=\"en\"><head><title>{{ title }}</title></head>"
    "<body><h1>{{ title }}</h1><ul>{% for item in items %}<li>{{ item }}</li>{% endfor %}</ul></body></html>"
)


def baseline(request):
    return HttpResponse(_TEMPLATE.render({"title": "Baseline", "items": ["one", "two", "three"]}))
