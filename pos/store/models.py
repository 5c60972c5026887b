"""Typed SQLAlchemy models (``*Row``): master data, the event log, projections, audit."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column

from pos.store.base import Base

# Ids are canonical UUID strings (36 chars): readable in the sqlite shell, and the
# same on the sync wire.
Id = String(36)


class SettingRow(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class TaxRateRow(Base):
    __tablename__ = "tax_rate"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    rate: Mapped[str] = mapped_column(String(16))  # a Decimal fraction as text: "0.19"
    inclusive: Mapped[bool]


class PrinterRow(Base):
    """A receipt or kitchen printer: where it is and how it wants its bytes."""

    __tablename__ = "printer"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    transport: Mapped[str] = mapped_column(String(16), default="network")  # network | file
    address: Mapped[str] = mapped_column(String(200))  # host:port, or a file path
    columns: Mapped[int] = mapped_column(default=42)  # 32 / 42 / 48
    profile: Mapped[str] = mapped_column(String(32), default="default")
    codepage: Mapped[str] = mapped_column(String(16), default="CP858")
    cutter: Mapped[bool] = mapped_column(default=True)
    buzzer: Mapped[bool] = mapped_column(default=False)
    check_status: Mapped[bool] = mapped_column(default=True)  # answers DLE EOT
    active: Mapped[bool] = mapped_column(default=True)


class StationRow(Base):
    __tablename__ = "station"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    sort: Mapped[int] = mapped_column(default=0)
    printer_id: Mapped[str | None] = mapped_column(ForeignKey("printer.id"))
    backup_printer_id: Mapped[str | None] = mapped_column(ForeignKey("printer.id"))
    output: Mapped[str] = mapped_column(String(8), default="printer",
                                        server_default="printer")  # printer | kds | both


class CategoryRow(Base):
    __tablename__ = "menu_category"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    sort: Mapped[int] = mapped_column(default=0)
    color: Mapped[str] = mapped_column(String(16), default="")
    # Items without a station of their own are routed to their category's.
    station_id: Mapped[str | None] = mapped_column(ForeignKey("station.id"))


class MenuItemRow(Base):
    __tablename__ = "menu_item"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    category_id: Mapped[str] = mapped_column(ForeignKey("menu_category.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    price: Mapped[int]  # minor units
    tax_rate_id: Mapped[str] = mapped_column(ForeignKey("tax_rate.id"))
    station_id: Mapped[str | None] = mapped_column(ForeignKey("station.id"))
    allergens: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of codes
    available: Mapped[bool] = mapped_column(default=True)
    unavailable_reason: Mapped[str] = mapped_column(String(200), default="")
    sort: Mapped[int] = mapped_column(default=0)
    description: Mapped[str] = mapped_column(Text, default="")


class ModifierGroupRow(Base):
    __tablename__ = "modifier_group"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    min_choices: Mapped[int] = mapped_column(default=0)
    max_choices: Mapped[int] = mapped_column(default=1)


class ModifierRow(Base):
    __tablename__ = "modifier"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("modifier_group.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    price_delta: Mapped[int] = mapped_column(default=0)
    sort: Mapped[int] = mapped_column(default=0)


class ItemModifierGroupRow(Base):
    __tablename__ = "item_modifier_group"
    item_id: Mapped[str] = mapped_column(ForeignKey("menu_item.id"), primary_key=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("modifier_group.id"), primary_key=True)
    sort: Mapped[int] = mapped_column(default=0)


class AreaRow(Base):
    __tablename__ = "area"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    sort: Mapped[int] = mapped_column(default=0)


class TableRow(Base):
    __tablename__ = "dining_table"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    area_id: Mapped[str] = mapped_column(ForeignKey("area.id"), index=True)
    name: Mapped[str] = mapped_column(String(16))
    seats: Mapped[int]
    x: Mapped[int]
    y: Mapped[int]
    shape: Mapped[str] = mapped_column(String(16), default="square")


class StaffRow(Base):
    __tablename__ = "staff"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200))  # scrypt$N$r$p$salt$hash, never the PIN
    active: Mapped[bool] = mapped_column(default=True)


class RolePermissionRow(Base):
    __tablename__ = "role_permission"
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    permission: Mapped[str] = mapped_column(String(32), primary_key=True)


class EventRow(Base):
    """The append-only order event log; also the sync outbox (``server_seq`` NULL = pending)."""

    __tablename__ = "event"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    order_id: Mapped[str] = mapped_column(Id)
    terminal_id: Mapped[str] = mapped_column(Id)
    local_seq: Mapped[int] = mapped_column(Integer, unique=True)
    hlc: Mapped[str] = mapped_column(String(24))
    type: Mapped[str] = mapped_column(String(32))
    v: Mapped[int] = mapped_column(default=1)
    payload: Mapped[str] = mapped_column(Text)  # JSON
    occurred_at: Mapped[str] = mapped_column(String(40))
    actor_id: Mapped[str | None] = mapped_column(Id)
    server_seq: Mapped[int | None] = mapped_column(Integer)
    acked_at: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = (
        Index("ix_event_order_id_hlc", "order_id", "hlc"),
        Index("ix_event_server_seq", "server_seq"),
    )


class OrderRow(Base):
    """Projection of an order's current state, rewritten in the event's transaction."""

    __tablename__ = "orders"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    check_number: Mapped[str] = mapped_column(String(32))
    table_id: Mapped[str | None] = mapped_column(Id)
    table_name: Mapped[str] = mapped_column(String(32), default="")
    covers: Mapped[int] = mapped_column(default=0)
    server_id: Mapped[str] = mapped_column(Id)
    status: Mapped[str] = mapped_column(String(16))
    business_date: Mapped[str] = mapped_column(String(10))
    opened_at: Mapped[str] = mapped_column(String(40))
    closed_at: Mapped[str | None] = mapped_column(String(40))
    currency: Mapped[str] = mapped_column(String(3))
    gross: Mapped[int] = mapped_column(default=0)
    discount_total: Mapped[int] = mapped_column(default=0)
    # the service charge's amount, and the tax rate it is taxed at (None: not taxed)
    service_charge: Mapped[int] = mapped_column(default=0, server_default=text("0"))
    service_charge_tax_rate_id: Mapped[str | None] = mapped_column(Id)
    tax_total: Mapped[int] = mapped_column(default=0)
    total: Mapped[int] = mapped_column(default=0)
    paid: Mapped[int] = mapped_column(default=0)
    tips: Mapped[int] = mapped_column(default=0)
    balance: Mapped[int] = mapped_column(default=0)
    flags: Mapped[str] = mapped_column(String(200), default="")
    last_hlc: Mapped[str] = mapped_column(String(24), default="")
    rush: Mapped[bool] = mapped_column(default=False, server_default=false())

    __table_args__ = (
        Index("ix_orders_status_table", "status", "table_id"),
        Index("ix_orders_business_date", "business_date"),
    )


class OrderLineRow(Base):
    __tablename__ = "order_line"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"),
                                          index=True)
    item_id: Mapped[str] = mapped_column(Id)
    name: Mapped[str] = mapped_column(String(120))
    qty: Mapped[int]
    unit_price: Mapped[int]
    modifiers: Mapped[str] = mapped_column(Text, default="[]")  # JSON
    seat: Mapped[int | None]
    course: Mapped[int] = mapped_column(default=1)
    note: Mapped[str] = mapped_column(Text, default="")
    station: Mapped[str | None] = mapped_column(String(64))
    category_id: Mapped[str] = mapped_column(Id)
    tax_rate_id: Mapped[str] = mapped_column(Id)
    allergens: Mapped[str] = mapped_column(Text, default="[]")
    status: Mapped[str] = mapped_column(String(16))
    void_reason: Mapped[str] = mapped_column(Text, default="")
    gross: Mapped[int]
    discount: Mapped[int]
    net: Mapped[int]


class PaymentRow(Base):
    __tablename__ = "payment"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"),
                                          index=True)
    part_id: Mapped[str | None] = mapped_column(Id)
    tender: Mapped[str] = mapped_column(String(16))
    amount: Mapped[int]
    tendered: Mapped[int]
    change: Mapped[int]
    tip: Mapped[int]
    reference: Mapped[str] = mapped_column(String(120), default="")
    refunded: Mapped[int] = mapped_column(default=0)


class OrderDiscountRow(Base):
    """Projection of each discount on an order, with what it took off."""

    __tablename__ = "order_discount"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"),
                                          index=True)
    line_id: Mapped[str | None] = mapped_column(Id)
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[int]
    reason: Mapped[str] = mapped_column(Text, default="")
    approved_by: Mapped[str | None] = mapped_column(Id)
    amount: Mapped[int]


class ZReportRow(Base):
    """A closed business day: its figures, frozen, numbered and hash-chained."""

    __tablename__ = "z_report"
    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    business_date: Mapped[str] = mapped_column(String(10), unique=True)
    terminal_id: Mapped[str] = mapped_column(Id)
    closed_at: Mapped[str] = mapped_column(String(40))
    closed_by: Mapped[str] = mapped_column(Id)
    forced: Mapped[bool]
    figures: Mapped[str] = mapped_column(Text)  # canonical JSON of the report
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class DayTotalRow(Base):
    """Roll-ups of a closed business day, written with its Z report (the day can no
    longer change), so analytics over months read a few rows per day."""

    __tablename__ = "day_total"
    business_date: Mapped[str] = mapped_column(String(10), primary_key=True)
    checks: Mapped[int]
    covers: Mapped[int]
    net: Mapped[int]


class DayItemRow(Base):
    __tablename__ = "day_item"
    business_date: Mapped[str] = mapped_column(String(10), primary_key=True)
    item_id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), primary_key=True)
    category_id: Mapped[str] = mapped_column(Id)
    qty: Mapped[int]
    net: Mapped[int]


class DayPairRow(Base):
    __tablename__ = "day_pair"
    business_date: Mapped[str] = mapped_column(String(10), primary_key=True)
    label: Mapped[str] = mapped_column(String(250), primary_key=True)  # "A + B"
    orders: Mapped[int]


class DayHourRow(Base):
    __tablename__ = "day_hour"
    business_date: Mapped[str] = mapped_column(String(10), primary_key=True)
    hour: Mapped[int] = mapped_column(primary_key=True)  # local hour the checks opened
    checks: Mapped[int]
    net: Mapped[int]


class CheckCounterRow(Base):
    """The business-day sequence behind check numbers like ``A-0042``."""

    __tablename__ = "check_counter"
    business_date: Mapped[str] = mapped_column(String(10), primary_key=True)
    last: Mapped[int] = mapped_column(default=0)


class AuditRow(Base):
    """Append-only audit log; each row's hash covers its fields and the previous hash."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(Id, unique=True)
    at: Mapped[str] = mapped_column(String(40))
    terminal_id: Mapped[str] = mapped_column(Id)
    actor_id: Mapped[str | None] = mapped_column(Id)
    approver_id: Mapped[str | None] = mapped_column(Id)
    action: Mapped[str] = mapped_column(String(48))
    detail: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class PrintJobRow(Base):
    """A ticket or receipt to print: written in the transaction of what caused it.

    ``status``: pending, sending (a delivery was under way; found so after a crash it
    may have printed), printed, cancelled. ``maybe_printed`` makes the next attempt
    say RESENT on paper; ``rerouted_from`` names the printer a backup stands in for.
    """

    __tablename__ = "print_job"
    id: Mapped[str] = mapped_column(Id, primary_key=True)  # UUIDv7: sorts by creation
    created_at: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(16))  # ticket | receipt
    ticket_kind: Mapped[str] = mapped_column(String(16), default="")  # new|fire|void|reprint
    order_id: Mapped[str | None] = mapped_column(Id, index=True)
    station: Mapped[str | None] = mapped_column(String(64))
    printer_id: Mapped[str] = mapped_column(ForeignKey("printer.id"))
    planned_printer_id: Mapped[str] = mapped_column(ForeignKey("printer.id"))
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(default=0)
    maybe_printed: Mapped[bool] = mapped_column(default=False)
    rerouted_from: Mapped[str | None] = mapped_column(String(64))
    last_error: Mapped[str] = mapped_column(Text, default="")
    document: Mapped[str] = mapped_column(Text)  # JSON of the layout input
    printed_at: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = (Index("ix_print_job_status", "status"),)


