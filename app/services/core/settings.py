"""Every setting of the workbench, declared once: key, type, default, and whose it is.

A setting is either the shop's or this device's, and the difference decides
how it is written:

- `Scope.SHOP`: a rule the team shares, part of the shop's data. It is
  written only through `Profile.write()` with an operation (entity
  "setting"), so the history shows who changed it and sync carries it to the
  other laptops. The largest evidence file is one: a shop rule about what the
  shop keeps, the same for everyone on the team.
- `Scope.DEVICE`: how this laptop is set up. It is never logged and never
  leaves the machine: the UI language, window and splitter geometry, the
  inbox view last shown, the device's own id. A teammate's choice of Korean
  must not switch anyone else's window to Korean.

The agent's name is the shop's data too (assignments, "Mine" and the history
name people by it, and the team must be able to tell who worked on which
device), so it is written with an operation; but it is one value per device
(`per_device`): its operation names the device, so a teammate renaming
themselves never renames you.

`store` says where the value lives on this machine: "profile" (the Meta table
of the profile's database) or "qsettings" (the user's Qt settings, read and
written by the UI).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from app.services.evidence.store_types import MAX_EVIDENCE_BYTES, MB

# Operations on settings need an entity id; this namespace makes it the same for one
# setting on every laptop (uuid5), so the newest write of a setting wins everywhere.
SETTINGS_NAMESPACE = uuid.UUID("0b7a1c6e-4f2d-5e83-9c1a-5d3f6e8b2a71")


class Scope(StrEnum):
    SHOP = "shop"  # the team's: written with an operation, synced
    DEVICE = "device"  # this laptop's: local, never logged


@dataclass(frozen=True)
class Setting:
    """One setting. `bounds` (low, high) limit a whole number, both ends allowed."""

    key: str
    type: type
    default: object
    scope: Scope
    store: str  # "profile" (the Meta table) or "qsettings" (the UI's settings file)
    per_device: bool = False  # a shop setting with one value for each device
    bounds: tuple[int, int] | None = None

    def entity_id(self, device_id: str) -> uuid.UUID:
        """The id its operations carry (see SETTINGS_NAMESPACE)."""
        name = f"{self.key}@{device_id}" if self.per_device else self.key
        return uuid.uuid5(SETTINGS_NAMESPACE, name)


# The shop's --------------------------------------------------------------------------

AGENT = Setting("agent", str, "", Scope.SHOP, "profile", per_device=True)
"""Who works on this device; "" until set means the operating system's user name."""
AGENT_MAX_CHARS = 120

EVIDENCE_MAX_MB = Setting(
    "evidence_max_mb",
    int,
    MAX_EVIDENCE_BYTES // MB,
    Scope.SHOP,
    "profile",
    bounds=(1, 2048),
)
"""The largest evidence file the shop accepts, in whole MB."""

OVERRIDE_APPROVAL = Setting("override_approval", bool, False, Scope.SHOP, "profile")
"""An agent's "send anyway" over a blocked reply waits for the owner's approval (only in
a team: a seller alone approves their own; app.services.cases.approvals)."""

# This device's -----------------------------------------------------------------------

DEVICE_ID = Setting("device_id", str, "", Scope.DEVICE, "profile")
"""This laptop's id in the operation log; made once, when the profile is created."""

MAIL_ACCOUNT = Setting("mail/account", str, "", Scope.DEVICE, "profile")
"""This laptop's mailbox (servers, user, address) as JSON; "" when none. The password is
in the system keyring, never here (app.services.mail.account)."""

UI_LANGUAGE = Setting("ui/language", str, "", Scope.DEVICE, "qsettings")
"""The agent's UI language tag; "" is the system's language."""

WINDOW_GEOMETRY = Setting("window/geometry", bytes, b"", Scope.DEVICE, "qsettings")
MAIN_SPLITTER = Setting("window/mainSplitter", bytes, b"", Scope.DEVICE, "qsettings")
CASE_SPLITTER = Setting("window/caseSplitter", bytes, b"", Scope.DEVICE, "qsettings")
INBOX_HEADER = Setting("window/inboxHeader", bytes, b"", Scope.DEVICE, "qsettings")
INBOX_VIEW = Setting("inbox/view", str, "", Scope.DEVICE, "qsettings")
EVIDENCE_VIEWER_GEOMETRY = Setting("EvidenceViewer/geometry", bytes, b"", Scope.DEVICE, "qsettings")

SETTINGS: tuple[Setting, ...] = (
    AGENT,
    EVIDENCE_MAX_MB,
    OVERRIDE_APPROVAL,
    DEVICE_ID,
    MAIL_ACCOUNT,
    UI_LANGUAGE,
    WINDOW_GEOMETRY,
    MAIN_SPLITTER,
    CASE_SPLITTER,
    INBOX_HEADER,
    INBOX_VIEW,
    EVIDENCE_VIEWER_GEOMETRY,
)


def setting(key: str) -> Setting:
    """The declaration of `key`; a KeyError names a setting nobody declared."""
    for declared in SETTINGS:
        if declared.key == key:
            return declared
    raise KeyError(key)


def shop_settings() -> tuple[Setting, ...]:
    """The settings written through the operation log."""
    return tuple(s for s in SETTINGS if s.scope is Scope.SHOP)
