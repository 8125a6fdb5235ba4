from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentConfig")


@_attrs_define
class AgentConfig:
    """The agent a sandbox hosts. Omit a field to take its default; null is refused.

    Attributes:
        primary_agent (str): The agent role, e.g. `researcher`.
        model (str | Unset):  Default: 'gpt-4'.
        sub_agents (list[str] | Unset):
        max_tokens (int | Unset):  Default: 4096.
        temperature (float | Unset):  Default: 0.7.
    """

    primary_agent: str
    model: str | Unset = "gpt-4"
    sub_agents: list[str] | Unset = UNSET
    max_tokens: int | Unset = 4096
    temperature: float | Unset = 0.7
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary_agent = self.primary_agent

        model = self.model

        sub_agents: list[str] | Unset = UNSET
        if not isinstance(self.sub_agents, Unset):
            sub_agents = self.sub_agents

        max_tokens = self.max_tokens

        temperature = self.temperature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "primary_agent": primary_agent,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if sub_agents is not UNSET:
            field_dict["sub_agents"] = sub_agents
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        primary_agent = d.pop("primary_agent")

        model = d.pop("model", UNSET)

        sub_agents = cast(list[str], d.pop("sub_agents", UNSET))

        max_tokens = d.pop("max_tokens", UNSET)

        temperature = d.pop("temperature", UNSET)

        agent_config = cls(
            primary_agent=primary_agent,
            model=model,
            sub_agents=sub_agents,
            max_tokens=max_tokens,
            temperature=temperature,
        )

        agent_config.additional_properties = d
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
