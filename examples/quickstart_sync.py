"""The Python quick-start written synchronously (`SyncRoundTableClient`), run for real
(derived from examples/quickstart.py by `make generate`): its Complete Example, then
every other section, with the same output.

Configuration comes from the environment: ROUND_TABLE_BASE_URL, and ROUND_TABLE_API_KEY
or ROUND_TABLE_EMAIL + ROUND_TABLE_PASSWORD (`make demo` starts a reference server that
accepts the quick-start's own key, "your-api-key", and sets both).
"""

from _credentials import credentials

from roundtable import SyncRoundTableClient
from roundtable.exceptions import (
    AuthenticationError,
    NotFoundError,
    RateLimitError,
    ValidationError,
)


# ---- Complete Example, as the quick-start writes it -----------------------------------
def complete_example():
    # The quick-start's own placeholder key, unless ROUND_TABLE_API_KEY says otherwise
    # (`SyncRoundTableClient()` reads ROUND_TABLE_BASE_URL by itself).
    with SyncRoundTableClient(**credentials(default_key="your-api-key")) as client:
        # Create workspace
        workspace = client.workspaces.create(
            name="Demo Project", description="Demonstrating the SDK"
        )

        # Create sandboxes
        researcher = client.sandboxes.create(
            workspace_id=workspace.workspace_id,
            name="Researcher",
            agent_config={"primary_agent": "researcher", "model": "gpt-4"},
        )

        developer = client.sandboxes.create(
            workspace_id=workspace.workspace_id,
            name="Developer",
            agent_config={"primary_agent": "developer", "model": "gpt-4"},
        )

        # Start collaboration
        collaboration = client.collaborations.orchestrate(
            workspace_id=workspace.workspace_id,
            task="Build a REST API",
            participants=[researcher.sandbox_id, developer.sandbox_id],
            mode="orchestrated",
        )

        print(f"Collaboration started: {collaboration.collaboration_id}")

        # Check status
        status = client.collaborations.get_collaboration(collaboration.collaboration_id)
        print(f"Status: {status.status}")

        # Cleanup
        client.sandboxes.delete(researcher.sandbox_id)
        client.sandboxes.delete(developer.sandbox_id)
        client.workspaces.delete(workspace.workspace_id)


# ---- Every other section, with real ids in place of "ws_abc123" and friends ------------
def reported(value, missing="not reported by this server"):
    """What the quick-start prints, where a server may have no value to give (None)."""
    return missing if value is None else value


def workspaces_section(client):
    print("\n== Workspaces")
    workspace = client.workspaces.create(name="My Project", description="A workspace for my agents")
    print(f"Created workspace: {workspace.workspace_id}")

    workspaces = client.workspaces.list(limit=50)
    for ws in workspaces.workspaces:
        print(f"{ws.name}: {ws.workspace_id}")

    workspace = client.workspaces.get(workspace.workspace_id)
    print(f"Workspace: {workspace.name}")
    print(f"Status: {workspace.status}")
    print(f"Created: {workspace.created_at}")

    updated = client.workspaces.update(
        workspace.workspace_id, name="Updated Name", description="New description"
    )
    print(f"Updated: {updated.name} ({updated.description})")
    return updated.workspace_id


def sandboxes_section(client, workspace_id):
    print("\n== Sandboxes")
    sandbox = client.sandboxes.create(
        workspace_id=workspace_id,
        name="Research Agent",
        description="Research specialist",
        agent_config={
            "primary_agent": "researcher",
            "model": "gpt-4",
            "temperature": 0.7,
            "max_tokens": 2000,
        },
    )
    print(f"Created sandbox: {sandbox.sandbox_id}")
    peer = client.sandboxes.create(
        workspace_id=workspace_id, name="Analyst", agent_config={"primary_agent": "analyst"}
    )
    print(f"Created sandbox: {peer.sandbox_id}")

    sandboxes = client.sandboxes.list(workspace_id=workspace_id, limit=50)
    for sb in sandboxes.sandboxes:
        print(f"{sb.name}: {sb.status}")

    started = client.sandboxes.start(sandbox.sandbox_id)
    print(f"Status: {started.status}")
    client.sandboxes.start(peer.sandbox_id)

    status = client.sandboxes.status(sandbox.sandbox_id)
    print(f"Status: {status.status}")
    print(f"Uptime: {reported(status.uptime, 'n/a (not running)')}")

    stopped = client.sandboxes.stop(sandbox.sandbox_id)
    print(f"Status: {stopped.status}")

    status = client.sandboxes.status(sandbox.sandbox_id)
    print(f"Status: {status.status}")
    print(f"Uptime: {reported(status.uptime, 'n/a (not running)')}")
    return sandbox.sandbox_id, peer.sandbox_id


