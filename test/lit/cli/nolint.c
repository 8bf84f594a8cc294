// NOLINT comments suppress findings the clang-tidy way.  Each function
// below leaks one thread; only the unsuppressed ones are reported.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
#include <pthread.h>

static void *worker(void *arg) { return arg; }

void plain(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
}
// CHECK: nolint.c:[[@LINE-2]]:5: warning: {{.*}}'plain'{{.*}} [pthread.ThreadLeak]
// CHECK: nolint.c:{{[0-9]+}}:1: note: 'plain' returns here
// CHECK: fix-it:

void same_line(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL); // NOLINT
}

void same_line_block_comment(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL); /* NOLINT(pthread.ThreadLeak) */
}

void glob(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL); // NOLINT(pthread.Join*, pthread.Thread*)
}

void other_rule(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL); // NOLINT(pthread.JoinMisuse)
}
// CHECK: nolint.c:[[@LINE-2]]:5: warning: {{.*}}'other_rule'{{.*}} [pthread.ThreadLeak]
// CHECK: note:
// CHECK: fix-it:

void next_line(void) {
    pthread_t t;
    // NOLINTNEXTLINE(pthread.ThreadLeak)
    pthread_create(&t, NULL, worker, NULL);
}

void next_line_too_far(void) {
    pthread_t t;
    // NOLINTNEXTLINE

    pthread_create(&t, NULL, worker, NULL);
}
// CHECK: nolint.c:[[@LINE-2]]:5: warning: {{.*}}'next_line_too_far'{{.*}} [pthread.ThreadLeak]
// CHECK: note:
// CHECK: fix-it:

// NOLINTBEGIN(pthread.ThreadLeak)
void in_block(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
}
// NOLINTEND(pthread.ThreadLeak)

// NOLINTBEGIN(pthread.ThreadLeak)
void unmatched_end(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
}
// NOLINTEND
// CHECK: nolint.c:[[@LINE-3]]:5: warning: {{.*}}'unmatched_end'{{.*}} [pthread.ThreadLeak]
// CHECK: note:
// CHECK: fix-it:
// CHECK: 4 warnings generated.
