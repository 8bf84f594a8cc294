// A file whose entries are none of them compiles.  A preprocess-only run
// (-E, -M, -MM) still says how the file is compiled: it is analysed with
// that entry's flags (here -DTHREADS, without which there is no thread).
// A file with nothing but clang -cc1 runs has no command a driver can
// replay: a C file left unanalysed, which is an error (exit 2).
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: cp src/t.c src/e.c && cp src/t.c src/m.c && cp src/t.c src/mm.c && cp src/t.c src/cc1.c
// RUN: %python %S/Inputs/write_compdb.py build \
// RUN:   --entry %t/src e.c "cc -E -DTHREADS e.c" \
// RUN:   --entry %t/src m.c "cc -M -DTHREADS m.c" \
// RUN:   --entry %t/src mm.c "cc -MM -DTHREADS mm.c -MF mm.d" \
// RUN:   --entry %t/src cc1.c "/usr/lib/llvm-19/bin/clang -cc1 -triple x86_64-pc-linux-gnu -Eonly -DTHREADS -x c cc1.c"
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source -p build | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: --implicit-check-not=skipping
// CHECK: e.c:[[LINE:[0-9]+]]:5: warning: {{.*}} [pthread.ThreadLeak]
// CHECK: m.c:[[LINE]]:5: warning: {{.*}} [pthread.ThreadLeak]
// CHECK: mm.c:[[LINE]]:5: warning: {{.*}} [pthread.ThreadLeak]
// CHECK: threadlint: error: no compile command for 'cc1.c' in build/compile_commands.json, only clang -cc1 runs; not analysed
// CHECK: 3 warnings generated.
// CHECK: threadlint: files: 3 analysed, 1 skipped (1 no compile command); 4 database entries
// CHECK: exit: 2

// Named, the same.
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source -p build src/cc1.c src/e.c | FileCheck %s --check-prefix=NAMED --implicit-check-not=warning: --implicit-check-not=error: --implicit-check-not=skipping
// NAMED: threadlint: error: no compile command for 'src/cc1.c' in build/compile_commands.json, only clang -cc1 runs; not analysed
// NAMED: e.c:{{[0-9]+}}:5: warning: {{.*}} [pthread.ThreadLeak]
// NAMED: exit: 2

//--- src/t.c
#include <pthread.h>
static void *run(void *arg) { return arg; }
void fire(void) {
#ifdef THREADS
    pthread_t t;
    pthread_create(&t, NULL, run, NULL);
#endif
}