# --- inventory: ingredients, recipes, stock movements, purchasing --------------------------


class SupplierRow(Base):
    __tablename__ = "supplier"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    contact: Mapped[str] = mapped_column(String(200), default="")  # phone, e-mail, rep
    lead_days: Mapped[int] = mapped_column(default=1)


class StockLocationRow(Base):
    """Where stock is kept and counted: walk-in, dry store, bar, cellar."""

    __tablename__ = "stock_location"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    sort: Mapped[int] = mapped_column(default=0)


class IngredientRow(Base):
    """Something the kitchen or bar uses up, counted in its base unit (g, ml or piece)."""

    __tablename__ = "ingredient"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    unit: Mapped[str] = mapped_column(String(8))  # base unit: g | ml | piece
    # Moving-average cost in minor units per base unit, Decimal text ("1.85" cents / g).
    cost_per_unit: Mapped[str] = mapped_column(String(32), default="0")
    allergens: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of codes
    supplier_id: Mapped[str | None] = mapped_column(ForeignKey("supplier.id"))
    location_id: Mapped[str] = mapped_column(ForeignKey("stock_location.id"))
    reorder_point: Mapped[int] = mapped_column(default=0)  # base units
    par_level: Mapped[int] = mapped_column(default=0)  # base units
    pack_size: Mapped[int] = mapped_column(default=1)  # base units in one purchase pack
    pack_name: Mapped[str] = mapped_column(String(32), default="")  # "case of 24", "5 kg sack"
    active: Mapped[bool] = mapped_column(default=True)


