"""The titiler stand-in (``titiler.terrascope.be``): item previews as titiler-pgstac renders them.

``GET /collections/{collection_id}/items/{item_id}/preview[.{format}]`` with titiler's parameters: ``assets``
(repeated), ``expression`` (asset names as variables, ``;`` between output bands), ``asset_bidx``
(``B04|1``), ``nodata``, ``unscale``, ``resampling``, ``rescale`` (repeated ``min,max``; one applies to every
band), ``colormap_name`` / ``colormap`` (single band), ``return_mask``, ``max_size`` (default 1024, never
upsamples), ``width`` / ``height``, ``format`` (``png``, ``jpeg``/``jpg``; default: JPEG when every pixel is
valid, else PNG). Public, no token, as the real preview links carry no ``auth:refs``.

Errors as titiler answers them: 404 ``{"detail": "No item 'X' found in 'C' collection"}`` (titiler-pgstac
``get_stac_item``), 400 ``MissingAssets``, 404 ``InvalidAssetName``, 422 for malformed parameter values
(FastAPI validation). Sandbox limits: formats other than PNG/JPEG answer 400; ``color_formula`` and
``algorithm`` are ignored; the output stays in the item's own CRS, as titiler's preview does.
"""

from __future__ import annotations

import ast
import json
import math
import operator
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from rasterio.enums import Resampling

from . import render
from .context import SandboxContext
from .render import AssetRef

DEFAULT_MAX_SIZE = 1024
_INT_RANGES = {
    "uint8": (0, 255),
    "int8": (-128, 127),
    "uint16": (0, 65535),
    "int16": (-32768, 32767),
    "uint32": (0, 4294967295),
    "int32": (-2147483648, 2147483647),
}


class TilerError(Exception):
    def __init__(self, status: int, detail: Any) -> None:
        super().__init__(str(detail))
        self.status = status
        self.detail = detail


def _invalid(name: str, kind: str, message: str, value: str) -> TilerError:
    """A FastAPI-style 422 validation error for one query parameter."""
    return TilerError(422, [{"type": kind, "loc": ["query", name], "msg": message, "input": value}])


# ---------------------------------------------------------------------------------------------- parameters


@dataclass
class PreviewParams:
    assets: list[str]
    expression: str | None
    asset_bidx: dict[str, list[int]]
    nodata: float | None
    unscale: bool
    resampling: Resampling
    rescale: list[tuple[float, float]]
    colormap: np.ndarray | None
    return_mask: bool
    max_size: int | None
    width: int | None
    height: int | None
    fmt: str | None


def _int(params: Any, name: str, default: int | None = None) -> int | None:
    value = params.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        message = "Input should be a valid integer, unable to parse string as an integer"
        raise _invalid(name, "int_parsing", message, value) from None


def _bool(params: Any, name: str, default: bool) -> bool:
    value = params.get(name)
    if value is None:
        return default
    if value.lower() in ("1", "true", "yes", "on", "t", "y"):
        return True
    if value.lower() in ("0", "false", "no", "off", "f", "n"):
        return False
    raise _invalid(name, "bool_parsing", "Input should be a valid boolean, unable to interpret input", value)


def _rescale(values: list[str]) -> list[tuple[float, float]]:
    ranges = []
    for value in values:
        try:
            low, high = (float(v) for v in value.replace(" ", "").split(","))
        except ValueError:
            raise TilerError(400, f"Invalid rescale value: {value}") from None
        ranges.append((low, high))
    return ranges


def _asset_bidx(values: list[str]) -> dict[str, list[int]]:
    indexes = {}
    for value in values:
        name, _, bands = value.partition("|")
        try:
            indexes[name] = [int(b) for b in bands.split(",")]
        except ValueError:
            raise TilerError(400, f"Invalid asset_bidx value: {value}") from None
    return indexes


def _colormap(params: Any) -> np.ndarray | None:
    name = params.get("colormap_name")
    if name:
        lut = render.colormap_lut(name)
        if lut is None:
            names = ", ".join(f"'{n}'" for n in render.colormap_names())
            raise _invalid("colormap_name", "enum", f"Input should be {names}", name)
        return lut
    custom = params.get("colormap")
    if not custom:
        return None
    try:
        entries = json.loads(custom)
        lut = np.zeros((256, 4), dtype="uint8")
        for key, colour in entries.items():
            lut[int(key)] = _colour(colour)
    except (ValueError, TypeError, AttributeError, IndexError):
        raise TilerError(400, "Could not parse the colormap value.") from None
    return lut


