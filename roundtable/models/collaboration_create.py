from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.collaboration_mode import CollaborationMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_form_object import FreeFormObject


T = TypeVar("T", bound="CollaborationCreate")


@_attrs_define
class CollaborationCreate:
    """
    Attributes:
        task (str):
        participants (list[str]):
        mode (CollaborationMode | Unset):
        config (FreeFormObject | Unset): Any JSON object.
    """

    task: str
    participants: list[str]
    mode: CollaborationMode | Unset = UNSET
    config: FreeFormObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task = self.task

        participants = self.participants

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task": task,
                "participants": participants,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415

        d = dict(src_dict)
        task = d.pop("task")

        participants = cast(list[str], d.pop("participants"))

        _mode = d.pop("mode", UNSET)
        mode: CollaborationMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = CollaborationMode(_mode)

        _config = d.pop("config", UNSET)
        config: FreeFormObject | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = FreeFormObject.from_dict(_config)

        collaboration_create = cls(
            task=task,
            participants=participants,
            mode=mode,
            config=config,
        )

        collaboration_create.additional_properties = d
        return collaboration_create

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
