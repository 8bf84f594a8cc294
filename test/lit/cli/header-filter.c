// Findings in headers are reported only when --header-filter (a POSIX ERE)
// matches the header's path; the main file always reports.  A header
// finding seen from several TUs is reported once.
// RUN: %threadlint %s -I%S/Inputs 2>&1 | count 0
// RUN: %threadlint --header-filter='nomatch' %s -I%S/Inputs 2>&1 | count 0
// RUN: not %threadlint --no-source --header-filter='leaky\.h$' %s -I%S/Inputs 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: not %threadlint --no-source --header-filter='.*' %s %S/Inputs/uses_leaky.c -I%S/Inputs 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: not %threadlint --no-source --header-filter='.*' -j 2 %s %S/Inputs/uses_leaky.c -I%S/Inputs 2>&1 | FileCheck %s --implicit-check-not=warning:
// CHECK: leaky.h:8:5: warning: {{.*}}'header_fire'{{.*}} [pthread.ThreadLeak]
// CHECK: 1 warning generated.
#include "leaky.h"

int main(void) { return 0; }
