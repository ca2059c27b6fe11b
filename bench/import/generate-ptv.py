#!/usr/bin/env python3
"""Writes a large PTV Open API v11 input for the import bench: the channels of the test fixture in channels.json, and
services.json as one top-level array of copies of the fixture's services, each with a new name-based UUID, a numbered
name and a long description (about 6 KB in each of fi/sv/en), until the array reaches the target size in MB.
Written record by record, so a 200 MB file needs little memory to generate."""
import json
import os
import sys
import uuid

fixture, target_dir, megabytes = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(os.path.join(fixture, "services.json"), encoding="utf-8") as f:
    services = json.load(f)["itemList"]
os.makedirs(target_dir, exist_ok=True)
with open(os.path.join(fixture, "channels.json"), encoding="utf-8") as f, \
        open(os.path.join(target_dir, "channels.json"), "w", encoding="utf-8") as out:
    out.write(f.read())

namespace = uuid.UUID("3b0c2d6e-5a8f-4c11-9f3e-2f6d8a1b7c02")
paragraph = {
    "fi": "Neuvolassa seurataan lapsen kasvua ja kehitystä, ja vanhemmat saavat tukea arkeen ja vanhemmuuteen. ",
    "sv": "Rådgivningen följer barnets tillväxt och utveckling och stöder föräldrarna i vardagen. ",
    "en": "The clinic follows the child's growth and development and supports parents in everyday life. ",
}
limit = megabytes * 1024 * 1024
written = 0
count = 0
with open(os.path.join(target_dir, "services.json"), "w", encoding="utf-8") as out:
    out.write("[\n")
    while written < limit:
        original = services[count % len(services)]
        s = json.loads(json.dumps(original))
        s["id"] = str(uuid.uuid5(namespace, f"{original['id']}:{count}"))
        for name in s.get("serviceNames", []):
            name["value"] = f"{name['value']} {count + 1}"
        for text in s.get("serviceDescriptions", []):
            if text["type"] == "Description":
                text["value"] = text["value"] + " " + paragraph[text["language"]] * 60
        line = ("," if count else "") + json.dumps(s, ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode("utf-8"))
        count += 1
    out.write("]\n")
print(f"{count} services, {written / 1024 / 1024:.0f} MB in {target_dir}/services.json")
