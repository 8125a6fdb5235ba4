"""Every item of a listing, page by page, with `iterate()`.

`iterate()` reaches every item the server can give, on today's Round Table server too
(its message pager needs a workaround, which the SDK applies); where that server stops
listing (100 rows) it logs a warning rather than pass a short list off as complete.
"""

import asyncio

from _credentials import credentials

from roundtable import RoundTableClient


async def main():
    async with RoundTableClient(**credentials()) as client:
        workspace = await client.workspaces.create(name="Pagination example")
        first = await client.sandboxes.create(
            workspace.workspace_id, "First", {"primary_agent": "researcher"}
        )
        second = await client.sandboxes.create(
            workspace.workspace_id, "Second", {"primary_agent": "developer"}
        )
        for n in range(7):
            await client.messages.send(first.sandbox_id, second.sandbox_id, {"n": n})

        # Three at a time: all seven, although today's server's plain second page
        # (limit=3, offset=3) would come back empty. Newest second first; today's server
        # stamps to the second and lists one second's messages oldest first, so order by
        # what you know (here `n`) rather than take the first as the latest.
        numbers = [m.content["n"] async for m in client.messages.iterate(first.sandbox_id, 3)]
        print(f"Messages reached: {sorted(numbers)}")

        names = [sb.name async for sb in client.sandboxes.iterate(workspace.workspace_id)]
        print(f"Sandboxes: {names}")

        count = 0
        async for _ in client.workspaces.iterate(page_size=50):
            count += 1
        print(f"Workspaces listed: {count >= 1}")

        for sandbox in (first, second):
            await client.sandboxes.delete(sandbox.sandbox_id)
        await client.workspaces.delete(workspace.workspace_id)


if __name__ == "__main__":
    asyncio.run(main())
