"""`workbench demo seed` and `workbench screenshot`: demo data and pictures of the window."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from app.cli import args as cli_args
from app.cli import output as out
from app.cli.common import EXIT_OK, Run, emit, json_flag, output_target


def cmd_demo_seed(run: Run) -> int:
    """The scripted demo cases (once per profile), then `--cases N` generated ones."""
    from app.demo import seed_demo

    progress = out.Progress(sys.stderr)
    started = time.perf_counter()
    with run.profile() as profile:
        try:
            result = seed_demo(profile, generated=run.args.cases, progress=progress)
        finally:
            progress.finish()
    seconds = round(time.perf_counter() - started, 3)
    summary = {"scripted": result.scripted, "generated": result.generated, "seconds": seconds}
    emit(
        run,
        summary,
        lambda: (
            f"Seeded {result.scripted} scripted and {result.generated} generated cases "
            f"in {seconds:.1f} s into {run.data_dir}"
        ),
    )
    return EXIT_OK


def cmd_screenshot(run: Run) -> int:
    """A PNG of the main window (the UI module is imported only here)."""
    from app.ui.screenshot import save_screenshot

    args = run.args
    target = output_target(run, args.out)
    from app.services.cases.detail import find_case

    with run.profile() as profile:
        if args.case:
            find_case(profile, args.case)  # an unknown ref fails fast, before Qt starts
        save_screenshot(
            profile,
            target,
            case_ref=args.case,
            locale=args.shot_locale or args.locale,
            size=args.size,
        )
    emit(run, {"out": str(target)}, lambda: f"Saved {target}")
    return EXIT_OK


def prepare_demo(run: Run) -> None:
    from app.demo import seed_demo

    run.data_dir = Path(tempfile.mkdtemp(prefix="workbench-demo-"))
    sys.stderr.write("Preparing the demo profile…\n")
    sys.stderr.flush()
    with run.profile() as profile:
        seed_demo(profile)


def add_parsers(commands: argparse._SubParsersAction) -> None:
    demo = commands.add_parser("demo", help="demo data")
    demo_commands = demo.add_subparsers(
        title="subcommands", metavar="COMMAND", dest="demo_command", required=True
    )
    seed = demo_commands.add_parser(
        "seed", help="fill the profile with demo cases", description="Add the demo cases."
    )
    seed.add_argument(
        "--cases",
        type=cli_args.count,
        default=0,
        metavar="N",
        help="how many generated cases to add besides the scripted ones (default: 0)",
    )
    json_flag(seed)
    seed.set_defaults(handler=cmd_demo_seed)

    shot = commands.add_parser(
        "screenshot", help="save a picture of the main window", description="Render the app."
    )
    shot.add_argument("--out", required=True, metavar="FILE.png", help="where to save the PNG")
    shot.add_argument(
        "--force", action="store_true", help="replace FILE.png if it exists (a regular file)"
    )
    shot.add_argument("--case", metavar="REF", help="open this case first")
    shot.add_argument("--locale", dest="shot_locale", metavar="L", help="UI language")
    shot.add_argument(
        "--size",
        type=cli_args.size,
        default=(1280, 800),
        metavar="WxH",
        help="window size (1280x800)",
    )
    json_flag(shot)
    shot.set_defaults(handler=cmd_screenshot)
