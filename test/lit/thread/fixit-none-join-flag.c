// No join under the function's flag where the flag does not say whether a
// thread was made: it is set before the create is tested, it is cleared on
// the way to the return, or the create does not come first on every path
// (paths that skip it say nothing about the flag).
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdio.h>

static void *flusher(void *arg) { return arg; }
int do_work(void);

/* set before the create is checked: true where it failed too */
int flag_set_early(void) {
    pthread_t t;
    int started = 1;
    if (pthread_create(&t, NULL, flusher, NULL) != 0)
        fprintf(stderr, "no flusher, continuing\n");
    if (do_work() < 0)
        return -1;
    if (started)
        pthread_join(t, NULL);
    return 0;
}

/* the flag is changed on the way: it no longer says */
int flag_cleared(void) {
    pthread_t t;
    int started = 0;
    if (pthread_create(&t, NULL, flusher, NULL) == 0)
        started = 1;
    if (do_work() < 0) {
        started = 0;
        return -1;
    }
    if (started)
        pthread_join(t, NULL);
    return 0;
}

/* the create is skipped on some paths */
int run_counted(int want) {
    pthread_t t;
    int have_thread = 0;
    if (want && pthread_create(&t, NULL, flusher, NULL) == 0)
        have_thread = 1;
    if (do_work() < 0)
        return -1;
    if (have_thread)
        pthread_join(t, NULL);
    return 0;
}
// CHECK: {{.*}}fixit-none-join-flag.c:16:9: warning: thread 't' running 'flusher' is neither joined nor detached when 'flag_set_early' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}fixit-none-join-flag.c:16:9: note: 'pthread_create(&t, NULL, flusher, NULL) != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-join-flag.c:18:9: note: 'do_work() < 0' is true
// CHECK-NEXT: {{.*}}fixit-none-join-flag.c:19:9: note: 'flag_set_early' returns here with 't' still joinable
// CHECK-NEXT: {{.*}}fixit-none-join-flag.c:21:9: warning: 't' is joined but its pthread_create failed [pthread.JoinMisuse]
// CHECK-NEXT: {{.*}}fixit-none-join-flag.c:16:9: note: 'pthread_create(&t, NULL, flusher, NULL) != 0' is true
// CHECK-NEXT: {{.*}}fixit-none-join-flag.c:18:9: note: 'do_work() < 0' is false
// CHECK-NEXT: {{.*}}fixit-none-join-flag.c:29:9: warning: thread 't' running 'flusher' is neither joined nor detached when 'flag_cleared' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}fixit-none-join-flag.c:29:9: note: 'pthread_create(&t, NULL, flusher, NULL) == 0' is true
// CHECK-NEXT: {{.*}}fixit-none-join-flag.c:31:9: note: 'do_work() < 0' is true
// CHECK-NEXT: {{.*}}fixit-none-join-flag.c:33:9: note: 'flag_cleared' returns here with 't' still joinable
// CHECK-NEXT: {{.*}}fixit-none-join-flag.c:44:17: warning: thread 't' running 'flusher' is neither joined nor detached when 'run_counted' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}fixit-none-join-flag.c:44:17: note: 'pthread_create(&t, NULL, flusher, NULL) == 0' is true
// CHECK-NEXT: {{.*}}fixit-none-join-flag.c:46:9: note: 'do_work() < 0' is true
// CHECK-NEXT: {{.*}}fixit-none-join-flag.c:47:9: note: 'run_counted' returns here with 't' still joinable
// CHECK-NEXT: 4 warnings generated.
