"""A hypothesis state machine drives 2 to 4 laptops of one team on one sync server (issue
12, "Done when", point 2), on SQLite and on PostgreSQL: random case edits (status,
priority, reason, assignee, tags, notes, inbound messages, evidence), offline periods,
syncs through a faulty network (requests dropped, answers lost after the server committed,
requests duplicated, pushes held and delivered late), crashes mid-round with a restart from
the profile's folder, and wall clocks hours apart (and jumping).

After every step: no change the server acknowledged is missing from it, nothing a laptop
wrote is missing from its own log, and no laptop's cursor moved back. At the end, with a
healthy network and everyone synced twice: every laptop equals the server (see
`_check_final`).

Each example is a new team on the same server (teams share nothing), and laptops are
copies of one migrated template profile, so an example costs its rounds, not set-up.
"""

from __future__ import annotations

import uuid
from collections import Counter

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from app.errors import UserError
from app.services.cases.operations import (
    NewCase,
    add_evidence,
    add_message,
    add_note,
    create_case,
    set_tags,
    update_case,
)
from app.sync.client import sync_round
from app.sync.client.transport import SyncError
from tests.services.mail.dovecot import temporary_keyring
from tests.sync.client.replica import live_tags, replica_state
from tests.sync.faults import (
    CRASH_AFTER,
    CRASH_BEFORE,
    FAULTS,
    OK,
    Crash,
    Laptop,
    Laptops,
    appends,
    as_held,
    case_fields,
    expected_fields,
    log_keys,
    own_ops,
    server_fields,
    server_ops,
)

NAMES = ("Ann", "Ben", "Cho", "Dev")
CHANGES = (
    [("status", s) for s in ("open", "waiting_customer", "resolved", "closed")]
    + [("priority", p) for p in ("low", "normal", "high", "urgent")]
    + [("reason", r) for r in ("damaged", "refund", "late")]
    + [("assignee", a) for a in ("Ann", "Ben", None)]
)
TAGS = ("vip", "refund", "carrier")
CASES = 2

laptop_index = st.integers(0, len(NAMES) - 1)
case_index = st.integers(0, CASES - 1)
fault_plans = st.lists(st.sampled_from((OK, *FAULTS)), max_size=5)


@pytest.fixture(autouse=True)
def test_keyring(tmp_path, monkeypatch):
    with temporary_keyring(tmp_path, monkeypatch) as ring:
        yield ring


