"""Errors a person can act on. Their `str()` is the message shown to the user."""

from __future__ import annotations

from app.errors import StorageError, UserError

__all__ = ["InvalidInput", "NotFound", "ServiceError", "StorageError", "UserError"]


class ServiceError(UserError):
    """Bad input or an impossible request; the message says what and how to fix it."""


class InvalidInput(ServiceError):
    pass


class NotFound(ServiceError):
    pass
