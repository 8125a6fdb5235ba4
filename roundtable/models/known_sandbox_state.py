from enum import StrEnum


class KnownSandboxState(StrEnum):
    """The states of a sandbox the contract names: `provisioning` after create, `running`
    after start, `stopped` after stop, `error`. A status field also accepts other
    strings.

    Values: "provisioning", "running", "stopped", "error".
    """

    ERROR = "error"
    PROVISIONING = "provisioning"
    RUNNING = "running"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)
