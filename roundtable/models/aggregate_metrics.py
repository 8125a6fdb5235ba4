from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.collaboration_totals import CollaborationTotals
    from ..models.message_totals import MessageTotals
    from ..models.sandbox_totals import SandboxTotals


T = TypeVar("T", bound="AggregateMetrics")


@_attrs_define
class AggregateMetrics:
    """
    Attributes:
        workspace_id (str):
        sandboxes (SandboxTotals):
        messages (MessageTotals):
        collaborations (CollaborationTotals):
        timestamp (datetime.datetime):
    """

    workspace_id: str
    sandboxes: SandboxTotals
    messages: MessageTotals
    collaborations: CollaborationTotals
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        sandboxes = self.sandboxes.to_dict()

        messages = self.messages.to_dict()

        collaborations = self.collaborations.to_dict()

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "sandboxes": sandboxes,
                "messages": messages,
                "collaborations": collaborations,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collaboration_totals import CollaborationTotals  # noqa: PLC0415
        from ..models.message_totals import MessageTotals  # noqa: PLC0415
        from ..models.sandbox_totals import SandboxTotals  # noqa: PLC0415

        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        sandboxes = SandboxTotals.from_dict(d.pop("sandboxes"))

        messages = MessageTotals.from_dict(d.pop("messages"))

        collaborations = CollaborationTotals.from_dict(d.pop("collaborations"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        aggregate_metrics = cls(
            workspace_id=workspace_id,
            sandboxes=sandboxes,
            messages=messages,
            collaborations=collaborations,
            timestamp=timestamp,
        )

        aggregate_metrics.additional_properties = d
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
