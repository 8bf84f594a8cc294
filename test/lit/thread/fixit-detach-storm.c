// The fire-and-forget storm: one handle overwritten by every accepted
// connection.  --fix detaches each thread right after a successful create.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

static void *handle(void *arg) {
    close((int)(long)arg);
    return NULL;
}

void serve_forever(int lfd) {
    pthread_t thread;
    for (;;) {
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0)
            continue;
        pthread_create(&thread, NULL, handle, (void *)(long)fd);
    }
}

// CHECK: input.c:23:9: warning: thread 'thread' running 'handle' is neither joined nor detached before 'thread' is overwritten [pthread.ThreadLeak]
// CHECK-NEXT: input.c:21:13: note: 'fd < 0' is false
// CHECK-NEXT: input.c:23:9: note: 'thread' is overwritten here while still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{23:9-23:9}:"if ("
// CHECK-NEXT: fix-it:"{{.*}}input.c":{23:64-23:64}:" == 0)\n            pthread_detach(thread)"
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// FIXED:      if (fd < 0)
// FIXED-NEXT:   continue;
// FIXED-NEXT: if (pthread_create(&thread, NULL, handle, (void *)(long)fd) == 0)
// FIXED-NEXT:   pthread_detach(thread);
// FIXED-NEXT: }
