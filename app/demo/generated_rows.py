"""Rows of generated demo cases, built as tuples in the exact stored formats.

`RowBuilder.add_case()` appends one case with its customer, order, item,
tags, messages and their "create" Operations to a `Rows` batch; `generated`
writes the batches. Content comes from the phrase pools of `phrases`.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from app.demo import phrases
from app.demo.phrases import LanguagePack
from app.models.enums import PRIORITY_RANK, Priority
from app.models.ids import case_ref, new_id
from app.models.opdata import ROW_VALUE, encode
from app.models.types import device_key, utc_micros
from app.services.core.marketplaces import MARKETPLACES
from app.services.core.profile import Profile

BATCH_CASES = 5_000
HISTORY_DAYS = 730
TEAM = ("lena", "sam", "mei", "omar")

_RATE = {
    "USD": Decimal("1"),
    "CAD": Decimal("1.37"),
    "GBP": Decimal("0.79"),
    "EUR": Decimal("0.92"),
    "SEK": Decimal("10.5"),
    "PLN": Decimal("3.95"),
    "JPY": Decimal("150"),
    "INR": Decimal("83"),
    "AED": Decimal("3.67"),
    "SAR": Decimal("3.75"),
}
_CARRIERS = {
    "amazon.com": (("UPS", "1Z", 16), ("USPS", "9400", 18), ("FedEx", "", 12), ("AMZL", "TBA", 12)),
    "amazon.ca": (("Canada Post", "", 16), ("Purolator", "", 12)),
    "amazon.co.uk": (("Royal Mail", "RM", 9), ("Evri", "H", 15), ("DPD", "15", 12)),
    "amazon.de": (("DHL", "00340434", 12), ("Hermes", "H", 19), ("DPD", "0", 13)),
    "amazon.es": (("Correos", "PQ", 20), ("SEUR", "", 14)),
    "amazon.pl": (("InPost", "", 24),),
    "amazon.co.jp": (("Yamato Transport", "", 12), ("Sagawa Express", "", 12)),
    "amazon.in": (("Delhivery", "", 13),),
    "amazon.sa": (("Aramex", "", 11), ("SMSA Express", "", 12)),
    "amazon.ae": (("Aramex", "", 11),),
}
_ORDER_PREFIX = {
    "amazon.com": ("111", "112", "113", "114"),
    "amazon.ca": ("701", "702"),
    "amazon.co.uk": ("202", "203", "204", "205", "206"),
    "amazon.de": ("302", "303", "304", "305", "306"),
    "amazon.es": ("171", "402", "403"),
    "amazon.pl": ("408",),
    "amazon.co.jp": ("249", "250", "503"),
    "amazon.in": ("171", "402", "404"),
    "amazon.sa": ("405", "406"),
    "amazon.ae": ("407", "408"),
}
_PRIORITIES = (Priority.LOW, Priority.NORMAL, Priority.HIGH, Priority.URGENT)
_PRIORITY_WEIGHTS = (20, 55, 18, 7)
_TAGS = {
    "wrong_size": ("wrong-size", "size-chart"),
    "not_as_described": ("listing-check", "photo-received"),
    "defective": ("defect", "supplier-qc", "photo-received"),
    "damaged": ("damaged-in-transit", "carrier-claim"),
    "missing_parts": ("missing-item", "warehouse"),
    "not_received": ("not-received", "carrier-trace", "a-to-z-risk"),
    "late": ("late", "carrier-trace"),
    "refund": ("refund", "return-received"),
    "return": ("return", "return-label"),
    "exchange": ("exchange", "replacement"),
}
_GENERIC_TAGS = ("repeat-buyer", "vip", "fba", "peak-season", "follow-up")


def _tz(value: dt.datetime) -> str:
    return value.isoformat()


@dataclass
class Rows:
    """Rows of one batch, per table, in insert order, plus their operations."""

    customers: list[tuple] = field(default_factory=list)
    orders: list[tuple] = field(default_factory=list)
    items: list[tuple] = field(default_factory=list)
    cases: list[tuple] = field(default_factory=list)
    tags: list[tuple] = field(default_factory=list)
    messages: list[tuple] = field(default_factory=list)
    operations: list[tuple] = field(default_factory=list)


class RowBuilder:
    """Makes the rows of one case at a time; every random choice comes from `rng`."""

    def __init__(
        self,
        profile: Profile,
        rng: random.Random,
        taken_refs: set[str],
        taken_aliases: set[tuple[str, str]] | None = None,
    ) -> None:
        self.profile = profile
        self.rng = rng
        self.taken_refs = taken_refs
        # (marketplace, alias) pairs in use: a buyer alias is unique per marketplace.
        self.taken_aliases = taken_aliases if taken_aliases is not None else set()
        self.now = profile.now()
        self.now_stored = utc_micros(self.now)
        self.now_iso = _tz(self.now)
        self.device = device_key(profile.ops.device_id)
        self.actor = profile.ops.actor
        self.agents = (profile.agent, *[a for a in TEAM if a != profile.agent])
        self.order_ids: set[str] = set()
        self.repeat_buyers: dict[str, list[tuple[bytes, str, str]]] = {}
        self.lot = 2400

    # -- helpers

    def _op(
        self,
        rows: Rows,
        entity: str,
        entity_id: uuid.UUID,
        case_key: bytes | None,
        action: str,
        data: dict,
    ) -> None:
        rows.operations.append(
            (
                0,  # the clock stamp: given when the batch is written (see generate_cases)
                self.device,
                self.actor,
                entity,
                entity_id.bytes,
                case_key,
                action,
                encode(data),
                self.now_stored,
            )
        )

    def _order_id(self, marketplace: str) -> str:
        rng = self.rng
        while True:
            prefix = rng.choice(_ORDER_PREFIX.get(marketplace, ("111",)))
            text = f"{prefix}-{rng.randrange(10**7):07d}-{rng.randrange(10**7):07d}"
            if text not in self.order_ids:
                self.order_ids.add(text)
                return text

    def _alias(self, pack: LanguagePack, marketplace: str) -> str:
        """A buyer alias not yet used on this marketplace ("sunny.42", then longer numbers)."""
        rng, high = self.rng, 99
        while True:
            alias = f"{rng.choice(pack.aliases)}.{rng.randrange(10, high)}"
            if (marketplace, alias) not in self.taken_aliases:
                self.taken_aliases.add((marketplace, alias))
                return alias
            high = min(high * 10, 10**9)

    def _name(self, pack: LanguagePack) -> str:
        given, family = self.rng.choice(pack.given), self.rng.choice(pack.family)
        if pack.family_first:
            return f"{family} {given}" if pack.code == "ja" else f"{family}{given}"
        return f"{given} {family}"

    def _created_at(self) -> dt.datetime:
        # More recent cases than old ones: a shop grows, and old cases get archived.
        age = (self.rng.random() ** 1.6) * HISTORY_DAYS
        return self.now - dt.timedelta(days=age, seconds=self.rng.randrange(86_400))

    # -- one case

    def add_case(self, rows: Rows) -> None:
        rng = self.rng
        pack = rng.choices(phrases.LANGUAGES, phrases.LANGUAGE_WEIGHTS)[0]
        locale, marketplaces = rng.choice(pack.locales)
        marketplace = rng.choice(marketplaces)
        currency = MARKETPLACES[marketplace].currency
        reason = rng.choice(phrases.REASONS)
        sku, title, category, usd, product_key, size = rng.choice(phrases.CATALOGUE)
        product = pack.products[product_key]
        wanted_size = rng.choice(phrases.OTHER_SIZES) if reason == "exchange" else size

        # Messages: how the conversation went decides the case's state.
        opened = self._created_at()
        age_days = (self.now - opened).total_seconds() / 86_400
        pattern = self._pattern(age_days)
        gaps = [rng.uniform(0.5, 40.0) for _ in pattern]
        span = dt.timedelta(hours=sum(gaps[1:]))
        if opened + span > self.now - dt.timedelta(minutes=5):
            opened = self.now - span - dt.timedelta(minutes=rng.randrange(5, 600))
        order_text = self._order_id(marketplace)

        # Customer (now and then a repeat buyer of the same language and store).
        known = self.repeat_buyers.setdefault(marketplace + locale, [])
        if known and rng.random() < 0.08:
            customer_key, customer_name, first_name = rng.choice(known)
        else:
            customer_id = new_id()
            customer_key = customer_id.bytes
            customer_name = self._name(pack)
            # How a reply addresses the buyer: given name, Japanese family name, or full name.
            if pack.family_first and pack.code != "ja":
                first_name = customer_name
            else:
                first_name = customer_name.split(" ")[0]
            alias = self._alias(pack, marketplace)
            channel_is_email = rng.random() < 0.1
            email = f"{alias}@example.com" if channel_is_email else None
            since = opened - dt.timedelta(minutes=1)
            rows.customers.append(
                (
                    customer_key,
                    customer_name,
                    alias,
                    email,
                    locale,
                    marketplace,
                    utc_micros(since),
                    self.now_stored,
                )
            )
            data = {
                "name": [None, customer_name],
                "buyer_alias": [None, alias],
                "locale": [None, locale],
                "marketplace": [None, marketplace],
                "created_at": [None, _tz(since)],
                "updated_at": [None, self.now_iso],
            }
            if email:
                data["email"] = [None, email]
            self._op(rows, "customer", customer_id, None, "create", data)
            if len(known) < 50:
                known.append((customer_key, customer_name, first_name))

        order_key, total = self._add_order(
            rows,
            rng,
            marketplace,
            currency,
            order_text,
            customer_key,
            opened,
            reason,
            (sku, title, category, usd),
        )

        # The case row comes after its customer and order, so the FTS trigger sees both.
        case_id = new_id()
        ref = case_ref(case_id)
        while ref in self.taken_refs:
            case_id = new_id()
            ref = case_ref(case_id)
        self.taken_refs.add(ref)
        case_key = case_id.bytes
        subject = rng.choice(pack.subjects[reason])
        channel = rng.choices(("marketplace", "email", "chat"), (85, 10, 5))[0]
        priority = rng.choices(_PRIORITIES, _PRIORITY_WEIGHTS)[0]
        if total > 150 * _RATE[currency] and priority in (Priority.LOW, Priority.NORMAL):
            priority = Priority.HIGH
        assignee = self._assignee()

        slots = {
            "product": product,
            "size": wanted_size,
            "order": order_text,
            "name": first_name,
        }
        message_rows = []
        at = opened
        last_in = last_out = None
        inbound_streak = 0
        max_streak = 0
        for index, (kind, gap) in enumerate(zip(pattern, gaps, strict=True)):
            if index:
                at = at + dt.timedelta(hours=gap)
            if kind == "in":
                body = rng.choice(pack.issues[reason]).format(**slots)
            elif kind == "again":
                body = rng.choice(pack.followups)
            elif kind == "thanks":
                body = rng.choice(pack.thanks)
            elif kind == "out":
                body = rng.choice(pack.replies[phrases.REPLY_GROUP[reason]]).format(**slots)
            else:
                self.lot += 1
                body = rng.choice(phrases.NOTES).format(size=size, lot=self.lot % 9000 + 1000)
            direction = {"out": "outbound", "note": "note"}.get(kind, "inbound")
            if direction == "inbound":
                last_in = at
                inbound_streak += 1
                max_streak = max(max_streak, inbound_streak)
                author = customer_name
            else:
                author = assignee or self.agents[0]
                if direction == "outbound":
                    last_out = at
                    inbound_streak = 0
            message_rows.append((direction, author, body, at))

        status = self._status(pattern, age_days)
        level, escalation = 0, None
        if status in ("new", "open") and inbound_streak >= 2:
            level, escalation = 1, phrases.ESCALATION_REASONS["repeat"].format(n=inbound_streak)
        elif reason == "not_received" and status in ("new", "open") and rng.random() < 0.5:
            level, escalation = 2, phrases.ESCALATION_REASONS["a_to_z"]
        elif status not in ("resolved", "closed") and rng.random() < 0.03:
            level = rng.choice((1, 2, 3))
            escalation = phrases.ESCALATION_REASONS[rng.choice(("safety", "value", "manual"))]
        unanswered_open = (
            last_in is not None
            and (last_out is None or last_out < last_in)
            and status not in ("resolved", "closed")
        )
        updated = max(at, last_in or at) + dt.timedelta(minutes=rng.randrange(1, 240))
        updated = min(updated, self.now)
        language = locale
        case_row = (
            case_key,
            ref,
            subject,
            customer_key,
            order_key,
            marketplace,
            reason,
            status,
            priority.value,
            PRIORITY_RANK[priority],
            level,
            escalation,
            channel,
            language,
            assignee,
            utc_micros(opened),
            utc_micros(updated),
            utc_micros(last_in) if last_in else None,
            utc_micros(last_out) if last_out else None,
            # The reply clock of an unanswered buyer (the services' 24 hours).
            utc_micros(last_in + dt.timedelta(hours=24)) if unanswered_open else None,
            "reply" if unanswered_open else None,
        )
        rows.cases.append(case_row)
        data = {
            "ref": [None, ref],
            "subject": [None, subject],
            "customer_id": [None, str(uuid.UUID(bytes=customer_key))],
            "order_id": [None, str(uuid.UUID(bytes=order_key))],
            "marketplace": [None, marketplace],
            "reason": [None, reason],
            "status": [None, status],
            "priority": [None, priority.value],
            "priority_rank": [None, PRIORITY_RANK[priority]],
            "escalation_level": [None, level],
            "channel": [None, channel],
            "language": [None, language],
            "created_at": [None, _tz(opened)],
            "updated_at": [None, _tz(updated)],
        }
        if escalation:
            data["escalation_reason"] = [None, escalation]
        if assignee:
            data["assignee"] = [None, assignee]
        if last_in:
            data["last_inbound_at"] = [None, _tz(last_in)]
        if last_out:
            data["last_outbound_at"] = [None, _tz(last_out)]
        self._op(rows, "case", case_id, case_key, "create", data)

        if rng.random() < 0.6:
            tags = {rng.choice(_TAGS[reason])}
            if rng.random() < 0.25:
                tags.add(rng.choice(_GENERIC_TAGS))
            for tag in sorted(tags):
                rows.tags.append((case_key, tag, utc_micros(opened)))
                self._op(rows, "case_tag", case_id, case_key, "add", {"tag": tag})

        for direction, author, body, when in message_rows:
            message_id = new_id()
            when_stored = utc_micros(when)
            message_language = None if direction == "note" else language
            state = "sent" if direction == "outbound" else None
            sent = when_stored if state == "sent" else None
            rows.messages.append(
                (
                    message_id.bytes,
                    case_key,
                    direction,
                    channel,
                    author,
                    body,
                    message_language,
                    when_stored,
                    sent,
                    state,
                    0,
                )
            )
            data = {
                "case_id": [None, str(case_id)],
                "direction": [None, direction],
                "channel": [None, channel],
                "author": [None, author],
                "body": [None, ROW_VALUE],  # the message row holds it (oplog.HELD_BY_ROW)
                "created_at": [None, _tz(when)],
                "no_response_needed": [None, False],
            }
            if message_language:
                data["language"] = [None, message_language]
            if state:
                data["sent_at"] = [None, _tz(when)]
                data["outbound_state"] = [None, state]
            self._op(rows, "message", message_id, case_key, "create", data)

    def _assignee(self) -> str | None:
        """This agent for about 30% of cases, nobody for 18%, the rest of the team otherwise."""
        roll = self.rng.random()
        if roll < 0.30:
            return self.agents[0]
        if roll < 0.48:
            return None
        return self.rng.choice(self.agents[1:])

    def _pattern(self, age_days: float) -> tuple[str, ...]:
        """The conversation's shape: who wrote what, in order (1-4 messages)."""
        rng = self.rng
        if age_days < 3:
            choices = (
                (("in",), 35),
                (("in", "again"), 15),
                (("in", "out"), 25),
                (("in", "note", "out"), 10),
                (("in", "out", "in"), 15),
            )
        elif age_days < 30:
            choices = (
                (("in",), 6),
                (("in", "again"), 4),
                (("in", "out"), 30),
                (("in", "note", "out"), 15),
                (("in", "out", "in"), 15),
                (("in", "out", "in", "out"), 15),
                (("in", "note", "out", "thanks"), 15),
            )
        else:
            choices = (
                (("in", "out"), 35),
                (("in", "note", "out"), 15),
                (("in", "out", "in", "out"), 20),
                (("in", "note", "out", "thanks"), 20),
                (("in", "out", "thanks"), 10),
            )
        return rng.choices([c for c, _ in choices], [w for _, w in choices])[0]

    def _status(self, pattern: tuple[str, ...], age_days: float) -> str:
        rng = self.rng
        last = pattern[-1]
        if pattern == ("in",):
            return "new"
        if last in ("in", "again"):
            return "open"
        if last == "thanks":
            return "closed" if age_days > 60 else "resolved"
        # The agent answered last.
        if age_days > 30:
            return rng.choices(("closed", "resolved", "waiting_customer"), (60, 38, 2))[0]
        return rng.choices(
            ("waiting_customer", "waiting_third_party", "resolved", "open"), (45, 15, 30, 10)
        )[0]

    def _add_order(
        self,
        rows: Rows,
        rng: random.Random,
        marketplace: str,
        currency: str,
        order_text: str,
        customer_key: bytes,
        opened: dt.datetime,
        reason: str,
        item: tuple[str, str, str, str],
    ) -> tuple[bytes, Decimal]:
        sku, title, category, usd = item
        purchased = opened - dt.timedelta(days=rng.uniform(3, 25))
        shipped = purchased + dt.timedelta(hours=rng.uniform(4, 60))
        est_min = (shipped + dt.timedelta(days=rng.randint(2, 5))).date()
        est_max = est_min + dt.timedelta(days=rng.randint(1, 4))
        delivered = None
        if reason not in ("not_received", "late"):
            delivered = min((shipped + dt.timedelta(days=rng.randint(2, 7))).date(), opened.date())
        fulfilment = rng.choice(("fba", "fbm"))
        carriers = _CARRIERS.get(marketplace, (("UPS", "1Z", 16),))
        carrier, prefix, digits = rng.choice(carriers)
        tracking = prefix + "".join(rng.choices("0123456789", k=digits))
        rate = _RATE[currency]
        places = Decimal("1") if currency in ("JPY", "INR") else Decimal("0.01")
        unit = (Decimal(usd) * rate).quantize(places)
        quantity = rng.choices((1, 2, 3), (80, 15, 5))[0]
        total = unit * quantity
        order_id = new_id()
        order_key = order_id.bytes
        created = utc_micros(opened)
        rows.orders.append(
            (
                order_key,
                customer_key,
                marketplace,
                order_text,
                utc_micros(purchased),
                utc_micros(shipped),
                delivered.isoformat() if delivered else None,
                est_min.isoformat(),
                est_max.isoformat(),
                fulfilment,
                currency,
                str(total),
                carrier,
                tracking,
                created,
                self.now_stored,
            )
        )
        data = {
            "customer_id": [None, str(uuid.UUID(bytes=customer_key))],
            "marketplace": [None, marketplace],
            "external_id": [None, order_text],
            "purchased_at": [None, _tz(purchased)],
            "shipped_at": [None, _tz(shipped)],
            "estimated_delivery_min": [None, est_min.isoformat()],
            "estimated_delivery_max": [None, est_max.isoformat()],
            "fulfilment": [None, fulfilment],
            "currency": [None, currency],
            "total": [None, str(total)],
            "carrier": [None, carrier],
            "tracking_number": [None, tracking],
            "created_at": [None, _tz(opened)],
            "updated_at": [None, self.now_iso],
        }
        if delivered:
            data["delivered_on"] = [None, delivered.isoformat()]
        self._op(rows, "order", order_id, None, "create", data)
        item_id = new_id()
        rows.items.append(
            (item_id.bytes, order_key, sku, title, category, quantity, str(unit), currency)
        )
        self._op(
            rows,
            "order_item",
            item_id,
            None,
            "create",
            {
                "order_id": [None, str(order_id)],
                "position": [None, 0],
                "sku": [None, sku],
                "title": [None, title],
                "category": [None, category],
                "quantity": [None, quantity],
                "unit_price": [None, str(unit)],
                "currency": [None, currency],
            },
        )
        return order_key, total
