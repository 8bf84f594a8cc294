// REQUIRES: clangd
// --version names threadlint's version and then clangd's.
// RUN: %threadlint_clangd --clangd=%clangd --version | FileCheck %s -DLLVM=%llvm_version
// CHECK: threadlint-clangd {{[0-9.]+}} (threadlint {{[0-9.]+}}, LLVM [[LLVM]])
// CHECK-NEXT: clangd version [[LLVM]].
//
// Our own options are --threadlint-*; a misspelt one is an error, not
// something to hand to clangd.
// RUN: not %threadlint_clangd --threadlint-debounce=5 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: threadlint-clangd: error: unknown option '--threadlint-debounce=5'
// RUN: not %threadlint_clangd --threadlint-checks=pthread.Nope 2>&1 | FileCheck %s --check-prefix=CHECKS
// CHECKS: threadlint-clangd: error: --threadlint-checks: 'pthread.Nope' matches no rule
//
// No clangd to run: said plainly, status 2.
// RUN: not %threadlint_clangd --clangd=%t.missing < /dev/null 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: threadlint-clangd: error: the --clangd program is not executable; name one with --clangd=<path>
