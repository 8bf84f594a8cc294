// Round trip: clang-apply-replacements applies the exported YAML, and the
// result compiles and is clean.
// REQUIRES: clang-apply-replacements
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --export-fixes=%t/fixes.yaml %t/input.c > /dev/null 2>&1
// RUN: %clang_apply_replacements %t
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint %t/input.c
// RUN: FileCheck %s --input-file=%t/input.c --check-prefix=FIXED
// FIXED:      if (check(fd) < 0) {
// FIXED-NEXT:     pthread_join(tid, NULL);
// FIXED-NEXT: return -2;
#include <pthread.h>
static void *worker(void *arg) { return arg; }
int check(int);
int serve(int fd) {
    pthread_t tid;
    if (pthread_create(&tid, NULL, worker, NULL) != 0)
        return -1;
    if (check(fd) < 0) {
        return -2;
    }
    pthread_join(tid, NULL);
    return 0;
}
