/* How source text mentions a modelled API: the pure-text half of the front
 * ends' prefilters (tools/libclang/lower_select.c, plugin/lower_select.cpp),
 * which decide from a function's text alone whether it is worth lowering.
 *
 * Some API calls matter only when one argument is not a null pointer
 * constant (tl_api_arg in module.h): `pthread_mutex_init(&m, NULL)` has no
 * attribute object for a rule to follow.  Such an API has a *gate*, the
 * index of that argument; these routines read call arguments and `#define`
 * lines well enough to honour gates, and answer "it may matter" whenever
 * the text is anything but plain. */
#ifndef THREADLINT_API_TEXT_H
#define THREADLINT_API_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    TL_GATE_NOT_API = -2, /* the name is no API and no macro reaching one */
    TL_GATE_ALWAYS = -1,  /* every mention matters */
    /* an accessor (pthread_getspecific): matters only in a function that
     * also names a companion (the key's type), see module.h */
    TL_GATE_ACCESSOR = -3,
    TL_GATE_COMPANION = -4, /* a companion name, no API itself */
    /* >= 0: only calls whose argument of that index is not null matter */
};

/* The gate of a name two sources give gates `a` and `b`. */
int tl_gate_merge(int a, int b);

/* Can this mention of an API with gate `gate` matter?  `after` points
 * just past the API's name in text ending at `end`.  False only when the
 * mention is a call whose argument `gate` is spelled as a null pointer
 * constant: NULL, nullptr, 0, or one of these in parentheses or cast to a
 * pointer type, e.g. `(void *)0`. */
bool tl_text_call_may_matter(const char *after, const char *end, int gate);

/* Is t[0, n) a null pointer constant as written (see above)? */
bool tl_text_is_null(const char *t, size_t n);

/* The gate of an identifier (TL_GATE_NOT_API for none). */
typedef int (*tl_text_lookup_fn)(const char *id, size_t n, void *ud);
/* Records the gate of a macro name (the gate only ever widens). */
typedef void (*tl_text_define_fn)(const char *name, size_t n, int gate, void *ud);

/* Every `#define NAME...` line (with continuations) of t[0, n) whose body
 * can reach an API gets a gate: TL_GATE_ALWAYS, or k when the body only
 * passes its parameter k on as an API's gated argument, as in zstd's
 * `#define ZSTD_pthread_mutex_init(a, b) pthread_mutex_init((a), (b))`.
 * Calls define() for each name whose gate changes; returns whether any did. */
bool tl_text_scan_macros(const char *t, size_t n, tl_text_lookup_fn lookup,
                         tl_text_define_fn define, void *ud);

#ifdef __cplusplus
}
#endif

#endif
