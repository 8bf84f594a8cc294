// Parity (see parity.c) where the tested condition is written inside a
// macro body: a do-while(0) macro and a statement-expression macro.
// Not on LLVM 14: there the CLI cannot read macro bodies (libclang 14
// reports their locations at the invocation, which is why these thread
// tests are unsupported on 14 too); the plugin can, and macro-body.c
// checks it on every LLVM.
// REQUIRES: plugin
// UNSUPPORTED: llvm-14
// RUN: %python %S/Inputs/parity.py --threadlint %threadlint --clang "%clang_plugin" --min-findings 2 \
// RUN:   %S/../thread/leak-macro-do-while.c %S/../thread/leak-macro-stmt-expr.c \
// RUN:   | FileCheck %s
// CHECK-NOT: FAIL
// CHECK: parity: 2 file(s), 2 finding(s), 0 difference(s)
