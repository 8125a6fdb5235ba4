from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PayloadError,
)

T = TypeVar("T", bound="CollaborationTotals")

_KNOWN_FIELDS = frozenset(
    {
        "active",
        "completed",
        "failed",
    }
)


@_attrs_define()
class CollaborationTotals:
    """
    Attributes:
        active (int | None)
        completed (int | None)
        failed (int | None)
    """

    active: int | None = None
    completed: int | None = None
    failed: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data (timestamps as ISO 8601 text with their offset)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.active is not None:
            field_dict["active"] = self.active
        if self.completed is not None:
            field_dict["completed"] = self.completed
        if self.failed is not None:
            field_dict["failed"] = self.failed
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON payload; raises `PayloadError` naming the field that breaks the contract."""
        d = src_dict
        field = ""
        try:
            field = "active"
            active = d.get("active")
            field = "completed"
            completed = d.get("completed")
            field = "failed"
            failed = d.get("failed")
            field = ""
            collaboration_totals = cls(
                active,
                completed,
                failed,
            )
            if not d.keys() <= _KNOWN_FIELDS:
                collaboration_totals.additional_properties = {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
        except PayloadError as error:
            raise error.inside("CollaborationTotals", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at(
                "CollaborationTotals", field, src_dict, error
            ) from error
        return collaboration_totals

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
