// --fix destroys an attribute before the closing brace a function falls
// off, one level deeper than the brace (the shape of memcached's
// create_worker).
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
static void *work(void *arg) { return arg; }
void setup(void) {
    pthread_attr_t attr;
    pthread_t t;
    pthread_attr_init(&attr);
    if (pthread_create(&t, &attr, work, NULL) == 0)
        pthread_detach(t);
}
// CHECK: {{.*}}input.c:14:5: warning: attribute 'attr' initialised here is never destroyed when 'setup' returns [pthread.AttrLeak]
// CHECK-NEXT: {{.*}}input.c:15:9: note: 'pthread_create(&t, &attr, work, NULL) == 0' is false
// CHECK-NEXT: {{.*}}input.c:17:1: note: 'setup' returns here with 'attr' still initialised
// CHECK-NEXT: fix-it:"{{.*}}input.c":{17:1-17:1}:"    pthread_attr_destroy(&attr);\n"
// CHECK-NEXT: 1 warning generated.
// CHECK: threadlint: applied 1 fix-it edit to '{{.*}}input.c'
// FIXED:      pthread_detach(t);
// FIXED-NEXT: {{^ +}}pthread_attr_destroy(&attr);
