"""The server's API over real HTTP: enrollment, push/pull, versions, bad input, isolation."""

from __future__ import annotations

import httpx
import pytest

from pos.server import store
from pos.sync.protocol import API_PREFIX, MAX_BODY_BYTES, MIN_PROTOCOL_VERSION, PROTOCOL_HEADER
from tests.server.conftest import api, enroll, event
from tests.server.live import LiveServer


def _item(entity_id: str, price: int, **fields: object) -> dict:
    """A menu item's data, as its wire type (version 1) carries it."""
    return {"id": entity_id, "category_id": "c1", "name": "Soup", "price": price,
            "tax_rate_id": "t1", "station_id": None, "allergens": "[]", "available": True,
            "unavailable_reason": "", "sort": 0, "description": "", **fields}


def _site(server: LiveServer, name: str = "Main Street") -> str:
    return store.ensure_site(server.app.state.engine, name)


def test_health_and_docs_need_no_token(live_server: LiveServer):
    with httpx.Client(base_url=live_server.url, timeout=10) as c:
        h = c.get(f"{API_PREFIX}/health")
        assert h.status_code == 200 and h.json()["status"] == "ok"
        assert h.headers["x-pos-server-time"]
        spec = c.get(f"{API_PREFIX}/openapi.json").json()
        assert {"/api/v1/sync/push", "/api/v1/sync/pull", "/api/v1/sync/live",
                "/api/v1/enroll"} <= set(spec["paths"])
        assert c.get(f"{API_PREFIX}/docs").status_code == 200


def test_enrollment_code_works_once_and_the_token_is_stored_only_as_a_hash(
        live_server: LiveServer):
    engine = live_server.app.state.engine
    code = store.create_enrollment_code(engine, "Main Street")
    with api(live_server) as c:
        ok = c.post("/enroll", json={"code": code.lower(), "terminal_id": event("x")["id"]})
        again = c.post("/enroll", json={"code": code, "terminal_id": event("x")["id"]})
        wrong = c.post("/enroll", json={"code": "AAAA-BBBB-CCCC",
                                        "terminal_id": event("x")["id"]})
    assert ok.status_code == 200
    token = ok.json()["token"]
    assert again.status_code == 403 and "used already" in again.json()["detail"]
    assert wrong.status_code == 403
    with engine.connect() as conn:
        dump = repr(conn.exec_driver_sql("SELECT * FROM terminal").all())
    assert token not in dump and store.digest(token) in dump


def test_push_answers_every_id_with_the_same_seq_when_sent_again(live_server: LiveServer):
    tid, token = enroll(live_server)
    batch = [event(tid, n=i) for i in range(5)]
    with api(live_server, token) as c:
        first = c.post("/sync/push", json={"events": batch[:3]}).json()
        second = c.post("/sync/push", json={"events": batch}).json()  # a retry plus two more
        third = c.post("/sync/push", json={"events": batch}).json()
    assert first["stored"] == 3 and second["stored"] == 2 and third["stored"] == 0
    assert {k: second["acks"][k] for k in first["acks"]} == first["acks"]
    assert second["acks"] == third["acks"] and len(set(third["acks"].values())) == 5
    n = store.counts(live_server.app.state.engine, _site(live_server))
    assert n["events"] == n["distinct_ids"] == 5


def test_pull_gives_others_events_in_order_from_the_cursor_in_pages(live_server: LiveServer):
    a, ta = enroll(live_server)
    b, tb = enroll(live_server)
    mine = [event(a, n=i) for i in range(7)]
    with api(live_server, ta) as ca, api(live_server, tb) as cb:
        ca.post("/sync/push", json={"events": mine}).raise_for_status()
        cb.post("/sync/push", json={"events": [event(b)]}).raise_for_status()
        seen, after, pages = [], 0, 0
        while True:
            page = cb.get("/sync/pull", params={"after": after, "limit": 3}).json()
            seen += [(p["seq"], p["event"]["id"]) for p in page["events"]]
            after, pages = page["next_after"], pages + 1
            if not page["more"]:
                break
        own = ca.get("/sync/pull", params={"after": 0}).json()
    assert [i for _, i in seen] == [e["id"] for e in mine]  # B's own event left out
    assert [s for s, _ in seen] == sorted(s for s, _ in seen)
    assert pages == 3 and after == own["horizon"] == 8
    assert [p["event"]["terminal_id"] for p in own["events"]] == [b]


