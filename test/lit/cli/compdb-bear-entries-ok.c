// The silent twin of compdb-bear-entries.c: the same database shapes over
// correct code.  Nothing reported, nothing skipped, exit 0.
// RUN: rm -rf %t && split-file %s %t && cd %t && cp src/a.c src/b.c
// RUN: %python %S/Inputs/write_compdb.py build \
// RUN:   --entry %t/src a.c "/usr/lib/llvm-19/bin/clang -cc1 -triple x86_64-pc-linux-gnu -Eonly -main-file-name a.c -DBROKEN -x c a.c" \
// RUN:   --entry %t/src a.c "clang -MM -DBROKEN a.c" \
// RUN:   --entry %t/src a.c "clang -E -DBROKEN a.c -o a.i" \
// RUN:   --entry %t/src a.c "clang -c -MD -MF a.d a.c -o a.o" \
// RUN:   --entry %t/src b.c "clang -c b.c -o b.o" \
// RUN:   --entry %t/src b.c "/usr/lib/llvm-19/bin/clang -cc1 -triple x86_64-pc-linux-gnu -Eonly -DBROKEN -x c b.c"
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source -p build | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: --implicit-check-not=skipping
// CHECK:      threadlint: files: 2 analysed, 0 skipped; 6 database entries
// CHECK-NEXT: threadlint: findings: 0
// CHECK-NEXT: threadlint: wall time: {{[0-9.]+}} s
// CHECK-NEXT: exit: 0
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source -p build src/a.c ./src/a.c src/b.c | FileCheck %s --check-prefix=NAMED --implicit-check-not=warning: --implicit-check-not=error: --implicit-check-not=skipping
// NAMED: exit: 0

//--- src/a.c
#include <pthread.h>
#ifdef BROKEN
#error "analysed by an entry that is not the compile"
#endif
static void *run(void *arg) { return arg; }
void fire(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, run, NULL) == 0)
        pthread_join(t, NULL);
}
