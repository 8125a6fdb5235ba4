"""The `roundtable` logger, switched on by `ROUND_TABLE_LOG=info|debug`.

Log lines carry the method, path, status, attempts and timing; never a header, so an
`Authorization` value cannot reach a log.
"""

from __future__ import annotations

import logging
import os

LOG_ENV = "ROUND_TABLE_LOG"
_configured = False


def configure_logging_from_env() -> None:
    global _configured
    if _configured:
        return
    _configured = True
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(
        os.environ.get(LOG_ENV, "").strip().lower()
    )
    if level is None:
        return
    logger = logging.getLogger("roundtable")
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)
