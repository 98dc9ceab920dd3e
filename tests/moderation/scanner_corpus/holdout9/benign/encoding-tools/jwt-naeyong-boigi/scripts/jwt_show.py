"""JWT 헤더와 페이로드를 디코딩해서 출력 (서명 검증 없음, 로컬 전용)."""
import base64
import datetime as dt
import json
import sys


def b64url(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def main() -> int:
    arg = sys.argv[1] if len(sys.argv) > 1 else "-"
    token = sys.stdin.read().strip() if arg == "-" else arg
    parts = token.split(".")
    if len(parts) != 3:
        print("JWT 형식이 아닙니다 (점 두 개로 나뉜 세 부분이어야 함)", file=sys.stderr)
        return 1
    header, payload = (json.loads(b64url(p)) for p in parts[:2])
    print("header:", json.dumps(header, indent=2, ensure_ascii=False))
    print("payload:", json.dumps(payload, indent=2, ensure_ascii=False))
    for k in ("iat", "nbf", "exp"):
        if k in payload:
            t = dt.datetime.fromtimestamp(payload[k], dt.timezone.utc)
            print(f"{k}: {t.isoformat()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
