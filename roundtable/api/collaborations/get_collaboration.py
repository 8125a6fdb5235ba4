from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collaboration_envelope import CollaborationEnvelope
from ...models.error_body import ErrorBody
from ...types import Response, path_segment


def _get_kwargs(
    collaboration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collaborations/collaborations/{collaboration_id}".format(
            collaboration_id=path_segment(collaboration_id, "collaboration_id"),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollaborationEnvelope | ErrorBody | None:
    if response.status_code == 200:
        response_200 = CollaborationEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CollaborationEnvelope | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collaboration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CollaborationEnvelope | ErrorBody]:
    """Get a collaboration's status and progress

    Args:
        collaboration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollaborationEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        collaboration_id=collaboration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    collaboration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CollaborationEnvelope | ErrorBody | None:
    """Get a collaboration's status and progress

    Args:
        collaboration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollaborationEnvelope | ErrorBody
    """

    return sync_detailed(
        collaboration_id=collaboration_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    collaboration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CollaborationEnvelope | ErrorBody]:
    """Get a collaboration's status and progress

    Args:
        collaboration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollaborationEnvelope | ErrorBody]
    """

    kwargs = _get_kwargs(
        collaboration_id=collaboration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collaboration_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CollaborationEnvelope | ErrorBody | None:
    """Get a collaboration's status and progress

    Args:
        collaboration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollaborationEnvelope | ErrorBody
    """

    return (
        await asyncio_detailed(
            collaboration_id=collaboration_id,
            client=client,
        )
    ).parsed
