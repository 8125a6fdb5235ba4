from enum import StrEnum


class KnownCollaborationState(StrEnum):
    """The states of a collaboration the contract names (today's server leaves every one
    `running`). A status field also accepts other strings.

    Values: "initializing", "running", "completed", "failed".
    """

    COMPLETED = "completed"
    FAILED = "failed"
    INITIALIZING = "initializing"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
