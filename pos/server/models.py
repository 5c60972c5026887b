"""The server's own tables: sites, terminals, enrollment codes, events, master data."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Id = String(36)


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ServerMetaRow(ServerBase):
    """Facts about this database; ``epoch`` is new whenever the database is new.

    A restore from a backup brings an older epoch back only if the backup is of this
    very database; ``pos server`` gives a restored database a new epoch
    (``rotate_epoch``) so terminals re-push what the backup lacks.
    """

    __tablename__ = "server_meta"
    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SiteRow(ServerBase):
    """A restaurant. ``last_seq`` is the site's sequence counter: the row is locked by
    every push, so sequence numbers are handed out (and become visible) in commit order."""

    __tablename__ = "site"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    created_at: Mapped[str] = mapped_column(String(40))
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class TerminalRow(ServerBase):
    __tablename__ = "terminal"
    id: Mapped[str] = mapped_column(Id, primary_key=True)  # the terminal's own id
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 hex, never the token
    enrolled_at: Mapped[str] = mapped_column(String(40))
    revoked_at: Mapped[str | None] = mapped_column(String(40))
    last_seen_at: Mapped[str | None] = mapped_column(String(40))
    # The letter its check numbers start with (A-0042), unique in the site: the server
    # hands them out, so two terminals never print the same check number.
    code: Mapped[str] = mapped_column(String(8), default="", server_default="")


class EnrollmentCodeRow(ServerBase):
    __tablename__ = "enrollment_code"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), index=True)
    created_at: Mapped[str] = mapped_column(String(40))
    expires_at: Mapped[str] = mapped_column(String(40))
    used_at: Mapped[str | None] = mapped_column(String(40))
    used_by: Mapped[str | None] = mapped_column(Id)


class ServerEventRow(ServerBase):
    """Every order event once per site (unique id), with its site sequence number."""

    __tablename__ = "event"
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(Id)
    order_id: Mapped[str] = mapped_column(Id)
    terminal_id: Mapped[str] = mapped_column(Id)
    type: Mapped[str] = mapped_column(String(48))
    hlc: Mapped[str] = mapped_column(String(24))
    v: Mapped[int]
    actor_id: Mapped[str | None] = mapped_column(Id)
    occurred_at: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)  # JSON, verbatim
    received_at: Mapped[str] = mapped_column(String(40))

    __table_args__ = (
        UniqueConstraint("site_id", "id", name="uq_event_site_id_id"),
        Index("ix_event_site_id_order_id", "site_id", "order_id"),
    )


class MasterDataRow(ServerBase):
    """The newest version of one master-data entity (last writer wins by HLC): ``data``
    is its kind's wire type at version ``v``, kept verbatim."""

    __tablename__ = "master_data"
    site_id: Mapped[str] = mapped_column(ForeignKey("site.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(24))
    data: Mapped[str] = mapped_column(Text)  # JSON
    deleted: Mapped[bool] = mapped_column(default=False)
    seq: Mapped[int] = mapped_column(BigInteger)
    v: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    updated_by: Mapped[str] = mapped_column(Id)

    __table_args__ = (Index("ix_master_data_site_id_seq", "site_id", "seq"),)
