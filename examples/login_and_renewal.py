"""Log in, and let the client renew its token.

On the Round Table server the "API key" is an access token that expires. Give the client
an email and password (or a refresh token) and it logs in, renews the token before it
expires and once more if the server rejects it.

With ROUND_TABLE_EMAIL and ROUND_TABLE_PASSWORD set, this logs in with them; without,
it registers a throwaway account first (fine against the reference server, which
`make demo` runs; do not point that at a real server).
"""

import asyncio
import os
import secrets

from roundtable import RoundTableClient
from roundtable.exceptions import AuthenticationError


async def main():
    email, password = os.getenv("ROUND_TABLE_EMAIL"), os.getenv("ROUND_TABLE_PASSWORD")
    async with RoundTableClient.anonymous() as anonymous:
        if not (email and password):
            email, password = f"demo-{secrets.token_hex(4)}@example.com", "demo-password"
            await anonymous.auth.register(email, password, full_name="Demo")
            print("Registered a throwaway account")
        tokens = await anonymous.auth.login(email, password)
        print(f"Logged in: a token valid for {tokens.expires_in} s, and a refresh token")
        try:
            await anonymous.auth.login(email, "not-the-password")
        except AuthenticationError as error:
            print(f"A wrong password: {type(error).__name__} ({error.status_code})")

    # The client logs in by itself, and renews the token as it goes.
    async with RoundTableClient(email=email, password=password) as client:
        me = await client.auth.me()
        print(f"Signed in as the account's owner: {me.email == email}")

    # Or from the refresh token alone, without keeping the password.
    async with RoundTableClient(refresh_token=tokens.refresh_token) as client:
        print(f"With the refresh token: {len((await client.workspaces.list()).workspaces) >= 0}")


if __name__ == "__main__":
    asyncio.run(main())
