"""`Changes`: what one service call changed, so each screen refreshes only what it shows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

_EMPTY: frozenset[uuid.UUID] = frozenset()


@dataclass(frozen=True)
class Changes:
    cases: frozenset[uuid.UUID] = _EMPTY
    created_cases: frozenset[uuid.UUID] = _EMPTY
    messages: frozenset[uuid.UUID] = _EMPTY
    evidence: frozenset[uuid.UUID] = _EMPTY
    customers: frozenset[uuid.UUID] = _EMPTY
    orders: frozenset[uuid.UUID] = _EMPTY
    reload_all: bool = field(default=False)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            cases=self.cases | other.cases,
            created_cases=self.created_cases | other.created_cases,
            messages=self.messages | other.messages,
            evidence=self.evidence | other.evidence,
            customers=self.customers | other.customers,
            orders=self.orders | other.orders,
            reload_all=self.reload_all or other.reload_all,
        )

    @property
    def empty(self) -> bool:
        return not (
            self.cases
            or self.created_cases
            or self.messages
            or self.evidence
            or self.customers
            or self.orders
            or self.reload_all
        )

    def touches_case(self, case_id: uuid.UUID) -> bool:
        return self.reload_all or case_id in self.cases or case_id in self.created_cases


@runtime_checkable
class Result(Protocol):
    """A write's frozen result that carries more than `Changes` (a new id, files refused...).

    Every service write returns either `Changes` or one such result; the UI
    hands either to `changes_of` and never guesses with `isinstance`.
    """

    @property
    def changes(self) -> Changes: ...


def changes_of(result: Changes | Result) -> Changes:
    """What a service write changed, whichever of the two result shapes it returned."""
    return result if isinstance(result, Changes) else result.changes
