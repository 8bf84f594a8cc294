// --fix deletes the key before the error return that forgets it.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stdio.h>

int open_log(const char *path);

int setup_log(const char *path) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    int fd = open_log(path);
    if (fd < 0) {
        fprintf(stderr, "cannot open %s\n", path);
        return -1;
    }
    pthread_setspecific(k, &fd);
    pthread_key_delete(k);
    return fd;
}

// CHECK: input.c:14:9: warning: key 'k' is never deleted when 'setup_log' returns [pthread.KeyLeak]
// CHECK-NEXT: input.c:14:9: note: 'pthread_key_create(&k, NULL) != 0' is false
// CHECK-NEXT: input.c:17:9: note: 'fd < 0' is true
// CHECK-NEXT: input.c:19:9: note: 'setup_log' returns here with key 'k' still live
// CHECK-NEXT: fix-it:"{{.*}}input.c":{19:9-19:9}:"pthread_key_delete(k);\n        "
// CHECK-NEXT: 1 warning generated.
// CHECK: threadlint: applied 1 fix-it edit to '{{.*}}input.c'
// FIXED:      fprintf(stderr, "cannot open %s\n", path);
// FIXED-NEXT: pthread_key_delete(k);
// FIXED-NEXT: return -1;
