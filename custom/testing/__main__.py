"""`python -m roundtable.testing`: serve the reference server on 127.0.0.1.

Prints the base URL and the API key it accepts, then serves until interrupted.
"""

from __future__ import annotations

import argparse
import sys

from . import ReferenceServer, bind_socket, new_api_key, uvicorn_server
from ._app import API_PREFIX
from ._profile import PROFILES, TODAY


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m roundtable.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    parser.add_argument("--api-key", help="the key to accept (default: a fresh random one)")
    parser.add_argument(
        "--token-lifetime", type=float, default=1800.0, help="access token lifetime, seconds"
    )
    parser.add_argument(
        "--fault-rate",
        type=float,
        default=0.0,
        help="fraction of requests that fail (mixed: 502/503/504 before, 500 or a dropped "
        "connection after processing)",
    )
    parser.add_argument("--fault-seed", type=int, default=0)
    parser.add_argument(
        "--profile",
        choices=sorted(PROFILES),
        default=TODAY.name,
        help="today: as today's Round Table server behaves (default); "
        "documented: the corrected behaviour the contract describes",
    )
    args = parser.parse_args(argv)

    api_key = args.api_key or new_api_key()
    server = ReferenceServer(
        [api_key],
        access_token_lifetime=args.token_lifetime,
        fault_seed=args.fault_seed,
        profile=args.profile,
    )
    if args.fault_rate:
        server.faults.inject_mix(args.fault_rate)
    try:
        sock = bind_socket(args.host, args.port)
    except OSError as exc:  # a port in use, a host not of this machine: one line, no traceback
        sys.exit(
            f"cannot serve on {args.host}:{args.port}: {exc.strerror or exc} "
            "(--port 0 picks a free port)"
        )
    port = sock.getsockname()[1]
    print(f"Round Table reference server: http://{args.host}:{port}{API_PREFIX}")
    print(f"API key: {api_key}")
    print(f"Profile: {server.profile.name}", flush=True)
    try:
        uvicorn_server(server).run(sockets=[sock])
    finally:
        sock.close()
    sys.exit(0)


if __name__ == "__main__":
    main()
