// The plugin with a summaries file (the memcached extstore_init shape): a
// helper in another file only names the thread, so the handle lost in the
// loop is a warning (an error under -Werror); the start routine of the
// last thread is in another file and never returns, so that leak is a
// remark with its note, and no build fails over it.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/write_compdb.py . --entry %t thread.c "cc -D_GNU_SOURCE -c thread.c" --entry %t extstore.c "cc -c extstore.c" --entry %t maint.c "cc -c maint.c"
// RUN: not %threadlint -p . --quiet --export-summaries=sums.json > /dev/null
// RUN: not %clang_plugin -Werror -fplugin-arg-threadlint-summaries=sums.json -fsyntax-only extstore.c 2>&1 | FileCheck %s
// CHECK:     extstore.c:10:13: error: thread 'thread' running 'io_thread' is neither joined nor detached before 'thread' is overwritten [pthread.ThreadLeak]
// CHECK:     extstore.c:14:9: remark: thread 'thread' running 'maint_loop' is neither joined nor detached when 'extstore_init' returns [pthread.ThreadLeak]
// CHECK:     extstore.c:14:9: note: 'maint_loop' never returns: the thread runs until the process exits
// Without the file: both helpers are unknown, nothing is said.
// RUN: %clang_plugin -Werror -fsyntax-only extstore.c 2>&1 | count 0

//--- thread.c
#include <pthread.h>

void thread_setname(pthread_t thread, const char *name) { pthread_setname_np(thread, name); }

//--- maint.c
#include <pthread.h>
#include <unistd.h>

static pthread_mutex_t maint_lock = PTHREAD_MUTEX_INITIALIZER;

void *maint_loop(void *arg) {
    for (;;) {
        pthread_mutex_lock(&maint_lock);
        pthread_mutex_unlock(&maint_lock);
        sleep(1);
    }
    return arg;
}

//--- extstore.c
#include <pthread.h>

void thread_setname(pthread_t thread, const char *name);
void *maint_loop(void *arg);
static void *io_thread(void *arg) { return arg; }

int extstore_init(int n) {
    pthread_t thread;
    for (int i = 0; i < n; i++) {
        if (pthread_create(&thread, NULL, io_thread, NULL) != 0)
            return -1;
        thread_setname(thread, "mc-ext-io");
    }
    if (pthread_create(&thread, NULL, maint_loop, NULL) != 0)
        return -1;
    thread_setname(thread, "mc-ext-maint");
    return 0;
}
