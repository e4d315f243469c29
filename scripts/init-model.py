"""Write a random initial softmax-regression model for the digits (64 features, 10 classes).

    python3 scripts/init-model.py [--seed 2] [--scale 1.0] [--out datasets/digits/model-init.bin]

Weights are drawn from a normal distribution (numpy's PCG64 with the given seed) times `scale`,
biases are zero; both are stored in Q16.16. The bytes are the SCALE encoding of
`corex_compute::Model`: classes (u32 LE), features (u32 LE), compact(640) ++ 640 i64 LE weights,
compact(10) ++ 10 i64 LE biases. A random start (about 10 % accuracy) lets the acceptance test
show accuracy rising round over round; from zeros, the first gradient step already reaches the
nearest-centroid classifier (87 %) and later rounds barely move it.
"""
import argparse
import hashlib
import pathlib
import struct

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent


def compact(n: int) -> bytes:
    if n < 1 << 6:
        return bytes([n << 2])
    if n < 1 << 14:
        return ((n << 2) | 1).to_bytes(2, "little")
    raise ValueError("too large")


def encode(weights, bias) -> bytes:
    out = struct.pack("<II", 10, 64)
    out += compact(len(weights)) + b"".join(struct.pack("<q", w) for w in weights)
    out += compact(len(bias)) + b"".join(struct.pack("<q", b) for b in bias)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--out", default=str(ROOT / "datasets/digits/model-init.bin"))
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    weights = [int(round(x * 65536)) for x in rng.normal(0.0, args.scale, 640)]
    data = encode(weights, [0] * 10)
    pathlib.Path(args.out).write_bytes(data)
    print(args.out, len(data), "bytes, sha2-256", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
