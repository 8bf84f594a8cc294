// The start routine detaches itself through a same-file helper handed
// pthread_self(): its creator must neither detach nor join the thread.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void release_thread(pthread_t self) {
    if (pthread_detach(self) != 0)
        perror("pthread_detach");
}

static void *announce(void *arg) {
    release_thread(pthread_self());
    puts(arg);
    free(arg);
    return NULL;
}

int announce_async(char *msg) {
    pthread_t t;
    if (pthread_create(&t, NULL, announce, msg) != 0) {
        free(msg);
        return -1;
    }
    pthread_detach(t);
    return 0;
}

int announce_sync(char *msg) {
    pthread_t t;
    if (pthread_create(&t, NULL, announce, msg) != 0) {
        free(msg);
        return -1;
    }
    return pthread_join(t, NULL);
}

// CHECK: detach-self-helper-released.c:26:5: warning: thread 't' is detached but 'announce' detaches itself [pthread.JoinMisuse]
// CHECK-NEXT: detach-self-helper-released.c:22:9: note: 'pthread_create(&t, NULL, announce, msg) != 0' is false
// CHECK-NEXT: fix-it:"{{.*}}detach-self-helper-released.c":{26:5-26:23}:""
// CHECK-NEXT: detach-self-helper-released.c:36:12: warning: thread 't' is joined but 'announce' detaches itself [pthread.JoinMisuse]
// CHECK-NEXT: detach-self-helper-released.c:32:9: note: 'pthread_create(&t, NULL, announce, msg) != 0' is false
// CHECK-NEXT: 2 warnings generated.
