"""The crisis detector as it is at another git commit, importable beside this tree's (speed work).

    from bench.crisis_ref import load_reference
    old = load_reference("main")  # a module with assess(), like moderation.detector
"""

from __future__ import annotations

import atexit
import importlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "moderation/detector"


def load_reference(ref: str, name: str = "_crisis_ref"):
    """The detector package as it is at git ref `ref`, imported as `name` (a temporary copy)."""
    listing = subprocess.run(
        ["git", "ls-tree", "--name-only", f"{ref}:{PACKAGE}"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.split()
    target = Path(tempfile.mkdtemp(prefix="crisis_ref_")) / name
    atexit.register(shutil.rmtree, target.parent, ignore_errors=True)  # the copy lives until the script ends
    target.mkdir()
    for file in listing:
        if file.endswith(".json"):  # data the package reads beside its code (weights.json, the backstop)
            data = subprocess.run(["git", "show", f"{ref}:{PACKAGE}/{file}"], cwd=ROOT, check=True, capture_output=True)
            (target / file).write_bytes(data.stdout)
            continue
        if not file.endswith(".py"):
            continue
        source = subprocess.run(
            ["git", "show", f"{ref}:{PACKAGE}/{file}"], cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout
        (target / file).write_text(source.replace("moderation.detector", name), encoding="utf-8")
    sys.path.insert(0, str(target.parent))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(target.parent))