def _colour(value: Any) -> tuple[int, int, int, int]:
    if isinstance(value, str):
        rgb = render.hex_colour(value)
        alpha = int(value.lstrip("#")[6:8], 16) if len(value.lstrip("#")) == 8 else 255
        return (*rgb, alpha)
    values = [int(v) for v in value]
    return tuple(values + [255] * (4 - len(values)))[:4]  # type: ignore[return-value]


def _resampling(params: Any) -> Resampling:
    name = params.get("resampling", "nearest")
    try:
        return Resampling[name]
    except KeyError:
        names = ", ".join(f"'{r.name}'" for r in Resampling)
        raise _invalid("resampling", "enum", f"Input should be {names}", name) from None


def parse_params(request: Request, path_format: str | None) -> PreviewParams:
    params = request.query_params
    nodata = params.get("nodata")
    try:
        nodata_value = None if nodata is None else (math.nan if nodata == "nan" else float(nodata))
    except ValueError:
        raise _invalid("nodata", "float_parsing", "Input should be a valid number", nodata) from None
    fmt = path_format or params.get("format")
    return PreviewParams(
        assets=[a for a in params.getlist("assets") if a],
        expression=params.get("expression") or None,
        asset_bidx=_asset_bidx(params.getlist("asset_bidx")),
        nodata=nodata_value,
        unscale=_bool(params, "unscale", False),
        resampling=_resampling(params),
        rescale=_rescale(params.getlist("rescale")),
        colormap=_colormap(params),
        return_mask=_bool(params, "return_mask", True),
        max_size=_int(params, "max_size", DEFAULT_MAX_SIZE),
        width=_int(params, "width"),
        height=_int(params, "height"),
        fmt=fmt.lower() if fmt else None,
    )


# ---------------------------------------------------------------------------------------------- expressions

_BINARY: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
}
_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "where": np.where,
    "sqrt": np.sqrt,
    "abs": np.abs,
    "log": np.log,
    "log10": np.log10,
    "exp": np.exp,
    "minimum": np.minimum,
    "maximum": np.maximum,
}


def _evaluate(node: ast.AST, names: dict[str, np.ndarray]) -> Any:
    if isinstance(node, ast.Expression):
        return _evaluate(node.body, names)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        return _BINARY[type(node.op)](_evaluate(node.left, names), _evaluate(node.right, names))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = _evaluate(node.operand, names)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _BINARY:
        return _BINARY[type(node.ops[0])](_evaluate(node.left, names), _evaluate(node.comparators[0], names))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCTIONS:
        return _FUNCTIONS[node.func.id](*(_evaluate(arg, names) for arg in node.args))
    raise TilerError(400, f"Could not parse the expression: unsupported element {ast.dump(node)[:60]}")


def evaluate_expression(expression: str, names: dict[str, np.ndarray]) -> list[np.ndarray]:
    """rio-tiler style band math: ``;`` separates output bands; NaN (no data) propagates."""
    bands = []
    for part in expression.split(";"):
        try:
            tree = ast.parse(part.strip(), mode="eval")
        except SyntaxError:
            raise TilerError(400, f"Could not parse the expression: {part}") from None
        with np.errstate(divide="ignore", invalid="ignore"):
            value = np.asarray(_evaluate(tree, names), dtype="float32")
        bands.append(np.broadcast_to(value, next(iter(names.values())).shape).astype("float32"))
    return bands


def expression_assets(expression: str, available: list[str]) -> list[str]:
    """Asset names an expression uses (``B04`` or ``B04_b1``), in the item's asset order."""
    used = set()
    for part in expression.split(";"):
        try:
            tree = ast.parse(part.strip(), mode="eval")
        except SyntaxError:
            raise TilerError(400, f"Could not parse the expression: {part}") from None
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                used.add(node.id if node.id in available else node.id.rsplit("_b", 1)[0])
    return [a for a in available if a in used]


# ---------------------------------------------------------------------------------------------- reading


def find_item(ctx: SandboxContext, collection_id: str, item_id: str) -> dict[str, Any]:
    for item in ctx.items:
        if item.get("id") == item_id and item.get("collection") == collection_id:
            return item
    raise TilerError(404, f"No item '{item_id}' found in '{collection_id}' collection")


def output_size(params: PreviewParams, height: int, width: int) -> tuple[int, int]:
    """rio-tiler's preview size: forced width/height, else ``max_size`` on the longer side (no upsampling)."""
    if params.width and params.height:
        return params.height, params.width
    if params.width:
        return max(1, round(params.width * height / width)), params.width
    if params.height:
        return params.height, max(1, round(params.height * width / height))
    if params.max_size and max(height, width) > params.max_size:
        ratio = height / width
        if ratio > 1:
            return params.max_size, math.ceil(params.max_size / ratio)
        return math.ceil(params.max_size * ratio), params.max_size
    return height, width


