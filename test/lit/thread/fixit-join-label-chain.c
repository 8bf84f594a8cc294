// --fix joins a thread at the end of the code under the label its leaking
// path jumped to, before the next label where paths that already joined it
// (or never made it) fall in: after the stop flag is set or the thread is
// cancelled there, never before the goto (the thread would not stop).
// The neighbours with no edit are in fixit-none-label-chain.c.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

struct session { int sock; char *buf; volatile int stop; };
int session_auth(struct session *s);
int session_keys(struct session *s);

static void *sender(void *arg) {
    struct session *s = arg;
    while (!s->stop)
        (void)write(s->sock, "ping", 4);
    return NULL;
}

int open_flagged(struct session *s) {
    pthread_t tx;
    s->buf = malloc(64);
    if (!s->buf)
        goto out_sock;
    if (pthread_create(&tx, NULL, sender, s) != 0)
        goto out_buf;
    if (session_auth(s) < 0)
        goto out_thread;
    if (session_keys(s) < 0)
        goto out_thread;
    s->stop = 1;
    pthread_join(tx, NULL);
    free(s->buf);
    return 0;
out_thread:
    s->stop = 1;
out_buf:
    free(s->buf);
out_sock:
    close(s->sock);
    return -1;
}

int open_cancelled(struct session *s) {
    pthread_t tx;
    if (pthread_create(&tx, NULL, sender, s) != 0)
        goto out;
    if (session_auth(s) < 0)
        goto out_cancel;
    pthread_cancel(tx);
    pthread_join(tx, NULL);
    return 0;
  out_cancel:
    pthread_cancel(tx);
  out:
    close(s->sock);
    return -1;
}
// CHECK: {{.*}}input.c:31:9: warning: thread 'tx' running 'sender' is neither joined nor detached when 'open_flagged' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}input.c:31:9: note: 'pthread_create(&tx, NULL, sender, s) != 0' is false
// CHECK-NEXT: {{.*}}input.c:33:9: note: 'session_auth(s) < 0' is false
// CHECK-NEXT: {{.*}}input.c:35:9: note: 'session_keys(s) < 0' is true
// CHECK-NEXT: {{.*}}input.c:47:5: note: 'open_flagged' returns here with 'tx' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{43:1-43:1}:"    pthread_join(tx, NULL);\n"
// CHECK-NEXT: {{.*}}input.c:52:9: warning: thread 'tx' running 'sender' is neither joined nor detached when 'open_cancelled' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}input.c:52:9: note: 'pthread_create(&tx, NULL, sender, s) != 0' is false
// CHECK-NEXT: {{.*}}input.c:54:9: note: 'session_auth(s) < 0' is true
// CHECK-NEXT: {{.*}}input.c:60:5: note: cancelled here; a cancelled thread must still be joined or detached
// CHECK-NEXT: {{.*}}input.c:63:5: note: 'open_cancelled' returns here with 'tx' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{61:3-61:3}:"  pthread_join(tx, NULL);\n  "
// CHECK-NEXT: 2 warnings generated.
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// FIXED:      out_thread:
// FIXED-NEXT:     s->stop = 1;
// FIXED-NEXT:     pthread_join(tx, NULL);
// FIXED-NEXT: out_buf:
// FIXED:        out_cancel:
// FIXED-NEXT:     pthread_cancel(tx);
// FIXED-NEXT:     pthread_join(tx, NULL);
// FIXED-NEXT:   out:
