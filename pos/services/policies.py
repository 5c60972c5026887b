"""Reactions inside a command's transaction, keyed by what happened.

A command (ring an item, send, pay …) states what it did as a typed fact and hands it
to ``Policies.react`` before it commits; every reaction registered for that fact's type
runs in the same transaction, so a print job or a stock movement exists exactly when
the command does, and a reaction that fails rolls the command back. Reactions are
registered once, in the composition root (``Terminal._register_policies``): kitchen
routing on send, fire and sent void; stock depletion on ring and void (a merge moves
lines, never food); the receipt and the cash drawer on payment. Loyalty and staff rules
register there too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from pos.domain.order import OrderState


@dataclass(frozen=True, slots=True)
class LinesFact:
    """Something that happened to some lines of a check; ``state`` is the check after it."""

    state: OrderState
    line_ids: tuple[str, ...]


class LinesRung(LinesFact):
    """Lines rung on a check (not yet sent)."""


class LinesVoided(LinesFact):
    """Lines voided, sent or not."""


class SentLinesVoided(LinesFact):
    """Lines voided that the kitchen already has (after ``LinesVoided``)."""


class LinesSent(LinesFact):
    """Lines sent to the kitchen now (not on hold)."""


class LinesHeld(LinesFact):
    """Lines sent on hold: the kitchen gets them when their course is fired."""


class CourseFired(LinesFact):
    """A held course fired: its lines go to the kitchen now."""


@dataclass(frozen=True, slots=True)
class PaymentTaken:
    """A payment taken on a check; ``state`` is the check after it (closed if it was the
    last one)."""

    state: OrderState
    payment_id: str


# The facts stock depletion reacts to.
STOCK_FACTS: tuple[type[LinesFact], ...] = (LinesRung, LinesVoided)

F = TypeVar("F")
Reaction = Callable[[Session, F], None]


class Policies:
    """What reacts to which fact, in the order registered."""

    def __init__(self) -> None:
        self._reactions: dict[type, list[Callable[[Session, Any], None]]] = {}

    def on(self, fact: type[F], reaction: Reaction[F]) -> None:
        self._reactions.setdefault(fact, []).append(reaction)

    def off(self, *facts: type) -> None:
        """Take every reaction to these facts away (a benchmark that measures a command
        alone, without the stock it would sell out)."""
        for fact in facts:
            self._reactions.pop(fact, None)

    def react(self, session: Session, fact: object) -> None:
        """Run the reactions to ``fact`` inside ``session``'s transaction. A lines fact
        with no lines is nothing that happened."""
        if isinstance(fact, LinesFact) and not fact.line_ids:
            return
        for reaction in self._reactions.get(type(fact), ()):
            reaction(session, fact)