class IngredientUnitRow(Base):
    """A unit an ingredient is also measured in: ``factor`` base units each (Decimal text)."""

    __tablename__ = "ingredient_unit"
    ingredient_id: Mapped[str] = mapped_column(ForeignKey("ingredient.id", ondelete="CASCADE"),
                                               primary_key=True)
    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    factor: Mapped[str] = mapped_column(String(32))


class RecipeLineRow(Base):
    """One ingredient of a menu item's or a modifier's recipe.

    Item lines are ``use``. A modifier's line can ``add`` an ingredient, ``remove``
    one of the item's (all of it), or ``replace`` ``replaces_ingredient_id`` by this
    ingredient (``qty`` 0 = the same quantity as the replaced one).
    """

    __tablename__ = "recipe_line"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    item_id: Mapped[str | None] = mapped_column(ForeignKey("menu_item.id", ondelete="CASCADE"),
                                                index=True)
    modifier_id: Mapped[str | None] = mapped_column(
        ForeignKey("modifier.id", ondelete="CASCADE"), index=True)
    ingredient_id: Mapped[str] = mapped_column(ForeignKey("ingredient.id"), index=True)
    qty: Mapped[int]  # base units per portion
    action: Mapped[str] = mapped_column(String(8), default="use")
    replaces_ingredient_id: Mapped[str | None] = mapped_column(ForeignKey("ingredient.id"))
    # The recipe as one entity: every line of one save shares its "hlc|id"; merged from
    # other terminals, the newest save replaces an owner's lines (never a union of two).
    revision: Mapped[str] = mapped_column(String(64), default="", server_default="")


