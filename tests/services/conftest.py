"""Every service test runs under the write guard: a transaction that changes the shop's data
must append at least one operation (DESIGN.md section 2), whatever the test checks besides."""

from __future__ import annotations

import pytest

from app.services.core.write_guard import WriteGuard


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "raw_writes: the test writes rows without operations on purpose (old or damaged data)",
    )


@pytest.fixture(autouse=True)
def every_write_appends_operations(request: pytest.FixtureRequest):
    if request.node.get_closest_marker("raw_writes") is not None:
        yield None
        return
    guard = WriteGuard()
    try:
        yield guard
    finally:
        guard.remove()
    assert not guard.violations, "; ".join(str(v) for v in guard.violations)
