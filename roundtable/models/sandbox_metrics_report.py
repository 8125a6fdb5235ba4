from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sandbox_resource_metrics import SandboxResourceMetrics


T = TypeVar("T", bound="SandboxMetricsReport")


@_attrs_define
class SandboxMetricsReport:
    """
    Attributes:
        sandbox_id (str):
        metrics (SandboxResourceMetrics):
    """

    sandbox_id: str
    metrics: SandboxResourceMetrics
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sandbox_id = self.sandbox_id

        metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sandbox_id": sandbox_id,
                "metrics": metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sandbox_resource_metrics import SandboxResourceMetrics  # noqa: PLC0415

        d = dict(src_dict)
        sandbox_id = d.pop("sandbox_id")

        metrics = SandboxResourceMetrics.from_dict(d.pop("metrics"))

        sandbox_metrics_report = cls(
            sandbox_id=sandbox_id,
            metrics=metrics,
        )

        sandbox_metrics_report.additional_properties = d
        return sandbox_metrics_report

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
