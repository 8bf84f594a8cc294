// '// NOLINT(pthread.JoinMisuse)' does not silence a ThreadLeak on that
// line.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *work(void *arg) { return arg; }
int finish(void);

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0) // NOLINT(pthread.JoinMisuse)
        return -1;
    if (finish() < 0)
        return -1;
    pthread_join(t, NULL);
    return 0;
}

// CHECK: nolint-other-rule.c:11:9: warning: thread 't' running 'work' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// CHECK-NEXT: nolint-other-rule.c:11:9: note: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// CHECK-NEXT: nolint-other-rule.c:13:9: note: 'finish() < 0' is true
// CHECK-NEXT: nolint-other-rule.c:14:9: note: 'run' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}nolint-other-rule.c":{14:9-14:9}:"{ pthread_join(t, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}nolint-other-rule.c":{14:19-14:19}:" }"
