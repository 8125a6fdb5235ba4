"""`client.messages`: messages between sandboxes, and broadcasts to a workspace."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any

from ..api import broadcast_message, get_message, list_messages, send_message
from ..models.broadcast_create import BroadcastCreate
from ..models.broadcast_result import BroadcastResult
from ..models.message import Message
from ..models.message_create import MessageCreate
from ..models.message_list import MessageList
from ..models.message_type import MessageType
from ..types import path_segment
from ._base import Resource, enum_argument, json_object, query, request_body
from ._pages import checked_page_size, message_page, paginate

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import PostOptions, RequestOptions


class Messages(Resource):
    """`client.messages`: messages between sandboxes, and broadcasts to a workspace."""

    __slots__ = ()

    async def send(
        self,
        from_sandbox_id: str,
        to_sandbox_id: str,
        content: Mapping[str, Any],
        message_type: MessageType | str | None = None,
        **options: Unpack[PostOptions],
    ) -> Message:
        """Send a message from one sandbox to another of the same workspace.

        Example:

            message = await client.messages.send(
                sandbox.sandbox_id, other.sandbox_id, {"task": "analyze"}
            )

        Args:
            from_sandbox_id: The sender's id.
            to_sandbox_id: The recipient's id.
            content: Any JSON object.
            message_type: "request", "response", "notification" or "broadcast";
                None for "request".
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                and `idempotency_key` (see `PostOptions`).

        Returns:
            The `Message` (`pending` on today's server, `delivered` on the documented one).

        Raises:
            NotFoundError: No such sender or recipient (404).
            PermissionDeniedError: The sender is another user's (403).
            BadRequestError: The recipient is in another workspace (400).
            InvalidRequestError: `content` is not a JSON object, or a bad `message_type`.
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        # The contract calls the sender `sandbox_id`; a refusal names the argument as given.
        path_segment(from_sandbox_id, "from_sandbox_id")
        body = request_body(
            MessageCreate,
            options,
            to_sandbox_id=to_sandbox_id,
            content=json_object(content, "content"),
            message_type=None
            if message_type is None
            else enum_argument(MessageType, message_type, "message_type"),
        )
        return await self._requester.call(
            send_message, send_message.build(from_sandbox_id, body=body), options
        )

    async def list(
        self,
        sandbox_id: str,
        limit: int | None = None,
        offset: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> MessageList:
        """One page of the messages a sandbox sent or received, newest first.

        Newest by their stamp, which today's server keeps to the second: messages of one
        second are listed oldest first (those the sandbox sent, then those it received),
        so `messages[0]` is not always the latest reply.

        Example:

            page = await client.messages.list(sandbox.sandbox_id, limit=20)
            for message in page.messages:
                print(message.message_type, message.content)

        Args:
            sandbox_id: The sandbox's id (`sb_...`).
            limit: Items per page, 1 to 100.
            offset: Items to skip (today's server applies it after
                `limit`: use `iterate` to page).
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Returns:
            A `MessageList` (`.messages`, `.count`, `.offset`, `.limit`).

        Raises:
            NotFoundError: No such sandbox (404).
            PermissionDeniedError: The sandbox is another user's (403).
            InvalidRequestError: `sandbox_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return await self._requester.call(
            list_messages,
            list_messages.build(sandbox_id, limit=query(limit), offset=query(offset)),
            options,
        )

    def iterate(
        self, sandbox_id: str, page_size: int = 50, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[Message]:
        """Every message a sandbox sent or received, newest first, `page_size` at a time.

        In the order `list` gives: on today's server, one second's messages oldest first.

        Works around today's Round Table server, whose pager applies `offset` after `limit`;
        that server lists only the newest 100 messages, and an iteration ending at exactly 100
        logs a warning that there may be more.

        Example:

            async for message in client.messages.iterate(sandbox.sandbox_id):
                print(message.from_sandbox_id, message.content)

        Args:
            sandbox_id: The sandbox's id (`sb_...`).
            page_size: Items per request, 1 to 100.
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Yields:
            `Message` items.

        Raises:
            InvalidRequestError: `page_size` out of range, or a bad `sandbox_id` (at once).
            APIError: A page failed, as for `list`.
        """
        path_segment(sandbox_id, "sandbox_id")  # refused now, not at the first step

        async def fetch(limit: int, offset: int) -> list[Message]:
            return (await self.list(sandbox_id, limit=limit, offset=offset, **options)).messages

        return paginate(message_page(fetch), checked_page_size(page_size), "messages.iterate()")

    async def get(self, message_id: str, **options: Unpack[RequestOptions]) -> Message:
        """A message by id.

        Example:

            fetched = await client.messages.get(message.message_id)
            print(fetched.status)

        Args:
            message_id: The message's id (`msg_...`).
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Returns:
            The `Message`.

        Raises:
            NotFoundError: No such message (404).
            PermissionDeniedError: It is another user's (403).
            InvalidRequestError: `message_id` is not one path segment (nothing is sent).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return await self._requester.call(get_message, get_message.build(message_id), options)

    async def broadcast(
        self,
        workspace_id: str,
        content: Mapping[str, Any],
        from_sandbox_id: str | None = None,
        message_type: str | None = None,
        exclude_sender: bool | None = None,
        **options: Unpack[PostOptions],
    ) -> BroadcastResult:
        """Send `content` to every sandbox of a workspace.

        Example:

            result = await client.messages.broadcast(
                workspace.workspace_id, {"notice": "stand-up"}, from_sandbox_id=sandbox.sandbox_id
            )
            print(result.broadcast_to)

        Args:
            workspace_id: The workspace's id (`ws_...`).
            content: Any JSON object.
            from_sandbox_id: The sender, or None. Today's server has no sender field: it
                ignores this and counts every sandbox of the workspace.
            message_type: Any word; None for "notification".
            exclude_sender: Leave the sender out (default True; see `from_sandbox_id`).
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                and `idempotency_key` (see `PostOptions`).

        Returns:
            A `BroadcastResult` (`.broadcast_to`, how many sandboxes). Today's server stores no
            message for a broadcast.

        Raises:
            NotFoundError: No such workspace, or it is another user's (404).
            BadRequestError: The workspace has no sandbox (400).
            InvalidRequestError: `content` is not a JSON object.
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        body = request_body(
            BroadcastCreate,
            options,
            content=json_object(content, "content"),
            from_sandbox_id=from_sandbox_id,
            message_type=message_type,
            exclude_sender=exclude_sender,
        )
        return await self._requester.call(
            broadcast_message, broadcast_message.build(workspace_id, body=body), options
        )
