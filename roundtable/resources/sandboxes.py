"""`client.sandboxes`: the sandboxes of a workspace, their lifecycle and metrics."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from typing import TYPE_CHECKING, Any

from ..api import (
    create_sandbox,
    delete_sandbox,
    get_sandbox,
    get_sandbox_logs,
    get_sandbox_metrics,
    get_sandbox_status,
    list_sandboxes,
    start_sandbox,
    stop_sandbox,
    update_sandbox_config,
)
from ..models.agent_config import AgentConfig
from ..models.free_form_object import FreeFormObject
from ..models.known_sandbox_state import KnownSandboxState
from ..models.resource_limits import ResourceLimits
from ..models.sandbox import Sandbox
from ..models.sandbox_create import SandboxCreate
from ..models.sandbox_list import SandboxList
from ..models.sandbox_logs import SandboxLogs
from ..models.sandbox_metrics import SandboxMetrics
from ..models.sandbox_status import SandboxStatus
from ..models.sandbox_summary import SandboxSummary
from ..params import AgentConfigParam, ResourceLimitsParam
from ..types import path_segment
from ._base import (
    Resource,
    json_object,
    model_argument,
    payload_object,
    query,
    request_body,
)
from ._pages import checked_page_size, paginate
from ._wait import DEFAULT_WAIT_TIMEOUT, FIRST_INTERVAL, poll

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import PostOptions, RequestOptions


class Sandboxes(Resource["SandboxesWithRawResponse"]):
    """`client.sandboxes`: the agents' sandboxes of a workspace, their lifecycle, status,
    metrics and logs."""

    __slots__ = ()

    async def create(
        self,
        workspace_id: str,
        name: str,
        agent_config: AgentConfig | AgentConfigParam,
        description: str | None = None,
        resource_limits: ResourceLimits | ResourceLimitsParam | None = None,
        **options: Unpack[PostOptions],
    ) -> Sandbox:
        """Create a sandbox in a workspace; it starts as `provisioning`.

        Example:

            sandbox = await client.sandboxes.create(
                workspace.workspace_id, "Researcher", {"primary_agent": "researcher"}
            )

        Args:
            workspace_id: The workspace's id (`ws_...`).
            name: 1 to 100 characters.
            agent_config: `AgentConfig` or a dict with at least `primary_agent`
                (also `model`, `temperature`, `max_tokens`, `tools`, `system_prompt`, ...).
            description: Free text, or None.
            resource_limits: `ResourceLimits` or a dict (`max_memory_mb`, `max_cpu_cores`,
                `max_disk_gb`, `timeout_seconds`); None for the defaults.
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                and `idempotency_key` (see `PostOptions`).

        Returns:
            The new `Sandbox`.

        Raises:
            NotFoundError: No such workspace, or it is another user's (404).
            ConflictError: The workspace has `max_sandboxes` already (409), where the server
                enforces it (today's only stores the setting).
            ValidationError: The server refused a field (422).
            InvalidRequestError: `agent_config` or `resource_limits` is not a dict.
            InvalidRequestError: `workspace_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        body = request_body(
            SandboxCreate,
            options,
            name=name,
            agent_config=model_argument(AgentConfig, agent_config, "agent_config"),
            description=description,
            resource_limits=None
            if resource_limits is None
            else model_argument(ResourceLimits, resource_limits, "resource_limits"),
        )
        return await self._requester.call(
            create_sandbox, create_sandbox.build(workspace_id, body=body), options
        )

    async def list(
        self,
        workspace_id: str,
        limit: int | None = None,
        offset: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SandboxList:
        """One page of a workspace's sandboxes.

        Example:

            page = await client.sandboxes.list(workspace.workspace_id, limit=20)
            for summary in page.sandboxes:
                print(summary.name, summary.status)

        Args:
            workspace_id: The workspace's id (`ws_...`).
            limit: Items per page, 1 to 100.
            offset: Items to skip.
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Returns:
            A `SandboxList` (`.sandboxes`, `.count`, `.offset`, `.limit`).

        Raises:
            NotFoundError: No such workspace, or it is another user's (404).
            ValidationError: `limit` or `offset` out of range (422).
            InvalidRequestError: `workspace_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return await self._requester.call(
            list_sandboxes,
            list_sandboxes.build(workspace_id, limit=query(limit), offset=query(offset)),
            options,
        )

    def iterate(
        self, workspace_id: str, page_size: int = 100, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[SandboxSummary]:
        """Every sandbox of a workspace, fetching `page_size` at a time.

        Today's Round Table server lists only the first 100 sandboxes of a workspace: an
        iteration ending at exactly 100 logs a warning that there may be more.

        Example:

            async for summary in client.sandboxes.iterate(workspace.workspace_id):
                print(summary.name, summary.status)

        Args:
            workspace_id: The workspace's id (`ws_...`).
            page_size: Items per request, 1 to 100.
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Yields:
            `SandboxSummary` items.

        Raises:
            InvalidRequestError: `page_size` out of range, or a bad `workspace_id` (at once).
            APIError: A page failed, as for `list`.
        """
        path_segment(workspace_id, "workspace_id")  # refused now, not at the first step

        async def page(limit: int, offset: int) -> list[SandboxSummary]:
            return (await self.list(workspace_id, limit=limit, offset=offset, **options)).sandboxes

        return paginate(page, checked_page_size(page_size), "sandboxes.iterate()")

    async def get(self, sandbox_id: str, **options: Unpack[RequestOptions]) -> Sandbox:
        """A sandbox by id.

        Example:

            fetched = await client.sandboxes.get(sandbox.sandbox_id)
            print(fetched.name, fetched.status)

        Args:
            sandbox_id: The sandbox's id (`sb_...`).
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Returns:
            The `Sandbox`.

        Raises:
            NotFoundError: No such sandbox (404).
            PermissionDeniedError: The sandbox is another user's (403).
            InvalidRequestError: `sandbox_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return await self._requester.call(get_sandbox, get_sandbox.build(sandbox_id), options)

    async def start(self, sandbox_id: str, **options: Unpack[PostOptions]) -> Sandbox:
        """Start a sandbox (at once `running`; starting a running one changes nothing).

        Example:

            await client.sandboxes.start(sandbox.sandbox_id)
            ready = await client.sandboxes.wait_for_status(sandbox.sandbox_id, "running")

        Args:
            sandbox_id: The sandbox's id (`sb_...`).
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                and `idempotency_key` (see `PostOptions`).

        Returns:
            The `Sandbox`, now running.

        Raises:
            NotFoundError: No such sandbox (404).
            PermissionDeniedError: The sandbox is another user's (403).
            InvalidRequestError: `sandbox_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return await self._requester.call(start_sandbox, start_sandbox.build(sandbox_id), options)

    async def stop(self, sandbox_id: str, **options: Unpack[PostOptions]) -> Sandbox:
        """Stop a sandbox.

        Example:

            stopped = await client.sandboxes.stop(sandbox.sandbox_id)
            print(stopped.status)

        Args:
            sandbox_id: The sandbox's id (`sb_...`).
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                and `idempotency_key` (see `PostOptions`).

        Returns:
            The `Sandbox`, now stopped.

        Raises:
            NotFoundError: No such sandbox (404).
            PermissionDeniedError: The sandbox is another user's (403).
            InvalidRequestError: `sandbox_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return await self._requester.call(stop_sandbox, stop_sandbox.build(sandbox_id), options)

    async def status(self, sandbox_id: str, **options: Unpack[RequestOptions]) -> SandboxStatus:
        """A sandbox's status: `.status`, and `.uptime` in seconds while it runs.

        On today's server the uptime is counted from the last `start` (a second `start` of
        a running sandbox starts it again near 0).

        Example:

            state = await client.sandboxes.status(sandbox.sandbox_id)
            print(state.status, state.uptime)

        Args:
            sandbox_id: The sandbox's id (`sb_...`).
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Returns:
            Its `SandboxStatus`.

        Raises:
            NotFoundError: No such sandbox (404).
            PermissionDeniedError: The sandbox is another user's (403).
            InvalidRequestError: `sandbox_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return await self._requester.call(
            get_sandbox_status, get_sandbox_status.build(sandbox_id), options
        )

    async def metrics(self, sandbox_id: str, **options: Unpack[RequestOptions]) -> SandboxMetrics:
        """A sandbox's resource use and message counts (`None` on today's server).

        Example:

            usage = await client.sandboxes.metrics(sandbox.sandbox_id)
            print(usage.metrics.cpu_usage, usage.metrics.memory_usage_mb)

        Args:
            sandbox_id: The sandbox's id (`sb_...`).
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Returns:
            Its `SandboxMetrics`.

        Raises:
            NotFoundError: No such sandbox (404).
            PermissionDeniedError: The sandbox is another user's (403).
            InvalidRequestError: `sandbox_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return await self._requester.call(
            get_sandbox_metrics, get_sandbox_metrics.build(sandbox_id), options
        )

    async def logs(
        self,
        sandbox_id: str,
        limit: int | None = None,
        offset: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SandboxLogs:
        """One page of a sandbox's log (empty on today's server).

        Example:

            page = await client.sandboxes.logs(sandbox.sandbox_id, limit=50)
            for entry in page.logs:
                print(entry)

        Args:
            sandbox_id: The sandbox's id (`sb_...`).
            limit: Entries per page, 1 to 1000.
            offset: Entries to skip.
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Returns:
            Its `SandboxLogs`.

        Raises:
            NotFoundError: No such sandbox (404).
            PermissionDeniedError: The sandbox is another user's (403).
            InvalidRequestError: `sandbox_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return await self._requester.call(
            get_sandbox_logs,
            get_sandbox_logs.build(sandbox_id, limit=query(limit), offset=query(offset)),
            options,
        )

    async def update_config(
        self, sandbox_id: str, config: Mapping[str, Any], **options: Unpack[PostOptions]
    ) -> dict[str, Any]:
        """Send configuration to a sandbox.

        Example:

            config = await client.sandboxes.update_config(sandbox.sandbox_id, {"temperature": 0.2})

        Args:
            sandbox_id: The sandbox's id (`sb_...`).
            config: Any JSON object.
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                and `idempotency_key` (see `PostOptions`).

        Returns:
            The configuration as the server accepted it (today's server echoes it back).

        Raises:
            NotFoundError: No such sandbox (404).
            PermissionDeniedError: The sandbox is another user's (403).
            InvalidRequestError: `config` is not a JSON object.
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        body = FreeFormObject.from_dict(json_object(config, "config"))
        return await self._requester.call_as(
            update_sandbox_config,
            update_sandbox_config.build(sandbox_id, body=body),
            payload_object,
            options,
        )

    async def wait_for_status(
        self,
        sandbox_id: str,
        status: KnownSandboxState | str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        interval: float = FIRST_INTERVAL,
        on_poll: Callable[[SandboxStatus], object] | None = None,
    ) -> SandboxStatus:
        """Poll a sandbox's status until it is `status`, and return it.

        Polls at once; cancellable at any time.

        Example:

            ready = await client.sandboxes.wait_for_status(
                sandbox.sandbox_id, "running", timeout=60, on_poll=lambda s: print(s.status)
            )

        Args:
            sandbox_id: The sandbox's id (`sb_...`).
            status: The state to wait for, e.g. "running".
            timeout: Seconds to wait in all (on the retry policy's clock).
            interval: The first pause between polls; pauses grow by half to 5 s.
            on_poll: Called with each status read (for a progress display).

        Returns:
            The `SandboxStatus` in that state.

        Raises:
            WaitTimeoutError: Not reached within `timeout`; `.last` is the last status read.
            InvalidRequestError: A bad `timeout` or `interval`.
            APIError: A poll failed, as for `status`.
        """
        wanted = str(status)
        return await poll(
            self._requester,
            lambda: self.status(sandbox_id),
            lambda current: current.status == wanted,
            f"sandbox {sandbox_id} did not become {wanted}",
            timeout,
            interval,
            on_poll,
        )

    async def delete(self, sandbox_id: str, **options: Unpack[PostOptions]) -> None:
        """Delete a sandbox.

        Example:

            await client.sandboxes.delete(sandbox.sandbox_id)

        Args:
            sandbox_id: The sandbox's id (`sb_...`).
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                and `idempotency_key` (see `PostOptions`).

        Raises:
            NotFoundError: No such sandbox (404).
            PermissionDeniedError: The sandbox is another user's (403).
            InvalidRequestError: `sandbox_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return await self._requester.call(delete_sandbox, delete_sandbox.build(sandbox_id), options)


from collections.abc import Awaitable, Callable  # noqa: E402
from typing import cast  # noqa: E402

from .._raw import RawResponse  # noqa: E402


class SandboxesWithRawResponse:
    """`Sandboxes`'s methods, each answering with the `RawResponse` of its result."""

    __slots__ = ("_resource",)

    def __init__(self, resource: Sandboxes) -> None:
        self._resource = resource

    async def create(
        self,
        workspace_id: str,
        name: str,
        agent_config: AgentConfig | AgentConfigParam,
        description: str | None = None,
        resource_limits: ResourceLimits | ResourceLimitsParam | None = None,
        **options: Unpack[PostOptions],
    ) -> RawResponse[Sandbox]:
        """`Sandboxes.create`, answering with its `RawResponse`."""
        method: Callable[..., Awaitable[object]] = self._resource.create
        answer = await method(
            workspace_id=workspace_id,
            name=name,
            agent_config=agent_config,
            description=description,
            resource_limits=resource_limits,
            **options,
        )
        return cast("RawResponse[Sandbox]", answer)

    async def list(
        self,
        workspace_id: str,
        limit: int | None = None,
        offset: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[SandboxList]:
        """`Sandboxes.list`, answering with its `RawResponse`."""
        method: Callable[..., Awaitable[object]] = self._resource.list
        answer = await method(workspace_id=workspace_id, limit=limit, offset=offset, **options)
        return cast("RawResponse[SandboxList]", answer)

    async def get(self, sandbox_id: str, **options: Unpack[RequestOptions]) -> RawResponse[Sandbox]:
        """`Sandboxes.get`, answering with its `RawResponse`."""
        method: Callable[..., Awaitable[object]] = self._resource.get
        answer = await method(sandbox_id=sandbox_id, **options)
        return cast("RawResponse[Sandbox]", answer)

    async def start(self, sandbox_id: str, **options: Unpack[PostOptions]) -> RawResponse[Sandbox]:
        """`Sandboxes.start`, answering with its `RawResponse`."""
        method: Callable[..., Awaitable[object]] = self._resource.start
        answer = await method(sandbox_id=sandbox_id, **options)
        return cast("RawResponse[Sandbox]", answer)

    async def stop(self, sandbox_id: str, **options: Unpack[PostOptions]) -> RawResponse[Sandbox]:
        """`Sandboxes.stop`, answering with its `RawResponse`."""
        method: Callable[..., Awaitable[object]] = self._resource.stop
        answer = await method(sandbox_id=sandbox_id, **options)
        return cast("RawResponse[Sandbox]", answer)

    async def status(
        self, sandbox_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[SandboxStatus]:
        """`Sandboxes.status`, answering with its `RawResponse`."""
        method: Callable[..., Awaitable[object]] = self._resource.status
        answer = await method(sandbox_id=sandbox_id, **options)
        return cast("RawResponse[SandboxStatus]", answer)

    async def metrics(
        self, sandbox_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[SandboxMetrics]:
        """`Sandboxes.metrics`, answering with its `RawResponse`."""
        method: Callable[..., Awaitable[object]] = self._resource.metrics
        answer = await method(sandbox_id=sandbox_id, **options)
        return cast("RawResponse[SandboxMetrics]", answer)

    async def logs(
        self,
        sandbox_id: str,
        limit: int | None = None,
        offset: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> RawResponse[SandboxLogs]:
        """`Sandboxes.logs`, answering with its `RawResponse`."""
        method: Callable[..., Awaitable[object]] = self._resource.logs
        answer = await method(sandbox_id=sandbox_id, limit=limit, offset=offset, **options)
        return cast("RawResponse[SandboxLogs]", answer)

    async def update_config(
        self, sandbox_id: str, config: Mapping[str, Any], **options: Unpack[PostOptions]
    ) -> RawResponse[dict[str, Any]]:
        """`Sandboxes.update_config`, answering with its `RawResponse`."""
        method: Callable[..., Awaitable[object]] = self._resource.update_config
        answer = await method(sandbox_id=sandbox_id, config=config, **options)
        return cast("RawResponse[dict[str, Any]]", answer)

    async def delete(self, sandbox_id: str, **options: Unpack[PostOptions]) -> RawResponse[None]:
        """`Sandboxes.delete`, answering with its `RawResponse`."""
        method: Callable[..., Awaitable[object]] = self._resource.delete
        answer = await method(sandbox_id=sandbox_id, **options)
        return cast("RawResponse[None]", answer)