def test_malformed_batch_is_refused_with_a_reason_and_nothing_of_it_is_stored(
        live_server: LiveServer):
    tid, token = enroll(live_server)
    good = event(tid)
    bad = {**event(tid), "hlc": "yesterday"}
    with api(live_server, token) as c:
        r = c.post("/sync/push", json={"events": [good, bad]})
        assert r.status_code == 422
        assert r.json()["code"] == "invalid_payload" and "hlc" in r.json()["detail"]
        assert c.post("/sync/push", content=b"{not json",
                      headers={"Content-Type": "application/json"}).status_code == 422
        extra = c.post("/sync/push", json={"events": [{**good, "sneaky": 1}]})
        assert extra.status_code == 422
        foreign = c.post("/sync/push", json={"events": [event(event("x")["id"])]})
        assert foreign.status_code == 422 and "another terminal" in foreign.json()["detail"]
        too_many = c.post("/sync/push", json={"events": [event(tid) for _ in range(1001)]})
        assert too_many.status_code == 422
        huge = c.post("/sync/push", content=b" " * (MAX_BODY_BYTES + 1),
                      headers={"Content-Type": "application/json"})
        assert huge.status_code == 413 and "smaller batches" in huge.json()["detail"]
        assert store.counts(live_server.app.state.engine, _site(live_server))["events"] == 0
        # the good event, sent alone, is taken
        assert c.post("/sync/push", json={"events": [good]}).json()["stored"] == 1


def test_an_outdated_terminal_is_told_to_update(live_server: LiveServer):
    tid, token = enroll(live_server)
    with api(live_server, token, **{PROTOCOL_HEADER: str(MIN_PROTOCOL_VERSION - 1)}) as c:
        r = c.post("/sync/push", json={"events": [event(tid)]})
    assert r.status_code == 426 and r.json()["detail"].startswith("Update required")
    with httpx.Client(base_url=live_server.url + API_PREFIX, timeout=10) as c:
        assert c.get("/sync/pull", headers={"Authorization": f"Bearer {token}"}
                     ).status_code == 426
    assert store.counts(live_server.app.state.engine, _site(live_server))["events"] == 0


def test_revoked_and_unknown_tokens_are_refused(live_server: LiveServer):
    tid, token = enroll(live_server)
    with api(live_server, token) as c:
        assert c.get("/sync/pull").status_code == 200
        assert store.revoke(live_server.app.state.engine, tid)
        r = c.get("/sync/pull")
        assert r.status_code == 401 and "revoked" in r.json()["detail"]
        assert c.post("/sync/push", json={"events": [event(tid)]}).status_code == 401
    with api(live_server, "not-a-token") as c:
        assert c.get("/sync/pull").status_code == 401
    with api(live_server) as c:
        assert c.get("/sync/pull").status_code == 401


def test_a_site_never_sees_or_changes_another_sites_data(live_server: LiveServer):
    a, ta = enroll(live_server, "Main Street")
    b, tb = enroll(live_server, "Harbour")
    ev = event(a)
    with api(live_server, ta) as ca, api(live_server, tb) as cb:
        assert ca.post("/sync/push", json={"events": [ev]}).json()["stored"] == 1
        # B cannot push A's event (it is A's terminal id), nor read it
        assert cb.post("/sync/push", json={"events": [ev]}).status_code == 422
        assert cb.get("/sync/pull").json()["events"] == []
        assert cb.post("/sync/master", json={"changes": [
            {"kind": "menu_item", "entity_id": "x", "hlc": ev["hlc"],
             "data": _item("x", 1)}]}).json()["accepted"] == 1
        assert ca.get("/sync/pull").json()["master"] == []
        # the same event id made by B's terminal is B's own row, A's is untouched
        ev_b = {**ev, "terminal_id": b, "payload": {"site": "harbour"}}
        assert cb.post("/sync/push", json={"events": [ev_b]}).json()["stored"] == 1
    engine = live_server.app.state.engine
    assert store.counts(engine, _site(live_server, "Main Street"))["events"] == 1
    page = store.pull(engine, store.Device(_site(live_server, "Main Street"), "other"), 0, 10)
    assert page.events[0].event.payload == {"n": 0}


def test_master_data_keeps_the_newest_change_per_entity(live_server: LiveServer):
    _a, ta = enroll(live_server)
    _b, tb = enroll(live_server)

    def change(price: int, hlc: str) -> dict:
        return {"kind": "menu_item", "entity_id": "i1", "hlc": hlc,
                "data": _item("i1", price)}

    with api(live_server, ta) as ca, api(live_server, tb) as cb:
        assert ca.post("/sync/master", json={"changes": [change(500, "1700000000002.00000")]}
                       ).json()["accepted"] == 1
        assert cb.post("/sync/master", json={"changes": [change(400, "1700000000001.00000")]}
                       ).json()["accepted"] == 0  # older: loses
        bad = cb.post("/sync/master", json={"changes": [{**change(1, "1700000000003.00000"),
                                                          "kind": "nuclear_codes"}]})
        assert bad.status_code == 422
        [m] = cb.get("/sync/pull").json()["master"]
    assert m["change"]["data"]["price"] == 500


