from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_health_state import KnownHealthState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Health")


@_attrs_define
class Health:
    """
    Attributes:
        status (KnownHealthState | str): Known values `healthy`, `degraded`, `unhealthy`; other strings must be
            accepted.
        timestamp (datetime.datetime):
        version (str):
        database (str | Unset): `connected` or `disconnected`.
        message_bus (str | Unset): `connected` or `disconnected`.
    """

    status: KnownHealthState | str
    timestamp: datetime.datetime
    version: str
    database: str | Unset = UNSET
    message_bus: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, KnownHealthState):
            status = self.status.value
        else:
            status = self.status

        timestamp = self.timestamp.isoformat()

        version = self.version

        database = self.database

        message_bus = self.message_bus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "timestamp": timestamp,
                "version": version,
            }
        )
        if database is not UNSET:
            field_dict["database"] = database
        if message_bus is not UNSET:
            field_dict["message_bus"] = message_bus

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status(data: object) -> KnownHealthState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_health_state_type_0 = KnownHealthState(data)

                return componentsschemas_health_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownHealthState | str, data)

        status = _parse_status(d.pop("status"))

        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        version = d.pop("version")

        database = d.pop("database", UNSET)

        message_bus = d.pop("message_bus", UNSET)

        health = cls(
            status=status,
            timestamp=timestamp,
            version=version,
            database=database,
            message_bus=message_bus,
        )

        health.additional_properties = d
        return health

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
