"""The workload of bench/index_usage.py: the public services, run as the application runs them.

On a fresh demo profile: every inbox view and sort both ways, searches (trigram and the
short-text fallbacks) and filters, the sidebar counts, case detail, history and
deadlines, case writes (a case with customer and order, fields, tags, messages, notes,
drafts, escalation, order signals, evidence), shop templates, the evidence doctor and the
clock. A refusal (UserError) is noted and the run goes on.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from index_capture import Recorder

SEARCHES = ["refund", "사이즈", "ремень", "ok", "벨트", "ре", "é"]
FILTERS = [
    "status:open lang:ko is:overdue order:113-",
    "status:waiting reason:defective priority:high",
    "marketplace:de tag:vip assignee:me",
    'customer:"kim" is:unanswered',
    "is:escalated is:unassigned is:new",
    "status:resolved lang:de refund",
]


def _try(record: Recorder, what: str, fn, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
    """Run one workload call; a refusal is noted (the run goes on), not raised."""
    from app.errors import UserError

    with record.stepping(what):
        try:
            return fn(*args, **kwargs)
        except (UserError, ValueError) as exc:
            record.failures.append(f"{what}: {type(exc).__name__}: {exc}")
            return None


def _png(folder: Path, name: str, shade: int) -> Path:
    from PIL import Image

    path = folder / name
    Image.new("RGB", (48, 32), (shade, 90, 200 - shade)).save(path, "PNG")
    return path


def inbox_workload(profile, record: Recorder) -> list:  # noqa: ANN001
    from app.services.inbox import listing, pages, queries
    from app.services.inbox.queries import InboxQuery, SortKey, View

    now = profile.now()
    agent = profile.agent
    for view in View:
        for sort in SortKey:
            for descending in (True, False):
                query = InboxQuery(view=view, sort=sort, descending=descending, agent=agent)
                _try(record, "inbox first page", pages.first_page, profile, query, 100)
                ids = _try(record, "inbox rowids", pages.rowids, profile, query) or []
                _try(record, "inbox rows", pages.rows, profile, list(ids[:100]))
    with profile.read() as session:
        for view in View:  # the sidebar's counts
            query = InboxQuery(view=view, agent=agent, now=now)
            _try(record, "sidebar count", queries.count, session.connection(), query)
    first = pages.first_page(profile, InboxQuery(view=View.ALL), 50)
    order = next((r.order_id for r in first if r.order_id), "113-")
    texts = [*SEARCHES, *FILTERS, f"ref:{first[0].ref}", f"order:{order[:5]}"]
    for text in texts:
        for sort in SortKey:
            for descending in (True, False):
                query = InboxQuery(view=View.ALL, search=text, sort=sort, descending=descending)
                _try(record, "search", pages.first_page, profile, query, 100)
                _try(record, "search rowids", pages.rowids, profile, query)
        for view in View:
            query = InboxQuery(view=view, search=text, agent=agent)
            _try(record, "search in view", pages.first_page, profile, query, 100)
            _try(record, "search in view rowids", pages.rowids, profile, query)
    _try(record, "cases list", listing.list_rows, profile, InboxQuery(view=View.ALL), 0)
    _try(record, "cases list", listing.list_rows, profile, InboxQuery(view=View.MINE), 20)
    _try(record, "rowid of", listing.rowid_of, profile, first[0].id)
    return first


def reading_workload(profile, record: Recorder, rows: list, scratch: Path) -> None:  # noqa: ANN001
    from app.services.cases import detail
    from app.services.core.oplog import latest_hlc
    from app.services.deadlines.overview import load_case_deadlines
    from app.services.evidence.checklist import case_checklists
    from app.services.evidence.export import export_bundle
    from app.services.language.detect import buyer_language

    for row in rows[:8]:
        _try(record, "case detail", detail.load_case_detail, profile, row.id)
        _try(record, "case history", detail.load_case_history, profile, row.id)
        _try(record, "deadlines overview", load_case_deadlines, profile, row.id)
        _try(record, "buyer language", buyer_language, profile, row.id)
        _try(record, "find case", detail.find_case, profile, row.ref)
        _try(record, "find case", detail.find_case, profile, str(row.id))
        if row.order_id:
            _try(record, "find case", detail.find_case, profile, row.order_id)
    with profile.read() as session:
        _try(record, "checklists", case_checklists, session, [r.id for r in rows])
        _try(record, "latest_hlc", latest_hlc, session)
        _try(record, "latest_hlc", latest_hlc, session, profile.device_id)
    for row in rows:
        found = _try(record, "case detail", detail.load_case_detail, profile, row.id)
        if found is not None and found.evidence:
            _try(record, "export", export_bundle, profile, row.id, scratch / "bundle.zip")
            break


def writing_workload(profile, record: Recorder, scratch: Path) -> None:  # noqa: ANN001
    from decimal import Decimal

    from app.services.cases import operations as ops
    from app.services.cases import signals
    from app.services.cases.orders import NewItem, NewOrder
    from app.services.evidence import attach

    now = profile.now()
    order = NewOrder(
        external_id="302-1234567-7654321",
        purchased_at=now - dt.timedelta(days=12),
        shipped_at=now - dt.timedelta(days=10),
        delivered_on=(now - dt.timedelta(days=7)).date(),
        fulfilment="fba",
        currency="EUR",
        items=[
            NewItem(title="Leather belt", sku="BELT-1", category="apparel", unit_price=Decimal(20))
        ],
    )
    new = ops.NewCase(
        subject="Belt too short",
        body="Der Gürtel ist zu kurz.",
        customer_name="Index Bench",
        customer_alias="AIDXBENCH1",
        customer_email="idx@example.com",
        marketplace="amazon.de",
        order=order,
        reason="wrong_size",
        tags=["vip"],
        attachments=[_png(scratch, "first.png", 10)],
    )
    created = _try(record, "create case", ops.create_case, profile, new)
    if created is None:
        return
    case_id = created.case_id
    again = ops.NewCase(
        subject="Second question",
        customer_name="Index Bench",
        customer_alias="AIDXBENCH1",
        marketplace="amazon.de",
        order_external_id="302-1234567-7654321",
    )
    _try(record, "create case (known customer, order)", ops.create_case, profile, again)
    by_name = ops.NewCase(subject="Phone call", customer_name="Walk-in buyer", body="Hello")
    third = _try(record, "create case (customer by name)", ops.create_case, profile, by_name)
    fields = {"status": "open", "priority": "high", "assignee": profile.agent, "language": "de"}
    _try(record, "update case", ops.update_case, profile, case_id, **fields)
    _try(record, "update case", ops.update_case, profile, case_id, subject="Belt 5 cm too short")
    _try(record, "set tags", ops.set_tags, profile, case_id, ["vip", "refund"])
    _try(record, "set tags", ops.set_tags, profile, case_id, ["refund"])
    _try(record, "add message", ops.add_message, profile, case_id, "inbound", "Any news?")
    _try(record, "add note", ops.add_note, profile, case_id, "Checked the order page.")
    draft = _try(record, "add draft", ops.add_reply, profile, case_id, "Draft", draft=True)
    if draft is not None:
        reply = "We are sorry about the belt."
        _try(
            record,
            "send reply",
            ops.add_reply,
            profile,
            case_id,
            reply,
            replaces_draft=draft.message_id,
        )
    if created.message_id is not None:
        _try(
            record,
            "no response needed",
            signals.set_no_response_needed,
            profile,
            created.message_id,
        )
    _try(record, "escalate", signals.set_escalation, profile, case_id, 1, "Angry buyer", "owner")
    _try(record, "escalate", signals.set_escalation, profile, case_id, 0, None)
    _try(record, "order signal", signals.update_order, profile, case_id, return_requested_at=now)
    files = [_png(scratch, "second.png", 60), _png(scratch, "third.png", 110)]
    _try(record, "attach files", attach.attach_files, profile, case_id, files)
    added = _try(
        record, "add evidence", ops.add_evidence, profile, case_id, _png(scratch, "x.png", 160)
    )
    if added is not None:
        evidence_id = added.evidence_id
        _try(record, "update evidence", attach.update_evidence, profile, evidence_id, caption="Tag")
        _try(record, "remove evidence", attach.remove_evidence, profile, evidence_id)
        _try(record, "restore evidence", attach.restore_evidence, profile, evidence_id)
    if third is not None:
        _try(record, "delete case", ops.delete_case, profile, third.case_id)
    _try(record, "setting", profile.set_evidence_max_mb, profile.evidence_max_mb + 1)
    _try(record, "setting", profile.set_agent, f"{profile.agent} (bench)")


def other_workload(profile, record: Recorder) -> None:  # noqa: ANN001
    from app.services.evidence.doctor import clean_orphans, run_doctor
    from app.services.replies import shop
    from app.services.replies.library import load_library

    text = (
        'key = "bench_note"\nplaceholders = ["order_id"]\n\n[variants.en]\nname = "Note"\n'
        'subject = "About {order_id}"\nbody = """Your order {order_id}."""\n'
    )
    _try(record, "save shop template", shop.save_shop_template, profile, text)
    _try(
        record, "save shop template", shop.save_shop_template, profile, text.replace("Your", "The")
    )
    _try(record, "reply library", load_library, profile)
    _try(record, "reply library (folder)", load_library, profile.root)
    _try(record, "delete shop template", shop.delete_shop_template, profile, "bench_note")
    _try(record, "restore shop template", shop.restore_shop_template, profile, "bench_note")
    _try(record, "import template files", shop.import_template_files, profile)
    _try(record, "evidence doctor", run_doctor, profile)
    _try(record, "clean orphans", clean_orphans, profile, dry_run=True)
    _try(record, "health check", profile.check_health)


def capture_workload(demo_cases: int) -> tuple[dict, list[str]]:
    from app.demo import seed_demo
    from app.services.core.profile import Profile

    record = Recorder()
    record.failures = []
    record.install()
    try:
        with tempfile.TemporaryDirectory(prefix="index-usage-") as folder:
            scratch = Path(folder) / "files"
            scratch.mkdir()
            profile = Profile.open(Path(folder) / "profile", agent="bench")
            try:
                with record.stepping("seed"):
                    seed_demo(profile, generated=demo_cases)
                rows = inbox_workload(profile, record)
                reading_workload(profile, record, rows, scratch)
                writing_workload(profile, record, scratch)
                other_workload(profile, record)
            finally:
                profile.close()
            with record.stepping("reopen"):
                Profile.open(Path(folder) / "profile").close()
    finally:
        record.uninstall()
    return record.statements, record.failures
