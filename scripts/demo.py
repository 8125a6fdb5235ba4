"""`make demo`: the quick-start against the reference server on a free local port.

Starts `python -m roundtable.testing` (127.0.0.1, port 0; as today's Round Table server
unless `--profile documented`), runs examples/quickstart.py with ROUND_TABLE_BASE_URL and
ROUND_TABLE_API_KEY pointing at it, stops the server, and exits with the example's status.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from roundtable.testing import PROFILES, TODAY, serve_process

ROOT = Path(__file__).resolve().parent.parent
# The Complete Example hard-codes the quick-start's placeholder key; the server accepts it.
QUICKSTART_KEY = "your-api-key"
DESCRIPTIONS = {
    "today": "as today's Round Table server behaves",
    "documented": "as the contract documents the server",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fault-rate", type=float, default=0.0)
    parser.add_argument("--fault-seed", type=int, default=1)
    parser.add_argument(
        "--profile",
        choices=sorted(PROFILES),
        default=TODAY.name,
        help="the server the reference server plays (default: today's Round Table server)",
    )
    args = parser.parse_args()

    print(
        "The quick-start against the bundled reference server (roundtable.testing), "
        f"profile {args.profile}: {DESCRIPTIONS[args.profile]}",
        flush=True,
    )
    options = ["--api-key", QUICKSTART_KEY, "--profile", args.profile]
    env = dict(os.environ, ROUND_TABLE_API_KEY=QUICKSTART_KEY)
    if args.fault_rate:
        options += ["--fault-rate", str(args.fault_rate), "--fault-seed", str(args.fault_seed)]
        # Enough retries that a call failing on every attempt is vanishingly rare.
        env["ROUND_TABLE_MAX_RETRIES"] = "8"
    with serve_process(*options) as (base_url, _key):
        env["ROUND_TABLE_BASE_URL"] = base_url
        example = subprocess.run(
            [sys.executable, str(ROOT / "examples" / "quickstart.py")], env=env, timeout=300
        )
    return example.returncode


if __name__ == "__main__":
    sys.exit(main())
