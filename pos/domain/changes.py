"""What a committed change touched: the one value every screen refreshes from.

A command's unit of work, and every page of others' changes applied by sync,
collect a ``Changes`` as they write; the store announces it once the transaction
has committed (never before: a screen must not show what could still roll back).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Changes:
    """Ids (or kinds) of what a committed transaction changed.

    Attributes:
        orders: ids of checks whose events or projections changed.
        tables: ids of tables whose checks came or went (opened, moved, merged, closed).
        stock: True when stock levels, limits or availability may have changed.
        master: kinds of master data changed (``menu_item``, ``printer``, ...).
        print_jobs: True when print jobs were queued or changed state.
        remote: True when the change came from another terminal (a sync pull).
    """

    orders: frozenset[str] = field(default=frozenset())
    tables: frozenset[str] = field(default=frozenset())
    stock: bool = False
    master: frozenset[str] = field(default=frozenset())
    print_jobs: bool = False
    remote: bool = False

    def __bool__(self) -> bool:
        return bool(self.orders or self.tables or self.stock or self.master
                    or self.print_jobs)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.orders | other.orders, self.tables | other.tables,
                       self.stock or other.stock, self.master | other.master,
                       self.print_jobs or other.print_jobs, self.remote or other.remote)


NOTHING = Changes()
