// Across files (memcached 1.6.18's extstore_init): one local pthread_t is
// created into over and over and lost at the return; its only other use is
// thread_setname(), defined in another file, which just names the thread.
// With the summaries pass (-p runs it) threadlint knows the helper keeps
// nothing and reports both leaks; with --no-summaries the call is unknown
// and the handle counts as handed over. A start routine in another file
// that never returns makes the leak a note, and no join is offered.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/write_compdb.py . --entry %t thread.c "cc -D_GNU_SOURCE -c thread.c" --entry %t extstore.c "cc -c extstore.c" --entry %t maint.c "cc -c maint.c"
// RUN: not %threadlint -p . --no-source --quiet > with.out
// RUN: FileCheck %s --input-file=with.out --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %threadlint -p . --no-source --quiet --no-summaries | count 0
// The same with the summaries written to a file and read back.
// RUN: not %threadlint -p . --quiet --export-summaries=sums.json > /dev/null
// RUN: not %threadlint -p . --no-source --quiet --summaries=sums.json > read.out
// RUN: diff with.out read.out
// RUN: %python -c "import json; d = json.load(open('sums.json')); print(sorted(f['name'] for f in d['functions']))" | FileCheck %s --check-prefix=NAMES
// NAMES: ['extstore_init', 'maint_loop', 'thread_setname']

// CHECK:      extstore.c:10:13: warning: thread 'thread' running 'io_thread' is neither joined nor detached before 'thread' is overwritten [pthread.ThreadLeak]
// CHECK-NEXT: extstore.c:10:13: note: 'pthread_create(&thread, NULL, io_thread, NULL) != 0' is false
// CHECK-NEXT: extstore.c:9:21: note: 'i < n' is false
// CHECK-NEXT: extstore.c:14:9: note: 'thread' is overwritten here while still joinable
// CHECK-NEXT: fix-it:"extstore.c":{12:9-12:9}:"pthread_detach(thread);\n        "
// CHECK-NEXT: extstore.c:14:9: note: thread 'thread' running 'maint_loop' is neither joined nor detached when 'extstore_init' returns [pthread.ThreadLeak]
// CHECK-NEXT: extstore.c:14:9: note: 'pthread_create(&thread, NULL, maint_loop, NULL) != 0' is false
// CHECK-NEXT: extstore.c:17:5: note: 'extstore_init' returns here with 'thread' still joinable
// CHECK-NEXT: extstore.c:14:9: note: 'maint_loop' never returns: the thread runs until the process exits
// CHECK-NEXT: fix-it:"extstore.c":{16:5-16:5}:"pthread_detach(thread);\n    "

//--- thread.c
#include <pthread.h>
#include <string.h>

void thread_setname(pthread_t thread, const char *name) {
    if (strlen(name) < 16)
        pthread_setname_np(thread, name);
}

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
