"""The httpx client under a Round Table client: the pool the SDK makes for itself, the
requests it builds and sends through a client (its own or the caller's), and whether a
client's transports are httpcore's pool (whose waiting requests must not be cancelled
early).
"""

from __future__ import annotations

import logging
import time
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


class CookielessClient(httpx.Client):
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


def new_pool(
    transport: httpx.BaseTransport | None,
    headers: Mapping[str, str] | httpx.Headers,
    timeout: httpx.Timeout,
    max_connections: int,
) -> httpx.Client:
    limits = httpx.Limits(
        max_connections=max_connections, max_keepalive_connections=max_connections
    )
    return CookielessClient(transport=transport, headers=headers, timeout=timeout, limits=limits)


def may_be_httpcore_pool(transport: httpx.BaseTransport | None) -> bool:
    """Whether requests through `transport` may wait in httpcore's pool (encode/httpcore#1093:
    such a request must not be cancelled before a connection has it). None is httpx's
    default transport, which is that pool."""
    return transport is None or isinstance(transport, httpx.HTTPTransport)


def sends_through_httpcore_pool(http: httpx.Client) -> bool:
    """Whether any transport of a caller's client (its own or a mounted one, e.g. a proxy's)
    is httpcore's pool, by the same rule as `may_be_httpcore_pool`. httpx keeps them in
    private attributes: a client whose transports cannot be seen is taken to have one."""
    try:
        transports = [http._transport, *http._mounts.values()]
    except AttributeError:
        return True
    return any(isinstance(transport, httpx.HTTPTransport) for transport in transports)


def built_request(
    http: httpx.Client,
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
    if http.params or not _as_httpx(type(http), _BUILD_STEPS):
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


# The methods of a client that build its requests: a class that keeps httpx's own builds
# them as httpx does.
_BUILD_STEPS = (
    "build_request",
    "_merge_url",
    "_merge_headers",
    "_merge_cookies",
    "_merge_queryparams",
)


# The httpx versions whose send the direct send below was compared with, step by step and
# by tests/test_direct_send.py. Another version sends the ordinary way.
DIRECT_SEND_CHECKED_ON = ("0.28.",)
_DIRECT_SEND_CHECKED = httpx.__version__.startswith(DIRECT_SEND_CHECKED_ON)
try:  # the pieces of httpx's own send that the direct send uses as they are
    from httpx._client import BoundSyncStream, ClientState
except ImportError:  # pragma: no cover (an httpx without them sends the ordinary way)
    _DIRECT_SEND_CHECKED = False
_HTTPX_LOG = logging.getLogger("httpx")


def sent(http: httpx.Client, request: httpx.Request) -> httpx.Response:
    """What `http.send(request, stream=True)` gives: the answer, its body not read yet.

    When nothing of the client's runs around a request (no auth, no event hooks, no
    redirects to follow, httpx's own send), the request goes straight to the client's
    transport, and the answer is given what httpx's send gives it, save one step: httpx
    reads every answer for cookies, a third of an in-process call, even when it sets none;
    here the client's jar reads an answer that sets one. A caller's client is as fast as
    the SDK's own pool, and keeps every cookie it is sent.
    """
    if not sends_directly(http, request):
        return http.send(request, stream=True)
    transport = http._transport_for_url(request.url)
    start = time.perf_counter()
    try:
        response = transport.handle_request(request)
    except httpx.RequestError as exc:
        exc.request = request  # as httpx's send names the request of a failed one
        raise
    stream = response.stream
    assert isinstance(stream, httpx.SyncByteStream)  # as httpx's send has it
    response.request = request
    response.stream = BoundSyncStream(stream, response=response, start=start)
    headers = response.headers
    if "set-cookie" in headers or "set-cookie2" in headers:
        http.cookies.extract_cookies(response)
    response.default_encoding = http._default_encoding
    _HTTPX_LOG.info(
        'HTTP Request: %s %s "%s %d %s"',
        request.method,
        request.url,
        response.http_version,
        response.status_code,
        response.reason_phrase,
    )
    response.history = []
    if response.has_redirect_location:  # not followed: httpx says where it leads
        response.next_request = http._build_redirect_request(request, response)
    return response


def sends_directly(http: httpx.Client, request: httpx.Request) -> bool:
    """Whether `sent` may skip `http.send`: a checked httpx, a client that sends as
    httpx's own does and has been opened by a send (its state is httpx's to change), no
    auth (the client's, or a user:password in the URL), no event hooks, and redirects
    handed back rather than followed."""
    hooks = http.event_hooks
    return (
        _DIRECT_SEND_CHECKED
        and _as_httpx(type(http), _SEND_STEPS)
        and http._state is ClientState.OPENED
        and http.auth is None
        and not http.follow_redirects
        and not hooks["request"]
        and not hooks["response"]
        and "timeout" in request.extensions
        and not request.url.userinfo
    )


# The methods of a client that its send runs through.
_SEND_STEPS = (
    "send",
    "_set_timeout",
    "_build_request_auth",
    "_send_handling_auth",
    "_send_handling_redirects",
    "_send_single_request",
    "_transport_for_url",
    "_build_redirect_request",
)


# Whether a client class keeps httpx's own methods for a part of its work (checked once
# per class and part).
_KEEPS_HTTPX_STEPS: dict[tuple[type, tuple[str, ...]], bool] = {}


def _as_httpx(client_class: type, steps: tuple[str, ...]) -> bool:
    key = (client_class, steps)
    known = _KEEPS_HTTPX_STEPS.get(key)
    if known is None:
        base = httpx.Client
        known = all(getattr(client_class, step) is getattr(base, step) for step in steps)
        _KEEPS_HTTPX_STEPS[key] = known
    return known
