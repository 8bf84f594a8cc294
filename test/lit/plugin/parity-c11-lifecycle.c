// The CLI and the plugin agree on C11 <threads.h> (thrd_* and tss_*) and
// on keys that library init functions create in globals: constructor and
// destructor attributes, atexit routines, init/fini name pairs and the
// pthread_once idiom.  Findings and their silent twins.
// REQUIRES: plugin
// RUN: %python %S/Inputs/parity.py --threadlint %threadlint --clang "%clang_plugin" --min-findings 18 \
// RUN:   %S/../c11/leak-create-ne-success.c %S/../c11/leak-create-ne-success-ok.c \
// RUN:   %S/../c11/leak-create-eq-error.c %S/../c11/leak-create-eq-error-ok.c \
// RUN:   %S/../c11/create-status-enumerators-ok.c %S/../c11/create-detach-ok.c \
// RUN:   %S/../c11/misuse-double-join.c %S/../c11/misuse-join-after-detach.c \
// RUN:   %S/../c11/misuse-join-failed-create.c %S/../c11/misuse-join-self.c \
// RUN:   %S/../c11/fixit-detach-fire-and-forget.c %S/../c11/summary-spawn-leak.c \
// RUN:   %S/../c11/tss-leak.c %S/../c11/tss-set-after-delete.c %S/../c11/tss-create-failed.c \
// RUN:   %S/../key/lib-ctor-no-dtor.c %S/../key/lib-ctor-no-dtor.c::-DFIXED \
// RUN:   %S/../key/lib-ctor-dtor-other-key.c %S/../key/lib-ctor-dtor-ok.c \
// RUN:   %S/../key/lib-ctor-atexit-ok.c %S/../key/lib-ctor-tss.c %S/../key/lib-ctor-tss-ok.c \
// RUN:   %S/../key/lib-ctor-static-key.c %S/../key/lib-init-fini-names.c \
// RUN:   %S/../key/lib-init-fini-names.c::-DFIXED %S/../key/lib-once-idiom-ok.c \
// RUN:   %S/../key/lib-global-ordinary-ok.c %S/../key/lib-atexit-extern-ok.c \
// RUN:   %S/../key/lib-ctor-helper.c %S/../key/lib-ctor-helper.c::-DFIXED \
// RUN:   | FileCheck %s
// CHECK-NOT: FAIL
// CHECK: parity: 30 file(s), {{[0-9]+}} finding(s), 0 difference(s)
