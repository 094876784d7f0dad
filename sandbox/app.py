"""The sandbox application: every Terrascope service under one loopback base URL (see context.py)."""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI, HTTPException, Request

from . import downloads, opensearch, ows, stac, titiler
from .context import REALM_PATH, SandboxContext
from .faults import FaultAndStatsMiddleware, FaultTable
from .oidc import Realm


def make_control_router(ctx: SandboxContext) -> APIRouter:
    """``/_sandbox/...``: knobs for tests and benchmarks (never part of the real service)."""
    router = APIRouter()

    @router.get("/stats")
    async def stats() -> list[dict[str, Any]]:
        return ctx.stats.snapshot()

    @router.post("/stats/reset")
    async def stats_reset() -> dict[str, str]:
        ctx.stats.reset()
        return {"status": "ok"}

    @router.post("/faults")
    async def add_fault(request: Request) -> dict[str, Any]:
        try:
            fault = ctx.faults.add(**(await request.json()))
        except (TypeError, ValueError) as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from exc
        return {"path": fault.path, "kind": fault.kind}

    @router.delete("/faults")
    async def clear_faults() -> dict[str, str]:
        ctx.faults.clear()
        return {"status": "ok"}

    @router.post("/config")
    async def config(request: Request) -> dict[str, Any]:
        body = await request.json()
        for key in ("access_token_lifetime", "refresh_token_lifetime"):
            if key in body:
                setattr(ctx, key, int(body[key]))
        return {
            "access_token_lifetime": ctx.access_token_lifetime,
            "refresh_token_lifetime": ctx.refresh_token_lifetime,
        }

    @router.post("/revoke")
    async def revoke() -> dict[str, str]:
        ctx.realm.revoke_all()
        return {"status": "ok"}

    return router


def create_app(ctx: SandboxContext, pg_port: int) -> FastAPI:
    ctx.faults = FaultTable()
    ctx.realm = Realm(ctx)
    stac_app = stac.make_app(pg_port)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        await stac.open_pool(stac_app)
        yield
        await stac.close_pool(stac_app)

    app = FastAPI(
        title="Terrascope sandbox", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None
    )
    app.include_router(ctx.realm.router(), prefix=REALM_PATH)
    app.include_router(opensearch.make_router(ctx), prefix="/catalogue")
    app.include_router(ows.make_wmts_router(ctx), prefix="/wmts/v2")
    app.include_router(ows.make_wms_router(ctx), prefix="/wms/v2")
    app.include_router(titiler.make_router(ctx), prefix="/titiler")
    app.include_router(downloads.make_router(ctx), prefix="/download")
    app.include_router(make_control_router(ctx), prefix="/_sandbox")
    app.mount("/stac", stac.MountedAt(stac_app))
    app.add_middleware(FaultAndStatsMiddleware, ctx=ctx)
    return app
