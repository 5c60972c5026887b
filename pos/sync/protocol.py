"""Wire types of the sync protocol, shared by the server and the terminal's client.

Every request to ``/api/v1`` (but health) carries ``X-Pos-Protocol: <version>``; the
server accepts ``MIN_PROTOCOL_VERSION..PROTOCOL_VERSION`` and answers anything older
with 426 and a message a person can act on. Every answer carries the server's
database ``epoch`` (a new one after a restore from backup) and its clock, so a
terminal can notice both. Pydantic validates every payload on both sides; this
module imports no server code, so the terminal can use it alone.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from pos.domain.events import Event

# 2: a sale's stock movement is one row with its ingredient deltas in ``uses``; a
# version-1 terminal cannot read such a movement, so it is told to update.
# 3: a master change carries its kind's schema version ``v`` and its data is that
# kind's wire type (``pos.sync.master``); a version-2 terminal would refuse the field.
PROTOCOL_VERSION = 3
MIN_PROTOCOL_VERSION = 3
PROTOCOL_HEADER = "X-Pos-Protocol"
SERVER_TIME_HEADER = "X-Pos-Server-Time"
API_PREFIX = "/api/v1"

MAX_PUSH_EVENTS = 1000  # events in one push; the client sends fewer (PUSH_BATCH)
MAX_PULL_LIMIT = 2000
MAX_BODY_BYTES = 8 * 1024 * 1024  # a request body over this is refused with 413
MAX_PAYLOAD_KEYS = 200

# Master data kinds a terminal receives: the terminal table each one replaces rows of.
# In dependency order: a page of pulled changes is applied in this order, so a row
# arrives after the rows it refers to (a recipe line after its ingredient).
MASTER_KINDS = ("tax_rate", "printer", "station", "menu_category", "modifier_group",
                "modifier", "menu_item", "item_modifier_group", "staff", "role_permission",
                "supplier", "stock_location", "ingredient", "ingredient_unit", "recipe_line")
# Stock movements ride the master-data channel: each is one entity written once (its
# UUIDv7 id), so "last writer wins" is insert-once, and stock on hand is their sum.
STOCK_MOVEMENT = "stock_movement"
SERVER_KINDS = (*MASTER_KINDS, STOCK_MOVEMENT)

UuidStr = Annotated[str, StringConstraints(
    pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
HlcStr = Annotated[str, StringConstraints(pattern=r"^[0-9]{13}\.[0-9]{5}$")]
ShortStr = Annotated[str, StringConstraints(min_length=1, max_length=48)]
Text = Annotated[str, StringConstraints(max_length=200)]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WireEvent(_Wire):
    """An order event as it travels; the same fields as ``pos.domain.events.Event``.

    ``type`` is any short name: an event type this version does not know is stored and
    passed on verbatim, never dropped.
    """

    id: UuidStr
    order_id: UuidStr
    type: ShortStr
    hlc: HlcStr
    terminal_id: UuidStr
    actor_id: UuidStr | None = None
    occurred_at: Annotated[str, StringConstraints(min_length=10, max_length=40)]
    payload: dict[str, Any] = Field(max_length=MAX_PAYLOAD_KEYS)
    v: int = Field(default=1, ge=1, le=1000)

    @classmethod
    def of(cls, e: Event) -> WireEvent:
        return cls.model_validate(e.to_wire())

    def event(self) -> Event:
        return Event.from_wire(self.model_dump())


class PushRequest(_Wire):
    events: list[WireEvent] = Field(max_length=MAX_PUSH_EVENTS)


class ServerInfo(_Wire):
    epoch: str
    server_time: str  # ISO 8601, UTC


class PushResponse(ServerInfo):
    """Every pushed id with its sequence number, whether stored now or before."""

    acks: dict[str, int]
    stored: int  # how many of them were new


class PulledEvent(_Wire):
    seq: int
    event: WireEvent


class MasterChange(_Wire):
    """One master-data entity (a menu item, a tax rate, a person...) as a whole.

    ``data`` is the kind's wire type at version ``v`` (``pos.sync.master.check``
    validates it); a deletion carries only the entity's key fields. Last writer wins
    per entity by hybrid logical clock: the server keeps the change with the highest
    ``hlc``.
    """

    kind: Annotated[str, StringConstraints(max_length=32)]
    entity_id: Annotated[str, StringConstraints(min_length=1, max_length=80)]
    hlc: HlcStr
    data: dict[str, Any] = Field(max_length=MAX_PAYLOAD_KEYS)
    deleted: bool = False
    v: int = Field(default=1, ge=1, le=1000)


class PulledMaster(_Wire):
    seq: int
    change: MasterChange


class PullResponse(ServerInfo):
    """Changes with ``after < seq <= next_after``, in sequence order.

    ``events`` leaves out the asking terminal's own events (it has them); ``more`` says
    the page was full and the terminal should ask again from ``next_after``.
    """

    events: list[PulledEvent]
    master: list[PulledMaster]
    next_after: int
    more: bool
    horizon: int  # the site's last sequence number; below a terminal's cursor = restored


class MasterPushRequest(_Wire):
    changes: list[MasterChange] = Field(max_length=MAX_PUSH_EVENTS)


class MasterPushResponse(ServerInfo):
    accepted: int  # changes that won (newer than what the server had)


class EnrollRequest(_Wire):
    code: Annotated[str, StringConstraints(min_length=4, max_length=64)]
    terminal_id: UuidStr
    name: Text = ""


class EnrollResponse(ServerInfo):
    site_id: str
    site_name: str
    terminal_id: str
    token: str  # shown once; the server keeps only its hash
    terminal_code: str  # the site-unique letter this terminal's check numbers start with


class Health(_Wire):
    status: str
    protocol_version: int
    min_protocol_version: int
    epoch: str
    server_time: str


class ErrorBody(_Wire):
    """Every 4xx/5xx answer: ``detail`` is for people, ``code`` for programs."""

    code: str
    detail: str
