from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_collaboration_state import KnownCollaborationState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collaboration_progress import CollaborationProgress
    from ..models.free_form_object import FreeFormObject


T = TypeVar("T", bound="Collaboration")


@_attrs_define
class Collaboration:
    """
    Attributes:
        collaboration_id (str): Opaque; `col_…` today.
        workspace_id (str):
        task (str):
        mode (str):
        status (KnownCollaborationState | str): Known values `initializing`, `running`, `completed`, `failed`; other
            strings must be accepted.
        participants (list[str]):
        progress (CollaborationProgress):
        result (FreeFormObject | None | Unset):
        error (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    collaboration_id: str
    workspace_id: str
    task: str
    mode: str
    status: KnownCollaborationState | str
    participants: list[str]
    progress: CollaborationProgress
    result: FreeFormObject | None | Unset = UNSET
    error: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415

        collaboration_id = self.collaboration_id

        workspace_id = self.workspace_id

        task = self.task

        mode = self.mode

        status: str
        if isinstance(self.status, KnownCollaborationState):
            status = self.status.value
        else:
            status = self.status

        participants = self.participants

        progress = self.progress.to_dict()

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, FreeFormObject):
            result = self.result.to_dict()
        else:
            result = self.result

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collaboration_id": collaboration_id,
                "workspace_id": workspace_id,
                "task": task,
                "mode": mode,
                "status": status,
                "participants": participants,
                "progress": progress,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collaboration_progress import CollaborationProgress  # noqa: PLC0415
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415

        d = dict(src_dict)
        collaboration_id = d.pop("collaboration_id")

        workspace_id = d.pop("workspace_id")

        task = d.pop("task")

        mode = d.pop("mode")

        def _parse_status(data: object) -> KnownCollaborationState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_collaboration_state_type_0 = KnownCollaborationState(
                    data
                )

                return componentsschemas_collaboration_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownCollaborationState | str, data)

        status = _parse_status(d.pop("status"))

        participants = cast(list[str], d.pop("participants"))

        progress = CollaborationProgress.from_dict(d.pop("progress"))

        def _parse_result(data: object) -> FreeFormObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = FreeFormObject.from_dict(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FreeFormObject | None | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        collaboration = cls(
            collaboration_id=collaboration_id,
            workspace_id=workspace_id,
            task=task,
            mode=mode,
            status=status,
            participants=participants,
            progress=progress,
            result=result,
            error=error,
            created_at=created_at,
            updated_at=updated_at,
        )

        collaboration.additional_properties = d
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
