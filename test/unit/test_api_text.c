/* api_text: reading call arguments and #define lines for the prefilters. */
#include <stdio.h>
#include <string.h>

#include "api_index.h"
#include "api_text.h"
#include "module.h"

#include "expect.h"

static bool is_null(const char *s) { return tl_text_is_null(s, strlen(s)); }

/* Does the text after the first occurrence of `name` make it matter? */
static bool matters(const char *text, const char *name, int gate) {
    const char *at = strstr(text, name);
    return tl_text_call_may_matter(at + strlen(name), text + strlen(text), gate);
}

static void null_spellings(void) {
    EXPECT(is_null("NULL"));
    EXPECT(is_null(" 0 "));
    EXPECT(is_null("0L"));
    EXPECT(is_null("nullptr"));
    EXPECT(is_null("(void*)0"));
    EXPECT(is_null("((void *) 0)"));
    EXPECT(is_null("(const pthread_mutexattr_t *)NULL"));
    EXPECT(is_null("/* no attr */ NULL"));
    EXPECT(!is_null("&attr"));
    EXPECT(!is_null("attr"));
    EXPECT(!is_null("NULL_ATTR"));
    EXPECT(!is_null("01 + 1"));
    EXPECT(!is_null("(void *)&attr"));
    EXPECT(!is_null("(int)0 + p"));
    EXPECT(!is_null(""));
    EXPECT(!is_null("(NULL"));
}

static void calls(void) {
    EXPECT(!matters("pthread_mutex_init(&m, NULL);", "pthread_mutex_init", 1));
    EXPECT(!matters("pthread_mutex_init (&w->lock[f(i, j)], /* none */ (void *)0);",
                    "pthread_mutex_init", 1));
    EXPECT(!matters("pthread_mutex_init(&m,\\\n  NULL)", "pthread_mutex_init", 1));
    EXPECT(matters("pthread_mutex_init(&m, &mattr);", "pthread_mutex_init", 1));
    EXPECT(matters("pthread_mutex_init(&m, a ? &x : NULL);", "pthread_mutex_init", 1));
    EXPECT(matters("pthread_mutex_init(&m,\n#ifdef X\n &a\n#else\n NULL\n#endif\n);",
                   "pthread_mutex_init", 1));
    EXPECT(matters("pthread_mutex_init(&m", "pthread_mutex_init", 1));  /* cut off */
    EXPECT(matters("pthread_mutex_init(&m);", "pthread_mutex_init", 1)); /* too few */
    EXPECT(matters("fp = pthread_mutex_init;", "pthread_mutex_init", 1));
    EXPECT(matters("pthread_mutex_init(&m, NULL);", "pthread_mutex_init", TL_GATE_ALWAYS));
    EXPECT(!matters("pthread_mutex_init(&m, NULL);", "pthread_mutex_init", TL_GATE_NOT_API));
    EXPECT(!matters("f(g(\"a,b)\", ','), NULL, x)", "f", 1));
    EXPECT(matters("f(g(\"a,b)\", ','), NULL, x)", "f", 2));
}

/* A tiny name -> gate table for the macro scan. */
typedef struct table {
    char names[16][48];
    int gates[16];
    int n;
} table;

static int lookup(const char *id, size_t n, void *ud) {
    table *t = ud;
    for (int i = 0; i < t->n; i++)
        if (strlen(t->names[i]) == n && memcmp(t->names[i], id, n) == 0)
            return t->gates[i];
    return TL_GATE_NOT_API;
}

static void define(const char *id, size_t n, int gate, void *ud) {
    table *t = ud;
    for (int i = 0; i < t->n; i++)
        if (strlen(t->names[i]) == n && memcmp(t->names[i], id, n) == 0) {
            t->gates[i] = gate;
            return;
        }
    if (t->n < 16 && n < 48) {
        memcpy(t->names[t->n], id, n);
        t->names[t->n][n] = '\0';
        t->gates[t->n++] = gate;
    }
}

