"""Settings: each declared once; the shop's are written with operations, this device's never."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models.entities import Meta, Operation
from app.services.core import settings
from app.services.core.errors import InvalidInput
from app.services.core.profile import Profile


def _setting_operations(profile: Profile) -> list[Operation]:
    with profile.read() as session:
        return list(
            session.scalars(
                select(Operation).where(Operation.entity == "setting").order_by(Operation.hlc)
            )
        )


def test_every_setting_is_declared_once_with_a_scope_and_a_default_of_its_type():
    keys = [s.key for s in settings.SETTINGS]
    assert len(keys) == len(set(keys))
    for declared in settings.SETTINGS:
        assert isinstance(declared.default, declared.type)
        assert declared.store in ("profile", "qsettings")
        assert settings.setting(declared.key) is declared
    assert {s.key for s in settings.shop_settings()} == {
        "agent",
        "evidence_max_mb",
        "override_approval",
    }
    assert settings.UI_LANGUAGE.scope is settings.Scope.DEVICE
    assert settings.DEVICE_ID.scope is settings.Scope.DEVICE
    with pytest.raises(KeyError):
        settings.setting("no/such/setting")


def test_a_per_device_setting_has_its_own_entity_on_each_device():
    agent, limit = settings.AGENT, settings.EVIDENCE_MAX_MB
    assert agent.entity_id("laptop-a") != agent.entity_id("laptop-b")
    assert agent.entity_id("laptop-a") == agent.entity_id("laptop-a")
    assert limit.entity_id("laptop-a") == limit.entity_id("laptop-b")


def test_the_evidence_limit_is_a_shop_setting_written_with_an_operation(profile, profile_dir):
    changes = profile.set_evidence_max_mb(10)
    assert changes.empty and profile.evidence_max_mb == 10
    (operation,) = _setting_operations(profile)
    assert operation.action == "update" and operation.actor == "tester"
    assert operation.data == {"evidence_max_mb": [25, 10]}
    assert operation.entity_id == settings.EVIDENCE_MAX_MB.entity_id(profile.device_id)
    profile.set_evidence_max_mb(10)  # the same value again: nothing to log
    assert len(_setting_operations(profile)) == 1
    with pytest.raises(InvalidInput):
        profile.set_evidence_max_mb(0)
    assert len(_setting_operations(profile)) == 1
    profile.close()
    assert Profile.open(profile_dir).evidence_max_mb == 10


def test_a_new_name_is_logged_by_the_old_one_and_reloads_the_views(profile):
    changes = profile.set_agent("  Mei ")
    assert changes.reload_all
    assert profile.agent == "Mei" and profile.ops.actor == "Mei"
    (operation,) = _setting_operations(profile)
    assert operation.data == {"agent": ["tester", "Mei"]}
    assert operation.actor == "tester"  # who renamed themselves
    assert operation.entity_id == settings.AGENT.entity_id(profile.device_id)
    assert profile.set_agent("Mei").empty
    with pytest.raises(InvalidInput, match="cannot be empty"):
        profile.set_agent("   ")
    with profile.read() as session:
        assert session.get(Meta, "agent").value == "Mei"
    assert len(_setting_operations(profile)) == 1
