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
from ._derived import AggregateMetricsDerived

T = TypeVar("T", bound="AggregateMetrics")

_KNOWN_FIELDS = frozenset(
    {
        "workspace_id",
        "sandboxes",
        "messages",
        "collaborations",
        "timestamp",
    }
)


@_attrs_define()
class AggregateMetrics(AggregateMetricsDerived):
    """
    Attributes:
        workspace_id (str)
        sandboxes (SandboxTotals)
        messages (MessageTotals)
        collaborations (CollaborationTotals)
        timestamp (datetime.datetime)
    """

    workspace_id: str
    sandboxes: SandboxTotals
    messages: MessageTotals
    collaborations: CollaborationTotals
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data (timestamps as ISO 8601 text with their offset)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["workspace_id"] = self.workspace_id
        field_dict["sandboxes"] = self.sandboxes.to_dict()
        field_dict["messages"] = self.messages.to_dict()
        field_dict["collaborations"] = self.collaborations.to_dict()
        field_dict["timestamp"] = self.timestamp.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON payload; raises `PayloadError` naming the field that breaks the contract."""
        d = src_dict
        field = ""
        try:
            field = "workspace_id"
            workspace_id = d["workspace_id"]
            field = "sandboxes"
            sandboxes = SandboxTotals.from_dict(d["sandboxes"])
            field = "messages"
            messages = MessageTotals.from_dict(d["messages"])
            field = "collaborations"
            collaborations = CollaborationTotals.from_dict(d["collaborations"])
            field = "timestamp"
            timestamp = parse_datetime(d["timestamp"])
            field = ""
            aggregate_metrics = cls(
                workspace_id,
                sandboxes,
                messages,
                collaborations,
                timestamp,
            )
            if not d.keys() <= _KNOWN_FIELDS:
                aggregate_metrics.additional_properties = {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
        except PayloadError as error:
            raise error.inside("AggregateMetrics", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("AggregateMetrics", field, src_dict, error) from error
        return aggregate_metrics

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
from ..models.collaboration_totals import CollaborationTotals  # noqa: E402
from ..models.message_totals import MessageTotals  # noqa: E402
from ..models.sandbox_totals import SandboxTotals  # noqa: E402
