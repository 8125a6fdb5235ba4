from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_settings_collaboration_policy import (
        WorkspaceSettingsCollaborationPolicy,
    )


T = TypeVar("T", bound="WorkspaceSettings")


@_attrs_define
class WorkspaceSettings:
    """A workspace's settings; omitted fields take their defaults.

    Attributes:
        max_sandboxes (int | Unset):  Default: 10.
        auto_cleanup (bool | Unset):  Default: True.
        retention_days (int | Unset):  Default: 30.
        collaboration_policy (WorkspaceSettingsCollaborationPolicy | Unset): Free-form policy; `{}` when unset.
    """

    max_sandboxes: int | Unset = 10
    auto_cleanup: bool | Unset = True
    retention_days: int | Unset = 30
    collaboration_policy: WorkspaceSettingsCollaborationPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_sandboxes = self.max_sandboxes

        auto_cleanup = self.auto_cleanup

        retention_days = self.retention_days

        collaboration_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collaboration_policy, Unset):
            collaboration_policy = self.collaboration_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_sandboxes is not UNSET:
            field_dict["max_sandboxes"] = max_sandboxes
        if auto_cleanup is not UNSET:
            field_dict["auto_cleanup"] = auto_cleanup
        if retention_days is not UNSET:
            field_dict["retention_days"] = retention_days
        if collaboration_policy is not UNSET:
            field_dict["collaboration_policy"] = collaboration_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace_settings_collaboration_policy import (
            WorkspaceSettingsCollaborationPolicy,  # noqa: PLC0415
        )

        d = dict(src_dict)
        max_sandboxes = d.pop("max_sandboxes", UNSET)

        auto_cleanup = d.pop("auto_cleanup", UNSET)

        retention_days = d.pop("retention_days", UNSET)

        _collaboration_policy = d.pop("collaboration_policy", UNSET)
        collaboration_policy: WorkspaceSettingsCollaborationPolicy | Unset
        if isinstance(_collaboration_policy, Unset):
            collaboration_policy = UNSET
        else:
            collaboration_policy = WorkspaceSettingsCollaborationPolicy.from_dict(
                _collaboration_policy
            )

        workspace_settings = cls(
            max_sandboxes=max_sandboxes,
            auto_cleanup=auto_cleanup,
            retention_days=retention_days,
            collaboration_policy=collaboration_policy,
        )

        workspace_settings.additional_properties = d
        return workspace_settings

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
