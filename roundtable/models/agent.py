from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._lenient import items, lacking, leniently, scalar, wrong_scalar
from ..models.known_sandbox_state import KnownSandboxState
from ..types import (
    PayloadError,
    as_list,
    extras_key,
    parse_datetime,
    parse_open_enum,
    recent_datetimes,
)
from ._derived import AgentDerived

T = TypeVar("T", bound="Agent")

_KNOWNSANDBOXSTATE = {member.value: member for member in KnownSandboxState}
_new = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "sandbox_id",
        "name",
        "status",
        "primary_agent",
        "model",
        "capabilities",
        "created_at",
    }
)


@_attrs_define()
class Agent(AgentDerived):
    """The agent a sandbox hosts, as the directory lists it.

    Attributes:
        sandbox_id (str): Its sandbox.
        name (str): The sandbox's name.
        status (KnownSandboxState | str): Known values: `provisioning` (after create), `running`, `stopped`, `error`.
            Other strings may appear and must be accepted.
        primary_agent (str): Its role (`agent_type` too).
        model (str | None): The model it runs on.
        capabilities (list[str] | None): What it can do, as the server names it.
        created_at (datetime.datetime | None): When its sandbox was created.
    """

    sandbox_id: str
    name: str
    status: KnownSandboxState | str
    primary_agent: str
    model: str | None = None
    capabilities: list[str] | None = None
    created_at: datetime.datetime | None = None
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
        field_dict["sandbox_id"] = self.sandbox_id
        field_dict["name"] = self.name
        field_dict["status"] = str(self.status)
        field_dict["primary_agent"] = self.primary_agent
        if self.model is not None:
            field_dict["model"] = self.model
        if self.capabilities is not None:
            field_dict["capabilities"] = list(self.capabilities)
        if self.created_at is not None:
            field_dict["created_at"] = self.created_at.isoformat()
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
            field = "sandbox_id"
            sandbox_id = d["sandbox_id"]
            sandbox_id = (
                sandbox_id
                if sandbox_id.__class__ is str
                else wrong_scalar(sandbox_id, str)
            )
            field = "name"
            name = d["name"]
            name = name if name.__class__ is str else wrong_scalar(name, str)
            field = "status"
            status = d["status"]
            status = _KNOWNSANDBOXSTATE.get(status) or parse_open_enum(
                _KNOWNSANDBOXSTATE, status
            )
            field = "primary_agent"
            primary_agent = d["primary_agent"]
            primary_agent = (
                primary_agent
                if primary_agent.__class__ is str
                else wrong_scalar(primary_agent, str)
            )
            field = "model"
            try:
                model = d["model"]
            except KeyError:
                model = None
                absent += 1
            if model is not None:
                model = model if model.__class__ is str else wrong_scalar(model, str)
            field = "capabilities"
            try:
                capabilities = d["capabilities"]
            except KeyError:
                capabilities = None
                absent += 1
            if capabilities is not None:
                capabilities = [
                    (item0 if item0.__class__ is str else wrong_scalar(item0, str))
                    for item0 in as_list(capabilities)
                ]
            field = "created_at"
            try:
                created_at = d["created_at"]
            except KeyError:
                created_at = None
                absent += 1
            if created_at is not None:
                created_at = recent_datetimes.get(created_at) or parse_datetime(
                    created_at
                )
            field = ""
            # Built without calling `__init__`, which only assigns the fields (no validator,
            # converter or post-init; tests/test_result_models.py checks): a seventh of a
            # list's parse time.
            # (`_built`, not the module's name: a field may be called that, e.g. AccessToken's.)
            _built = _new(cls)
            _built.sandbox_id = sandbox_id
            _built.name = name
            _built.status = status
            _built.primary_agent = primary_agent
            _built.model = model
            _built.capabilities = capabilities
            _built.created_at = created_at
            _built._additional_properties = (
                None
                if len(d) + absent == 7
                else {
                    key: value for key, value in d.items() if key not in _KNOWN_FIELDS
                }
            )
        except PayloadError as error:
            raise error.inside("Agent", field) from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
            raise PayloadError.at("Agent", field, src_dict, error) from error
        return _built

    @classmethod
    def _lenient(
        cls: type[T], _d: Any, _problems: list[str], _where: str = "Agent"
    ) -> T | None:
        """`from_dict` for a payload that breaks the contract (roundtable/_lenient.py): each
        value that does not fit is None, or converted without loss, and noted in `_problems`
        with its place; a payload that is not a JSON object is None."""
        if not isinstance(_d, Mapping):
            _problems.append(
                f"{_where}: expected a JSON object, got {type(_d).__name__}"
            )
            return None
        if (
            "sandbox_id" not in _d
            and "name" not in _d
            and "status" not in _d
            and "primary_agent" not in _d
        ):
            # Not this model at all (an error body, another route's answer): nothing to read.
            _problems.append(f"{_where}: none of its fields")
            return None
        sandbox_id = _d.get("sandbox_id")
        if sandbox_id is None:
            lacking(_d, "sandbox_id", _problems, _where + ".sandbox_id")
        else:
            sandbox_id = scalar(sandbox_id, str, _problems, _where + ".sandbox_id")
        name = _d.get("name")
        if name is None:
            lacking(_d, "name", _problems, _where + ".name")
        else:
            name = scalar(name, str, _problems, _where + ".name")
        status = _d.get("status")
        if status is None:
            lacking(_d, "status", _problems, _where + ".status")
        else:
            status = leniently(
                lambda: (
                    _KNOWNSANDBOXSTATE.get(status)
                    or parse_open_enum(_KNOWNSANDBOXSTATE, status)
                ),
                _problems,
                _where + ".status",
            )
        primary_agent = _d.get("primary_agent")
        if primary_agent is None:
            lacking(_d, "primary_agent", _problems, _where + ".primary_agent")
        else:
            primary_agent = scalar(
                primary_agent, str, _problems, _where + ".primary_agent"
            )
        model = _d.get("model")
        if model is not None:
            model = scalar(model, str, _problems, _where + ".model")
        capabilities = _d.get("capabilities")
        if capabilities is not None:
            capabilities = items(
                capabilities,
                lambda item0, at0: scalar(item0, str, _problems, at0),
                _problems,
                _where + ".capabilities",
            )
        created_at = _d.get("created_at")
        if created_at is not None:
            created_at = leniently(
                lambda: recent_datetimes.get(created_at) or parse_datetime(created_at),
                _problems,
                _where + ".created_at",
            )
        _made: T = _new(cls)
        _built: Any = (
            _made  # typed loosely: a value the contract promises may be None here
        )
        _built.sandbox_id = sandbox_id
        _built.name = name
        _built.status = status
        _built.primary_agent = primary_agent
        _built.model = model
        _built.capabilities = capabilities
        _built.created_at = created_at
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
