"""`client.auth`: register, log in, and obtain the token the quick-start calls an API key."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .._checks import secret_problem
from ..api import get_current_user, issue_token, login, logout, refresh_access_token, register
from ..models.access_token import AccessToken
from ..models.login_request import LoginRequest
from ..models.logout_result import LogoutResult
from ..models.refresh_request import RefreshRequest
from ..models.register_request import RegisterRequest
from ..models.token_form import TokenForm
from ..models.token_pair import TokenPair
from ..models.user import User
from ..types import PayloadError
from ._base import Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import PostOptions, RequestOptions


Tokens = TypeVar("Tokens", TokenPair, AccessToken)


class Auth(Resource):
    """`client.auth`: accounts and the tokens the quick-start calls API keys."""

    __slots__ = ()

    async def register(
        self,
        email: str,
        password: str,
        full_name: str | None = None,
        **options: Unpack[PostOptions],
    ) -> TokenPair:
        """Create an account, and log in to it.

        Example:

            tokens = await client.auth.register("grace@example.com", "a long passphrase")
            async with RoundTableClient(tokens.access_token) as grace:
                user = await grace.auth.me()

        Args:
            email: A valid email address.
            password: 8 characters or more.
            full_name: Optional.
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                and `idempotency_key` (see `PostOptions`).

        Returns:
            A `TokenPair` with `access_token` (the quick-start's "API key"),
            `refresh_token` and `expires_in`.

        Raises:
            BadRequestError: The email is registered already (400).
            ValidationError: A bad email or a short password (422).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        body = RegisterRequest(email=email, password=password, full_name=full_name)
        return await self._requester.call_as(
            register, register.build(body=body), _ISSUED_PAIR, options
        )

    async def login(self, email: str, password: str, **options: Unpack[PostOptions]) -> TokenPair:
        """Log in with email and password.

        Example:

            tokens = await client.auth.login("ada@example.com", "secret passphrase")

        Args:
            email: The account's email.
            password: Its password.
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                and `idempotency_key` (see `PostOptions`).

        Returns:
            A `TokenPair` (see `register`).

        Raises:
            AuthenticationError: Wrong email or password (401).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        body = LoginRequest(email=email, password=password)
        return await self._requester.call_as(login, login.build(body=body), _ISSUED_PAIR, options)

    async def token(
        self, username: str, password: str, **options: Unpack[PostOptions]
    ) -> TokenPair:
        """The OAuth2 password flow (form-encoded), as `login`.

        Example:

            tokens = await client.auth.token("ada@example.com", "secret passphrase")

        Args:
            username: The account's email.
            password: Its password.
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                and `idempotency_key` (see `PostOptions`).

        Returns:
            A `TokenPair`.

        Raises:
            AuthenticationError: Wrong email or password (401).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        body = TokenForm(username=username, password=password)
        return await self._requester.call_as(
            issue_token, issue_token.build(body=body), _ISSUED_PAIR, options
        )

    async def refresh(self, refresh_token: str, **options: Unpack[PostOptions]) -> AccessToken:
        """A new access token from a refresh token.

        Example:

            tokens = await client.auth.login("ada@example.com", "secret passphrase")
            renewed = await client.auth.refresh(tokens.refresh_token)
            print(renewed.expires_in)

        Args:
            refresh_token: From `register` or `login`.
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                and `idempotency_key` (see `PostOptions`).

        Returns:
            An `AccessToken`.

        Raises:
            AuthenticationError: Not a valid refresh token (401).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        body = RefreshRequest(refresh_token=refresh_token)
        return await self._requester.call_as(
            refresh_access_token, refresh_access_token.build(body=body), _ISSUED_ACCESS, options
        )

    async def me(self, **options: Unpack[RequestOptions]) -> User:
        """The account the client's token belongs to.

        Example:

            user = await client.auth.me()
            print(user.email)

        Args:
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                (see `RequestOptions`).

        Returns:
            The `User`.

        Raises:
            AuthenticationError: The token is not valid (401).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return await self._requester.call(get_current_user, get_current_user.build(), options)

    async def logout(self, **options: Unpack[PostOptions]) -> LogoutResult:
        """Log out (today's server keeps the token valid until it expires).

        Example:

            await client.auth.logout()

        Args:
            **options: Per-call `timeout`, `extra_headers`, `extra_query`, `extra_body`
                and `idempotency_key` (see `PostOptions`).

        Returns:
            A `LogoutResult`.

        Raises:
            AuthenticationError: The token is not valid (401).
            APIError: Any other failure once the safe retries are spent: another
                `APIStatusError`, `APIConnectionError`, `APITimeoutError` or
                `MalformedResponseError`.
        """
        return await self._requester.call(logout, logout.build(), options)


def _issued(model: type[Tokens]) -> Callable[[Any], Tokens]:
    """The parser of an answer that issues tokens: they must be usable as they are."""

    def parse(data: Any) -> Tokens:
        tokens = model.from_dict(data)
        for field in ("access_token", "refresh_token"):
            value = getattr(tokens, field, None)
            problem = None if value is None else secret_problem(value)
            if problem is not None:
                raise PayloadError(f"{model.__name__}.{field}", f"{problem}: not a usable token")
        lifetime = tokens.expires_in
        if isinstance(lifetime, bool) or not isinstance(lifetime, int) or lifetime < 0:
            raise PayloadError(
                f"{model.__name__}.expires_in",
                f"must be whole seconds (0 or more), got {lifetime!r}",
            )
        return tokens

    return parse


_ISSUED_PAIR = _issued(TokenPair)
_ISSUED_ACCESS = _issued(AccessToken)