class StockMovementRow(Base):
    """Every change of stock, as a delta in base units. Stock on hand is their sum.

    Made on any terminal with a UUIDv7 id, stamped with the terminal and its hybrid
    logical clock, so movements merge across terminals by insert-or-ignore.
    ``exported_at`` NULL = not yet handed to sync (the movement outbox). A movement
    with ``item_id`` and no ``ingredient_id`` counts portions of a limited item.
    """

    __tablename__ = "stock_movement"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    terminal_id: Mapped[str] = mapped_column(Id)
    hlc: Mapped[str] = mapped_column(String(24))
    occurred_at: Mapped[str] = mapped_column(String(40))
    business_date: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(16))
    ingredient_id: Mapped[str | None] = mapped_column(Id)
    location_id: Mapped[str | None] = mapped_column(Id)
    item_id: Mapped[str | None] = mapped_column(Id)
    delta: Mapped[int]
    counted: Mapped[int | None]  # a count's counted quantity (delta = counted - expected)
    unit_cost: Mapped[str | None] = mapped_column(String(32))  # receipts: Decimal text
    reason: Mapped[str] = mapped_column(Text, default="")
    ref_id: Mapped[str | None] = mapped_column(Id)  # order line, purchase order, transfer
    actor_id: Mapped[str | None] = mapped_column(Id)
    exported_at: Mapped[str | None] = mapped_column(String(40))
    # A sold line's depletion is one row, not one per ingredient: ``uses`` holds its
    # ingredient deltas as JSON ``[[ingredient_id, location_id, delta], ...]`` (fixed
    # when it was sold, so a later recipe change leaves it alone), ``ingredient_id`` is
    # NULL and ``delta`` counts portions of a limited item (0 otherwise). Readers expand
    # it with ``expanded_movements``; rows written before 0010 are per ingredient. From
    # 0013 ``delta`` of a sale is always its portions (-qty), limited or not, and the
    # rules of ``pos.domain.stock_ledger`` say what each kind does to the levels.
    uses: Mapped[str | None] = mapped_column(Text)
    # 1: this terminal's sale whose ``uses`` are not yet added to ``stock_level`` (the
    # fold adds them in batches, off the sale's commit; readers add them meanwhile).
    # Local state: it does not travel with the movement.
    to_fold: Mapped[int | None]

    # Every index here is paid for by each sale's commit, so a sale's row enters only the
    # primary key and the to_fold index when it is written; the fold (batched, off the
    # sale's commit) clears ``to_fold``, which moves it into the day and outbox indexes:
    # ``ref_id`` (a void finds its line's depletion; a line's first sale has the line's
    # id and is found by primary key, so it is left out), ``business_date, kind``
    # (reports by day), the folded movements not yet exported (the outbox stays a
    # page or two, whatever the log's size), and ``hlc`` (what happened after a count
    # or a limit that arrived late). No per-ingredient index: stock on hand is read from
    # ``stock_level``. Queries name the partial condition to use an index.
    __table_args__ = (
        Index("ix_stock_movement_ref_id", "ref_id", sqlite_where=text("id != ref_id")),
        Index("ix_stock_movement_day_kind", "business_date", "kind",
              sqlite_where=text("to_fold IS NULL")),
        Index("ix_stock_movement_to_fold", "id", sqlite_where=text("to_fold = 1")),
        Index("ix_stock_movement_pending", "id",
              sqlite_where=text("exported_at IS NULL AND to_fold IS NULL")),
        Index("ix_stock_movement_hlc", "hlc", sqlite_where=text("to_fold IS NULL")),
    )


