"""The server's store: engine, migrations, and the transactions behind each endpoint.

One function per use, each one transaction. Sequence numbers: a push locks its
site's counter row (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite has one
writer at a time anyway), inserts its events with ``ON CONFLICT DO NOTHING``,
and moves the counter in the same transaction. So a second push waits until the
first has committed, numbers become visible in commit order, and a puller that
reads only up to the committed counter (the *horizon*) can never skip a row.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import secrets
import sqlite3
import string
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    Connection,
    Engine,
    and_,
    create_engine,
    event,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url

from pos.domain.errors import PosError
from pos.domain.ids import new_id
from pos.server.models import (
    EnrollmentCodeRow,
    MasterDataRow,
    ServerEventRow,
    ServerMetaRow,
    SiteRow,
    TerminalRow,
)
from pos.sync.master import MasterDataError, check
from pos.sync.protocol import (
    STOCK_MOVEMENT,
    MasterChange,
    PulledEvent,
    PulledMaster,
    WireEvent,
)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
CODE_TTL = timedelta(hours=24)


class AuthError(PosError):
    """A device token the server does not accept."""


class EnrollError(PosError):
    """An enrollment code that is wrong, used or expired."""


class ConflictError(PosError):
    """A request that contradicts what the server holds."""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def digest(secret: str) -> str:
    """Tokens and codes are random; a plain SHA-256 of them is what the database keeps."""
    return hashlib.sha256(secret.encode()).hexdigest()


def default_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'server.db'}"


def _sqlite_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's BEGIN (below) is the real one
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def open_engine(url: str) -> Engine:
    """An engine for ``url``: a SQLite file (WAL, BEGIN IMMEDIATE) or PostgreSQL (psycopg)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, pool_size=8, max_overflow=16)
        event.listen(engine, "connect", _sqlite_connect)

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)
    raise PosError("The server stores its data in SQLite or PostgreSQL, not {driver}.",
                   driver=parsed.drivername)


def migrate(engine: Engine) -> None:
    """Bring the server's schema to head and give a new database its epoch."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
        connection.commit()
    with engine.begin() as conn:
        conn.execute(_insert(conn, ServerMetaRow).values(key="epoch", value=new_id())
                     .on_conflict_do_nothing(index_elements=["key"]))


def _insert(conn: Connection, table: type[Any]) -> Any:
    """The dialect's INSERT, which has ``on_conflict_do_nothing`` / ``_do_update``."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def epoch(engine: Engine) -> str:
    with engine.connect() as conn:
        return str(conn.scalar(select(ServerMetaRow.value).where(ServerMetaRow.key == "epoch")))


def rotate_epoch(engine: Engine) -> str:
    """A new epoch: run after restoring the database from a backup, so terminals re-push."""
    value = new_id()
    with engine.begin() as conn:
        conn.execute(update(ServerMetaRow).where(ServerMetaRow.key == "epoch")
                     .values(value=value))
    return value


# --- sites, codes, terminals -------------------------------------------------------------


def ensure_site(engine: Engine, name: str) -> str:
    with engine.begin() as conn:
        conn.execute(_insert(conn, SiteRow).values(id=new_id(), name=name, created_at=now_iso(),
                                                   last_seq=0)
                     .on_conflict_do_nothing(index_elements=["name"]))
        return str(conn.scalar(select(SiteRow.id).where(SiteRow.name == name)))


def create_enrollment_code(engine: Engine, site_name: str) -> str:
    """A one-time code that enrolls one terminal into ``site_name`` (made if new)."""
    site_id = ensure_site(engine, site_name)
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    code = f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
    created = datetime.now(UTC)
    with engine.begin() as conn:
        conn.execute(_insert(conn, EnrollmentCodeRow).values(
            code_hash=digest(normalise_code(code)), site_id=site_id,
            created_at=created.isoformat(), expires_at=(created + CODE_TTL).isoformat()))
    return code


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


@dataclass(frozen=True, slots=True)
class Enrolled:
    site_id: str
    site_name: str
    terminal_id: str
    token: str
    terminal_code: str


IN_USE = timedelta(minutes=10)  # a terminal seen this recently is in use: no second one


