// The CLI (libclang front end) and the plugin (clang AST front end) must
// report the same findings with the same notes, at the same locations, on
// a varied set of the thread tests: failure branches, goto chains, arrays,
// callee summaries, join misuse, macros, switch, ternaries, flags.  The
// `::-DFIXED` variants check that both agree on the fixed twins too.
// Conditions written inside macro bodies: parity-macro-body.c.
// REQUIRES: plugin
// RUN: %python %S/Inputs/parity.py --threadlint %threadlint --clang "%clang_plugin" --min-findings 14 \
// RUN:   %S/../thread/leak-create-err.c %S/../thread/leak-create-err.c::-DFIXED \
// RUN:   %S/../thread/leak-create-perror-exit.c %S/../thread/leak-create-assign-in-cond.c \
// RUN:   %S/../thread/leak-goto-chain.c %S/../thread/leak-goto-chain.c::-DFIXED \
// RUN:   %S/../thread/fixit-join-before-goto.c \
// RUN:   %S/../thread/leak-array-partial-return.c %S/../thread/leak-array-unwind-reverse.c \
// RUN:   %S/../thread/leak-heap-array-no-join.c %S/../thread/leak-struct-array-field.c \
// RUN:   %S/../thread/summary-spawn-leak.c %S/../thread/summary-stop-worker-double-join.c \
// RUN:   %S/../thread/summary-wrapper-chain-double-join.c %S/../thread/summary-abort-wrapper-leak.c \
// RUN:   %S/../thread/misuse-double-join.c %S/../thread/misuse-join-after-detach.c \
// RUN:   %S/../thread/misuse-join-failed-create.c %S/../thread/misuse-join-never-created.c \
// RUN:   %S/../thread/leak-switch.c %S/../thread/leak-cond-ternary.c %S/../thread/leak-cond-or.c \
// RUN:   %S/../thread/flag-early-return-leak.c %S/../thread/detach-attr-joinable-leak.c \
// RUN:   %S/../thread/nolint-rule.c %S/../thread/leak-storm.c \
// RUN:   | FileCheck %s
// CHECK-NOT: FAIL
// CHECK: parity: 26 file(s), {{[0-9]+}} finding(s), 0 difference(s)
