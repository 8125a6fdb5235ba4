from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PayloadError,
    parse_datetime,
)
from ._derived import CollaborationProgressDerived

T = TypeVar("T", bound="CollaborationProgress")

_KNOWN_FIELDS = frozenset(
    {
        "current_step",
        "total_steps",
        "percentage",
        "status_message",
        "last_update",
    }
)


@_attrs_define()
class CollaborationProgress(CollaborationProgressDerived):
    """
    Attributes:
        current_step (int)
        total_steps (int)
        percentage (float)
        status_message (str | None)
        last_update (datetime.datetime | None)
    """

    current_step: int
    total_steps: int
    percentage: float
    status_message: str | None = None
    last_update: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data (timestamps as ISO 8601 text with their offset)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["current_step"] = self.current_step
        field_dict["total_steps"] = self.total_steps
        field_dict["percentage"] = self.percentage
        if self.status_message is not None:
            field_dict["status_message"] = self.status_message
        if self.last_update is not None:
            field_dict["last_update"] = self.last_update.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON payload; raises `PayloadError` naming the field that breaks the contract."""
        d = src_dict
        field = ""
        try:
            field = "current_step"
            current_step = d["current_step"]
            field = "total_steps"
            total_steps = d["total_steps"]
            field = "percentage"
            percentage = d["percentage"]
            field = "status_message"
            status_message = d.get("status_message")
            field = "last_update"
            last_update = d.get("last_update")
            if last_update is not None:
                last_update = parse_datetime(last_update)
            field = ""
            collaboration_progress = cls(
                current_step,
                total_steps,
                percentage,
                status_message,
                last_update,
            )
            if not d.keys() <= _KNOWN_FIELDS:
                collaboration_progress.additional_properties = {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
        except PayloadError as error:
            raise error.inside("CollaborationProgress", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at(
                "CollaborationProgress", field, src_dict, error
            ) from error
        return collaboration_progress

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