class SyncMachine(RuleBasedStateMachine):
    """Laptops, two shared cases and the network; `server` is set by the test."""

    server = None

    def __init__(self) -> None:
        super().__init__()
        self.team = Laptops(self.server, f"team-{uuid.uuid4().hex[:12]}")
        self.laptops: list[Laptop] = []
        self.cases: list[uuid.UUID] = []
        self.cursors: dict[str, int] = {}
        self.written: dict[str, set[str]] = {}
        self.files = 0

    # ------------------------------------------------------------------------- set-up

    @initialize(
        count=st.integers(2, 4),
        skews=st.lists(st.integers(-6, 6), min_size=len(NAMES), max_size=len(NAMES)),
    )
    def start(self, count: int, skews: list[int]) -> None:
        self.laptops = [self.team.add(NAMES[i], skew_hours=skews[i]) for i in range(count)]
        first = self.laptops[0]
        for n in range(CASES):
            made = create_case(
                first.profile, NewCase(subject=f"Case {n}", body=f"Buyer wrote {n}", tags=["vip"])
            )
            self.cases.append(made.case_id)
        for laptop in self.laptops:
            laptop.sync()

    def _laptop(self, index: int) -> Laptop:
        return self.laptops[index % len(self.laptops)]

    # ------------------------------------------------------------------------- work

    @rule(who=laptop_index, case=case_index, change=st.sampled_from(CHANGES))
    def edit(self, who: int, case: int, change: tuple) -> None:
        name, value = change
        update_case(self._laptop(who).profile, self.cases[case], **{name: value})

    @rule(who=laptop_index, case=case_index, tag=st.sampled_from(TAGS), on=st.booleans())
    def tag(self, who: int, case: int, tag: str, on: bool) -> None:
        laptop = self._laptop(who)
        tags = live_tags(laptop.profile, self.cases[case])
        set_tags(laptop.profile, self.cases[case], tags | {tag} if on else tags - {tag})

    @rule(who=laptop_index, case=case_index, inbound=st.booleans())
    def message(self, who: int, case: int, inbound: bool) -> None:
        laptop = self._laptop(who)
        self.files += 1
        if inbound:
            add_message(laptop.profile, self.cases[case], "inbound", f"Buyer {self.files}")
        else:
            add_note(laptop.profile, self.cases[case], f"{laptop.name} noted {self.files}")

    @rule(who=laptop_index, case=case_index, content=st.integers(0, 3))
    def evidence(self, who: int, case: int, content: int) -> None:
        """A file from a small pool: two laptops may attach the same one to one case."""
        laptop = self._laptop(who)
        self.files += 1
        path = self.team.folder / f"file-{self.files}.txt"
        path.write_bytes(f"evidence number {content}\n".encode())
        try:
            add_evidence(laptop.profile, self.cases[case], path)
        except UserError:
            pass  # already attached here: refused, nothing written

    @rule(hours=st.integers(-3, 3), who=laptop_index)
    def clock_jumps(self, hours: int, who: int) -> None:
        self._laptop(who).clock.advance(hours=hours)

    @rule(minutes=st.integers(1, 90))
    def time_passes(self, minutes: int) -> None:
        for laptop in self.laptops:
            laptop.clock.advance(minutes=minutes)

    # ------------------------------------------------------------------------- network

    @rule(who=laptop_index, online=st.booleans())
    def connection(self, who: int, online: bool) -> None:
        self._laptop(who).network.online = online

    @rule(who=laptop_index)
    def late_delivery(self, who: int) -> None:
        self._laptop(who).network.deliver_held()

    @rule(who=laptop_index, plan=fault_plans)
    def sync(self, who: int, plan: list[str]) -> None:
        laptop = self._laptop(who)
        try:
            result = laptop.sync(plan)
        except SyncError:
            assert not laptop.network.online or any(f != OK for f in plan)
            event("sync: failed")
        else:
            event(f"sync: pushed {min(result.pushed, 1)}+, pulled {min(result.pulled, 1)}+")

    @rule(
        who=laptop_index,
        at=st.integers(0, 8),
        where=st.sampled_from(("before", "after", "progress")),
        plan=fault_plans,
    )
    def crash(self, who: int, at: int, where: str, plan: list[str]) -> None:
        """The laptop dies at a point of a round, then starts again from its folder."""
        laptop = self._laptop(who)
        calls = []

        def progress(*_: object) -> None:
            calls.append(1)
            if where == "progress" and len(calls) > at:
                raise Crash("crash after a step of the round")

        if where != "progress":
            plan = [*plan[:at], *[OK] * (at - len(plan)), CRASH_BEFORE]
            if where == "after":
                plan[-1] = CRASH_AFTER
        try:
            laptop.sync(plan, progress=progress)
        except Crash:
            event(f"crash: {where}")
        except SyncError:
            event("crash: the round failed first")
        laptop.restart()

    # ------------------------------------------------------------------------- invariants

    def _note_progress(self) -> None:
        """Nothing a laptop wrote is gone from its log (crashes included); what it holds
        as acknowledged, and what the server acknowledged to anyone, is on the server."""
        if not self.laptops:
            return
        held = {(op["device"], op["hlc"]) for op in server_ops(self.server, self.team.team_id)}
        for laptop in self.laptops:
            ops = own_ops(laptop.profile)
            keys = {op["hlc"] for op in ops}
            assert self.written.get(laptop.device, set()) <= keys, f"{laptop.name} lost work"
            self.written[laptop.device] = keys
            assert laptop.network.acked <= held, laptop.name
            assert {(laptop.device, op["hlc"]) for op in ops if op["pushed"]} <= held

    @invariant()
    def no_change_is_lost(self) -> None:
        self._note_progress()

    @invariant()
    def cursors_only_move_forward(self) -> None:
        for laptop in self.laptops:
            cursor = laptop.cursor()
            assert cursor >= self.cursors.get(laptop.device, 0), laptop.name
            self.cursors[laptop.device] = cursor

    # ------------------------------------------------------------------------- the end

    def teardown(self) -> None:
        try:
            if self.laptops:
                self._check_final()
        finally:
            self.team.close()

    def _check_final(self) -> None:
        """Network healed, late packets delivered, everyone syncs twice: all equal."""
        for laptop in self.laptops:
            laptop.network.online = True
            laptop.network.deliver_held()
        before = [op for laptop in self.laptops for op in own_ops(laptop.profile)]
        rounds = []
        for _ in range(2):
            for laptop in self.laptops:
                sync_round(laptop.profile, http=laptop.http)
            rounds.append(server_ops(self.server, self.team.team_id))
        written = [op for laptop in self.laptops for op in own_ops(laptop.profile)]
        held = server_ops(self.server, self.team.team_id)
        keys = Counter((op["device"], op["hlc"]) for op in held)
        assert max(keys.values(), default=1) == 1
        # Everything written before is on the server; all it holds was written by one of
        # them. (A pull that finds one file attached twice to a case logs a tombstone,
        # pushed by the next round: the last round may leave such a write pending.)
        assert {(op["device"], op["hlc"]) for op in before} <= set(keys)
        assert set(keys) <= {(op["device"], op["hlc"]) for op in written}
        acked = set().union(*(laptop.network.acked for laptop in self.laptops))
        assert acked <= set(keys)
        # Every laptop's log holds the team's log as it was after the first round.
        first = {(op["device"], op["hlc"]) for op in rounds[0]}
        for laptop in self.laptops:
            assert first <= log_keys(laptop.profile), laptop.name
        fresh = self.team.add("Fresh")
        fresh.sync()
        everyone = [*self.laptops, fresh]
        # Appends once each, by id, on the server and every laptop.
        for entity in ("message", "evidence"):
            created = sorted(
                op["entity_id"]
                for op in held
                if op["entity"] == entity and op["action"] == "create"
            )
            assert len(created) == len(set(created))
            for laptop in everyone:
                assert appends(laptop.profile)[entity] == created, (laptop.name, entity)
        # Fields: the rule's winner from the writes, on the server and every laptop.
        expected = expected_fields(written)
        assert as_held(expected, server_fields(self.server, self.team.team_id)) == expected
        for laptop in everyone:
            assert as_held(expected, case_fields(laptop.profile)) == expected, laptop.name
        states = [replica_state(laptop.profile) for laptop in everyone]
        for laptop, state in zip(everyone, states, strict=True):
            assert state == states[0], laptop.name


def test_laptops_on_a_faulty_network_end_equal_to_the_server(sync_server):
    machine = type("Machine", (SyncMachine,), {"server": sync_server})
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=20,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )


def test_after_a_restart_a_laptop_hours_behind_keeps_what_the_server_keeps(sync_server):
    team = Laptops(sync_server, "shop")
    try:
        ann, ben = team.add("Ann"), team.add("Ben", skew_hours=-3)
        case_id = create_case(ann.profile, NewCase(subject="Late", tags=["refund"])).case_id
        ann.sync()
        ben.sync()
        ben.restart()
        set_tags(ben.profile, case_id, [])
        update_case(ben.profile, case_id, status="resolved")
        for laptop in (ben, ann, ben):
            laptop.sync()
        assert case_fields(ben.profile) == case_fields(ann.profile)
        # Ben saw the case before his edits: they are the newest writes and must win.
        assert live_tags(ann.profile, case_id) == set()
    finally:
        team.close()
