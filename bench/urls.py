"""The site's URLs plus /bench/baseline/, selected by HAVEN_BENCH_BASELINE=1 (config/settings.py).

The baseline is the yardstick of bench/http_bench.py: a bare Django view rendering a tiny
template, served by the same server, so page speeds read as a fraction of it.
"""

from django.urls import path

from bench.views import baseline
from config.urls import handler403, handler404, handler500  # noqa: F401 - the error pages stay the site's
from config.urls import urlpatterns as site_urlpatterns

urlpatterns = [path("bench/baseline/", baseline, name="bench_baseline"), *site_urlpatterns]