def terminal_codes() -> Iterator[str]:
    """A, B, ... Z, then AA, AB, ...: check-number prefixes in the order they are given."""
    letters = string.ascii_uppercase
    yield from letters
    for n in itertools.count(2):
        for combo in itertools.product(letters, repeat=n):
            yield "".join(combo)


def _next_code(conn: Connection, site_id: str) -> str:
    taken = set(conn.scalars(select(TerminalRow.code).where(TerminalRow.site_id == site_id)))
    return next(c for c in terminal_codes() if c not in taken)


def enroll(engine: Engine, code: str, terminal_id: str, name: str) -> Enrolled:
    """Spend a code: the terminal gets a device token, the database keeps its hash."""
    token = secrets.token_urlsafe(32)
    at = now_iso()
    with engine.begin() as conn:
        row = conn.execute(select(EnrollmentCodeRow.site_id, EnrollmentCodeRow.expires_at)
                           .where(EnrollmentCodeRow.code_hash == digest(normalise_code(code)),
                                  EnrollmentCodeRow.used_at.is_(None))).first()
        if row is None or row.expires_at < at:
            raise EnrollError("That enrollment code is wrong, used already or expired; "
                              "ask for a new one (pos server enroll-code).")
        spent = conn.execute(update(EnrollmentCodeRow)
                             .where(EnrollmentCodeRow.code_hash == digest(normalise_code(code)),
                                    EnrollmentCodeRow.used_at.is_(None))
                             .values(used_at=at, used_by=terminal_id))
        if spent.rowcount != 1:  # spent by a concurrent request a moment ago
            raise EnrollError("That enrollment code was used already; ask for a new one.")
        site_id = str(row.site_id)
        existing = conn.execute(select(TerminalRow.site_id, TerminalRow.name, TerminalRow.code,
                                       TerminalRow.revoked_at, TerminalRow.last_seen_at)
                                .where(TerminalRow.id == terminal_id)).first()
        if existing is not None and existing.site_id != site_id:
            raise ConflictError("This terminal is enrolled with another restaurant.")
        seen = existing.last_seen_at if existing is not None else None
        if existing is not None and existing.revoked_at is None and seen is not None \
                and datetime.fromisoformat(seen) > datetime.now(UTC) - IN_USE:
            # A copy of another terminal's store: it would print that terminal's check
            # numbers and take over its token. (A terminal restored from a backup is
            # enrolled again once the old one is revoked or has been gone a while.)
            raise ConflictError(
                "A terminal with this identity ({name}) is in use "
                "right now. If this store was copied from it, give this one its own identity "
                "(pos new-identity) and enroll again; if it replaces that terminal, revoke "
                "the old one first (pos server revoke).", name=existing.name or terminal_id)
        code = existing.code if existing is not None and existing.code else \
            _next_code(conn, site_id)
        conn.execute(_insert(conn, TerminalRow).values(
            id=terminal_id, site_id=site_id, name=name, token_hash=digest(token),
            enrolled_at=at, revoked_at=None, code=code).on_conflict_do_update(
            index_elements=["id"], set_={"token_hash": digest(token), "name": name,
                                         "enrolled_at": at, "revoked_at": None, "code": code}))
        site_name = str(conn.scalar(select(SiteRow.name).where(SiteRow.id == site_id)))
    return Enrolled(site_id, site_name, terminal_id, token, code)


@dataclass(frozen=True, slots=True)
class Device:
    site_id: str
    terminal_id: str


def authenticate(engine: Engine, token: str) -> Device:
    with engine.connect() as conn:
        row = conn.execute(select(TerminalRow.id, TerminalRow.site_id, TerminalRow.revoked_at)
                           .where(TerminalRow.token_hash == digest(token))).first()
    if row is None:
        raise AuthError("The server does not know this terminal's token; enroll it again.")
    if row.revoked_at is not None:
        raise AuthError("This terminal's access to the server was revoked; ask a manager "
                        "for a new enrollment code.")
    return Device(str(row.site_id), str(row.id))


def revoke(engine: Engine, terminal_id: str) -> bool:
    with engine.begin() as conn:
        done = conn.execute(update(TerminalRow).where(TerminalRow.id == terminal_id,
                                                      TerminalRow.revoked_at.is_(None))
                            .values(revoked_at=now_iso()))
        return bool(done.rowcount)


