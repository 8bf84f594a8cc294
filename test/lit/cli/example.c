// examples/leak.c is what README.md and scripts/bootstrap show: keep it
// producing a finding with its path and a fix-it, and the fix compiling.
// (Which of the two error paths the notes walk is the core's choice.)
// RUN: not %threadlint --no-source %S/../../../examples/leak.c 2>&1 | FileCheck %s --implicit-check-not=warning:
// CHECK: leak.c:36:9: warning: thread 'logger' running 'log_flusher' is neither joined nor detached when 'run_server' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak.c:36:9: note: 'pthread_create(&logger, NULL, log_flusher, &q) != 0' is false
// CHECK: leak.c:{{42|46}}:9: note: {{.*}} is true
// CHECK: leak.c:60:5: note: 'run_server' returns here with 'logger' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak.c":{60:5-60:5}:"pthread_join(logger, NULL);{{.*}}"
// CHECK-NEXT: 1 warning generated.

// RUN: rm -rf %t && mkdir -p %t && cp %S/../../../examples/leak.c %t/leak.c
// RUN: not %threadlint --fix %t/leak.c > /dev/null 2>&1
// RUN: %clang -fsyntax-only -Wall -Werror %t/leak.c
// RUN: %threadlint %t/leak.c

int unused;
