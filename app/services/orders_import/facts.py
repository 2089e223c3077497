"""From a report's rows to orders: one order per order id, its items, dates and shipment.

A report has one row per item (All Orders) or per shipped item (Amazon
Fulfilled Shipments; an item shipped in two parcels has two rows). Rows are
grouped by marketplace and order id. A value the report does not give stays
None: an import never clears what an earlier one, or an agent, recorded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from zoneinfo import ZoneInfo

from app.models.enums import Fulfilment
from app.services.core.errors import InvalidInput
from app.services.core.marketplaces import MARKETPLACES, check_marketplace, check_order_id
from app.services.core.validation import clean_line
from app.services.orders_import.reading import (
    ALL_ORDERS,
    FULFILLED_SHIPMENTS,
    RawReport,
    Record,
)
from app.services.orders_import.values import (
    CellError,
    parse_day,
    parse_money,
    parse_quantity,
    parse_timestamp,
)

# The sizes of the columns these go to (app/models/entities.py).
MAX_TITLE_CHARS = 500
MAX_SKU_CHARS = 64
MAX_CARRIER_CHARS = 80
MAX_TRACKING_CHARS = 80

# Columns that say when an order arrived; the two reports have none, but some exports do.
DELIVERY_COLUMNS = (
    "delivery-date",
    "delivered-date",
    "actual-delivery-date",
    "delivery-date-time",
    "date-delivered",
)
_FULFILMENT = {
    "amazon": Fulfilment.FBA.value,
    "afn": Fulfilment.FBA.value,
    "fba": Fulfilment.FBA.value,
    "merchant": Fulfilment.FBM.value,
    "mfn": Fulfilment.FBM.value,
    "fbm": Fulfilment.FBM.value,
    "seller": Fulfilment.FBM.value,
}
_CANCELLED = frozenset({"cancelled", "canceled"})


@dataclass(frozen=True)
class RowProblem:
    """A row (spreadsheet numbering: the header is row 1), the column at fault if one is,
    a code for the UI's words and the reason in English."""

    row: int
    column: str | None
    code: str
    reason: str
    order_id: str | None = None


@dataclass
class ItemFacts:
    title: str
    sku: str | None
    quantity: int
    price: Decimal | None  # the line's price (all its units), as reports give it
    key: str | None = None  # the marketplace's order item id, where the report has one

    @property
    def unit_price(self) -> Decimal | None:
        if self.price is None or self.quantity < 1:
            return None
        # The report's precision, at least cents where it has any (24732 yen stay whole).
        exponent = self.price.as_tuple().exponent
        step = Decimal(1).scaleb(min(exponent, -2)) if exponent < 0 else Decimal(1)
        return (self.price / self.quantity).quantize(step)


@dataclass
class OrderFacts:
    """One order as the report tells it; None where the report says nothing."""

    marketplace: str
    external_id: str
    first_row: int
    purchased_at: dt.datetime | None = None
    shipped_at: dt.datetime | None = None
    delivered_on: dt.date | None = None
    estimated_delivery_max: dt.date | None = None
    fulfilment: str | None = None
    currency: str | None = None
    carrier: str | None = None
    tracking_number: str | None = None
    items: list[ItemFacts] = field(default_factory=list)
    cancelled: bool = False
    failed: bool = False  # a row of it had an error: the order is left as it is

    @property
    def total(self) -> Decimal | None:
        prices = [item.price for item in self.items if item.price is not None]
        return sum(prices, Decimal(0)) if prices else None


@dataclass
class CollectedOrders:
    kind: str
    orders: list[OrderFacts]
    problems: list[RowProblem]
    warnings: list[RowProblem]
    non_amazon_rows: int = 0
    refused_orders: int = 0  # orders none of whose rows could be read, or not from Amazon


def _text(value: str, limit: int) -> str | None:
    """One clean line, cut to `limit` characters (a report's long titles are not errors)."""
    text = clean_line(value, "value", 10**9, required=False)
    if text is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


