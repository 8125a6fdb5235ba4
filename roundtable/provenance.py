"""Where this package came from: the openapi.yaml it was generated from, and whether any
of its files changed since (`make generate` records both in `_provenance.json`).

Example:

    python -m roundtable        # prints them; exits 1 when a file was edited
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_RECORD = "_provenance.json"


@dataclass(frozen=True)
class Provenance:
    """What `make generate` recorded.

    Attributes:
        spec_sha256: The SHA-256 of the openapi.yaml the package was generated from.
        spec_version: That spec's `info.version`.
        files: Each file's SHA-256, by its path inside the package.
    """

    spec_sha256: str
    spec_version: str
    files: dict[str, str]


def provenance() -> Provenance:
    """The record of this package (or of the vendored copy it is).

    Returns:
        The `Provenance` written when the package was generated.
    """
    record = json.loads((_HERE / _RECORD).read_text(encoding="utf-8"))
    return Provenance(record["spec_sha256"], record["spec_version"], record["files"])


def edited_files() -> list[str]:
    """The files of this package that are not as generated: changed, missing or added.

    Returns:
        Their paths inside the package, sorted; empty when the package is as generated.
    """
    recorded = provenance().files
    present = {
        path.relative_to(_HERE).as_posix(): path
        for path in _HERE.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and path.suffix != ".pyc"
        and path.name != _RECORD
    }
    changed = [
        name
        for name, path in present.items()
        if name in recorded and hashlib.sha256(path.read_bytes()).hexdigest() != recorded[name]
    ]
    return sorted(
        [*changed, *(recorded.keys() - present.keys()), *(present.keys() - recorded.keys())]
    )
