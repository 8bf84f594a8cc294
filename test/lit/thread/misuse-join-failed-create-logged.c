// The create's failure is only logged, and the handle is then released on
// two paths: one cause, so one finding, where a path first releases it.
// The fix-it guards both releases with the kept status, bracing each arm.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdio.h>

static void *scan(void *arg) { return arg; }

int scan_dir(const char *dir, int wait) {
    pthread_t t;
    int rc = pthread_create(&t, NULL, scan, (void *)dir);
    if (rc != 0)
        fprintf(stderr, "scan %s: cannot start (%d)\n", dir, rc);
    if (wait)
        pthread_join(t, NULL);
    else
        pthread_detach(t);
    return rc;
}
// CHECK: {{.*}}misuse-join-failed-create-logged.c:18:9: warning: 't' is detached but its pthread_create failed [pthread.JoinMisuse]
// CHECK-NEXT: {{.*}}misuse-join-failed-create-logged.c:13:9: note: 'rc != 0' is true
// CHECK-NEXT: {{.*}}misuse-join-failed-create-logged.c:15:9: note: 'wait' is false
// CHECK-NEXT: fix-it:"{{.*}}misuse-join-failed-create-logged.c":{16:9-16:9}:"{ if (rc == 0) "
// CHECK-NEXT: fix-it:"{{.*}}misuse-join-failed-create-logged.c":{16:31-16:31}:" }"
// CHECK-NEXT: fix-it:"{{.*}}misuse-join-failed-create-logged.c":{18:9-18:9}:"{ if (rc == 0) "
// CHECK-NEXT: fix-it:"{{.*}}misuse-join-failed-create-logged.c":{18:27-18:27}:" }"
// CHECK-NEXT: 1 warning generated.
