"""A template filled in for the open case, twice: for the buyer (the reply) and for the agent
(the preview), and what the composer tells the agent about it.

`render_pair` runs on the pool: reading the case's facts touches the database.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.services import replies
from app.services.core.profile import Profile
from app.ui.composer.variant_form import placeholder_label
from app.ui.core.i18n import Language, fill, translate


@dataclass(frozen=True)
class RenderedPair:
    """One template filled in for the buyer (the reply) and for the agent (the preview)."""

    reply: replies.Rendered
    preview: replies.Rendered


def render_pair(
    profile: Profile,
    case_id: uuid.UUID,
    template: replies.Template,
    reply_locale: str,
    agent_locale: str,
) -> RenderedPair:
    facts = replies.facts_for_case(profile, case_id)
    return RenderedPair(
        replies.render(template, facts, reply_locale),
        replies.render(template, facts, agent_locale),
    )


def template_notice(rendered: replies.Rendered, language: Language) -> str:
    """What the agent must know about a filled reply (it fell back to another language,
    facts the case does not have); "" when nothing."""
    name = language.language_name
    lines = []
    if rendered.fell_back:
        lines.append(
            fill(
                translate("Composer", "Fell back to %1: no %2 variant."),
                name(rendered.locale),
                name(rendered.requested),
            )
        )
    if rendered.missing:
        names = ", ".join(placeholder_label(missing) for missing in rendered.missing)
        lines.append(
            fill(translate("Composer", "Not known for this case, fill in by hand: %1"), names)
        )
    return "\n".join(lines)


def preview_texts(rendered: replies.Rendered, language: Language) -> tuple[str, str]:
    """(title, text) of the preview in the agent's language."""
    title = fill(translate("Composer", "In %1 (for you)"), language.language_name(rendered.locale))
    subject = fill(translate("Composer", "Subject: %1"), rendered.subject)
    return title, f"{subject}\n\n{rendered.body}"
