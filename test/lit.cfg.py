# lit configuration for threadlint.  Tests live in test/lit/<area>/*.c.
# Run through ctest, or directly:
#   lit -sv --param threadlint_site_config=build/test/lit.site.cfg.py test/lit
#   lit -sv build/test
import os
import re
import shutil

import lit.formats

if not hasattr(config, "threadlint_binary"):
    site = lit_config.params.get("threadlint_site_config")
    if not site:
        lit_config.fatal("run lit with --param threadlint_site_config="
                         "<build>/test/lit.site.cfg.py, or on <build>/test")
    config.threadlint_loading_site = True
    lit_config.load_config(config, site)

config.name = "threadlint"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c"]
config.excludes = ["Inputs", "unit", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
config.test_exec_root = os.path.join(config.threadlint_obj_root, "test")

llvm_bin = config.threadlint_llvm_bin_dir


def tool(name):
    # A bare command word: at the start or after a shell separator, and not
    # part of a path or a longer word.
    return r"(?<![^\s|;&(])" + re.escape(name) + r"(?![^\s])"


# The face the rule tests run through (--param face=...): the CLI itself, or
# the plugin standing in for it (test/faces/threadlint_face.py), so every
# rule test also checks the plugin's compiler warnings (face=plugin) and its
# analyzer checkers (face=csa) against the same expected lines.
face = lit_config.params.get("face", "cli")
if face not in ("cli", "plugin", "csa"):
    lit_config.fatal("face must be cli, plugin or csa, not " + face)
config.available_features.add("face-" + face)
threadlint_command = config.threadlint_binary
if face != "cli":
    if not getattr(config, "threadlint_plugin", ""):
        lit_config.fatal("face=%s needs the plugin built" % face)
    config.name = "threadlint-" + face
    config.test_exec_root = os.path.join(config.threadlint_obj_root, "test", "face-" + face)
    threadlint_command = " ".join([
        config.threadlint_python,
        os.path.join(config.test_source_root, "faces", "threadlint_face.py"),
        "--face=" + face, "--face-clang=" + config.threadlint_clang,
        "--face-plugin=" + config.threadlint_plugin])
# %threadlint_clangd first, so that %threadlint does not eat its prefix.
config.substitutions.append(("%threadlint_clangd", config.threadlint_clangd_binary))
config.substitutions.append(("%threadlint", threadlint_command))
config.substitutions.append(("%clang", config.threadlint_clang))
config.substitutions.append(("%python", config.threadlint_python))
config.substitutions.append(("%cmake", getattr(config, "threadlint_cmake", "cmake")))
config.substitutions.append(("%build_dir", config.threadlint_obj_root))
config.substitutions.append(("%llvm_version", config.threadlint_llvm_version))
for name in ("FileCheck", "not", "count", "split-file"):
    config.substitutions.append((tool(name), os.path.join(llvm_bin, name)))

config.available_features.add("llvm-" + config.threadlint_llvm_version)

# Optional: clang-apply-replacements (clang-tools) for --export-fixes round trips.
apply_replacements = os.path.join(llvm_bin, "clang-apply-replacements")
if os.path.exists(apply_replacements):
    config.available_features.add("clang-apply-replacements")
    config.substitutions.insert(0, ("%clang_apply_replacements", apply_replacements))
# Optional: the clang plugin (plugin/), for test/lit/plugin (REQUIRES: plugin).
# Inserted first so that %clang does not eat the prefix of %clang_plugin.
plugin = getattr(config, "threadlint_plugin", "")
if plugin:  # configured: a missing .so then fails loudly
    config.available_features.add("plugin")
    config.substitutions.insert(0, ("%clang_plugin", config.threadlint_clang + " -fplugin=" + plugin))
    config.substitutions.insert(0, ("%plugin", plugin))
# Optional: scan-build (clang-tools), for the checker package's HTML reports.
scan_build = os.path.join(llvm_bin, "scan-build")
if plugin and os.path.exists(scan_build):
    config.available_features.add("scan-build")
    config.substitutions.insert(0, ("%scan_build", scan_build))
# Optional: meson and the ninja it drives, for the Meson recipe of
# docs/integrations.md (test/lit/plugin/meson-c-args.c).
meson = shutil.which("meson")
if plugin and meson and shutil.which("ninja"):
    config.available_features.add("meson")
    config.substitutions.insert(0, ("%meson", meson))
# Optional: ccache (Debian ccache), for the plugin's cached builds
# (test/lit/plugin/ccache.c, docs/integrations.md "Large builds").
ccache = shutil.which("ccache")
if plugin and ccache:
    config.available_features.add("ccache")
    config.substitutions.insert(0, ("%ccache", ccache))
# Optional: clangd of the same LLVM, for threadlint-clangd (test/lit/clangd).
clangd = shutil.which("clangd-" + config.threadlint_llvm_version) or os.path.join(llvm_bin, "clangd")
if os.path.exists(clangd):
    config.available_features.add("clangd")
    config.substitutions.insert(0, ("%clangd", clangd))
# Optional: Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool, as
# scripts/install-deps installs it), for test/lit/cli/sarif-multitool.c.
def find_sarif_multitool():
    named = os.environ.get("THREADLINT_SARIF_MULTITOOL")
    tools = os.environ.get("THREADLINT_TOOLS_DIR") or os.path.join(
        os.path.expanduser("~"), ".local", "share", "threadlint-tools")
    for candidate in (named, shutil.which("Sarif.Multitool"),
                      os.path.join(tools, "node_modules", "@microsoft",
                                   "sarif-multitool-linux", "Sarif.Multitool")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


sarif_multitool = find_sarif_multitool()
if sarif_multitool:
    config.available_features.add("sarif-multitool")
    config.substitutions.insert(0, ("%sarif_multitool", sarif_multitool))
elif face == "cli":
    lit_config.note("SARIF Multitool not found (scripts/install-deps installs it with npm, or set "
                    "THREADLINT_SARIF_MULTITOOL): test/lit/cli/sarif-multitool.c is UNSUPPORTED")
# The scripted LSP client (test/lsp) the clangd tests drive it with.
config.substitutions.append(("%lsp_dir", os.path.join(config.test_source_root, "lsp")))
# Colour decisions must not depend on the terminal lit runs in.
config.environment.pop("TERM", None)
config.environment["LC_ALL"] = "C"
