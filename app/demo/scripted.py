"""The scripted demo cases of DOMAIN.md "Demo cases": read from cases/*.toml, built by services.

The shop ("FlexBand Supply", invented) sells soft rubber belts, straps and
tapes on several Amazon stores. Every case is written in the buyer's own
language, with times relative to `profile.now()` so the demo always looks
current. People, aliases, addresses, order and tracking numbers are invented;
the WhatsApp number of case 8 is from the UK range reserved for drama.

A case is built in the order a trainer reads its file: the opening message and
its files, each further message followed by its files, then the status, the
tags and a hand-set escalation. Every write is a case service call (see
`common`), on the case's own replayed timeline.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import select

from app.demo import media
from app.demo.case_files import CASES_FOLDER, read_case_folder
from app.demo.case_script import CaseScript, EvidenceScript, MessageScript
from app.demo.case_text import fill_text, local_wall_time, parse_utc_offset
from app.demo.common import (
    SHOP,
    add_evidence,
    add_message,
    create_case,
    date_at,
    moment_at,
    other_agent,
    set_escalation,
    set_tags,
    update_case,
)
from app.models.entities import Case, Order
from app.models.enums import Direction
from app.services.cases.operations import NewCase
from app.services.cases.orders import NewItem, NewOrder
from app.services.core.profile import Profile


@dataclass(frozen=True)
class ScriptedCase:
    """What identifies a scripted case: its number in DOMAIN.md, store, order id and language."""

    number: int
    marketplace: str
    order_id: str
    language: str
    script: CaseScript

    def build(self, profile: Profile, folder: Path) -> uuid.UUID:
        """Write the case through the case services; its files are drawn into `folder` first."""
        return _Builder(profile, self.script, folder).build()


def load_scripted_cases(folder: Path = CASES_FOLDER) -> tuple[ScriptedCase, ...]:
    """The cases of `folder`'s files, by number; a malformed file raises CaseFileError."""
    return tuple(
        ScriptedCase(s.number, s.marketplace, s.order.external_id, s.customer.locale, s)
        for s in read_case_folder(folder)
    )


@cache
def scripted_cases() -> tuple[ScriptedCase, ...]:
    """The demo's own cases (app/demo/cases), read once per process."""
    return load_scripted_cases()


def __getattr__(name: str) -> object:
    # SCRIPTED_CASES reads the files on first use, not on import: a malformed file is
    # then reported by the seeding that needs it (as a UserError), not by any import.
    if name == "SCRIPTED_CASES":
        return scripted_cases()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def existing_case_for(profile: Profile, spec: ScriptedCase) -> uuid.UUID | None:
    """The case already built for `spec` (found by its order), so a rerun never duplicates it."""
    with profile.read() as session:
        return session.scalar(
            select(Case.id)
            .join(Order, Order.id == Case.order_id)
            .where(
                Order.marketplace == spec.marketplace,
                Order.external_id == spec.order_id,
                Order.deleted_at.is_(None),  # the live-orders index answers it
                Case.deleted_at.is_(None),
            )
            .limit(1)
        )


