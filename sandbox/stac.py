"""``/stac/``: the STAC API, served by stac-fastapi-pgstac over the sandbox's pgstac database.

The app is mounted under ``/stac`` of the sandbox; its own lifespan does not run when mounted, so the sandbox
lifespan opens and closes its connection pool (:func:`open_pool`, :func:`close_pool`).
"""

from __future__ import annotations

import logging

from fastapi import FastAPI

REAL_ONLY_CONFORMANCE = ("https://api.stacspec.org/v1.0.0/item-search#sort",)


def make_app(port: int) -> FastAPI:
    # stac-fastapi warns at import that its module-level defaults are in use; ours are set below.
    logging.getLogger("stac_fastapi.types.config").setLevel(logging.ERROR)
    import attr
    from stac_fastapi.pgstac.app import instantiate_api
    from stac_fastapi.pgstac.config import Settings
    from stac_fastapi.pgstac.core import CoreCrudClient

    @attr.s
    class TerrascopeClient(CoreCrudClient):
        """The landing page of the real API: id ``terra-stac-api``, title "Terrascope"."""

        landing_page_id: str = attr.ib(default="terra-stac-api")
        title: str = attr.ib(default="Terrascope")
        description: str = attr.ib(default="Terrascope STAC API")

        def conformance_classes(self) -> list[str]:
            # terra-stac-api (SFEOS) advertises the v1.0.0 sort class, which is what clients such as
            # pystac-client 0.9 look for; pgstac only advertises v1.1.0.
            return sorted({*super().conformance_classes(), *REAL_ONLY_CONFORMANCE})

    settings = Settings(
        stac_fastapi_title="Terrascope",
        stac_fastapi_description="Terrascope STAC API (local sandbox)",
        stac_fastapi_landing_id="terra-stac-api",
        stac_fastapi_version="1.3.0",
        enable_transactions_extensions=False,
        openapi_url="/api",
        docs_url="/api.html",
    )
    app = instantiate_api(client=TerrascopeClient, settings=settings).app
    app.state.sandbox_pg_port = port
    return app


async def open_pool(app: FastAPI) -> None:
    from stac_fastapi.pgstac.config import PostgresSettings
    from stac_fastapi.pgstac.db import connect_to_db

    pg = PostgresSettings(
        pguser="postgres",
        pgpassword="",
        pghost="127.0.0.1",
        pgport=app.state.sandbox_pg_port,
        pgdatabase="postgres",
    )
    await connect_to_db(app, postgres_settings=pg)


async def close_pool(app: FastAPI) -> None:
    from stac_fastapi.pgstac.db import close_db_connection

    await close_db_connection(app)


class MountedAt:
    """Make the URLs a mounted app builds include its mount path.

    Starlette builds ``request.base_url`` from the top-level app's root path and resolves ``url_for`` with the
    top-level router, so stac-fastapi mounted under ``/stac`` would write links to ``{base}/search`` instead
    of     ``{base}/stac/search``. Inside the mount, both now come from the mounted app.
    """

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] in ("http", "websocket"):
            scope = dict(scope, app_root_path=scope.get("root_path", ""), router=self.app.router)
        await self.app(scope, receive, send)
