from enum import StrEnum


class MessageType(StrEnum):
    """The kinds of message `messages.send` takes (a plain string is accepted too).

    Values: "request", "response", "notification", "command".
    """

    COMMAND = "command"
    NOTIFICATION = "notification"
    REQUEST = "request"
    RESPONSE = "response"

    def __str__(self) -> str:
        return str(self.value)
