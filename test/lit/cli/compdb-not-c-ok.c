// The silent twin of compdb-not-c.c: the same entries that are not C
// beside correct C.  The skips are said, and are no error: exit 0.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/Inputs/write_compdb.py build \
// RUN:   --entry %t/src x.cpp "clang++ -c x.cpp -o x.o" \
// RUN:   --entry %t/src main.c "clang -x c++ -c main.c -o main-as-cxx.o" \
// RUN:   --entry %t/src cxxmode.c "clang -x c++ -c cxxmode.c -o cxxmode.o" \
// RUN:   --entry %t/src asm.S "clang -c asm.S -o asm.o" \
// RUN:   --entry %t/src obj.m "clang -c obj.m -o obj.o" \
// RUN:   --entry %t/src kernel.cu "clang -c kernel.cu -o kernel.o" \
// RUN:   --entry %t/build ../src/main.c "clang -c ../src/main.c -o main.o"
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source -p build | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error: --implicit-check-not=skipping
// CHECK-COUNT-5: threadlint: skipping
// CHECK: threadlint: files: 1 analysed, 5 skipped (5 not C); 7 database entries
// CHECK: threadlint: findings: 0
// CHECK: exit: 0

//--- src/x.cpp
int cxx(void) { return 0; }

//--- src/asm.S
        .text

//--- src/obj.m
int objc(void) { return 0; }

//--- src/kernel.cu
int cuda(void) { return 0; }

//--- src/cxxmode.c
int cxx_mode(void) { return 0; }

//--- src/main.c
int cxx(void);
#include <pthread.h>
static void *run(void *arg) { return arg; }
void fire(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, run, NULL) == 0)
        pthread_join(t, NULL);
}
