"""Servers on 127.0.0.1 that answer too slowly, for the tests of deadlines."""

from __future__ import annotations

import asyncio


async def trickling_server(headers_then_body: bool) -> tuple[asyncio.AbstractServer, int]:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        if headers_then_body:
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
            writer.write(b"Content-Length: 100000\r\n\r\n")
        try:
            for _ in range(400):  # one byte every 20 ms, for up to 8 s
                writer.write(b" " if headers_then_body else b"X")
                await writer.drain()
                await asyncio.sleep(0.02)
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]
