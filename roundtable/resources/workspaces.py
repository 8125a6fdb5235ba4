"""`client.workspaces`: workspaces and their settings."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from ..api import (
    create_workspace,
    delete_workspace,
    get_workspace,
    get_workspace_config,
    list_workspaces,
    update_workspace,
    update_workspace_config,
)
from ..models.workspace import Workspace
from ..models.workspace_create import WorkspaceCreate
from ..models.workspace_list import WorkspaceList
from ..models.workspace_settings import WorkspaceSettings
from ..models.workspace_summary import WorkspaceSummary
from ..models.workspace_update import WorkspaceUpdate
from ..params import WorkspaceSettingsParam
from ._base import Resource, model_argument, query, request_body
from ._pages import checked_page_size, paginate

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import PostOptions, RequestOptions


# A dict is checked key by key by a type checker (and at run time): a typo is an error.
SettingsArgument = WorkspaceSettings | WorkspaceSettingsParam


class Workspaces(Resource["WorkspacesWithRawResponse"]):
    """`client.workspaces`: create, list, read, change and delete workspaces."""

    __slots__ = ()

    async def create(
        self,
        name: str,
        description: str | None = None,
        settings: SettingsArgument | None = None,
        **options: Unpack[PostOptions],
    ) -> Workspace:
        """Create a workspace.

        Example:

            workspace = await client.workspaces.create(name="Demo Project")

        Args:
            name: 1 to 100 characters.
            description: Free text, or None.
            settings: `WorkspaceSettings` or a dict of its fields (`max_sandboxes`,
                `auto_cleanup`, `retention_days`, `collaboration_policy`); None for the defaults.
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                and `idempotency_key` (see `PostOptions`).

        Returns:
            The new `Workspace`.

        Raises:
            ValidationError: The server refused a field (422; `.issues` names each).
            InvalidRequestError: `settings` is neither a dict nor `WorkspaceSettings`.
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        body = request_body(
            WorkspaceCreate,
            options,
            name=name,
            description=description,
            settings=_settings(settings),
        )
        return await self._requester.call(
            create_workspace, create_workspace.build(body=body), options
        )

    async def list(
        self, limit: int | None = None, offset: int | None = None, **options: Unpack[RequestOptions]
    ) -> WorkspaceList:
        """One page of your workspaces.

        Example:

            page = await client.workspaces.list(limit=20)
            for summary in page.workspaces:
                print(summary.workspace_id, summary.name)

        Args:
            limit: Items per page, 1 to 100 (the server's default: 100).
            offset: Items to skip. Today's server lists only its first 100 rows.
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Returns:
            A `WorkspaceList` (`.workspaces`, `.count`, `.offset`, `.limit`).

        Raises:
            ValidationError: `limit` or `offset` out of range (422).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return await self._requester.call(
            list_workspaces,
            list_workspaces.build(limit=query(limit), offset=query(offset)),
            options,
        )

    def iterate(
        self, page_size: int = 100, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[WorkspaceSummary]:
        """Every workspace, fetching `page_size` at a time.

        Today's Round Table server lists only the first 100 workspaces: an iteration
        ending at exactly 100 logs a warning that there may be more.

        Example:

            async for summary in client.workspaces.iterate():
                print(summary.name)

        Args:
            page_size: Items per request, 1 to 100.
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Yields:
            `WorkspaceSummary` items, in the server's order.

        Raises:
            InvalidRequestError: `page_size` out of range (at once).
            APIError: A page failed, as for `list`.
        """

        async def page(limit: int, offset: int) -> list[WorkspaceSummary]:
            return (await self.list(limit=limit, offset=offset, **options)).workspaces

        return paginate(page, checked_page_size(page_size), "workspaces.iterate()")

    async def get(self, workspace_id: str, **options: Unpack[RequestOptions]) -> Workspace:
        """A workspace by id.

        Example:

            fetched = await client.workspaces.get(workspace.workspace_id)
            print(fetched.name, fetched.created_at)

        Args:
            workspace_id: The workspace's id (`ws_...`).
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Returns:
            The `Workspace`.

        Raises:
            NotFoundError: No such workspace (404).
            PermissionDeniedError: The workspace is another user's (403).
            InvalidRequestError: `workspace_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return await self._requester.call(get_workspace, get_workspace.build(workspace_id), options)

    async def update(
        self,
        workspace_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        settings: SettingsArgument | None = None,
        is_active: bool | None = None,
        **options: Unpack[PostOptions],
    ) -> Workspace:
        """Change the given fields of a workspace; those left as None stay as they are.

        Example:

            renamed = await client.workspaces.update(workspace.workspace_id, name="Renamed")

        Args:
            workspace_id: The workspace's id (`ws_...`).
            name: A new name.
            description: A new description.
            settings: New settings (replacing all of them).
            is_active: Deactivate (False) or reactivate.
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                and `idempotency_key` (see `PostOptions`).

        Returns:
            The updated `Workspace`.

        Raises:
            NotFoundError: No such workspace (404).
            PermissionDeniedError: The workspace is another user's (403).
            ValidationError: The server refused a field (422).
            InvalidRequestError: `workspace_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        body = request_body(
            WorkspaceUpdate,
            options,
            name=name,
            description=description,
            settings=_settings(settings),
            is_active=is_active,
        )
        return await self._requester.call(
            update_workspace, update_workspace.build(workspace_id, body=body), options
        )

    async def delete(self, workspace_id: str, **options: Unpack[PostOptions]) -> None:
        """Delete a workspace.

        Today's Round Table server leaves its sandboxes, messages and collaborations
        behind; delete those first.

        Example:

            await client.workspaces.delete(workspace.workspace_id)

        Args:
            workspace_id: The workspace's id (`ws_...`).
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                and `idempotency_key` (see `PostOptions`).

        Raises:
            NotFoundError: No such workspace (404).
            PermissionDeniedError: The workspace is another user's (403).
            InvalidRequestError: `workspace_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return await self._requester.call(
            delete_workspace, delete_workspace.build(workspace_id), options
        )

    async def get_config(
        self, workspace_id: str, **options: Unpack[RequestOptions]
    ) -> WorkspaceSettings:
        """A workspace's settings.

        Example:

            settings = await client.workspaces.get_config(workspace.workspace_id)
            print(settings.max_sandboxes, settings.retention_days)

        Args:
            workspace_id: The workspace's id (`ws_...`).
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Returns:
            Its `WorkspaceSettings`.

        Raises:
            NotFoundError: No such workspace (404).
            PermissionDeniedError: The workspace is another user's (403).
            InvalidRequestError: `workspace_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return await self._requester.call(
            get_workspace_config, get_workspace_config.build(workspace_id), options
        )

    async def update_config(
        self, workspace_id: str, config: SettingsArgument, **options: Unpack[PostOptions]
    ) -> WorkspaceSettings:
        """Replace a workspace's settings; fields left out are reset to their defaults.

        Example:

            settings = await client.workspaces.update_config(
                workspace.workspace_id, {"max_sandboxes": 5, "retention_days": 7}
            )

        Args:
            workspace_id: The workspace's id (`ws_...`).
            config: `WorkspaceSettings` or a dict of its fields.
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                and `idempotency_key` (see `PostOptions`).

        Returns:
            The `WorkspaceSettings` now in force.

        Raises:
            NotFoundError: No such workspace (404).
            PermissionDeniedError: The workspace is another user's (403).
            ValidationError: A value out of range (422; today's server answers
                `InternalServerError`, 500, instead).
            InvalidRequestError: `workspace_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        body = model_argument(WorkspaceSettings, config, "config")
        return await self._requester.call(
            update_workspace_config, update_workspace_config.build(workspace_id, body=body), options
        )


