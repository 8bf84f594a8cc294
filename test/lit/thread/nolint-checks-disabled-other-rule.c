// --checks=-pthread.ThreadLeak leaves JoinMisuse on: the double join is
// still reported while the leak on the other path is not.
// RUN: not %threadlint --no-source --checks=-pthread.ThreadLeak %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *work(void *arg) { return arg; }
int finish(void);

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    if (finish() < 0)
        return -1;
    pthread_join(t, NULL);
    pthread_join(t, NULL);
    return 0;
}

// CHECK: nolint-checks-disabled-other-rule.c:16:5: warning: thread 't' is joined after it was already joined [pthread.JoinMisuse]
// CHECK-NEXT: nolint-checks-disabled-other-rule.c:11:9: note: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// CHECK-NEXT: nolint-checks-disabled-other-rule.c:13:9: note: 'finish() < 0' is false
// CHECK-NEXT: nolint-checks-disabled-other-rule.c:15:5: note: 't' joined here
// CHECK-NEXT: fix-it:"{{.*}}nolint-checks-disabled-other-rule.c":{16:5-16:27}:""
