"""The site's day report from the server's API: every terminal's checks, one figure set."""

from __future__ import annotations

import httpx

from pos.domain.events import Tender
from pos.services.context import read_settings
from pos.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.helpers import item
from tests.server.live import LiveServer
from tests.sync.conftest import enroll, run, sync


def _close(t, pin: str, name: str, *, service: bool = False) -> None:
    who = t.staff.login(pin)
    order = t.orders.open_order(who, None, 2)
    t.orders.add_item(who, order.id, item(t, name).id)
    if service:
        t.service_charges.add(who, order.id)  # 12.5 %
    t.payments.pay(who, order.id, Tender.CASH, t.orders.get(order.id).total, tip=100)


def test_the_server_reports_the_whole_site_like_a_synced_terminal(sync_server: LiveServer,
                                                                  make_terminal):
    a, b = make_terminal("a"), make_terminal("b")
    enroll(sync_server, a, b)
    _close(a, "1111", "Lasagne")
    _close(b, "2222", "Tiramisu")
    _close(b, "2222", "Pils 0.5 l", service=True)  # 4.90 + 0.61 service

    async def publish_and_sync() -> None:
        client = a.sync.client()
        try:
            await a.sync.publish_master_data(client)
        finally:
            await client.aclose()
        await sync(a, b, a)

    run(publish_and_sync())
    day = a.ctx.business_date().isoformat()
    with a.store.read() as s:
        token = read_settings(s)["sync_device_token"]
    response = httpx.get(f"{sync_server.url}/api/v1/reports/day",
                         params={"date": day, "tz": a.ctx.config.timezone},
                         headers={"Authorization": f"Bearer {token}",
                                  PROTOCOL_HEADER: str(PROTOCOL_VERSION)}, timeout=10)
    assert response.status_code == 200, response.text
    site = response.json()
    local = a.reports.x_report(site=True)  # A has synced B's checks
    assert (site["checks"], site["net"], site["total"], site["tips"]) == (
        local.checks, local.net, local.total, local.tips) == (3, 1450 + 790 + 490, 2791, 300)
    # the service charge is collected (in the total), never a sale (not in net)
    assert site["service_charges"] == {"label": "service_charges", "count": 1, "amount": 61}
    assert (local.service_charges.count, local.service_charges.amount) == (1, 61)
    assert {r["label"]: r["amount"] for r in site["payments"]} == {"cash": 2791}
    assert {s["name"] for s in site["by_server"]} == {"Tom Becker", "Lena Vogel"}
    assert {r["label"] for r in site["by_category"]} == {r.label for r in local.by_category}

    bad = httpx.get(f"{sync_server.url}/api/v1/reports/day",
                    params={"date": day, "tz": "Mars/Olympus"},
                    headers={"Authorization": f"Bearer {token}",
                             PROTOCOL_HEADER: str(PROTOCOL_VERSION)}, timeout=10)
    assert bad.status_code == 422 and "time zone" in bad.text
    anonymous = httpx.get(f"{sync_server.url}/api/v1/reports/day", params={"date": day},
                          headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)}, timeout=10)
    assert anonymous.status_code == 401