class InventoryVersionRow(Base):
    """One row: a random stamp that triggers change whenever a recipe line or an
    ingredient is written, by anyone (the editor, an import, sync). The sale path keeps
    recipes in memory under this stamp, so it reads one small row instead of recipes."""

    __tablename__ = "inventory_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    recipes: Mapped[int] = mapped_column(default=0)


class StockLevelRow(Base):
    """Projection: an ingredient's stock at a location, its latest count plus the
    effects after it, kept in the movement's transaction (and rebuildable from the
    movements: ``pos.domain.stock_ledger.replay``)."""

    __tablename__ = "stock_level"
    ingredient_id: Mapped[str] = mapped_column(Id, primary_key=True)
    location_id: Mapped[str] = mapped_column(Id, primary_key=True)
    on_hand: Mapped[int] = mapped_column(default=0)
    # "hlc|id" of the count ``on_hand`` starts from ('' : none); earlier effects are in it.
    count_hlc: Mapped[str] = mapped_column(String(64), default="", server_default="")


class ItemStockRow(Base):
    """An item's stock state, local and derived: a manager's limit ("8 left": its latest
    limit plus the sales and voids after it) and why stock 86's it now (``auto_reason``,
    '' when it can be made). A manager's own 86 is ``menu_item.available``, master data
    that stock never touches."""

    __tablename__ = "item_stock"
    item_id: Mapped[str] = mapped_column(ForeignKey("menu_item.id", ondelete="CASCADE"),
                                         primary_key=True)
    limited: Mapped[bool] = mapped_column(default=False)
    remaining: Mapped[int] = mapped_column(default=0)
    # "hlc|id" of the limit ``remaining`` starts from ('' : none).
    limit_hlc: Mapped[str] = mapped_column(String(64), default="", server_default="")
    auto_reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class IngredientCostRow(Base):
    """History of an ingredient's cost, for margins before and after a change."""

    __tablename__ = "ingredient_cost"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    ingredient_id: Mapped[str] = mapped_column(ForeignKey("ingredient.id", ondelete="CASCADE"))
    at: Mapped[str] = mapped_column(String(40))
    cost_per_unit: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(16))  # receipt | manual | import

    __table_args__ = (Index("ix_ingredient_cost_ingredient_at", "ingredient_id", "at"),)


