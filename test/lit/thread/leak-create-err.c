// BSD `err(1, ...)` on create failure is noreturn. A later `return` on a
// bad argument leaks the watcher.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <err.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>

static volatile int done;

static void *watcher(void *arg) {
    const char *dir = arg;
    while (!done)
        (void)access(dir, F_OK);
    return NULL;
}

int watch_dir(const char *dir, const char *mode) {
    pthread_t w;
    int rc = pthread_create(&w, NULL, watcher, (void *)dir);
    if (rc != 0)
        err(1, "pthread_create");
    if (strcmp(mode, "once") != 0 && strcmp(mode, "loop") != 0) {
        done = 1;
#ifdef FIXED
        pthread_join(w, NULL);
#endif
        return -1;
    }
    sleep(1);
    done = 1;
    pthread_join(w, NULL);
    return 0;
}
// CHECK: leak-create-err.c:21:14: warning: thread 'w' running 'watcher' is neither joined nor detached when 'watch_dir' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-create-err.c:22:9: note: 'rc != 0' is false
// CHECK-NEXT: leak-create-err.c:24:9: note: 'strcmp(mode, "once") != 0' is true
// CHECK-NEXT: leak-create-err.c:24:38: note: 'strcmp(mode, "loop") != 0' is true
// CHECK-NEXT: leak-create-err.c:29:9: note: 'watch_dir' returns here with 'w' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-create-err.c":{29:9-29:9}:"pthread_join(w, NULL);\n        "
// CHECK-NEXT: 1 warning generated.
