"""Seller Central's order reports imported: orders and items created or updated by order id.

Two reports are read, told apart by their header: "All Orders"
(`amazon-order-id`, `purchase-date`, `order-status`, `sales-channel`, `sku`,
`product-name`, `quantity`, `item-price`, ...) and "Amazon Fulfilled
Shipments" (adds `shipment-date`, `carrier`, `tracking-number`,
`estimated-arrival-date`, ...). Modules: `reading` (bytes to rows: encoding,
quoting, which report), `values` (dates with their zones, money, counts),
`facts` (rows to orders), `writing` (orders into the profile, in batches).
"""

from __future__ import annotations

from app.services.orders_import.facts import RowProblem
from app.services.orders_import.reading import (
    ALL_ORDERS,
    FULFILLED_SHIPMENTS,
    REPORT_NAMES,
    ReportError,
)
from app.services.orders_import.writing import BATCH_ORDERS, OrdersImported, import_order_report

__all__ = [
    "ALL_ORDERS",
    "BATCH_ORDERS",
    "FULFILLED_SHIPMENTS",
    "REPORT_NAMES",
    "OrdersImported",
    "ReportError",
    "RowProblem",
    "import_order_report",
]
