"""`workbench replies held|approve|return|approval`: the owner's approval of "send anyway".

    workbench --data-dir D replies held --json
    workbench --data-dir D replies approve MESSAGE_ID --json
    workbench --data-dir D replies return MESSAGE_ID --note "No phone numbers, please." --json
    workbench --data-dir D replies approval on|off --json

An agent's reply sent despite blocking findings waits for the owner when the shop asks for
it (`replies approval on`, the owner's switch); `replies held` lists what waits, with the
rules it breaks and the agent's reason; the owner approves a reply (it goes into the outbox,
or becomes a draft to copy into Seller Central without a mailbox) or returns it to the agent
as a draft with a note. Only the team's owner may approve or return (exit 2 otherwise).
"""

from __future__ import annotations

import argparse
import uuid
from typing import Any

from app.cli.common import EXIT_OK, CliError, Run, emit, json_flag


def _message_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a message id: {text!r}") from exc


def held_json(held) -> dict[str, Any]:  # noqa: ANN001 - approvals.HeldReply
    return {
        "message_id": str(held.message_id),
        "case": held.case_ref,
        "case_id": str(held.case_id),
        "subject": held.subject,
        "author": held.author,
        "body": held.body,
        "language": held.language,
        "rules": list(held.rules),
        "reason": held.reason,
        "held_at": held.held_at.isoformat(),
    }


def _held_text(held) -> str:  # noqa: ANN001
    first = " ".join(held.body.split())[:60]
    return (
        f"{held.case_ref:<12} {held.message_id}  by {held.author or '-'} "
        f"at {held.held_at:%Y-%m-%d %H:%M} UTC\n"
        f"  rules: {', '.join(held.rules) or '-'}\n  reason: {held.reason}\n  «{first}»"
    )


def cmd_replies_held(run: Run) -> int:
    """The replies waiting for the owner's approval, oldest first."""
    from app.services.cases.approvals import held_replies

    with run.profile(read_only=True) as profile:
        rows = held_replies(profile)
    emit(
        run,
        [held_json(r) for r in rows],
        lambda: "\n".join(_held_text(r) for r in rows) or "No reply waits for approval.",
    )
    return EXIT_OK


def _state_of(profile, changes, message_id: uuid.UUID) -> dict[str, Any]:  # noqa: ANN001
    """The reply's case and where it stands after a decision."""
    from app.services.cases.detail import load_case_detail

    [case_id] = changes.cases
    detail = load_case_detail(profile, case_id)
    [row] = [m for m in detail.messages if m.id == message_id]
    return {
        "message_id": str(message_id),
        "case": detail.ref,
        "state": row.outbound_state,
        "send_after": row.send_after.isoformat() if row.send_after else None,
    }


def cmd_replies_approve(run: Run) -> int:
    """Approve a held reply: into the outbox, or a draft to copy without a mailbox."""
    from app.services.cases.approvals import approve_reply

    with run.profile() as profile:
        changes = approve_reply(profile, run.args.message_id)
        data = _state_of(profile, changes, run.args.message_id)

    def text() -> str:
        if data["state"] == "queued":
            return (
                f"Approved: the reply on {data['case']} is in the outbox; it leaves after "
                f"{data['send_after']} with the next 'workbench outbox send'."
            )
        return (
            f"Approved: the reply on {data['case']} is a draft (no mailbox here, or no "
            "address): send it in Seller Central, then mark it as sent."
        )

    emit(run, data, text)
    return EXIT_OK


def cmd_replies_return(run: Run) -> int:
    """Return a held reply to the agent: a draft again, with the owner's note in the case."""
    from app.services.cases.approvals import return_reply

    if not (run.args.note or "").strip():
        raise CliError("Say what the agent should change with --note TEXT.")
    with run.profile() as profile:
        changes = return_reply(profile, run.args.message_id, run.args.note)
        data = _state_of(profile, changes, run.args.message_id)
    data["note"] = run.args.note
    emit(run, data, lambda: f"Returned to the agent as a draft on {data['case']}.")
    return EXIT_OK


def cmd_replies_approval(run: Run) -> int:
    """Switch whether an agent's "send anyway" waits for the owner (the owner's setting)."""
    from app.services.cases.approvals import (
        approval_required,
        override_approval,
        set_override_approval,
        sync_role,
    )

    with run.profile(read_only=run.args.switch is None) as profile:
        if run.args.switch is not None:
            set_override_approval(profile, run.args.switch == "on")
        data = {
            "override_approval": override_approval(profile),
            "role": sync_role(profile),
            "required_here": approval_required(profile),
        }

    def text() -> str:
        state = "on" if data["override_approval"] else "off"
        lines = [f"Approval of 'send anyway': {state}."]
        if data["role"] is None and data["override_approval"]:
            lines.append("Not signed in to a team: nobody's approval is needed here.")
        return "\n".join(lines)

    emit(run, data, text)
    return EXIT_OK


def add_parsers(reply_commands: argparse._SubParsersAction) -> None:
    """The approval subcommands, in the `replies` group."""
    held = reply_commands.add_parser(
        "held", help="the replies sent anyway that wait for the owner's approval"
    )
    json_flag(held)
    held.set_defaults(handler=cmd_replies_held)

    approve = reply_commands.add_parser(
        "approve",
        help="approve a held reply (owner only)",
        description="The reply goes on as an approved send anyway: into the outbox when a "
        "mailbox is set up here, else it becomes a draft to send in Seller Central.",
    )
    approve.add_argument("message_id", type=_message_id, metavar="MESSAGE_ID")
    json_flag(approve)
    approve.set_defaults(handler=cmd_replies_approve)

    returning = reply_commands.add_parser(
        "return",
        help="return a held reply to the agent as a draft, with a note (owner only)",
    )
    returning.add_argument("message_id", type=_message_id, metavar="MESSAGE_ID")
    returning.add_argument(
        "--note", required=True, metavar="TEXT", help="what the agent should change"
    )
    json_flag(returning)
    returning.set_defaults(handler=cmd_replies_return)

    switch = reply_commands.add_parser(
        "approval",
        help="whether an agent's 'send anyway' waits for the owner (owner only to change)",
    )
    switch.add_argument("switch", nargs="?", choices=["on", "off"], help="omit to show it")
    json_flag(switch)
    switch.set_defaults(handler=cmd_replies_approval)
