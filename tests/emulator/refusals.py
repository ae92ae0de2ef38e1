"""Discord's error answers: the request a check refuses, and what Discord answers each protocol violation with."""

from __future__ import annotations

from aiohttp import web

# What Discord answers each protocol violation with: (HTTP status, JSON error code, message).
VIOLATION_ERRORS: dict[str, tuple[int, int, str]] = {
    "auth": (401, 0, "401: Unauthorized"),
    "invalid_json": (400, 50109, "The request body contains invalid JSON."),
    "unknown_channel": (404, 10003, "Unknown Channel"),
    "unknown_message": (404, 10008, "Unknown Message"),
    "forbidden": (403, 50005, "Cannot edit a message authored by another user"),
    "unknown_webhook": (404, 10015, "Unknown Webhook"),
    "followup_before_ack": (404, 10015, "Unknown Webhook"),
    "unknown_interaction": (404, 10062, "Unknown interaction"),
    "late_callback": (404, 10062, "Unknown interaction"),
    "already_acknowledged": (400, 40060, "Interaction has already been acknowledged."),
}


class Refused(Exception):
    """A REST handler's check failed: the HTTP layer sends ``response`` (a Discord error) instead."""

    def __init__(self, response: web.Response) -> None:
        super().__init__(response.status)
        self.response = response
