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
assert driver["semanticVersion"] == driver["version"]
root = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
assert root.startswith("file:///") and root.endswith("/"), root
rules = driver["rules"]
ids = [r["id"] for r in rules]
assert "pthread.ThreadLeak" in ids and len(set(ids)) == len(ids)
for r in rules:
    assert r["shortDescription"]["text"]
    assert r["fullDescription"]["text"] and r["fullDescription"]["markdown"]
    assert "**" not in r["fullDescription"]["text"]
    assert r["help"]["markdown"].startswith("# %s\n" % r["id"]), r["help"]
    assert r["help"]["text"]
    assert r["helpUri"].startswith("https://") and r["helpUri"].endswith("/%s.md" % r["id"])


def check_artifact(a):
    """Under the source root: relative to %SRCROOT%; elsewhere: file://."""
    if "uriBaseId" in a:
        assert a["uriBaseId"] == "%SRCROOT%" and not a["uri"].startswith(("/", "file:")), a
    else:
        assert a["uri"].startswith("file:///"), a



for res in run["results"]:
    assert res["level"] in ("warning", "note")  # note: a note-level finding
    assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
    assert res["message"]["text"]
    loc = res["locations"][0]["physicalLocation"]
    check_artifact(loc["artifactLocation"])
    fingerprint = res["partialFingerprints"]["threadlint/v1"]
    assert len(fingerprint.split(":")[0]) == 16 and int(fingerprint.split(":")[1]) >= 1
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
            check_artifact(change["artifactLocation"])
            for rep in change["replacements"]:
                region = rep["deletedRegion"]
                assert (region["startLine"], region["startColumn"]) <= (
                    region["endLine"], region["endColumn"])
                assert "text" in rep["insertedContent"]
    print("result %s line %d notes %d fixes %d level %s" % (
        res["ruleId"], loc["region"]["startLine"], len(related), len(res.get("fixes", [])),
        res["level"]))
    if "--uris" in sys.argv:
        print("  %s %s" % (loc["artifactLocation"].get("uriBaseId", "-"),
                           loc["artifactLocation"]["uri"]))
print("results: %d" % len(run["results"]))
