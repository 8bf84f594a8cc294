"""Checks that a threadlint SARIF log has the structure code-scanning
services rely on; prints a summary line for FileCheck."""
import json
import sys

log = json.load(open(sys.argv[1]))
assert log["$schema"].endswith("sarif-2.1.0.json"), log["$schema"]
assert log["version"] == "2.1.0"
assert len(log["runs"]) == 1
run = log["runs"][0]
driver = run["tool"]["driver"]
assert driver["name"] == "threadlint"
assert driver["version"] and driver["informationUri"].startswith("http")
rules = driver["rules"]
ids = [r["id"] for r in rules]
assert "pthread.ThreadLeak" in ids and len(set(ids)) == len(ids)
for r in rules:
    assert r["shortDescription"]["text"]
    assert r["helpUri"] == "docs/rules/%s.md" % r["id"]

for res in run["results"]:
    assert res["level"] in ("warning", "note")  # note: a note-level finding
    assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
    assert res["message"]["text"]
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].startswith("file:///")
    assert loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1
    related = res.get("relatedLocations", [])
    assert [r["id"] for r in related] == list(range(1, len(related) + 1))
    flow = res["codeFlows"][0]["threadFlows"][0]["locations"]
    assert flow[0]["location"]["physicalLocation"] == loc
    assert len(flow) == 1 + len(related)
    for step, note in zip(flow[1:], related):
        assert step["location"]["physicalLocation"] == note["physicalLocation"]
        assert step["location"]["message"] == note["message"]
    for fix in res.get("fixes", []):
        for change in fix["artifactChanges"]:
            assert change["artifactLocation"]["uri"].startswith("file:///")
            for rep in change["replacements"]:
                region = rep["deletedRegion"]
                assert (region["startLine"], region["startColumn"]) <= (
                    region["endLine"], region["endColumn"])
                assert "text" in rep["insertedContent"]
    print("result %s line %d notes %d fixes %d level %s" % (
        res["ruleId"], loc["region"]["startLine"], len(related), len(res.get("fixes", [])),
        res["level"]))
print("results: %d" % len(run["results"]))
