"""`RoundTableClient`: configuration, the connection pool, and the resources."""

from __future__ import annotations

import dataclasses
import ipaddress
import logging
import os
from collections.abc import Awaitable, Mapping
from functools import cached_property
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, overload

import httpx

from ._auth import Credentials, StaticKey, TokenSession
from ._checks import header_value_problem, secret_problem
from ._concurrency import sleep_problem
from ._exchange import ACCEPT_ENCODING
from ._logs import configure_logging_from_env
from ._operation import UNLISTED, Operation
from ._options import (
    DEFAULT_TIMEOUT,
    as_timeout,
    attempt_limit,
    checked_options,
    merged_options,
)
from ._payload import PayloadError
from ._pool import may_be_httpcore_pool, new_pool, sends_through_httpcore_pool
from ._retry import RetryPolicy, checked_max_retries
from ._sending import Requester, from_another_loop, merged_headers
from ._version import __version__
from .exceptions import ConfigurationError, EventLoopError, InvalidRequestError

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._options import PostOptions, RequestOptions
    from ._watch import Events
    from .models.aggregate_metrics import AggregateMetrics
    from .models.health import Health
    from .models.system_info import SystemInfo
    from .resources.auth import Auth
    from .resources.collaborations import Collaborations
    from .resources.messages import Messages
    from .resources.sandboxes import Sandboxes
    from .resources.workspaces import Workspaces

DEFAULT_BASE_URL = "http://localhost:8000/api/v1"
# Connections to the server, and requests in flight at once (more tasks wait their turn).
DEFAULT_MAX_CONNECTIONS = 64
API_KEY_ENV = "ROUND_TABLE_API_KEY"
EMAIL_ENV = "ROUND_TABLE_EMAIL"
PASSWORD_ENV = "ROUND_TABLE_PASSWORD"
BASE_URL_ENV = "ROUND_TABLE_BASE_URL"
MAX_RETRIES_ENV = "ROUND_TABLE_MAX_RETRIES"
# The largest body a call reads (decoded); a larger one raises MalformedResponseError.
DEFAULT_MAX_RESPONSE_SIZE = 32 * 1024 * 1024

logger = logging.getLogger("roundtable")

T = TypeVar("T")