def messages_section(client, workspace_id, sender_id, recipient_id):
    print("\n== Messages")
    message = client.messages.send(
        from_sandbox_id=sender_id,
        to_sandbox_id=recipient_id,
        content={"type": "request", "action": "analyze", "data": {"key": "value"}},
    )
    print(f"Message sent: {message.message_id}")

    messages = client.messages.list(sandbox_id=sender_id, limit=100)
    for msg in messages.messages:
        print(f"From: {msg.from_sandbox_id}")
        print(f"Content: {msg.content}")

    message = client.messages.get(message.message_id)
    print(f"Status: {message.status}")
    print(f"Content: {message.content}")

    broadcast = client.messages.broadcast(
        workspace_id=workspace_id,
        from_sandbox_id=sender_id,
        content={"type": "announcement", "message": "Hello everyone!"},
    )
    print(f"Broadcast reached {broadcast.broadcast_to} sandbox(es)")

    metrics = client.sandboxes.metrics(sender_id)
    # Today's Round Table server does not count messages: None, not a made-up 0.
    print(f"Messages sent: {reported(metrics.messages_sent)}")
    print(f"Messages received: {reported(metrics.messages_received)}")


def collaborations_section(client, workspace_id, participants):
    print("\n== Collaborations")
    collaboration = client.collaborations.orchestrate(
        workspace_id=workspace_id,
        task="Analyze Q4 sales data",
        participants=participants,
        mode="orchestrated",
        config={"max_duration": 300, "timeout": 30, "max_rounds": 10},
    )
    print(f"Collaboration ID: {collaboration.collaboration_id}")

    status = client.collaborations.get_collaboration(collaboration.collaboration_id)
    print(f"Status: {status.status}")
    print(f"Progress: {status.progress}")

    agents = client.collaborations.discover_agents(workspace_id)
    print(f"Found {agents.count} agents:")
    for agent in agents.agents:
        print(f"  - {agent.name}: {agent.agent_type}")


def system_section(client, workspace_id):
    print("\n== System")
    health = client.health_check()
    print(f"System status: {health.status}")

    info = client.system_info()
    print(f"Version: {info.version}")
    print(f"Environment: {info.environment}")

    metrics = client.aggregate_metrics(workspace_id)
    print(f"Total sandboxes: {metrics.total_sandboxes}")
    print(f"Total messages: {metrics.total_messages}")


def error_handling_section(client):
    print("\n== Error handling")
    try:
        client.workspaces.get("ws_nonexistent")
    except NotFoundError as e:
        print(f"Resource not found: {e}")
    except ValidationError as e:
        print(f"Invalid data: {e}")
    except AuthenticationError as e:
        print(f"Authentication failed: {e}")
    except RateLimitError as e:
        print(f"Rate limit exceeded: {e}")


def cleanup_section(client, workspace_id, sandbox_ids):
    print("\n== Cleanup")
    for sandbox_id in sandbox_ids:
        client.sandboxes.delete(sandbox_id)
    client.workspaces.delete(workspace_id)
    print("Deleted the sandboxes and the workspace")


def tour(client):
    workspace_id = workspaces_section(client)
    sender_id, recipient_id = sandboxes_section(client, workspace_id)
    messages_section(client, workspace_id, sender_id, recipient_id)
    collaborations_section(client, workspace_id, [sender_id, recipient_id])
    system_section(client, workspace_id)
    error_handling_section(client)
    cleanup_section(client, workspace_id, [sender_id, recipient_id])


def main():
    print("== Complete Example")
    complete_example()
    with SyncRoundTableClient(**credentials()) as client:
        tour(client)


if __name__ == "__main__":
    main()
