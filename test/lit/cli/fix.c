// --fix rewrites the file in place (atomically), reports as before the
// fix, and exits 1 because there were findings.  Afterwards the file
// compiles and is clean.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source --fix %t/input.c | FileCheck %s --implicit-check-not=warning:
// CHECK: input.c:25:9: warning: {{.*}}'a'{{.*}} [pthread.ThreadLeak]
// CHECK: input.c:27:9: warning: {{.*}}'b'{{.*}} [pthread.ThreadLeak]
// CHECK: 2 warnings generated.
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// CHECK: exit: 1
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint %t/input.c
// RUN: FileCheck %s --input-file=%t/input.c --check-prefix=FIXED
// FIXED:      if (check(fd) < 0) {
// FIXED-NEXT:   pthread_join(a, NULL);
// FIXED-NEXT: pthread_join(b, NULL);
// FIXED-NEXT: return -2;
// RUN: ls %t | count 1

#include <pthread.h>
static void *worker(void *arg) { return arg; }
int check(int);
int serve(int fd) {
    pthread_t a, b;
    if (pthread_create(&a, NULL, worker, NULL) != 0)
        return -1;
    if (pthread_create(&b, NULL, worker, NULL) != 0) {
        pthread_join(a, NULL);
        return -1;
    }
    if (check(fd) < 0) {
        return -2;
    }
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
