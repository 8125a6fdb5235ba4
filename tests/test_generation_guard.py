"""Finding 10: generation refuses to erase a hand edit of roundtable/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_hand_edit_stops_generation_and_names_the_file(tmp_path):
    # In a clone: the working tree stays as it is for the tests running beside this one.
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--local", str(ROOT), str(clone)], check=True)
    target = clone / "roundtable" / "models" / "workspace.py"
    target.write_bytes(target.read_bytes() + b"# edited by hand\n")
    done = subprocess.run(
        [sys.executable, str(clone / "scripts" / "generate.py")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=clone,
    )
    assert done.returncode != 0
    assert "roundtable/models/workspace.py" in done.stderr
    assert "custom/" in done.stderr
    # Nothing was regenerated over it.
    assert target.read_bytes().endswith(b"# edited by hand\n")


def test_the_tree_as_generated_holds_no_hand_edit():
    # A file is no hand edit when it is as committed or as the last `make generate` left
    # it (a fresh clone matches HEAD); files copied from custom/ count as generated.
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import generate
    finally:
        sys.path.pop(0)
    manifest = generate._manifest_path()
    assert manifest is not None
    assert generate.hand_edits(generate.PACKAGE, manifest) == []
