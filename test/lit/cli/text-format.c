// The text format is clang's: location, severity, message and rule, then
// the source line with a caret (tabs expanded like clang), notes the same
// way, then clang's parseable fix-it lines with C escapes.
// RUN: not %threadlint %s 2>%t.err | FileCheck %s --strict-whitespace --match-full-lines --implicit-check-not=warning:
// RUN: FileCheck %s --check-prefix=ERR --input-file=%t.err --implicit-check-not=warning:
// ERR: 1 warning generated.
#include <pthread.h>

static void *worker(void *arg) { return arg; }

void fire(void) {
	pthread_t t;
	pthread_create(&t, NULL, worker, "a\"b\\c\n");
}
// CHECK:{{.*}}text-format.c:13:2: warning: thread 't' running 'worker' is neither joined nor detached when 'fire' returns [pthread.ThreadLeak]
// CHECK-NEXT:   13 |         pthread_create(&t, NULL, worker, "a\"b\\c\n");
// CHECK-NEXT:      |         ^
// CHECK-NEXT:{{.*}}text-format.c:14:1: note: 'fire' returns here with 't' still joinable
// CHECK-NEXT:   14 | }
// CHECK-NEXT:      | ^
// CHECK-NEXT:fix-it:"{{.*}}text-format.c":{13:2-13:2}:"{{.*}}"
// CHECK-NEXT:fix-it:"{{.*}}text-format.c":{13:47-13:47}:"{{.*}}"

// Colours only when asked for (lit's output is no terminal): bold location,
// bold magenta warning, bold cyan note, green caret, like clang.
// RUN: not %threadlint --color=always %s 2>&1 | %python %S/Inputs/show_escapes.py | FileCheck %s --check-prefix=COLOR --implicit-check-not=warning:
// COLOR: <ESC>[1m{{.*}}text-format.c:13:2: <ESC>[0m<ESC>[0;1;35mwarning: <ESC>[0m<ESC>[1mthread 't' {{.*}} [pthread.ThreadLeak]<ESC>[0m
// COLOR-NEXT: 13 |         pthread_create
// COLOR-NEXT: | <ESC>[0;1;32m        ^<ESC>[0m
// COLOR-NEXT: <ESC>[1m{{.*}}text-format.c:14:1: <ESC>[0m<ESC>[0;1;36mnote: <ESC>[0m'fire' returns here
// RUN: not %threadlint --color=auto %s 2>&1 | %python %S/Inputs/show_escapes.py | FileCheck %s --check-prefix=PLAIN --implicit-check-not=warning:
// RUN: not %threadlint --color=never %s 2>&1 | %python %S/Inputs/show_escapes.py | FileCheck %s --check-prefix=PLAIN --implicit-check-not=warning:
// RUN: not %threadlint --color=always --no-color %s 2>&1 | %python %S/Inputs/show_escapes.py | FileCheck %s --check-prefix=PLAIN --implicit-check-not=warning:
// PLAIN-NOT: <ESC>
// PLAIN: text-format.c:13:2: warning:
// PLAIN-NOT: <ESC>

// --no-source drops the snippets only.
// RUN: not %threadlint --no-source %s 2>/dev/null | FileCheck %s --check-prefix=NOSRC --match-full-lines --implicit-check-not=warning:
// NOSRC:      {{.*}}text-format.c:13:2: warning: {{.*}} [pthread.ThreadLeak]
// NOSRC-NEXT: {{.*}}text-format.c:14:1: note: 'fire' returns here with 't' still joinable
// NOSRC-NEXT: fix-it:{{.*}}
// NOSRC-NEXT: fix-it:{{.*}}
// NOSRC-NOT: {{.}}
