"""`workbench sync login | sync | sync status | sync logout` against a served sync
service, and the sync notices of `cases show --json`."""

from __future__ import annotations

import json

import keyring

from app.cli.output import detail_json
from app.cli.runner import main
from app.services.cases.detail import find_case, load_case_detail
from app.services.core.profile import Profile
from app.sync.client import notices_for_case
from app.sync.client.state import KEYRING_SERVICE


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _json(capsys, *argv: str):  # noqa: ANN202
    code, out, err = _run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def _login(capsys, folder, server, token) -> dict:  # noqa: ANN001
    # --token=T: a token may start with "-" (URL-safe base64), which argparse would take
    # for an option after a bare --token.
    return _json(
        capsys, "--data-dir", str(folder), "sync", "login", "--server", server, f"--token={token}"
    )


def test_login_sync_and_status(tmp_path, capsys, live_sync_server):
    url = live_sync_server.base_url
    lena = tmp_path / "lena"
    signed = _login(capsys, lena, url, live_sync_server.add_agent("Lena", "shop"))
    assert signed == {
        "server": url,
        "team": "shop",
        "team_kind": "shop",
        "agent": "Lena",
        "role": "agent",
    }
    assert keyring.get_password(KEYRING_SERVICE, url)
    before = _json(capsys, "--data-dir", str(lena), "sync", "status")
    assert before["signed_in"] and before["agent"] == "Lena"
    created = _json(
        capsys, "--data-dir", str(lena), "cases", "add", "--subject", "Belt too small",
        "--body", "Hello",
    )  # fmt: skip
    waiting = _json(capsys, "--data-dir", str(lena), "sync", "status")["pending"]
    assert waiting > before["pending"]
    first = _json(capsys, "--data-dir", str(lena), "sync")
    assert first["pushed"] == waiting
    assert first["conflicts"] == []
    assert first["cursor"] == first["latest"] > 0
    after = _json(capsys, "--data-dir", str(lena), "sync", "status")
    assert after["pending"] == 0 and after["last_synced_at"] and after["last_error"] is None

    omar = tmp_path / "omar"
    _login(capsys, omar, url, live_sync_server.add_agent("Omar", "shop"))
    pulled = _json(capsys, "--data-dir", str(omar), "sync")
    assert pulled["pulled"] >= first["pushed"]
    shown = _json(capsys, "--data-dir", str(omar), "cases", "show", created["ref"])
    assert shown["subject"] == "Belt too small"

    code, out, _err = _run(capsys, "--data-dir", str(omar), "sync", "logout")
    assert code == 0
    status = _json(capsys, "--data-dir", str(omar), "sync", "status")
    assert not status["signed_in"]
    # Lena's token stays hers: two profiles on one computer each keep their own.
    assert _json(capsys, "--data-dir", str(lena), "sync")["pushed"] == 0


def test_sync_says_why_when_the_server_cannot_be_reached_or_refuses(
    tmp_path, capsys, live_sync_server
):
    folder = tmp_path / "lena"
    token = live_sync_server.add_agent("Lena", "shop")
    _login(capsys, folder, live_sync_server.base_url, token)
    from app.sync.server import admin

    admin.revoke_agent(live_sync_server.store, "Lena")
    code, out, err = _run(capsys, "--data-dir", str(folder), "sync", "--json")
    assert code == 1 and out == ""
    assert "sign in again" in err and token not in err
    assert len(err.strip().splitlines()) == 1
    status = _json(capsys, "--data-dir", str(folder), "sync", "status")
    assert "sign in again" in status["last_error"]

    gone = tmp_path / "gone"
    _login(capsys, gone, live_sync_server.base_url, live_sync_server.add_agent("Omar", "shop"))
    profile = Profile.open(gone)
    try:
        with profile.write() as session:
            from app.sync.client import state

            state.put(session, state.SERVER, "http://127.0.0.1:9")  # nothing listens
    finally:
        profile.close()
    keyring.set_password(KEYRING_SERVICE, "http://127.0.0.1:9", "a token")
    code, out, err = _run(capsys, "--data-dir", str(gone), "sync")
    assert code == 1
    assert "cannot be reached" in err


def test_cases_show_lists_the_sync_notices_of_the_case(laptops, capsys):
    from app.services.cases.operations import NewCase, create_case, update_case
    from app.sync.client import sync_round

    lena, omar = laptops("Lena", "Omar")
    case_id = create_case(lena.profile, NewCase(subject="Parcel lost", body="Where?")).case_id
    for laptop in (lena, omar):
        sync_round(laptop.profile, http=laptop.http)
    update_case(omar.profile, case_id, status="waiting_customer")
    lena.clock.advance(minutes=5)
    update_case(lena.profile, case_id, status="resolved")
    for laptop in (lena, omar):
        sync_round(laptop.profile, http=laptop.http)
    notices = notices_for_case(omar.profile, case_id)
    detail = load_case_detail(omar.profile, find_case(omar.profile, str(case_id)))
    data = _json(capsys, "--data-dir", str(omar.profile.root), "cases", "show", detail.ref)
    assert data["sync_notices"] == [
        {
            "field": "status",
            "yours": "waiting_customer",
            "theirs": "resolved",
            "who": "Lena",
            "when": notices[0].at.isoformat(),
            "entity": "case",
            "entity_id": str(case_id),
        }
    ]
    assert detail_json(detail, [])["sync_notices"] == []
    theirs = _json(capsys, "--data-dir", str(lena.profile.root), "cases", "show", detail.ref)
    assert theirs["sync_notices"] == []
