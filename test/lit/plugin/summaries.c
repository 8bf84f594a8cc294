// The plugin reads the summaries file the CLI writes: compiling one file
// with -fplugin-arg-threadlint-summaries=FILE (or the analyzer's
// pthread.Core:Summaries=FILE) analyses a call of a helper in another file
// as the CLI's second pass does. A missing or stale file changes nothing
// and fails no build, even under -Werror; a corrupt one is said once, as
// a remark (it fails no build either).
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/write_compdb.py . --entry %t name.c "cc -D_GNU_SOURCE -c name.c" --entry %t spawn.c "cc -c spawn.c"
// RUN: not %threadlint -p . --quiet --export-summaries=sums.json > /dev/null
// RUN: %clang_plugin -fplugin-arg-threadlint-summaries=sums.json -fsyntax-only spawn.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
// CHECK: spawn.c:8:9: warning: thread 't' running 'job' is neither joined nor detached when 'spawn' returns [pthread.ThreadLeak]
// RUN: %clang --analyze -o /dev/null -Xclang -load -Xclang %plugin -Xclang -analyzer-checker=pthread -Xclang -analyzer-config -Xclang pthread.Core:Summaries=sums.json spawn.c 2>&1 | FileCheck %s --check-prefix=CSA
// CSA: spawn.c:8:9: warning: thread 't' running 'job' is neither joined nor detached when 'spawn' returns [pthread.ThreadLeak]
// Without the file, the helper is unknown: silent, as before.
// RUN: %clang_plugin -Werror -fsyntax-only spawn.c 2>&1 | count 0
// RUN: %clang_plugin -Werror -fplugin-arg-threadlint-summaries=missing.json -fsyntax-only spawn.c 2>&1 | count 0
// RUN: sed -E 's/"version": *1/"version": 999/' sums.json > stale.json
// RUN: %clang_plugin -Werror -fplugin-arg-threadlint-summaries=stale.json -fsyntax-only spawn.c 2>&1 | count 0
// RUN: echo '{"format": "threadlint-summaries", "version": 1, "functions": [{"name": 3}]}' > corrupt.json
// RUN: %clang_plugin -Werror -fplugin-arg-threadlint-summaries=corrupt.json -fsyntax-only spawn.c 2>&1 | FileCheck %s --check-prefix=CORRUPT
// CORRUPT: remark: threadlint: summaries file 'corrupt.json' is not usable (an entry of 'functions' has no 'name'); analysing without it
// CORRUPT-NOT: ThreadLeak

//--- name.c
#include <pthread.h>

void name_thread(pthread_t t, const char *name) { pthread_setname_np(t, name); }

//--- spawn.c
#include <pthread.h>

void name_thread(pthread_t t, const char *name);
static void *job(void *arg) { return arg; }

int spawn(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, job, NULL) != 0)
        return -1;
    name_thread(t, "worker");
    return 0;
}
