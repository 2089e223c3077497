"""The one base class of errors a person should read.

Everything the user can act on (bad input, a missing case, a full disk, a
damaged file, a newer schema) is a `UserError`; its `str()` is the message,
written for the user. The window and the command line catch this one type:
anything else is a bug, logged with its traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """An error whose message the user reads and can act on."""


class StorageError(UserError):
    """A problem with the files on disk that the user can act on. `str()` is the message."""

    def __init__(self, message: str, *, kind: str = "storage") -> None:
        super().__init__(message)
        self.kind = kind
