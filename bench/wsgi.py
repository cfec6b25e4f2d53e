"""WSGI entry point for measuring pages under gunicorn (bench/http_bench.py --server gunicorn).

Haven serves HTTP and websockets from one ASGI application (config/asgi.py); this module only
lets the benchmark put the same Django site behind a WSGI server for comparison.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()
