"""``/reports``: a business day's X report over every terminal of the caller's site."""

from typing import Annotated, Any

from fastapi import APIRouter, Query

from pos.domain.errors import ValidationError
from pos.server import reports
from pos.server.api.deps import Device, State
from pos.server.api.errors import ApiError

router = APIRouter(prefix="/reports", tags=["reports"])


@router.get("/day")
async def day_report(dev: Device, state: State,
                     date: Annotated[str, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")],
                     tz: str = "UTC", day_start: str = "04:00") -> dict[str, Any]:
    """The X report of a business day over every terminal of the caller's site
    (checks of that day, refunds made during it), folded from the site's events."""
    try:
        result: dict[str, Any] = await state.db(reports.site_day_report, dev, date, tz,
                                                day_start)
    except ValidationError as exc:
        raise ApiError(422, "invalid", exc.message) from exc
    return result
