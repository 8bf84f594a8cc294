// The plugin's prefilter keeps the same functions out as the CLI's: key
// accessors on a global key count only beside a key type or another API.
// REQUIRES: plugin
// RUN: %clang_plugin -fsyntax-only -fplugin-arg-threadlint-dump-ir %S/../key/gate-global-accessor.c | FileCheck %s --implicit-check-not='func log_line' --implicit-check-not='func remember'
// CHECK: func peek
// CHECK: func never_created
