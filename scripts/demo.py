"""`make demo`: the quick-start, then every other example, against the reference server
on a free local port.

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
# Every example runs against the same server; the quick-start's output comes first.
OTHER_EXAMPLES = [
    "examples/quickstart_sync.py",
    "examples/login_and_renewal.py",
    "examples/pagination.py",
    "examples/retries_and_options.py",
    "examples/wait_for_collaboration.py",
    "examples/watch_workspace.py",
]
TEST_EXAMPLE = "examples/test_your_code.py"
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
    # The environment a user's program would have: no email or password of theirs.
    for name in ("ROUND_TABLE_EMAIL", "ROUND_TABLE_PASSWORD"):
        env.pop(name, None)
    with serve_process(*options) as (base_url, _key):
        env["ROUND_TABLE_BASE_URL"] = base_url
        failed = _run(["examples/quickstart.py"], env)
        if not args.fault_rate:  # the other examples, after the quick-start's transcript
            for example in OTHER_EXAMPLES:
                print(f"\n### {example}", flush=True)
                failed |= _run([example], env)
            print("\n### examples/test_your_code.py (pytest, with the SDK's fixtures)", flush=True)
            failed |= _run(["-m", "pytest", "-q", "-p", "no:cacheprovider", TEST_EXAMPLE], env)
    return 1 if failed else 0


def _run(arguments: list[str], env: dict[str, str]) -> bool:
    """Run a Python command from the repository; True when it failed."""
    return (
        subprocess.run([sys.executable, *arguments], env=env, cwd=ROOT, timeout=300).returncode != 0
    )


if __name__ == "__main__":
    sys.exit(main())
