"""Reading the scripted demo cases from their data files, `app/demo/cases/*.toml`.

Each file is one case, laid out as cases/README.md describes, so that a
trainer can change a demo case without touching Python. Everything is checked
when the files are read, before a row is written: a mistake is a
`CaseFileError` that names the file and the field ("messages[2].at").
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from pathlib import Path

from app.demo.case_script import (
    CaseScript,
    Customer,
    Escalation,
    EvidenceScript,
    Item,
    MessageScript,
    NamedTime,
    OrderScript,
    ReceiptLine,
    TrackingEvent,
)
from app.demo.case_text import (
    UnknownPlaceholder,
    fill_text,
    parse_relative,
    parse_utc_offset,
)
from app.demo.common import SHOP
from app.errors import UserError
from app.models.enums import (
    CaseReason,
    CaseStatus,
    Channel,
    Direction,
    EvidenceKind,
    Fulfilment,
    Priority,
)
from app.services.core.errors import InvalidInput
from app.services.core.marketplaces import check_marketplace, check_order_id
from app.services.deadlines.escalation import ESCALATION_TARGETS

CASES_FOLDER = Path(__file__).parent / "cases"

PEOPLE = ("me", "colleague")  # who works a case: the agent running the demo, or a teammate
AUTHORS = ("customer", *PEOPLE)
PHOTOS = ("belt_with_tape_measure", "cracked_belt_closeup", "replacement_photo")
DRAWINGS = (*PHOTOS, "tracking_screenshot", "receipt_pdf")

# Placeholders every text may use, with a sample value of the type seeding gives them.
_SAMPLE_MOMENT = dt.datetime(2026, 1, 31, 23, 59, tzinfo=dt.UTC)
_SAMPLE_DAY = _SAMPLE_MOMENT.date()
_ORDER_MOMENTS = ("purchased", "shipped")
_ORDER_DAYS = ("delivered", "estimated_from", "estimated_to")


class CaseFileError(UserError):
    """A demo case file that cannot be used; the message names the file and the field."""

    def __init__(self, path: Path, field: str | None, problem: str) -> None:
        self.path, self.field, self.problem = path, field, problem
        where = f"demo case file {path.name}"
        super().__init__(f"In {where}, '{field}' {problem}" if field else f"The {where} {problem}")


# ----------------------------------------------------------------------------- reading


class _Table:
    """One TOML table of a case file: typed reads that name the field when they fail."""

    def __init__(self, path: Path, where: str, data: object) -> None:
        self.path, self.where = path, where
        if not isinstance(data, dict):
            raise self.error(None, "must be a table")
        self.data = data
        self.read: set[str] = set()

    def name(self, key: str | None) -> str:
        if key is None:
            return self.where
        return f"{self.where}.{key}" if self.where else key

    def error(self, key: str | None, problem: str) -> CaseFileError:
        return CaseFileError(self.path, self.name(key) or None, problem)

    def value(self, key: str, kind: type | tuple[type, ...], what: str, required: bool) -> object:
        self.read.add(key)
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.error(key, f"is missing: it must be {what}")
            return None
        if not isinstance(value, kind) or isinstance(value, bool) and kind is int:
            raise self.error(key, f"must be {what}")
        return value

    def text(self, key: str, *, required: bool = True, blank: bool = False) -> str | None:
        value = self.value(key, str, "text in quotes", required)
        if value is not None and not blank and not value.strip():
            raise self.error(key, "is empty")
        return value

    def integer(self, key: str, low: int, high: int, *, default: int | None = None) -> int:
        value = self.value(key, int, "a whole number", default is None)
        if value is None:
            return default
        if not low <= value <= high:
            raise self.error(key, f"must be between {low} and {high}")
        return value

    def flag(self, key: str) -> bool:
        return bool(self.value(key, bool, "true or false", False))

    def choice(self, key: str, allowed: Iterable[str], *, default: str | None = None) -> str:
        allowed = tuple(str(a) for a in allowed)
        value = self.text(key, required=default is None)
        if value is None:
            return default
        if value not in allowed:
            raise self.error(key, f"is {value!r}; use one of: {', '.join(allowed)}")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.value(key, list, 'a list of texts, like ["defect", "exchange"]', False)
        if value is None:
            return ()
        if not all(isinstance(item, str) and item.strip() for item in value):
            raise self.error(key, 'must be a list of texts, like ["defect", "exchange"]')
        return tuple(value)

    def relative(self, key: str, *, required: bool = True, days: bool = False) -> dt.timedelta:
        example = '"10 days ago", "today" or "in 4 days"' if days else '"3 days 2 hours ago"'
        value = self.text(key, required=required)
        if value is None:
            return None
        offset = parse_relative(value)
        if offset is None:
            raise self.error(key, f"is {value!r}; write a time like {example}")
        if days and offset % dt.timedelta(days=1):
            raise self.error(key, f"is {value!r}; a date counts whole days, like {example}")
        return offset

    def utc_offset(self, key: str, *, required: bool = True) -> str | None:
        value = self.text(key, required=required)
        if value is not None and parse_utc_offset(value) is None:
            raise self.error(key, f'is {value!r}; write an offset from UTC like "+09:00"')
        return value

    def table(self, key: str, *, required: bool = True) -> _Table | None:
        self.read.add(key)
        if key not in self.data:
            if required:
                raise self.error(key, "is missing")
            return None
        return _Table(self.path, self.name(key), self.data[key])

    def tables(self, key: str, *, required: bool = True) -> list[_Table]:
        self.read.add(key)
        rows = self.data.get(key)
        if rows is None and not required:
            return []
        if not isinstance(rows, list) or not rows:
            raise self.error(key, f"must be one or more [[{self.name(key)}]] tables")
        return [_Table(self.path, f"{self.name(key)}[{n}]", row) for n, row in enumerate(rows, 1)]

    def finish(self) -> None:
        """Refuse a field this table does not know (most often a misspelt one)."""
        unknown = sorted(set(self.data) - self.read)
        if unknown:
            known = ", ".join(sorted(self.read))
            raise self.error(unknown[0], f"is not a field here; the fields are: {known}")


def read_case_file(path: Path) -> CaseScript:
    """One case file, checked through; raises CaseFileError."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise CaseFileError(path, None, f"is not valid TOML: {exc}") from None
    except OSError as exc:
        raise CaseFileError(path, None, f"cannot be read: {exc.strerror or exc}") from None
    top = _Table(path, "", data)
    number = top.integer("number", 1, 999)
    subject = top.text("subject")
    marketplace = _checked(top, "marketplace", check_marketplace)
    reason = top.choice("reason", CaseReason)
    priority = top.choice("priority", Priority)
    channel = top.choice("channel", Channel, default=Channel.MARKETPLACE.value)
    assignee = top.choice("assignee", PEOPLE)
    status = top.choice("status", CaseStatus, default="") or None
    tags = top.texts("tags")
    customer = _customer(top.table("customer"))
    order = _order(top.table("order"), marketplace)
    times = _times(top.table("times", required=False))
    messages = tuple(_message(row, first=n == 0) for n, row in enumerate(top.tables("messages")))
    escalation = _escalation(top.table("escalation", required=False))
    top.finish()
    drawings = {e.drawing for m in messages for e in m.evidence}
    if "tracking_screenshot" in drawings and not (order.carrier and order.tracking):
        raise top.error(
            "order.tracking", "is needed (with order.carrier) for a tracking screenshot"
        )
    script = CaseScript(
        path, number, subject, marketplace, reason, priority, channel, assignee, customer,
        order, times, messages, status, tags, escalation,
    )  # fmt: skip
    _check_texts(top, script)
    return script


