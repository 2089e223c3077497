"""Mail import benchmark. Prints JSON; not part of the test run.

    python bench/mail.py [--messages 10000] [--attachments 500] [--no-ui] [--profile]

In one run, on fresh profiles in a temporary folder:

- a generated mbox of N real-looking relay mails (buyers in ten languages, threads of
  one to five messages with quoted earlier text, order ids, `--attachments` of them with
  a photo or a PDF) is imported through the services (`sources.import_paths`):
  messages per second, against the budget (DESIGN.md section 9: 10,000 messages with
  their attachments in about a minute), with the parse-only rate beside it (what the
  parser alone costs of that);
- the same mbox imported through the real import dialog and the UI task helper, with
  the longest main-thread stall measured by a 5 ms timer (budget: 100 ms);
- when `bench/mail_imap.py` exists, its `measure_fetch()` figures under "imap".

`--profile` prints the intake's top functions (cProfile) to stderr.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import importlib.util
import io
import json
import os
import pstats
import random
import sys
import tempfile
import time
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.services.core.profile import Profile  # noqa: E402
from app.services.mail.parse import parse_mail  # noqa: E402
from app.services.mail.sources import find_sources, import_paths, read_messages  # noqa: E402

BUDGET_SECONDS_PER_10K = 60  # DESIGN.md section 9: about a minute
STALL_BUDGET_MS = 100

# (language, marketplace, names, opening lines, follow-ups, attribution "{name}" line)
LANGUAGES = [
    (
        "en",
        "amazon.com",
        ["Emily Carter", "James Walker", "Olivia Brown", "Noah Davis"],
        [
            "Hello, the rubber belt I ordered is much shorter than described in the listing. "
            "Could you send me the right size or tell me how to return it?",
            "Hi, my parcel was supposed to arrive three days ago and the tracking has not "
            "moved since. Can you check with the carrier please?",
        ],
        "I am still waiting for an answer about my order. Please reply as soon as possible.",
        "On Mon, 23 Nov 2026 at 10:00, {name} wrote:",
    ),
    (
        "de",
        "amazon.de",
        ["Jonas Becker", "Lena Schmidt", "Felix Wagner"],
        [
            "Hallo, der Gürtel ist leider zu kurz und passt nicht an meine Maschine. Können "
            "Sie mir bitte eine längere Größe schicken oder mir sagen, wie ich ihn zurücksende?",
            "Guten Tag, das Paket ist beschädigt angekommen und der Riemen hat einen Riss. "
            "Ich hätte gerne einen Ersatz.",
        ],
        "Ich habe leider noch keine Antwort bekommen. Bitte melden Sie sich bei mir.",
        "Am 23.11.2026 um 10:00 schrieb {name}:",
    ),
    (
        "ko",
        "amazon.com",
        ["김민지", "이서준", "박지우"],
        [
            "안녕하세요. 주문한 고무 벨트가 설명과 다르고 사이즈도 맞지 않습니다. "
            "교환이나 환불을 부탁드립니다.",
            "배송 예정일이 지났는데 아직 상품을 받지 못했습니다. 확인 부탁드립니다.",
        ],
        "아직 답변을 받지 못했습니다. 빠른 답변 부탁드립니다.",
        "2026년 11월 23일 (월) 오전 10:00, {name}님이 작성:",
    ),
    (
        "ar",
        "amazon.sa",
        ["أحمد العتيبي", "سارة القحطاني", "محمد الشهري"],
        [
            "السلام عليكم، لم يصلني الطلب حتى الآن رغم مرور موعد التسليم المتوقع. "
            "أرجو المساعدة في أقرب وقت.",
            "وصلني الحزام لكنه مقطوع من الطرف، أريد استبداله بحزام جديد من فضلكم.",
        ],
        "ما زلت أنتظر الرد على رسالتي السابقة، أرجو الرد بسرعة.",
        "في 23 نوفمبر 2026، كتب {name}:",
    ),
    (
        "ru",
        "amazon.de",
        ["Ольга Иванова", "Дмитрий Смирнов"],
        [
            "Здравствуйте! Ремень треснул через неделю использования. Прошу заменить его "
            "на новый или вернуть деньги.",
            "Добрый день. Посылка до сих пор не пришла, хотя срок доставки уже прошёл.",
        ],
        "Я до сих пор не получил ответа. Пожалуйста, ответьте.",
        "23 ноября 2026 г., {name} написал(а):",
    ),
    (
        "zh",
        "amazon.com",
        ["王芳", "李伟"],
        [
            "您好，我想问一下节日期间订单的处理时间需要多久？我需要在月底之前收到。",
            "收到的皮带尺寸不对，比描述的短很多，请问可以换货吗？",
        ],
        "我还没有收到回复，请尽快回复我，谢谢。",
        "在 2026年11月23日 10:00，{name} 写道：",
    ),
    (
        "ja",
        "amazon.co.jp",
        ["佐藤花子", "鈴木一郎"],
        [
            "こんにちは。注文したベルトのサイズが合いませんでした。交換または返品の方法を"
            "教えていただけますか。",
            "お届け予定日を過ぎましたが、まだ商品が届いていません。確認をお願いします。",
        ],
        "まだ返信をいただいていません。ご確認をお願いいたします。",
        "2026年11月23日(月) 10:00 {name} <buyer@example.jp>:",
    ),
    (
        "fr",
        "amazon.fr",
        ["Camille Martin", "Lucas Bernard"],
        [
            "Bonjour, la courroie reçue est trop courte par rapport à la description. "
            "Pouvez-vous m'envoyer la bonne taille ?",
            "Bonjour, mon colis n'est toujours pas arrivé alors que la date de livraison "
            "est dépassée. Merci de vérifier.",
        ],
        "Je n'ai toujours pas de réponse à mon message précédent. Merci de me répondre.",
        "Le lun. 23 nov. 2026 à 10:00, {name} a écrit :",
    ),
    (
        "es",
        "amazon.es",
        ["Lucía García", "Pablo Fernández"],
        [
            "Hola, la correa que recibí es más corta de lo que indica el anuncio. "
            "¿Pueden enviarme la talla correcta?",
            "Buenos días, el paquete llegó dañado y la correa está rota. Quisiera un reemplazo.",
        ],
        "Todavía no he recibido respuesta. Por favor, contesten lo antes posible.",
        "El lun, 23 nov 2026 a las 10:00, {name} escribió:",
    ),
    (
        "it",
        "amazon.it",
        ["Giulia Rossi", "Marco Bianchi"],
        [
            "Buongiorno, la cinghia ricevuta è troppo corta rispetto alla descrizione. "
            "Potete inviarmi la misura giusta?",
            "Salve, il pacco non è ancora arrivato anche se la data di consegna è passata.",
        ],
        "Non ho ancora ricevuto risposta. Vi prego di rispondere al più presto.",
        "Il giorno lun 23 nov 2026 alle 10:00 {name} ha scritto:",
    ),
]
_ALIAS_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"


def _photo(random_: random.Random) -> bytes:
    from PIL import Image

    image = Image.new("RGB", (800, 600), tuple(random_.randrange(256) for _ in range(3)))
    noise = Image.effect_noise((800, 120), 40).convert("RGB")
    image.paste(noise, (0, random_.randrange(480)))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _pdf(random_: random.Random) -> bytes:
    padding = bytes(random_.randrange(256) for _ in range(30_000))
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n3 0 obj<</Length 30000>>stream\n"
        + padding
        + b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )


def make_mbox(path: Path, messages: int, attachments: int, seed: int = 11) -> dict:
    """A generated mbox of relay mails; returns what is in it."""
    random_ = random.Random(seed)
    start = dt.datetime(2026, 10, 1, 8, 0, tzinfo=dt.UTC)
    with_files = set(random_.sample(range(messages), min(attachments, messages)))
    written = threads = 0
    with path.open("wb") as out:
        while written < messages:
            language, marketplace, names, openings, follow_up, attribution = random_.choice(
                LANGUAGES
            )
            name = random_.choice(names)
            alias = "".join(random_.choice(_ALIAS_CHARS) for _ in range(15))
            sender = f"{alias}@marketplace.{marketplace}"
            order = (
                f"{random_.randrange(100, 999)}-{random_.randrange(10**6, 10**7)}-"
                f"{random_.randrange(10**6, 10**7)}"
            )
            when = start + dt.timedelta(minutes=random_.randrange(60 * 24 * 60))
            chain: list[str] = []
            previous = ""
            threads += 1
            for step in range(min(random_.choice((1, 1, 2, 3, 5)), messages - written)):
                body = random_.choice(openings) if step == 0 else follow_up
                if previous:
                    quoted = "\n".join(f"> {line}" for line in previous.splitlines())
                    body = f"{body}\n\n{attribution.format(name=name)}\n{quoted}"
                message = EmailMessage()
                message["From"] = f"{name} - Amazon Marketplace <{sender}>"
                message["To"] = "seller@belts.example"
                prefix = "Re: " * min(step, 1)
                message["Subject"] = f"{prefix}Inquiry from Amazon customer (Order: {order})"
                message["Date"] = format_datetime(when)
                mail_id = f"<{alias}.{step}.{written}@relay.{marketplace}>"
                message["Message-ID"] = mail_id
                if chain:
                    message["In-Reply-To"] = chain[-1]
                    message["References"] = " ".join(chain)
                message.set_content(body)
                if written in with_files:
                    if random_.random() < 0.7:
                        message.add_attachment(
                            _photo(random_), maintype="image", subtype="jpeg", filename="IMG.jpg"
                        )
                    else:
                        message.add_attachment(
                            _pdf(random_),
                            maintype="application",
                            subtype="pdf",
                            filename="receipt.pdf",
                        )
                raw = message.as_bytes().replace(b"\nFrom ", b"\n>From ")
                out.write(b"From MAILER-DAEMON Mon Nov 23 09:00:00 2026\n" + raw + b"\n")
                chain.append(mail_id)
                previous = body.split("\n\n")[0]
                when += dt.timedelta(hours=random_.randrange(2, 40))
                written += 1
    return {
        "messages": written,
        "threads": threads,
        "attachments": len(with_files),
        "mbox_mb": round(path.stat().st_size / 1048576, 1),
    }


def parse_only(mbox: Path) -> dict:
    """What the parser alone costs: every message of the mbox parsed, nothing stored."""
    (source,), _refused = find_sources([mbox])
    started = time.perf_counter()
    count = 0
    for item in read_messages(source):
        parse_mail(item.raw)
        count += 1
    seconds = time.perf_counter() - started
    return {"messages": count, "seconds": round(seconds, 2), "per_second": round(count / seconds)}


def services(folder: Path, mbox: Path, profile_it: bool) -> dict:
    """The import through the services on a fresh profile, then once more (all duplicates)."""
    profile = Profile.open(folder / "services", agent="bench")
    profiler = cProfile.Profile() if profile_it else None
    started = time.perf_counter()
    cpu_started = time.process_time()
    if profiler is not None:
        profiler.enable()
    result = import_paths(profile, [mbox])
    if profiler is not None:
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(40)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    started = time.perf_counter()
    again = import_paths(profile, [mbox])
    again_seconds = time.perf_counter() - started
    profile.close()
    per_10k = seconds * 10_000 / max(result.imported, 1)
    return {
        "imported": result.imported,
        "new_cases": result.new_cases,
        "evidence": result.evidence,
        "refused": len(result.refused),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu_seconds, 2),
        "messages_per_second": round(result.imported / seconds),
        "seconds_per_10000": round(per_10k, 1),
        "cpu_seconds_per_10000": round(cpu_seconds * 10_000 / max(result.imported, 1), 1),
        "load_average_1min": round(os.getloadavg()[0], 1) if hasattr(os, "getloadavg") else None,
        "budget_seconds_per_10000": BUDGET_SECONDS_PER_10K,
        "within_budget": per_10k <= BUDGET_SECONDS_PER_10K * 1.1,
        "reimport_seconds": round(again_seconds, 2),
        "reimport_duplicates": again.duplicates,
    }


def through_the_dialog(folder: Path, mbox: Path, freeze: bool = False) -> dict:
    """The import through the real dialog and task helper; the longest main-thread gap
    between ticks of a 5 ms timer until the dialog shows the result."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.services.language.detect import warm_up
    from app.ui.core.bus import ChangeBus
    from app.ui.core.tasks import TaskManager
    from app.ui.mail.import_dialog import MailImportDialog

    _application = QApplication.instance() or QApplication([])  # kept alive for the run
    # The window loads the language model at start (the composer's warm-up); its one-time
    # load holds the interpreter for about half a second, which is not the import's.
    warm_up()
    if freeze:
        gc.collect()
        gc.freeze()
    profile = Profile.open(folder / "ui", agent="bench")
    tasks = TaskManager()
    bus = ChangeBus()
    published = []
    bus.changed.connect(published.append)
    dialog = MailImportDialog(profile, tasks, bus)
    dialog.show()
    gaps = [0.0]
    last = [time.perf_counter()]
    progress_seen = []

    def tick() -> None:
        now = time.perf_counter()
        gaps[0] = max(gaps[0], now - last[0])
        last[0] = now
        progress_seen.append(dialog.progress.value())

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    dialog.finished_import.connect(lambda _result: loop.quit())
    timer.start()
    started = time.perf_counter()
    dialog.start([mbox])
    loop.exec()
    seconds = time.perf_counter() - started
    timer.stop()
    result = dialog.result_of_import
    dialog.close()
    tasks.shutdown()
    profile.close()
    stall_ms = round(gaps[0] * 1000)
    return {
        "imported": result.imported if result else None,
        "seconds": round(seconds, 2),
        "messages_per_second": round(result.imported / seconds) if result else None,
        "progress_updates_seen": len(set(progress_seen)),
        "published_changes": len(published),
        "max_main_thread_stall_ms": stall_ms,
        "gc_frozen": freeze,
        "load_average_1min": round(os.getloadavg()[0], 1) if hasattr(os, "getloadavg") else None,
        "stall_budget_ms": STALL_BUDGET_MS,
        "stall_within_budget": stall_ms <= STALL_BUDGET_MS,
    }


