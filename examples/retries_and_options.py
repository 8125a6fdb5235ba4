"""Retries, timeouts, idempotency keys and the other per-call options.

The client retries what is safe to retry on its own; these are the knobs.
"""

import asyncio
import logging
import os

from _credentials import credentials

from roundtable import RetryPolicy, RoundTableClient
from roundtable.exceptions import APITimeoutError, NotFoundError


async def main():
    # ROUND_TABLE_LOG=info logs each retry with its reason and delay.
    if os.getenv("ROUND_TABLE_LOG"):
        logging.basicConfig()
    policy = RetryPolicy(max_retries=4, initial_delay=0.2, max_delay=2.0)
    async with RoundTableClient(**credentials(), timeout=30, retry_policy=policy) as client:
        # Options for one call: its own timeout and headers, and an idempotency key you
        # choose, so that a retried create cannot create twice on a server that honours it.
        workspace = await client.workspaces.create(
            name="Options example",
            timeout=10,
            extra_headers={"X-Request-Source": "examples"},
            idempotency_key="options-example-create-1",
        )
        print(f"Created with our own idempotency key: {workspace.name}")

        # Options for every call of a copy that shares the connection pool.
        quick = client.with_options(timeout=5, max_retries=0)
        try:
            await quick.workspaces.get("ws_doesnotexist")
        except NotFoundError as error:
            print(f"No retry for a 404: {type(error).__name__}")
        except APITimeoutError:
            print("The server did not answer within 5 s")

        # The HTTP answer itself, when the result is not enough.
        raw = await client.workspaces.with_raw_response.get(workspace.workspace_id)
        print(f"Raw answer: {raw.status_code}, {raw.retries_taken} retries")
        print(f"Parsed from it: {raw.parse().name}")

        await client.workspaces.delete(workspace.workspace_id)


if __name__ == "__main__":
    asyncio.run(main())
