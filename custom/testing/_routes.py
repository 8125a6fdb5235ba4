"""Which rule of the world answers each operation of the contract, by its operationId."""

from __future__ import annotations

from ._app import Call, Handler


def _user(call: Call) -> str:
    assert call.user_id is not None
    return call.user_id


# Each operation's rule, by operationId. An operation of the contract without one is
# answered from the contract itself (`_examples.py`): its example, or its schema.
RULES: dict[str, Handler] = {
    "register": lambda w, c: w.register(
        c.body["email"], c.body["password"], c.body.get("full_name")
    ),
    "login": lambda w, c: w.login(c.body["email"], c.body["password"]),
    "refresh_access_token": lambda w, c: w.refresh(c.body["refresh_token"]),
    "logout": lambda w, c: {"message": "Successfully logged out"},
    "get_current_user": lambda w, c: w.me(_user(c)),
    "issue_token": lambda w, c: w.login_as(c.body["username"], c.body["password"]),
    "list_workspaces": lambda w, c: w.list_workspaces(
        _user(c), c.query["offset"], c.query["limit"]
    ),
    "create_workspace": lambda w, c: w.create_workspace(_user(c), c.body),
    "get_workspace": lambda w, c: w.workspace(_user(c), c.path["workspace_id"]),
    "update_workspace": lambda w, c: w.update_workspace(_user(c), c.path["workspace_id"], c.body),
    "delete_workspace": lambda w, c: w.delete_workspace(_user(c), c.path["workspace_id"]),
    "get_workspace_config": lambda w, c: w.workspace(_user(c), c.path["workspace_id"])["settings"],
    "update_workspace_config": lambda w, c: w.replace_settings(
        _user(c), c.path["workspace_id"], c.body
    ),
    "list_sandboxes": lambda w, c: w.list_sandboxes(
        _user(c), c.path["workspace_id"], c.query["offset"], c.query["limit"]
    ),
    "create_sandbox": lambda w, c: w.create_sandbox(_user(c), c.path["workspace_id"], c.body),
    "get_sandbox": lambda w, c: w.sandbox(_user(c), c.path["sandbox_id"]),
    "delete_sandbox": lambda w, c: w.delete_sandbox(_user(c), c.path["sandbox_id"]),
    "start_sandbox": lambda w, c: w.set_running(_user(c), c.path["sandbox_id"], True),
    "stop_sandbox": lambda w, c: w.set_running(_user(c), c.path["sandbox_id"], False),
    "get_sandbox_status": lambda w, c: w.sandbox_status(_user(c), c.path["sandbox_id"]),
    "get_sandbox_logs": lambda w, c: w.sandbox_logs(
        _user(c), c.path["sandbox_id"], c.query["offset"], c.query["limit"]
    ),
    "get_sandbox_metrics": lambda w, c: w.sandbox_metrics(_user(c), c.path["sandbox_id"]),
    "update_sandbox_config": lambda w, c: (
        w.sandbox(_user(c), c.path["sandbox_id"], "configure"),
        c.body,
    )[1],
    "send_message": lambda w, c: w.send_message(_user(c), c.path["sandbox_id"], c.body),
    "list_messages": lambda w, c: w.list_messages(
        _user(c), c.path["sandbox_id"], c.query["offset"], c.query["limit"]
    ),
    "get_message": lambda w, c: w.message(_user(c), c.path["message_id"]),
    "broadcast_message": lambda w, c: w.broadcast(_user(c), c.path["workspace_id"], c.body),
    "orchestrate_collaboration": lambda w, c: w.orchestrate(
        _user(c), c.path["workspace_id"], c.body
    ),
    "get_collaboration": lambda w, c: w.collaboration(_user(c), c.path["collaboration_id"]),
    "discover_agents": lambda w, c: w.discover_agents(_user(c), c.path["workspace_id"]),
    "get_health": lambda w, c: w.health(),
    "get_system_info": lambda w, c: w.info(c.user_id),
    "get_aggregate_metrics": lambda w, c: w.aggregate_metrics(_user(c), c.path["workspace_id"]),
}
