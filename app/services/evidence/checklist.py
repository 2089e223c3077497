"""What evidence is worth having for each case reason (DOMAIN.md "Evidence"), and how much
of it a case has.

Files are matched to checklist items by their kind, each file to at most one
item, so two photos fill "photo of the defect" and "photo of the label" but
one photo fills only one of them. The matching is a maximum matching (an item
takes a file another item could do without), tried in the order of each
item's kinds, so the result does not depend on the order the files came in.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from app.models.entities import Case, Evidence
from app.models.enums import CaseReason, EvidenceKind

# What satisfies an item that the linked order can stand in for.
BY_ORDER = "order"


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    kinds: tuple[str, ...]  # file kinds that satisfy it, the most fitting first
    label: str  # English; the UI translates by `key`
    required: bool = True  # an optional item does not count towards done/total
    order_counts: bool = False  # the case's linked order satisfies it too


@dataclass(frozen=True)
class Checklist:
    # Each item with the file kind that satisfies it, BY_ORDER, or None when still missing.
    items: tuple[tuple[ChecklistItem, str | None], ...]
    done: int
    total: int


_PHOTO = EvidenceKind.PHOTO.value
_RECEIPT = EvidenceKind.RECEIPT.value
_DOCUMENT = EvidenceKind.DOCUMENT.value
_SCREENSHOT = EvidenceKind.SCREENSHOT.value
_LABEL = EvidenceKind.SHIPPING_LABEL.value

_ORDER_OR_RECEIPT = ChecklistItem(
    "receipt", (_RECEIPT, _DOCUMENT), "Order or receipt", order_counts=True
)
_QUALITY = (
    ChecklistItem("defect_photo", (_PHOTO,), "Photo of the defect or the difference"),
    ChecklistItem("label_photo", (_PHOTO,), "Photo of the label or model number"),
    _ORDER_OR_RECEIPT,
)
_SIZE = (
    ChecklistItem("size_photo", (_PHOTO,), "Photo with a measuring tape or of the size label"),
    _ORDER_OR_RECEIPT,
)
_RETURN = (
    # A shipping label before a document: a document can also be the receipt.
    ChecklistItem("return_tracking", (_SCREENSHOT, _LABEL, _DOCUMENT), "Return tracking"),
    ChecklistItem("return_receipt", (_RECEIPT, _DOCUMENT), "Receipt of the returned item"),
)

CHECKLISTS: dict[str, tuple[ChecklistItem, ...]] = {
    CaseReason.DEFECTIVE: _QUALITY,
    CaseReason.NOT_AS_DESCRIBED: _QUALITY,
    CaseReason.MISSING_PARTS: _QUALITY,
    CaseReason.WRONG_SIZE: _SIZE,
    CaseReason.EXCHANGE: _SIZE,
    CaseReason.DAMAGED: (
        ChecklistItem("parcel_photo", (_PHOTO,), "Photo of the parcel"),
        ChecklistItem("item_photo", (_PHOTO,), "Photo of the item"),
        ChecklistItem("shipping_label", (_LABEL,), "Shipping label"),
    ),
    CaseReason.NOT_RECEIVED: (
        ChecklistItem("tracking", (_SCREENSHOT, _DOCUMENT), "Carrier tracking page or screenshot"),
        ChecklistItem("delivery_photo", (_PHOTO,), "Delivery photo, if any", required=False),
    ),
    CaseReason.REFUND: _RETURN,
    CaseReason.RETURN: _RETURN,
}

_EMPTY = Checklist(items=(), done=0, total=0)


def evidence_checklist(reason: str, evidence_kinds: Sequence[str], *, has_order: bool) -> Checklist:
    """How far a case's files (their kinds) go towards its reason's checklist.

    Reasons without a checklist (late, account access, billing, other) give
    total 0. Only the kinds count, not their order, so answers are cached:
    the inbox asks for every row of every page it shows.
    """
    return _checklist(reason, tuple(sorted(evidence_kinds)), has_order)


@lru_cache(maxsize=4096)
def _checklist(reason: str, evidence_kinds: tuple[str, ...], has_order: bool) -> Checklist:
    items = CHECKLISTS.get(reason)
    if not items:
        return _EMPTY
    # Required items first, so an optional one never takes a file a required one needs.
    order = sorted(range(len(items)), key=lambda i: not items[i].required)
    matched = _match([items[i] for i in order], list(evidence_kinds))
    by_item: list[str | None] = [None] * len(items)
    for position, i in enumerate(order):
        file = matched.get(position)
        if file is not None:
            by_item[i] = evidence_kinds[file]
        elif items[i].order_counts and has_order:
            by_item[i] = BY_ORDER
    required = [i for i, item in enumerate(items) if item.required]
    return Checklist(
        items=tuple(zip(items, by_item, strict=True)),
        done=sum(by_item[i] is not None for i in required),
        total=len(required),
    )


def _match(items: Sequence[ChecklistItem], kinds: list[str]) -> dict[int, int]:
    """item position -> file index: a maximum matching by augmenting paths (Kuhn)."""
    owner: dict[int, int] = {}  # file index -> item position

    def candidates(position: int) -> list[int]:
        wanted = items[position].kinds
        return sorted(
            (f for f, kind in enumerate(kinds) if kind in wanted),
            key=lambda f: (wanted.index(kinds[f]), f),
        )

    def assign(position: int, seen: set[int]) -> bool:
        for file in candidates(position):
            if file in seen:
                continue
            seen.add(file)
            if file not in owner or assign(owner[file], seen):
                owner[file] = position
                return True
        return False

    if kinds:
        for position in range(len(items)):
            assign(position, set())
    return {position: file for file, position in owner.items()}


def case_checklists(
    session: Session, case_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, tuple[int, int]]:
    """(done, total) of each live case in `case_ids`, from one query (a page of the inbox)."""
    if not case_ids:
        return {}
    rows = session.execute(
        select(Case.id, Case.reason, Case.order_id, Evidence.kind)
        .outerjoin(
            Evidence,
            and_(Evidence.case_id == Case.id, Evidence.deleted_at.is_(None)),
        )
        .where(Case.id.in_(list(case_ids)), Case.deleted_at.is_(None))
    ).all()
    facts: dict[uuid.UUID, tuple[str, bool, list[str]]] = {}
    for case_id, reason, order_id, kind in rows:
        _reason, _has_order, kinds = facts.setdefault(case_id, (reason, order_id is not None, []))
        if kind is not None:
            kinds.append(kind)
    result = {}
    for case_id, (reason, has_order, kinds) in facts.items():
        checklist = evidence_checklist(reason, kinds, has_order=has_order)
        result[case_id] = (checklist.done, checklist.total)
    return result