def terminals(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(select(TerminalRow.id, TerminalRow.code, TerminalRow.name,
                                   SiteRow.name.label("site"),
                                   TerminalRow.enrolled_at, TerminalRow.revoked_at,
                                   TerminalRow.last_seen_at)
                            .join(SiteRow, SiteRow.id == TerminalRow.site_id)
                            .order_by(SiteRow.name, TerminalRow.enrolled_at))
        return [dict(r._mapping) for r in rows]


# --- push and pull -------------------------------------------------------------------------


def _reserve(conn: Connection, site_id: str, n: int) -> int:
    """Reserve ``n`` sequence numbers; the counter row stays locked until commit.

    Returns the last one reserved. Numbers of events that turn out to be stored
    already are left unused: pullers see gaps, never disorder.
    """
    top = conn.scalar(update(SiteRow).where(SiteRow.id == site_id)
                      .values(last_seq=SiteRow.last_seq + n).returning(SiteRow.last_seq))
    assert top is not None, site_id
    return int(top)


def _lock_counter(conn: Connection, site_id: str) -> int:
    """Lock the site's counter row until commit and read it."""
    last = conn.scalar(select(SiteRow.last_seq).where(SiteRow.id == site_id).with_for_update())
    assert last is not None, site_id
    return int(last)


def push(engine: Engine, device: Device, events: Sequence[WireEvent]) -> tuple[dict[str, int], int]:
    """Store each event once; answer every id with its sequence number (new or old)."""
    foreign = [e.id for e in events if e.terminal_id != device.terminal_id]
    if foreign:
        raise ConflictError("Event {event} was made by another terminal; a terminal "
                            "pushes only its own events.", event=foreign[0])
    if not events:
        return {}, 0
    received = now_iso()
    unique = list({e.id: e for e in events}.values())
    ids = [e.id for e in unique]
    # everything that needs no lock is done before taking it: the counter row is held
    # from the reservation to the commit, and every push of the site waits for it
    rows = [{"site_id": device.site_id, "seq": 0, "id": e.id, "order_id": e.order_id,
             "terminal_id": e.terminal_id, "type": e.type, "hlc": e.hlc, "v": e.v,
             "actor_id": e.actor_id, "occurred_at": e.occurred_at,
             "payload": json.dumps(e.payload, separators=(",", ":"), ensure_ascii=False),
             "received_at": received} for e in unique]
    with engine.begin() as conn:
        conn.execute(update(TerminalRow).where(TerminalRow.id == device.terminal_id)
                     .values(last_seen_at=received))
        top = _reserve(conn, device.site_id, len(rows))
        first = top - len(rows) + 1
        for i, row in enumerate(rows):
            row["seq"] = first + i
        # one cached statement, executed for many rows (no per-batch compile)
        conn.execute(_insert(conn, ServerEventRow)
                     .on_conflict_do_nothing(index_elements=["site_id", "id"]), rows)
        acks: dict[str, int] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            acks.update((str(i), int(s)) for i, s in conn.execute(
                select(ServerEventRow.id, ServerEventRow.seq)
                .where(ServerEventRow.site_id == device.site_id, ServerEventRow.id.in_(part))))
    stored = sum(1 for seq in acks.values() if seq >= first)  # the rest were stored before
    return acks, stored


def push_master(engine: Engine, device: Device, changes: Sequence[MasterChange]) -> int:
    """Keep each entity's newest change (by HLC); returns how many changes won.

    Each change must fit its kind's wire type at its version (``pos.sync.master.check``),
    or the whole push is refused with the reason (the terminal then sets the bad one
    aside); a version newer than this server knows is kept and passed on verbatim.
    """
    for c in changes:
        try:
            check(c)
        except MasterDataError as exc:
            raise ConflictError(exc.reason) from exc
    if not changes:
        return 0
    accepted = 0
    with engine.begin() as conn:
        seq = _lock_counter(conn, device.site_id)
        for c in changes:
            ins = _insert(conn, MasterDataRow).values(
                site_id=device.site_id, kind=c.kind, entity_id=c.entity_id, hlc=c.hlc,
                data=json.dumps(c.data, separators=(",", ":"), ensure_ascii=False), v=c.v,
                deleted=c.deleted, seq=seq + 1, updated_by=device.terminal_id)
            stmt = ins.on_conflict_do_update(
                index_elements=["site_id", "kind", "entity_id"],
                set_={"hlc": ins.excluded.hlc, "data": ins.excluded.data, "v": ins.excluded.v,
                      "deleted": ins.excluded.deleted, "seq": ins.excluded.seq,
                      "updated_by": ins.excluded.updated_by},
                # newer HLC wins; the same HLC from two terminals: the higher terminal id
                where=or_(MasterDataRow.hlc < ins.excluded.hlc,
                          and_(MasterDataRow.hlc == ins.excluded.hlc,
                               MasterDataRow.updated_by < ins.excluded.updated_by)),
            ).returning(MasterDataRow.seq)
            if conn.execute(stmt).first() is not None:
                seq += 1
                accepted += 1
        conn.execute(update(SiteRow).where(SiteRow.id == device.site_id).values(last_seq=seq))
    return accepted


def horizon(engine: Engine, site_id: str) -> int:
    """The site's last committed sequence number: every row at or below it is visible."""
    with engine.connect() as conn:
        return int(conn.scalar(select(SiteRow.last_seq).where(SiteRow.id == site_id)) or 0)


@dataclass(frozen=True, slots=True)
class Page:
    events: list[PulledEvent]
    master: list[PulledMaster]
    next_after: int
    more: bool
    horizon: int


def pull(engine: Engine, device: Device, after: int, limit: int) -> Page:
    """Others' events and master data with ``after < seq``, up to the committed horizon."""
    with engine.connect() as conn:
        top = int(conn.scalar(select(SiteRow.last_seq)
                              .where(SiteRow.id == device.site_id)) or 0)
        ev_rows = conn.execute(select(*ServerEventRow.__table__.c)
                               .where(ServerEventRow.site_id == device.site_id,
                                      ServerEventRow.seq > after, ServerEventRow.seq <= top)
                               .order_by(ServerEventRow.seq).limit(limit)).all()
        md_rows = conn.execute(select(*MasterDataRow.__table__.c)
                               .where(MasterDataRow.site_id == device.site_id,
                                      MasterDataRow.seq > after, MasterDataRow.seq <= top)
                               .order_by(MasterDataRow.seq).limit(limit)).all()
    # a full page covers only up to its last row; otherwise everything up to the horizon
    cursor = top
    if len(ev_rows) == limit:
        cursor = min(cursor, int(ev_rows[-1].seq))
    if len(md_rows) == limit:
        cursor = min(cursor, int(md_rows[-1].seq))
    cursor = max(cursor, after)
    events = [PulledEvent(seq=int(r.seq), event=WireEvent(
        id=r.id, order_id=r.order_id, type=r.type, hlc=r.hlc, terminal_id=r.terminal_id,
        actor_id=r.actor_id, occurred_at=r.occurred_at, payload=json.loads(r.payload), v=r.v))
        for r in ev_rows if r.seq <= cursor and r.terminal_id != device.terminal_id]
    master = [PulledMaster(seq=int(r.seq), change=MasterChange(
        kind=r.kind, entity_id=r.entity_id, hlc=r.hlc, data=json.loads(r.data),
        deleted=bool(r.deleted), v=r.v)) for r in md_rows if r.seq <= cursor]
    return Page(events, master, cursor, cursor < top, top)


def counts(engine: Engine, site_id: str) -> Mapping[str, int]:
    """Rows a site holds (for tests and the CLI)."""
    with engine.connect() as conn:
        return {
            "events": int(conn.scalar(select(func.count()).select_from(ServerEventRow)
                                      .where(ServerEventRow.site_id == site_id)) or 0),
            "distinct_ids": int(conn.scalar(select(func.count(ServerEventRow.id.distinct()))
                                            .where(ServerEventRow.site_id == site_id)) or 0),
            "master": int(conn.scalar(select(func.count()).select_from(MasterDataRow)
                                      .where(MasterDataRow.site_id == site_id,
                                             MasterDataRow.kind != STOCK_MOVEMENT)) or 0),
            "stock_movements": int(conn.scalar(
                select(func.count()).select_from(MasterDataRow)
                .where(MasterDataRow.site_id == site_id,
                       MasterDataRow.kind == STOCK_MOVEMENT)) or 0),
        }
