"""The operation registry, generated from openapi.yaml: one `Operation` per operation of
the contract, named by its operationId, and `OPERATIONS`, all of them in the spec's order.

Each module beside it (`roundtable.api.<tag>.<operation>`) holds the operation's request
builder (`build_request`) and its descriptor (`OPERATION`). To run an operation the client
has no method for yet: `await client.call(roundtable.api.get_system_info)`, with the same
authentication, retries and typed errors as every method, and its result's type.
"""

from typing import Any

from .._operation import Operation
from .auth.get_current_user import OPERATION as get_current_user
from .auth.issue_token import OPERATION as issue_token
from .auth.login import OPERATION as login
from .auth.logout import OPERATION as logout
from .auth.refresh_access_token import OPERATION as refresh_access_token
from .auth.register import OPERATION as register
from .collaborations.discover_agents import OPERATION as discover_agents
from .collaborations.get_collaboration import OPERATION as get_collaboration
from .collaborations.orchestrate_collaboration import (
    OPERATION as orchestrate_collaboration,
)
from .messages.broadcast_message import OPERATION as broadcast_message
from .messages.get_message import OPERATION as get_message
from .messages.list_messages import OPERATION as list_messages
from .messages.send_message import OPERATION as send_message
from .sandboxes.create_sandbox import OPERATION as create_sandbox
from .sandboxes.delete_sandbox import OPERATION as delete_sandbox
from .sandboxes.get_sandbox import OPERATION as get_sandbox
from .sandboxes.get_sandbox_logs import OPERATION as get_sandbox_logs
from .sandboxes.get_sandbox_metrics import OPERATION as get_sandbox_metrics
from .sandboxes.get_sandbox_status import OPERATION as get_sandbox_status
from .sandboxes.list_sandboxes import OPERATION as list_sandboxes
from .sandboxes.start_sandbox import OPERATION as start_sandbox
from .sandboxes.stop_sandbox import OPERATION as stop_sandbox
from .sandboxes.update_sandbox_config import OPERATION as update_sandbox_config
from .system.get_aggregate_metrics import OPERATION as get_aggregate_metrics
from .system.get_health import OPERATION as get_health
from .system.get_system_info import OPERATION as get_system_info
from .workspaces.create_workspace import OPERATION as create_workspace
from .workspaces.delete_workspace import OPERATION as delete_workspace
from .workspaces.get_workspace import OPERATION as get_workspace
from .workspaces.get_workspace_config import OPERATION as get_workspace_config
from .workspaces.list_workspaces import OPERATION as list_workspaces
from .workspaces.update_workspace import OPERATION as update_workspace
from .workspaces.update_workspace_config import OPERATION as update_workspace_config

OPERATIONS: tuple[Operation[..., Any], ...] = (
    register,
    login,
    refresh_access_token,
    logout,
    get_current_user,
    issue_token,
    list_workspaces,
    create_workspace,
    get_workspace,
    update_workspace,
    delete_workspace,
    get_workspace_config,
    update_workspace_config,
    list_sandboxes,
    create_sandbox,
    get_sandbox,
    delete_sandbox,
    start_sandbox,
    stop_sandbox,
    get_sandbox_status,
    get_sandbox_logs,
    get_sandbox_metrics,
    update_sandbox_config,
    list_messages,
    send_message,
    get_message,
    broadcast_message,
    orchestrate_collaboration,
    get_collaboration,
    discover_agents,
    get_health,
    get_system_info,
    get_aggregate_metrics,
)

__all__ = (
    "OPERATIONS",
    "register",
    "login",
    "refresh_access_token",
    "logout",
    "get_current_user",
    "issue_token",
    "list_workspaces",
    "create_workspace",
    "get_workspace",
    "update_workspace",
    "delete_workspace",
    "get_workspace_config",
    "update_workspace_config",
    "list_sandboxes",
    "create_sandbox",
    "get_sandbox",
    "delete_sandbox",
    "start_sandbox",
    "stop_sandbox",
    "get_sandbox_status",
    "get_sandbox_logs",
    "get_sandbox_metrics",
    "update_sandbox_config",
    "list_messages",
    "send_message",
    "get_message",
    "broadcast_message",
    "orchestrate_collaboration",
    "get_collaboration",
    "discover_agents",
    "get_health",
    "get_system_info",
    "get_aggregate_metrics",
)
