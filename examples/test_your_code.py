"""Testing your own code against the reference server, with the SDK's pytest fixtures.

    pip install 'roundtable-sdk[testing]'
    pytest examples/test_your_code.py

The fixtures come by themselves (a pytest plugin). Nothing here talks to a real server.
"""

import pytest

from roundtable.exceptions import NotFoundError


async def create_team(client, name):
    """The code under test: a workspace with two agents."""
    workspace = await client.workspaces.create(name=name)
    for agent in ("researcher", "developer"):
        await client.sandboxes.create(
            workspace.workspace_id, agent.title(), {"primary_agent": agent}
        )
    return workspace


@pytest.mark.asyncio
async def test_a_team_has_two_agents(roundtable_client):
    workspace = await create_team(roundtable_client, "Team")
    directory = await roundtable_client.collaborations.discover_agents(workspace.workspace_id)
    assert sorted(agent.agent_type for agent in directory.agents) == ["developer", "researcher"]


@pytest.mark.asyncio
async def test_a_flaky_server_costs_no_time(roundtable_server, roundtable_client, roundtable_clock):
    # Busy twice, asking to come back in 30 s: a POST the server declined is retried.
    roundtable_server.faults.inject("status", status=503, count=2, retry_after="30")
    await create_team(roundtable_client, "Flaky")
    assert roundtable_clock.slept == [30.0, 30.0]  # a minute, on the test's clock only


def test_the_sync_client_too(roundtable_sync_client):
    with pytest.raises(NotFoundError):
        roundtable_sync_client.workspaces.get("ws_missing")
