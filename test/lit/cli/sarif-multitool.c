// Microsoft's SARIF Multitool, with GitHub's rules and SARIF's own, reports
// no error and no warning on threadlint's SARIF: warnings and note-level
// findings, notes, fix-its, files under the source root (%SRCROOT%) and
// outside it, a header's finding, several files.
// REQUIRES: sarif-multitool
// RUN: rm -rf %t && mkdir -p %t/src %t/elsewhere && cd %t
// RUN: cp %S/Inputs/leak.c src/leak.c && cp %S/Inputs/leaky.h %S/Inputs/uses_leaky.c src/
// RUN: cp %S/../key/note-sarif.c elsewhere/note.c
// RUN: not %threadlint --format=sarif --header-filter=leaky --source-root=src src/leak.c src/uses_leaky.c elsewhere/note.c > all.sarif
// RUN: %python %S/Inputs/check_sarif.py all.sarif --uris | FileCheck %s --check-prefix=URIS
// URIS:      result pthread.ThreadLeak line 9
// URIS-NEXT:   %SRCROOT% leak.c
// URIS:      result pthread.ThreadLeak line 8
// URIS-NEXT:   %SRCROOT% leaky.h
// URIS:      level note
// URIS-NEXT:   - file:///{{.*}}/elsewhere/note.c
// RUN: %threadlint --format=sarif %S/Inputs/clean.c > clean.sarif

// The validator's check that URIs are reachable (SARIF2006) would fetch
// helpUri over the network: a proxy on the loopback discard port keeps it
// on this machine.
// RUN: env HOME=%t DOTNET_BUNDLE_EXTRACT_BASE_DIR=%t/dotnet DOTNET_CLI_TELEMETRY_OPTOUT=1 \
// RUN:     DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 http_proxy=http://127.0.0.1:9 \
// RUN:     https_proxy=http://127.0.0.1:9 HTTP_PROXY=http://127.0.0.1:9 HTTPS_PROXY=http://127.0.0.1:9 \
// RUN:     no_proxy= NO_PROXY= \
// RUN:     %sarif_multitool validate --rule-kind "Gh;Sarif" --level "Error;Warning" all.sarif clean.sarif > validate.out 2>&1
// RUN: FileCheck %s --input-file=validate.out --implicit-check-not=error --implicit-check-not=warning
// CHECK: Done. 2 files scanned.
// CHECK: Analysis completed successfully.

int unused;
