"""An order report file as rows of text: its encoding, its records and which report it is.

Seller Central's flat-file reports are tab-separated text with one header line.
Most are UTF-8; some marketplaces still get their legacy Windows code page
(Windows-1252 in Europe and America, Shift_JIS, in Microsoft's cp932 form, on
amazon.co.jp), and a report opened and saved again in a spreadsheet may come
back as UTF-16 with a byte-order mark, with quoted fields, or comma-separated.
All of those are read here; anything else is refused with a reason.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass

from app.services.core.errors import InvalidInput

ALL_ORDERS = "all_orders"
FULFILLED_SHIPMENTS = "fulfilled_shipments"
REPORT_NAMES = {
    ALL_ORDERS: "All Orders",
    FULFILLED_SHIPMENTS: "Amazon Fulfilled Shipments",
}

# Columns that only one of the two reports has: the header says which report a file is.
_SIGNATURES = {
    ALL_ORDERS: frozenset(
        {
            "last-updated-date",
            "order-status",
            "item-status",
            "quantity",
            "order-channel",
            "url",
            "asin",
            "is-business-order",
            "purchase-order-number",
            "price-designation",
        }
    ),
    FULFILLED_SHIPMENTS: frozenset(
        {
            "shipment-id",
            "shipment-item-id",
            "amazon-order-item-id",
            "merchant-order-item-id",
            "payments-date",
            "shipment-date",
            "reporting-date",
            "quantity-shipped",
            "carrier",
            "tracking-number",
            "estimated-arrival-date",
            "fulfillment-center-id",
        }
    ),
}

# Without these a report cannot be imported. The sales channel gives the marketplace; a
# caller that names the marketplace itself does without it.
REQUIRED = {
    ALL_ORDERS: ("amazon-order-id", "purchase-date", "sales-channel"),
    FULFILLED_SHIPMENTS: ("amazon-order-id", "purchase-date", "shipment-date", "sales-channel"),
}
MARKETPLACE_COLUMN = "sales-channel"

# Any column a report of either kind may have that this import reads.
KNOWN_COLUMNS = frozenset().union(*_SIGNATURES.values()) | {
    "amazon-order-id",
    "merchant-order-id",
    "purchase-date",
    "fulfillment-channel",
    "sales-channel",
    "product-name",
    "sku",
    "currency",
    "item-price",
    "buyer-email",
    "buyer-name",
}

MAX_REPORT_BYTES = 512 * 1024 * 1024
# A quoted field may hold line breaks, but a quote left open must not swallow the rest
# of the file: a record spans at most this many lines.
_MAX_RECORD_LINES = 20


class ReportError(InvalidInput):
    """A file that cannot be imported as a whole: `code` says why (for the UI's words),
    `column` names the missing column where that is the reason; `str()` is in English."""

    def __init__(self, message: str, code: str, column: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.column = column


@dataclass(frozen=True)
class Record:
    """One data row: its number as a spreadsheet shows it (the header is row 1) and its
    values by (normalised) column name."""

    row: int
    values: dict[str, str]
    extra_fields: int = 0  # filled fields beyond the header's (shown as a warning)

    def get(self, column: str) -> str:
        return self.values.get(column, "").strip()


@dataclass(frozen=True)
class RawReport:
    kind: str
    encoding: str
    columns: tuple[str, ...]  # normalised names, in the file's order
    records: tuple[Record, ...]

    @property
    def name(self) -> str:
        return REPORT_NAMES[self.kind]


# ----------------------------------------------------------------------------- encoding

_JAPANESE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def _plausible_japanese(text: str) -> bool:
    """Shift_JIS decodes many Windows-1252 byte pairs too (into rare kanji, half-width
    kana and the private-use area): accept it only when it reads as Japanese."""
    if _PRIVATE_USE.search(text):
        return False
    non_ascii = [c for c in text if ord(c) > 0x7F]
    if not non_ascii:
        return True
    japanese = sum(1 for c in non_ascii if _JAPANESE.match(c))
    return japanese >= 0.8 * len(non_ascii)


def decode_report(data: bytes) -> tuple[str, str]:
    """The report's text and the encoding it was read with; ReportError when it is not
    text in any encoding Seller Central or a spreadsheet writes."""
    if not data.strip():
        raise ReportError("The file is empty.", "empty")
    text, encoding = _decode(data)
    if "\x00" in text:
        raise ReportError("The file is not a text report (it holds binary data).", "binary")
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16"), "utf-16"
    if b"\x00" in data:
        raise ReportError("The file is not a text report (it holds binary data).", "binary")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    japanese = _try(data, "cp932")
    if japanese is not None and _JAPANESE.search(japanese) and _plausible_japanese(japanese):
        return japanese, "cp932"
    western = _try(data, "cp1252")
    if western is not None:
        return western, "cp1252"
    raise ReportError(
        "The file cannot be read as text: it is not UTF-8, Windows-1252 or Shift_JIS. "
        "Download the report again from Seller Central.",
        "encoding",
    )


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _strict(data: bytes, encoding: str) -> str:
    text = _try(data, encoding)
    if text is None:
        raise ReportError(
            f"The file says it is {encoding.upper().removesuffix('-SIG')} text but holds "
            "bytes that are not. Download the report again from Seller Central.",
            "encoding",
        )
    return text


# ----------------------------------------------------------------------------- records


def normalise_column(name: str) -> str:
    """`Amazon Order ID`, `amazon_order_id` and `AMAZON-ORDER-ID` are one column."""
    name = unicodedata.normalize("NFKC", name).strip().strip('"').strip().lower()
    return re.sub(r"[\s_]+", "-", name)


def _split_quoted(text: str, delimiter: str) -> list[str] | None:
    """Fields of `text` where a field that starts with a quote runs to the quote before
    the next delimiter or the end ("" is a quote inside it; any other quote is literal);
    None when a quoted field is still open at the end."""
    fields: list[str] = []
    i, n = 0, len(text)
    while True:
        if i < n and text[i] == '"':
            j, parts = i + 1, []
            while True:
                k = text.find('"', j)
                if k < 0:
                    return None
                if k + 1 < n and text[k + 1] == '"':
                    parts.append(text[j : k + 1])
                    j = k + 2
                elif k + 1 == n or text[k + 1] == delimiter:
                    parts.append(text[j:k])
                    break
                else:
                    parts.append(text[j : k + 1])
                    j = k + 1
            fields.append("".join(parts))
            i = k + 1
            if i >= n:
                return fields
            i += 1
        else:
            k = text.find(delimiter, i)
            if k < 0:
                fields.append(text[i:])
                return fields
            fields.append(text[i:k])
            i = k + 1


def _records(lines: list[str], width: int, delimiter: str) -> list[tuple[int, list[str]]]:
    """(row number, fields) of each data line; blank lines are left out. A line with a quote
    is read with quoting when that gives the header's width (a quoted field may span a few
    lines); otherwise its quotes are plain text."""
    out: list[tuple[int, list[str]]] = []
    row = 1
    index = 1
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line.strip():
            continue
        row += 1
        plain = line.split(delimiter)
        if '"' not in line:
            out.append((row, plain))
            continue
        quoted = _split_quoted(line, delimiter)
        if quoted is not None and (len(quoted) == width or len(plain) != width):
            out.append((row, quoted))
            continue
        if quoted is None and len(plain) < width:
            joined, used = line, 0
            while quoted is None and used < _MAX_RECORD_LINES and index + used < len(lines):
                joined += "\n" + lines[index + used]
                used += 1
                quoted = _split_quoted(joined, delimiter)
            if quoted is not None and len(quoted) == width:
                out.append((row, quoted))
                index += used
                continue
        out.append((row, plain))
    return out


def _csv_records(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """A comma-separated report (a spreadsheet's "Save as CSV"): standard quoting."""
    rows = [r for r in csv.reader(text.splitlines(keepends=True)) if any(f.strip() for f in r)]
    if not rows:
        return [], []
    return rows[0], [(number, fields) for number, fields in enumerate(rows[1:], start=2)]


def detect_kind(columns: set[str]) -> str | None:
    scores = {kind: len(columns & signature) for kind, signature in _SIGNATURES.items()}
    best = max(scores, key=lambda kind: scores[kind])
    if scores[best] == 0 or list(scores.values()).count(scores[best]) > 1:
        return None
    return best


def parse_report(data: bytes, *, marketplace_given: bool = False) -> RawReport:
    """The report in `data`: decoded, split into records, its kind told from its header and
    its required columns checked (ReportError naming the first one missing)."""
    if len(data) > MAX_REPORT_BYTES:
        raise ReportError(
            f"The file is {len(data) // (1024 * 1024):,} MB; an order report of more than "
            f"{MAX_REPORT_BYTES // (1024 * 1024)} MB is not imported. Request a shorter "
            "date range in Seller Central.",
            "too_large",
        )
    text, encoding = decode_report(data)
    text = text.replace("\r\n", "\n")
    if "\n" not in text:
        text = text.replace("\r", "\n")  # classic Mac line ends
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    header_line = lines[0].rstrip("\r") if lines else ""
    if "\t" not in header_line and "," in header_line:
        header, raw_records = _csv_records("\n".join(lines))
    else:
        lines = [line.rstrip("\r") for line in lines]
        header = _split_quoted(header_line, "\t") or header_line.split("\t")
        raw_records = _records(lines, len(header), "\t")
    columns = tuple(normalise_column(c) for c in header)
    present = set(columns)
    kind = detect_kind(present)
    if kind is None:
        if "amazon-order-id" not in present and not present & KNOWN_COLUMNS:
            raise ReportError(
                "The file is not an order report: its first line has none of the columns "
                "of Seller Central's All Orders or Amazon Fulfilled Shipments report "
                "(amazon-order-id, purchase-date, sales-channel, ...).",
                "not_a_report",
            )
        raise ReportError(
            "The file's columns match neither the All Orders nor the Amazon Fulfilled "
            "Shipments report (they have order-status and item-status, or shipment-date "
            "and tracking-number).",
            "unknown_report",
        )
    for column in REQUIRED[kind]:
        if column == MARKETPLACE_COLUMN and marketplace_given:
            continue
        if column not in present:
            raise ReportError(
                f"The report has no column {column!r}, which an {REPORT_NAMES[kind]} report "
                "needs. Download the report again from Seller Central.",
                "missing_column",
                column,
            )
    width = len(columns)
    records = []
    for row, fields in raw_records:
        values: dict[str, str] = {}
        for name, value in zip(columns, fields, strict=False):
            values.setdefault(name, value)  # a repeated column: its first value counts
        extra = sum(1 for value in fields[width:] if value.strip())
        records.append(Record(row, values, extra))
    return RawReport(kind, encoding, columns, tuple(records))
