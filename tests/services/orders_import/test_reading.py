"""Reading a report file: encodings, line ends, quoting, headers, and the cells' values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.services.orders_import import ALL_ORDERS, FULFILLED_SHIPMENTS, ReportError
from app.services.orders_import.facts import collect_orders
from app.services.orders_import.reading import decode_report, parse_report
from app.services.orders_import.values import (
    CellError,
    parse_day,
    parse_money,
    parse_quantity,
    parse_timestamp,
)

DATA = Path(__file__).parents[2] / "data" / "orders"
LA = ZoneInfo("America/Los_Angeles")
BERLIN = ZoneInfo("Europe/Berlin")
TOKYO = ZoneInfo("Asia/Tokyo")
UTC = dt.UTC


def _report(name: str):
    return parse_report((DATA / name).read_bytes())


# ----------------------------------------------------------------------------- files


@pytest.mark.parametrize(
    ("name", "kind", "encoding", "rows"),
    [
        ("all-orders-us.txt", ALL_ORDERS, "utf-8", 5),
        ("all-orders-de-cp1252.txt", ALL_ORDERS, "cp1252", 3),
        ("all-orders-jp-shift_jis.txt", ALL_ORDERS, "cp932", 2),
        ("all-orders-quoted.txt", ALL_ORDERS, "utf-8", 5),
        ("shipments-us.txt", FULFILLED_SHIPMENTS, "utf-8", 5),
        ("shipments-de-delivered-bom.txt", FULFILLED_SHIPMENTS, "utf-8-sig", 2),
    ],
)
def test_each_fixture_is_read_as_its_report(name, kind, encoding, rows):
    report = _report(name)
    assert (report.kind, report.encoding, len(report.records)) == (kind, encoding, rows)
    assert all("\r" not in v for r in report.records for v in r.values.values())


def test_legacy_code_pages_give_the_real_titles():
    german = collect_orders(_report("all-orders-de-cp1252.txt")).orders
    assert [i.title for i in german[0].items] == [
        "Weicher Gummiriemen 100 cm, schwarz – Größe L",
        "Spanngurt mit Ratsche, 2er-Pack (Zurrgurt für Fahrräder)",
    ]
    japanese = collect_orders(_report("all-orders-jp-shift_jis.txt")).orders
    assert [i.title for i in japanese[0].items] == [
        "やわらかゴムベルト 80cm（ブラック）",
        "両面テープ 強力 20mm×10m",
    ]


def test_quoted_fields_keep_tabs_quotes_and_line_breaks_and_a_bare_inch_mark():
    orders = collect_orders(_report("all-orders-quoted.txt")).orders
    assert [o.items[0].title for o in orders] == [
        "Belt with a tab",  # the tab inside quotes, made a space in one line
        'Strap "Pro" 2-Pack',
        "Tape, first line second line",
        '12" Rubber Belt',
        "Quoted belt",
    ]
    assert [r.row for r in _report("all-orders-quoted.txt").records] == [2, 3, 4, 5, 6]


def test_an_open_quote_does_not_swallow_the_rows_after_it():
    header = "amazon-order-id\tpurchase-date\torder-status\tsales-channel\tproduct-name\n"
    rows = [
        '113-0000001-0000001\t2026-11-15T10:00:00+00:00\tShipped\tAmazon.com\t"Belt 40 in\n',
        '113-0000002-0000002\t2026-11-15T10:00:00+00:00\tShipped\tAmazon.com\t"Strap"\n',
    ]
    orders = collect_orders(parse_report((header + "".join(rows)).encode())).orders
    assert [(o.external_id, o.items[0].title) for o in orders] == [
        ("113-0000001-0000001", '"Belt 40 in'),
        ("113-0000002-0000002", "Strap"),
    ]


def test_headers_match_whatever_their_case_spacing_or_separator():
    text = (
        "Amazon Order ID\tPURCHASE-DATE\tOrder_Status\t Sales-Channel \tSKU\tproduct-name\n"
        "113-1234567-1234567\t2026-11-15T10:00:00+00:00\tShipped\tAmazon.com\tX-1\tBelt\n"
    )
    orders = collect_orders(parse_report(text.encode("utf-16"))).orders
    assert [(o.external_id, o.items[0].sku) for o in orders] == [("113-1234567-1234567", "X-1")]


def test_a_comma_separated_copy_is_read_too():
    text = (
        "amazon-order-id,purchase-date,order-status,sales-channel,product-name,item-price\r\n"
        '113-1234567-1234567,2026-11-15T10:00:00+00:00,Shipped,Amazon.com,"Belt, 40 in",'
        '"1,234.50"\r\n'
    )
    order = collect_orders(parse_report(text.encode())).orders[0]
    assert (order.items[0].title, order.total) == ("Belt, 40 in", Decimal("1234.50"))


def test_a_row_longer_than_the_header_is_imported_with_a_warning():
    text = (
        "amazon-order-id\tpurchase-date\torder-status\tsales-channel\n"
        "113-1234567-1234567\t2026-11-15T10:00:00+00:00\tShipped\tAmazon.com\tsurprise\t\n"
    )
    collected = collect_orders(parse_report(text.encode()))
    assert len(collected.orders) == 1
    assert [(w.row, w.code) for w in collected.warnings] == [(2, "extra_fields")]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"\n\n  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"amazon-order-id\tpurchase-date\n\x81\x8d\x90\x9d\xff\xfe", "encoding"),
        (b"\xef\xbb\xbfamazon-order-id\t\xff\n", "encoding"),
        (b"name\temail\nJo\tjo@example.com\n", "not_a_report"),
        (b"amazon-order-id\tpurchase-date\tsku\n", "unknown_report"),
    ],
)
def test_files_that_are_no_report_are_refused_with_their_reason(data, code):
    with pytest.raises(ReportError) as refused:
        parse_report(data)
    assert refused.value.code == code
    assert str(refused.value).endswith(".")


def test_a_missing_required_column_is_named():
    with pytest.raises(ReportError, match="'amazon-order-id'") as refused:
        _report("all-orders-missing-order-id.txt")
    assert (refused.value.code, refused.value.column) == ("missing_column", "amazon-order-id")
    data = (DATA / "shipments-us.txt").read_bytes().replace(b"shipment-date", b"shipped-when")
    with pytest.raises(ReportError, match="'shipment-date'"):
        parse_report(data)


def test_sales_channel_may_be_missing_when_the_marketplace_is_given():
    text = (
        "amazon-order-id\tpurchase-date\torder-status\n113-1234567-1234567\t2026-11-15\tShipped\n"
    )
    with pytest.raises(ReportError, match="'sales-channel'"):
        parse_report(text.encode())
    report = parse_report(text.encode(), marketplace_given=True)
    (order,) = collect_orders(report, "amazon.com").orders
    assert order.purchased_at == dt.datetime(2026, 11, 15, 8, 0, tzinfo=UTC)  # midnight in LA


def test_windows_1252_text_is_not_taken_for_shift_jis():
    text, encoding = decode_report("Größe\tÄrger\tfür\tÜbergröße\n".encode("cp1252"))
    assert (text, encoding) == ("Größe\tÄrger\tfür\tÜbergröße\n", "cp1252")
    text, encoding = decode_report("注文\tゴムベルト\n".encode("cp932"))
    assert (text, encoding) == ("注文\tゴムベルト\n", "cp932")


# ----------------------------------------------------------------------------- values


@pytest.mark.parametrize(
    ("text", "zone", "day_first", "expected"),
    [
        ("2026-11-20T14:03:11+00:00", LA, False, dt.datetime(2026, 11, 20, 14, 3, 11)),
        ("2026-11-20T06:03:11-08:00", LA, False, dt.datetime(2026, 11, 20, 14, 3, 11)),
        ("2026-11-20T14:03:11Z", LA, False, dt.datetime(2026, 11, 20, 14, 3, 11)),
        ("2026-11-20 14:03:11 PST", LA, False, dt.datetime(2026, 11, 20, 22, 3, 11)),
        ("2026-07-20 14:03:11 PDT", LA, False, dt.datetime(2026, 7, 20, 21, 3, 11)),
        ("20.11.2026 14:03:11 MEZ", BERLIN, True, dt.datetime(2026, 11, 20, 13, 3, 11)),
        ("20.11.2026 14:03:11 CET", BERLIN, True, dt.datetime(2026, 11, 20, 13, 3, 11)),
        ("2026/11/20 23:03:11 JST", TOKYO, False, dt.datetime(2026, 11, 20, 14, 3, 11)),
        ("11/20/2026 2:03:11 PM PST", LA, False, dt.datetime(2026, 11, 20, 22, 3, 11)),
        ("05/11/2026 10:00:00", BERLIN, True, dt.datetime(2026, 11, 5, 9, 0)),  # day first
        ("2026-11-20 14:03:11", BERLIN, True, dt.datetime(2026, 11, 20, 13, 3, 11)),  # local
        ("2026-11-20", LA, False, dt.datetime(2026, 11, 20, 8, 0)),
    ],
)
def test_timestamps_are_read_with_their_zones(text, zone, day_first, expected):
    assert parse_timestamp(text, zone, day_first=day_first) == expected.replace(tzinfo=UTC)


@pytest.mark.parametrize(
    "text", ["next Tuesday", "12", "Nov 2026", "2026-02-30T10:00:00+00:00", "0000-00-00", "TBD"]
)
def test_unreadable_timestamps_are_refused(text):
    with pytest.raises(CellError):
        parse_timestamp(text, LA, day_first=False)


def test_a_day_is_the_marketplaces_day():
    # 20:00 in Tokyo on the 25th is still the 25th there (11:00 UTC).
    assert parse_day("2026-11-25T20:00:00+09:00", TOKYO, day_first=False) == dt.date(2026, 11, 25)
    # 02:00 UTC on the 26th is the 25th in Los Angeles.
    assert parse_day("2026-11-26T02:00:00+00:00", LA, day_first=False) == dt.date(2026, 11, 25)
    assert parse_day("25.11.2026", BERLIN, day_first=True) == dt.date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        ("24.99", "USD", "24.99"),
        ("24,99", "EUR", "24.99"),
        ("1.234,56", "EUR", "1234.56"),
        ("1,234.56", "USD", "1234.56"),
        ("1,234", "JPY", "1234"),
        ("1,234", "EUR", "1.234"),
        ("24732", "JPY", "24732"),
        ("$12.00", "USD", "12.00"),
        ("-175.00", "JPY", "-175.00"),
        ("12,00 €", "EUR", "12.00"),
    ],
)
def test_amounts_in_either_decimal_style(text, currency, expected):
    assert parse_money(text, currency) == Decimal(expected)


@pytest.mark.parametrize("text", ["abc", "12..", "1e5", "NaN", "--3"])
def test_unreadable_amounts_are_refused(text):
    with pytest.raises(CellError):
        parse_money(text, "USD")


def test_quantities_are_whole_numbers():
    assert [parse_quantity(t) for t in ("0", "3", "2.0")] == [0, 3, 2]
    for text in ("-1", "1.5", "two", "1e9"):
        with pytest.raises(CellError):
            parse_quantity(text)
