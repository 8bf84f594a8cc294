// Entries that are not C (C++ by name, by -x or by a C++ driver;
// assembler, Objective-C, CUDA) are not ours: each is skipped with a line
// on stderr, counted as "not C" in the summary, and is no error, so the
// exit status is the C files' (here 1, a finding).  A C file compiled as
// C++ in one entry is analysed by the entry that compiles it as C.
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
// CHECK: threadlint: skipping 'x.cpp': C++ is not supported
// CHECK: ../src/main.c:6:5: warning: {{.*}} [pthread.ThreadLeak]
// CHECK: threadlint: skipping 'cxxmode.c': C++ is not supported
// CHECK: threadlint: skipping 'asm.S': assembler is not supported
// CHECK: threadlint: skipping 'obj.m': Objective-C is not supported
// CHECK: threadlint: skipping 'kernel.cu': not a C source file
// CHECK: 1 warning generated.
// CHECK: threadlint: files: 1 analysed, 5 skipped (5 not C); 7 database entries
// CHECK: exit: 1

// Named files and files without -p alike.
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source -p build src/x.cpp src/asm.S | FileCheck %s --check-prefix=NAMED --implicit-check-not=warning: --implicit-check-not=error: --implicit-check-not=skipping
// NAMED: threadlint: skipping 'src/x.cpp': C++ is not supported
// NAMED: threadlint: skipping 'src/asm.S': assembler is not supported
// NAMED: exit: 0
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source src/obj.m src/kernel.cu src/main.c | FileCheck %s --check-prefix=PLAIN --implicit-check-not=warning: --implicit-check-not=error: --implicit-check-not=skipping
// PLAIN: threadlint: skipping 'src/obj.m': Objective-C is not supported
// PLAIN: threadlint: skipping 'src/kernel.cu': not a C source file
// PLAIN: src/main.c:6:5: warning: {{.*}} [pthread.ThreadLeak]
// PLAIN: exit: 1

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
    pthread_create(&t, NULL, run, NULL);
}
