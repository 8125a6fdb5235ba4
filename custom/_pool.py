"""The httpx client under a Round Table client: the pool the SDK makes for itself, the
requests it builds for a client (its own or the caller's), and whether a client's
transports are httpcore's pool (whose waiting requests must not be cancelled early).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ._options import TimeoutSetting


class _NoCookies(httpx.Cookies):
    """A cookie jar that keeps nothing: Round Table authenticates with a bearer token."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


_NO_COOKIES = _NoCookies()


class CookielessClient(httpx.AsyncClient):
    """The client's own pool: httpx's, without its cookie jar. Round Table sets no cookie
    and needs none (credentials travel as a bearer token), while reading every answer's
    headers for cookies costs a third of an in-process call; and a jar would carry a
    cookie one answer set into every later request, the kind of state an API client
    should not keep. A pool you pass as `http_client` keeps its own behaviour."""

    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, _cookies: object) -> None:
        return None


def may_be_httpcore_pool(transport: httpx.AsyncBaseTransport | None) -> bool:
    """Whether requests through `transport` may wait in httpcore's pool (encode/httpcore#1093:
    such a request must not be cancelled before a connection has it). None is httpx's
    default transport, which is that pool."""
    return transport is None or isinstance(transport, httpx.AsyncHTTPTransport)


def sends_through_httpcore_pool(http: httpx.AsyncClient) -> bool:
    """Whether any transport of a caller's client (its own or a mounted one, e.g. a proxy's)
    is httpcore's pool, by the same rule as `may_be_httpcore_pool`. httpx keeps them in
    private attributes: a client whose transports cannot be seen is taken to have one."""
    try:
        transports = [http._transport, *http._mounts.values()]
    except AttributeError:
        return True
    return any(isinstance(transport, httpx.AsyncHTTPTransport) for transport in transports)


def built_request(
    http: httpx.AsyncClient,
    method: str,
    url: str,
    headers: dict[str, str],
    body: dict[str, Any],
    timeout: TimeoutSetting,
) -> httpx.Request:
    """The request `http.build_request` would make (the client's headers, then ours in
    their place; its cookies; the timeout), made directly when the client builds requests
    as httpx does: `build_request` merges by re-reading its header list for each of ours,
    a fifth of an in-process call. Our URL is absolute, so a client's `base_url` never
    applies; a client with query parameters of its own, or with a build of its own, gets
    the ordinary path."""
    if http.params or not _builds_as_httpx(type(http)):
        return http.build_request(method, url, headers=headers, timeout=timeout, **body)
    merged = [item for item in http.headers.multi_items() if item[0] not in headers]
    merged.extend(headers.items())
    if isinstance(timeout, httpx.Timeout):
        limits = timeout.as_dict()
    else:
        limits = http.timeout.as_dict()
    cookies = http.cookies
    return httpx.Request(
        method,
        url,
        headers=merged,
        cookies=cookies if cookies else None,
        extensions={"timeout": limits},
        **body,
    )


# Whether a client class builds its requests as httpx's own does (checked once per class).
_PLAIN_BUILDERS: dict[type, bool] = {}
_BUILD_STEPS = (
    "build_request",
    "_merge_url",
    "_merge_headers",
    "_merge_cookies",
    "_merge_queryparams",
)


def _builds_as_httpx(client_class: type) -> bool:
    known = _PLAIN_BUILDERS.get(client_class)
    if known is None:
        base = httpx.AsyncClient
        known = all(getattr(client_class, step) is getattr(base, step) for step in _BUILD_STEPS)
        _PLAIN_BUILDERS[client_class] = known
    return known


def new_pool(
    transport: httpx.AsyncBaseTransport | None,
    headers: Mapping[str, str] | httpx.Headers,
    timeout: httpx.Timeout,
    max_connections: int,
) -> httpx.AsyncClient:
    limits = httpx.Limits(
        max_connections=max_connections, max_keepalive_connections=max_connections
    )
    return CookielessClient(transport=transport, headers=headers, timeout=timeout, limits=limits)
