"""The evidence subcommands of `workbench`: cases attach, evidence export, doctor.

They follow app/cli/common.py's contract: --json on stdout, exit 0 done, 1 when the
answer is negative (the doctor found problems), 2 on bad input (a file was
refused), with one line "workbench: <reason>" on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import output as out
from app.cli.common import EXIT_NEGATIVE, EXIT_OK, Run, emit, fail, json_flag, output_target
from app.models.enums import EvidenceKind
from app.services.cases.detail import find_case, load_case_detail
from app.services.core.errors import StorageError
from app.services.evidence.attach import attach_files
from app.services.evidence.doctor import clean_orphans, database_report, run_doctor
from app.services.evidence.export import export_bundle


def cmd_cases_attach(run: Run) -> int:
    """Attach files to a case; the ones that pass stay even when another is refused."""
    args = run.args
    with run.profile() as profile:
        case_id = find_case(profile, args.ref)
        result = attach_files(
            profile,
            case_id,
            [Path(p) for p in args.files],
            kind=args.kind,
            caption=args.caption,
            allow_executable=args.allow_executable,
        )
        detail = load_case_detail(profile, case_id)
    by_id = {e.id: e for e in detail.evidence}
    added = [by_id[i] for i in result.added if i in by_id]
    emit(
        run,
        out.attach_json(detail.ref, added, result),
        lambda: out.attach_text(detail.ref, added, result),
    )
    if result.refused:
        return fail(_refused_line(result.refused, len(args.files)))
    return EXIT_OK


def _refused_line(refused: list[tuple[str, str]], total: int) -> str:
    if len(refused) == 1:
        return refused[0][1]
    reasons = "; ".join(reason.rstrip(".") for _name, reason in refused)
    return f"{len(refused)} of {total} files were not attached: {reasons}."


def cmd_evidence_export(run: Run) -> int:
    """A zip of the case's files with a manifest; photos lose their location unless kept."""
    args = run.args
    target = output_target(run, args.out)
    with run.profile(read_only=True) as profile:
        case_id = find_case(profile, args.ref)
        result = export_bundle(profile, case_id, target, keep_location=args.keep_location)
    emit(run, out.export_json(result), lambda: out.export_text(result))
    return EXIT_OK


def cmd_doctor(run: Run) -> int:
    """Check the stored files and the database; exit 1 when anything is wrong.

    A database too damaged to open still gets SQLite's own report. --clean-orphans runs
    after the checks, and only on a sound database."""
    # Progress only for a person watching: scripts get stdout and at most one stderr line.
    progress = out.Progress(sys.stderr, "Checking stored files") if sys.stderr.isatty() else None
    cleaned = None
    try:
        with run.profile(read_only=not run.args.clean_orphans) as profile:
            try:
                report = run_doctor(
                    profile, (lambda done, total, _sha: progress(done, total)) if progress else None
                )
            finally:
                if progress is not None:
                    progress.finish()
            if run.args.clean_orphans and profile.damage is None:
                cleaned = clean_orphans(profile).removed
    except StorageError as exc:
        if exc.kind != "corrupt":
            raise
        report = database_report(run.data_dir, str(exc))
    emit(run, out.doctor_json(report, cleaned), lambda: out.doctor_text(report, cleaned))
    if not report.ok:
        count = len(report.problems)
        return fail(
            f"found {count} problem{'s' if count != 1 else ''}: {report.problems[0].detail}",
            EXIT_NEGATIVE,
        )
    return EXIT_OK


def add_parsers(
    commands: argparse._SubParsersAction, case_commands: argparse._SubParsersAction
) -> None:
    attach = case_commands.add_parser(
        "attach",
        help="attach evidence files to a case",
        description="Attach files to a case, each checked and stored once by content. Files "
        "that pass are kept even when another is refused (then the exit code is 2).",
    )
    attach.add_argument("ref", help="case ref (K7Q2M-9XA3F), full id or order id")
    attach.add_argument("files", nargs="+", metavar="FILE", help="photos, receipts, labels...")
    attach.add_argument(
        "--kind",
        choices=[k.value for k in EvidenceKind],
        help="what the files are (default: guessed from each file)",
    )
    attach.add_argument("--caption", metavar="TEXT", help="a caption for every file")
    attach.add_argument(
        "--allow-executable",
        action="store_true",
        help="keep programs (.exe, scripts, apps) as evidence; they are never run",
    )
    json_flag(attach)
    attach.set_defaults(handler=cmd_cases_attach)

    evidence = commands.add_parser("evidence", help="evidence bundles")
    evidence_commands = evidence.add_subparsers(
        title="subcommands", metavar="COMMAND", dest="evidence_command", required=True
    )
    export = evidence_commands.add_parser(
        "export",
        help="write a case's evidence files to a zip with a manifest",
        description="Write a case's evidence files to a zip, with manifest.json (SHA-256 of "
        "each file as exported and as received) and manifest.txt. The location (GPS) is "
        "removed from JPEG and PNG photos without re-encoding them, unless --keep-location.",
    )
    export.add_argument("ref", help="case ref (K7Q2M-9XA3F), full id or order id")
    export.add_argument("--out", required=True, metavar="BUNDLE.zip", help="the zip to write")
    export.add_argument(
        "--force", action="store_true", help="replace BUNDLE.zip if it exists (a regular file)"
    )
    export.add_argument(
        "--keep-location",
        action="store_true",
        help="export every file byte for byte, photo locations included",
    )
    json_flag(export)
    export.set_defaults(handler=cmd_evidence_export)

    doctor = commands.add_parser(
        "doctor",
        help="check stored files and the database",
        description="Re-hash every stored evidence file, look for missing ones, run SQLite's "
        "integrity and foreign-key checks and report unfinished copies. Exit 1 when anything "
        "is wrong.",
    )
    doctor.add_argument(
        "--clean-orphans",
        action="store_true",
        help="first remove stored files no evidence refers to (unused for 30 days) and "
        "unfinished copies over an hour old",
    )
    json_flag(doctor)
    doctor.set_defaults(handler=cmd_doctor)
