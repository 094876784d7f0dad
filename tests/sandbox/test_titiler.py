"""The titiler stand-in: item previews with titiler-pgstac's parameters and error replies."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from rasterio.errors import NotGeoreferencedWarning
from rasterio.io import MemoryFile

from sandbox import titiler
from sandbox.context import SandboxContext
from tests.sandbox import tiny_catalogue

TOC = "terrascope-s2-toc-v2"
ITEM = "S2B_20260601T105619_31UFS_TOC_V220"
BASE = f"/titiler/collections/{TOC}/items/{ITEM}/preview"
REAL_QUERY = (  # the query string of the real items' preview asset
    "assets=B04&assets=B03&assets=B02&format=png&max_size=256&rescale=200,1600&rescale=200,1600&rescale=200,1600"
)


def decode(content: bytes) -> np.ndarray:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)
        with MemoryFile(content) as memory, memory.open() as dataset:
            return dataset.read()


@pytest.fixture(scope="session")
def tiny_data(tmp_path_factory) -> Path:
    return tiny_catalogue.build(tmp_path_factory.mktemp("tiny-catalogue-titiler"))


@pytest.fixture()
def client(tiny_data) -> TestClient:
    ctx = SandboxContext(base_url="http://testserver", data_dir=tiny_data)
    ctx.load_catalogue()
    app = FastAPI()
    app.include_router(titiler.make_router(ctx), prefix="/titiler")
    return TestClient(app)


def test_real_preview_link_gives_a_256_px_true_colour_png(client):
    response = client.get(f"{BASE}?{REAL_QUERY}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/png"
    image = decode(response.content)
    assert image.shape == (4, 256, 256)  # square tile: max_size on both sides
    alpha = image[3]
    assert (alpha == 0).any() and (alpha == 255).mean() > 0.7  # the no-data strip is transparent
    rgb = image[:3, alpha == 255]
    assert len(np.unique(rgb, axis=1).T) > 50
    # B04 > B03 > B02 in the fixture: the rescaled colours keep that order on average
    assert rgb[0].mean() > rgb[1].mean() > rgb[2].mean()


def test_rescale_matches_titiler_linear_rescaling(client, tiny_data):
    import rasterio

    rel = f"Sentinel2/TOC_V2/2026/06/01/{ITEM}/{ITEM[:-5]}-B04_10M_V220.tif"
    with rasterio.open(tiny_data / "files" / rel) as dataset:
        dn = dataset.read(1).astype("float64")
    image = decode(client.get(f"{BASE}?assets=B04&rescale=200,1600&format=png").content)
    assert image.shape == (4, 549, 549)  # smaller than max_size 1024: never upsampled
    valid = dn != 32767
    expected = np.clip((dn - 200) * 255 / 1400, 0, 255).round()
    assert np.abs(image[0][valid] - expected[valid]).max() <= 1
    assert (image[0] == image[1]).all() and (image[1] == image[2]).all()  # one band: grey
    assert (image[3][~valid] == 0).all() and (image[3][valid] == 255).all()


def test_max_size_width_height_and_path_format(client):
    assert decode(client.get(f"{BASE}?assets=B04&max_size=100&rescale=0,2000").content).shape == (4, 100, 100)
    forced = client.get(f"{BASE}.png?assets=B04&width=64&height=32&rescale=0,2000")
    assert forced.headers["content-type"] == "image/png" and decode(forced.content).shape == (4, 32, 64)
    jpeg = client.get(f"{BASE}.jpg?assets=B04&max_size=64&rescale=0,2000")
    assert jpeg.status_code == 200 and jpeg.headers["content-type"] == "image/jpeg"
    assert jpeg.content[:2] == b"\xff\xd8"


def test_default_format_is_png_when_some_pixels_are_masked(client):
    response = client.get(f"{BASE}?assets=B04&max_size=64&rescale=0,2000")
    assert response.headers["content-type"] == "image/png"
    unmasked = client.get(f"{BASE}?assets=B04&max_size=64&rescale=0,2000&return_mask=false")
    assert unmasked.headers["content-type"] == "image/png"
    assert (decode(unmasked.content)[3] == 255).all()


def test_expression_and_colormap(client):
    response = client.get(
        f"{BASE}?expression=(B04-B02)/(B04%2BB02)&rescale=0,0.5&colormap_name=viridis&max_size=64&format=png"
    )
    assert response.status_code == 200, response.text
    image = decode(response.content)
    assert image.shape == (4, 64, 64)
    colours = {tuple(c) for c in image[:3, image[3] == 255].T}
    assert len(colours) > 5
    ndvi = client.get(
        "/titiler/collections/terrascope-s2-ndvi-v2/items/S2B_20260601T105619_31UFS_NDVI_V200/preview"
        "?assets=NDVI&format=png&max_size=64&rescale=0,250&colormap_name=rdylgn"
    )
    assert ndvi.status_code == 200 and decode(ndvi.content).shape == (4, 64, 64)


def test_asset_bidx_nodata_and_unscale(client):
    plain = decode(client.get(f"{BASE}?assets=B04&rescale=200,1600&max_size=64").content)
    bidx = decode(client.get(f"{BASE}?assets=B04&asset_bidx=B04|1&rescale=200,1600&max_size=64").content)
    assert (plain == bidx).all()
    unscaled = decode(client.get(f"{BASE}?assets=B04&unscale=true&rescale=0.02,0.16&max_size=64").content)
    assert np.abs(unscaled.astype(int) - plain.astype(int)).max() <= 1
    # another nodata value: every pixel valid, so titiler's default format is JPEG (no alpha)
    no_mask = client.get(f"{BASE}?assets=B04&nodata=-9999&rescale=200,1600&max_size=64")
    assert no_mask.headers["content-type"] == "image/jpeg" and decode(no_mask.content).shape == (3, 64, 64)


@pytest.mark.parametrize(
    ("url", "status", "detail"),
    [
        (
            f"/titiler/collections/{TOC}/items/NO_SUCH_ITEM/preview?assets=B04",
            404,
            f"No item 'NO_SUCH_ITEM' found in '{TOC}' collection",
        ),
        (
            f"/titiler/collections/no-such-collection/items/{ITEM}/preview?assets=B04",
            404,
            f"No item '{ITEM}' found in 'no-such-collection' collection",
        ),
        (f"{BASE}?format=png", 400, "assets must be defined either via expression or assets options."),
        (f"{BASE}?assets=B99", 404, "'B99' is not valid, should be one of ['B02', 'B03', 'B04']"),
        (f"{BASE}?assets=B04&format=webp", 400, None),
        (
            f"{BASE}?assets=B04&assets=B03&colormap_name=viridis",
            400,
            "Cannot apply colormap on a multiband image.",
        ),
    ],
)
def test_errors_are_titiler_json(client, url, status, detail):
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    if detail is not None:
        assert response.json() == {"detail": detail}


def test_malformed_values_are_422_validation_errors(client):
    body = client.get(f"{BASE}?assets=B04&max_size=big").json()
    assert body["detail"][0]["loc"] == ["query", "max_size"]
    body = client.get(f"{BASE}?assets=B04&colormap_name=not-a-colormap").json()
    assert body["detail"][0]["loc"] == ["query", "colormap_name"]


def test_generated_items_preview_links_all_render():
    ctx = SandboxContext(base_url="http://testserver", data_dir=tiny_catalogue.generated_subset())
    ctx.load_catalogue()
    app = FastAPI()
    app.include_router(titiler.make_router(ctx), prefix="/titiler")
    client = TestClient(app)
    previews = [i["assets"]["preview"]["href"] for i in ctx.items if "preview" in i["assets"]]
    assert len({href.split("/items/")[0] for href in previews}) >= 8  # every collection of the subset
    for href in previews:
        assert href.startswith("http://testserver/titiler/collections/")
        response = client.get(href[len("http://testserver") :])
        assert response.status_code == 200, (href, response.text)
        assert response.headers["content-type"] == "image/png"
        image = decode(response.content)
        assert max(image.shape[1:]) <= 256 and image[3].any(), href
