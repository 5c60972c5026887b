"""Floor plan: areas and tables with seats and positions."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Area:
    id: str
    name: str
    sort: int = 0


@dataclass(frozen=True, slots=True)
class Table:
    id: str
    area_id: str
    name: str
    seats: int
    x: int  # position on a 1000 x 1000 plan of the area
    y: int
    shape: str = "square"  # square | round | long
