from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    PayloadError,
    as_list,
)

T = TypeVar("T", bound="AgentConfig")

_KNOWN_FIELDS = frozenset(
    {
        "primary_agent",
        "model",
        "sub_agents",
        "max_tokens",
        "temperature",
    }
)


@_attrs_define()
class AgentConfig:
    """The agent a sandbox hosts. Omit a field to take its default; null is refused.

    Attributes:
        primary_agent (str): The agent role, e.g. `researcher`.
        model (str | None)
        sub_agents (list[str] | None)
        max_tokens (int | None)
        temperature (float | None)
    """

    primary_agent: str
    model: str | None = None
    sub_agents: list[str] | None = None
    max_tokens: int | None = None
    temperature: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data (timestamps as ISO 8601 text with their offset)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["primary_agent"] = self.primary_agent
        if self.model is not None:
            field_dict["model"] = self.model
        if self.sub_agents is not None:
            field_dict["sub_agents"] = list(self.sub_agents)
        if self.max_tokens is not None:
            field_dict["max_tokens"] = self.max_tokens
        if self.temperature is not None:
            field_dict["temperature"] = self.temperature
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON payload; raises `PayloadError` naming the field that breaks the contract."""
        d = src_dict
        field = ""
        try:
            field = "primary_agent"
            primary_agent = d["primary_agent"]
            field = "model"
            model = d.get("model")
            field = "sub_agents"
            sub_agents = d.get("sub_agents")
            if sub_agents is not None:
                sub_agents = as_list(sub_agents)
            field = "max_tokens"
            max_tokens = d.get("max_tokens")
            field = "temperature"
            temperature = d.get("temperature")
            field = ""
            agent_config = cls(
                primary_agent,
                model,
                sub_agents,
                max_tokens,
                temperature,
            )
            if not d.keys() <= _KNOWN_FIELDS:
                agent_config.additional_properties = {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
        except PayloadError as error:
            raise error.inside("AgentConfig", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("AgentConfig", field, src_dict, error) from error
        return agent_config

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
