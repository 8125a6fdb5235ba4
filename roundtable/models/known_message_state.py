from enum import StrEnum


class KnownMessageState(StrEnum):
    """The delivery states of a message the contract names (today's server leaves every
    message `pending`). A status field also accepts other strings.

    Values: "pending", "sent", "delivered", "failed".
    """

    DELIVERED = "delivered"
    FAILED = "failed"
    PENDING = "pending"
    SENT = "sent"

    def __str__(self) -> str:
        return str(self.value)
