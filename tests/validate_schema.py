#!/usr/bin/python3
"""Validates catalogue files against data/catalogue.schema.json with an
independent validator (Debian's python3-jsonschema). Also checks that the
schema rejects a broken record, so this test can fail."""
import copy
import json
import sys

import jsonschema

schema_path, *files = sys.argv[1:]
schema = json.load(open(schema_path, encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema)
failures = 0
for path in files:
    doc = json.load(open(path, encoding="utf-8"))
    errors = list(validator.iter_errors(doc))
    for e in errors:
        print(f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    failures += len(errors)
    if doc.get("initiatives"):
        broken = copy.deepcopy(doc)
        broken["initiatives"][0]["status"] = "finished"
        del broken["initiatives"][0]["sources"]
        if len(list(validator.iter_errors(broken))) != 2:
            print(f"{path}: the schema did not reject a broken copy")
            failures += 1
print(f"{len(files) - (1 if failures else 0)} passed, {1 if failures else 0} failed")
sys.exit(1 if failures else 0)
