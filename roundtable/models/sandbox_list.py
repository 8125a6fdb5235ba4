from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sandbox_summary import SandboxSummary


T = TypeVar("T", bound="SandboxList")


@_attrs_define
class SandboxList:
    """
    Attributes:
        sandboxes (list[SandboxSummary]):
        count (int):
        offset (int):
        limit (int):
    """

    sandboxes: list[SandboxSummary]
    count: int
    offset: int
    limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sandboxes = []
        for sandboxes_item_data in self.sandboxes:
            sandboxes_item = sandboxes_item_data.to_dict()
            sandboxes.append(sandboxes_item)

        count = self.count

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sandboxes": sandboxes,
                "count": count,
                "offset": offset,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sandbox_summary import SandboxSummary  # noqa: PLC0415

        d = dict(src_dict)
        sandboxes = []
        _sandboxes = d.pop("sandboxes")
        for sandboxes_item_data in _sandboxes:
            sandboxes_item = SandboxSummary.from_dict(sandboxes_item_data)

            sandboxes.append(sandboxes_item)

        count = d.pop("count")

        offset = d.pop("offset")

        limit = d.pop("limit")

        sandbox_list = cls(
            sandboxes=sandboxes,
            count=count,
            offset=offset,
            limit=limit,
        )

        sandbox_list.additional_properties = d
        return sandbox_list

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
