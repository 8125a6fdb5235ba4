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
        sandbox_limit_enforced: A workspace refuses a sandbox beyond its `max_sandboxes`
            (409); today's server only stores the setting.
        repeat_transition_touches: A start of a running sandbox (or a stop of a stopped
            one) moves its `updated_at`, as today's server does, so the uptime the SDK
            derives from it starts again; else it changes nothing.
        transition_answers_old_stamp: The answer to a start or stop carries the
            sandbox's `updated_at` from before it (the stored one moves, as a later `get`
            or `status` shows), as today's server's does; else the new one.
        loose_types_coerced: Settings, agent configs and resource limits take `"5"` for
            an integer, `"yes"`/`"true"`/`1` for a flag and `"0.5"` or `1` for a number, and
            keep the coerced value (`1` comes back `1.0` where a number is declared, `2.0`
            comes back `2` where an integer is), as today's server does; else 422.
        message_bus_connected: Health reports the message bus connected and the server
            `healthy`; today's server always reports `degraded`, `message_bus:
            "disconnected"`.
        same_second_oldest_first: Messages are listed by their stamp, to the second,
            newest second first; within one second, as today's server gives them: those
            the listed sandbox sent, oldest first, then those it received, oldest first.
            Else strictly newest first.
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
    sandbox_limit_enforced: bool
    repeat_transition_touches: bool
    transition_answers_old_stamp: bool
    loose_types_coerced: bool
    message_bus_connected: bool
    same_second_oldest_first: bool


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
    sandbox_limit_enforced=False,
    repeat_transition_touches=True,
    transition_answers_old_stamp=True,
    loose_types_coerced=True,
    message_bus_connected=False,
    same_second_oldest_first=True,
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
    sandbox_limit_enforced=True,
    repeat_transition_touches=False,
    transition_answers_old_stamp=False,
    loose_types_coerced=False,
    message_bus_connected=True,
    same_second_oldest_first=False,
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
