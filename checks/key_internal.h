/* Internals of the key module (pthread.KeyLeak, pthread.KeyMisuse), shared
 * by its three files only:
 *
 *   check_key.c    a key's life: create, use, delete, and the module's hooks
 *   key_value.c    the calling thread's value in a key this function created
 *   key_library.c  keys in static storage that belong to a library's life
 */
#ifndef THREADLINT_KEY_INTERNAL_H
#define THREADLINT_KEY_INTERNAL_H

#include <stdbool.h>

#include "engine.h"

enum key_state {
    K_CREATED = 1,
    K_FAILED,
    K_DELETED,
    K_ESCAPED,
    K_OBS_OWN_VALUE, /* observed only: CREATED, holding memory this function
                        allocated that nothing else holds (keyval_own_value) */
};

/* tl_res.flags of a key.  While CREATED, tl_res.aux_event is 1 + the flat
 * index of the set that gave the key the value KF_HEAP_VALUE describes. */
enum key_flags {
    KF_INCOMING = 1u << 0,  /* deleted here, created by a caller */
    KF_NULL_DTOR = 1u << 1, /* created here with a NULL destructor */
    KF_HEAP_VALUE = 1u << 2, /* the value set here is memory this function allocated */
    KF_C11 = 1u << 3,       /* a C11 tss_t: messages and fix-its say tss_* */
    KF_OWN_DTOR = 1u << 4,  /* its destructor is a function this file defines
                               (tl_res.label names it) */
    /* the flags about the key itself, not about its value */
    KF_KEY_FLAGS = KF_INCOMING | KF_NULL_DTOR | KF_C11 | KF_OWN_DTOR,
    KF_GOT_SHIFT = 8,       /* flags >> 8: 1 + the flat index of the pthread_getspecific
                               that copied that value into a local */
};

/* A family of key APIs: the names its messages and fix-its use. */
typedef struct key_family {
    const char *create, *del, *set, *get;
    const char *success_text; /* what the create returns when it made a key */
} key_family;

typedef enum key_role { ROLE_CREATE, ROLE_DELETE, ROLE_SET, ROLE_GET } key_role;

/* ---- check_key.c ------------------------------------------------------------ */

bool key_has_role(const char *callee, key_role role);
/* Did the key API call `ev` fail on this path, as its tested result says? */
bool key_call_failed(const tl_ctx *c, const tl_event *ev);
/* The family a resource was created (or deleted) by, for its messages. */
const key_family *key_family_of(const tl_res *r);
/* The key as written at its create ("k", "ctx->key"). */
const char *key_name(tl_ctx *c, const tl_res *r);

/* ---- key_library.c ---------------------------------------------------------- */

/* The function returns with the CREATED key i still live, and the key
 * outlives it: judge it as part of the library's life. */
void keylib_on_exit(tl_ctx *c, int i);

/* ---- key_value.c ------------------------------------------------------------ */

/* A set of the CREATED key r at `ev`: reports an overwrite that loses the
 * old value (whatever the key's destructor), then records the new value in
 * r's flags. */
void keyval_on_set(tl_ctx *c, const tl_event *ev, tl_res *r);
/* A get of the CREATED key r at `ev`: the value stays ours only when it is
 * read into a local that does nothing. */
void keyval_on_get(tl_ctx *c, const tl_event *ev, tl_res *r);
/* Every path through a set calls this, whatever the key's state (r may be
 * NULL), so that the overwrite's fix-it is kept only if it holds on all. */
void keyval_observe_set(tl_ctx *c, const tl_event *ev, int place, const tl_res *r);
/* The CREATED key r is deleted at `ev` (by this function itself). */
void keyval_on_delete(tl_ctx *c, const tl_event *ev, const tl_res *r);
/* The function returns with the CREATED key r alive after it. */
void keyval_on_exit(tl_ctx *c, const tl_res *r);
/* Does the key hold memory this function allocated that only it holds?
 * Then a delete loses it unless it is freed first. */
bool keyval_own_value(tl_ctx *c, const tl_res *r);
/* r's state as fix-its observe it: K_OBS_OWN_VALUE for such a key. */
int keyval_observed_state(tl_ctx *c, const tl_res *r);

#endif
