"""The browser's copy of the rule 2 check (static/js/care-nudge.js) judges every corpus sentence
exactly as forum/nudge.py does: same sentences caught, same words reported."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from forum.nudge import browser_rules, check_advice
from tests.forum.nudge_corpus import BLIND_A, BLIND_B, HELD_OUT, TUNING

SCRIPT = Path(__file__).resolve().parents[2] / "static" / "js" / "care-nudge.js"
# Runs the script's own compile() and check() (the part before setUp) on each sentence.
RUNNER = """
const fs = require("fs");
const data = JSON.parse(fs.readFileSync(0, "utf8"));
const src = fs.readFileSync(process.argv[1], "utf8");
const body = src.slice(src.indexOf("var APOSTROPHES"), src.indexOf("function setUp"));
const nudge = new Function(body + "; return {compile: compile, check: check};")();
const rules = nudge.compile(data.rules);
process.stdout.write(JSON.stringify(data.texts.map((t) => nudge.check(rules, t) || "")));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_the_browser_check_agrees_with_the_server_on_every_corpus_sentence():
    texts = [text for text, _ in TUNING + BLIND_A + BLIND_B + HELD_OUT]
    texts += ["> Just stop.\nI'm on 12 mg.", "Don\u2019t updose.", "My doctor said you should cut 10%."]
    result = subprocess.run(
        ["node", "-e", RUNNER, str(SCRIPT)], input=json.dumps({"rules": browser_rules(), "texts": texts}),
        capture_output=True, text=True, timeout=60, check=True,
    )
    browser = json.loads(result.stdout)
    differences = [(text, check_advice(text).evidence, js) for text, js in zip(texts, browser, strict=True)
                   if check_advice(text).evidence != js]
    assert differences == []
