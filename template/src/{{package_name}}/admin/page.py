"""The admin page at /admin: server-rendered HTML, no script, no third-party request.

    GET  /admin              the page (401 with the login form without a valid login)
    POST /admin/login        the admin token in, a session cookie out (auth/admin.py)
    POST /admin/logout       the cookie dropped
    POST /admin/keys/new     an API key created, shown once (AUTH_MODE=api_key)
    POST /admin/keys/revoke  an API key revoked (AUTH_MODE=api_key)
    GET  /admin/admin.css    the page's one stylesheet (the CSP allows no inline style)

Registered only when ADMIN_TOKEN is set: without it /admin is a 404 like any unknown path.
The spend comes from the ledger through `spend.spend_report`, the report the `spend` command
prints; the breaker from the gateway; degraded answers and cache tokens from the gateway's
`activity` (this process's). A Bearer header with the admin token works as well as the
cookie (scripts); forms sent with the cookie must carry the session's CSRF token.
"""

from __future__ import annotations

import asyncio
import calendar
import datetime as dt
import hmac
import re
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs

import jinja2
from fastapi import FastAPI, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import SecretStr

from ..auth import key_secret, pseudonym_key
from ..auth.admin import (
    ADMIN_REALM,
    SESSION_COOKIE,
    SESSION_TTL_S,
    bearer_is_admin,
    csrf_token,
    new_session,
    session_is_valid,
    token_matches,
)
from ..auth.apikeys import ApiKeyAuthenticator, KeyManagementError, issue_key, revoke_key
from ..auth.core import bearer_challenge
from ..config import Settings
from ..llm.activity import RECENT_DEGRADED, Activity
from ..llm.budget import to_nanos, to_usd
from ..llm.gateway import Gateway
from ..llm.pricing import PER_MILLION, Catalog
from ..llm.telemetry import hash_user
from ..spend import SpendReport, spend_report, usd_text

HERE = Path(__file__).parent
TOP_USERS = 10
"""Users listed by spend; the rest are summed in one line."""
CSS = (HERE / "admin.css").read_bytes()
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
"""The page's policy: its own stylesheet and forms, nothing else (hardening.py keeps the rest)."""
CHART_HEIGHT = 180
"""The day chart's height in CSS pixels; its width is the page's."""
CHART_TOP, CHART_BOTTOM = 16, 20
"""Room above the bars (the daily budget's label) and below (the day numbers)."""
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")

_templates = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
)


def install_admin_page(app: FastAPI, settings: Settings) -> None:
    """Add the page's routes when ADMIN_TOKEN is set (the token is at least 32 characters)."""
    if settings.admin_token is None:
        return
    app.get("/admin", response_class=HTMLResponse, include_in_schema=False)(admin_page)
    app.get("/admin/admin.css", include_in_schema=False)(stylesheet)
    app.post("/admin/login", include_in_schema=False)(login)
    app.post("/admin/logout", include_in_schema=False)(logout)
    if isinstance(app.state.authenticator, ApiKeyAuthenticator):
        app.post("/admin/keys/new", include_in_schema=False)(create_key)
        app.post("/admin/keys/revoke", include_in_schema=False)(revoke)


# --- Who is asking ---------------------------------------------------------------------


@dataclass(frozen=True)
class Login:
    """An admin request's credential: the session cookie's value, or None for a Bearer header."""

    session: str | None


def _token(request: Request) -> SecretStr:
    token: SecretStr | None = request.app.state.settings.admin_token
    assert token is not None  # noqa: S101 - the routes exist only with a token
    return token


def _login_of(request: Request) -> Login | None:
    token = _token(request)
    if bearer_is_admin(request.headers.get("authorization"), token):
        return Login(session=None)
    session = request.cookies.get(SESSION_COOKIE)
    if session_is_valid(session, token, now=time.time()):
        return Login(session=session)
    return None


