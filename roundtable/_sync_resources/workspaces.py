"""`client.workspaces`: workspaces and their settings."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..api.workspaces import (
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
from ._base import Resource, model_argument, no_content, query
from ._pages import checked_page_size, paginate

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import PostOptions, RequestOptions


SettingsArgument = WorkspaceSettings | Mapping[str, Any]


class Workspaces(Resource):
    __slots__ = ()

    def create(
        self,
        name: str,
        description: str | None = None,
        settings: SettingsArgument | None = None,
        **options: Unpack[PostOptions],
    ) -> Workspace:
        body = WorkspaceCreate(
            name=name,
            description=description,
            settings=_settings(settings),
        )
        return self._requester.call(
            create_workspace._get_kwargs(body=body),
            Workspace.from_dict,
            options=options,
        )

    def list(
        self, limit: int | None = None, offset: int | None = None, **options: Unpack[RequestOptions]
    ) -> WorkspaceList:
        return self._requester.call(
            list_workspaces._get_kwargs(limit=query(limit), offset=query(offset)),
            WorkspaceList.from_dict,
            options=options,
        )

    def iterate(
        self, page_size: int = 100, **options: Unpack[RequestOptions]
    ) -> Iterator[WorkspaceSummary]:
        """Every workspace, fetching `page_size` at a time: `for ws in ...iterate()`.

        Today's Round Table server lists only the first 100 workspaces: ending at exactly
        100, the iteration logs a warning that there may be more it cannot reach.
        """

        def page(limit: int, offset: int) -> list[WorkspaceSummary]:
            return (self.list(limit=limit, offset=offset, **options)).workspaces

        return paginate(page, checked_page_size(page_size), "workspaces.iterate()")

    def get(self, workspace_id: str, **options: Unpack[RequestOptions]) -> Workspace:
        return self._requester.call(
            get_workspace._get_kwargs(workspace_id), Workspace.from_dict, options=options
        )

    def update(
        self,
        workspace_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        settings: SettingsArgument | None = None,
        is_active: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Workspace:
        """Change the given fields; those left as None stay as they are."""
        body = WorkspaceUpdate(
            name=name,
            description=description,
            settings=_settings(settings),
            is_active=is_active,
        )
        return self._requester.call(
            update_workspace._get_kwargs(workspace_id, body=body),
            Workspace.from_dict,
            options=options,
        )

    def delete(self, workspace_id: str, **options: Unpack[RequestOptions]) -> None:
        self._requester.call(
            delete_workspace._get_kwargs(workspace_id), no_content, options=options
        )

    def get_config(self, workspace_id: str, **options: Unpack[RequestOptions]) -> WorkspaceSettings:
        return self._requester.call(
            get_workspace_config._get_kwargs(workspace_id),
            WorkspaceSettings.from_dict,
            options=options,
        )

    def update_config(
        self, workspace_id: str, config: SettingsArgument, **options: Unpack[RequestOptions]
    ) -> WorkspaceSettings:
        """Replace the settings; fields left out are reset to their defaults."""
        body = model_argument(WorkspaceSettings, config, "config")
        return self._requester.call(
            update_workspace_config._get_kwargs(workspace_id, body=body),
            WorkspaceSettings.from_dict,
            options=options,
        )


def _settings(settings: SettingsArgument | None) -> WorkspaceSettings | None:
    return None if settings is None else model_argument(WorkspaceSettings, settings, "settings")
