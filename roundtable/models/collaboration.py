from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_collaboration_state import KnownCollaborationState
from ..types import (
    PayloadError,
    as_dict,
    as_list,
    parse_datetime,
    parse_open_enum,
)

T = TypeVar("T", bound="Collaboration")

_KNOWNCOLLABORATIONSTATE = {member.value: member for member in KnownCollaborationState}
_KNOWN_FIELDS = frozenset(
    {
        "collaboration_id",
        "workspace_id",
        "task",
        "mode",
        "status",
        "participants",
        "progress",
        "result",
        "error",
        "created_at",
        "updated_at",
    }
)


@_attrs_define()
class Collaboration:
    """
    Attributes:
        collaboration_id (str): Opaque; `col_…` today.
        workspace_id (str)
        task (str)
        mode (str)
        status (KnownCollaborationState | str): Known values `initializing`, `running`, `completed`, `failed`; other strings must be accepted.
        participants (list[str])
        progress (CollaborationProgress)
        result (dict[str, Any] | None)
        error (str | None)
        created_at (datetime.datetime | None)
        updated_at (datetime.datetime | None)
    """

    collaboration_id: str
    workspace_id: str
    task: str
    mode: str
    status: KnownCollaborationState | str
    participants: list[str]
    progress: CollaborationProgress
    result: dict[str, Any] | None = None
    error: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data (timestamps as ISO 8601 text with their offset)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["collaboration_id"] = self.collaboration_id
        field_dict["workspace_id"] = self.workspace_id
        field_dict["task"] = self.task
        field_dict["mode"] = self.mode
        field_dict["status"] = str(self.status)
        field_dict["participants"] = list(self.participants)
        field_dict["progress"] = self.progress.to_dict()
        if self.result is not None:
            field_dict["result"] = dict(self.result)
        if self.error is not None:
            field_dict["error"] = self.error
        if self.created_at is not None:
            field_dict["created_at"] = self.created_at.isoformat()
        if self.updated_at is not None:
            field_dict["updated_at"] = self.updated_at.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON payload; raises `PayloadError` naming the field that breaks the contract."""
        d = src_dict
        field = ""
        try:
            field = "collaboration_id"
            collaboration_id = d["collaboration_id"]
            field = "workspace_id"
            workspace_id = d["workspace_id"]
            field = "task"
            task = d["task"]
            field = "mode"
            mode = d["mode"]
            field = "status"
            status = parse_open_enum(_KNOWNCOLLABORATIONSTATE, d["status"])
            field = "participants"
            participants = as_list(d["participants"])
            field = "progress"
            progress = CollaborationProgress.from_dict(d["progress"])
            field = "result"
            result = d.get("result")
            if result is not None:
                result = as_dict(result)
            field = "error"
            error = d.get("error")
            field = "created_at"
            created_at = d.get("created_at")
            if created_at is not None:
                created_at = parse_datetime(created_at)
            field = "updated_at"
            updated_at = d.get("updated_at")
            if updated_at is not None:
                updated_at = parse_datetime(updated_at)
            field = ""
            collaboration = cls(
                collaboration_id,
                workspace_id,
                task,
                mode,
                status,
                participants,
                progress,
                result,
                error,
                created_at,
                updated_at,
            )
            if not d.keys() <= _KNOWN_FIELDS:
                collaboration.additional_properties = {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
        except PayloadError as error:
            raise error.inside("Collaboration", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("Collaboration", field, src_dict, error) from error
        return collaboration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models refer to each other: imported once the class exists (not on every call).
from ..models.collaboration_progress import CollaborationProgress  # noqa: E402
