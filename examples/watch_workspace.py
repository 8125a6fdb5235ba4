"""Watch a workspace while another task works in it: every message and status change
arrives once, in order, with a cursor to resume from.

The stream polls today's Round Table server (one request, plus one per sandbox, per poll);
see docs/events.md.
"""

import asyncio

from _credentials import credentials

from roundtable import RoundTableClient
from roundtable.events import MessageReceived, SandboxStatusChanged

MESSAGES = 6


async def work(client, agents):
    """Another part of the program: starts the agents, and they talk."""
    for agent in agents:
        await client.sandboxes.start(agent.sandbox_id)
    for n in range(MESSAGES):
        sender, recipient = agents[n % 2], agents[(n + 1) % 2]
        await client.messages.send(sender.sandbox_id, recipient.sandbox_id, {"turn": n})


async def main():
    async with RoundTableClient(**credentials()) as client:
        workspace = await client.workspaces.create(name="Watching example")
        agents = [
            await client.sandboxes.create(
                workspace.workspace_id, name, {"primary_agent": name.lower()}
            )
            for name in ("Researcher", "Developer")
        ]
        names = {agent.sandbox_id: agent.name for agent in agents}
        async with client.events.watch(workspace.workspace_id, max_interval=1) as stream:
            worker = asyncio.create_task(work(client, agents))
            turns: dict[str, list[int]] = {agent.sandbox_id: [] for agent in agents}
            started, cursor = 0, ""
            async for event in stream:
                if isinstance(event, SandboxStatusChanged):
                    started += 1
                    print(f"{names[event.sandbox_id]}: {event.old_status} -> {event.new_status}")
                elif isinstance(event, MessageReceived):
                    turn = event.message.content["turn"]
                    turns[event.sandbox_id].append(turn)
                    print(f"{names[event.sandbox_id]} received turn {turn}")
                cursor = event.cursor
                if started == len(agents) and sum(map(len, turns.values())) == MESSAGES:
                    break
            await worker
        # Each agent's messages arrive in the order they were sent to it.
        in_order = all(received == sorted(received) for received in turns.values())
        print(f"Turns in order: {in_order}; a cursor to resume from: {cursor[:16]}...")

        for agent in agents:
            await client.sandboxes.delete(agent.sandbox_id)
        await client.workspaces.delete(workspace.workspace_id)


if __name__ == "__main__":
    asyncio.run(main())
