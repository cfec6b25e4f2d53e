"""Every colour pair the themes use passes WCAG 2.2 AA, computed from static/css/haven.css.

No browser needed: the themes are CSS custom properties, so the ratios can be checked exactly.
Text needs 4.5:1; focus rings and form-field borders (non-text, WCAG 1.4.11) need 3:1.
`python -m tests.e2e.test_contrast` prints the table used in docs/accessibility.md.
"""

import re
from pathlib import Path

import pytest

CSS = Path(__file__).resolve().parents[2] / "static" / "css" / "haven.css"
TEXT = 4.5
NON_TEXT = 3.0
# (foreground, background, minimum, where it is used)
PAIRS = [
    ("text", "bg", TEXT, "body text on the page"),
    ("text", "surface", TEXT, "text on cards, header, footer, inputs"),
    ("text", "badge", TEXT, "badges, code, plain messages"),
    ("muted", "bg", TEXT, "secondary text (dates, help)"),
    ("muted", "surface", TEXT, "secondary text on cards and footer"),
    ("muted", "badge", TEXT, "secondary text on badges"),
    ("link", "bg", TEXT, "links"),
    ("link", "surface", TEXT, "links on cards, header, footer"),
    ("link", "badge", TEXT, "links on tinted blocks"),
    ("accent-text", "accent", TEXT, "buttons, counts, current page number"),
    ("ok", "ok-bg", TEXT, "success messages"),
    ("warn", "warn-bg", TEXT, "warnings"),
    ("err", "err-bg", TEXT, "errors next to fields"),
    ("err-bg", "err", TEXT, "danger buttons"),
    ("err", "surface", TEXT, "error text on inputs' background"),
    ("focus", "bg", NON_TEXT, "focus ring on the page"),
    ("focus", "surface", NON_TEXT, "focus ring on cards and inputs"),
    ("field-border", "surface", NON_TEXT, "form-field borders"),
    ("field-border", "bg", NON_TEXT, "form-field borders on the page"),
]
THEMES = ["light", "dark", "calm"]


def _luminance(hex_colour: str) -> float:
    value = hex_colour.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _properties(block: str) -> dict[str, str]:
    return dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{3,6})\b", block))


def theme_colours() -> dict[str, dict[str, str]]:
    css = CSS.read_text()
    root = _properties(re.search(r":root\s*\{(.*?)\}", css, re.S).group(1))
    themes = {"light": root}
    for name in ("dark", "calm"):
        block = re.search(r'html\[data-theme="' + name + r'"\]\s*\{(.*?)\}', css, re.S).group(1)
        themes[name] = {**root, **_properties(block)}
    system_dark = re.search(
        r'@media \(prefers-color-scheme: dark\)\s*\{\s*html\[data-theme="system"\]\s*\{(.*?)\}', css, re.S
    )
    themes["system-dark"] = {**root, **_properties(system_dark.group(1))}
    return themes


def test_follow_my_device_dark_uses_exactly_the_dark_theme():
    themes = theme_colours()
    assert themes["system-dark"] == themes["dark"]


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize(("fg", "bg", "minimum", "where"), PAIRS, ids=[f"{p[0]}-on-{p[1]}" for p in PAIRS])
def test_theme_colour_pair_meets_wcag_aa(theme, fg, bg, minimum, where):
    colours = theme_colours()[theme]
    ratio = contrast(colours[fg], colours[bg])
    assert ratio >= minimum, f"{theme}: --{fg} {colours[fg]} on --{bg} {colours[bg]} is {ratio:.2f}:1 ({where})"


def test_low_stimulus_theme_is_softer_than_light_and_dark():
    colours = theme_colours()
    calm = contrast(colours["calm"]["text"], colours["calm"]["bg"])
    assert calm < contrast(colours["light"]["text"], colours["light"]["bg"])
    assert calm < contrast(colours["dark"]["text"], colours["dark"]["bg"])


if __name__ == "__main__":  # pragma: no cover - prints the table for the docs
    colours = theme_colours()
    print("| Pair | Used for | " + " | ".join(THEMES) + " |")
    print("|---|---|" + "---|" * len(THEMES))
    for fg, bg, minimum, where in PAIRS:
        cells = [f"{contrast(colours[t][fg], colours[t][bg]):.1f}" for t in THEMES]
        print(f"| `--{fg}` on `--{bg}` (≥ {minimum:g}) | {where} | " + " | ".join(cells) + " |")
