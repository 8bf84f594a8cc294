// --stats prints totals to stderr; stdout keeps only the findings.
// RUN: not %threadlint --no-source --stats %S/Inputs/leak.c %S/Inputs/clean.c 2> %t.err | FileCheck %s --check-prefix=OUT --implicit-check-not=warning:
// OUT: leak.c:9:9: warning: {{.*}} [pthread.ThreadLeak]
// RUN: FileCheck %s --input-file=%t.err --implicit-check-not=warning:
// CHECK:      threadlint statistics:
// CHECK-NEXT:   files analysed:      2
// CHECK-NEXT:   functions lowered:   {{[1-9][0-9]*}}
// CHECK-NEXT:   functions too deep:  0
// CHECK-NEXT:   functions analysed:  {{[1-9][0-9]*}}
// CHECK-NEXT:   paths:               {{[1-9][0-9]*}}
// CHECK-NEXT:   steps:               {{[1-9][0-9]*}}
// CHECK-NEXT:   budget hits:         0
// CHECK-NEXT:   summaries:           {{[0-9]+}}
// CHECK-NEXT:   parse time:          {{[0-9]+\.[0-9][0-9][0-9]}} s
// CHECK-NEXT:   analysis time:       {{[0-9]+\.[0-9][0-9][0-9]}} s
// CHECK-NEXT:   wall time:           {{[0-9]+\.[0-9][0-9][0-9]}} s

// Inputs that failed do not count as analysed.
// RUN: not %threadlint --stats %S/Inputs/broken.c %t.missing.c 2>&1 | FileCheck %s --check-prefix=FAILED --implicit-check-not=warning:
// FAILED: files analysed:      0

int unused;
