"""API errors: one JSON body (``ErrorBody``) for every refusal, with a code and a reason."""

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from pos.sync.protocol import ErrorBody


class ApiError(Exception):
    def __init__(self, status: int, code: str, detail: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail, self.headers = status, code, detail, headers


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return JSONResponse(ErrorBody(code=exc.code, detail=exc.detail).model_dump(),
                        exc.status, headers=exc.headers)


async def _invalid(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    where = ["/".join(str(p) for p in e.get("loc", ())) + ": " + str(e.get("msg", ""))
             for e in errors[:3]]
    more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
    return JSONResponse(ErrorBody(code="invalid_payload",
                                  detail="The request was refused, nothing of it stored: "
                                         + "; ".join(where) + more).model_dump(), 422)


def install(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _invalid)
