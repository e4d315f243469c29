"""The block hooks' weight against scale (the throughput issue's P3), from the JSON that
`corex-node benchmark pallet --json-file` writes (frame-benchmarking's raw results).

    python3 scripts/bench-hooks.py RESULTS.json...

For each hook benchmark and each of its components (the node set, the computations in flight),
it compares the runs at the component's smallest and largest value, the other components at
their largest (the points frame-benchmarking measures): median execution time over the repeats
and the storage reads and writes. Prints one Markdown table row per component; the ratio is
the largest size's time over the smallest's, the anchor measured in the same run.
"""
import json
import statistics
import sys


def rows(batch):
    name = f"{batch['pallet']}::{batch['benchmark']}"
    results = batch["time_results"]
    db = batch["db_results"] or results
    if not results or not results[0]["components"]:
        return
    names = [c[0] for c in results[0]["components"]]
    top = {n: max(dict(r["components"])[n] for r in results) for n in names}
    for component in names:
        def at(value, table):
            return [r for r in table
                    if dict(r["components"])[component] == value
                    and all(dict(r["components"])[o] == top[o] for o in names if o != component)]
        values = sorted({dict(r["components"])[component] for r in results})
        low, high = values[0], values[-1]
        if low == high:
            continue
        t_low = statistics.median(r["extrinsic_time"] for r in at(low, results))
        t_high = statistics.median(r["extrinsic_time"] for r in at(high, results))
        d_low, d_high = at(low, db)[0], at(high, db)[0]
        yield (f"| `{name}` | {component}: {low:,} → {high:,} | {t_low / 1000:.1f} µs, "
               f"{d_low['reads']} r / {d_low['writes']} w | {t_high / 1000:.1f} µs, "
               f"{d_high['reads']} r / {d_high['writes']} w | **{t_high / t_low:.2f}** |")


def main():
    print("| hook benchmark | component | smallest (time, reads / writes) "
          "| largest (time, reads / writes) | × smallest |")
    print("|---|---|---|---|---|")
    for path in sys.argv[1:]:
        with open(path) as f:
            for batch in json.load(f):
                for row in rows(batch):
                    print(row)


if __name__ == "__main__":
    main()
