"""The models of the contract: every result, argument and nested object (envelopes aside:
the SDK hands over their `data`)."""

from .access_token import AccessToken
from .agent import Agent
from .agent_config import AgentConfig
from .agent_directory import AgentDirectory
from .aggregate_metrics import AggregateMetrics
from .broadcast_create import BroadcastCreate
from .broadcast_result import BroadcastResult
from .collaboration import Collaboration
from .collaboration_create import CollaborationCreate
from .collaboration_mode import CollaborationMode
from .collaboration_progress import CollaborationProgress
from .collaboration_totals import CollaborationTotals
from .count_by_key import CountByKey
from .delivery_status import DeliveryStatus
from .error_body import ErrorBody
from .error_detail import ErrorDetail
from .free_form_object import FreeFormObject
from .health import Health
from .known_collaboration_state import KnownCollaborationState
from .known_health_state import KnownHealthState
from .known_message_state import KnownMessageState
from .known_sandbox_state import KnownSandboxState
from .login_request import LoginRequest
from .logout_result import LogoutResult
from .message import Message
from .message_create import MessageCreate
from .message_list import MessageList
from .message_totals import MessageTotals
from .message_type import MessageType
from .network_io import NetworkIO
from .refresh_request import RefreshRequest
from .register_request import RegisterRequest
from .resource_limits import ResourceLimits
from .sandbox import Sandbox
from .sandbox_connection import SandboxConnection
from .sandbox_create import SandboxCreate
from .sandbox_health import SandboxHealth
from .sandbox_health_resource_usage import SandboxHealthResourceUsage
from .sandbox_list import SandboxList
from .sandbox_logs import SandboxLogs
from .sandbox_metrics import SandboxMetrics
from .sandbox_resource_metrics import SandboxResourceMetrics
from .sandbox_status import SandboxStatus
from .sandbox_summary import SandboxSummary
from .sandbox_totals import SandboxTotals
from .system_info import SystemInfo
from .token_form import TokenForm
from .token_pair import TokenPair
from .user import User
from .validation_issue import ValidationIssue
from .validation_issue_ctx import ValidationIssueCtx
from .workspace import Workspace
from .workspace_create import WorkspaceCreate
from .workspace_list import WorkspaceList
from .workspace_settings import WorkspaceSettings
from .workspace_settings_collaboration_policy import (
    WorkspaceSettingsCollaborationPolicy,
)
from .workspace_summary import WorkspaceSummary
from .workspace_update import WorkspaceUpdate

__all__ = (
    "ErrorBody",
    "ErrorDetail",
    "ValidationIssue",
    "FreeFormObject",
    "RegisterRequest",
    "LoginRequest",
    "RefreshRequest",
    "TokenForm",
    "TokenPair",
    "AccessToken",
    "LogoutResult",
    "User",
    "WorkspaceSettings",
    "Workspace",
    "WorkspaceSummary",
    "WorkspaceList",
    "WorkspaceCreate",
    "WorkspaceUpdate",
    "AgentConfig",
    "ResourceLimits",
    "SandboxHealth",
    "SandboxConnection",
    "Sandbox",
    "SandboxSummary",
    "SandboxList",
    "SandboxCreate",
    "SandboxStatus",
    "SandboxLogs",
    "NetworkIO",
    "SandboxResourceMetrics",
    "SandboxMetrics",
    "DeliveryStatus",
    "Message",
    "MessageList",
    "MessageCreate",
    "BroadcastCreate",
    "BroadcastResult",
    "CollaborationProgress",
    "Collaboration",
    "CollaborationCreate",
    "Agent",
    "AgentDirectory",
    "Health",
    "SystemInfo",
    "CountByKey",
    "SandboxTotals",
    "MessageTotals",
    "CollaborationTotals",
    "AggregateMetrics",
    "ValidationIssueCtx",
    "WorkspaceSettingsCollaborationPolicy",
    "SandboxHealthResourceUsage",
    "KnownSandboxState",
    "MessageType",
    "KnownMessageState",
    "CollaborationMode",
    "KnownCollaborationState",
    "KnownHealthState",
)
