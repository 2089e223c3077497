"""The demo data: the eight scripted cases, their evidence files, idempotence, bulk generation."""

from __future__ import annotations

import datetime as dt
import io
import re
import uuid

import pytest
import sqlalchemy as sa
from PIL import Image
from sqlalchemy import func, select

from app.demo import DemoSummary, scripted_case_ids, seed_demo
from app.demo.scripted import SCRIPTED_CASES
from app.models.entities import Case, Customer, Evidence, Message, Meta, Operation, Order
from app.services.cases.detail import load_case_history
from app.services.core.profile import Profile
from app.services.inbox import queries as inbox
from app.services.inbox.queries import InboxQuery, View


def _case_count(profile) -> int:
    with profile.read() as session:
        return session.scalar(select(func.count()).select_from(Case))


def _scripted(profile) -> dict[int, Case]:
    ids = scripted_case_ids(profile)
    with profile.read() as session:
        return {n: session.get(Case, uuid.UUID(hex=h)) for n, h in ids.items()}


def _messages(profile, case_id) -> list[Message]:
    with profile.read() as session:
        return list(
            session.scalars(
                select(Message).where(Message.case_id == case_id).order_by(Message.created_at)
            )
        )


def _evidence(profile, case_id) -> list[Evidence]:
    with profile.read() as session:
        return list(session.scalars(select(Evidence).where(Evidence.case_id == case_id)))


@pytest.fixture
def seeded(profile):
    summary = seed_demo(profile)
    assert summary == DemoSummary(scripted=8, generated=0)
    return profile


def test_the_eight_cases_exist_with_their_languages_and_marketplaces(seeded):
    cases = _scripted(seeded)
    assert sorted(cases) == list(range(1, 9))
    with seeded.read() as session:
        for spec in SCRIPTED_CASES:
            case = cases[spec.number]
            assert case.language == spec.language
            assert case.marketplace == spec.marketplace
            order = session.get(Order, case.order_id)
            assert order.external_id == spec.order_id
            assert re.fullmatch(r"\d{3}-\d{7}-\d{7}", order.external_id)
            assert order.items and order.items[0].sku and order.items[0].currency
            customer = session.get(Customer, case.customer_id)
            assert customer.locale == spec.language
    languages = {c.language.split("-")[0] for c in cases.values()}
    assert {"ko", "ru", "ar", "en", "zh", "de"} <= languages
    assert cases[3].marketplace == "amazon.sa"
    assert cases[6].marketplace == "amazon.de"
    assert cases[7].reason == "account_access"
    assert cases[4].status == "resolved"
    assignees = {c.assignee for c in cases.values()}
    assert seeded.agent in assignees and len(assignees) >= 2
    assert len({c.priority for c in cases.values()}) >= 3


def test_case_1_three_unanswered_messages_escalated_with_a_real_photo(seeded):
    case = _scripted(seeded)[1]
    messages = _messages(seeded, case.id)
    assert [m.direction for m in messages] == ["inbound"] * 3
    span = messages[-1].created_at - messages[0].created_at
    assert span.days <= 4
    assert case.escalation_level > 0
    assert "3 times" in case.escalation_reason
    with seeded.read() as session:
        order = session.get(Order, case.order_id)
    # Delivered about ten days ago: the 30-day return window is still open.
    assert 5 <= (seeded.now().date() - order.delivered_on).days <= 20
    (photo,) = _evidence(seeded, case.id)
    assert photo.media_type == "image/jpeg" and photo.kind == "photo"
    assert photo.captured_at is not None
    data = seeded.blobs.path_for(photo.sha256).read_bytes()
    assert len(data) < 1_000_000
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        assert image.size == (1200, 900)
        exif = image.getexif()
        assert exif.get(0x0112) == 1
        assert exif.get_ifd(0x8769).get(0x9003)
        assert exif.get_ifd(0x8825).get(2)  # GPS latitude, for the GPS-stripping feature


