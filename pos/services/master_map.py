"""Which row attribute each master kind's wire field is: the one map both ways.

Recording a change reads a row into its kind's wire type (``pos.sync.master``);
applying a pulled one writes the wire type's fields into the row's columns. Each field
names its row attribute here, so a renamed column breaks this module (and mypy), never
the protocol; ``tests/services/test_master_record.py`` checks that every field and every
column is mapped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Table
from sqlalchemy.orm import InstrumentedAttribute

from pos.store.base import Base
from pos.store.models import (
    CategoryRow,
    IngredientRow,
    IngredientUnitRow,
    ItemModifierGroupRow,
    MenuItemRow,
    ModifierGroupRow,
    ModifierRow,
    PrinterRow,
    RecipeLineRow,
    RolePermissionRow,
    StaffRow,
    StationRow,
    StockLocationRow,
    SupplierRow,
    TaxRateRow,
)
from pos.sync import master

Attr = InstrumentedAttribute[Any]


@dataclass(frozen=True, slots=True)
class KindMap:
    """A master kind: its row class, its wire type, and each wire field's attribute."""

    row: type[Base]
    wire: type[master.MasterRecord]
    fields: Mapping[str, Attr]

    @property
    def table(self) -> Table:
        table = self.row.__table__
        assert isinstance(table, Table)
        return table

    def record(self, row: Base) -> master.MasterRecord:
        """The row as its wire type (validated: a row that does not fit raises)."""
        return self.wire.model_validate({f: getattr(row, a.key) for f, a in self.fields.items()})

    def key(self, row: Base) -> dict[str, str]:
        """The wire's key fields of ``row`` (what a deletion carries)."""
        return {f: str(getattr(row, self.fields[f].key)) for f in self.wire.KEY}

    def columns(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """Wire fields (all, or the key of a deletion) as the table's column values."""
        return {column(self.fields[f]).name: v for f, v in data.items()}


def column(attr: Attr) -> Column[Any]:
    col = attr.expression
    assert isinstance(col, Column)
    return col


def _kind(row: type[Base], wire_type: type[master.MasterRecord], **fields: Attr) -> KindMap:
    return KindMap(row, wire_type, fields)


KINDS: dict[str, KindMap] = {k.wire.KIND: k for k in (
    _kind(TaxRateRow, master.TaxRate, id=TaxRateRow.id, name=TaxRateRow.name,
          rate=TaxRateRow.rate, inclusive=TaxRateRow.inclusive),
    _kind(PrinterRow, master.Printer, id=PrinterRow.id, name=PrinterRow.name,
          transport=PrinterRow.transport, address=PrinterRow.address,
          columns=PrinterRow.columns, profile=PrinterRow.profile,
          codepage=PrinterRow.codepage, cutter=PrinterRow.cutter, buzzer=PrinterRow.buzzer,
          check_status=PrinterRow.check_status, active=PrinterRow.active),
    _kind(StationRow, master.Station, id=StationRow.id, name=StationRow.name,
          sort=StationRow.sort, printer_id=StationRow.printer_id,
          backup_printer_id=StationRow.backup_printer_id, output=StationRow.output),
    _kind(CategoryRow, master.MenuCategory, id=CategoryRow.id, name=CategoryRow.name,
          sort=CategoryRow.sort, color=CategoryRow.color, station_id=CategoryRow.station_id),
    _kind(ModifierGroupRow, master.ModifierGroup, id=ModifierGroupRow.id,
          name=ModifierGroupRow.name, min_choices=ModifierGroupRow.min_choices,
          max_choices=ModifierGroupRow.max_choices),
    _kind(ModifierRow, master.Modifier, id=ModifierRow.id, group_id=ModifierRow.group_id,
          name=ModifierRow.name, price_delta=ModifierRow.price_delta, sort=ModifierRow.sort),
    _kind(MenuItemRow, master.MenuItem, id=MenuItemRow.id, category_id=MenuItemRow.category_id,
          name=MenuItemRow.name, price=MenuItemRow.price, tax_rate_id=MenuItemRow.tax_rate_id,
          station_id=MenuItemRow.station_id, allergens=MenuItemRow.allergens,
          available=MenuItemRow.available, unavailable_reason=MenuItemRow.unavailable_reason,
          sort=MenuItemRow.sort, description=MenuItemRow.description),
    _kind(ItemModifierGroupRow, master.ItemModifierGroup, item_id=ItemModifierGroupRow.item_id,
          group_id=ItemModifierGroupRow.group_id, sort=ItemModifierGroupRow.sort),
    _kind(StaffRow, master.Staff, id=StaffRow.id, name=StaffRow.name, role=StaffRow.role,
          pin_hash=StaffRow.pin_hash, active=StaffRow.active),
    _kind(RolePermissionRow, master.RolePermission, role=RolePermissionRow.role,
          permission=RolePermissionRow.permission),
    _kind(SupplierRow, master.Supplier, id=SupplierRow.id, name=SupplierRow.name,
          contact=SupplierRow.contact, lead_days=SupplierRow.lead_days),
    _kind(StockLocationRow, master.StockLocation, id=StockLocationRow.id,
          name=StockLocationRow.name, sort=StockLocationRow.sort),
    _kind(IngredientRow, master.Ingredient, id=IngredientRow.id, name=IngredientRow.name,
          unit=IngredientRow.unit, cost_per_unit=IngredientRow.cost_per_unit,
          allergens=IngredientRow.allergens, supplier_id=IngredientRow.supplier_id,
          location_id=IngredientRow.location_id, reorder_point=IngredientRow.reorder_point,
          par_level=IngredientRow.par_level, pack_size=IngredientRow.pack_size,
          pack_name=IngredientRow.pack_name, active=IngredientRow.active),
    _kind(IngredientUnitRow, master.IngredientUnit, ingredient_id=IngredientUnitRow.ingredient_id,
          name=IngredientUnitRow.name, factor=IngredientUnitRow.factor),
    _kind(RecipeLineRow, master.RecipeLine, id=RecipeLineRow.id, item_id=RecipeLineRow.item_id,
          modifier_id=RecipeLineRow.modifier_id, ingredient_id=RecipeLineRow.ingredient_id,
          qty=RecipeLineRow.qty, action=RecipeLineRow.action,
          replaces_ingredient_id=RecipeLineRow.replaces_ingredient_id,
          revision=RecipeLineRow.revision),
)}
