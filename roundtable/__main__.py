"""`python -m roundtable`: the version, the spec it was generated from, and whether the
package (or a vendored copy of it) is as generated; exits 1 when a file was edited."""

from __future__ import annotations

import sys

from ._version import __version__
from .provenance import edited_files, provenance


def main() -> int:
    record = provenance()
    print(
        f"{__package__} {__version__}, generated from openapi.yaml {record.spec_version} "
        f"(sha256 {record.spec_sha256})"
    )
    edited = edited_files()
    if not edited:
        print(f"as generated: {len(record.files)} files unedited")
        return 0
    print("edited since generation:\n  " + "\n  ".join(edited))
    return 1


if __name__ == "__main__":
    sys.exit(main())