static void macros(void) {
    table t = {.names = {"pthread_mutex_init", "pthread_create"}, .gates = {1, TL_GATE_ALWAYS}, .n = 2};
    const char *text =
        "#define ZSTD_pthread_mutex_init(a, b) pthread_mutex_init((a), (b))\n"
        "#define INIT_LOCK(m) pthread_mutex_init(m, NULL)\n"
        "#define INIT_ATTR(m) pthread_mutex_init(m, &global_attr)\n"
        "#define START(t, f) \\\n   pthread_create(t, NULL, f, NULL)\n"
        "#define MY_INIT(x, y) ZSTD_pthread_mutex_init(x, y)\n"
        "  # define SWAPPED(b, a) pthread_mutex_init((a), b)\n";
    for (int round = 0; round < 4 && tl_text_scan_macros(text, strlen(text), lookup, define, &t);
         round++)
        ;
    EXPECT(lookup("ZSTD_pthread_mutex_init", 23, &t) == 1);
    EXPECT(lookup("INIT_LOCK", 9, &t) == TL_GATE_NOT_API);
    EXPECT(lookup("INIT_ATTR", 9, &t) == TL_GATE_ALWAYS);
    EXPECT(lookup("START", 5, &t) == TL_GATE_ALWAYS);
    EXPECT(lookup("MY_INIT", 7, &t) == 1);
    EXPECT(lookup("SWAPPED", 7, &t) == 0);
    EXPECT(lookup("pthread_mutex_init", 18, &t) == 1);
}

static void module_gates(void) {
    EXPECT(tl_module_api_gate("pthread_mutex_init") == 1);
    EXPECT(tl_module_api_gate("pthread_cond_init") == 1);
    EXPECT(tl_module_api_gate("pthread_create") == TL_GATE_ALWAYS); /* the thread module */
    EXPECT(tl_module_api_gate("pthread_mutexattr_init") == TL_GATE_ALWAYS);
    EXPECT(tl_module_api_gate("pthread_mutex_lock") == TL_GATE_NOT_API);
    EXPECT(tl_gate_merge(TL_GATE_NOT_API, 1) == 1);
    EXPECT(tl_gate_merge(1, 1) == 1);
    EXPECT(tl_gate_merge(1, 0) == TL_GATE_ALWAYS);
    EXPECT(tl_gate_merge(TL_GATE_ALWAYS, TL_GATE_NOT_API) == TL_GATE_ALWAYS);
}

/* The core's prepass: a constant 0 in the gated argument rules a call out. */
static void ir_calls(void) {
    tl_operand args[2] = {{.kind = TL_OPD_ADDR}, {.kind = TL_OPD_CONST, .ival = 0}};
    tl_event ev = {.kind = TL_EV_CALL, .callee = "pthread_mutex_init", .nargs = 2, .args = args};
    EXPECT(!tl_module_call_matters(NULL, &ev));
    args[1] = (tl_operand){.kind = TL_OPD_ADDR};
    EXPECT(tl_module_call_matters(NULL, &ev));
    ev.nargs = 1; /* too few to tell */
    EXPECT(tl_module_call_matters(NULL, &ev));
    tl_event create = {.kind = TL_EV_CALL, .callee = "pthread_create", .nargs = 2, .args = args};
    args[1] = (tl_operand){.kind = TL_OPD_CONST, .ival = 0};
    EXPECT(tl_module_call_matters(NULL, &create));
    tl_event lock = {.kind = TL_EV_CALL, .callee = "pthread_mutex_lock", .nargs = 1, .args = args};
    EXPECT(!tl_module_call_matters(NULL, &lock));
}

/* The run's index answers as the scans over the module tables do. */
static void api_index(void) {
    tl_api_index ix;
    tl_api_index_build(&ix);
    for (int id = 1; id < tl_module_count(); id++)
        for (const char *const *api = tl_module_get(id)->apis; *api; api++) {
            unsigned modules = 0;
            for (int m = tl_module_for_api(*api); m > 0; m = tl_module_next_for_api(*api, m))
                modules |= 1u << m;
            tl_api_info info = tl_api_index_find(&ix, *api);
            EXPECT(info.modules == modules);
            EXPECT(info.gate == tl_module_api_gate(*api));
        }
    tl_api_info create = tl_api_index_find(&ix, "pthread_create");
    EXPECT(create.modules & (1u << TL_MODULE_ID_thread));
    EXPECT(create.modules & (1u << TL_MODULE_ID_lifetime));
    tl_api_info lock = tl_api_index_find(&ix, "pthread_mutex_lock");
    EXPECT(lock.modules == 0 && lock.gate == TL_GATE_NOT_API);
    EXPECT(tl_api_index_find(&ix, NULL).modules == 0);
    tl_api_index_free(&ix);
}

int main(void) {
    null_spellings();
    calls();
    macros();
    module_gates();
    ir_calls();
    api_index();
    if (failures)
        fprintf(stderr, "%d failure(s)\n", failures);
    return failures != 0;
}
