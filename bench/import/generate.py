#!/usr/bin/env python3
"""Scales the evaluation corpus to N services for the import bench: each copy of a service gets a new
name-based UUID and a numbered name, everything else (organisations, terms, areas, channels) is shared.
Written record by record, so generating 50,000 services needs little memory."""
import json
import sys
import uuid

source, target, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(source, encoding="utf-8") as f:
    corpus = json.load(f)
services = corpus["services"]
namespace = uuid.UUID("7d1f5a7e-0b8e-4f57-9d55-3c2b8f0c1a01")
with open(target, "w", encoding="utf-8") as out:
    out.write('{"hsds_version": "3.0",\n')
    for key in ("taxonomies", "taxonomy_terms", "organizations"):
        out.write(f'"{key}": {json.dumps(corpus[key], ensure_ascii=False)},\n')
    out.write('"services": [\n')
    for i in range(count):
        copy, original = divmod(i, len(services))
        s = dict(services[original])
        if copy > 0:
            s["id"] = str(uuid.uuid5(namespace, f"{s['id']}:{copy}"))
            s["name"] = f"{s['name']} ({copy + 1})"
        out.write(json.dumps(s, ensure_ascii=False))
        out.write(",\n" if i < count - 1 else "\n")
    out.write("]}\n")
