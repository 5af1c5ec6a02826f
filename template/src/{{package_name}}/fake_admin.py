"""A fake of the Admin API's cost report, for testing `reconcile` without a network.

    fake = FakeAdminAPI({"2026-11-01": Decimal("1.25")}, admin_key="sk-ant-admin-test")
    await fetch_cost_report("https://api.test", "sk-ant-admin-test", ..., transport=fake.transport)

It answers `GET /v1/organizations/cost_report` like the real endpoint: daily buckets in
`data`, each with `results` whose `amount` is a decimal string in cents, paginated with
`limit`, `has_more` and `next_page`; 401 for any other key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

import httpx2


class FakeAdminAPI:
    """Serves a cost report of USD per UTC day (`YYYY-MM-DD`); records request URLs."""

    def __init__(
        self, usd_per_day: Mapping[str, Decimal], *, admin_key: str, page_size: int | None = None
    ) -> None:
        self.usd_per_day = dict(usd_per_day)
        self.page_size = page_size
        """Buckets per page when smaller than the request's `limit` (to test paging)."""
        self.admin_key = admin_key
        self.requests: list[httpx2.URL] = []
        self.transport = httpx2.MockTransport(self._handle)

    def _handle(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request.url)
        if request.url.path != "/v1/organizations/cost_report" or request.method != "GET":
            error = {"type": "not_found_error", "message": "not found"}
            return httpx2.Response(404, json={"type": "error", "error": error})
        if request.headers.get("x-api-key") != self.admin_key:
            error = {"type": "authentication_error", "message": "invalid x-api-key"}
            return httpx2.Response(401, json={"type": "error", "error": error})
        query = request.url.params
        start = dt.date.fromisoformat(query["starting_at"][:10])
        end = dt.date.fromisoformat(query["ending_at"][:10]) if "ending_at" in query else None
        days = sorted(
            day
            for day in self.usd_per_day
            if dt.date.fromisoformat(day) >= start
            and (end is None or dt.date.fromisoformat(day) < end)
        )
        offset = int(query.get("page", "0"))
        limit = min(int(query.get("limit", "7")), self.page_size or 31)
        page = days[offset : offset + limit]
        more = offset + limit < len(days)
        data = [
            {
                "starting_at": f"{day}T00:00:00Z",
                "ending_at": f"{dt.date.fromisoformat(day) + dt.timedelta(days=1)}T00:00:00Z",
                "results": [
                    {
                        "amount": str(self.usd_per_day[day] * 100),
                        "currency": "USD",
                        "cost_type": "tokens",
                        "model": None,
                        "description": None,
                        "workspace_id": None,
                    }
                ],
            }
            for day in page
        ]
        return httpx2.Response(
            200,
            json={
                "data": data,
                "has_more": more,
                "next_page": str(offset + limit) if more else None,
            },
        )
