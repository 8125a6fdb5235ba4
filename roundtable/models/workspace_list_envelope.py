from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_form_object import FreeFormObject
    from ..models.workspace_list import WorkspaceList


T = TypeVar("T", bound="WorkspaceListEnvelope")


@_attrs_define
class WorkspaceListEnvelope:
    """
    Attributes:
        success (bool):
        data (WorkspaceList):
        meta (FreeFormObject | None | Unset): Always null today.
        message (str | Unset):
    """

    success: bool
    data: WorkspaceList
    meta: FreeFormObject | None | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415

        success = self.success

        data = self.data.to_dict()

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, FreeFormObject):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.free_form_object import FreeFormObject  # noqa: PLC0415
        from ..models.workspace_list import WorkspaceList  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        data = WorkspaceList.from_dict(d.pop("data"))

        def _parse_meta(data: object) -> FreeFormObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_envelope_meta_type_0 = FreeFormObject.from_dict(data)

                return componentsschemas_envelope_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FreeFormObject | None | Unset, data)

        meta = _parse_meta(d.pop("meta", UNSET))

        message = d.pop("message", UNSET)

        workspace_list_envelope = cls(
            success=success,
            data=data,
            meta=meta,
            message=message,
        )

        workspace_list_envelope.additional_properties = d
        return workspace_list_envelope

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