def test_case_2_has_a_photo_and_a_two_page_pdf_receipt(seeded):
    case = _scripted(seeded)[2]
    evidence = {e.kind: e for e in _evidence(seeded, case.id)}
    assert set(evidence) == {"photo", "receipt"}
    pdf = seeded.blobs.path_for(evidence["receipt"].sha256).read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 2
    assert len(pdf) < 1_000_000
    with Image.open(seeded.blobs.path_for(evidence["photo"].sha256)) as image:
        image.load()


def test_case_3_is_past_the_estimated_delivery_with_an_a_to_z_note(seeded):
    case = _scripted(seeded)[3]
    with seeded.read() as session:
        order = session.get(Order, case.order_id)
    assert order.delivered_on is None
    assert order.estimated_delivery_max < seeded.now().date()
    notes = [m for m in _messages(seeded, case.id) if m.direction == "note"]
    assert any("A-to-z" in n.body for n in notes)
    with seeded.read() as session:
        tags = {t.tag for t in session.get(Case, case.id).tags if t.removed_at is None}
    assert "a-to-z-risk" in tags
    (shot,) = _evidence(seeded, case.id)
    assert shot.media_type == "image/png" and shot.kind == "screenshot"


def test_case_4_ends_with_thanks(seeded):
    case = _scripted(seeded)[4]
    inbound = [m for m in _messages(seeded, case.id) if m.direction == "inbound"]
    assert "thank" in inbound[-1].body.lower()
    assert case.status == "resolved"


def test_case_8_has_a_rule_breaking_draft(seeded):
    case = _scripted(seeded)[8]
    drafts = [
        m
        for m in _messages(seeded, case.id)
        if m.direction == "outbound" and m.outbound_state == "draft"
    ]
    assert len(drafts) == 1
    body = drafts[0].body
    assert "WhatsApp" in body
    assert re.search(r"\+\d[\d ]{8,}", body)
    assert "5 estrellas" in body and "descuento" in body


def test_seeding_twice_does_not_duplicate(seeded):
    before = _case_count(seeded)
    assert seed_demo(seeded) == DemoSummary(scripted=0, generated=0)
    assert _case_count(seeded) == before == 8
    with seeded.read() as session:
        assert session.get(Meta, "demo_seeded") is not None


def test_generated_cases_are_searchable_and_logged(profile):
    calls = []
    summary = seed_demo(profile, generated=500, progress=lambda done, total: calls.append(done))
    assert summary == DemoSummary(scripted=8, generated=500)
    assert calls[-1] == 500
    with profile.engine.connect() as connection:
        everything = inbox.case_rowids(connection, InboxQuery(view=View.ALL))
        assert len(everything) == 508
        korean = inbox.case_rowids(connection, InboxQuery(view=View.ALL, search="고무"))
        russian = inbox.case_rowids(connection, InboxQuery(view=View.ALL, search="lang:ru"))
        rows = inbox.rows_for(connection, list(korean))
    assert len(korean) > 5
    assert {r.language for r in rows.values()} >= {"ko-KR"}
    assert len(russian) > 5
    with profile.read() as session:
        cases = session.scalar(
            select(func.count())
            .select_from(Operation)
            .where(Operation.entity == "case", Operation.action == "create")
        )
        messages = session.scalar(select(func.count()).select_from(Message))
        message_ops = session.scalar(
            select(func.count())
            .select_from(Operation)
            .where(Operation.entity == "message", Operation.action == "create")
        )
        statuses = set(session.scalars(select(Case.status).distinct()))
        languages = {lang.split("-")[0] for lang in session.scalars(select(Case.language))}
        # The ORM reads the bulk rows back: ids, timestamps and money in their stored formats.
        sample = session.scalars(select(Case).order_by(Case.created_at).limit(20)).all()
        for case in sample:
            assert case.created_at.tzinfo is not None
            assert case.order_id is not None
            order = session.get(Order, case.order_id)
            assert order.total is not None and order.items[0].unit_price is not None
    assert cases == 508
    assert message_ops == messages
    assert {"ko", "ru", "ar", "en", "zh", "de", "ja", "es"} <= languages
    assert {"new", "open", "resolved"} <= statuses
    # More generated cases go on top; the scripted ones are still there once.
    assert seed_demo(profile, generated=20) == DemoSummary(scripted=0, generated=20)
    assert _case_count(profile) == 528


