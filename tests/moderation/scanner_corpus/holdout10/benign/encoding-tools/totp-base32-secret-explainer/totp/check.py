"""RFC 6238 Appendix B test vectors (SHA1, 8 digits) against totp.otp."""
from .otp import secret_from_base32, totp

RFC_SECRET = b"12345678901234567890"          # published test value from the RFC
VECTORS = {59: "94287082", 1111111109: "07081804", 1111111111: "14050471",
           1234567890: "89005924", 2000000000: "69279037", 20000000000: "65353130"}

ok = True
for t, expected in VECTORS.items():
    got = totp(RFC_SECRET, at=t, digits=8)
    ok &= got == expected
    print(f"T={t:<12} expected {expected} got {got} {'OK' if got == expected else 'FAIL'}")
assert secret_from_base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ") == RFC_SECRET
print("all OK" if ok else "mismatch")
