"""Checking a template before it is saved: the library's own checks, then the compliance
check of every language filled with sample facts. Runs on the pool."""

from __future__ import annotations

from dataclasses import dataclass

from app.services import compliance, replies


@dataclass(frozen=True)
class TemplateCheck:
    """What is wrong with the template being edited: the library's problems (sentences from
    the service) and the compliance findings per language. Either kind stops the save,
    except compliance warnings."""

    problems: tuple[str, ...]
    findings: tuple[tuple[str, compliance.Finding], ...]

    @property
    def blocking(self) -> bool:
        return bool(self.problems) or any(f.severity == "block" for _, f in self.findings)


def check_template(template: replies.Template) -> TemplateCheck:
    """Run on the pool: the library's own checks of the file, then the compliance check of
    every language's body filled with sample facts (those that can be filled in)."""
    try:
        replies.parse_template(replies.template_to_toml(template), path=None, source="shop")
        problems: tuple[str, ...] = ()
    except replies.TemplateProblem as problem:
        problems = problem.problems
    facts = replies.sample_facts()
    found = []
    for locale in template.variants:
        try:
            body = replies.render(template, facts, locale).body
        except replies.TemplateProblem:
            continue  # its syntax problem is among `problems` already
        result = compliance.check_reply(body, locale=locale, order_id=facts.order_id)
        found.extend((locale, finding) for finding in result.findings)
    return TemplateCheck(problems, tuple(found))
