"""Rebuild roundtable/ from openapi.yaml, then lay custom/ over it.

Byte-for-byte reproducible: the generator and ruff are pinned (pyproject.toml), the
output is generated into an empty folder (``--overwrite`` would leave stale files),
and custom/ is copied, not reformatted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "roundtable"
CUSTOM = ROOT / "custom"
SPEC = ROOT / "openapi.yaml"
# The project's own templates, where the generator's defaults do not fit (see each file).
TEMPLATES = ROOT / "templates"
# The reference server validates requests against the contract; it ships the spec as
# JSON so that running it needs no YAML parser.
SPEC_COPY = Path("testing") / "openapi.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=PACKAGE, help="default: roundtable/")
    generate(parser.parse_args().output)


def generate(package: Path) -> None:
    bin_dir = Path(sys.executable).parent
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "roundtable"
        subprocess.run(
            [
                str(bin_dir / "openapi-python-client"),
                "generate",
                "--path",
                str(SPEC),
                "--config",
                str(ROOT / "generator-config.yaml"),
                "--output-path",
                str(out),
                "--meta",
                "none",
                "--fail-on-warning",
                "--custom-template-path",
                str(TEMPLATES),
            ],
            check=True,
            env=env,
            cwd=tmp,
        )
        shutil.copytree(CUSTOM, out, dirs_exist_ok=True, ignore=_ignore_caches)
        spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
        (out / SPEC_COPY).write_text(
            json.dumps(spec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        shutil.rmtree(package, ignore_errors=True)
        shutil.copytree(out, package, ignore=_ignore_caches)


def _ignore_caches(_directory: str, names: list[str]) -> set[str]:
    return {name for name in names if name == "__pycache__" or name.endswith(".pyc")}


if __name__ == "__main__":
    main()
