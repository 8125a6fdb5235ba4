"""Contains all the data models used in inputs/outputs"""

from .access_token import AccessToken
from .access_token_envelope import AccessTokenEnvelope
from .agent import Agent
from .agent_config import AgentConfig
from .agent_directory import AgentDirectory
from .agent_directory_envelope import AgentDirectoryEnvelope
from .aggregate_metrics import AggregateMetrics
from .aggregate_metrics_envelope import AggregateMetricsEnvelope
from .broadcast_create import BroadcastCreate
from .broadcast_result import BroadcastResult
from .broadcast_result_envelope import BroadcastResultEnvelope
from .collaboration import Collaboration
from .collaboration_create import CollaborationCreate
from .collaboration_envelope import CollaborationEnvelope
from .collaboration_mode import CollaborationMode
from .collaboration_progress import CollaborationProgress
from .collaboration_totals import CollaborationTotals
from .count_by_key import CountByKey
from .delivery_status import DeliveryStatus
from .error_body import ErrorBody
from .error_detail import ErrorDetail
from .free_form_envelope import FreeFormEnvelope
from .free_form_object import FreeFormObject
from .health import Health
from .health_envelope import HealthEnvelope
from .known_collaboration_state import KnownCollaborationState
from .known_health_state import KnownHealthState
from .known_message_state import KnownMessageState
from .known_sandbox_state import KnownSandboxState
from .login_request import LoginRequest
from .logout_envelope import LogoutEnvelope
from .logout_result import LogoutResult
from .message import Message
from .message_create import MessageCreate
from .message_envelope import MessageEnvelope
from .message_list import MessageList
from .message_list_envelope import MessageListEnvelope
from .message_totals import MessageTotals
from .message_type import MessageType
from .network_io import NetworkIO
from .refresh_request import RefreshRequest
from .register_request import RegisterRequest
from .resource_limits import ResourceLimits
from .sandbox import Sandbox
from .sandbox_connection import SandboxConnection
from .sandbox_create import SandboxCreate
from .sandbox_envelope import SandboxEnvelope
from .sandbox_health import SandboxHealth
from .sandbox_health_resource_usage import SandboxHealthResourceUsage
from .sandbox_list import SandboxList
from .sandbox_list_envelope import SandboxListEnvelope
from .sandbox_logs import SandboxLogs
from .sandbox_logs_envelope import SandboxLogsEnvelope
from .sandbox_metrics import SandboxMetrics
from .sandbox_metrics_envelope import SandboxMetricsEnvelope
from .sandbox_resource_metrics import SandboxResourceMetrics
from .sandbox_status import SandboxStatus
from .sandbox_status_envelope import SandboxStatusEnvelope
from .sandbox_summary import SandboxSummary
from .sandbox_totals import SandboxTotals
from .system_info import SystemInfo
from .system_info_envelope import SystemInfoEnvelope
from .token_form import TokenForm
from .token_pair import TokenPair
from .token_pair_envelope import TokenPairEnvelope
from .user import User
from .user_envelope import UserEnvelope
from .validation_issue import ValidationIssue
from .validation_issue_ctx import ValidationIssueCtx
from .workspace import Workspace
from .workspace_create import WorkspaceCreate
from .workspace_envelope import WorkspaceEnvelope
from .workspace_list import WorkspaceList
from .workspace_list_envelope import WorkspaceListEnvelope
from .workspace_settings import WorkspaceSettings
from .workspace_settings_collaboration_policy import (
    WorkspaceSettingsCollaborationPolicy,
)
from .workspace_settings_envelope import WorkspaceSettingsEnvelope
from .workspace_summary import WorkspaceSummary
from .workspace_update import WorkspaceUpdate

__all__ = (
    "AccessToken",
    "AccessTokenEnvelope",
    "Agent",
    "AgentConfig",
    "AgentDirectory",
    "AgentDirectoryEnvelope",
    "AggregateMetrics",
    "AggregateMetricsEnvelope",
    "BroadcastCreate",
    "BroadcastResult",
    "BroadcastResultEnvelope",
    "Collaboration",
    "CollaborationCreate",
    "CollaborationEnvelope",
    "CollaborationMode",
    "CollaborationProgress",
    "CollaborationTotals",
    "CountByKey",
    "DeliveryStatus",
    "ErrorBody",
    "ErrorDetail",
    "FreeFormEnvelope",
    "FreeFormObject",
    "Health",
    "HealthEnvelope",
    "KnownCollaborationState",
    "KnownHealthState",
    "KnownMessageState",
    "KnownSandboxState",
    "LoginRequest",
    "LogoutEnvelope",
    "LogoutResult",
    "Message",
    "MessageCreate",
    "MessageEnvelope",
    "MessageList",
    "MessageListEnvelope",
    "MessageTotals",
    "MessageType",
    "NetworkIO",
    "RefreshRequest",
    "RegisterRequest",
    "ResourceLimits",
    "Sandbox",
    "SandboxConnection",
    "SandboxCreate",
    "SandboxEnvelope",
    "SandboxHealth",
    "SandboxHealthResourceUsage",
    "SandboxList",
    "SandboxListEnvelope",
    "SandboxLogs",
    "SandboxLogsEnvelope",
    "SandboxMetrics",
    "SandboxMetricsEnvelope",
    "SandboxResourceMetrics",
    "SandboxStatus",
    "SandboxStatusEnvelope",
    "SandboxSummary",
    "SandboxTotals",
    "SystemInfo",
    "SystemInfoEnvelope",
    "TokenForm",
    "TokenPair",
    "TokenPairEnvelope",
    "User",
    "UserEnvelope",
    "ValidationIssue",
    "ValidationIssueCtx",
    "Workspace",
    "WorkspaceCreate",
    "WorkspaceEnvelope",
    "WorkspaceList",
    "WorkspaceListEnvelope",
    "WorkspaceSettings",
    "WorkspaceSettingsCollaborationPolicy",
    "WorkspaceSettingsEnvelope",
    "WorkspaceSummary",
    "WorkspaceUpdate",
)
