// --fix guards a join that paths reach after a failed create with the
// status the function kept: `if (rc == 0)` before it (a detach alike).
// A handle released at two places (one finding for both) gets the guard
// before each (unbraced arms braced: misuse-join-failed-create-logged.c).
// The neighbour with no edit: the status is changed after the create.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: not %threadlint --no-source %t/input.c 2>&1 | FileCheck %s --check-prefix=AFTER --implicit-check-not=warning: --implicit-check-not=fix-it:
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stdio.h>

static void *work(void *arg) { return arg; }

int run(void *job) {
    pthread_t t;
    int rc = pthread_create(&t, NULL, work, job);
    if (rc != 0)
        fprintf(stderr, "create: %d\n", rc);
    pthread_join(t, NULL);
    return rc;
}

void spawn_bg(void *job) {
    pthread_t t;
    int err;
    err = pthread_create(&t, NULL, work, job);
    if (err)
        perror("pthread_create");
    pthread_detach(t);
}

int status_changed(void *job) {
    pthread_t t;
    int rc = pthread_create(&t, NULL, work, job);
    if (rc != 0) {
        fprintf(stderr, "create: %d\n", rc);
        rc = 0;
    }
    pthread_join(t, NULL);
    return rc;
}

int two_releases(void *job, int wait) {
    pthread_t t;
    int rc = pthread_create(&t, NULL, work, job);
    if (rc != 0)
        fprintf(stderr, "create: %d\n", rc);
    if (wait) {
        pthread_join(t, NULL);
    } else {
        pthread_detach(t);
    }
    return rc;
}

// CHECK: {{.*}}input.c:21:5: warning: 't' is joined but its pthread_create failed [pthread.JoinMisuse]
// CHECK-NEXT: {{.*}}input.c:19:9: note: 'rc != 0' is true
// CHECK-NEXT: fix-it:"{{.*}}input.c":{21:5-21:5}:"if (rc == 0)\n        "
// CHECK-NEXT: {{.*}}input.c:31:5: warning: 't' is detached but its pthread_create failed [pthread.JoinMisuse]
// CHECK-NEXT: {{.*}}input.c:29:9: note: 'err' is true
// CHECK-NEXT: fix-it:"{{.*}}input.c":{31:5-31:5}:"if (err == 0)\n        "
// CHECK-NEXT: {{.*}}input.c:41:5: warning: 't' is joined but its pthread_create failed [pthread.JoinMisuse]
// CHECK-NEXT: {{.*}}input.c:37:9: note: 'rc != 0' is true
// CHECK-NEXT: {{.*}}input.c:53:9: warning: 't' is detached but its pthread_create failed [pthread.JoinMisuse]
// CHECK-NEXT: {{.*}}input.c:48:9: note: 'rc != 0' is true
// CHECK-NEXT: {{.*}}input.c:50:9: note: 'wait' is false
// CHECK-NEXT: fix-it:"{{.*}}input.c":{51:9-51:9}:"if (rc == 0)\n            "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{53:9-53:9}:"if (rc == 0)\n            "
// CHECK-NEXT: 4 warnings generated.
// CHECK: threadlint: applied 4 fix-it edits to '{{.*}}input.c'
// AFTER: {{.*}}input.c:43:5: warning: 't' is joined but its pthread_create failed [pthread.JoinMisuse]
// AFTER-NEXT: {{.*}}input.c:39:9: note: 'rc != 0' is true
// AFTER-NEXT: 1 warning generated.
// FIXED:      fprintf(stderr, "create: %d\n", rc);
// FIXED-NEXT: if (rc == 0)
// FIXED-NEXT: pthread_join(t, NULL);
// FIXED:      perror("pthread_create");
// FIXED-NEXT: if (err == 0)
// FIXED-NEXT: pthread_detach(t);
// FIXED:      if (wait) {
// FIXED-NEXT: if (rc == 0)
// FIXED-NEXT: pthread_join(t, NULL);
// FIXED-NEXT: } else {
// FIXED-NEXT: if (rc == 0)
// FIXED-NEXT: pthread_detach(t);
