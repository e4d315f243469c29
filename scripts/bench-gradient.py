"""numpy reference for the gradient kernel: the same softmax-regression gradient on the same data
and shapes, float64, one BLAS thread; best of 15 runs of 20 passes.

    OPENBLAS_NUM_THREADS=1 python3 scripts/bench-gradient.py [digits|large]

`digits`: the 1,600 digits training samples (64 features); `large`: 256 synthetic samples of 784
features, generated as `kernels/examples/gradient_bench.rs` generates them. Compare with
`cargo run --release -p corex-compute --example gradient_bench [digits|large]` on the same
machine; `scripts/bench.sh` runs both, paired. The last lines are machine-readable:
`samples_per_s=… gflops=…` and, through threadpoolctl when installed, the BLAS numpy ran
(`blas=… version=… kernel=…`).
"""
import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import pathlib  # noqa: E402
import sys  # noqa: E402
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


def large():
    i = np.arange(256, dtype=np.int64)[:, None]
    j = np.arange(784, dtype=np.int64)[None, :]
    x = ((i * 7919 + j * 104729) % 17).astype(np.float64) / 16.0
    y = (np.arange(256, dtype=np.int64) * 31) % 10
    return x, y


def main():
    shape = sys.argv[1] if len(sys.argv) > 1 else "digits"
    if shape == "digits":
        parts = [read_shard(f"datasets/digits/shards/train-{i}.bin") for i in range(8)]
        x = np.concatenate([p[0] for p in parts])
        y = np.concatenate([p[1] for p in parts])
    elif shape == "large":
        x, y = large()
    else:
        sys.exit(f"unknown shape {shape}: digits or large")
    features = x.shape[1]
    onehot = np.eye(10)[y]
    w = ((np.arange(10 * features) * 7919) % 32768 - 16384).reshape(10, features) / 65536.0
    b = np.zeros(10)

    def gradient():
        logits = x @ w.T + b
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        p = e / e.sum(axis=1, keepdims=True)
        delta = p - onehot
        return delta.T @ x, delta.sum(axis=0), -np.log(p[np.arange(len(y)), y]).sum()

    best = float("inf")
    for _ in range(15):
        start = time.perf_counter()
        for _ in range(PASSES):
            gradient()
        best = min(best, time.perf_counter() - start)
    per_pass = best / PASSES
    rate = len(y) / per_pass
    gflops = 4 * 10 * features * rate / 1e9
    print(f"numpy {np.__version__} gradient ({shape}): {rate:.0f} samples/s, {gflops:.3f} GFLOP/s "
          f"({len(y)} samples × {features} features, {per_pass * 1e3:.3f} ms per pass)")
    print(f"samples_per_s={rate:.0f} gflops={gflops:.4f}")
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return
    for pool in threadpool_info():
        if pool.get("user_api") == "blas":
            print(f"blas={pool.get('internal_api')} version={pool.get('version')} "
                  f"kernel={pool.get('architecture')} threads={pool.get('num_threads')}")


if __name__ == "__main__":
    main()
