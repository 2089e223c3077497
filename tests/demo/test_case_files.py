"""The scripted cases' data files: what they may say, and how a mistake is reported."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from app.demo.case_files import CASES_FOLDER, CaseFileError, read_case_folder
from app.demo.case_text import fill_text, parse_relative, parse_utc_offset
from app.demo.scripted import load_scripted_cases
from app.errors import UserError


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped case files, to spoil one at a time."""
    copy = tmp_path / "cases"
    shutil.copytree(CASES_FOLDER, copy)
    return copy


def _edit(folder: Path, name: str, old: str, new: str) -> None:
    path = next(folder.glob(f"{name}-*.toml"))
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _problem(folder: Path) -> CaseFileError:
    with pytest.raises(UserError) as raised:
        load_scripted_cases(folder)
    assert isinstance(raised.value, CaseFileError)
    return raised.value


def test_the_shipped_files_are_the_eight_cases_in_order():
    scripts = read_case_folder()
    assert [s.number for s in scripts] == list(range(1, 9))
    assert all(s.path.parent == CASES_FOLDER for s in scripts)
    assert (CASES_FOLDER / "README.md").is_file()


def test_a_copy_of_the_files_loads_like_the_originals(folder):
    assert [c.order_id for c in load_scripted_cases(folder)] == [
        c.order_id for c in load_scripted_cases()
    ]


@pytest.mark.parametrize(
    ("case", "old", "new", "field", "words"),
    [
        ("3", 'at = "20 hours ago"', 'at = "yesterday"', "messages[2].at", "3 days 2 hours ago"),
        ("1", 'subject = "', 'topic = "', "subject", "missing"),
        ("6", 'delivered = "6 days ago"', 'delivered = "6 days 2 hours ago"', "order.delivered",
         "whole days"),
        ("5", 'reason = "late"', 'reason = "slow"', "reason", "wrong_size"),
        ("4", 'caption = "The replacement', 'captoin = "The replacement',
         "messages[4].evidence[1].caption", "missing"),
        ("5", 'template = "', 'templat = "', "messages[2].templat", "not a field"),
        ("7", "{shipped_day.month}", "{shipping_day.month}", "messages[3].body", "{shipping_day"),
        ("3", "{stuck:%H:%M}", "{stuck:%H:%M", "messages[1].evidence[1].note", "braces"),
        ("2", '{ text = "Beispielweg 7", size = 14 }', '{ text = "Beispielweg 7", size = "14" }',
         "messages[1].evidence[2].pages[1].lines[13].size", "whole number"),
        ("8", 'price = "16.95"', 'price = "16,95"', "order.items[1].price", "18.99"),
        ("8", 'author = "colleague"', 'author = "customer"', "messages[2].author", "inbound"),
        ("2", "level = 1", "level = 5", "escalation.level", "between 1 and 3"),
        ("6", 'id = "304-5518820-4471936"', 'id = "304-55188"', "order.id", "Amazon order id"),
    ],
)  # fmt: skip
def test_a_mistake_names_the_file_and_the_field(folder, case, old, new, field, words):
    _edit(folder, case, old, new)
    problem = _problem(folder)
    assert problem.path.name.startswith(f"{case}-")
    assert problem.field == field
    message = str(problem)
    assert problem.path.name in message and f"'{field}'" in message
    assert words in message


def test_a_file_that_is_not_toml_is_named(folder):
    _edit(folder, "5", 'priority = "normal"', 'priority = "normal')
    problem = _problem(folder)
    assert problem.path.name == "5-chinese-handling-time.toml"
    assert "not valid TOML" in str(problem) and "line" in str(problem)


def test_two_cases_on_one_order_are_refused(folder):
    _edit(folder, "4", 'id = "112-6043318-2217590"', 'id = "113-4829173-5520931"')
    problem = _problem(folder)
    assert (problem.path.name, problem.field) == ("4-english-resolved.toml", "order.id")
    assert "1-korean-wrong-size.toml" in str(problem)


def test_relative_times():
    assert parse_relative("4 days 1 hour 12 minutes ago") == -dt.timedelta(days=4, minutes=72)
    assert parse_relative("in 9 days") == dt.timedelta(days=9)
    assert parse_relative("30h ago") == -dt.timedelta(hours=30)
    assert parse_relative("today") == dt.timedelta(0)
    for wrong in ("4 days", "in 4 days ago", "2 days 3 days ago", "soon", "4 weeks ago", "ago"):
        assert parse_relative(wrong) is None, wrong
    assert parse_utc_offset("-05:00") == -dt.timedelta(hours=5)
    assert parse_utc_offset("+9") is None


def test_placeholders_reach_no_further_than_dates():
    day = dt.date(2026, 3, 9)
    assert fill_text("{d.month}/{d.day} {d:%d.%m.} {{x}}", {"d": day}) == "3/9 09.03. {x}"
    for sneaky in ("{d.__class__}", "{d.hour}", "{d[0]}", "{0}"):
        with pytest.raises(KeyError):
            fill_text(sneaky, {"d": day})


def test_a_spoilt_phrase_file_is_named(tmp_path):
    from app.demo.phrases import PHRASES_FOLDER, PhraseFileError, read_phrase_folder

    folder = tmp_path / "phrases"
    shutil.copytree(PHRASES_FOLDER, folder)
    shared, packs = read_phrase_folder(folder)
    assert [p.code for p in packs] == list(shared["weights"])
    path = folder / "de.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("[issues]\nwrong_size", "[issues]\nwrong_sizes", 1), "utf-8")
    with pytest.raises(UserError) as raised:
        read_phrase_folder(folder)
    assert isinstance(raised.value, PhraseFileError)
    assert (raised.value.path.name, raised.value.field) == ("de.toml", "issues.wrong_size")
    assert "de.toml" in str(raised.value) and "'issues.wrong_size' is missing" in str(raised.value)
