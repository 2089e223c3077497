"""Importing order reports into a profile: orders and items created or updated by order id,
every change logged, nothing logged twice, and the cases of an order see its new facts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models.entities import Case, Operation, Order
from app.services.cases.operations import NewCase, create_case
from app.services.deadlines.overview import load_case_deadlines
from app.services.orders_import import (
    ALL_ORDERS,
    FULFILLED_SHIPMENTS,
    ReportError,
    import_order_report,
)

DATA = Path(__file__).parents[2] / "data" / "orders"
UTC = dt.UTC


def _orders(profile) -> dict[str, Order]:
    with profile.read() as session:
        orders = session.scalars(select(Order).where(Order.deleted_at.is_(None))).all()
        for order in orders:
            list(order.items)
        session.expunge_all()
    return {o.external_id: o for o in orders}


def _operations(profile) -> list[tuple[str, str, dict]]:
    with profile.read() as session:
        return [
            (o.entity, o.action, o.data)
            for o in session.scalars(select(Operation).order_by(Operation.hlc))
        ]


def _import(profile, name: str, **kw):
    return import_order_report(profile, DATA / name, **kw)


def test_all_orders_report_creates_orders_with_items_and_totals(profile):
    result = _import(profile, "all-orders-us.txt")
    assert (result.report, result.rows) == (ALL_ORDERS, 5)
    assert (result.created, result.updated, result.unchanged, result.skipped) == (3, 0, 0, 1)
    assert result.non_amazon_rows == 1 and result.problems == ()
    orders = _orders(profile)
    assert set(orders) == {"113-4829173-5520931", "114-7310025-9981236", "112-0448817-3302254"}
    assert result.changes.orders == {o.id for o in orders.values()}

    two = orders["113-4829173-5520931"]
    assert (two.marketplace, two.fulfilment, two.currency) == ("amazon.com", "fba", "USD")
    assert two.purchased_at == dt.datetime(2026, 11, 14, 17, 22, 5, tzinfo=UTC)
    assert two.total == Decimal("56.48")  # the sum of the item prices
    assert [(i.position, i.sku, i.quantity, i.unit_price, i.currency) for i in two.items] == [
        (0, "BELT-40-BLK", 2, Decimal("15.99"), "USD"),
        (1, "STRAP-RAT-2", 1, Decimal("24.50"), "USD"),
    ]
    assert orders["114-7310025-9981236"].purchased_at == dt.datetime(
        2026, 11, 18, 14, 3, 11, tzinfo=UTC
    )
    assert orders["114-7310025-9981236"].fulfilment == "fbm"

    cancelled = orders["112-0448817-3302254"]
    assert (cancelled.shipped_at, cancelled.delivered_on, cancelled.estimated_delivery_max) == (
        None,
        None,
        None,
    )
    assert cancelled.total is None
    assert [(i.quantity, i.unit_price) for i in cancelled.items] == [(0, None)]

    logged = [(entity, action) for entity, action, _data in _operations(profile)]
    assert logged.count(("order", "create")) == 3
    assert logged.count(("order_item", "create")) == 4


def test_importing_the_same_report_again_changes_and_logs_nothing(profile):
    for name in ("all-orders-us.txt", "shipments-us.txt"):
        _import(profile, name)
    before = _operations(profile)
    for name in ("all-orders-us.txt", "shipments-us.txt"):
        again = _import(profile, name)
        assert (again.created, again.updated) == (0, 0)
        assert again.unchanged == 3 if name == "all-orders-us.txt" else 2
        assert again.changes.empty
    assert _operations(profile) == before


def test_a_shipments_report_adds_the_shipment_to_known_orders(profile):
    _import(profile, "all-orders-us.txt")
    before = len(_operations(profile))
    result = _import(profile, "shipments-us.txt")
    assert result.report == FULFILLED_SHIPMENTS
    assert (result.created, result.updated, result.unchanged, result.skipped) == (1, 1, 0, 1)
    new_ops = _operations(profile)[before:]
    updates = [data for entity, action, data in new_ops if (entity, action) == ("order", "update")]
    assert updates == [
        {
            "shipped_at": [None, "2026-11-15T11:30:00+00:00"],
            "estimated_delivery_max": [None, "2026-11-18"],
            "carrier": [None, "UPS"],
            "tracking_number": [None, "1Z999AA10123456784"],
        }
    ]
    # The known order's items came from the All Orders report: the shipment leaves them.
    assert not [op for op in new_ops if op[0] == "order_item" and op[1] == "update"]

    orders = _orders(profile)
    split = orders["111-2093384-6650217"]  # one item in two parcels: the last one counts
    assert split.shipped_at == dt.datetime(2026, 11, 17, 15, 0, tzinfo=UTC)
    assert (split.carrier, split.tracking_number) == ("UPS", "1Z999AA10123456791")
    assert split.estimated_delivery_max == dt.date(2026, 11, 21)
    assert [(i.sku, i.quantity, i.unit_price) for i in split.items] == [
        ("TAPE-DS-15", 2, Decimal("12.99"))
    ]
    assert split.total == Decimal("25.98")


def test_an_update_logs_only_what_changed_and_matches_items_by_sku(profile):
    _import(profile, "all-orders-us.txt")
    text = (DATA / "all-orders-us.txt").read_text()
    changed = text.replace("\t31.98\t", "\t29.98\t").replace(
        "Heavy Duty Ratchet Strap 2-Pack\tSTRAP-RAT-2", "Ratchet Strap, 2 pieces\tSTRAP-RAT-2"
    )
    extra_line = next(line for line in text.splitlines() if "114-7310025-9981236" in line)
    changed += extra_line.replace("TAPE-DS-15", "TAPE-DS-30").replace("12.99", "19.99") + "\n"
    before = len(_operations(profile))
    result = import_order_report(profile, changed.encode())
    assert (result.created, result.updated, result.unchanged) == (0, 2, 1)
    new_ops = _operations(profile)[before:]
    assert [(e, a) for e, a, _d in new_ops] == [
        ("order_item", "update"),
        ("order_item", "update"),
        ("order", "update"),
        ("order_item", "create"),
        ("order", "update"),
    ]
    assert new_ops[0][2] == {"unit_price": ["15.99", "14.99"]}
    assert new_ops[1][2] == {
        "title": ["Heavy Duty Ratchet Strap 2-Pack", "Ratchet Strap, 2 pieces"]
    }
    assert new_ops[2][2] == {"total": ["56.48", "54.48"]}
    assert new_ops[4][2] == {"total": ["12.99", "32.98"]}
    tape = _orders(profile)["114-7310025-9981236"]
    assert [(i.position, i.sku) for i in tape.items] == [(0, "TAPE-DS-15"), (1, "TAPE-DS-30")]


def test_marketplaces_come_from_the_sales_channel(profile):
    _import(profile, "all-orders-de-cp1252.txt")
    _import(profile, "all-orders-jp-shift_jis.txt")
    orders = _orders(profile)
    assert orders["302-5518830-1197342"].marketplace == "amazon.de"
    assert orders["302-5518830-1197342"].total == Decimal("64.87")
    japanese = orders["250-3928422-4763817"]
    assert (japanese.marketplace, japanese.currency, japanese.total) == (
        "amazon.co.jp",
        "JPY",
        Decimal("4440"),
    )
    assert japanese.items[0].title == "やわらかゴムベルト 80cm（ブラック）"
    assert japanese.items[1].unit_price == Decimal("980")


def test_a_delivery_date_gives_the_case_its_return_window(profile):
    case_id = create_case(
        profile,
        NewCase(
            subject="Riemen passt nicht",
            body="Der Riemen ist zu kurz.",
            marketplace="amazon.de",
            order_external_id="302-5518830-1197342",
        ),
    ).case_id
    before = load_case_deadlines(profile, case_id)
    assert before.return_window is None and before.return_window_problem

    result = _import(profile, "shipments-de-delivered-bom.txt")
    assert (result.created, result.updated) == (0, 1)
    assert case_id in result.changes.cases
    window = load_case_deadlines(profile, case_id).return_window
    assert (window.basis, window.start) == ("delivered", dt.date(2026, 11, 15))
    assert window.deadline == dt.date(2026, 11, 15) + dt.timedelta(days=window.window_days)
    order = _orders(profile)["302-5518830-1197342"]
    assert order.shipped_at == dt.datetime(2026, 11, 13, 16, 45, tzinfo=UTC)  # 17:45 MEZ
    assert (order.delivered_on, order.estimated_delivery_max) == (
        dt.date(2026, 11, 15),
        dt.date(2026, 11, 16),
    )
    assert order.total == Decimal("64.87")  # decimal commas of a spreadsheet copy


def test_an_estimated_arrival_gives_the_case_an_estimated_window(profile):
    # A case typed in before the reports, with the order id but no marketplace.
    case_id = create_case(
        profile,
        NewCase(
            subject="Belt too short", body="Wrong size", order_external_id=("113-4829173-5520931")
        ),
    ).case_id
    result = _import(profile, "shipments-us.txt")
    assert (result.created, result.updated) == (1, 1)  # the case's order got its marketplace
    assert result.changes.cases == {case_id}
    deadlines = load_case_deadlines(profile, case_id)
    assert deadlines.facts.marketplace == "amazon.com"
    window = deadlines.return_window
    assert (window.basis, window.start) == ("estimated", dt.date(2026, 11, 18))
    orders = _orders(profile)
    assert len(orders) == 2 and orders["113-4829173-5520931"].marketplace == "amazon.com"


def test_a_changed_order_refreshes_its_cases_clocks(profile):
    case_id = create_case(
        profile,
        NewCase(
            subject="Where is my parcel?",  # no message yet: no reply clock runs
            marketplace="amazon.com",
            order_external_id="111-2093384-6650217",
            reason="not_received",
        ),
    ).case_id
    with profile.read() as session:
        assert session.get(Case, case_id).due_kind is None
    _import(profile, "shipments-us.txt")
    deadlines = load_case_deadlines(profile, case_id)
    assert deadlines.facts.estimated_delivery_max == dt.date(2026, 11, 21)
    (clock,) = [c for c in deadlines.clocks if c.kind == "a_to_z_eligible"]
    with profile.read() as session:
        case = session.get(Case, case_id)
        assert (case.due_kind, case.due_at) == ("a_to_z_eligible", clock.due_at)


def test_a_bad_required_date_skips_its_order_and_names_row_and_column(profile):
    result = _import(profile, "all-orders-bad-date.txt")
    assert (result.created, result.skipped) == (1, 1)
    assert [(p.row, p.column, p.code, p.order_id) for p in result.problems] == [
        (2, "purchase-date", "bad_value", "113-1111111-2222222")
    ]
    assert "next Tuesday" in result.problems[0].reason
    assert set(_orders(profile)) == {"113-3333333-4444444"}


def test_a_bad_optional_date_is_left_out_with_a_warning(profile):
    result = _import(profile, "shipments-bad-dates.txt")
    assert (result.created, result.skipped) == (1, 1)
    assert [(p.row, p.column) for p in result.problems] == [(3, "shipment-date")]
    assert [(w.row, w.column, w.code) for w in result.warnings] == [
        (2, "estimated-arrival-date", "bad_value")
    ]
    order = _orders(profile)["114-6600001-1000001"]
    assert order.estimated_delivery_max is None and order.carrier == "USPS"


def test_unknown_columns_are_ignored(profile):
    result = _import(profile, "all-orders-extra-columns.txt")
    assert (result.created, result.problems, result.warnings) == (1, (), ())


def test_a_missing_required_column_writes_nothing(profile):
    with pytest.raises(ReportError, match="'amazon-order-id'"):
        _import(profile, "all-orders-missing-order-id.txt")
    assert _operations(profile) == [] and _orders(profile) == {}


def test_an_unreadable_file_is_a_clear_error(profile, tmp_path):
    with pytest.raises(ReportError, match="cannot be read") as refused:
        import_order_report(profile, tmp_path / "nowhere.txt")
    assert refused.value.code == "unreadable"
    with pytest.raises(ReportError):
        import_order_report(profile, tmp_path)  # a folder


def test_rows_that_cannot_be_placed_are_listed(profile):
    text = (
        "amazon-order-id\tpurchase-date\torder-status\tsales-channel\tsku\n"
        "\t2026-11-15T10:00:00+00:00\tShipped\tAmazon.com\tA\n"
        "113-12345-1\t2026-11-15T10:00:00+00:00\tShipped\tAmazon.com\tB\n"
        "113-1234567-1234567\t2026-11-15T10:00:00+00:00\tShipped\tAmazon.com.mx\tC\n"
        "113-7654321-7654321\t2026-11-15T10:00:00+00:00\tShipped\tAmazon.com\tD\n"
    )
    result = import_order_report(profile, text.encode())
    assert [(p.row, p.column, p.code) for p in result.problems] == [
        (2, "amazon-order-id", "missing_value"),
        (3, "amazon-order-id", "bad_order_id"),
        (4, "sales-channel", "unknown_marketplace"),
    ]
    assert (result.created, result.skipped) == (1, 2)


def _big_report(orders: int) -> bytes:
    lines = ["amazon-order-id\tpurchase-date\torder-status\tsales-channel\tsku\tproduct-name\t"
             "quantity\tcurrency\titem-price"]  # fmt: skip
    for n in range(orders):
        for item in range(2):
            lines.append(
                f"113-{n:07d}-{item:07d}\t2026-11-15T10:00:00+00:00\tShipped\tAmazon.com\t"
                f"SKU-{item}\tBelt {item}\t1\tUSD\t1{item}.00".replace(
                    f"-{item:07d}\t", "-0000001\t"
                )
            )
    return ("\n".join(lines) + "\n").encode()


def test_big_reports_go_in_batches_with_progress_and_can_be_cancelled(profile):
    data = _big_report(1000)
    seen: list[tuple[int, int]] = []

    def cancelled() -> bool:
        return len(seen) > 3  # after the third batch

    result = import_order_report(
        profile, data, progress=lambda done, total: seen.append((done, total)),
        cancelled=cancelled, batch_size=100,
    )  # fmt: skip
    assert seen == [(0, 1000), (100, 1000), (200, 1000), (300, 1000)]
    assert result.cancelled and (result.created, result.rows) == (300, 2000)
    assert len(result.changes.orders) == 300
    with profile.read() as session:
        assert session.scalar(select(func.count()).select_from(Order)) == 300

    rest = import_order_report(profile, data, batch_size=100)
    assert not rest.cancelled
    assert (rest.created, rest.unchanged, rest.orders) == (700, 300, 1000)
