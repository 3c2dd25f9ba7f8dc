"""The long fuzz run: the properties of tests/test_fuzz.py with a large, random budget.

    python benchmarks/fuzz/run.py                  # 5,000 examples per property
    python benchmarks/fuzz/run.py --examples 20000 --seed 7

CI runs the same properties with the small, derandomised `ci` profile. This runs the `fuzz`
profile, prints hypothesis' statistics (examples run, time per property) and a total, and
exits with pytest's exit code. A failure prints the smallest failing input and a
`@reproduce_failure` line to paste above the test.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5000, help="examples per property")
    parser.add_argument("--seed", type=int, default=None, help="hypothesis seed (default: random)")
    parser.add_argument("--redos", action="store_true", help="also run the ReDoS budgets")
    args = parser.parse_args(argv)
    env = {
        **os.environ,
        "HYPOTHESIS_PROFILE": "fuzz",
        "TIMELINE_FUZZ_EXAMPLES": str(args.examples),
    }
    command = [
        sys.executable, "-m", "pytest", "tests/test_fuzz.py", "-p", "no:cacheprovider",
        "--hypothesis-show-statistics", "-q",
    ]  # fmt: skip
    if not args.redos:
        command += ["-k", "any_"]
    if args.seed is not None:
        command.append(f"--hypothesis-seed={args.seed}")
    start = time.perf_counter()
    code = subprocess.call(command, cwd=ROOT, env=env)
    spent = time.perf_counter() - start
    print(f"fuzz: {args.examples} examples per property, {spent:.0f} s, exit code {code}")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
