"""Master data on the wire: one versioned type per kind, checked by sender and receiver.

A master change's ``data`` is the kind's wire type (``TaxRate``, ``MenuItem``...), not a
table row: the terminal maps its rows to these types explicitly (``pos.services``), so a
column renamed there changes nothing here, and a field changed here is a new ``VERSION``
of the kind. Version 1 of every kind has the fields a row carried before the types
existed, so what servers and outboxes already hold stays valid.

``check`` is the one rule both sides follow: a known kind at a version the reader knows
must validate (``extra="forbid"``); a deletion carries only the kind's key fields; a
version newer than the reader knows is kept and passed on verbatim, never dropped (as an
order event of an unknown type is), and applied by a reader that has learnt it.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from typing import Annotated, ClassVar

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints
from pydantic import ValidationError as PydanticValidationError

from pos.sync.protocol import MASTER_KINDS, SERVER_KINDS, STOCK_MOVEMENT, MasterChange


def _decimal_text(value: str) -> str:
    try:
        if Decimal(value).is_finite():
            return value
    except InvalidOperation:
        pass
    raise ValueError(f"{value!r} is not a decimal number")


def _json_codes(value: str) -> str:
    try:
        codes = json.loads(value)
    except ValueError:
        codes = None
    if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
        raise ValueError("allergens are a JSON list of codes")
    return value


Key = Annotated[str, StringConstraints(min_length=1, max_length=36)]  # an entity's id
Name = Annotated[str, StringConstraints(min_length=1, max_length=16)]  # a key that is a name
Permission = Annotated[str, StringConstraints(min_length=1, max_length=32)]
Str8 = Annotated[str, StringConstraints(max_length=8)]
Str10 = Annotated[str, StringConstraints(max_length=10)]
Str16 = Annotated[str, StringConstraints(max_length=16)]
Str24 = Annotated[str, StringConstraints(max_length=24)]
Str32 = Annotated[str, StringConstraints(max_length=32)]
Str40 = Annotated[str, StringConstraints(max_length=40)]
Str64 = Annotated[str, StringConstraints(max_length=64)]
Str120 = Annotated[str, StringConstraints(max_length=120)]
Str200 = Annotated[str, StringConstraints(max_length=200)]
Text = Annotated[str, StringConstraints(max_length=20000)]
Json = Annotated[str, StringConstraints(max_length=200000)]
DecimalText = Annotated[str, StringConstraints(min_length=1, max_length=32),
                        AfterValidator(_decimal_text)]
Codes = Annotated[str, StringConstraints(max_length=4000), AfterValidator(_json_codes)]


class MasterRecord(BaseModel):
    """One master-data entity as it travels; ``KEY`` names the fields of its entity id."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    KIND: ClassVar[str]
    # Every kind is at its first version. A kind whose fields change gets the next one,
    # and its readers keep reading the older versions (upcast), as events' ``v`` are.
    VERSION: ClassVar[int] = 1
    KEY: ClassVar[tuple[str, ...]] = ("id",)

    def entity_id(self) -> str:
        return ":".join(str(getattr(self, k)) for k in self.KEY)


class TaxRate(MasterRecord):
    KIND = "tax_rate"
    id: Key
    name: Str64
    rate: DecimalText  # a fraction: "0.19"
    inclusive: bool


class Printer(MasterRecord):
    KIND = "printer"
    id: Key
    name: Str64
    transport: Str16
    address: Str200
    columns: int
    profile: Str32
    codepage: Str16
    cutter: bool
    buzzer: bool
    check_status: bool
    active: bool


class Station(MasterRecord):
    KIND = "station"
    id: Key
    name: Str64
    sort: int
    printer_id: Key | None
    backup_printer_id: Key | None
    output: Str8


class MenuCategory(MasterRecord):
    KIND = "menu_category"
    id: Key
    name: Str64
    sort: int
    color: Str16
    station_id: Key | None


class ModifierGroup(MasterRecord):
    KIND = "modifier_group"
    id: Key
    name: Str64
    min_choices: int
    max_choices: int


class Modifier(MasterRecord):
    KIND = "modifier"
    id: Key
    group_id: Key
    name: Str64
    price_delta: int  # minor units
    sort: int


class MenuItem(MasterRecord):
    KIND = "menu_item"
    id: Key
    category_id: Key
    name: Str120
    price: int  # minor units
    tax_rate_id: Key
    station_id: Key | None
    allergens: Codes
    available: bool
    unavailable_reason: Str200
    sort: int
    description: Text


class ItemModifierGroup(MasterRecord):
    KIND = "item_modifier_group"
    KEY = ("item_id", "group_id")
    item_id: Key
    group_id: Key
    sort: int


class Staff(MasterRecord):
    KIND = "staff"
    id: Key
    name: Str64
    role: Str16
    pin_hash: Str200  # scrypt$N$r$p$salt$hash, never the PIN
    active: bool


class RolePermission(MasterRecord):
    KIND = "role_permission"
    KEY = ("role", "permission")
    role: Name
    permission: Permission