def _checked(table: _Table, key: str, check, *args: object) -> str:  # noqa: ANN001
    value = table.text(key)
    try:
        return check(*args, value)
    except InvalidInput as exc:
        raise table.error(key, f"is {value!r}: {exc}") from None


def _customer(table: _Table) -> Customer:
    customer = Customer(
        name=table.text("name"),
        locale=table.text("locale"),
        alias=table.text("alias", required=False),
        email=table.text("email", required=False),
    )
    if customer.alias is None and customer.email is None:
        raise table.error("alias", "is missing: a customer needs a buyer alias or an email")
    table.finish()
    return customer


def _order(table: _Table, marketplace: str) -> OrderScript:
    items = []
    for row in table.tables("items"):
        price = row.text("price", required=False)
        try:
            unit_price = None if price is None else Decimal(price)
        except InvalidOperation:
            raise row.error(
                "price", f'is {price!r}; write an amount in quotes, like "18.99"'
            ) from None
        items.append(
            Item(
                title=row.text("title"),
                sku=row.text("sku", required=False),
                category=row.text("category", required=False),
                quantity=row.integer("quantity", 1, 999, default=1),
                unit_price=unit_price,
            )
        )
        row.finish()
    fulfilment = table.choice("fulfilment", Fulfilment, default="") or None
    order = OrderScript(
        external_id=_checked(table, "id", check_order_id, marketplace),
        purchased=table.relative("purchased", required=False),
        shipped=table.relative("shipped", required=False),
        delivered=table.relative("delivered", required=False, days=True),
        estimated_from=table.relative("estimated_from", required=False, days=True),
        estimated_to=table.relative("estimated_to", required=False, days=True),
        fulfilment=fulfilment,
        currency=table.text("currency", required=False),
        carrier=table.text("carrier", required=False),
        tracking=table.text("tracking", required=False),
        items=tuple(items),
    )
    table.finish()
    return order


