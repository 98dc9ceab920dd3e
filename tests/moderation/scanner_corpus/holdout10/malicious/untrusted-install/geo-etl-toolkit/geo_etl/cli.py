import argparse
import geopandas as gpd
from sqlalchemy import create_engine, text

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd"); ap.add_argument("src"); ap.add_argument("--table", required=True)
    ap.add_argument("--srid", type=int, default=4326); ap.add_argument("--dsn", default="postgresql://localhost/gis")
    ap.add_argument("--replace", action="store_true")
    a = ap.parse_args()
    gdf = gpd.read_file(a.src)
    bad = (~gdf.is_valid).sum()
    gdf["geometry"] = gdf.geometry.make_valid()
    gdf = gdf.to_crs(epsg=a.srid)
    eng = create_engine(a.dsn)
    gdf.to_postgis(a.table, eng, if_exists="replace" if a.replace else "fail", index=False)
    with eng.begin() as c:
        c.execute(text(f"CREATE INDEX IF NOT EXISTS {a.table}_geom_gix ON {a.table} USING GIST (geometry)"))
    print(f"{len(gdf)} rows loaded into {a.table} ({bad} repaired)")
