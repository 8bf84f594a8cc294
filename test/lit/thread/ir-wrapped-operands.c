// Which expressions the lowering looks through as implicit conversions:
// libclang shows conversions, va_arg and ext-vector element access alike
// (an unexposed expression with one operand).  Only conversions are
// transparent; v.xy and p->xy start where their operand does, so the
// lowering must tell them apart by extent, not by location alone.
// RUN: %threadlint --dump-ir %s | FileCheck %s
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --check-prefix=LEAK --implicit-check-not=warning:
#include <pthread.h>
#include <stdarg.h>

typedef float float4 __attribute__((ext_vector_type(4)));
typedef float float2 __attribute__((ext_vector_type(2)));
struct S {
    int x;
};

static void *worker(void *arg) { return arg; }

int start(float4 v, float4 *p, int n, ...) {
    pthread_t t;
    va_list ap;
    va_start(ap, n);
    float2 a = v.xy;
    float2 b = p->xy;
    float4 c = v;
    void *arg = va_arg(ap, void *);
    va_end(ap);
    struct S s = {.x = n};
    if (pthread_create(&t, NULL, worker, arg) != 0)
        return (int)(a.x + b.y + c.z) + s.x;
    return 0;
}
// CHECK: assign a = ?(v.xy)
// CHECK: assign b = ?(p->xy)
// CHECK: assign c = v
// CHECK: assign arg = ?(va_arg(ap, void *))
// LEAK: ir-wrapped-operands.c:29:9: warning: {{.*}} [pthread.ThreadLeak]
