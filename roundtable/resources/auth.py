"""`client.auth`: register, log in, and obtain the token the quick-start calls an API key."""

from __future__ import annotations

from ..api.auth import get_current_user, issue_token, login, logout, refresh_access_token, register
from ..models.access_token import AccessToken
from ..models.login_request import LoginRequest
from ..models.logout_result import LogoutResult
from ..models.refresh_request import RefreshRequest
from ..models.register_request import RegisterRequest
from ..models.token_form import TokenForm
from ..models.token_pair import TokenPair
from ..models.user import User
from ._base import Resource


class Auth(Resource):
    async def register(self, email: str, password: str, full_name: str | None = None) -> TokenPair:
        body = RegisterRequest(email=email, password=password, full_name=full_name)
        return await self._requester.call(
            register._get_kwargs(body=body), TokenPair.from_dict, authenticated=False
        )

    async def login(self, email: str, password: str) -> TokenPair:
        body = LoginRequest(email=email, password=password)
        return await self._requester.call(
            login._get_kwargs(body=body), TokenPair.from_dict, authenticated=False
        )

    async def token(self, username: str, password: str) -> TokenPair:
        """The OAuth2 password flow (form-encoded); `username` is the email."""
        body = TokenForm(username=username, password=password)
        return await self._requester.call(
            issue_token._get_kwargs(body=body),
            TokenPair.from_dict,
            authenticated=False,
            enveloped=False,
        )

    async def refresh(self, refresh_token: str) -> AccessToken:
        body = RefreshRequest(refresh_token=refresh_token)
        return await self._requester.call(
            refresh_access_token._get_kwargs(body=body), AccessToken.from_dict, authenticated=False
        )

    async def me(self) -> User:
        return await self._requester.call(get_current_user._get_kwargs(), User.from_dict)

    async def logout(self) -> LogoutResult:
        return await self._requester.call(logout._get_kwargs(), LogoutResult.from_dict)
