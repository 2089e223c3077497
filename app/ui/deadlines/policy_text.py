"""Deadlines, clocks and escalation reasons in the agent's language.

The services explain themselves with codes and parameters (`Explanation`,
`Reason`, `Clock.kind`); this module holds the translatable sentence of each
code and fills it with dates and durations formatted by babel. A code without
a sentence here falls back to the services' English, so nothing is lost.
"""

from __future__ import annotations

import datetime as dt

import babel.units

from app.services.deadlines.escalation import Reason, english_reason
from app.services.deadlines.policy import Explanation
from app.ui.core.i18n import Language, fill, translate


def _days(language: Language, n: int) -> str:
    return language.duration(dt.timedelta(days=n))


def explanation_text(item: Explanation, language: Language) -> str:
    p = item.params
    day = language.day

    def days(key: str) -> str:
        return _days(language, int(p[key]))

    code = item.code
    if code == "window_from_delivery":
        return fill(
            translate("Policy", "%1 from delivery on %2 (until %3)."),
            days("days"), day(p["start"]), day(p["deadline"]),
        )  # fmt: skip
    if code == "window_from_estimate":
        return fill(
            translate(
                "Policy",
                "No delivery date is known, so %1 count from the latest estimated delivery "
                "date, %2 (until %3).",
            ),
            days("days"), day(p["start"]), day(p["deadline"]),
        )  # fmt: skip
    if code == "estimate_ignored":
        return fill(
            translate("Policy", "The delivery date %1 is used, not the estimate %2."),
            day(p["delivered"]), day(p["estimated"]),
        )  # fmt: skip
    if code == "delivered_on_holiday":
        return fill(
            translate(
                "Policy", "%1 was a public holiday (%2); the window still counts calendar days."
            ),
            day(p["start"]), str(p["holiday"]),
        )  # fmt: skip
    if code == "category_rule":
        return fill(
            translate("Policy", "Category %1 has a return window of %2."),
            str(p["category"]), days("days"),
        )  # fmt: skip
    if code in ("category_general", "category_excluded"):
        return fill(
            translate("Policy", "Category %1 follows the general rule of %2."),
            str(p["category"]), days("days"),
        )  # fmt: skip
    if code == "category_rule_not_in_force":
        return fill(
            translate(
                "Policy", "The shorter rule for %1 applies to orders from %2; this order keeps %3."
            ),
            str(p["category"]), day(p["effective_from"]), days("days"),
        )  # fmt: skip
    if code == "shop_override":
        return fill(
            translate("Policy", "Your shop's policy extends the marketplace's %1 to %2."),
            days("marketplace_days"), days("days"),
        )  # fmt: skip
    if code == "holiday_extension":
        return fill(
            translate(
                "Policy",
                "Bought between %1 and %2: the holiday return policy extends the deadline to %3.",
            ),
            day(p["purchased_from"]), day(p["purchased_to"]), day(p["deadline"]),
        )  # fmt: skip
    if code == "holiday_extension_not_later":
        return fill(
            translate(
                "Policy",
                "The holiday return policy allows returns until %1, but the normal window ends "
                "later (%2).",
            ),
            day(p["extension"]), day(p["deadline"]),
        )  # fmt: skip
    if code == "holiday_extension_needs_purchase":
        return fill(
            translate(
                "Policy",
                "Orders bought between %1 and %2 may be returned until %3; "
                "give the purchase date to check it.",
            ),
            day(p["purchased_from"]), day(p["purchased_to"]), day(p["extension"]),
        )  # fmt: skip
    if code == "replacement_only":
        return fill(
            translate("Policy", "Category %1 is often replacement only in this marketplace."),
            str(p["category"]),
        )
    if code == "statutory_withdrawal":
        return fill(
            translate(
                "Policy",
                "The statutory right to cancel (%1) runs until %2, later than the marketplace "
                "window, so it applies.",
            ),
            days("days"), day(p["deadline"]),
        )  # fmt: skip
    if code == "statutory_withdrawal_shorter":
        return fill(
            translate(
                "Policy",
                "The statutory right to cancel (%1) ends on %2; the longer return window applies.",
            ),
            days("days"), day(p["statutory_deadline"]),
        )  # fmt: skip
    if code == "reported_figure":
        return translate(
            "Policy",
            "This figure is reported by third parties, not confirmed by the marketplace: "
            "check it before relying on it.",
        )
    if code == "open":
        if int(p["days_left"]) == 0:
            return translate("Policy", "Today is the last day to start a return.")
        return fill(translate("Policy", "%1 left to start a return."), days("days_left"))
    if code == "closed":
        return fill(
            translate("Policy", "The return window closed on %1, %2 ago."),
            day(p["deadline"]), days("days_ago"),
        )  # fmt: skip
    return item.english()


