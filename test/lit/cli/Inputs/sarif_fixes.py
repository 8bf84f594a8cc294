"""Prints each SARIF result's fixes (description and edits) for FileCheck
and, with --apply RESULT:FIX, applies that fix's replacements to the files
(artifact URIs relative to --root when they carry a uriBaseId)."""
import argparse
import json
import os
from urllib.parse import unquote, urlparse

ap = argparse.ArgumentParser()
ap.add_argument("log")
ap.add_argument("--apply", help="RESULT:FIX, both counted from 0")
ap.add_argument("--root", default=".")
a = ap.parse_args()

run = json.load(open(a.log))["runs"][0]


def path_of(loc):
    uri = loc["uri"]
    if "uriBaseId" in loc:
        return os.path.join(a.root, unquote(uri))
    return unquote(urlparse(uri).path)


def offset(lines, line, col):
    return sum(len(x) for x in lines[:line - 1]) + col - 1


for r, res in enumerate(run["results"]):
    line = res["locations"][0]["physicalLocation"]["region"]["startLine"]
    print("result %d %s line %d fixes %d" % (r, res["ruleId"], line, len(res.get("fixes", []))))
    for f, fix in enumerate(res.get("fixes", [])):
        print("  fix %d: %s" % (f, fix["description"]["text"]))
        for change in fix["artifactChanges"]:
            for rep in change["replacements"]:
                reg = rep["deletedRegion"]
                print("    {%d:%d-%d:%d} %s" % (reg["startLine"], reg["startColumn"], reg["endLine"],
                                                reg["endColumn"],
                                                json.dumps(rep["insertedContent"]["text"])))

if a.apply:
    r, f = (int(x) for x in a.apply.split(":"))
    for change in run["results"][r]["fixes"][f]["artifactChanges"]:
        path = path_of(change["artifactLocation"])
        text = open(path).read()
        lines = text.splitlines(keepends=True)
        edits = []
        for rep in change["replacements"]:
            reg = rep["deletedRegion"]
            edits.append((offset(lines, reg["startLine"], reg["startColumn"]),
                          offset(lines, reg["endLine"], reg["endColumn"]),
                          rep["insertedContent"]["text"]))
        for b, e, t in sorted(edits, reverse=True):
            text = text[:b] + t + text[e:]
        open(path, "w").write(text)
