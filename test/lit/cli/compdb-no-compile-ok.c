// The silent twin of compdb-no-compile.c: preprocess-only entries of
// correct code are analysed and stay silent, and a clang -cc1 run beside
// the file's compile is no error.  Exit 0.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: cp src/t.c src/e.c && cp src/t.c src/m.c && cp src/t.c src/mm.c && cp src/t.c src/cc1.c
// RUN: %python %S/Inputs/write_compdb.py build \
// RUN:   --entry %t/src e.c "cc -E -DTHREADS e.c" \
// RUN:   --entry %t/src m.c "cc -M -DTHREADS m.c" \
// RUN:   --entry %t/src mm.c "cc -MM -DTHREADS mm.c -MF mm.d" \
// RUN:   --entry %t/src cc1.c "/usr/lib/llvm-19/bin/clang -cc1 -triple x86_64-pc-linux-gnu -Eonly -DTHREADS -x c cc1.c" \
// RUN:   --entry %t/src cc1.c "cc -DTHREADS -c cc1.c"
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source -p build | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: --implicit-check-not=skipping
// CHECK: threadlint: files: 4 analysed, 0 skipped; 5 database entries
// CHECK: exit: 0

//--- src/t.c
#include <pthread.h>
static void *run(void *arg) { return arg; }
void fire(void) {
#ifdef THREADS
    pthread_t t;
    if (pthread_create(&t, NULL, run, NULL) == 0)
        pthread_join(t, NULL);
#endif
}
