"""Alembic migrations of the profile database. Revisions live in `versions/`.

`HEAD_REVISION` lets a profile that is already current open without loading
Alembic at all; a test checks that it names the real head.
"""

HEAD_REVISION = "0009"