def _times(table: _Table | None) -> dict[str, NamedTime]:
    if table is None:
        return {}
    times = {}
    for name in table.data:
        if name in _reserved_names() or not name.isidentifier() or not name.islower():
            raise table.error(name, "cannot name a time: use lowercase letters, not a built-in")
        if isinstance(table.data[name], dict):
            entry = table.table(name)
            times[name] = NamedTime(
                entry.relative("at"), parse_utc_offset(entry.utc_offset("utc_offset"))
            )
            entry.finish()
        else:
            times[name] = NamedTime(table.relative(name), None)
    return times


def _message(table: _Table, *, first: bool) -> MessageScript:
    direction = table.choice("direction", Direction)
    default_author = "customer" if direction == Direction.INBOUND else None
    message = MessageScript(
        direction=direction,
        author=table.choice("author", AUTHORS, default=default_author),
        at=table.relative("at"),
        body=table.text("body"),
        draft=table.flag("draft"),
        template=table.text("template", required=False),
        evidence=tuple(_evidence(row) for row in table.tables("evidence", required=False)),
    )
    if (direction == Direction.INBOUND) != (message.author == "customer"):
        raise table.error("author", "must be the customer for inbound messages, and only then")
    if message.draft and direction != Direction.OUTBOUND:
        raise table.error("draft", "is for outbound messages only")
    if first and (direction != Direction.INBOUND or message.draft or message.template):
        raise table.error("direction", "of the first message must be inbound: it opens the case")
    table.finish()
    return message


def _evidence(table: _Table) -> EvidenceScript:
    drawing = table.choice("drawing", DRAWINGS)
    photo, screenshot = drawing in PHOTOS, drawing == "tracking_screenshot"
    pages: list[tuple[ReceiptLine, ...]] = []
    if drawing == "receipt_pdf":
        pages = [_receipt_lines(page) for page in table.tables("pages")]
    events = []
    if screenshot:
        for row in table.tables("events"):
            events.append(TrackingEvent(row.relative("at"), row.text("text")))
            row.finish()
    evidence = EvidenceScript(
        drawing=drawing,
        kind=table.choice("kind", EvidenceKind),
        caption=table.text("caption"),
        file=table.text("file"),
        utc_offset=table.utc_offset("utc_offset") if photo or screenshot else None,
        taken=table.relative("taken") if photo else None,
        pages=tuple(pages),
        clock=table.relative("clock") if screenshot else None,
        status=table.text("status") if screenshot else None,
        note=table.text("note") if screenshot else None,
        events=tuple(events),
    )
    table.finish()
    return evidence


def _receipt_lines(page: _Table) -> tuple[ReceiptLine, ...]:
    rows = page.value("lines", list, "a list of lines", True)
    lines = []
    for n, row in enumerate(rows, 1):
        if isinstance(row, str):
            lines.append(ReceiptLine(row, 13, False))
            continue
        line = _Table(page.path, f"{page.name('lines')}[{n}]", row)
        lines.append(
            ReceiptLine(
                line.text("text", blank=True),
                line.integer("size", 6, 72, default=13),
                line.flag("bold"),
            )
        )
        line.finish()
    page.finish()
    return tuple(lines)


