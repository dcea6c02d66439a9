#!/usr/bin/env python3
"""Whole-process benchmark of the user path: `mallory run` on the four shared workloads.

For each workload it times `mallory run W.sol --sig 'w(uint256)' N` and the same with n = 1
(start-up, compilation, deployment), several runs each, and reports the median of the
difference (the execution of the workload itself) next to the native C++ of
../shared/bench/native.cpp measured in the same run, and their ratio.

Usage: bench/user_path.py [--mallory PATH] [--shared DIR] [--runs K] [--engine E] [--json]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# n per workload: large enough that execution dominates start-up by a wide margin.
WORKLOADS = [("loop", "Loop.sol", 3_000_000), ("fib", "Fib.sol", 30),
             ("store", "Store.sol", 200_000), ("transfer", "Transfer.sol", 300_000)]


def median_seconds(cmd, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        times.append(time.perf_counter() - t0)
        if done.returncode != 0:
            sys.exit(f"user_path: {' '.join(cmd)} failed ({done.returncode}): {done.stderr}")
    return statistics.median(times)


def native_seconds(binary, workload, n, runs):
    out = subprocess.run([binary, workload, str(n), str(runs)], capture_output=True, text=True,
                         check=True).stdout
    return json.loads(out.strip().splitlines()[-1])["median_s"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mallory", default=os.path.join(ROOT, "build/release/cli/mallory"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared", "bench"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--engine", default=None, help="passed as --engine to mallory run")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    native = os.path.join(tempfile.gettempdir(), "mallory_native_bench")
    subprocess.run(["c++", "-O2", "-std=c++17", "-o", native,
                    os.path.join(a.shared, "native.cpp")], check=True)
    rows = []
    for name, file, n in WORKLOADS:
        base = [a.mallory, "run", os.path.join(a.shared, file), "--sig", f"{name}(uint256)"]
        if a.engine:
            base += ["--engine", a.engine]
        startup = median_seconds(base + ["1"], a.runs)
        whole = median_seconds(base + [str(n)], a.runs)
        nat = native_seconds(native, name, n, a.runs)
        execution = max(whole - startup, 0.0)
        rows.append({"workload": name, "n": n, "mallory_s": whole, "startup_s": startup,
                     "execution_s": execution, "native_s": nat, "ratio": execution / nat})
    if a.json:
        print(json.dumps(rows, indent=2))
        return
    print(f"{'workload':<10}{'n':>10}{'run (s)':>10}{'start (s)':>10}{'exec (s)':>10}"
          f"{'native (s)':>12}{'x native':>10}")
    for r in rows:
        print(f"{r['workload']:<10}{r['n']:>10}{r['mallory_s']:>10.3f}{r['startup_s']:>10.3f}"
              f"{r['execution_s']:>10.3f}{r['native_s']:>12.6f}{r['ratio']:>10.1f}")


if __name__ == "__main__":
    main()
