// The CLI and the plugin agree on the KeyMisuse value checks: delete with a
// value still set, the note for NULL-destructor keys holding heap values
// (a remark in the plugin), and the free(old) fix-it's finding.
// REQUIRES: plugin
// RUN: %python %S/Inputs/parity.py --threadlint %threadlint --clang "%clang_plugin" --min-findings 4 \
// RUN:   %S/../key/misuse-delete-value-set.c %S/../key/misuse-delete-value-set-ok.c \
// RUN:   %S/../key/misuse-delete-value-cleared.c %S/../key/tss-delete-value-set.c \
// RUN:   %S/../key/note-null-dtor-heap.c %S/../key/note-null-dtor-heap-ok.c \
// RUN:   %S/../key/note-superseded.c %S/../key/fixit-free-before-set.c \
// RUN:   | FileCheck %s
// CHECK: ok   note-null-dtor-heap.c: 0 finding(s), {{[1-9][0-9]*}} line(s)
// CHECK: parity: 8 file(s), {{[0-9]+}} finding(s), 0 difference(s)
