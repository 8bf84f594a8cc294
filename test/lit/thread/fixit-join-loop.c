// --fix joins what a counted create loop started, before a return that
// leaves them running while other paths join them: a loop over the
// elements made so far (`i` where a failure left the loop, the bound where
// every path ran it to its end), braced with an unbraced return.  Every
// return the threads reach gets one in the same fix-it.  The neighbours
// with no edit are in fixit-none-join-loop.c.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stdio.h>
#include <threads.h>

#define NWORKERS 8

static void *work(void *arg) { return arg; }
static int work11(void *arg) { return arg != 0; }
int prepare(int i);

int start_all(void *jobs[NWORKERS]) {
    pthread_t th[NWORKERS];
    int i;
    for (i = 0; i < NWORKERS; i++) {
        if (pthread_create(&th[i], NULL, work, jobs[i]) != 0) {
            fprintf(stderr, "worker %d: cannot start\n", i);
            return -1;
        }
    }
    for (i = 0; i < NWORKERS; i++)
        pthread_join(th[i], NULL);
    return 0;
}

int start_some(void *jobs[NWORKERS], int want) {
    pthread_t th[NWORKERS];
    int n;
    for (n = 0; n < NWORKERS; n++)
        if (pthread_create(&th[n], NULL, work, jobs[n]) != 0)
            break;
    if (n < want)
        return -1;
    for (int k = 0; k < n; k++)
        pthread_join(th[k], NULL);
    return n;
}

int prepare_each(void *jobs[NWORKERS]) {
    pthread_t th[NWORKERS];
    int i;
    for (i = 0; i < NWORKERS; i++) {
        if (prepare(i) < 0)
            return -1;
        if (pthread_create(&th[i], NULL, work, jobs[i]) != 0)
            break;
    }
    while (i-- > 0)
        pthread_join(th[i], NULL);
    return 0;
}

struct slot { thrd_t tid; int id; };

int start_c11(void *jobs[4]) {
    struct slot s[4];
    for (int i = 0; i < 4; i++) {
        if (thrd_create(&s[i].tid, work11, jobs[i]) != thrd_success)
            return -1;
    }
    if (prepare(-1) < 0)
        return -2;
    for (int i = 0; i < 4; i++)
        thrd_join(s[i].tid, NULL);
    return 0;
}
// CHECK: {{.*}}input.c:26:13: warning: threads in 'th[i]' running 'work' are neither joined nor detached when 'start_all' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}input.c:26:13: note: 'pthread_create(&th[i], NULL, work, jobs[i]) != 0' is false
// CHECK-NEXT: {{.*}}input.c:26:13: note: 'pthread_create(&th[i], NULL, work, jobs[i]) != 0' is true
// CHECK-NEXT: {{.*}}input.c:28:13: note: 'start_all' returns here with 'th[i]' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{28:13-28:13}:"for (int j = i; j-- > 0;) pthread_join(th[j], NULL);\n            "
// CHECK-NEXT: {{.*}}input.c:40:13: warning: threads in 'th[n]' running 'work' are neither joined nor detached when 'start_some' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}input.c:40:13: note: 'pthread_create(&th[n], NULL, work, jobs[n]) != 0' is false
// CHECK-NEXT: {{.*}}input.c:39:17: note: 'n < NWORKERS' is false
// CHECK-NEXT: {{.*}}input.c:42:9: note: 'n < want' is true
// CHECK-NEXT: {{.*}}input.c:43:9: note: 'start_some' returns here with 'th[n]' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{43:9-43:9}:"{ for (int j = n; j-- > 0;) pthread_join(th[j], NULL); "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{43:19-43:19}:" }"
// CHECK-NEXT: {{.*}}input.c:55:13: warning: threads in 'th[i]' running 'work' are neither joined nor detached when 'prepare_each' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}input.c:55:13: note: 'pthread_create(&th[i], NULL, work, jobs[i]) != 0' is false
// CHECK-NEXT: {{.*}}input.c:53:13: note: 'prepare(i) < 0' is true
// CHECK-NEXT: {{.*}}input.c:54:13: note: 'prepare_each' returns here with 'th[i]' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{54:13-54:13}:"{ for (int j = i; j-- > 0;) pthread_join(th[j], NULL); "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{54:23-54:23}:" }"
// CHECK-NEXT: {{.*}}input.c:68:13: warning: threads in 's[i].tid' running 'work11' are neither joined nor detached when 'start_c11' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}input.c:68:13: note: 'thrd_create(&s[i].tid, work11, jobs[i]) != thrd_success' is false
// CHECK-NEXT: {{.*}}input.c:67:21: note: 'i < 4' is false
// CHECK-NEXT: {{.*}}input.c:71:9: note: 'prepare(-1) < 0' is true
// CHECK-NEXT: {{.*}}input.c:72:9: note: 'start_c11' returns here with 's[i].tid' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{69:13-69:13}:"{ for (int j = i; j-- > 0;) thrd_join(s[j].tid, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{69:23-69:23}:" }"
// CHECK-NEXT: fix-it:"{{.*}}input.c":{72:9-72:9}:"{ for (int j = 4; j-- > 0;) thrd_join(s[j].tid, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{72:19-72:19}:" }"
// CHECK-NEXT: 4 warnings generated.
// CHECK: threadlint: applied 9 fix-it edits to '{{.*}}input.c'
// FIXED:      fprintf(stderr, "worker %d: cannot start\n", i);
// FIXED-NEXT: for (int j = i; j-- > 0;) pthread_join(th[j], NULL);
// FIXED-NEXT: return -1;
// FIXED:      { for (int j = n; j-- > 0;) pthread_join(th[j], NULL); return -1; }
// FIXED:      { for (int j = i; j-- > 0;) pthread_join(th[j], NULL); return -1; }
// FIXED:      { for (int j = i; j-- > 0;) thrd_join(s[j].tid, NULL); return -1; }
// FIXED:      { for (int j = 4; j-- > 0;) thrd_join(s[j].tid, NULL); return -2; }
