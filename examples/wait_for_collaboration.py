"""Start a collaboration and wait for it to finish, showing its progress.

Today's Round Table server never moves a collaboration on: there the wait ends with
`WaitTimeoutError` after `timeout` seconds (ROUND_TABLE_WAIT_SECONDS, 3 by default here),
holding the last state seen. The documented server completes it round by round.
"""

import asyncio
import os

from _credentials import credentials

from roundtable import RoundTableClient, WaitTimeoutError


async def main():
    async with RoundTableClient(**credentials()) as client:
        workspace = await client.workspaces.create(name="Waiting example")
        agents = [
            await client.sandboxes.create(
                workspace.workspace_id, name, {"primary_agent": name.lower()}
            )
            for name in ("Researcher", "Developer")
        ]
        for agent in agents:
            await client.sandboxes.start(agent.sandbox_id)
        # Dependent operations wait for the sandbox to be running first.
        ready = await client.sandboxes.wait_for_status(agents[0].sandbox_id, "running")
        print(f"Sandbox {ready.status}")

        collaboration = await client.collaborations.orchestrate(
            workspace.workspace_id,
            "Build a REST API",
            [agent.sandbox_id for agent in agents],
            config={"max_rounds": 2},
        )
        try:
            done = await client.collaborations.wait(
                collaboration.collaboration_id,
                timeout=float(os.getenv("ROUND_TABLE_WAIT_SECONDS", "3")),
                on_poll=lambda c: print(f"  {c.progress}"),
            )
            print(f"Finished: {done.status}")
        except WaitTimeoutError as error:
            if error.last is not None:
                print(f"Still {error.last.status} when the wait ended")

        for agent in agents:
            await client.sandboxes.delete(agent.sandbox_id)
        await client.workspaces.delete(workspace.workspace_id)


if __name__ == "__main__":
    asyncio.run(main())