def _escalation(table: _Table | None) -> Escalation | None:
    if table is None:
        return None
    escalation = Escalation(
        level=table.integer("level", 1, 3),
        reason=table.text("reason"),
        target=table.choice("target", ESCALATION_TARGETS, default="") or None,
    )
    table.finish()
    return escalation


def read_case_folder(folder: Path = CASES_FOLDER) -> tuple[CaseScript, ...]:
    """Every case file of `folder`, by number; numbers, orders and buyer aliases unique."""
    paths = sorted(folder.glob("*.toml"))
    if not paths:
        raise UserError(f"There are no demo case files (*.toml) in {folder}.")
    scripts = [read_case_file(path) for path in paths]
    numbers: dict[int, Path] = {}
    orders: dict[tuple[str, str], Path] = {}
    aliases: dict[tuple[str, str], Path] = {}
    for script in scripts:
        for seen, key, field in (
            (numbers, script.number, "number"),
            (orders, (script.marketplace, script.order.external_id), "order.id"),
            (aliases, (script.marketplace, script.customer.alias or script.path), "customer.alias"),
        ):
            if key in seen:
                raise CaseFileError(script.path, field, f"is the same as in {seen[key].name}")
            seen[key] = script.path
    return tuple(sorted(scripts, key=lambda script: script.number))


# ----------------------------------------------------------------------------- placeholders


def _reserved_names() -> tuple[str, ...]:
    return (
        "shop",
        "order",
        "carrier",
        "tracking",
        "customer",
        "taken",
        *_ORDER_MOMENTS,
        *_ORDER_DAYS,
    )


def placeholder_names(script: CaseScript) -> dict[str, object]:
    """What the texts of `script` may show, each with a sample of the value seeding gives it."""
    order = script.order
    samples: dict[str, object] = {
        "shop": SHOP,
        "order": order.external_id,
        "customer": script.customer.name,
    }
    if order.carrier:
        samples["carrier"] = order.carrier
    if order.tracking:
        samples["tracking"] = order.tracking
    for name in _ORDER_MOMENTS:
        if getattr(order, name) is not None:
            samples[name] = _SAMPLE_MOMENT
    for name in _ORDER_DAYS:
        if getattr(order, name) is not None:
            samples[name] = _SAMPLE_DAY
    for name, time in script.times.items():
        local = time.utc_offset is not None
        samples[name] = _SAMPLE_MOMENT.replace(tzinfo=None) if local else _SAMPLE_MOMENT
    return samples


def _check_texts(top: _Table, script: CaseScript) -> None:
    """Fill every text with sample values once, so a bad placeholder fails now, not at seeding."""
    samples = placeholder_names(script)
    texts: list[tuple[str, str]] = [("subject", script.subject)]
    if script.escalation:
        texts.append(("escalation.reason", script.escalation.reason))
    for n, message in enumerate(script.messages, 1):
        where = f"messages[{n}]"
        texts.append((f"{where}.body", message.body))
        for m, evidence in enumerate(message.evidence, 1):
            at = f"{where}.evidence[{m}]"
            texts += [(f"{at}.caption", evidence.caption)]
            own = {"taken": _SAMPLE_MOMENT.replace(tzinfo=None)} if evidence.taken else {}
            _check_text(top, f"{at}.file", evidence.file, samples | own)
            if evidence.note:
                texts.append((f"{at}.note", evidence.note))
            for p, page in enumerate(evidence.pages, 1):
                for q, line in enumerate(page, 1):
                    texts.append((f"{at}.pages[{p}].lines[{q}]", line.text))
            for e, event in enumerate(evidence.events, 1):
                texts.append((f"{at}.events[{e}].text", event.text))
    for field, text in texts:
        _check_text(top, field, text, samples)


def _check_text(top: _Table, field: str, text: str, samples: dict[str, object]) -> None:
    try:
        fill_text(text, samples)
    except UnknownPlaceholder as exc:
        known = ", ".join(sorted(samples))
        raise CaseFileError(
            top.path,
            field,
            f"uses {{{exc.args[0]}}}, which this case does not have; it has: {known}",
        ) from None
    except (ValueError, TypeError) as exc:
        raise CaseFileError(
            top.path,
            field,
            f"has a placeholder that cannot be filled ({exc}); write {{{{ and }}}} for braces",
        ) from None
