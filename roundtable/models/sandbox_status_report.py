from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_sandbox_state import KnownSandboxState
from ..types import UNSET, Unset

T = TypeVar("T", bound="SandboxStatusReport")


@_attrs_define
class SandboxStatusReport:
    """
    Attributes:
        sandbox_id (str):
        status (KnownSandboxState | str): Known values: `provisioning` (after create), `running`, `stopped`, `error`.
            Other strings may appear and must be accepted.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        uptime_seconds (float | None | Unset): Seconds running; not sent by today's server.
    """

    sandbox_id: str
    status: KnownSandboxState | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    uptime_seconds: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sandbox_id = self.sandbox_id

        status: str
        if isinstance(self.status, KnownSandboxState):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        uptime_seconds: float | None | Unset
        if isinstance(self.uptime_seconds, Unset):
            uptime_seconds = UNSET
        else:
            uptime_seconds = self.uptime_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sandbox_id": sandbox_id,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if uptime_seconds is not UNSET:
            field_dict["uptime_seconds"] = uptime_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sandbox_id = d.pop("sandbox_id")

        def _parse_status(data: object) -> KnownSandboxState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_sandbox_state_type_0 = KnownSandboxState(data)

                return componentsschemas_sandbox_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownSandboxState | str, data)

        status = _parse_status(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_uptime_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        uptime_seconds = _parse_uptime_seconds(d.pop("uptime_seconds", UNSET))

        sandbox_status_report = cls(
            sandbox_id=sandbox_id,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            uptime_seconds=uptime_seconds,
        )

        sandbox_status_report.additional_properties = d
        return sandbox_status_report

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
