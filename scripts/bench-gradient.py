"""numpy reference for the gradient kernel: the same softmax-regression gradient over the same
1,600 digits training samples, float64, one BLAS thread; best of 7 runs of 20 passes.

    OPENBLAS_NUM_THREADS=1 python3 scripts/bench-gradient.py

Compare with `cargo run --release -p corex-compute --example gradient_bench` on the same machine.
"""
import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import pathlib  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
PASSES = 20


def read_shard(path):
    data = (ROOT / path).read_bytes()
    # compact(count) in two-byte mode (200 samples), then 1 + 1 + 64 + 1 bytes per sample.
    count = int.from_bytes(data[:2], "little") >> 2
    rows = np.frombuffer(data[2:], dtype=np.uint8).reshape(count, 67)
    return rows[:, 2:66].astype(np.float64) / 16.0, rows[:, 66].astype(np.int64)


def main():
    parts = [read_shard(f"datasets/digits/shards/train-{i}.bin") for i in range(8)]
    x = np.concatenate([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    onehot = np.eye(10)[y]
    w = ((np.arange(640) * 7919) % 32768 - 16384).reshape(10, 64) / 65536.0
    b = np.zeros(10)

    def gradient():
        logits = x @ w.T + b
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        p = e / e.sum(axis=1, keepdims=True)
        delta = p - onehot
        return delta.T @ x, delta.sum(axis=0), -np.log(p[np.arange(len(y)), y]).sum()

    best = float("inf")
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(PASSES):
            gradient()
        best = min(best, time.perf_counter() - start)
    per_pass = best / PASSES
    rate = len(y) / per_pass
    print(f"numpy {np.__version__} gradient: {rate:.0f} samples/s, {4 * 10 * 64 * rate / 1e9:.3f} GFLOP/s "
          f"({len(y)} samples, {per_pass * 1e3:.3f} ms per pass)")


if __name__ == "__main__":
    main()
