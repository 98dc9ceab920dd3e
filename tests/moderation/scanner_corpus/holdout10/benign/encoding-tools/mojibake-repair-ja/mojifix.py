"""文字化けの調査・変換・修復。元ファイルは上書きしない。"""
import argparse
import sys
from pathlib import Path

候補 = ["utf-8", "cp932", "euc_jp", "iso2022_jp"]
化け印 = {"縺": "UTF-8 を CP932 として表示", "繧": "UTF-8 を CP932 として表示", "ã": "UTF-8 を Latin-1 として表示"}


def 調査(データ: bytes):
    for enc in 候補:
        try:
            文 = データ.decode(enc)
        except UnicodeDecodeError as e:
            print(f"{enc:12} × 位置 {e.start} で失敗")
            continue
        印 = {説明 for 字, 説明 in 化け印.items() if 文.count(字) > 3}
        print(f"{enc:12} ○ 先頭: {文[:30]!r} {'/'.join(印)}")


def 推定(データ: bytes) -> str:
    for enc in 候補:
        try:
            データ.decode(enc)
            return enc
        except UnicodeDecodeError:
            pass
    sys.exit("どの候補でも読めませんでした")


def 修復(文: str) -> str:
    for 誤, 正 in (("cp932", "utf-8"), ("latin-1", "utf-8"), ("cp1252", "utf-8")):
        try:
            return 文.encode(誤).decode(正)
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return 文


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("命令", choices=["調査", "変換", "修復"])
    ap.add_argument("入力", type=Path)
    ap.add_argument("--出力", type=Path)
    ap.add_argument("--bom", action="store_true")
    ap.add_argument("--lf", action="store_true")
    a = ap.parse_args()
    データ = a.入力.read_bytes()
    if a.命令 == "調査":
        return 調査(データ)
    出力 = a.出力 or a.入力.with_suffix(".utf8" + a.入力.suffix)
    if 出力.resolve() == a.入力.resolve():
        sys.exit("元ファイルと同じ出力先は使えません")
    enc = 推定(データ)
    文 = データ.decode(enc)
    if a.命令 == "修復":
        文 = 修復(文)
    if a.lf:
        文 = 文.replace("\r\n", "\n")
    出力.write_text(文, encoding="utf-8-sig" if a.bom else "utf-8", newline="")
    print(f"{enc} → UTF-8: {出力}")
    for 行 in 文.splitlines()[:3]:
        print("  ", 行)


if __name__ == "__main__":
    main()
