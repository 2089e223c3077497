"""Shared steps of the outbox tests: a mailbox, a case a reply can go to, clicking a link of
the thread and typing a reply into the real composer."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.services.cases import operations as cases
from app.services.cases.detail import MessageInfo, load_case_detail
from app.services.core.profile import Profile
from app.services.mail.account import MailAccount, save_account
from app.ui.case.conversation import ConversationView, action_url
from app.ui.case.view import CaseView

RELAY = "7qk2m9x4w1z8r5t@marketplace.amazon.com"
FSI, PDI = "\u2068", "\u2069"


def plain(text: str) -> str:
    """The text without its direction isolates."""
    return text.replace(FSI, "").replace(PDI, "")


def set_up_mailbox(profile: Profile, smtp_port: int = 1) -> MailAccount:
    """A mailbox on this computer (no password: only sending needs one)."""
    account = MailAccount(
        imap_host="127.0.0.1",
        imap_port=1,
        smtp_host="127.0.0.1",
        smtp_port=smtp_port,
        user="seller",
        address="seller@example.com",
        security="plain",
    )
    save_account(profile, account)
    return account


def relay_case(profile: Profile, subject: str = "Strap arrived torn") -> uuid.UUID:
    """A case whose buyer writes through the marketplace's relay (a reply can go by mail)."""
    created = cases.create_case(
        profile,
        cases.NewCase(
            subject=subject,
            body="The strap arrived with a tear. What can you do?",
            language="en-US",
            customer_name="Dana W.",
            customer_alias=RELAY,
            marketplace="amazon.com",
        ),
    )
    return created.case_id


def replies(profile: Profile, case_id: uuid.UUID) -> list[MessageInfo]:
    detail = load_case_detail(profile, case_id)
    return [m for m in detail.messages if m.direction == "outbound"]


def open_case(qtbot, view: CaseView, case_id: uuid.UUID) -> None:
    view.show_case(case_id)
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.id == case_id, timeout=10_000)


def send_reply(qtbot, view: CaseView, text: str) -> None:
    """Type `text` into the composer and send it with Ctrl+Enter, once it is checked."""
    composer = view.composer
    view.focus_reply()
    composer.set_text(text)
    qtbot.waitUntil(lambda: composer.outcome is not None, timeout=30_000)
    assert not composer.outcome.result.blocked
    qtbot.keyClick(composer.editor, Qt.Key_Return, Qt.ControlModifier)


def click_action(qtbot, view: ConversationView, action: str, message_id: uuid.UUID) -> None:
    """Click the thread's link for `action` on the reply, with the mouse, where it is drawn."""
    href = action_url(action, message_id)
    document = view.document()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                # Inside the link: between its middle letters, scrolled into view.
                cursor.setPosition(fragment.position() + max(1, fragment.length() // 2))
                view.setTextCursor(cursor)
                view.ensureCursorVisible()
                point = view.cursorRect(cursor).center()
                qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=point)
                return
            iterator += 1
        block = block.next()
    raise AssertionError(f"the thread has no link {href}")