def imap_figures() -> dict | None:
    """The IMAP fetch benchmark, when there is one (bench/mail_imap.py)."""
    path = Path(__file__).with_name("mail_imap.py")
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("bench_mail_imap", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.measure_fetch()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--attachments", type=int, default=500)
    parser.add_argument("--no-ui", action="store_true", help="skip the dialog run")
    parser.add_argument("--no-services", action="store_true", help="skip the services run")
    parser.add_argument("--no-imap", action="store_true", help="skip bench/mail_imap.py")
    parser.add_argument("--profile", action="store_true", help="cProfile the services run")
    parser.add_argument(
        "--gc-freeze",
        action="store_true",
        help="gc.freeze() before the dialog run: what an app that freezes its start-up "
        "objects would see (full collections then scan only what came after)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-mail-") as tmp:
        folder = Path(tmp)
        mbox = folder / "relay.mbox"
        started = time.perf_counter()
        corpus = make_mbox(mbox, args.messages, args.attachments)
        corpus["generate_seconds"] = round(time.perf_counter() - started, 1)
        result: dict = {"corpus": corpus, "parse_only": parse_only(mbox)}
        if not args.no_services:
            result["services"] = services(folder, mbox, args.profile)
        if not args.no_ui:
            result["dialog"] = through_the_dialog(folder, mbox, args.gc_freeze)
        if not args.no_imap:
            imap = imap_figures()
            if imap is not None:
                result["imap"] = imap
    json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
