#!/usr/bin/env python3
"""Times the command line as a user runs it: whole processes of
ssc-catalogue facets and list on a catalogue, answered from the saved facet
index (<db>.facets, left by generate and import), and the same commands
answered with plain SQL (the saved index moved aside for those runs).
Prints JSON: per command, the wall times of each run in seconds.

usage: cli_bench.py SSC_CATALOGUE DB [--runs N] [--sql-runs N]
"""
import json
import os
import subprocess
import sys
import time

COMMANDS = [
    ["facets"],
    ["facets", "--status", "ongoing"],
    ["facets", "--area", "health", "--region", "Africa", "--role", "recipient",
     "--from", "2015", "--to", "2020"],
    ["list"],
    ["list", "--country", "ET", "--role", "recipient"],
    ["list", "--search", "child", "--sort", "years", "--desc"],
]


def timed(program, db, command):
    start = time.monotonic()
    done = subprocess.run([program, *command, "--db", db], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, check=False)
    elapsed = time.monotonic() - start
    if done.returncode != 0:
        sys.exit("%s failed: %s" % (" ".join(command), done.stderr.decode()))
    return round(elapsed, 3)


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    program, db = args[0], args[1]
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 3
    sql_runs = int(args[args.index("--sql-runs") + 1]) if "--sql-runs" in args else 1
    saved = db + ".facets"
    if not os.path.exists(saved):
        sys.exit("%s has no saved index; generate or import leaves one" % db)
    result = {"db": db, "index": {}, "sql": {}}
    for command in COMMANDS:
        result["index"][" ".join(command)] = [timed(program, db, command) for _ in range(runs)]
    aside = saved + ".aside"
    os.rename(saved, aside)
    try:
        for command in COMMANDS:
            result["sql"][" ".join(command)] = [timed(program, db, command)
                                                for _ in range(sql_runs)]
    finally:
        os.rename(aside, saved)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
