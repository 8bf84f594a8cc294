// Pathological nesting never crashes: clang rejects what is too deep for
// it (exit 2), and the lowering's own depth budget gives up on functions
// that are deep but legal (exit 0, counted in --stats).

// 100000 nested parentheses: clang's bracket limit.
// RUN: %python -c "n = 100000; print('int f(int x) { return ' + '(' * n + 'x' + ')' * n + '; }')" > %t.parens.c
// RUN: not %threadlint %t.parens.c 2>&1 | FileCheck %s --check-prefix=PARENS --implicit-check-not=warning:
// PARENS: error: bracket nesting level exceeded maximum of 256
// PARENS: threadlint: error: '{{.*}}parens.c' does not compile

// 250 nested blocks, each with an if: legal C, deeper than the lowering's
// budget.  The function is dropped, not misread.
// RUN: %python -c "n = 250; print('#include <pthread.h>\nvoid *w(void *a) { return a; }\nvoid f(int c) {\n' + 'if (c) {\n' * n + 'pthread_t t; pthread_create(&t, 0, w, 0);\n' + '}\n' * n + '}')" > %t.blocks.c
// RUN: %threadlint --stats %t.blocks.c 2>&1 | FileCheck %s --check-prefix=BLOCKS --implicit-check-not=warning:
// BLOCKS: functions too deep:  1

// A long flat function is fine.
// RUN: %python -c "print('void g(int);\nvoid f(void) {\n' + 'g(1);\n' * 20000 + '}')" > %t.flat.c
// RUN: %threadlint %t.flat.c

int unused;
