"""IMAP fetch benchmark. Prints JSON; not part of the test run.

    python bench/mail_imap.py [--count 1000] [--batch 50]

Delivers COUNT relay-style messages into a throwaway Dovecot on 127.0.0.1 (the test
fixture's server, tests/services/mail/dovecot.py) and times, in one process:

- the baseline: downloading the same messages with IMAPClient alone (UID SEARCH, then
  BODY.PEEK[] in batches of BATCH), which is what the network and the server cost anyway;
- `imap.fetch_new` into a fresh profile: the same download plus parsing, filing into
  cases (language detection, evidence) and the cursor after each batch;
- a second `fetch_new` with nothing new (what the 5-minute timer costs when idle).

Reported as messages per second and as the ratio of the fetch to the baseline.
`bench/mail.py` calls `measure_fetch()` and reports it under "imap".
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.services.core.profile import Profile  # noqa: E402
from app.services.mail.imap import fetch_new  # noqa: E402
from tests.services.mail.dovecot import (  # noqa: E402
    Dovecot,
    account_of,
    dovecot_binary,
    relay_mail,
)


def _languages(number: int) -> str:
    bodies = (
        "Hello, the strap broke on day two. Can I get a replacement?",
        "Hallo, der Gürtel ist zu kurz. Ich möchte ihn umtauschen.",
        "안녕하세요, 벨트 사이즈가 달라요. 교환 부탁드립니다.",
        "Здравствуйте, ремень треснул через неделю. Прошу вернуть деньги.",
        "مرحبا، لم يصلني الطرد حتى الآن. أين طلبي؟",
        "こんにちは、ベルトのサイズが違います。返品できますか。",
    )
    return bodies[number % len(bodies)] + f"\n\nMessage {number}.\n"


def _deliver(server: Dovecot, count: int) -> None:
    with server.client() as client:
        for start in range(0, count, 200):
            client.multiappend(
                "INBOX",
                [relay_mail(n, body=_languages(n)) for n in range(start, min(count, start + 200))],
            )


def _download_only(server: Dovecot, batch: int) -> int:
    """The baseline: every message downloaded with IMAPClient, nothing else done."""
    got = 0
    with server.client() as client:
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search(["UID", "1:*"]))
        for start in range(0, len(uids), batch):
            answer = client.fetch(uids[start : start + batch], ["BODY.PEEK[]"])
            got += sum(1 for item in answer.values() if item.get(b"BODY[]"))
    return got


def measure_fetch(count: int = 1000, batch: int = 50) -> dict:
    """Deliver `count` messages to a throwaway Dovecot and time fetching them (see above)."""
    binary = dovecot_binary()
    if binary is None:
        return {"skipped": "Dovecot is not installed (Debian: apt-get install dovecot-imapd)"}
    server = Dovecot(binary)
    folder = Path(tempfile.mkdtemp(prefix="bench-imap-"))
    try:
        server.start()
        started = time.perf_counter()
        _deliver(server, count)
        deliver_s = time.perf_counter() - started

        started = time.perf_counter()
        downloaded = _download_only(server, batch)
        download_s = time.perf_counter() - started

        profile = Profile.open(folder / "profile", agent="bench")
        try:
            account = account_of(server)
            started = time.perf_counter()
            report = fetch_new(profile, account, server.password, batch=batch)
            fetch_s = time.perf_counter() - started
            started = time.perf_counter()
            idle = fetch_new(profile, account, server.password, batch=batch)
            idle_s = time.perf_counter() - started
        finally:
            profile.close()
    finally:
        server.close()
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "messages": count,
        "batch": batch,
        "dovecot": ".".join(map(str, server.version)),
        "deliver_s": round(deliver_s, 3),
        "download_only_s": round(download_s, 3),
        "download_only_per_s": round(downloaded / download_s, 1) if download_s else None,
        "fetch_s": round(fetch_s, 3),
        "fetch_per_s": round(report.fetched / fetch_s, 1) if fetch_s else None,
        "fetch_vs_download_only": round(fetch_s / download_s, 2) if download_s else None,
        "fetched": report.fetched,
        "imported": report.imported,
        "new_cases": report.new_cases,
        "duplicates": report.duplicates,
        "refused": len(report.refused),
        "idle_fetch_s": round(idle_s, 3),
        "idle_fetched": idle.fetched,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="messages (default 1000)")
    parser.add_argument("--batch", type=int, default=50, help="messages per batch (default 50)")
    args = parser.parse_args()
    print(json.dumps(measure_fetch(args.count, args.batch), indent=2))


if __name__ == "__main__":
    main()