async def _form(request: Request) -> dict[str, str]:
    """The urlencoded form's fields (the first value of each); the body size is capped upstream."""
    fields = parse_qs((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)
    return {name: values[0] for name, values in fields.items()}


def _checked(request: Request, form: dict[str, str]) -> Login | Response:
    """The login of a form that changes something, or the refusal: 401, or 403 when the CSRF
    token is missing or wrong (a Bearer caller sends no cookie, so needs none)."""
    login = _login_of(request)
    if login is None:
        return _login_form()
    if login.session is not None and not hmac.compare_digest(
        form.get("csrf", "").encode(), csrf_token(_token(request), login.session).encode()
    ):
        return _html(
            _templates.get_template("refused.html").render(
                message="This form is stale or did not come from this page: reload the page."
            ),
            status=403,
        )
    return login


# --- Routes ----------------------------------------------------------------------------


async def admin_page(request: Request) -> Response:
    """The page, or 401 and the login form."""
    login = _login_of(request)
    if login is None:
        return _login_form()
    return await _render_page(request, login)


async def stylesheet() -> Response:
    return Response(CSS, media_type="text/css")


async def login(request: Request) -> Response:
    """The admin token from the form: a session cookie and back to the page, or 401."""
    form = await _form(request)
    token = _token(request)
    if not token_matches(form.get("token", ""), token):
        return _login_form(failed=True)
    response = RedirectResponse("/admin", status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        new_session(token, now=time.time()),
        max_age=SESSION_TTL_S,
        path="/admin",
        httponly=True,
        samesite="strict",
        secure=request.app.state.settings.app_env != "development",
    )
    return response


async def logout(request: Request) -> Response:
    checked = _checked(request, await _form(request))
    if isinstance(checked, Response):
        return checked
    response = RedirectResponse("/admin", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/admin", httponly=True, samesite="strict")
    return response


async def create_key(request: Request) -> Response:
    """A new key for a user, shown on the page this once (the store keeps only its hash)."""
    form = await _form(request)
    checked = _checked(request, form)
    if isinstance(checked, Response):
        return checked
    settings: Settings = request.app.state.settings
    store = request.app.state.authenticator.store
    try:
        key, record = await asyncio.to_thread(
            issue_key,
            store,
            key_secret(settings),
            user_id=form.get("user_id", "").strip(),
            rate_limit=form.get("rate_limit", "").strip() or None,
            budget_usd=form.get("budget_usd", "").strip() or None,
        )
    except KeyManagementError as exc:
        return await _render_page(request, checked, notice=str(exc), status=422)
    return await _render_page(request, checked, new_key=(key, record.user_id))


async def revoke(request: Request) -> Response:
    """Revoke a key by its prefix; it is refused from the next request on."""
    form = await _form(request)
    checked = _checked(request, form)
    if isinstance(checked, Response):
        return checked
    store = request.app.state.authenticator.store
    try:
        await asyncio.to_thread(revoke_key, store, form.get("prefix", ""))
    except KeyManagementError as exc:
        return await _render_page(request, checked, notice=str(exc), status=422)
    return RedirectResponse("/admin", status_code=303)


# --- The page --------------------------------------------------------------------------


def _html(body: str, *, status: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status_code=status, headers={"Content-Security-Policy": CSP})


def _login_form(*, failed: bool = False) -> HTMLResponse:
    """The login form and a 401: nothing else, so a refused request learns nothing."""
    response = _html(_templates.get_template("login.html").render(failed=failed), status=401)
    response.headers["WWW-Authenticate"] = bearer_challenge(realm=ADMIN_REALM)
    return response


async def _render_page(
    request: Request,
    login: Login,
    *,
    notice: str | None = None,
    new_key: tuple[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    settings: Settings = request.app.state.settings
    gateway: Gateway = request.app.state.gateway
    now = dt.datetime.now(dt.UTC)
    month = request.query_params.get("month", "")
    month = month if _MONTH.fullmatch(month) else now.strftime("%Y-%m")
    report = await spend_report(gateway.budget, month, now)
    try:
        breaker: str = (await gateway.breaker.state()).value
    except Exception:  # the page still shows the spend when the breaker's store fails
        breaker = "unknown"
    authenticator = request.app.state.authenticator
    keys = None
    if isinstance(authenticator, ApiKeyAuthenticator):
        keys = await _keys(authenticator, settings, report)
    body = _templates.get_template("admin.html").render(
        report=report,
        month=month,
        meters=_meters(report, settings),
        chart=_day_chart(report, settings, month),
        top_users=sorted(report.by_user.items(), key=lambda item: -item[1][1])[:TOP_USERS],
        more_users=max(len(report.by_user) - TOP_USERS, 0),
        breaker=breaker,
        degraded=list(reversed(gateway.activity.degraded)),
        recent=RECENT_DEGRADED,
        cache=_cache_savings(gateway.catalog, gateway.activity),
        since=gateway.activity.since,
        keys=keys,
        notice=notice,
        new_key=new_key,
        csrf=csrf_token(_token(request), login.session) if login.session else "",
        usd=_usd,
        money=usd_text,
        pct=_pct,
    )
    return _html(body, status=status)


def _usd(nanos: int | Decimal, places: int = 2) -> str:
    """A headline amount (cards, budgets): to the cent. Tables use `spend.usd_text`."""
    amount = to_usd(nanos) if isinstance(nanos, int) else nanos
    return f"${amount:,.{places}f}"


def _pct(share: float) -> str:
    """A share (0..1) as an SVG length: percentages keep the text its size at any width."""
    return f"{share * 100:.2f}%"


@dataclass(frozen=True)
class Meter:
    """Spend against one budget, as shares of the meter's width (0..1)."""

    title: str
    spent: int
    limit: int
    spent_share: float
    projected: int | None
    projected_share: float | None
    thresholds: list[tuple[float, str]]
    """Where each alert threshold sits on the meter, and its label (`80 %`)."""


def _meters(report: SpendReport, settings: Settings) -> list[Meter]:
    """The month's and the day's spend against their budgets; thresholds drawn on both."""
    if report.status is None or report.today is None:
        return []
    status = report.status
    shares = sorted(settings.budget_alert_thresholds)
    month_limit = to_nanos(status.budget_usd)
    day_limit = to_nanos(Decimal(str(settings.daily_budget_usd)))
    projected = to_nanos(status.projected_usd)
    meters = []
    for title, spent, limit, proj in (
        ("This month", to_nanos(status.spent_usd), month_limit, projected),
        ("Today (UTC)", report.today.spent, day_limit, None),
    ):
        scale = max(limit, spent, proj or 0)
        meters.append(
            Meter(
                title=title,
                spent=spent,
                limit=limit,
                spent_share=spent / scale,
                projected=proj,
                projected_share=None if proj is None else proj / scale,
                thresholds=[
                    (share * limit / scale, f"{share * 100:g} %") for share in [*shares, 1.0]
                ],
            )
        )
    return meters


@dataclass(frozen=True)
class DayBar:
    """One day's bar: `x` and `width` in shares of the chart's width, `y` and `height` in px."""

    day: str
    label: str
    cost: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class DayChart:
    bars: list[DayBar]
    limit_y: float | None
    """Where the daily budget's line is (None when it is above the chart)."""
    height: int


def _day_chart(report: SpendReport, settings: Settings, month: str) -> DayChart:
    """One bar per day of the month, scaled to the dearest day, or to the daily budget when
    the dearest day spent at least a quarter of it (so the budget's line is drawn)."""
    year, number = (int(part) for part in month.split("-"))
    days = calendar.monthrange(year, number)[1]
    limit = to_nanos(Decimal(str(settings.daily_budget_usd)))
    costs = {day: cost for day, (_, cost) in report.by_day.items()}
    top = max([*costs.values(), 1])
    scale = max(top, limit) if top > limit / 4 else top
    step = 1 / days  # bars are placed in shares of the width
    plot = CHART_HEIGHT - CHART_TOP - CHART_BOTTOM
    bars = []
    for index in range(days):
        day = f"{month}-{index + 1:02d}"
        cost = costs.get(day, 0)
        height = plot * cost / scale
        bars.append(
            DayBar(
                day=day,
                label=str(index + 1),
                cost=cost,
                x=index * step + step * 0.1,
                y=CHART_TOP + plot - height,
                width=step * 0.8,
                height=height,
            )
        )
    limit_y = CHART_TOP + plot - plot * limit / scale if limit <= scale else None
    return DayChart(bars=bars, limit_y=limit_y, height=CHART_HEIGHT)


@dataclass(frozen=True)
class CacheSaving:
    model: str
    read: int
    written: int
    saved: Decimal
    """Paid less for cache reads than for plain input, minus the 5-minute writes' premium."""


def _cache_savings(catalog: Catalog, activity: Activity) -> list[CacheSaving]:
    savings = []
    for model, tokens in sorted(activity.cache.items()):
        entry = catalog.get(model)
        if entry is None:
            continue
        prices = entry.prices
        saved = (
            tokens.read * (prices.input - prices.cache_read)
            - tokens.written * (prices.cache_write_5m - prices.input)
        ) / PER_MILLION
        savings.append(CacheSaving(model, tokens.read, tokens.written, saved))
    return savings


@dataclass(frozen=True)
class KeyRow:
    prefix: str
    user_id: str
    created_at: str
    revoked_at: str | None
    rate_limit: str | None
    budget_usd: Decimal | None
    spent: int
    """The month's spend of the key's user (its pseudonym in the ledger)."""


async def _keys(
    authenticator: ApiKeyAuthenticator, settings: Settings, report: SpendReport
) -> list[KeyRow]:
    records = await asyncio.to_thread(authenticator.store.all)
    secret = pseudonym_key(settings)
    rows = []
    for record in records:
        spent = report.by_user.get(hash_user(record.user_id, secret), (0, 0))[1]
        rows.append(
            KeyRow(
                prefix=record.prefix,
                user_id=record.user_id,
                created_at=record.created_at,
                revoked_at=record.revoked_at,
                rate_limit=record.rate_limit,
                budget_usd=record.budget_usd,
                spent=spent,
            )
        )
    return rows
