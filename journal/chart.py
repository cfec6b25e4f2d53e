"""Geometry for the journal chart, drawn by our own template as SVG.

Why not a plotting library: pygal 3.1.3 took 1.3 s for 2,000 entries and embeds <style> and
<script>; matplotlib's SVG backend is 174 MB installed, 1.35 s to import and writes inline
style attributes. Both break the strict CSP or the 200 ms budget (docs/decisions.md). Here the
server computes polyline points; colours, dashes and fonts come from static/css/journal.css
through CSS classes and variables, so every theme (low stimulus included) restyles it.
"""

from dataclasses import dataclass, field
from datetime import date

from journal.models import SYMPTOMS
from journal.timeline import Row

WIDTH, LEFT, RIGHT = 720, 56, 16
DOSE_TOP, DOSE_HEIGHT = 16, 150
SYMPTOM_TOP, SYMPTOM_HEIGHT = 220, 120
HEIGHT = SYMPTOM_TOP + SYMPTOM_HEIGHT + 40
MAX_DOSE_SERIES = 4
COLUMN = 2  # px: the finest horizontal detail the chart draws


@dataclass
class Series:
    label: str
    css: str
    points: str


@dataclass
class Chart:
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    dose_top: int = DOSE_TOP
    dose_bottom: int = DOSE_TOP + DOSE_HEIGHT
    symptom_top: int = SYMPTOM_TOP
    symptom_bottom: int = SYMPTOM_TOP + SYMPTOM_HEIGHT
    dose_series: list[Series] = field(default_factory=list)
    symptom_series: list[Series] = field(default_factory=list)
    band: str = ""
    dose_ticks: list[tuple[float, str]] = field(default_factory=list)
    symptom_ticks: list[tuple[float, str]] = field(default_factory=list)
    date_ticks: list[tuple[float, str]] = field(default_factory=list)
    empty: bool = True


def _nice_max(value: float) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000):
        if value <= step:
            return float(step)
    return float(value)


def _date_ticks(first: date, last: date, x) -> list[tuple[float, str]]:
    months = (last.year - first.year) * 12 + last.month - first.month
    every = max(1, months // 6 + (1 if months % 6 else 0))
    ticks, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        day = date(year, month, 1)
        if day >= first:
            ticks.append((round(x(day), 1), f"{day:%b %Y}"))
        month += every
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return ticks or [(round(x(first), 1), f"{first:%-d %b %Y}")]


def build_chart(rows: list[Row], *, equivalent: bool = False) -> Chart:
    chart = Chart()
    if not rows:
        return chart
    chart.empty = False
    first, last = rows[0].date, rows[-1].date
    span = max((last - first).days, 1)

    def x(day: date) -> float:
        return LEFT + (day - first).days / span * (WIDTH - LEFT - RIGHT)

    chart.date_ticks = _date_ticks(first, last, x)
    day_x = {row.date: x(row.date) for row in rows}  # once per day, shared by every series
    _draw_doses(chart, rows, day_x.__getitem__, equivalent=equivalent)
    _draw_symptoms(chart, rows, day_x.__getitem__)
    return chart


def _dose_data(rows: list[Row], *, equivalent: bool):
    """Points per medication (mg) and, if asked, the summed diazepam-equivalent range per day."""
    points: dict[str, list] = {}
    names: dict[str, str] = {}
    band: list[tuple[date, float, float]] = []
    for row in rows:
        low = high = 0.0
        has_equivalent = False
        for dose in row.doses:
            if dose.mg is not None:
                points.setdefault(dose.key, []).append((row.date, dose.mg))
                names[dose.key] = dose.name
            if equivalent and (rng := dose.equivalent):
                low, high, has_equivalent = low + rng[0], high + rng[1], True
        if has_equivalent:
            band.append((row.date, low, high))
    return points, names, band


def _draw_doses(chart: Chart, rows: list[Row], x, *, equivalent: bool) -> None:
    points, names, band = _dose_data(rows, equivalent=equivalent)
    keys = sorted(points, key=lambda k: -len(points[k]))[:MAX_DOSE_SERIES]
    scale = _nice_max(max([mg for k in keys for _, mg in points[k]] + [high for *_, high in band] + [1]))

    def y(mg: float) -> float:
        return DOSE_TOP + DOSE_HEIGHT - mg / scale * DOSE_HEIGHT

    chart.dose_ticks = [(round(y(scale * f), 1), f"{scale * f:g} mg") for f in (0, 0.5, 1)]
    for index, key in enumerate(keys, start=1):
        chart.dose_series.append(Series(names[key], f"dose-{index}", _polyline(points[key], x, y)))
    if band:
        upper = _polyline([(d, h) for d, _, h in band], x, y)
        lower = _polyline([(d, lo) for d, lo, _ in reversed(band)], x, y)
        chart.band = f"{upper} {lower}"


def _draw_symptoms(chart: Chart, rows: list[Row], x) -> None:
    def y(value: float) -> float:
        return SYMPTOM_TOP + SYMPTOM_HEIGHT - value / 10 * SYMPTOM_HEIGHT

    chart.symptom_ticks = [(round(y(v), 1), str(v)) for v in (0, 5, 10)]
    for index, (_, label) in enumerate(SYMPTOMS, start=1):
        pts = [(row.date, row.ratings[index - 1]) for row in rows if row.ratings[index - 1] is not None]
        if pts:
            chart.symptom_series.append(Series(label, f"symptom-{index}", _polyline(pts, x, y)))


def _polyline(points, x, y) -> str:
    """SVG points for (date, value) pairs. Days closer than COLUMN px share one averaged point:
    a 2,000-day journal has more days than the chart has pixels (the table keeps exact values)."""
    if len(points) == 1:  # a one-point polyline draws nothing; give it a dot's width
        (d, v), = points
        return f"{x(d) - 1:.1f},{y(v):.1f} {x(d) + 1:.1f},{y(v):.1f}"
    out, column, xsum, vsum, count = [], None, 0.0, 0.0, 0
    for d, v in points:
        px = x(d)
        bucket = int(px // COLUMN)
        if bucket != column and count:
            out.append(f"{xsum / count:.1f},{y(vsum / count):.1f}")
            xsum = vsum = count = 0
        column, xsum, vsum, count = bucket, xsum + px, vsum + v, count + 1
    out.append(f"{xsum / count:.1f},{y(vsum / count):.1f}")
    return " ".join(out)
