// --export-fixes writes clang-apply-replacements YAML (libyaml's emitter).
// RUN: not %threadlint --no-source --export-fixes=%t.yaml %s > %t.out 2>&1
// RUN: FileCheck %s --input-file=%t.yaml --implicit-check-not=DiagnosticName
// CHECK: {{^}}---{{$}}
// CHECK-NEXT: {{^}}MainSourceFile: '/{{.*}}export-fixes.c'
// CHECK-NEXT: {{^}}Diagnostics:
// CHECK-NEXT: {{^}}- DiagnosticName: pthread.ThreadLeak
// CHECK-NEXT: {{^}}  DiagnosticMessage:
// CHECK-NEXT: {{^}}    Message: 'thread ''tid'' running ''worker'' is neither joined nor detached when ''serve'' returns'
// CHECK-NEXT: {{^}}    FilePath: '/{{.*}}export-fixes.c'
// CHECK-NEXT: {{^}}    FileOffset: {{[0-9]+}}
// CHECK-NEXT: {{^}}    Replacements:
// CHECK-NEXT: {{^}}    - FilePath: '/{{.*}}export-fixes.c'
// CHECK-NEXT: {{^}}      Offset: {{[0-9]+}}
// CHECK-NEXT: {{^}}      Length: 0
// CHECK-NEXT: {{^}}      ReplacementText: "pthread_join(tid, NULL);\n{{ *}}"
// CHECK-NEXT: {{^}}  Notes:
// CHECK-NEXT: {{^}}  - Message: '''pthread_create(&tid, NULL, worker, NULL) != 0'' is false'
// CHECK-NEXT: {{^}}    FilePath: '/{{.*}}export-fixes.c'
// CHECK-NEXT: {{^}}    FileOffset: {{[0-9]+}}
// CHECK-NEXT: {{^}}    Replacements: []
// CHECK:      {{^}}  Level: Warning
// CHECK-NEXT: {{^}}  BuildDirectory: '/{{.*}}'
// CHECK-NEXT: {{^}}...{{$}}

// The normal report still goes to stdout.
// RUN: FileCheck %s --check-prefix=OUT --input-file=%t.out --implicit-check-not=warning:
// OUT: export-fixes.c:39:9: warning: {{.*}} [pthread.ThreadLeak]

// An unwritable destination is an error.
// RUN: not %threadlint --export-fixes=%t.missing-dir/fixes.yaml %s 2>&1 | FileCheck %s --check-prefix=NOWRITE --implicit-check-not=warning:
// NOWRITE: export-fixes.c:39:9: warning:
// NOWRITE: threadlint: error: cannot write '{{.*}}fixes.yaml': No such file or directory
#include <pthread.h>
static void *worker(void *arg) { return arg; }
int check(int);
int serve(int fd) {
    pthread_t tid;
    if (pthread_create(&tid, NULL, worker, NULL) != 0)
        return -1;
    if (check(fd) < 0) {
        return -2;
    }
    pthread_join(tid, NULL);
    return 0;
}