class Supplier(MasterRecord):
    KIND = "supplier"
    id: Key
    name: Str120
    contact: Str200
    lead_days: int


class StockLocation(MasterRecord):
    KIND = "stock_location"
    id: Key
    name: Str64
    sort: int


class Ingredient(MasterRecord):
    KIND = "ingredient"
    id: Key
    name: Str120
    unit: Str8  # base unit: g | ml | piece
    cost_per_unit: DecimalText  # minor units per base unit
    allergens: Codes
    supplier_id: Key | None
    location_id: Key
    reorder_point: int
    par_level: int
    pack_size: int
    pack_name: Str32
    active: bool


class IngredientUnit(MasterRecord):
    KIND = "ingredient_unit"
    KEY = ("ingredient_id", "name")
    ingredient_id: Key
    name: Name
    factor: DecimalText  # base units in one of this unit


class RecipeLine(MasterRecord):
    """A line of an item's or an option's recipe. Version 2: ``revision``, the save it
    belongs to ("hlc|id"): the newest save of a recipe replaces the lines of older ones
    (version 1 lines, without it, are older than any save)."""

    KIND = "recipe_line"
    VERSION = 2
    id: Key
    item_id: Key | None
    modifier_id: Key | None
    ingredient_id: Key
    qty: int
    action: Str8
    replaces_ingredient_id: Key | None
    revision: Str64 = ""


class StockMovement(MasterRecord):
    """A stock movement: insert-once (its id: a UUIDv7, or derived from its cause), never
    changed or deleted.

    Version 2 (schema 0013): a ``count`` is a snapshot of the shelf (``counted``), a
    ``limit`` one of the portions left (``counted``; None: lifted), a ``line_void`` the
    tombstone of a line's sale. In version 1 counts and limits were deltas: read as
    ``count_delta`` and ``limit_delta`` (``upcast``), they keep that meaning.
    """

    KIND = STOCK_MOVEMENT
    VERSION = 2
    id: Key
    terminal_id: Key
    hlc: Str24
    occurred_at: Str40
    business_date: Str10
    kind: Name
    ingredient_id: Key | None
    location_id: Key | None
    item_id: Key | None
    delta: int
    counted: int | None
    unit_cost: DecimalText | None
    reason: Text
    ref_id: Key | None
    actor_id: Key | None
    uses: Json | None  # a sale's ingredient deltas

    def upcast(self, version: int) -> StockMovement:
        """This movement as the current version means it, sent at ``version``."""
        if version < 2 and self.kind in _DELTA_KINDS_V1:
            return self.model_copy(update={"kind": _DELTA_KINDS_V1[self.kind]})
        return self


_DELTA_KINDS_V1 = {"count": "count_delta", "limit": "limit_delta"}


MASTER_TYPES: dict[str, type[MasterRecord]] = {t.KIND: t for t in (
    TaxRate, Printer, Station, MenuCategory, ModifierGroup, Modifier, MenuItem,
    ItemModifierGroup, Staff, RolePermission, Supplier, StockLocation, Ingredient,
    IngredientUnit, RecipeLine, StockMovement)}
assert tuple(MASTER_TYPES) == SERVER_KINDS, "a wire type for every kind, in MASTER_KINDS order"
assert STOCK_MOVEMENT not in MASTER_KINDS


class MasterDataError(ValueError):
    """A master change whose data does not fit its kind: ``reason`` says what is wrong."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check(change: MasterChange) -> MasterRecord | None:
    """The change's data as its kind's wire type; None when it is a deletion or of a newer
    version than this side knows (to keep verbatim). Raises ``MasterDataError``."""
    wire = MASTER_TYPES.get(change.kind)
    if wire is None:
        raise MasterDataError(f"Unknown master-data kind {change.kind!r}.")
    if change.v > wire.VERSION:
        return None
    where = f"{change.kind} {change.entity_id}"
    if change.deleted:
        if set(change.data) != set(wire.KEY) or not all(
                isinstance(change.data[k], str) for k in wire.KEY):
            raise MasterDataError(f"{where}: a deletion carries only {', '.join(wire.KEY)}.")
        key = ":".join(change.data[k] for k in wire.KEY)
        record = None
    else:
        try:
            record = wire.model_validate(change.data)
        except PydanticValidationError as exc:
            first = exc.errors()[0]
            field = "/".join(str(p) for p in first.get("loc", ())) or "data"
            raise MasterDataError(f"{where} is not a valid {change.kind} version "
                                  f"{change.v}: {field}: {first['msg']}.") from exc
        key = record.entity_id()
    if key != change.entity_id:
        raise MasterDataError(f"{where}: its data is of entity {key}.")
    return record


def change_of(record: MasterRecord, hlc: str) -> MasterChange:
    """A change that writes ``record`` (stamped ``hlc``) at its kind's version."""
    return MasterChange(kind=record.KIND, entity_id=record.entity_id(), hlc=hlc,
                        data=record.model_dump(), v=record.VERSION)