class RoundTableClient:
    """An async client for the Round Table API.

    Credentials, in order: `api_key` (an access token), then `email` + `password` or
    `refresh_token` (tokens obtained and renewed for you), then `ROUND_TABLE_API_KEY`.
    `base_url` falls back to `ROUND_TABLE_BASE_URL`, then `http://localhost:8000/api/v1`;
    `max_retries` to `ROUND_TABLE_MAX_RETRIES`, then 2.

    One client holds one connection pool for its life and is safe to share between tasks.
    Close it with `async with` or `await client.close()`; an `http_client` you
    pass in stays yours and is not closed. `transport` swaps the network layer of the
    client's own pool (e.g. `roundtable.testing`'s in-process server, or a mock).

    Example:

        async with RoundTableClient(os.environ["ROUND_TABLE_API_KEY"]) as client:
            workspace = await client.workspaces.create(name="Demo Project")

    Args:
        api_key: An access token (the quick-start's "API key"), used as it is.
        base_url: The API's root, e.g. `https://roundtable.example/api/v1`.
        email: With `password`: the client logs in, and logs in again before the token
            expires or once the server rejects it.
        password: The account's password (never shown in a repr, error or log).
        refresh_token: A refresh token from a login: renewal without the password.
        timeout: Seconds for each phase of an attempt (connect, read, write, pool; the
            whole attempt at most the longest), or an `httpx.Timeout`. Default: 60 s, 5 s
            to connect.
        max_retries: Retries of a failed call that is safe to repeat (0 for none).
        retry_policy: Backoff and its clock in full (`RetryPolicy`); `max_retries` is
            then the policy's.
        http_client: An `httpx.AsyncClient` of yours to send through (not closed by the
            client, and given the client's headers on each request).
        transport: The network layer of the client's own pool (an httpx transport).
        max_connections: Connections to the server, and so requests in flight at once;
            more calls wait their turn.
        default_headers: Headers for every request (e.g. a tracing header).
        max_response_size: The largest answer body read, in bytes (decoded); a larger
            one raises `MalformedResponseError`.
        strict_responses: Refuse an answer that breaks the contract (a null or missing
            value the spec promises, a value of the wrong type, an item that is not an
            object) with `MalformedResponseError`, naming each place. By default such an
            answer is read anyway: what does not fit is None (or converted without loss, as
            "12" to 12), an unreadable list item is left out, and a
            `MalformedResponseWarning` names the place once.

    Raises:
        ConfigurationError: No credentials, a key or header that cannot be sent, a bad
            base URL, or a limit out of range, naming the argument (never its secret).
    """

    _requester: Requester  # the send path every call of this client goes through

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        email: str | None = None,
        password: str | None = None,
        refresh_token: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_policy: RetryPolicy[Awaitable[None]] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        default_headers: dict[str, str] | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        strict_responses: bool = False,
        _anonymous: bool = False,
        _shared: RoundTableClient | None = None,
        _defaults: Mapping[str, Any] | None = None,
    ) -> None:
        configure_logging_from_env()
        self.base_url = _checked_base_url(
            base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        )
        max_retries = _max_retries(max_retries)
        if (
            isinstance(max_connections, bool)
            or not isinstance(max_connections, int)
            or max_connections < 1
        ):
            raise ConfigurationError(f"max_connections must be 1 or more, got {max_connections!r}")
        if (
            isinstance(max_response_size, bool)
            or not isinstance(max_response_size, int)
            or max_response_size < 1
        ):
            raise ConfigurationError(
                f"max_response_size must be a positive number of bytes, got {max_response_size!r}"
            )
        if not isinstance(strict_responses, bool):
            raise ConfigurationError(
                f"strict_responses must be True or False, got {strict_responses!r}"
            )
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass http_client or transport, not both")
        headers = merged_headers(
            {
                "User-Agent": f"roundtable-sdk-python/{__version__} httpx/{httpx.__version__}",
                "Accept": "application/json",
                "Accept-Encoding": ACCEPT_ENCODING,
            },
            _checked_headers(default_headers or {}),
        )
        timeout = _client_timeout(timeout)
        self._timeout = timeout
        self._shares_pool = _shared is not None
        if _shared is not None:  # with_options: the pool, credentials and limits are shared
            http_client = _shared.http_client
        self._owns_http = http_client is None
        if http_client is None:
            # Our own pool carries the fixed headers, so no call rebuilds them.
            http = _pool_from_environment(transport, headers, timeout, max_connections)
            headers = {}
        else:
            http = http_client  # not ours to change: the headers go on each request
        policy = retry_policy or RetryPolicy(max_retries=max_retries)
        problem = sleep_problem(policy.sleep)
        if problem is not None:
            raise ConfigurationError(problem)
        self._requester = Requester(
            http,
            self.base_url,
            headers,
            None,
            policy,
            # Our own pool already has the timeout; a caller's pool gets ours on each call.
            httpx.USE_CLIENT_DEFAULT if http_client is None else timeout,
            attempt_limit(timeout),
            max_connections,
            max_response_size,
            pool_transport=(
                may_be_httpcore_pool(transport)
                if http_client is None
                else sends_through_httpcore_pool(http_client)
            ),
        )
        self._requester.strict_responses = strict_responses
        if self._owns_http:
            self._requester.pool.owned(transport)
        if _shared is not None:
            self._requester.share(_shared._requester)
            self._requester.defaults = _defaults or {}
            return
        self._requester.credentials = (
            None if _anonymous else self._credentials(api_key, email, password, refresh_token)
        )

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The httpx client under this one (yours if you passed `http_client`)."""
        return self._requester.http

    @classmethod
    def anonymous(cls, base_url: str | None = None, **options: Any) -> Self:
        """A client without credentials: for `auth.register`/`auth.login` and system calls.

        Example:

            async with RoundTableClient.anonymous() as client:
                tokens = await client.auth.login("ada@example.com", "secret passphrase")

        Args:
            base_url: As for the constructor.
            **options: Any other constructor argument.

        Returns:
            The client.
        """
        return cls(base_url=base_url, _anonymous=True, **options)

    def _credentials(
        self,
        api_key: str | None,
        email: str | None,
        password: str | None,
        refresh_token: str | None,
    ) -> Credentials:
        if api_key is not None:
            return StaticKey(_checked_secret(api_key, "api_key"))
        if (email is None) != (password is None):
            raise ConfigurationError("email and password must be given together")
        if not (refresh_token or email):
            env_key = os.environ.get(API_KEY_ENV)
            if env_key:
                return StaticKey(_checked_secret(env_key, API_KEY_ENV))
            # Round Table has no long-lived keys: an email and password, from which the
            # client logs in and renews its token, is what works against a real server.
            email, password = os.environ.get(EMAIL_ENV), os.environ.get(PASSWORD_ENV)
            if bool(email) != bool(password):
                missing = PASSWORD_ENV if email else EMAIL_ENV
                raise ConfigurationError(
                    f"{EMAIL_ENV} and {PASSWORD_ENV} must be set together ({missing} is not)"
                )
        if refresh_token or email:
            # Renewal goes through the auth resource (the generated request builders),
            # reached lazily so that constructing a client imports none of it.
            return TokenSession(
                lambda email, password: self.auth.login(email, password),
                lambda refresh_token: self.auth.refresh(refresh_token),
                email=email,
                password=password,
                refresh_token=refresh_token,
            )
        raise ConfigurationError(
            "No credentials: pass email= and password= (the client logs in and renews its "
            "token), api_key= (an access token), or refresh_token=; or set "
            f"{EMAIL_ENV} and {PASSWORD_ENV}, or {API_KEY_ENV}."
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def with_options(
        self, *, max_retries: int | None = None, **options: Unpack[RequestOptions]
    ) -> Self:
        """A client sharing this one's pool, credentials and what it learned of the
        server, whose every call has these options (a call's own options still win).

        Example:

            quick = client.with_options(timeout=5, max_retries=0)

        Args:
            max_retries: Retries for each call through the copy.
            **options: For every call: `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Returns:
            The copy. Closing it ends the copy alone (its later calls raise
            `ClientClosedError`); the pool and this client go on.

        Raises:
            InvalidRequestError: An option of the wrong type, or `idempotency_key` (which is
                per call).
            ConfigurationError: A negative `max_retries` or a bad `timeout`.
        """
        checked_options(options, per_call=False)
        retry = self._requester.retry
        if max_retries is not None:
            retry = dataclasses.replace(retry, max_retries=_max_retries(max_retries))
        extras = {name: value for name, value in options.items() if name != "timeout"}
        return type(self)(
            base_url=self.base_url,
            timeout=options.get("timeout", self._timeout),
            retry_policy=retry,
            max_response_size=self._requester.max_response_size,
            _shared=self,
            _defaults=merged_options(self._requester.defaults, extras),
        )

    # -- lifecycle -----------------------------------------------------------------------

    async def close(self) -> None:
        """Close the connection pool (unless it belongs to an `http_client` you passed).

        Example:

            client = RoundTableClient()
            try:
                info = await client.system_info()
            finally:
                await client.close()
        """
        self._requester.life.closed = True
        if self._shares_pool:
            return  # the pool, its timer and credentials are the parent's, still in use
        self._requester.slots.close()
        if self._owns_http:
            if not self._requester.http.is_closed:
                try:
                    self._requester.on_this_loop()  # on another loop: close what it can
                except EventLoopError:
                    pass  # not on asyncio (trio), or a transport of yours kept another loop's
            try:
                await self._requester.http.aclose()
            except RuntimeError as exc:
                if not from_another_loop(exc):
                    raise
                # Connections of an event loop that is closed cannot be closed from this one;
                # the pool is marked closed all the same, and its sockets go with it.

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    # -- resources, imported on first use -----------------------------------------------

    @cached_property
    def workspaces(self) -> Workspaces:
        from .resources.workspaces import Workspaces

        return Workspaces(self._requester)

    @cached_property
    def sandboxes(self) -> Sandboxes:
        from .resources.sandboxes import Sandboxes

        return Sandboxes(self._requester)

    @cached_property
    def messages(self) -> Messages:
        from .resources.messages import Messages

        return Messages(self._requester)

    @cached_property
    def collaborations(self) -> Collaborations:
        from .resources.collaborations import Collaborations

        return Collaborations(self._requester)

    @cached_property
    def events(self) -> Events:
        """Streams of what happens in a workspace: `client.events.watch(workspace_id)`."""
        from ._watch import Events

        return Events(self)

    @cached_property
    def auth(self) -> Auth:
        from .resources.auth import Auth

        return Auth(self._requester)

    # -- any operation ----------------------------------------------------------------

    @overload
    async def call(self, operation: Operation[..., T], /, **arguments: Any) -> T: ...

    @overload
    async def call(self, operation: ModuleType, /, **arguments: Any) -> Any: ...

    async def call(self, operation: Operation[..., Any] | ModuleType, /, **arguments: Any) -> Any:
        """Run any generated operation through this client.

        One added to the spec a minute ago included: the same authentication, retries,
        idempotency and typed errors as every method. Options: `client.with_options(...)`.

        Example:

            from roundtable.api import get_system_info
            info = await client.call(get_system_info)

        Args:
            operation: An operation of the registry, e.g. `roundtable.api.get_system_info`
                (its module, `roundtable.api.system.get_system_info`, works too).
            **arguments: The operation's own: path and query parameters by name, `body=` as
                its model or a dict.

        Returns:
            The answer parsed into the operation's result model (its type, for a type
            checker), its envelope unwrapped; None for 204.

        Raises:
            InvalidRequestError: Not an operation, an argument it does not take, or a
                bad path parameter (nothing is sent).
            APIStatusError: The server refused (a subclass per status).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        descriptor = _descriptor(operation)
        _check_argument_names(descriptor, arguments)
        try:
            request = descriptor.build(**_model_arguments(descriptor, arguments))
        except TypeError as error:
            raise InvalidRequestError(
                f"{descriptor.operation_id}: {error}", field="arguments"
            ) from None
        return await self._requester.call(descriptor, request)

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        **options: Unpack[PostOptions],
    ) -> Any:
        """Call a path the spec does not know (yet).

        Example:

            data = await client.request("GET", "/system/info")

        Args:
            method: "GET", "POST", ...
            path: Under `base_url`, starting with "/", e.g. "/system/info".
            json: A JSON body, or None.
            params: Query parameters, or None.
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                and `idempotency_key` (see `PostOptions`).

        Returns:
            The answer's JSON, its success envelope unwrapped.

        Raises:
            InvalidRequestError: A bad method or path (`..`, a query in it; nothing is sent).
            APIStatusError: The server refused (a subclass per status).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        if not isinstance(method, str) or not method.isalpha():
            raise InvalidRequestError("method must be an HTTP method, e.g. 'GET'", field="method")
        request: dict[str, Any] = {"method": method.upper(), "url": _checked_path(path)}
        if json is not None:
            request["json"] = json
            request["headers"] = {"Content-Type": "application/json"}
        if params is not None:
            request["params"] = dict(params)
        return await self._requester.call_as(UNLISTED, request, _unwrapped, options)

    # -- system --------------------------------------------------------------------------

    async def health_check(self, **options: Unpack[RequestOptions]) -> Health:
        """The server's health (no credentials needed).

        Example:

            health = await client.health_check()
            print(health.status, health.version)

        Args:
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Returns:
            A `Health` (`.status` is "healthy" or "degraded"; today's server always reports
            "degraded", its message bus "disconnected", whether or not Redis runs).

        Raises:
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        from .resources.system import health_check

        return await health_check(self._requester, **options)

    async def system_info(self, **options: Unpack[RequestOptions]) -> SystemInfo:
        """The server's name, version and environment; with credentials, the caller's identity.

        Example:

            info = await client.system_info()
            print(info.name, info.version)

        Args:
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Returns:
            A `SystemInfo`.

        Raises:
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        from .resources.system import system_info

        return await system_info(self._requester, **options)

    async def aggregate_metrics(
        self, workspace_id: str, **options: Unpack[RequestOptions]
    ) -> AggregateMetrics:
        """Counts of a workspace's sandboxes, messages and collaborations.

        Example:

            metrics = await client.aggregate_metrics(workspace.workspace_id)
            print(metrics.sandboxes.total, metrics.sandboxes.by_status)

        Args:
            workspace_id: The workspace's id.
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Returns:
            `AggregateMetrics` (`.total_sandboxes`, `.total_messages`, ...). Today's
            server counts no collaboration as active, and no broadcast.

        Raises:
            NotFoundError: No such workspace, or another user's (404).
            InvalidRequestError: `workspace_id` is not one path segment.
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        from .resources.system import aggregate_metrics

        return await aggregate_metrics(self._requester, workspace_id, **options)


def _descriptor(operation: object) -> Operation[..., Any]:
    """The operation's descriptor; a module of `roundtable.api` stands for its OPERATION."""
    if isinstance(operation, ModuleType):
        return _descriptor(getattr(operation, "OPERATION", None))
    if not isinstance(operation, Operation):
        raise InvalidRequestError(
            "operation must be an operation of roundtable.api, "
            "such as roundtable.api.get_system_info",
            field="operation",
        )
    return operation


def _check_argument_names(operation: Operation[..., Any], arguments: Mapping[str, Any]) -> None:
    """Refuse, by name, an argument the operation does not take (`body=` on one without)."""
    import inspect

    taken = list(inspect.signature(operation.build).parameters)
    for name in arguments:
        if name not in taken:
            offered = ", ".join(taken) or "no arguments"
            raise InvalidRequestError(
                f"{operation.operation_id} takes no {name!r} (it takes: {offered})", field=name
            )


def _model_arguments(operation: Operation[..., Any], arguments: dict[str, Any]) -> dict[str, Any]:
    """`arguments`, with a plain dict given as `body` made into the operation's model."""
    body = arguments.get("body")
    from_dict = getattr(operation.body, "from_dict", None)
    if not isinstance(body, Mapping) or from_dict is None:
        return arguments
    try:
        return {**arguments, "body": from_dict(body)}
    except PayloadError as error:
        raise InvalidRequestError(f"body: {error}", field="body") from None


def _checked_path(path: str) -> str:
    """A path under the base URL, refused when it could reach somewhere else."""
    if not isinstance(path, str) or not path.startswith("/"):
        raise InvalidRequestError("path must be a string starting with '/'", field="path")
    for segment in path.split("/")[1:]:
        if segment in (".", "..") or any(c in segment for c in "?#\\") or not segment.isprintable():
            raise InvalidRequestError(
                f"path segment {segment!r} is not allowed (query parameters go in params=)",
                field="path",
            )
    return path


def _unwrapped(body: Any) -> Any:
    """The `data` of a success envelope; any other JSON as it is."""
    if isinstance(body, dict) and body.get("success") is True and "data" in body:
        return body["data"]
    return body


def _max_retries(given: int | None) -> int:
    if given is None:
        text = os.environ.get(MAX_RETRIES_ENV, "2")
        try:
            given = int(text)
        except ValueError:
            raise ConfigurationError(
                f"{MAX_RETRIES_ENV} must be a whole number, got {text!r}"
            ) from None
    return checked_max_retries(given)


def _client_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    try:
        return as_timeout(timeout)
    except InvalidRequestError as error:
        raise ConfigurationError(str(error)) from None


def _checked_secret(value: str, name: str) -> str:
    problem = secret_problem(value)
    if problem is not None:
        raise ConfigurationError(f"{name} {problem}")
    return value


def _checked_base_url(text: str) -> str:
    """The base URL, or ConfigurationError naming what is wrong with it."""
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"base_url is not a URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            "base_url needs http:// or https:// and a host, "
            f"e.g. {DEFAULT_BASE_URL}; got {_shown(url, text)}"
        )
    if url.userinfo:
        # httpx would send it as Basic auth in place of the bearer token; and it would
        # show in reprs, logs and errors. Said without echoing it.
        raise ConfigurationError(
            "base_url must not carry a user name or password (user:pass@host): Round Table "
            "takes a bearer token; pass api_key=, or email= and password="
        )
    if url.query or "?" in text or "#" in text:
        raise ConfigurationError(
            f"base_url must not have a query or a fragment: {_shown(url, text)}"
        )
    if url.scheme == "http" and not _is_loopback(url.host):
        logger.warning(
            "base_url %s is plain http:// to another host: the API key travels unencrypted",
            _shown(url, text),
        )
    return str(url).rstrip("/")


def _pool_from_environment(
    transport: httpx.AsyncBaseTransport | None,
    headers: Mapping[str, str],
    timeout: httpx.Timeout,
    max_connections: int,
) -> httpx.AsyncClient:
    """Our own pool, which reads proxies and certificates from the environment as httpx
    does; what it cannot use there is a ConfigurationError naming the variable."""
    try:
        return new_pool(transport, headers, timeout, max_connections)
    except ImportError:
        proxies = [name for name in PROXY_VARIABLES if "socks" in os.environ.get(name, "").lower()]
        if not proxies:
            raise
        raise ConfigurationError(
            f"{proxies[0]} names a SOCKS proxy, which needs httpx's socks extra: "
            "pip install 'httpx[socks]' (or unset the variable)"
        ) from None
    except OSError as exc:
        named = [name for name in CERTIFICATE_VARIABLES if os.environ.get(name)]
        if not named:
            raise
        raise ConfigurationError(
            f"{named[0]} names certificates that cannot be read ({exc.strerror or exc}): "
            f"{os.environ[named[0]]!r}"
        ) from None


# Where httpx reads proxies and CA certificates (trust_env), in the order it prefers them.
PROXY_VARIABLES = (
    "ALL_PROXY",
    "all_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
)
CERTIFICATE_VARIABLES = ("SSL_CERT_FILE", "SSL_CERT_DIR")


def _shown(url: httpx.URL, text: str) -> str:
    """The URL as an error may show it: without a password it may carry."""
    return str(url.copy_with(username=None, password=None)) if url.host else repr(text)


def _is_loopback(host: str) -> bool:
    # `.test` and `.localhost` are reserved names (RFC 6761) that never leave the machine:
    # in-process transports and test servers use them.
    if host == "localhost" or host.endswith(".localhost") or host.endswith(".test"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _checked_headers(headers: Mapping[str, str]) -> dict[str, str]:
    if not isinstance(headers, Mapping):
        raise ConfigurationError(
            f"default_headers must be a dict of names to values, got a {type(headers).__name__}"
        )
    for name, value in headers.items():
        if not isinstance(name, str) or not name or not (name.isascii() and name.isprintable()):
            raise ConfigurationError(f"default_headers has an invalid header name: {name!r}")
        problem = header_value_problem(value)
        if problem is not None:
            raise ConfigurationError(f"default_headers[{name!r}] {problem}")
    return dict(headers)
