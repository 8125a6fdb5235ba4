"""Where today's Round Table server and the documented contract part ways, the reference
server plays one side or the other: a profile names the side for each difference.

`today` (the default) is the server as recorded on the wire (wire-samples.txt, and the
"More observed behaviour" survey of wire-contract.md): a suite that passes against it
predicts production. `documented` is the corrected behaviour the contract describes,
so that code (and the SDK) can be tested against the server as it is meant to become.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    """Which side the reference server plays at each difference between today's Round
    Table server and the contract: `TODAY` (the default) or `DOCUMENTED`.

    Attributes:
        name: "today" or "documented".
        timestamps_with_offset: "2026-11-26T06:37:25Z"; today "2026-11-26T06:37:25"
            (the SDK reads both as UTC).
        messages_delivered: A sent message is "delivered" at once; today it stays
            "pending".
        collaborations_advance: A collaboration advances a round per
            `collaboration_round_seconds` and completes; today it stays at step 1 (10 %,
            "Collaboration started") with null timestamps.
        activity_reported: Sandbox status carries `uptime_seconds`, sandbox metrics
            `messages_sent`/`messages_received` and a real uptime; today neither
            (`metrics.uptime_seconds` is always 0).
        broadcasts_stored: A broadcast with a sender stores one message per recipient;
            today none is stored.
        honours_idempotency: Idempotency-Key honoured (and said so with
            Idempotency-Supported); today ignored.
        list_window: Lists of workspaces and sandboxes see only the first this-many
            rows (None: all); today 100.
        message_pager_defect: Today's message pager takes the newest `limit` rows, then
            slices [offset:offset+limit].
        missing_credentials_status: The status of a request without an Authorization
            header: 403 today (401 on aggregate metrics), else 401.
        config_range_error_status: `PUT /workspaces/{id}/config` with a value out of
            range: 500 text/plain today, else 422.
        workspace_delete_cascades: Deleting a workspace deletes its sandboxes, messages
            and collaborations; today they are left, and their owner gets 403 on each.
        sandbox_logs_kept: A sandbox's log records its lifecycle and messages; today's
            is always empty.
        resource_limits_kept: A sandbox keeps the `resource_limits` it was created with;
            today's server checks their ranges, then answers the defaults.
        broadcast_sender_read: A broadcast's `from_sandbox_id` names its sender: checked,
            and left out of the recipients. Today's server has no sender field: it
            ignores it and broadcasts to every sandbox of the workspace.
        active_collaborations_counted: Aggregate metrics count the running
            collaborations as `active`; today's server answers 0.
    """

    name: str
    timestamps_with_offset: bool
    messages_delivered: bool
    collaborations_advance: bool
    activity_reported: bool
    broadcasts_stored: bool
    honours_idempotency: bool
    list_window: int | None
    message_pager_defect: bool
    missing_credentials_status: int
    config_range_error_status: int
    workspace_delete_cascades: bool
    sandbox_logs_kept: bool
    resource_limits_kept: bool
    broadcast_sender_read: bool
    active_collaborations_counted: bool


TODAY = Profile(
    name="today",
    timestamps_with_offset=False,
    messages_delivered=False,
    collaborations_advance=False,
    activity_reported=False,
    broadcasts_stored=False,
    honours_idempotency=False,
    list_window=100,
    message_pager_defect=True,
    missing_credentials_status=403,
    config_range_error_status=500,
    workspace_delete_cascades=False,
    sandbox_logs_kept=False,
    resource_limits_kept=False,
    broadcast_sender_read=False,
    active_collaborations_counted=False,
)

DOCUMENTED = Profile(
    name="documented",
    timestamps_with_offset=True,
    messages_delivered=True,
    collaborations_advance=True,
    activity_reported=True,
    broadcasts_stored=True,
    honours_idempotency=True,
    list_window=None,
    message_pager_defect=False,
    missing_credentials_status=401,
    config_range_error_status=422,
    workspace_delete_cascades=True,
    sandbox_logs_kept=True,
    resource_limits_kept=True,
    broadcast_sender_read=True,
    active_collaborations_counted=True,
)

PROFILES = {profile.name: profile for profile in (TODAY, DOCUMENTED)}


def profile_named(profile: str | Profile) -> Profile:
    if isinstance(profile, Profile):
        return profile
    try:
        return PROFILES[profile]
    except KeyError:
        raise ValueError(
            f"unknown profile {profile!r}; choose one of: {', '.join(PROFILES)}"
        ) from None
