"""The terminal's raw SQL, as named queries: one module per concern.

Services call them with their session (on the hot path of order commands and sale
depletion, with the session's sqlite3 connection, fetched once per command) and get
plain values or domain types back, so the statements live next to the schema they are
written against (``pos.store.models``) and the services read as what they decide.
Simple reads and writes for screens stay ORM expressions in the services.
"""

from pos.store.queries import (
    analytics,
    connection,
    events,
    kds,
    kitchen,
    ledger,
    menu,
    orders,
    reports,
    staff,
    stock,
)
from pos.store.queries.connection import Db, data_version

__all__ = ["Db", "analytics", "connection", "data_version", "events", "kds", "kitchen", "ledger",
           "menu", "orders", "reports", "staff", "stock"]