class _Builder:
    """One case file turned into service calls, with its times made absolute for today."""

    def __init__(self, profile: Profile, script: CaseScript, folder: Path) -> None:
        self.profile, self.script, self.folder = profile, script, folder
        self.values = self._placeholder_values()

    def at(self, offset: dt.timedelta | None) -> dt.datetime | None:
        return None if offset is None else moment_at(self.profile, offset)

    def day(self, offset: dt.timedelta | None) -> dt.date | None:
        return None if offset is None else date_at(self.profile, offset)

    def fill(self, text: str, **more: object) -> str:
        return fill_text(text, self.values | more)

    def person(self, who: str) -> str:
        if who == "customer":
            return self.script.customer.name
        return self.profile.agent if who == "me" else other_agent(self.profile)

    def _placeholder_values(self) -> dict[str, object]:
        script, order = self.script, self.script.order
        values: dict[str, object] = {
            "shop": SHOP,
            "order": order.external_id,
            "customer": script.customer.name,
            "carrier": order.carrier,
            "tracking": order.tracking,
            "purchased": self.at(order.purchased),
            "shipped": self.at(order.shipped),
            "delivered": self.day(order.delivered),
            "estimated_from": self.day(order.estimated_from),
            "estimated_to": self.day(order.estimated_to),
        }
        for name, time in script.times.items():
            moment = self.at(time.at)
            values[name] = (
                moment if time.utc_offset is None else local_wall_time(moment, time.utc_offset)
            )
        return {name: value for name, value in values.items() if value is not None}

    def build(self) -> uuid.UUID:
        script, order = self.script, self.script.order
        opening, *replies = script.messages
        created = create_case(
            self.profile,
            NewCase(
                subject=self.fill(script.subject),
                body=self.fill(opening.body),
                customer_name=script.customer.name,
                customer_alias=script.customer.alias,
                customer_email=script.customer.email,
                customer_locale=script.customer.locale,
                marketplace=script.marketplace,
                channel=script.channel,
                order=NewOrder(
                    external_id=order.external_id,
                    purchased_at=self.at(order.purchased),
                    shipped_at=self.at(order.shipped),
                    delivered_on=self.day(order.delivered),
                    estimated_delivery_min=self.day(order.estimated_from),
                    estimated_delivery_max=self.day(order.estimated_to),
                    fulfilment=order.fulfilment,
                    currency=order.currency,
                    carrier=order.carrier,
                    tracking_number=order.tracking,
                    items=[
                        NewItem(i.title, i.sku, i.category, i.quantity, i.unit_price)
                        for i in order.items
                    ],
                ),
                reason=script.reason,
                priority=script.priority,
                assignee=self.person(script.assignee),
                received_at=self.at(opening.at),
            ),
        )
        case_id = created.case_id
        self.attach(case_id, opening, created.message_id)
        for message in replies:
            at = self.at(message.at)
            # A scripted reply went out at its time (the demo has no mailbox to send with).
            sent = message.direction == Direction.OUTBOUND and not message.draft
            added = add_message(
                self.profile,
                case_id,
                message.direction,
                self.fill(message.body),
                author=self.person(message.author),
                created_at=at,
                template_key=message.template,
                draft=message.draft,
                sent_at=at if sent else None,
            )
            self.attach(case_id, message, added.message_id)
        if script.status:
            update_case(self.profile, case_id, status=script.status)
        if script.tags:
            set_tags(self.profile, case_id, list(script.tags))
        if escalation := script.escalation:
            level, reason = escalation.level, self.fill(escalation.reason)
            set_escalation(self.profile, case_id, level, reason, escalation.target)
        return case_id

    def attach(self, case_id: uuid.UUID, message: MessageScript, message_id: uuid.UUID) -> None:
        for evidence in message.evidence:
            add_evidence(
                self.profile,
                case_id,
                self.draw(evidence),
                kind=evidence.kind,
                caption=self.fill(evidence.caption),
                message_id=message_id,
            )

    def draw(self, evidence: EvidenceScript) -> Path:
        """Make the evidence file with `app.demo.media`, named as the case file says."""
        offset = parse_utc_offset(evidence.utc_offset) if evidence.utc_offset else None
        if evidence.drawing == "receipt_pdf":
            pages = [
                [(self.fill(ln.text), ln.size, ln.bold) for ln in page] for page in evidence.pages
            ]
            return media.receipt_pdf(self.folder / self.fill(evidence.file), pages)
        if evidence.drawing == "tracking_screenshot":

            def local(at: dt.timedelta) -> dt.datetime:
                return local_wall_time(self.at(at), offset)

            return media.tracking_screenshot(
                self.folder / self.fill(evidence.file),
                carrier=self.script.order.carrier or "",
                tracking_number=self.script.order.tracking or "",
                events=[
                    (f"{local(e.at):%d %b %Y}", f"{local(e.at):%H:%M}", self.fill(e.text))
                    for e in evidence.events
                ],
                status_line=self.fill(evidence.status),
                note=self.fill(evidence.note),
                clock=f"{local(evidence.clock):%H:%M}",
            )
        taken = local_wall_time(self.at(evidence.taken), offset)
        draw = getattr(media, evidence.drawing)  # one of case_files.PHOTOS
        return draw(self.folder / self.fill(evidence.file, taken=taken), taken, evidence.utc_offset)
