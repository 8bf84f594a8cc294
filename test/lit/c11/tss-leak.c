// A tss_t created in a local must be deleted before the function returns:
// the error return leaks it, and the fix-it deletes it with tss_delete.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
#include <stdio.h>
#include <threads.h>

int open_log(const char *path);

int setup_log(const char *path) {
    tss_t k;
    if (tss_create(&k, NULL) != thrd_success)
        return -1;
    int fd = open_log(path);
    if (fd < 0) {
        fprintf(stderr, "cannot open %s\n", path);
        return -1;
    }
    tss_set(k, &fd);
    tss_delete(k);
    return fd;
}

// CHECK: tss-leak.c:11:9: warning: key 'k' is never deleted when 'setup_log' returns [pthread.KeyLeak]
// CHECK-NEXT: tss-leak.c:11:9: note: 'tss_create(&k, NULL) != thrd_success' is false
// CHECK-NEXT: tss-leak.c:14:9: note: 'fd < 0' is true
// CHECK-NEXT: tss-leak.c:16:9: note: 'setup_log' returns here with key 'k' still live
// CHECK-NEXT: fix-it:"{{.*}}tss-leak.c":{16:9-16:9}:"tss_delete(k);\n        "