class _Collector:
    def __init__(self, report: RawReport, marketplace: str | None) -> None:
        self.report = report
        self.marketplace = marketplace
        self.shipments = report.kind == FULFILLED_SHIPMENTS
        self.delivery_column = next((c for c in DELIVERY_COLUMNS if c in report.columns), None)
        self.orders: dict[tuple[str, str], OrderFacts] = {}
        self.problems: list[RowProblem] = []
        self.warnings: list[RowProblem] = []
        self.non_amazon_rows = 0
        self.refused_ids: set[str] = set()
        self.latest_shipment: dict[tuple[str, str], dt.datetime] = {}

    def problem(
        self, record: Record, column: str | None, code: str, reason: str, order: str | None = None
    ) -> None:
        self.problems.append(RowProblem(record.row, column, code, reason, order))

    def warning(
        self, record: Record, column: str | None, code: str, reason: str, order: str | None = None
    ) -> None:
        self.warnings.append(RowProblem(record.row, column, code, reason, order))

    # --------------------------------------------------------------------- one row

    def add(self, record: Record) -> None:
        order_id = record.get("amazon-order-id")
        channel = record.get("sales-channel")
        if channel.lower().startswith("non-amazon"):
            self.non_amazon_rows += 1
            if order_id:
                self.refused_ids.add(order_id)
            return
        if not order_id:
            self.problem(record, "amazon-order-id", "missing_value", "The order id is empty.")
            return
        marketplace = self.marketplace_of(record, channel, order_id)
        if marketplace is None:
            self.refused_ids.add(order_id)
            return
        try:
            order_id = check_order_id(marketplace, order_id)
        except InvalidInput as exc:
            self.problem(record, "amazon-order-id", "bad_order_id", str(exc), order_id)
            self.refused_ids.add(order_id)
            return
        key = (marketplace, order_id)
        order = self.orders.get(key)
        if order is None:
            order = self.orders[key] = OrderFacts(marketplace, order_id, record.row)
        if record.extra_fields:
            self.warning(
                record,
                None,
                "extra_fields",
                f"The row has {record.extra_fields} more fields than the header; "
                "they were ignored.",
                order_id,
            )
        self.read_row(record, order)

    def marketplace_of(self, record: Record, channel: str, order_id: str) -> str | None:
        if not channel:
            if self.marketplace is None:
                self.problem(
                    record,
                    "sales-channel",
                    "missing_value",
                    "The sales channel is empty.",
                    order_id,
                )
            return self.marketplace
        try:
            return check_marketplace(channel)
        except InvalidInput:
            self.problem(
                record,
                "sales-channel",
                "unknown_marketplace",
                f"{channel!r} is not a marketplace the workbench knows.",
                order_id,
            )
            return None

    def read_row(self, record: Record, order: OrderFacts) -> None:
        zone = ZoneInfo(MARKETPLACES[order.marketplace].timezone)
        day_first = MARKETPLACES[order.marketplace].country not in ("US", "CA", "JP")

        def cell(column: str, read, required: bool):  # noqa: ANN001, ANN202
            text = record.get(column)
            if not text:
                if required:
                    self.problem(
                        record,
                        column,
                        "missing_value",
                        f"The {column} is empty.",
                        order.external_id,
                    )
                    order.failed = True
                return None
            try:
                return read(text)
            except CellError as exc:
                if required:
                    self.problem(record, column, "bad_value", f"{exc}.", order.external_id)
                    order.failed = True
                else:
                    self.warning(
                        record, column, "bad_value", f"{exc}; it was skipped.", order.external_id
                    )
                return None

        def stamp(text: str) -> dt.datetime:
            return parse_timestamp(text, zone, day_first=day_first)

        def day(text: str) -> dt.date:
            return parse_day(text, zone, day_first=day_first)

        purchased = cell("purchase-date", stamp, required=True)
        if purchased is not None and (order.purchased_at is None or purchased < order.purchased_at):
            order.purchased_at = purchased
        currency = record.get("currency").upper() or None
        if currency is not None and not (len(currency) == 3 and currency.isalpha()):
            self.warning(
                record,
                "currency",
                "bad_value",
                f"{currency!r} is not a currency code; it was skipped.",
                order.external_id,
            )
            currency = None
        order.currency = order.currency or currency
        fulfilment_text = record.get("fulfillment-channel")
        if fulfilment_text:
            fulfilment = _FULFILMENT.get(fulfilment_text.lower())
            if fulfilment is None:
                self.warning(
                    record,
                    "fulfillment-channel",
                    "bad_value",
                    f"{fulfilment_text!r} is not a fulfilment channel; it was skipped.",
                    order.external_id,
                )
            order.fulfilment = order.fulfilment or fulfilment
        if record.get("order-status").lower() in _CANCELLED:
            order.cancelled = True
        if self.delivery_column:
            delivered = cell(self.delivery_column, day, required=False)
            if delivered is not None:
                order.delivered_on = max(order.delivered_on or delivered, delivered)
        if self.shipments:
            self.read_shipment(record, order, cell, stamp, day)
        self.read_item(record, order, cell, currency or order.currency)

    def read_shipment(self, record: Record, order: OrderFacts, cell, stamp, day) -> None:  # noqa: ANN001
        shipped = cell("shipment-date", stamp, required=True)
        arrival = cell("estimated-arrival-date", day, required=False)
        if arrival is not None:
            order.estimated_delivery_max = max(order.estimated_delivery_max or arrival, arrival)
        if shipped is None:
            return
        key = (order.marketplace, order.external_id)
        if key in self.latest_shipment and shipped < self.latest_shipment[key]:
            return  # an earlier parcel: the order's shipment facts are its last parcel's
        self.latest_shipment[key] = shipped
        order.shipped_at = shipped
        carrier = _text(record.get("carrier"), MAX_CARRIER_CHARS)
        tracking = _text(record.get("tracking-number"), MAX_TRACKING_CHARS)
        order.carrier = carrier or order.carrier
        order.tracking_number = tracking or order.tracking_number

    def read_item(self, record: Record, order: OrderFacts, cell, currency: str | None) -> None:  # noqa: ANN001
        sku = _text(record.get("sku"), MAX_SKU_CHARS)
        title = _text(record.get("product-name"), MAX_TITLE_CHARS) or sku or record.get("asin")
        if not title:
            return  # a row without its item (some exports): the order's facts only
        quantity_column = "quantity-shipped" if self.shipments else "quantity"
        quantity = cell(quantity_column, parse_quantity, required=False)
        if quantity is None:
            quantity = 0 if record.get("item-status").lower() in _CANCELLED else 1
        if quantity == 0 and self.shipments:
            return  # nothing of it left in this parcel
        price = cell("item-price", lambda text: parse_money(text, currency), required=False)
        key = record.get("amazon-order-item-id") or None
        if self.shipments:
            for item in order.items:
                if (key and item.key == key) or (not key and item.sku == sku and item.sku):
                    item.quantity += quantity  # the same item, in another parcel
                    if price is not None:
                        item.price = (item.price or Decimal(0)) + price
                    return
        order.items.append(ItemFacts(title, sku, quantity, price, key))

    # --------------------------------------------------------------------- the orders

    def finish(self) -> CollectedOrders:
        orders = list(self.orders.values())
        for order in orders:
            self.check_dates(order)
        return CollectedOrders(
            kind=self.report.kind,
            orders=orders,
            problems=self.problems,
            warnings=self.warnings,
            non_amazon_rows=self.non_amazon_rows,
            refused_orders=len(self.refused_ids - {o.external_id for o in orders}),
        )

    def check_dates(self, order: OrderFacts) -> None:
        """A delivery before the purchase is a report's mistake: that day is left out."""
        if order.purchased_at is None:
            return
        zone = ZoneInfo(MARKETPLACES[order.marketplace].timezone)
        purchased = order.purchased_at.astimezone(zone).date()
        for name, column in (
            ("delivered_on", self.delivery_column),
            ("estimated_delivery_max", "estimated-arrival-date"),
        ):
            day = getattr(order, name)
            if day is not None and day < purchased:
                setattr(order, name, None)
                self.warnings.append(
                    RowProblem(
                        order.first_row,
                        column,
                        "before_purchase",
                        f"The {column} ({day}) is before the purchase date ({purchased}); "
                        "it was skipped.",
                        order.external_id,
                    )
                )


def collect_orders(report: RawReport, marketplace: str | None = None) -> CollectedOrders:
    """The report's orders, grouped by order id, with the problems of its rows.
    `marketplace` stands in for an empty (or missing) sales channel."""
    collector = _Collector(report, marketplace)
    for record in report.records:
        collector.add(record)
    return collector.finish()


__all__ = ["ALL_ORDERS", "FULFILLED_SHIPMENTS", "CollectedOrders", "ItemFacts", "OrderFacts"]
