"""The client's HTTP transport: an httpx client for the sync server, and its errors in
words a person can act on (`UserError`s).

Nothing here logs a request's headers, so the bearer token never reaches a log; error
texts name the server and the status, never the token.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from app.errors import UserError
from app.sync.protocol import PREFIX, PROTOCOL

TIMEOUT_S = 30.0


class SyncError(UserError):
    """Sync could not finish; `str()` says why."""


class SyncUnreachable(SyncError):
    """The server cannot be reached (refused, unknown host, timed out): offline."""


class SyncRefused(SyncError):
    """The server refused the token (401/403): sign in again."""


class SyncFailed(SyncError):
    """The server answered with an error (another 4xx or 5xx) or something unreadable."""


def make_client(server_url: str, token: str, *, timeout: float = TIMEOUT_S) -> httpx.Client:
    """An httpx client that talks to `server_url` with `token` as its bearer."""
    return httpx.Client(
        base_url=server_url.rstrip("/"),
        headers={"Authorization": f"Bearer {token}", "User-Agent": "support-workbench"},
        timeout=timeout,
    )


def _detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text.strip()[:300]
    if isinstance(body, dict) and "detail" in body:
        detail = body["detail"]
        return detail if isinstance(detail, str) else str(detail)[:300]
    return str(body)[:300]


def check(response: httpx.Response) -> httpx.Response:
    """`response` when it is a success; else the matching SyncError."""
    if response.status_code < 400:
        return response
    if response.status_code in (401, 403):
        why = _detail(response)
        raise SyncRefused(
            "The sync server refused this device: the token was revoked or is wrong: "
            f"sign in again ({response.status_code}{': ' + why if why else ''})."
        )
    raise SyncFailed(
        f"The sync server answered {response.status_code}: {_detail(response) or 'no reason'}"
    )


@contextmanager
def translated(what: str) -> Iterator[None]:
    """Network errors as SyncUnreachable, naming `what` was being done."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise SyncUnreachable(f"The sync server did not answer in time ({what}).") from exc
    except (httpx.TransportError, OSError) as exc:
        raise SyncUnreachable(
            f"The sync server cannot be reached ({what}): {type(exc).__name__}."
        ) from exc


def request(http: httpx.Client, method: str, path: str, what: str, **kwargs: Any) -> httpx.Response:
    """One request to `PREFIX + path`; the response (a success) or a SyncError."""
    with translated(what):
        response = http.request(method, PREFIX + path, **kwargs)
    return check(response)


def get_json(http: httpx.Client, path: str, what: str, **kwargs: Any) -> Any:
    return _json(request(http, "GET", path, what, **kwargs), what)


def post_json(http: httpx.Client, path: str, body: dict, what: str) -> Any:
    return _json(request(http, "POST", path, what, json=body), what)


def _json(response: httpx.Response, what: str) -> Any:
    try:
        return response.json()
    except ValueError:
        raise SyncFailed(f"The sync server's answer could not be read ({what}).") from None


def hello(http: httpx.Client) -> dict[str, Any]:
    """The server's `/v1/hello`: protocol, epoch, team, team kind, agent, role, latest."""
    answer = get_json(http, "/hello", "hello")
    if not isinstance(answer, dict) or answer.get("protocol") != PROTOCOL:
        raise SyncFailed(
            "The sync server speaks another version of the protocol; update the workbench "
            "or the server."
        )
    return answer
