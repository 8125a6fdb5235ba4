from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import lacking, scalar, wrong_scalar
from ..types import (
    PayloadError,
    extras_key,
)

T = TypeVar("T", bound="SandboxCreate")

_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "agent_config",
        "description",
        "resource_limits",
    }
)


@_attrs_define()
class SandboxCreate:
    """
    Attributes:
        name (str): The `name` of the payload.
        agent_config (AgentConfig): The agent a sandbox hosts. Omit a field to take its default; null is refused.
        description (str | None): Accepted and ignored by today's server.
        resource_limits (ResourceLimits | None): Requested limits; today's server applies its defaults whatever is sent.
    """

    name: str
    agent_config: AgentConfig
    description: str | None = None
    resource_limits: ResourceLimits | None = None
    # Properties the contract does not name (a newer server's); made on first use, since
    # almost every object has none (an empty dict per object is a tenth of its parse time).
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=extras_key
    )

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Properties the contract does not name yet, as the server sent them."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data (timestamps as ISO 8601 text with their offset)."""
        field_dict: dict[str, Any] = dict(self._additional_properties or ())
        field_dict["name"] = self.name
        field_dict["agent_config"] = self.agent_config.to_dict()
        if self.description is not None:
            field_dict["description"] = self.description
        if self.resource_limits is not None:
            field_dict["resource_limits"] = self.resource_limits.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON payload; raises `PayloadError` naming the field that breaks the contract."""
        d = src_dict
        # Set before each conversion only: a missing key names itself (`KeyError`).
        field = ""
        # Known keys that `d` lacks: with them, `len(d)` tells whether `d` holds unknown keys
        # (cheaper than comparing key sets on every object). Servers send optional keys as
        # null rather than leave them out, so indexing is the fast path (`d.get` costs twice
        # as much) and a missing key the slow one.
        absent = 0
        try:
            field = "name"
            name = d["name"]
            name = name if name.__class__ is str else wrong_scalar(name, str)
            field = "agent_config"
            agent_config = d["agent_config"]
            agent_config = AgentConfig.from_dict(agent_config)
            field = "description"
            try:
                description = d["description"]
            except KeyError:
                description = None
                absent += 1
            if description is not None:
                description = (
                    description
                    if description.__class__ is str
                    else wrong_scalar(description, str)
                )
            field = "resource_limits"
            try:
                resource_limits = d["resource_limits"]
            except KeyError:
                resource_limits = None
                absent += 1
            if resource_limits is not None:
                resource_limits = ResourceLimits.from_dict(resource_limits)
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.name = name
            _built.agent_config = agent_config
            _built.description = description
            _built.resource_limits = resource_limits
            _built._additional_properties = (
                None
                if len(d) + absent == 4
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("SandboxCreate", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("SandboxCreate", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "SandboxCreate"
    ) -> T | None:
        """`from_dict` for a payload that breaks the contract (roundtable/_lenient.py): each
        value that does not fit is None, or converted without loss, and noted in `_problems`
        with its place; a payload that is not a JSON object is None."""
        if not isinstance(_d, Mapping):
            _problems.append(
                f"{_where}: expected a JSON object, got {type(_d).__name__}"
            )
            return None
        if "name" not in _d and "agent_config" not in _d:
            # Not this model at all (an error body, another route's answer): nothing to read.
            _problems.append(f"{_where}: none of its fields")
            return None
        name = _d.get("name")
        if name is None:
            lacking(_d, "name", _problems, _where + ".name")
        else:
            name = scalar(name, str, _problems, _where + ".name")
        agent_config = _d.get("agent_config")
        if agent_config is None:
            lacking(_d, "agent_config", _problems, _where + ".agent_config")
        else:
            agent_config = AgentConfig._lenient(
                agent_config, _problems, _where + ".agent_config"
            )
        description = _d.get("description")
        if description is not None:
            description = scalar(description, str, _problems, _where + ".description")
        resource_limits = _d.get("resource_limits")
        if resource_limits is not None:
            resource_limits = ResourceLimits._lenient(
                resource_limits, _problems, _where + ".resource_limits"
            )
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.name = name
        _built.agent_config = agent_config
        _built.description = description
        _built.resource_limits = resource_limits
        _extras = {key: value for key, value in _d.items() if key not in _KNOWN_FIELDS}
        _built._additional_properties = _extras or None
        return _made

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
from ..models.agent_config import AgentConfig  # noqa: E402
from ..models.resource_limits import ResourceLimits  # noqa: E402
