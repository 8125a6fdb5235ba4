from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemInfo")


@_attrs_define
class SystemInfo:
    """
    Attributes:
        name (str):
        version (str):
        environment (str):
        authenticated (bool):
        description (str | Unset):
        python_version (str | Unset):
        platform (str | Unset):
        user_id (str | Unset):
        email (str | Unset):
    """

    name: str
    version: str
    environment: str
    authenticated: bool
    description: str | Unset = UNSET
    python_version: str | Unset = UNSET
    platform: str | Unset = UNSET
    user_id: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        environment = self.environment

        authenticated = self.authenticated

        description = self.description

        python_version = self.python_version

        platform = self.platform

        user_id = self.user_id

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "version": version,
                "environment": environment,
                "authenticated": authenticated,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if python_version is not UNSET:
            field_dict["python_version"] = python_version
        if platform is not UNSET:
            field_dict["platform"] = platform
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        version = d.pop("version")

        environment = d.pop("environment")

        authenticated = d.pop("authenticated")

        description = d.pop("description", UNSET)

        python_version = d.pop("python_version", UNSET)

        platform = d.pop("platform", UNSET)

        user_id = d.pop("user_id", UNSET)

        email = d.pop("email", UNSET)

        system_info = cls(
            name=name,
            version=version,
            environment=environment,
            authenticated=authenticated,
            description=description,
            python_version=python_version,
            platform=platform,
            user_id=user_id,
            email=email,
        )

        system_info.additional_properties = d
        return system_info

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