@dataclass
class Bands:
    values: list[np.ndarray]  # float32, NaN = no data
    names: list[str]
    dtype: str


def read_bands(ctx: SandboxContext, item: dict[str, Any], params: PreviewParams) -> Bands:
    available = list(item.get("assets", {}))
    assets = params.assets or (expression_assets(params.expression, available) if params.expression else [])
    if not assets:
        raise TilerError(400, "assets must be defined either via expression or assets options.")
    refs: list[tuple[str, AssetRef]] = []
    for name in assets:
        for band in params.asset_bidx.get(name, [1]):
            ref = render.asset_ref(item, name, ctx.base_url, ctx.files_dir, band)
            if ref is None:
                raise TilerError(404, f"'{name}' is not valid, should be one of {available}")
            if params.nodata is not None:
                ref = AssetRef(ref.path, params.nodata, ref.scale, ref.offset, ref.band, ref.bbox)
            refs.append((f"{name}_b{band}", ref))
    first = render.open_dataset(refs[0][1].path)
    height, width = output_size(params, first.height, first.width)
    values = []
    for _name, ref in refs:
        data = render.read_native(ref, height, width, params.resampling)
        values.append(render.physical(data, ref) if params.unscale else data)
    dtype = "float32" if params.unscale else first.dtypes[0]
    return Bands(values, [n for n, _ in refs], dtype)


def apply_expression(bands: Bands, expression: str) -> Bands:
    names = {}
    for name, value in zip(bands.names, bands.values):
        names[name] = value
        names.setdefault(name.rsplit("_b", 1)[0], value)
    return Bands(evaluate_expression(expression, names), [], "float32")


# ---------------------------------------------------------------------------------------------- rendering


def to_uint8(bands: Bands, rescale: list[tuple[float, float]]) -> list[np.ndarray]:
    """rio-tiler's rendering: ``rescale`` ranges, else the dtype's range (uint8 untouched, floats min/max)."""
    out = []
    for index, values in enumerate(bands.values):
        if rescale:
            low, high = rescale[min(index, len(rescale) - 1)]
        elif bands.dtype == "uint8":
            low, high = 0, 255
        elif bands.dtype in _INT_RANGES:
            low, high = _INT_RANGES[bands.dtype]
        else:
            finite = values[~np.isnan(values)]
            low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        out.append(render.stretch(values, low, high))
    return out


def render_preview(bands: Bands, params: PreviewParams) -> tuple[render.RGBA, bool]:
    """The RGBA image and whether every pixel is valid."""
    valid = np.logical_and.reduce([~np.isnan(v) for v in bands.values])
    planes = to_uint8(bands, params.rescale)
    if params.colormap is not None:
        if len(planes) != 1:
            raise TilerError(400, "Cannot apply colormap on a multiband image.")
        rgba = render.apply_lut(planes[0], valid, params.colormap)
    else:
        rgba = render.stack_rgba(planes[:3] if len(planes) >= 3 else planes[:1], valid)
    if not params.return_mask:
        rgba[..., 3] = 255
    return rgba, bool(valid.all())


def preview(ctx: SandboxContext, request: Request, collection_id: str, item_id: str, path_format: str | None):
    params = parse_params(request, path_format)
    if params.fmt is not None and params.fmt not in render.MEDIA_TYPES:
        raise TilerError(400, f"Format {params.fmt} is not available in the sandbox (png, jpeg, jpg)")
    item = find_item(ctx, collection_id, item_id)
    bands = read_bands(ctx, item, params)
    if params.expression:
        bands = apply_expression(bands, params.expression)
    rgba, all_valid = render_preview(bands, params)
    fmt = params.fmt or ("jpeg" if all_valid else "png")
    return Response(content=render.encode(rgba, fmt), media_type=render.MEDIA_TYPES[fmt])


def make_router(ctx: SandboxContext) -> APIRouter:
    """The titiler-pgstac item preview endpoints (mounted at ``/titiler``)."""
    router = APIRouter()

    def handle(request: Request, collection_id: str, item_id: str, fmt: str | None = None) -> Response:
        try:
            return preview(ctx, request, collection_id, item_id, fmt)
        except TilerError as error:
            return JSONResponse({"detail": error.detail}, status_code=error.status)

    @router.get("/collections/{collection_id}/items/{item_id}/preview", include_in_schema=False)
    def item_preview(request: Request, collection_id: str, item_id: str) -> Response:
        return handle(request, collection_id, item_id)

    @router.get("/collections/{collection_id}/items/{item_id}/preview.{fmt}", include_in_schema=False)
    def item_preview_format(request: Request, collection_id: str, item_id: str, fmt: str) -> Response:
        return handle(request, collection_id, item_id, fmt)

    return router
