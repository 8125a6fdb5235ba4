from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkIO")


@_attrs_define
class NetworkIO:
    """
    Attributes:
        bytes_sent (int | Unset):
        bytes_received (int | Unset):
    """

    bytes_sent: int | Unset = UNSET
    bytes_received: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bytes_sent = self.bytes_sent

        bytes_received = self.bytes_received

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bytes_sent is not UNSET:
            field_dict["bytes_sent"] = bytes_sent
        if bytes_received is not UNSET:
            field_dict["bytes_received"] = bytes_received

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bytes_sent = d.pop("bytes_sent", UNSET)

        bytes_received = d.pop("bytes_received", UNSET)

        network_io = cls(
            bytes_sent=bytes_sent,
            bytes_received=bytes_received,
        )

        network_io.additional_properties = d
        return network_io

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
