"""Plot the mining pool's release curve (CSV from the pallet's `release_curve` example) to a PNG."""
import csv
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

source, target = sys.argv[1], sys.argv[2]
years, plain, recycled, notes = [], [], [], []
with open(source) as f:
    for line in f:
        if line.startswith("#"):
            notes.append(line[1:].strip())
    f.seek(0)
    for row in csv.DictReader(line for line in f if not line.startswith("#")):
        years.append(float(row["year"]))
        plain.append(100 * float(row["released_share"]))
        recycled.append(100 * float(row["pool_share_with_recycling"]))

fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.5), dpi=110)
left.plot(years, plain, label="released, nothing flowing back")
for level in (50, 90):
    left.axhline(level, color="grey", linewidth=0.6, linestyle=":")
left.set_xlabel("years after genesis")
left.set_ylabel("% of the 100,000,000 CXT pool released")
left.set_title("Release curve (rule fixed in code)")
left.set_ylim(0, 100)
left.set_xlim(0, max(years))
left.grid(alpha=0.3)
left.text(0.35, 0.35, "\n".join(notes), transform=left.transAxes, va="top", fontsize=9)

right.plot(years, [100 - p for p in plain], label="nothing flowing back")
right.plot(years, recycled, linestyle="--", label="1M CXT/year of fees and slashes flowing back")
right.set_xlabel("years after genesis")
right.set_ylabel("pool balance, % of 100,000,000 CXT")
right.set_title("Pool balance: recycling keeps it from running dry")
right.set_ylim(0, 100)
right.set_xlim(0, max(years))
right.grid(alpha=0.3)
right.legend(loc="upper right")
fig.tight_layout()
fig.savefig(target)
print(f"wrote {target}")