def test_generation_is_deterministic_for_a_seed(tmp_path, clock):
    from app.demo.generated import generate_cases
    from app.services.core.profile import Profile

    subjects = []
    for name in ("a", "b"):
        opened = Profile.open(tmp_path / name, agent="tester", now=clock)
        try:
            generate_cases(opened, 30, seed=7)
            with opened.read() as session:
                subjects.append(
                    session.execute(
                        select(Case.subject, Case.reason, Case.status).order_by(Case.created_at)
                    ).all()
                )
        finally:
            opened.close()
    assert subjects[0] == subjects[1]


def test_scripted_cases_keep_their_own_timeline(seeded, clock):
    """Seeding replays each case's events: nothing looks touched in the seeding second, and
    the history of a case runs in the order and at the times of its conversation."""
    cases = _scripted(seeded)
    assert len({c.updated_at for c in cases.values()}) == len(cases)
    korean = cases[1]
    last_message = _messages(seeded, korean.id)[-1].created_at
    assert last_message <= korean.updated_at < clock() - dt.timedelta(hours=1)
    with seeded.read() as session:
        stamps = list(
            session.scalars(
                select(Operation.created_at)
                .where(Operation.case_id == korean.id)
                .order_by(Operation.hlc)
            )
        )
    assert stamps == sorted(stamps)
    assert stamps[0] == korean.created_at
    assert stamps[-1] <= clock()


def test_the_operation_log_holds_each_text_once_and_gives_it_back(seeded):
    """A message's body lives in its row only (its create operation says so in one byte);
    the history gives it back, and other text decodes as it was written."""
    from app.models.opdata import ROW_VALUE, decode

    with seeded.engine.connect() as connection:
        case_id, body = connection.exec_driver_sql(
            "SELECT case_id, body FROM messages WHERE body LIKE '%벨트%' LIMIT 1"
        ).one()
        stored = connection.exec_driver_sql(
            "SELECT data FROM operations WHERE entity = 'message' AND action = 'create' "
            "AND case_id = ?",
            (case_id,),
        ).all()
        subject_op = connection.exec_driver_sql(
            "SELECT data FROM operations WHERE entity = 'case' AND action = 'create' "
            "AND case_id = ?",
            (case_id,),
        ).scalar_one()
    assert all(decode(raw)["body"] == [None, ROW_VALUE] for (raw,) in stored)
    assert all(body.encode() not in raw for (raw,) in stored)
    assert "벨트" in decode(subject_op)["subject"][1]
    history = load_case_history(seeded, uuid.UUID(bytes=case_id))
    bodies = [e.data["body"][1] for e in history if e.entity == "message" and e.action == "create"]
    assert body in bodies


def test_four_seedings_at_once_make_the_scripted_cases_once(tmp_path):
    """Four processes seeding one new profile: the scripted cases exist once each, and
    generated cases from parallel runs never clash on an alias or an order id."""
    import subprocess
    import sys

    folder = tmp_path / "p"
    runs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "app",
                "--data-dir",
                str(folder),
                "demo",
                "seed",
                "--cases",
                "300",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    errors = [run.communicate(timeout=300)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0, 0], errors
    profile = Profile.open(folder, agent="t")
    try:
        with profile.read() as session:
            orders = session.execute(
                sa.text("SELECT external_id, count(*) FROM orders GROUP BY 1 HAVING count(*) > 1")
            ).all()
            total = session.scalar(sa.text("SELECT count(*) FROM cases"))
        assert orders == []  # each scripted order (and case) once
        assert total == 8 + 4 * 300
    finally:
        profile.close()
