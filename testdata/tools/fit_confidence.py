#!/usr/bin/env python3
"""Fits event confidence to precision: a logistic regression over what supports an event.

Input: the rows `./sitrep eval SET... --calibration FILE` writes (one per counted prediction,
outcome tp or fp). Output: the weights file the fuse stage reads
(sitrep-core/src/main/resources/org/sitrep/fuse/confidence.tsv). The features must match
org.sitrep.fuse.EventConfidence exactly. Usage:

  SITREP_JAVA_OPTS="-Xmx4g -Dsitrep.rawConfidence=true" ./sitrep eval ../shared/eval/guardian ../shared/eval/m2e2 ../shared/eval/wikievents \
      testdata/articles --calibration /tmp/calib.jsonl
  python3 testdata/tools/fit_confidence.py /tmp/calib.jsonl \
      > sitrep-core/src/main/resources/org/sitrep/fuse/confidence.tsv
"""
import json
import math
import sys

STATEMENTS = {"THREAT", "ACCUSATION", "APPEAL", "DENIAL"}


def features(r):
    f = {"bias": 1.0}
    f["family=" + r["family"]] = 1.0
    f["status=" + r["status"]] = 1.0
    n = r["evidence"]
    f["evidence=" + ("1" if n == 1 else "2" if n == 2 else "3+")] = 1.0
    for k in ("has_actors", "has_targets", "has_counts", "has_place", "has_date"):
        if r[k]:
            f[k] = 1.0
    if r["family"] in STATEMENTS:
        f["has_place"] = 1.0  # a statement is placed by its speaker: no place is no doubt
    if any(x.endswith("/V") for x in r["rules"]):
        f["verbal"] = 1.0
    f["prior"] = r["confidence"]  # the extractor's own estimate (run with rawConfidence)
    return f


def fit(rows, l2=1.0, rate=0.1, rounds=3000):
    xs = [features(r) for r in rows]
    ys = [1.0 if r["outcome"] == "tp" else 0.0 for r in rows]
    w = {}
    for _ in range(rounds):
        grad = {}
        for x, y in zip(xs, ys):
            z = sum(w.get(k, 0.0) * v for k, v in x.items())
            p = 1 / (1 + math.exp(-z))
            for k, v in x.items():
                grad[k] = grad.get(k, 0.0) + (p - y) * v
        for k in grad:
            reg = 0.0 if k == "bias" else l2 * w.get(k, 0.0)
            w[k] = w.get(k, 0.0) - rate * (grad[k] + reg) / len(xs)
    return w


def main():
    rows = [json.loads(l) for l in open(sys.argv[1])]
    w = fit(rows)
    print("# Event confidence weights: logistic regression fitted by testdata/tools/fit_confidence.py")
    print(f"# on {len(rows)} scored predictions ({sum(r['outcome'] == 'tp' for r in rows)} right).")
    print("# feature <TAB> weight; confidence = 1 / (1 + exp(-sum of the weights of its features)).")
    for k in sorted(w):
        print(f"{k}\t{w[k]:.4f}")


if __name__ == "__main__":
    main()