def test_master_data_that_does_not_fit_its_kind_is_refused_with_a_reason(
        live_server: LiveServer):
    _a, ta = enroll(live_server)
    hlc = "1700000000002.00000"

    def push(c: httpx.Client, data: dict, entity_id: str = "i1", **more: object):
        return c.post("/sync/master", json={"changes": [
            {"kind": "menu_item", "entity_id": entity_id, "hlc": hlc, "data": data, **more}]})

    with api(live_server, ta) as c:
        for data, why in ((_item("i1", 500, colour="red"), "colour: Extra inputs"),
                          ({"id": "i1", "price": 500}, "category_id: Field required"),
                          (_item("i1", "cheap"), "price: Input should be a valid integer"),
                          (_item("i1", 500, allergens="nuts"), "allergens"),
                          (_item("i2", 500), "its data is of entity i2")):
            bad = push(c, data)
            assert bad.status_code == 422 and why in bad.json()["detail"], bad.json()
        assert push(c, {"id": "i1", "name": "Soup"}, deleted=True).status_code == 422
        assert push(c, {"id": "i1"}, deleted=True).json()["accepted"] == 1
    engine = live_server.app.state.engine
    assert store.counts(engine, _site(live_server))["master"] == 1  # only the deletion


def test_a_newer_version_of_a_kind_is_kept_and_passed_on_verbatim(live_server: LiveServer):
    _a, ta = enroll(live_server)
    _b, tb = enroll(live_server)
    data = {"id": "i1", "price": {"amount": 500, "currency": "EUR"}}  # what v2 might carry
    with api(live_server, ta) as ca, api(live_server, tb) as cb:
        assert ca.post("/sync/master", json={"changes": [
            {"kind": "menu_item", "entity_id": "i1", "hlc": "1700000000002.00000",
             "data": data, "v": 2}]}).json()["accepted"] == 1
        [m] = cb.get("/sync/pull").json()["master"]
    assert (m["change"]["v"], m["change"]["data"]) == (2, data)


def test_enrollment_is_rate_limited(tmp_path):
    from tests.server.live import running, sqlite_url

    with running(sqlite_url(tmp_path), enroll_per_minute=3) as server, api(server) as c:
        codes = [c.post("/enroll", json={"code": "WRONG-CODE", "terminal_id": event("x")["id"]}
                        ).status_code for _ in range(5)]
    assert codes == [403, 403, 403, 429, 429]


@pytest.mark.parametrize("after", [0, 2])
def test_live_stream_nudges_with_the_newest_seq(tmp_path, after: int):
    from tests.server.live import running, sqlite_url

    with running(sqlite_url(tmp_path)) as server:
        a, ta = enroll(server)
        _b, tb = enroll(server)
        with api(server, ta) as ca:
            ca.post("/sync/push", json={"events": [event(a), event(a)]}).raise_for_status()
        with api(server, tb) as cb, cb.stream("GET", "/sync/live", params={"after": after},
                                              headers={"Accept": "text/event-stream"}) as r:
            assert r.headers["content-type"].startswith("text/event-stream")
            lines = r.iter_lines()
            if after < 2:  # behind: told at once
                assert _next_data(lines) == {"seq": 2, "epoch": store.epoch(
                    server.app.state.engine)}
            with api(server, ta) as ca:
                ca.post("/sync/push", json={"events": [event(a)]}).raise_for_status()
            assert _next_data(lines)["seq"] == 3


def _next_data(lines) -> dict:
    import json

    for line in lines:
        if line.startswith("data:"):
            return json.loads(line[5:])
    raise AssertionError("stream ended")


def test_the_same_hlc_from_two_terminals_is_settled_by_terminal_id(live_server: LiveServer):
    (a, ta), (b, tb) = enroll(live_server), enroll(live_server)
    hlc = "1700000000005.00000"
    high, low = (ta, tb) if a > b else (tb, ta)

    def change(price: int) -> dict:
        return {"changes": [{"kind": "menu_item", "entity_id": "i9", "hlc": hlc,
                             "data": _item("i9", price)}]}

    with api(live_server, high) as c_high, api(live_server, low) as c_low:
        assert c_low.post("/sync/master", json=change(600)).json()["accepted"] == 1
        # the same instant from the higher terminal id wins, though it came second
        assert c_high.post("/sync/master", json=change(700)).json()["accepted"] == 1
        assert c_low.post("/sync/master", json=change(600)).json()["accepted"] == 0
        assert c_high.post("/sync/master", json=change(700)).json()["accepted"] == 0  # again
        [m] = c_low.get("/sync/pull").json()["master"]
    assert m["change"]["data"]["price"] == 700
