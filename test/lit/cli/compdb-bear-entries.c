// A database written by bear around clang: beside the compile of a file it
// records clang's own `-cc1 ... -Eonly` run and `-M`/`-E` runs of the same
// file.  Those are not compiles: the file is analysed once, by its compile
// (the other entries carry -DBROKEN, which makes the file fail), and each
// finding is printed once.
// RUN: rm -rf %t && split-file %s %t && cd %t && cp src/a.c src/b.c
// RUN: %python %S/Inputs/write_compdb.py build \
// RUN:   --entry %t/src a.c "/usr/lib/llvm-19/bin/clang -cc1 -triple x86_64-pc-linux-gnu -Eonly -main-file-name a.c -DBROKEN -x c a.c" \
// RUN:   --entry %t/src a.c "clang -MM -DBROKEN a.c" \
// RUN:   --entry %t/src a.c "clang -E -DBROKEN a.c -o a.i" \
// RUN:   --entry %t/src a.c "clang -c -MD -MF a.d a.c -o a.o" \
// RUN:   --entry %t/src b.c "clang -c b.c -o b.o" \
// RUN:   --entry %t/src b.c "/usr/lib/llvm-19/bin/clang -cc1 -triple x86_64-pc-linux-gnu -Eonly -DBROKEN -x c b.c"
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source -p build | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: --implicit-check-not=skipping
// CHECK: a.c:8:5: warning: thread 't' running 'run' is neither joined nor detached when 'fire' returns [pthread.ThreadLeak]
// CHECK: b.c:8:5: warning: thread 't' running 'run' is neither joined nor detached when 'fire' returns [pthread.ThreadLeak]
// CHECK: 2 warnings generated.
// CHECK: threadlint: files: 2 analysed, 0 skipped; 6 database entries
// CHECK: threadlint: findings: 2 (2 pthread.ThreadLeak)
// CHECK: exit: 1

// A named file is analysed by its compile too; named twice, or spelt two
// ways, it is analysed twice but its findings are printed once.
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source -p build src/a.c ./src/a.c %t/src/a.c | FileCheck %s --check-prefix=NAMED --implicit-check-not=warning: --implicit-check-not=error: --implicit-check-not=skipping
// NAMED: a.c:8:5: warning: {{.*}} [pthread.ThreadLeak]
// NAMED: 1 warning generated.
// NAMED: exit: 1

//--- src/a.c
#include <pthread.h>
#ifdef BROKEN
#error "analysed by an entry that is not the compile"
#endif
static void *run(void *arg) { return arg; }
void fire(void) {
    pthread_t t;
    pthread_create(&t, NULL, run, NULL);
}
