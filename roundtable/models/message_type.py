from enum import StrEnum


class MessageType(StrEnum):
    COMMAND = "command"
    NOTIFICATION = "notification"
    REQUEST = "request"
    RESPONSE = "response"

    def __str__(self) -> str:
        return str(self.value)