def _settings(settings: SettingsArgument | None) -> WorkspaceSettings | None:
    return None if settings is None else model_argument(WorkspaceSettings, settings, "settings")


from collections.abc import Awaitable, Callable  # noqa: E402
from typing import cast  # noqa: E402

from .._raw import RawResponse  # noqa: E402


class WorkspacesWithRawResponse:
    """`Workspaces`'s methods, each answering with the `RawResponse` of its result."""

    __slots__ = ("_resource",)

    def __init__(self, resource: Workspaces) -> None:
        self._resource = resource

    async def create(
        self,
        name: str,
        description: str | None = None,
        settings: SettingsArgument | None = None,
        **options: Unpack[PostOptions],
    ) -> RawResponse[Workspace]:
        """`Workspaces.create`, answering with its `RawResponse`."""
        method: Callable[..., Awaitable[object]] = self._resource.create
        answer = await method(name=name, description=description, settings=settings, **options)
        return cast("RawResponse[Workspace]", answer)

    async def list(
        self, limit: int | None = None, offset: int | None = None, **options: Unpack[RequestOptions]
    ) -> RawResponse[WorkspaceList]:
        """`Workspaces.list`, answering with its `RawResponse`."""
        method: Callable[..., Awaitable[object]] = self._resource.list
        answer = await method(limit=limit, offset=offset, **options)
        return cast("RawResponse[WorkspaceList]", answer)

    async def get(
        self, workspace_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[Workspace]:
        """`Workspaces.get`, answering with its `RawResponse`."""
        method: Callable[..., Awaitable[object]] = self._resource.get
        answer = await method(workspace_id=workspace_id, **options)
        return cast("RawResponse[Workspace]", answer)

    async def update(
        self,
        workspace_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        settings: SettingsArgument | None = None,
        is_active: bool | None = None,
        **options: Unpack[PostOptions],
    ) -> RawResponse[Workspace]:
        """`Workspaces.update`, answering with its `RawResponse`."""
        method: Callable[..., Awaitable[object]] = self._resource.update
        answer = await method(
            workspace_id=workspace_id,
            name=name,
            description=description,
            settings=settings,
            is_active=is_active,
            **options,
        )
        return cast("RawResponse[Workspace]", answer)

    async def delete(self, workspace_id: str, **options: Unpack[PostOptions]) -> RawResponse[None]:
        """`Workspaces.delete`, answering with its `RawResponse`."""
        method: Callable[..., Awaitable[object]] = self._resource.delete
        answer = await method(workspace_id=workspace_id, **options)
        return cast("RawResponse[None]", answer)

    async def get_config(
        self, workspace_id: str, **options: Unpack[RequestOptions]
    ) -> RawResponse[WorkspaceSettings]:
        """`Workspaces.get_config`, answering with its `RawResponse`."""
        method: Callable[..., Awaitable[object]] = self._resource.get_config
        answer = await method(workspace_id=workspace_id, **options)
        return cast("RawResponse[WorkspaceSettings]", answer)

    async def update_config(
        self, workspace_id: str, config: SettingsArgument, **options: Unpack[PostOptions]
    ) -> RawResponse[WorkspaceSettings]:
        """`Workspaces.update_config`, answering with its `RawResponse`."""
        method: Callable[..., Awaitable[object]] = self._resource.update_config
        answer = await method(workspace_id=workspace_id, config=config, **options)
        return cast("RawResponse[WorkspaceSettings]", answer)
