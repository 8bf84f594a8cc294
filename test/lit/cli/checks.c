// --checks selects rules with clang-tidy's glob lists.
// RUN: not %threadlint --no-source %S/Inputs/leak.c 2>&1 | FileCheck %s --check-prefix=ON --implicit-check-not=warning:
// RUN: not %threadlint --no-source --checks=-*,pthread.ThreadLeak %S/Inputs/leak.c 2>&1 | FileCheck %s --check-prefix=ON --implicit-check-not=warning:
// RUN: not %threadlint --no-source --checks='-*, pthread.Thread*' %S/Inputs/leak.c 2>&1 | FileCheck %s --check-prefix=ON --implicit-check-not=warning:
// RUN: not %threadlint --no-source -checks=-pthread.ThreadLeak,pthread.* %S/Inputs/leak.c 2>&1 | FileCheck %s --check-prefix=ON --implicit-check-not=warning:
// ON: leak.c:9:9: warning: {{.*}} [pthread.ThreadLeak]

// RUN: %threadlint --checks=-* %S/Inputs/leak.c 2>&1 | count 0
// RUN: %threadlint --checks=-pthread.ThreadLeak %S/Inputs/leak.c 2>&1 | count 0
// RUN: %threadlint --checks 'pthread.ThreadLeak,-*' %S/Inputs/leak.c 2>&1 | count 0

// A glob that matches no rule is an error, even next to good ones.
// RUN: not %threadlint --checks=-*,pthread.ThreadLeak,bugprone-* %S/Inputs/leak.c 2>&1 | FileCheck %s --check-prefix=BAD --implicit-check-not=warning:
// BAD: threadlint: error: --checks: 'bugprone-*' matches no rule
// BAD-NOT: {{.}}
// RUN: not %threadlint --checks=pthread.threadleak %S/Inputs/leak.c 2>&1 | FileCheck %s --check-prefix=CASE --implicit-check-not=warning:
// CASE: threadlint: error: --checks: 'pthread.threadleak' matches no rule

int unused;
