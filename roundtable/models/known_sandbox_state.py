from enum import StrEnum


class KnownSandboxState(StrEnum):
    ERROR = "error"
    PROVISIONING = "provisioning"
    RUNNING = "running"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)
