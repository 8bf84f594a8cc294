// `if (pthread_create(...)) return` holds no thread on the failure branch;
// the later handshake failure returns with the reader still running.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>
#include <unistd.h>

struct conn { int fd; int state; };
int conn_handshake(struct conn *c);

static void *reader(void *arg) {
    struct conn *c = arg;
    char buf[512];
    while (read(c->fd, buf, sizeof buf) > 0)
        ;
    return NULL;
}

int conn_start(struct conn *c) {
    pthread_t rd;
    if (pthread_create(&rd, NULL, reader, c))
        return -1;
    if (conn_handshake(c) != 0) {
#ifdef FIXED
        pthread_cancel(rd);
        pthread_join(rd, NULL);
#endif
        return -1;
    }
    pthread_join(rd, NULL);
    return 0;
}
// CHECK: leak-create-if-call.c:21:9: warning: thread 'rd' running 'reader' is neither joined nor detached when 'conn_start' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-create-if-call.c:21:9: note: 'pthread_create(&rd, NULL, reader, c)' is false
// CHECK-NEXT: leak-create-if-call.c:23:9: note: 'conn_handshake(c) != 0' is true
// CHECK-NEXT: leak-create-if-call.c:28:9: note: 'conn_start' returns here with 'rd' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-create-if-call.c":{28:9-28:9}:"pthread_join(rd, NULL);\n        "
// CHECK-NEXT: 1 warning generated.
