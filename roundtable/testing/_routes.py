"""Which rule of the world answers each operation of the contract."""

from __future__ import annotations

from ._app import Call, Handler


def _user(call: Call) -> str:
    assert call.user_id is not None
    return call.user_id


ROUTES: list[tuple[str, str, Handler]] = [
    # auth
    (
        "POST",
        "/auth/register",
        lambda w, c: w.register(c.body["email"], c.body["password"], c.body.get("full_name")),
    ),
    ("POST", "/auth/login", lambda w, c: w.login(c.body["email"], c.body["password"])),
    ("POST", "/auth/refresh", lambda w, c: w.refresh(c.body["refresh_token"])),
    ("POST", "/auth/logout", lambda w, c: {"message": "Successfully logged out"}),
    ("GET", "/auth/me", lambda w, c: w.me(_user(c))),
    ("POST", "/auth/token", lambda w, c: w.login(c.body["username"], c.body["password"])),
    # workspaces
    (
        "GET",
        "/workspaces",
        lambda w, c: w.list_workspaces(_user(c), c.query["offset"], c.query["limit"]),
    ),
    ("POST", "/workspaces", lambda w, c: w.create_workspace(_user(c), c.body)),
    (
        "GET",
        "/workspaces/{workspace_id}",
        lambda w, c: w.workspace(_user(c), c.path["workspace_id"]),
    ),
    (
        "PUT",
        "/workspaces/{workspace_id}",
        lambda w, c: w.update_workspace(_user(c), c.path["workspace_id"], c.body),
    ),
    (
        "DELETE",
        "/workspaces/{workspace_id}",
        lambda w, c: w.delete_workspace(_user(c), c.path["workspace_id"]),
    ),
    (
        "GET",
        "/workspaces/{workspace_id}/config",
        lambda w, c: w.workspace(_user(c), c.path["workspace_id"])["settings"],
    ),
    (
        "PUT",
        "/workspaces/{workspace_id}/config",
        lambda w, c: w.replace_settings(_user(c), c.path["workspace_id"], c.body),
    ),
    # sandboxes
    (
        "GET",
        "/sandboxes/{workspace_id}/sandboxes",
        lambda w, c: w.list_sandboxes(
            _user(c), c.path["workspace_id"], c.query["offset"], c.query["limit"]
        ),
    ),
    (
        "POST",
        "/sandboxes/{workspace_id}/sandboxes",
        lambda w, c: w.create_sandbox(_user(c), c.path["workspace_id"], c.body),
    ),
    ("GET", "/sandboxes/{sandbox_id}", lambda w, c: w.sandbox(_user(c), c.path["sandbox_id"])),
    (
        "DELETE",
        "/sandboxes/{sandbox_id}",
        lambda w, c: w.delete_sandbox(_user(c), c.path["sandbox_id"]),
    ),
    (
        "POST",
        "/sandboxes/{sandbox_id}/start",
        lambda w, c: w.set_running(_user(c), c.path["sandbox_id"], True),
    ),
    (
        "POST",
        "/sandboxes/{sandbox_id}/stop",
        lambda w, c: w.set_running(_user(c), c.path["sandbox_id"], False),
    ),
    (
        "GET",
        "/sandboxes/{sandbox_id}/status",
        lambda w, c: w.sandbox_status(_user(c), c.path["sandbox_id"]),
    ),
    (
        "GET",
        "/sandboxes/{sandbox_id}/logs",
        lambda w, c: w.sandbox_logs(
            _user(c), c.path["sandbox_id"], c.query["offset"], c.query["limit"]
        ),
    ),
    (
        "GET",
        "/sandboxes/{sandbox_id}/metrics",
        lambda w, c: w.sandbox_metrics(_user(c), c.path["sandbox_id"]),
    ),
    (
        "PUT",
        "/sandboxes/{sandbox_id}/config",
        lambda w, c: (w.sandbox(_user(c), c.path["sandbox_id"], "configure"), c.body)[1],
    ),
    # messages
    (
        "POST",
        "/messages/sandboxes/{sandbox_id}/messages",
        lambda w, c: w.send_message(_user(c), c.path["sandbox_id"], c.body),
    ),
    (
        "GET",
        "/messages/sandboxes/{sandbox_id}/messages",
        lambda w, c: w.list_messages(
            _user(c), c.path["sandbox_id"], c.query["offset"], c.query["limit"]
        ),
    ),
    (
        "GET",
        "/messages/messages/{message_id}",
        lambda w, c: w.message(_user(c), c.path["message_id"]),
    ),
    (
        "POST",
        "/messages/workspaces/{workspace_id}/broadcast",
        lambda w, c: w.broadcast(_user(c), c.path["workspace_id"], c.body),
    ),
    # collaborations
    (
        "POST",
        "/collaborations/workspaces/{workspace_id}/collaboration/orchestrate",
        lambda w, c: w.orchestrate(_user(c), c.path["workspace_id"], c.body),
    ),
    (
        "GET",
        "/collaborations/collaborations/{collaboration_id}",
        lambda w, c: w.collaboration(_user(c), c.path["collaboration_id"]),
    ),
    (
        "GET",
        "/collaborations/workspaces/{workspace_id}/agents/discover",
        lambda w, c: w.discover_agents(_user(c), c.path["workspace_id"]),
    ),
    # system
    ("GET", "/system/health", lambda w, c: w.health()),
    ("GET", "/system/info", lambda w, c: w.info(c.user_id)),
    (
        "GET",
        "/system/workspaces/{workspace_id}/metrics/aggregate",
        lambda w, c: w.aggregate_metrics(_user(c), c.path["workspace_id"]),
    ),
]
