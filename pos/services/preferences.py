"""The terminal's own preferences (language, theme, text size...), kept in ``setting``.

Screens read and save them through this service, never through the store.
"""

from __future__ import annotations

from collections.abc import Mapping

from pos.services.context import Context, read_settings, write_setting


class Preferences:
    """Named text values in the store's ``setting`` table."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def all(self) -> dict[str, str]:
        with self.ctx.store.read() as s:
            return read_settings(s)

    def save(self, values: Mapping[str, str]) -> None:
        """Write the values in one transaction (the caller checked the permission)."""
        with self.ctx.store.unit_of_work() as uow:
            for key, value in values.items():
                write_setting(uow.session, key, value)
            uow.commit()
