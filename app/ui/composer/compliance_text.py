"""The compliance check's findings in the agent's language.

`app.services.compliance` names each rule with an id (`RULE_IDS`) and
explains a finding in English; this module holds the translatable name and
explanation of every rule id, so an agent reads why a reply cannot go out in
their own language. An id without an entry here (a rule added later) falls
back to the service's English message.
"""

from __future__ import annotations

from app.services.compliance import Finding
from app.ui.core.i18n import fill, isolate, translate

EXCERPT_CHARS = 60  # longer excerpts are cut in the list; the editor marks them whole


def _rules() -> dict[str, tuple[str, str]]:
    """rule id -> (short name, explanation), translated now (the language may have changed).

    The English follows the titles and messages of resources/compliance/rules.toml.
    """
    return {
        "email": (
            translate("Compliance", "E-mail address"),
            translate(
                "Compliance",
                "E-mail addresses are not allowed in buyer messages: the conversation must "
                "stay in the marketplace's messaging.",
            ),
        ),
        "phone": (
            translate("Compliance", "Phone number"),
            translate(
                "Compliance",
                "Phone numbers are not allowed in buyer messages; only a carrier's or "
                "manufacturer's warranty line may be given.",
            ),
        ),
        "url": (
            translate("Compliance", "Link"),
            translate(
                "Compliance",
                "Links are allowed only when the buyer needs them for the order; this one "
                "leads somewhere else.",
            ),
        ),
        "html": (
            translate("Compliance", "HTML"),
            translate(
                "Compliance",
                "Buyer messages are plain text: HTML tags and entities are not allowed.",
            ),
        ),
        "messenger": (
            translate("Compliance", "Messenger or social media"),
            translate(
                "Compliance",
                "Asking the buyer to talk on another channel (a messenger app, social media "
                "or a personal handle) is not allowed.",
            ),
        ),
        "off_platform": (
            translate("Compliance", "Outside the marketplace"),
            translate(
                "Compliance",
                "Asking the buyer to pay, be refunded or return the item outside the "
                "marketplace is not allowed.",
            ),
        ),
        "review_incentive": (
            translate("Compliance", "Review incentive"),
            translate(
                "Compliance",
                "Offering a refund, discount, gift or anything else in exchange for a review "
                "or feedback is not allowed.",
            ),
        ),
        "review_manipulation": (
            translate("Compliance", "Asking for a good review"),
            translate(
                "Compliance",
                "A review may only be asked for neutrally: asking for a positive or 5-star "
                "review, or only from satisfied buyers, is not allowed.",
            ),
        ),
        "review_change": (
            translate("Compliance", "Asking to change a review"),
            translate(
                "Compliance",
                "Asking a buyer to change or remove a product review is not allowed (asking "
                "to remove seller feedback once the problem is solved is).",
            ),
        ),
        "marketing": (
            translate("Compliance", "Marketing"),
            translate(
                "Compliance",
                "Marketing, coupons and promotions of other products are not allowed in "
                "buyer messages.",
            ),
        ),
        "emoji": (
            translate("Compliance", "Emoji"),
            translate(
                "Compliance", "The marketplace's guidelines do not allow emojis in buyer messages."
            ),
        ),
        "missing_order_id": (
            translate("Compliance", "No order id"),
            translate(
                "Compliance",
                "Messages should quote the order id, so the buyer and the marketplace can "
                "match them to the order.",
            ),
        ),
        "too_long": (
            translate("Compliance", "Too long"),
            translate(
                "Compliance",
                "The marketplace rejects messages longer than its limit; shorten it.",
            ),
        ),
        "unfilled": (
            translate("Compliance", "Not filled in"),
            translate(
                "Compliance",
                "A template placeholder was not filled in; write the fact in, or the buyer "
                "reads the marker.",
            ),
        ),
        "thanks_only": (
            translate("Compliance", "Thank you only"),
            translate(
                "Compliance",
                "A message that only thanks the buyer or confirms the order is not allowed; "
                "say what the buyer needs to know, or send nothing.",
            ),
        ),
        "empty": (
            translate("Compliance", "Empty"),
            translate("Compliance", "An empty message cannot be sent."),
        ),
    }


def _allowed_in_context(rule: str) -> str | None:
    """The explanation of a phone number or link that may be fine (a warning, not a block)."""
    if rule == "phone":
        return translate(
            "Compliance",
            "Only a carrier's or manufacturer's warranty or service line may be given; check "
            "that this number is one.",
        )
    if rule == "url":
        return translate(
            "Compliance",
            "Links to the marketplace's own pages or a carrier's tracking page are allowed "
            "only if the buyer needs them for this order; check that they do.",
        )
    return None


def rule_name(rule: str) -> str:
    """A rule's short name ("Phone number"); an unknown id is shown as it is."""
    entry = _rules().get(rule)
    return entry[0] if entry else rule.replace("_", " ")


def rule_explanation(rule: str) -> str:
    """Why the marketplace forbids it (or why it is worth a look); empty for an unknown id."""
    entry = _rules().get(rule)
    return entry[1] if entry else ""


def finding_label(finding: Finding) -> str:
    """What was found and where: "Phone number: “+44 7700 900461”"."""
    entry = _rules().get(finding.rule)
    if entry is None:
        return finding.message
    excerpt = " ".join(finding.excerpt.split())
    if finding.rule == "too_long" or not excerpt:
        return entry[0]
    if len(excerpt) > EXCERPT_CHARS:
        excerpt = excerpt[: EXCERPT_CHARS - 1] + "…"
    return f"{entry[0]}: “{isolate(excerpt)}”"


def finding_explanation(finding: Finding) -> str:
    """Why this finding matters, in the agent's language."""
    entry = _rules().get(finding.rule)
    if entry is None:
        return finding.message
    if finding.rule == "too_long":  # the span runs from the limit to the end of the text
        return fill(
            translate(
                "Compliance",
                "%1 characters; the marketplace accepts at most %2. Shorten it, or it will be "
                "rejected.",
            ),
            finding.end,
            finding.start,
        )
    if finding.severity == "warn":
        return _allowed_in_context(finding.rule) or entry[1]
    return entry[1]


def finding_text(finding: Finding) -> str:
    """One finding in one line: what, where, and why."""
    if finding.rule not in _rules():
        return finding.message
    return f"{finding_label(finding)} — {finding_explanation(finding)}"
