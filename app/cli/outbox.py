"""`workbench outbox list|send` and `workbench cases reply`: replies that leave by mail.

    workbench --data-dir D cases reply K7Q2M-9XA3F --body-file answer.txt --attach label.pdf --json
    workbench --data-dir D outbox send --json

`cases reply` checks the reply against the marketplace's rules first (exit 1 with the
findings when it is blocked, unless --override-reason says why it goes anyway, which the
case's history keeps), then queues it: it leaves after the undo window, on the next
`outbox send` (or the open window). Without a mailbox it is stored as a draft, and the
output says so. `outbox send` sends what is due now, never before its undo window; exit 1
when something failed or waits for the server.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import args as cli_args
from app.cli.common import EXIT_NEGATIVE, EXIT_OK, CliError, Run, emit, json_flag


def _iso(value) -> str | None:  # noqa: ANN001
    return value.isoformat() if value is not None else None


def row_json(row) -> dict[str, Any]:  # noqa: ANN001 - outbox.OutboxRow
    return {
        "message_id": str(row.message_id),
        "case": row.case_ref,
        "to": row.to,
        "subject": row.subject,
        "state": row.state,
        "send_after": _iso(row.send_after),
        "sent_at": _iso(row.sent_at),
        "attempts": row.attempts,
        "next_attempt_at": _iso(row.next_attempt_at),
        "failure": row.failure,
    }


def _row_text(row) -> str:  # noqa: ANN001
    when = row.next_attempt_at or row.send_after
    parts = [f"{row.case_ref:<12} {row.state:<8} {row.to or '-'}"]
    if row.state == "queued" and when is not None:
        parts.append(f"due {when:%Y-%m-%d %H:%M:%S} UTC")
    if row.failure:
        parts.append(f"({row.failure})")
    return " ".join(parts)


def cmd_outbox_list(run: Run) -> int:
    """The replies waiting, being sent or failed (or the states asked for)."""
    from app.services.mail import outbox

    states = tuple(run.args.state) if run.args.state else outbox.OUTBOX_STATES
    with run.profile(read_only=True) as profile:
        rows = outbox.outbox_rows(profile, states=states)
    emit(
        run,
        [row_json(r) for r in rows],
        lambda: "\n".join(_row_text(r) for r in rows) or "The outbox is empty.",
    )
    return EXIT_OK


def cmd_outbox_send(run: Run) -> int:
    """Send every reply due now, once; exit 1 when one failed or waits for the server."""
    from app.services.mail import outbox
    from app.services.mail.account import load_account, mailbox_password

    with run.profile() as profile:
        account = load_account(profile)
        if account is None:
            raise CliError(
                "No mailbox is set up on this computer; set it up with "
                "'workbench mail account set' first."
            )
        from app.sync.client.claims import outbox_claimer

        report = outbox.send_due(
            profile, account, mailbox_password(account), claim=outbox_claimer(profile)
        )
        waiting = outbox.outbox_rows(profile, states=("queued",))
    data = {
        "sent": len(report.sent),
        "failed": len(report.failed),
        "retrying": len(report.retrying),
        "offline": report.offline,
        "sent_ids": [str(i) for i in report.sent],
        "failures": [{"message_id": str(i), "reason": why} for i, why in report.failed],
        "waiting": len(waiting),
    }

    def text() -> str:
        lines = [f"Sent {data['sent']}, failed {data['failed']}, retrying {data['retrying']}."]
        if report.offline:
            lines.append("The mail server cannot be reached; the replies wait and go later.")
        lines += [f"failed: {f['message_id']}: {f['reason']}" for f in data["failures"]]
        return "\n".join(lines)

    emit(run, data, text)
    return EXIT_NEGATIVE if report.failed or report.retrying else EXIT_OK


def cmd_cases_reply(run: Run) -> int:
    """Check, then queue a reply (or store it as a draft when there is no mailbox)."""
    from app.cli.replies import findings_text
    from app.services.cases.detail import find_case, load_case_detail
    from app.services.cases.operations import ComplianceOverride, add_evidence, add_reply
    from app.services.compliance import check_reply
    from app.services.mail import outbox

    args = run.args
    if args.body is None and args.body_file is None:
        raise CliError("Give the reply with --body TEXT or --body-file FILE.")
    body = args.body if args.body_file is None else cli_args.read_body(args.body_file)
    attachments = [Path(p) for p in args.attach]
    with run.profile() as profile:
        case_id = find_case(profile, args.ref)
        detail = load_case_detail(profile, case_id)
        result = check_reply(
            body,
            marketplace=detail.marketplace,
            locale=detail.language,
            order_id=detail.order.external_id if detail.order else None,
        )
        blocking = tuple(sorted({f.rule for f in result.findings if f.severity == "block"}))
        if result.blocked and not (args.override_reason or "").strip():
            emit(
                run,
                {"case": detail.ref, "state": None, "compliance": result.to_json()},
                lambda: (
                    findings_text(body, result) + "\nGive --override-reason TEXT to send it anyway."
                ),
            )
            return EXIT_NEGATIVE
        override = (
            ComplianceOverride(rules=blocking, reason=args.override_reason)
            if result.blocked
            else None
        )
        note = None
        try:
            queued = outbox.queue_reply(
                profile, case_id, body, attachments=attachments, compliance_override=override
            )
            message_id, send_after, held = queued.message_id, queued.send_after, queued.held
        except outbox.NoMailbox:
            draft = add_reply(profile, case_id, body, draft=True, compliance_override=override)
            message_id, send_after, held = draft.message_id, None, draft.held
            for path in attachments:
                add_evidence(profile, case_id, path, message_id=message_id)
            note = (
                "No mailbox is set up on this computer: the reply is stored as a draft and "
                "the buyer's clock keeps running. Send it in Seller Central, then mark it as "
                "sent in the window."
            )
        [row] = [m for m in load_case_detail(profile, case_id).messages if m.id == message_id]
    data = {
        "case": detail.ref,
        "message_id": str(message_id),
        "state": row.outbound_state,
        "send_after": _iso(send_after),
        "mailbox": note is None,
        "note": note,
        "override": list(blocking) if override else None,
        "compliance": result.to_json(),
    }

    def text() -> str:
        if held:
            return (
                f"Held on {detail.ref} ({message_id}) for the owner's approval; it is not sent "
                "until approved."
            )
        if note:
            return f"Stored as a draft on {detail.ref} ({message_id}).\n{note}"
        return (
            f"Queued on {detail.ref} ({message_id}); it leaves after "
            f"{send_after:%Y-%m-%d %H:%M:%S} UTC with the next 'workbench outbox send'."
        )

    emit(run, data, text)
    return EXIT_OK


def add_parsers(
    commands: argparse._SubParsersAction, case_commands: argparse._SubParsersAction
) -> None:
    """`outbox list|send`, and `cases reply` in the cases group."""
    group = commands.add_parser("outbox", help="replies waiting to be sent by mail")
    outbox_commands = group.add_subparsers(
        title="subcommands", metavar="COMMAND", dest="outbox_command", required=True
    )
    listing = outbox_commands.add_parser(
        "list", help="the replies queued, being sent or failed, with why"
    )
    listing.add_argument(
        "--state",
        action="append",
        choices=["draft", "queued", "sending", "sent", "failed"],
        help="only these states (repeat for several; default: queued, sending, failed)",
    )
    json_flag(listing)
    listing.set_defaults(handler=cmd_outbox_list)

    sending = outbox_commands.add_parser(
        "send",
        help="send the replies that are due now",
        description="Send every queued reply whose undo window is over and whose retry "
        "time has come, each once, through the mailbox's SMTP server. A reply the server "
        "refuses for good is failed with its words; without a connection the replies wait. "
        "Exit 1 when one failed or waits.",
    )
    json_flag(sending)
    sending.set_defaults(handler=cmd_outbox_send)

    reply = case_commands.add_parser(
        "reply",
        help="check a reply and queue it to be sent to the buyer",
        description="Check the reply against the marketplace's rules (exit 1 with the "
        "findings when blocked, unless --override-reason), then queue it: plain text to the "
        "buyer's relay address, in the thread of their last mail. It leaves after the undo "
        "window with 'outbox send'. Without a mailbox it is stored as a draft.",
    )
    reply.add_argument(
        "ref", help="case ref (K7Q2M-9XA3F; any case, dash optional), full id or order id"
    )
    body = reply.add_mutually_exclusive_group()
    body.add_argument("--body", metavar="TEXT", help="the reply")
    body.add_argument(
        "--body-file", metavar="FILE", help="read the reply from a UTF-8 file (- = stdin)"
    )
    reply.add_argument(
        "--attach",
        action="append",
        default=[],
        metavar="FILE",
        help="a file to send with it (repeat; 10 MB in all)",
    )
    reply.add_argument(
        "--override-reason",
        metavar="TEXT",
        help="send it although the check blocks it, for this reason (kept in the history)",
    )
    json_flag(reply)
    reply.set_defaults(handler=cmd_cases_reply)
