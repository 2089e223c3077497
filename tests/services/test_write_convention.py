"""The write convention of every room (DESIGN.md sections 1 and 2), checked on the code itself.

A public service function that writes (opens `with <profile>.write()`, itself or through
another function that does) returns `Changes` or one frozen dataclass with a `changes:
Changes` field; and a transaction that changes the shop's data appends operations (the
`WriteGuard` the conftest installs for every service test; its own behaviour is here).
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import pkgutil
import textwrap
import typing
from collections.abc import Callable

import pytest

import app.services
from app.models.entities import Case
from app.services.cases import operations as cases
from app.services.core.changes import Changes
from app.services.core.write_guard import WriteGuard, WriteWithoutOperation

# ----------------------------------------------------------------------------- the walk


def _modules() -> list:
    return [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(app.services.__path__, "app.services.")
    ]


def _functions() -> dict[Callable, ast.AST]:
    """Every function defined at the top of a module under app.services, with its syntax."""
    found: dict[Callable, ast.AST] = {}
    for module in _modules():
        for _name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == module.__name__ and fn not in found:
                found[fn] = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    return found


def _opens_write(tree: ast.AST) -> bool:
    """A `with <x>.write()` block anywhere in the function (nested functions included)."""
    return any(
        isinstance(item.context_expr, ast.Call)
        and isinstance(item.context_expr.func, ast.Attribute)
        and item.context_expr.func.attr == "write"
        for node in ast.walk(tree)
        if isinstance(node, ast.With)
        for item in node.items
    )


def _callees(fn: Callable, tree: ast.AST) -> set[Callable]:
    """The functions it calls by name (`name(...)`, `module.name(...)`) resolved in its module."""
    names = fn.__globals__
    called: set[Callable] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        target = None
        if isinstance(node.func, ast.Name):
            target = names.get(node.func.id)
        elif isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name):
            owner = names.get(node.func.value.id)
            if inspect.ismodule(owner):
                target = getattr(owner, node.func.attr, None)
        if inspect.isfunction(target):
            called.add(target)
    return called


def service_writes() -> list[Callable]:
    """Every public function under app.services that writes, directly or through another."""
    functions = _functions()
    writes = {fn for fn, tree in functions.items() if _opens_write(tree)}
    callees = {fn: _callees(fn, tree) for fn, tree in functions.items()}
    grown = True
    while grown:  # through another write, to any depth
        more = {fn for fn, called in callees.items() if called & writes} - writes
        writes |= more
        grown = bool(more)
    public = [fn for fn in writes if not fn.__name__.startswith("_")]
    return sorted(public, key=lambda fn: (fn.__module__, fn.__name__))


WRITES = service_writes()


def _returns(fn: Callable) -> object:
    """The function's return annotation, resolved in its module (its parameters' annotations
    may name types imported only for type checkers: they are not resolved)."""

    def stand_in() -> None: ...

    stand_in.__annotations__ = {"return": inspect.get_annotations(fn).get("return")}
    return typing.get_type_hints(stand_in, globalns=fn.__globals__)["return"]


def _follows_convention(annotation: object) -> bool:
    if annotation is Changes:
        return True
    if not (isinstance(annotation, type) and dataclasses.is_dataclass(annotation)):
        return False
    if not annotation.__dataclass_params__.frozen:
        return False
    return typing.get_type_hints(annotation).get("changes") is Changes


# ----------------------------------------------------------------------------- the checks


def test_the_walk_finds_writes_direct_and_through_another():
    names = {f"{fn.__module__}.{fn.__name__}" for fn in WRITES}
    assert {
        "app.services.cases.operations.create_case",  # with profile.write()
        "app.services.cases.operations.add_note",  # through add_message
        "app.services.cases.operations.add_evidence",  # through attach.record_evidence
        "app.services.cases.signals.set_escalation",
        "app.services.evidence.doctor.clean_orphans",
    } <= names
    assert "app.services.cases.detail.load_case_detail" not in names  # reads only


@pytest.mark.parametrize("write", WRITES, ids=lambda fn: f"{fn.__module__}.{fn.__name__}")
def test_every_write_returns_changes_or_one_frozen_result(write):
    returned = _returns(write)
    assert _follows_convention(returned), (
        f"{write.__module__}.{write.__name__} returns {returned!r}: a write returns Changes "
        "or one frozen dataclass with a `changes: Changes` field"
    )


def test_a_frozen_result_must_carry_its_changes():
    @dataclasses.dataclass(frozen=True)
    class Good:
        changes: Changes
        extra: int = 0

    @dataclasses.dataclass
    class Thawed:
        changes: Changes

    @dataclasses.dataclass(frozen=True)
    class NoChanges:
        case_id: int

    assert _follows_convention(Changes) and _follows_convention(Good)
    assert not any(map(_follows_convention, (Thawed, NoChanges, tuple[Changes, int], type(None))))


# ----------------------------------------------------------------------------- the guard


@pytest.fixture
def guarded(profile):
    guard = WriteGuard(profile.write_session_factory)
    yield guard
    guard.remove()


def _subject(profile, case_id) -> str:
    with profile.read() as session:
        return session.get(Case, case_id).subject


@pytest.mark.raw_writes
def test_a_change_without_an_operation_is_refused_and_rolled_back(profile, guarded):
    case_id = cases.create_case(profile, cases.NewCase(subject="Strap", body="Too short")).case_id
    with pytest.raises(WriteWithoutOperation, match="1 cases"), profile.write() as session:
        session.get(Case, case_id).subject = "Changed behind the log's back"
    assert _subject(profile, case_id) == "Strap"
    assert [str(v) for v in guarded.violations] == [
        "a write changed rows (1 cases) without appending an operation"
    ]


def test_writes_that_log_and_settings_pass_the_guard(profile, guarded):
    created = cases.create_case(profile, cases.NewCase(subject="Strap", body="Too short"))
    cases.update_case(profile, created.case_id, subject="Strap too short")
    cases.add_note(profile, created.case_id, "Asked the warehouse.")
    cases.update_case(profile, created.case_id, subject="Strap too short")  # nothing changes
    profile.set_agent("Jana")  # a profile setting, not the shop's data
    with profile.write() as session:  # reading inside a write changes nothing
        session.get(Case, created.case_id)
    assert _subject(profile, created.case_id) == "Strap too short"
    assert guarded.violations == []
