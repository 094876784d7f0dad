"""The one table of every collection the sandbox serves.

Each :class:`CollectionSpec` says what the collection is (ids, titles, mission group, OpenSearch URN, product
type), where its files live (download path prefix, VITO-internal path for ``alternate.local``), how its
files are named, and each asset's encoding (dtype, scale, offset, nodata, pixel size, roles, bands).
The STAC ``item_assets`` and the static part of ``summaries`` are derived from here.

Certainty, per collection and field, is noted inline: "certain" = seen in a real Terrascope reply or in a
public client talking to the live service; "inferred" = consistent with those, not seen; "provisional" =
a sandbox choice (mostly collection ids another engineer is checking).

File-name templates are ``str.format`` patterns over the names an item plan provides: ``{id}`` (item id),
``{prefix}`` (e.g. ``S2C_20260807T104621_31UES``), ``{version}`` (e.g. ``V220``), ``{tile}``, ``{date}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

COG = "image/tiff; application=geotiff; profile=cloud-optimized"
XML = "application/xml"
PNG = "image/png"

# Fields under this prefix do not exist in the real catalogue: the sandbox adds them for convenience.
SANDBOX_PREFIX = "sandbox:"


@dataclass(frozen=True)
class Band:
    name: str
    common_name: str | None = None
    center_wavelength: float | None = None  # micrometres
    full_width_half_max: float | None = None

    def stac(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name}
        if self.common_name:
            out["eo:common_name"] = self.common_name
        if self.center_wavelength is not None:
            out["eo:center_wavelength"] = self.center_wavelength
        if self.full_width_half_max is not None:
            out["eo:full_width_half_max"] = self.full_width_half_max
        return out


@dataclass(frozen=True)
class AssetSpec:
    key: str
    file: str  # file-name template; "" for assets that are not files (preview)
    title: str
    description: str
    roles: tuple[str, ...]
    media_type: str = COG
    data_type: str | None = None
    scale: float | None = None
    offset: float | None = None
    nodata: float | None = None
    unit: str | None = None
    resolution: float | None = None  # native pixel size, CRS units
    small_resolution: float | None = None  # pixel size in "small" mode when not resolution * small_factor
    bands: tuple[Band, ...] = ()
    auth: bool = True  # needs the OIDC bearer token (auth:refs ["oidc"])
    sampling: str | None = "area"
    opensearch_title: str | None = None  # title of the file's link in the OpenSearch reply
    opensearch_link: str = "data"  # data | related | previews | alternates
    opensearch_category: str | None = None

    @property
    def is_file(self) -> bool:
        return bool(self.file)

    @property
    def is_raster(self) -> bool:
        return self.media_type == COG

    @property
    def is_metric_data(self) -> bool:
        """A data raster whose pixel size is in metres (its resolution is a STAC gsd)."""
        return "data" in self.roles and self.resolution is not None and self.resolution >= 1

    def item_asset(self) -> dict[str, Any]:
        """The collection-level ``item_assets`` entry."""
        out: dict[str, Any] = {"type": self.media_type, "title": self.title}
        if self.description:
            out["description"] = self.description
        out["roles"] = list(self.roles)
        for name, value in (
            ("data_type", self.data_type),
            ("raster:scale", self.scale),
            ("raster:offset", self.offset),
            ("nodata", self.nodata),
            ("unit", self.unit),
            ("gsd", self.resolution if self.is_metric_data else None),
        ):
            if value is not None:
                out[name] = value
        if self.bands:
            out["bands"] = [b.stac() for b in self.bands]
        return out


@dataclass(frozen=True)
class CollectionSpec:
    id: str
    title: str
    description: str
    kind: str  # which renderer/scheduler builds its items (see sandbox.data.plans)
    mission_group: str  # Sentinel-1 | Sentinel-2 | PROBA-V | SPOT-VGT | WorldCover | WorldCereal
    opensearch_id: str  # urn:eop:VITO:...
    product_type: str  # product:type of the items
    download_root: str  # path under /download/ (and under files/ in the generated data)
    local_root: str  # VITO-internal path, for alternate.local hrefs
    epsg: int
    small_factor: float  # "small" mode pixel size = native * small_factor
    assets: tuple[AssetSpec, ...]
    preview_query: str  # titiler preview query string (without the leading "?")
    license: str
    keywords: tuple[str, ...]
    providers: tuple[Mapping[str, Any], ...]
    summary_keys: tuple[str, ...]  # item properties summarised over the generated items
    params: Mapping[str, Any] = field(default_factory=dict)  # kind-specific knobs (grid, period, ...)
    id_status: str = "provisional"  # certain | inferred | provisional

    def asset(self, key: str) -> AssetSpec:
        return next(a for a in self.assets if a.key == key)

    def item_assets(self) -> dict[str, Any]:
        return {a.key: a.item_asset() for a in self.assets}

    def static_summaries(self) -> dict[str, Any]:
        """Summaries known from the table itself (the generator adds those computed from items)."""
        out: dict[str, Any] = {}
        bands = [b.stac() for a in self.assets if "data" in a.roles for b in a.bands]
        if bands:
            out["bands"] = bands
        gsds = sorted({a.resolution for a in self.assets if a.is_metric_data})
        if gsds:
            out["gsd"] = gsds
        return out

    def sandbox_fields(self) -> dict[str, Any]:
        """Collection fields the real catalogue lacks, for the sandbox's services and the plugin's tests."""
        return {
            SANDBOX_PREFIX + "mission_group": self.mission_group,
            SANDBOX_PREFIX + "opensearch_id": self.opensearch_id,
            SANDBOX_PREFIX + "product_type": self.product_type,
        }


ESA_PRODUCER = {"name": "ESA", "roles": ["producer", "licensor"], "url": "https://www.esa.int/"}
VITO_PROCESSOR_HOST = {"name": "VITO", "roles": ["processor", "host"], "url": "https://terrascope.be"}
VITO_HOST = {"name": "VITO", "roles": ["host"], "url": "https://terrascope.be"}

# --- Sentinel-2 ---------------------------------------------------------------------------------------

S2_TILES = {
    # MGRS tile -> UTM 31N proj:bbox (certain: the MGRS grid)
    "31UES": (499980, 5590200, 609780, 5700000),
    "31UFS": (600000, 5590200, 709800, 5700000),
}

# name, common name, centre wavelength (um), FWHM (um), native pixel size (m); S2 MSI band definitions.
_S2_BANDS = (
    ("B01", "coastal", 0.443, 0.027, 60),
    ("B02", "blue", 0.490, 0.098, 10),
    ("B03", "green", 0.560, 0.045, 10),
    ("B04", "red", 0.665, 0.038, 10),
    ("B05", "rededge071", 0.704, 0.019, 20),
    ("B06", "rededge075", 0.740, 0.018, 20),
    ("B07", "rededge078", 0.783, 0.028, 20),
    ("B08", "nir", 0.842, 0.145, 10),
    ("B8A", "nir08", 0.865, 0.033, 20),
    ("B11", "swir16", 1.610, 0.143, 20),
    ("B12", "swir22", 2.190, 0.242, 20),
)
S2_BAND_NAMES = tuple(b[0] for b in _S2_BANDS)
S2_RESOLUTION = {b[0]: b[4] for b in _S2_BANDS}

# Sen2Cor scene classification (certain: ESA Sen2Cor).
SCL_CLASSES = {
    0: "no data",
    1: "saturated or defective",
    2: "dark area pixels",
    3: "cloud shadows",
    4: "vegetation",
    5: "not vegetated",
    6: "water",
    7: "unclassified",
    8: "cloud medium probability",
    9: "cloud high probability",
    10: "thin cirrus",
    11: "snow",
}
SCL_INVALID = (0, 1, 3, 8, 9, 10)  # masked in the biophysical products (inferred: VITO masks clouds/shadows)

S2_PREVIEW = (
    "assets=B04&assets=B03&assets=B02&format=png&max_size=256"
    "&rescale=200,1600&rescale=200,1600&rescale=200,1600"
)  # certain: the real item's preview href


def _s2_band_asset(name: str, common: str, wl: float, fwhm: float, res: int) -> AssetSpec:
    return AssetSpec(
        key=name,
        file=f"{{prefix}}_TOC-{name}_{res}M_{{version}}.tif",  # certain for B04, same pattern for the rest
        title=name,
        description=(
            f"S2-MSI Band{name[1:]}, {res}M resolution, Top Of Canopy Reflectance at {round(wl * 1000)}nm"
        ),
        roles=("data",),
        data_type="int16",
        scale=0.0001,
        offset=0,
        nodata=32767,
        unit="-",
        resolution=res,
        bands=(Band(name, common, wl, fwhm),),
        opensearch_title=f"TOC-{name}_{res}M",  # inferred
    )


def _metadata_asset(file: str, opensearch_title: str = "Inspire metadata") -> AssetSpec:
    return AssetSpec(
        key="metadata",
        file=file,
        title="Metadata",
        description="INSPIRE metadata (ISO 19139)",
        roles=("metadata",),
        media_type=XML,
        sampling=None,
        opensearch_title=opensearch_title,
        opensearch_link="alternates",
    )


def _preview_asset() -> AssetSpec:
    return AssetSpec(
        key="preview",
        file="",
        title="Preview",
        description="",
        roles=("thumbnail", "overview"),
        media_type=PNG,
        auth=False,
        sampling=None,
        opensearch_link="previews",
    )


_S2_TOC_ASSETS = (
    *(_s2_band_asset(*b) for b in _S2_BANDS),
    AssetSpec(
        key="SCL",
        file="{prefix}_SCENECLASSIFICATION_20M_{version}.tif",  # certain (file of the NDVI V2 product)
        title="SCL",
        description="Sen2Cor scene classification, 20M resolution",
        roles=("data-mask",),
        data_type="uint8",
        unit="-",
        resolution=20,
        sampling="area",
        bands=(Band("SCL"),),
        opensearch_title="SCENECLASSIFICATION_20M",
        opensearch_link="related",
        opensearch_category="QUALITY",
    ),
    AssetSpec(
        key="CLOUDMASK",
        file="{prefix}_CLOUDMASK_20M_{version}.tif",  # inferred name
        title="CLOUDMASK",
        description="Cloud and cloud-shadow mask (1 cloud or shadow, 0 clear), 20M resolution",
        roles=("data-mask", "cloud"),
        data_type="uint8",
        nodata=255,
        unit="-",
        resolution=20,
        bands=(Band("CLOUDMASK"),),
        opensearch_title="CLOUDMASK_20M",
        opensearch_link="related",
        opensearch_category="QUALITY",
    ),
    AssetSpec(
        key="AOT",
        file="{prefix}_AOT_10M_{version}.tif",
        title="AOT",
        description="Aerosol optical thickness at 550nm, 10M resolution",
        roles=("data",),
        data_type="uint16",
        scale=0.001,  # inferred (Sen2Cor AOT quantification 1000)
        offset=0,
        nodata=0,
        unit="-",
        resolution=10,
        bands=(Band("AOT"),),
        opensearch_title="AOT_10M",
    ),
    AssetSpec(
        key="WVP",
        file="{prefix}_WVP_10M_{version}.tif",
        title="WVP",
        description="Water vapour column, 10M resolution",
        roles=("data",),
        data_type="uint16",
        scale=0.001,  # certain per the real item listing; unit cm (Sen2Cor)
        offset=0,
        nodata=0,
        unit="cm",
        resolution=10,  # inferred: Sen2Cor writes WVP at 10/20/60 m, VITO ships the 10 m one
        bands=(Band("WVP"),),
        opensearch_title="WVP_10M",
    ),
    *(
        AssetSpec(
            key=key,
            file=f"{{prefix}}_{key}_60M_{{version}}.tif",
            title=key,
            description=f"{desc}, 60M resolution",
            roles=("data",),
            data_type="uint16",  # inferred: RAA spans 0-360 deg, which needs uint16 at scale 0.01
            scale=0.01,
            offset=0,
            nodata=65535,  # inferred
            unit="deg",
            resolution=60,
            bands=(Band(key),),
            opensearch_title=f"{key}_60M",
        )
        for key, desc in (
            ("SZA", "Sun zenith angle"),
            ("VZA", "Mean viewing zenith angle"),
            ("RAA", "Relative azimuth angle (sun - view)"),
        )
    ),
    AssetSpec(
        key="QUICKLOOK",
        file="{prefix}_TOC_QUICKLOOK_{version}.tif",  # pattern of the NDVI V2 quicklook (certain there)
        title="QUICKLOOK",
        description="True-colour quicklook (B04, B03, B02), 8 bit",
        roles=("thumbnail",),
        data_type="uint8",
        nodata=255,
        resolution=160,  # certain: 686 x 686 over the 109.8 km tile
        small_resolution=900,
        bands=(Band("red"), Band("green"), Band("blue")),
        auth=False,
        opensearch_link="previews",
        opensearch_category="QUICKLOOK",
    ),
    _metadata_asset("{id}.xml"),
    _preview_asset(),
)

_S2_SUMMARY_KEYS = (
    "platform",
    "constellation",
    "instruments",
    "eo:cloud_cover",
    "sat:relative_orbit",
    "sat:orbit_state",
    "grid:code",
    "processing:version",
    "proj:code",
)


def _s2_biopar(
    key: str,
    title: str,
    long_name: str,
    scale: float,
    offset: float,
    max_dn: int,
    preview: str,
    scale_note: str,
) -> CollectionSpec:
    product = key.upper()
    assets = (
        AssetSpec(
            key=product,
            file=f"{{prefix}}_{product}_10M_{{version}}.tif",  # certain for NDVI
            title=product,
            description=f"{long_name}, 10M resolution ({scale_note}; valid DN 0-{max_dn})",
            roles=("data",),
            data_type="uint8",
            scale=scale,
            offset=offset,
            nodata=255,
            unit="-",
            resolution=10,
            bands=(Band(product),),
            opensearch_title=f"{product}_10M",  # certain for NDVI and FAPAR
        ),
        AssetSpec(
            key="SCL",
            file="{prefix}_SCENECLASSIFICATION_20M_{version}.tif",  # certain
            title="SCL",
            description="Sen2Cor scene classification, 20M resolution",
            roles=("data-mask",),
            data_type="uint8",
            unit="-",
            resolution=20,
            bands=(Band("SCL"),),
            opensearch_title="SCENECLASSIFICATION_20M",
            opensearch_link="related",
            opensearch_category="QUALITY",
        ),
        AssetSpec(
            key="QUICKLOOK",
            file=f"{{prefix}}_{product}_QUICKLOOK_{{version}}.tif",  # certain for NDVI
            title="QUICKLOOK",
            description=f"{product} quicklook, 8 bit colour",
            roles=("thumbnail",),
            data_type="uint8",
            nodata=255,
            resolution=160,
            small_resolution=900,
            bands=(Band("red"), Band("green"), Band("blue")),
            auth=False,
            opensearch_link="previews",
            opensearch_category="QUICKLOOK",
        ),
        _metadata_asset(f"{{prefix}}_{product}_10M_{{version}}.xml"),  # certain for NDVI
        _preview_asset(),
    )
    return CollectionSpec(
        id=f"terrascope-s2-{key}-v2",
        title=f"Sentinel-2 {title} V2",
        description=(
            f"{long_name} derived by VITO from Sentinel-2 top-of-canopy reflectance (TERRASCOPE_S2_TOC_V2), "
            f"per MGRS tile and acquisition, 10 m. Physical value = DN * {scale} + {offset}; 255 = no data "
            "(clouds, cloud shadows and pixels outside the swath)."
        ),
        kind="s2-biopar",
        mission_group="Sentinel-2",
        # certain for NDVI and FAPAR, the same pattern for LAI and FCOVER
        opensearch_id=f"urn:eop:VITO:TERRASCOPE_S2_{product}_V2",
        product_type=product,
        download_root=f"Sentinel2/{product}_V2",  # certain for NDVI
        local_root=f"/data/MTDA/TERRASCOPE_Sentinel2/{product}_V2",  # certain for FAPAR
        epsg=32631,
        small_factor=30,
        assets=assets,
        preview_query=preview,
        license="other",
        keywords=("Sentinel-2", "Copernicus", "VITO", "Terrascope", "vegetation", product),
        providers=(ESA_PRODUCER, VITO_PROCESSOR_HOST),
        summary_keys=_S2_SUMMARY_KEYS,
        params={"biopar": product, "max_dn": max_dn},
        id_status="inferred",
    )


# --- The table ----------------------------------------------------------------------------------------

_COPERNICUS_LICENSE_KEYWORDS = ("Copernicus", "VITO", "Terrascope")

COLLECTIONS: tuple[CollectionSpec, ...] = (
    CollectionSpec(
        id="terrascope-s2-toc-v2",  # certain
        title="Sentinel-2 TOC reflectance V2",
        description=(
            "Sentinel-2 L2A top-of-canopy reflectance, atmospherically corrected by VITO with Sen2Cor, per "
            "MGRS tile and acquisition: 11 spectral bands at 10/20/60 m (DN * 0.0001), the Sen2Cor scene "
            "classification, a cloud mask, aerosol optical thickness, water vapour and sun/view angles."
        ),
        kind="s2-toc",
        mission_group="Sentinel-2",
        opensearch_id="urn:eop:VITO:TERRASCOPE_S2_TOC_V2",  # certain
        product_type="TOC",  # certain
        download_root="Sentinel2/TOC_V2",  # certain
        local_root="/data/MTDA/TERRASCOPE_Sentinel2/TOC_V2",  # certain
        epsg=32631,
        small_factor=30,
        assets=_S2_TOC_ASSETS,
        preview_query=S2_PREVIEW,
        license="other",
        keywords=("Sentinel-2", *_COPERNICUS_LICENSE_KEYWORDS, "reflectance", "L2A", "MSI"),
        providers=(ESA_PRODUCER, VITO_PROCESSOR_HOST),
        summary_keys=_S2_SUMMARY_KEYS,
        id_status="certain",
    ),
    _s2_biopar(
        "ndvi",
        "NDVI",
        "Normalized Difference Vegetation Index",
        0.004,
        -0.08,
        250,
        "assets=NDVI&format=png&max_size=256&rescale=0,250&colormap_name=rdylgn",
        "NDVI = DN * 0.004 - 0.08",
    ),
    _s2_biopar(
        "fapar",
        "FAPAR",
        "Fraction of Absorbed Photosynthetically Active Radiation",
        0.005,
        0,
        200,
        "assets=FAPAR&format=png&max_size=256&rescale=0,200&colormap_name=ylgn",
        "FAPAR = DN * 0.005",  # certain: public openEO UDPs mask 0..200 and scale by 0.005
    ),
    _s2_biopar(
        "lai",
        "LAI",
        "Leaf Area Index",
        0.0333,
        0,
        240,
        "assets=LAI&format=png&max_size=256&rescale=0,240&colormap_name=greens",
        "LAI = DN * 0.0333 (inferred scale)",
    ),
    _s2_biopar(
        "fcover",
        "FCOVER",
        "Fraction of green vegetation cover",
        0.005,
        0,
        200,
        "assets=FCOVER&format=png&max_size=256&rescale=0,200&colormap_name=greens",
        "FCOVER = DN * 0.005 (inferred scale, same as FAPAR)",
    ),
    CollectionSpec(
        id="terrascope-s1-grd-sigma0-v1",  # provisional
        title="Sentinel-1 GRD sigma0 backscatter",
        description=(
            "Sentinel-1 IW GRDH backscatter (sigma0, linear power) in VV and VH with the local incidence "
            "angle, calibrated and terrain-corrected by VITO, per GRD scene, on a UTM grid. The sandbox "
            "clips each scene to the union of MGRS tiles 31UES and 31UFS."
        ),
        kind="s1-sigma0",
        mission_group="Sentinel-1",
        opensearch_id="urn:eop:VITO:CGS_S1_GRD_SIGMA0_L1",  # certain
        product_type="SIGMA0",  # certain (OpenSearch productInformation.productType)
        download_root="CGS_S1_GRD_SIGMA0_L1",  # certain
        local_root="/data/MTDA/CGS_S1/CGS_S1_GRD_SIGMA0_L1",  # certain
        epsg=32631,
        small_factor=30,
        assets=(
            *(
                AssetSpec(
                    key=pol,
                    file=f"{{id}}_{pol}.tif",  # certain
                    title=pol,
                    description=f"Sigma0 backscatter, {pol} polarisation, linear power",
                    roles=("data",),
                    data_type="float32",
                    nodata=0,  # inferred
                    unit="-",
                    resolution=20,  # brief's choice; the real files are 10 m (openEO: CellSize(10, 10))
                    bands=(Band(pol),),
                    opensearch_title=pol,  # certain
                )
                for pol in ("VV", "VH")
            ),
            AssetSpec(
                key="angle",
                file="{id}_angle.tif",  # certain
                title="angle",
                description="Incidence angle",
                roles=("data",),
                data_type="float32",  # inferred (unit/encoding of the real file unknown)
                nodata=0,
                unit="deg",
                resolution=20,
                bands=(Band("angle"),),
                opensearch_title="angle",  # certain
            ),
            _metadata_asset("{id}.xml"),  # certain
            _preview_asset(),
        ),
        preview_query="assets=VV&format=png&max_size=256&rescale=0,0.3&colormap_name=greys_r",
        license="other",
        keywords=("Sentinel-1", *_COPERNICUS_LICENSE_KEYWORDS, "SAR", "backscatter", "sigma0", "C-SAR"),
        providers=(ESA_PRODUCER, VITO_PROCESSOR_HOST),
        summary_keys=(
            "platform",
            "constellation",
            "instruments",
            "sat:orbit_state",
            "sat:relative_orbit",
            "sar:instrument_mode",
            "sar:polarizations",
            "proj:code",
        ),
        params={"union_of": ("31UES", "31UFS")},
    ),
    CollectionSpec(
        id="terrascope-probav-s10-toc-ndvi-333m-v1",  # provisional
        title="PROBA-V S10 TOC NDVI 333 m",
        description=(
            "PROBA-V 10-daily (dekadal) maximum-value top-of-canopy NDVI composites at 1/336 degree "
            "(about 333 m), collection 1. NDVI = DN * 0.004 - 0.08; 255 = no data. The sandbox serves a "
            "window over Belgium (2.5-6.5 E, 49.4-51.6 N) instead of the 10-degree tiles."
        ),
        kind="ndvi-composite",
        mission_group="PROBA-V",
        opensearch_id="urn:eop:VITO:PROBAV_S10_TOC_NDVI_333M_COG_V2",  # certain (C2, see notes)
        product_type="S10_TOC_NDVI",
        download_root="PROBAV/PROBAV_L3_S10_TOC_333M",  # inferred
        local_root="/data/MTDA/PROBAV_C1/PROBAV_L3_S10_TOC_333M",  # inferred
        epsg=4326,
        small_factor=1,
        assets=(
            AssetSpec(
                key="NDVI",
                file="PROBAV_S10_TOC_X18Y02_{date}_333M_V101_NDVI.tif",  # real naming (tile X18Y02)
                title="NDVI",
                description="Normalized Difference Vegetation Index, NDVI = DN * 0.004 - 0.08",
                roles=("data",),
                data_type="uint8",
                scale=0.004,
                offset=-0.08,
                nodata=255,
                unit="-",
                resolution=1 / 336,
                bands=(Band("NDVI"),),
                opensearch_title="NDVI",
            ),
            _metadata_asset("{id}.xml"),
            _preview_asset(),
        ),
        preview_query="assets=NDVI&format=png&max_size=256&rescale=0,250&colormap_name=rdylgn",
        license="other",
        keywords=("PROBA-V", "VITO", "Terrascope", "NDVI", "vegetation", "composite"),
        providers=(
            {"name": "ESA", "roles": ["licensor"], "url": "https://www.esa.int/"},
            {"name": "BELSPO", "roles": ["licensor"], "url": "https://www.belspo.be/"},
            VITO_PROCESSOR_HOST,
        ),
        summary_keys=("platform", "instruments", "proj:code"),
        params={
            "window": (2.5, 49.4, 6.5, 51.6),
            "cells_per_degree": 336,
            "first": "2019-01-01",
            "last": "2020-06-21",  # PROBA-V's operational mission ended 30 June 2020
            "platform": "proba-v",
            "instruments": ("vegetation",),
            "gsd": 333,
            "id": "PROBAV_S10_TOC_{date}_333M_V101",
            "version": "V101",
        },
    ),
    CollectionSpec(
        id="terrascope-spotvgt-s10-ndvi-1km-v1",  # provisional
        title="SPOT-VEGETATION S10 NDVI 1 km",
        description=(
            "SPOT-VEGETATION 10-daily (dekadal) maximum-value NDVI composites at 1/112 degree (about 1 km). "
            "NDVI = DN * 0.004 - 0.08; 255 = no data. SPOT-VGT ended on 31 May 2014. Sandbox window over "
            "Belgium (2.5-6.5 E, 49.4-51.6 N)."
        ),
        kind="ndvi-composite",
        mission_group="SPOT-VGT",
        opensearch_id="urn:ogc:def:EOP:VITO:VGT_S10",  # certain (REAL_SERVICE_NOTES 1.7)
        product_type="S10_NDVI",
        download_root="SPOTVGT/VGT_S10_NDVI_1KM",  # inferred
        local_root="/data/MTDA/SPOTVGT/VGT_S10_NDVI_1KM",  # inferred
        epsg=4326,
        small_factor=1,
        assets=(
            AssetSpec(
                key="NDVI",
                file="{id}_NDVI.tif",
                title="NDVI",
                description="Normalized Difference Vegetation Index, NDVI = DN * 0.004 - 0.08",
                roles=("data",),
                data_type="uint8",
                scale=0.004,
                offset=-0.08,
                nodata=255,
                unit="-",
                resolution=1 / 112,
                bands=(Band("NDVI"),),
                opensearch_title="NDVI",
            ),
            _metadata_asset("{id}.xml"),
            _preview_asset(),
        ),
        preview_query="assets=NDVI&format=png&max_size=256&rescale=0,250&colormap_name=rdylgn",
        license="other",
        keywords=("SPOT-VGT", "SPOT", "VITO", "Terrascope", "NDVI", "vegetation", "composite"),
        providers=(
            {"name": "CNES", "roles": ["licensor"], "url": "https://cnes.fr/"},
            VITO_PROCESSOR_HOST,
        ),
        summary_keys=("platform", "instruments", "proj:code"),
        params={
            "window": (2.5, 49.4, 6.5, 51.6),
            "cells_per_degree": 112,
            "first": "2013-01-01",
            "last": "2014-05-21",
            "platform": "spot-5",
            "instruments": ("vegetation-2",),
            "gsd": 1000,
            "id": "SPOTVGT_S10_NDVI_{date}_1KM_V3",
            "version": "V3",
        },
    ),
    *(
        CollectionSpec(
            id=f"esa-worldcover-map-10m-{year}-v{major}",  # 2021 certain, 2020 pattern
            title=f"ESA WorldCover 10 m {year} v{major}.0.0",
            description=(
                f"ESA WorldCover {year}: global land cover at 10 m from Sentinel-1 and Sentinel-2, "
                "11 classes "
                "(10 tree cover ... 100 moss and lichen), in 3 x 3 degree tiles. The sandbox serves four "
                "tiles around Belgium at 1/120 degree instead of 1/12000."
            ),
            kind="worldcover",
            mission_group="WorldCover",
            opensearch_id=f"urn:eop:VITO:ESA_WorldCover_10m_{year}_V{major}",  # certain for 2020
            product_type="Map",
            download_root=f"ESA_WorldCover/ESA_WORLDCOVER_10M_{year}_V{major}00/MAP",  # inferred
            local_root=f"/data/MTDA/WORLDCOVER/ESA_WORLDCOVER_10M_{year}_V{major}00/MAP",  # inferred
            epsg=4326,
            small_factor=100,
            assets=(
                AssetSpec(
                    key="Map",
                    file=f"ESA_WorldCover_10m_{year}_v{major}00_{{tile}}_Map.tif",  # certain naming
                    title="Map",
                    description="Land cover class (ESA WorldCover legend)",
                    roles=("data",),
                    data_type="uint8",
                    nodata=0,
                    resolution=1 / 12000,
                    bands=(Band("Map"),),
                    sampling="area",
                    opensearch_title="Map",
                ),
                _metadata_asset("{id}.xml"),
                _preview_asset(),
            ),
            preview_query="assets=Map&format=png&max_size=256",
            license="CC-BY-4.0",
            keywords=("WorldCover", "ESA", "land cover", "VITO", "Terrascope"),
            providers=(
                {"name": "ESA", "roles": ["licensor"], "url": "https://esa-worldcover.org"},
                {"name": "VITO", "roles": ["producer", "processor", "host"], "url": "https://terrascope.be"},
            ),
            summary_keys=("processing:version", "proj:code"),
            params={
                "year": year,
                "version": f"v{major}00",
                "tiles": ("N48E000", "N48E003", "N51E000", "N51E003"),
                "id": f"ESA_WorldCover_10m_{year}_v{major}00_{{tile}}",  # certain naming (file stem)
            },
        )
        for year, major in ((2020, 1), (2021, 2))
    ),
    *(
        CollectionSpec(
            id=f"esa-worldcereal-2021-{product}-v1",  # provisional
            title=f"ESA WorldCereal 2021 {label}",
            description=(
                f"ESA WorldCereal 2021 {label.lower()} map (season {season}): classification 0 = other, "
                "100 = detected, 255 = no data; confidence 0-100. Sandbox: four 3 x 3 degree tiles around "
                "Belgium at 1/120 degree."
            ),
            kind="worldcereal",
            mission_group="WorldCereal",
            opensearch_id=f"urn:eop:VITO:ESA_WORLDCEREAL_{product.upper()}_V1",  # inferred
            product_type=product,
            download_root=f"ESA_WorldCereal/2021/{product}",  # inferred
            local_root=f"/data/MTDA/WORLDCEREAL/2021/{product}",  # inferred
            epsg=4326,
            small_factor=100,
            assets=(
                AssetSpec(
                    key="classification",
                    file="{id}_classification.tif",
                    title="Classification",
                    description=f"{label}: 0 other, 100 {label.lower()}",
                    roles=("data",),
                    data_type="uint8",
                    nodata=255,
                    resolution=1 / 12000,
                    bands=(Band("classification"),),
                    opensearch_title="classification",
                ),
                AssetSpec(
                    key="confidence",
                    file="{id}_confidence.tif",
                    title="Confidence",
                    description="Classification confidence, 0-100",
                    roles=("data",),
                    data_type="uint8",
                    nodata=255,
                    unit="%",
                    resolution=1 / 12000,
                    bands=(Band("confidence"),),
                    opensearch_title="confidence",
                ),
                _metadata_asset("{id}.xml"),
                _preview_asset(),
            ),
            preview_query="assets=classification&format=png&max_size=256&rescale=0,100&colormap_name=ylorbr",
            license="CC-BY-4.0",
            keywords=("WorldCereal", "ESA", "crop", "cropland", "VITO", "Terrascope"),
            providers=(
                {"name": "ESA", "roles": ["licensor"], "url": "https://esa-worldcereal.org"},
                {"name": "VITO", "roles": ["producer", "processor", "host"], "url": "https://terrascope.be"},
            ),
            summary_keys=("proj:code",),
            params={
                "product": product,
                "season": season,
                "year": 2021,
                "tiles": ("N48E000", "N48E003", "N51E000", "N51E003"),
                "id": f"ESA_WorldCereal_2021_{season}_{product}_{{tile}}",  # inferred
            },
        )
        for product, label, season in (
            ("temporarycrops", "Temporary crops", "tc-annual"),
            ("maize", "Maize", "tc-maize-main"),
            ("wintercereals", "Winter cereals", "tc-wintercereals"),
        )
    ),
)

MISSION_GROUPS = ("Sentinel-1", "Sentinel-2", "PROBA-V", "SPOT-VGT", "WorldCover", "WorldCereal")

# ESA WorldCover legend and official colours (certain: WorldCover product user manual).
WORLDCOVER_CLASSES = {
    10: ("Tree cover", (0, 100, 0)),
    20: ("Shrubland", (255, 187, 34)),
    30: ("Grassland", (255, 255, 76)),
    40: ("Cropland", (240, 150, 255)),
    50: ("Built-up", (250, 0, 0)),
    60: ("Bare / sparse vegetation", (180, 180, 180)),
    70: ("Snow and ice", (240, 240, 240)),
    80: ("Permanent water bodies", (0, 100, 200)),
    90: ("Herbaceous wetland", (0, 150, 160)),
    95: ("Mangroves", (0, 207, 117)),
    100: ("Moss and lichen", (250, 230, 160)),
}


def collection(collection_id: str) -> CollectionSpec:
    for spec in COLLECTIONS:
        if spec.id == collection_id:
            return spec
    raise KeyError(collection_id)


def collection_ids() -> list[str]:
    return [c.id for c in COLLECTIONS]