class PurchaseOrderRow(Base):
    __tablename__ = "purchase_order"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    supplier_id: Mapped[str] = mapped_column(ForeignKey("supplier.id"))
    status: Mapped[str] = mapped_column(String(16))  # draft | sent | partial | received
    created_at: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str | None] = mapped_column(Id)
    received_at: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")


class PurchaseOrderLineRow(Base):
    __tablename__ = "purchase_order_line"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    po_id: Mapped[str] = mapped_column(ForeignKey("purchase_order.id", ondelete="CASCADE"),
                                       index=True)
    ingredient_id: Mapped[str] = mapped_column(ForeignKey("ingredient.id"))
    packs: Mapped[int]
    pack_size: Mapped[int]  # base units per pack when ordered
    pack_price: Mapped[int]  # minor units, expected
    received_packs: Mapped[int] = mapped_column(default=0)
    received_cost: Mapped[int] = mapped_column(default=0)  # minor units actually paid


class MasterOutboxRow(Base):
    """A master-data change made here and not yet sent to the server: one row per entity
    (menu item, printer, staff member...), its kind's wire type at version ``v`` as JSON,
    stamped with the hybrid logical clock. Written in the change's own transaction by the
    service that made it (``pos.services.master_record``); a later change of the same
    entity replaces it. ``refused`` holds the server's reason when it would not take it."""

    __tablename__ = "master_outbox"
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(24))
    data: Mapped[str] = mapped_column(Text)  # JSON
    deleted: Mapped[bool] = mapped_column(default=False)
    refused: Mapped[str | None] = mapped_column(Text)
    v: Mapped[int] = mapped_column(default=1, server_default=text("1"))


class MasterHeldRow(Base):
    """A pulled master change this terminal could not apply (a kind or version newer
    than it knows, or data that does not fit): kept verbatim with the reason, never
    dropped, and tried again with every pulled page (so an updated terminal applies it)."""

    __tablename__ = "master_held"
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(24))
    v: Mapped[int]
    data: Mapped[str] = mapped_column(Text)  # JSON, verbatim
    deleted: Mapped[bool] = mapped_column(default=False)
    reason: Mapped[str] = mapped_column(Text)


class SyncRefusedRow(Base):
    """An event of this terminal the server refused: set aside (not pushed again until a
    manager retries it) so the events after it still go up."""

    __tablename__ = "sync_refused"
    event_id: Mapped[str] = mapped_column(Id, primary_key=True)
    refused_at: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
