"""Split the 8x8 digits into content-addressed shards for Corex computations.

    python3 scripts/shard-digits.py [--shards 8] [--out datasets/digits/shards]

Writes `train-<i>.bin` (the first 1,600 samples, `--shards` equal shards) and `validation.bin`
(the last 197, held out for the round's validation loss), and prints each file's CIDv1 (raw
codec 0x55, sha2-256 multihash, base32 multibase "b…" as IPFS prints it). The same bytes always
give the same CIDs.

A shard's bytes are the SCALE encoding of `Vec<Sample>` as `corex-compute` decodes it:
compact(sample count), then per sample compact(64) ++ 64 pixel bytes (0..=16) ++ label byte.
"""
import argparse
import base64
import gzip
import hashlib
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
TRAIN = 1600


def compact(n: int) -> bytes:
    """SCALE compact encoding of a non-negative integer below 2^30."""
    if n < 1 << 6:
        return bytes([n << 2])
    if n < 1 << 14:
        return ((n << 2) | 1).to_bytes(2, "little")
    if n < 1 << 30:
        return ((n << 2) | 2).to_bytes(4, "little")
    raise ValueError("too large")


def encode(samples) -> bytes:
    out = bytearray(compact(len(samples)))
    for pixels, label in samples:
        out += compact(len(pixels)) + bytes(pixels) + bytes([label])
    return bytes(out)


def cid(data: bytes) -> str:
    raw = bytes([0x01, 0x55, 0x12, 0x20]) + hashlib.sha256(data).digest()
    return "b" + base64.b32encode(raw).decode().lower().rstrip("=")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--out", default=str(ROOT / "datasets/digits/shards"))
    args = parser.parse_args()
    rows = []
    with gzip.open(ROOT / "datasets/digits/digits.csv.gz", "rt") as f:
        for line in f:
            values = [int(v) for v in line.strip().split(",")]
            pixels, label = values[:64], values[64]
            assert len(pixels) == 64 and all(0 <= p <= 16 for p in pixels) and 0 <= label <= 9
            rows.append((pixels, label))
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    size = TRAIN // args.shards
    parts = [(f"train-{i}.bin", rows[i * size:(i + 1) * size]) for i in range(args.shards)]
    parts.append(("validation.bin", rows[TRAIN:]))
    for name, samples in parts:
        data = encode(samples)
        (out / name).write_bytes(data)
        print(f"{cid(data)}  {name}  {len(samples)} samples  {len(data)} bytes")


if __name__ == "__main__":
    main()
