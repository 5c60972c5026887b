"""A terminal process for the fault tests: rings orders in a loop while its sync worker runs.

    python -m tests.sync.ring_driver DATA_DIR [--seed S]

The store in DATA_DIR is enrolled already. The process opens orders, adds items,
sends them, pays most of them and adds items to other terminals' open checks, with
short pauses, while ``terminal.sync.run`` pushes and pulls on the same loop. Files in
DATA_DIR speak with the test:

* ``rung.log``: an order id per line, written after the order's commit returned
  (so every id in it must end up everywhere);
* ``finish``: the test asks the process to stop ringing; it answers with ``done``;
* ``stop``: the test asks the process to finish its sync round and exit;
* ``kill-at-mark``: the next time the worker has a push's answer and is about to mark
  the rows acknowledged, the process SIGKILLs itself (the file is removed first).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import random
import signal
from pathlib import Path

from sqlalchemy import select

from pos.domain.errors import PosError
from pos.domain.events import Tender
from pos.domain.order import OrderStatus
from pos.services.staff import Actor
from pos.services.sync_service import Backoff
from pos.services.terminal import Terminal
from pos.store.models import OrderRow


def _arm_kill_at_mark(t: Terminal, folder: Path) -> None:
    mark = t.sync._mark
    trigger = folder / "kill-at-mark"

    def mark_or_die(acks: dict[str, int], epoch: str) -> None:
        if trigger.exists():
            trigger.unlink()
            logging.warning("dying between push and mark (%d acks)", len(acks))
            os.kill(os.getpid(), signal.SIGKILL)
        mark(acks, epoch)

    t.sync._mark = mark_or_die  # type: ignore[method-assign]


def _others_open_order(t: Terminal, rng: random.Random) -> str | None:
    me = t.ctx.config.terminal_code + "-"
    with t.store.read() as s:
        rows = s.execute(select(OrderRow.id, OrderRow.check_number)
                         .where(OrderRow.status == OrderStatus.OPEN)).all()
    others = [r.id for r in rows if not r.check_number.startswith(me)]
    return rng.choice(others) if others else None


def _add_some(t: Terminal, who: Actor, order_id: str, rng: random.Random, n: int) -> None:
    items = [i for i in t.menu.items() if i.available]
    for _ in range(n):
        try:
            t.orders.add_item(who, order_id, rng.choice(items).id, qty=rng.randint(1, 2))
        except PosError as exc:  # out of stock, or the check was closed elsewhere
            logging.info("not added: %s", exc)


async def ring(t: Terminal, folder: Path, rng: random.Random, stop: asyncio.Event) -> None:
    log = folder / "rung.log"
    people = [t.staff.login(pin) for pin in ("1111", "2222")]
    while not (folder / "finish").exists() and not stop.is_set():
        who = rng.choice(people)
        order = t.orders.open_order(who, None, rng.randint(1, 4))
        with log.open("a") as f:
            f.write(order.id + "\n")
        await asyncio.sleep(rng.uniform(0.005, 0.03))
        _add_some(t, who, order.id, rng, rng.randint(1, 3))
        try:
            t.orders.send(who, order.id)
            if rng.random() < 0.7:
                total = t.orders.get(order.id).balance
                if total > 0:
                    t.payments.pay(who, order.id, Tender.CARD, total)
        except PosError as exc:
            logging.info("not sent or paid: %s", exc)
        other = _others_open_order(t, rng)
        if other is not None and rng.random() < 0.5:
            _add_some(t, who, other, rng, 1)
        t.sync.wake()
        await asyncio.sleep(rng.uniform(0.05, 0.2))
    (folder / "done").touch()


async def run(t: Terminal, folder: Path, seed: int) -> None:
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    worker = asyncio.create_task(t.sync.run(stop, poll=1.0, outbox_check=0.1,
                                            backoff=Backoff(0.05, 0.5)))
    ringer = asyncio.create_task(ring(t, folder, random.Random(seed), stop))
    while not stop.is_set() and not (folder / "stop").exists():
        await asyncio.sleep(0.05)
        if ringer.done() and ringer.exception() is not None:
            raise ringer.exception()  # type: ignore[misc]
    stop.set()
    await worker
    await ringer


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("folder", type=Path)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args()
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(name)s %(message)s",
                        force=True)
    t = Terminal.open(args.folder)
    _arm_kill_at_mark(t, args.folder)
    try:
        asyncio.run(run(t, args.folder, args.seed))
    finally:
        t.close()


if __name__ == "__main__":
    main()