def clock_name(kind: str) -> str:
    return {
        "reply": translate("Policy", "Reply to the buyer"),
        "return_request": translate("Policy", "Answer the return request"),
        "refund": translate("Policy", "Refund the returned item"),
        "a_to_z_response": translate("Policy", "Answer the A-to-z claim"),
        "chargeback": translate("Policy", "Answer the chargeback"),
        "a_to_z_eligible": translate("Policy", "Solve it before an A-to-z claim is possible"),
    }.get(kind, kind)


def clock_rule_text(hours: float | None, business_days: int | None, language: Language) -> str:
    """Which kind of clock it is, so the two are never mixed up."""
    if business_days is not None:
        return fill(
            translate("Policy", "%1 business days (weekends and holidays do not count)"),
            language.number(business_days),
        )
    if hours is not None:
        span = (
            babel.units.format_unit(
                int(hours), "duration-hour", length="short", locale=language.babel
            )
            if hours <= 72 and hours == int(hours)
            else language.duration(dt.timedelta(hours=hours))
        )
        return fill(translate("Policy", "%1, calendar time (weekends count)"), span)
    return translate("Policy", "calendar days")


def target_name(target: str | None) -> str:
    return {
        "owner": translate("Policy", "Shop owner or lead"),
        "seller_support": translate("Policy", "Marketplace seller support"),
        "carrier": translate("Policy", "Carrier"),
        "supplier": translate("Policy", "Supplier or factory"),
    }.get(target or "", target or "")


def level_name(level: int) -> str:
    return {
        0: translate("Policy", "Not escalated"),
        1: translate("Policy", "Needs attention"),
        2: translate("Policy", "Escalated"),
        3: translate("Policy", "Critical"),
    }.get(level, str(level))


def reason_text(reason: Reason, language: Language) -> str:
    p = reason.params
    code = reason.code
    if code == "repeated_contact":
        return fill(
            translate("Policy", "The buyer wrote %1 times in %2 with no answer"),
            language.number(int(p["count"])), _days(language, int(p["days"])),
        )  # fmt: skip
    if code == "a_to_z_claim":
        return translate("Policy", "An A-to-z claim was filed")
    if code == "a_to_z_risk":
        return translate(
            "Policy", "A-to-z risk: past the latest estimated delivery, the buyer can now claim"
        )
    if code == "chargeback":
        return translate("Policy", "A chargeback was raised")
    if code == "negative_feedback":
        return translate("Policy", "Negative feedback on the order")
    if code == "high_value":
        return translate("Policy", "High-value order")
    if code == "safety":
        return fill(translate("Policy", "The buyer mentions a safety problem (%1)"), p["word"])
    if code == "manual":
        who = target_name(p.get("target"))
        if who:
            return fill(translate("Policy", "Escalated by an agent to %1: %2"), who, p["reason"])
        return fill(translate("Policy", "Escalated by an agent: %1"), p["reason"])
    if code == "clock_breached":
        return fill(translate("Policy", "Overdue: %1"), clock_name(p["clock"]))
    if code == "clock_due_soon":
        return fill(translate("Policy", "Due soon: %1"), clock_name(p["clock"]))
    return english_reason(reason)


def countdown(due_at: dt.datetime, now: dt.datetime, language: Language, parts: int = 2) -> str:
    """'in 3 hr 12 min' before the deadline, '2 hr overdue' after it (`parts=1`: '2 hr')."""
    if due_at >= now:
        return fill(translate("Policy", "in %1"), language.duration(due_at - now, parts))
    return fill(translate("Policy", "%1 overdue"), language.duration(now - due_at, parts))
