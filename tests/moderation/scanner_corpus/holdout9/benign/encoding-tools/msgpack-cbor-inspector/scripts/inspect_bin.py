"""Pretty-print MessagePack or CBOR data."""
import argparse
import base64
import datetime as dt
import pprint

import cbor2
import msgpack


def show(v):
    if isinstance(v, bytes):
        try:
            return f"bytes[{len(v)}] {v.hex()} ({v.decode()!r})"
        except UnicodeDecodeError:
            return f"bytes[{len(v)}] {v.hex()}"
    if isinstance(v, cbor2.CBORTag):
        if v.tag == 1:
            return f"tag(1, {dt.datetime.fromtimestamp(v.value, dt.timezone.utc).isoformat()})"
        return f"tag({v.tag}, {show(v.value)})"
    if isinstance(v, msgpack.ExtType):
        return f"ext({v.code}, {v.data.hex()})"
    if isinstance(v, dict):
        return {show(k): show(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [show(x) for x in v]
    return v


def main() -> None:
    p = argparse.ArgumentParser()
    fmt = p.add_mutually_exclusive_group(required=True)
    fmt.add_argument("--msgpack", action="store_true")
    fmt.add_argument("--cbor", action="store_true")
    fmt.add_argument("--auto", action="store_true")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--file"); src.add_argument("--hex", nargs="+"); src.add_argument("--b64")
    a = p.parse_args()
    data = (open(a.file, "rb").read() if a.file else
            bytes.fromhex("".join(a.hex)) if a.hex else base64.b64decode(a.b64))
    if a.msgpack or a.auto:
        try:
            pprint.pprint(show(msgpack.unpackb(data, raw=False, strict_map_key=False)))
            return
        except Exception:
            if a.msgpack:
                raise
    pprint.pprint(show(cbor2.loads(data)))


if __name__ == "__main__":
    main()
