from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.count_by_key import CountByKey


T = TypeVar("T", bound="MessageTotals")


@_attrs_define
class MessageTotals:
    """
    Attributes:
        total (int):
        by_type (CountByKey | Unset):
        by_status (CountByKey | Unset):
    """

    total: int
    by_type: CountByKey | Unset = UNSET
    by_status: CountByKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        by_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.by_type, Unset):
            by_type = self.by_type.to_dict()

        by_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.by_status, Unset):
            by_status = self.by_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if by_type is not UNSET:
            field_dict["by_type"] = by_type
        if by_status is not UNSET:
            field_dict["by_status"] = by_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.count_by_key import CountByKey  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        _by_type = d.pop("by_type", UNSET)
        by_type: CountByKey | Unset
        if isinstance(_by_type, Unset):
            by_type = UNSET
        else:
            by_type = CountByKey.from_dict(_by_type)

        _by_status = d.pop("by_status", UNSET)
        by_status: CountByKey | Unset
        if isinstance(_by_status, Unset):
            by_status = UNSET
        else:
            by_status = CountByKey.from_dict(_by_status)

        message_totals = cls(
            total=total,
            by_type=by_type,
            by_status=by_status,
        )

        message_totals.additional_properties = d
        return message_totals

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
