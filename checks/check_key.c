/* pthread.KeyLeak and pthread.KeyMisuse: a thread-specific data key that a
 * function creates in a local is deleted exactly once before the function
 * returns, and is used only in between.
 *
 *                 create ok                   delete
 *   (none) ──────────────────▶ CREATED ─────────────────▶ DELETED
 *      │  create fails           │  exit, re-create          │ delete / get / set again
 *      ▼                         ▼                           ▼
 *   FAILED ── delete/get/set ─▶ KeyMisuse   KeyLeak       KeyMisuse
 *
 * C11's tss_create / tss_delete / tss_set / tss_get follow the same rules.
 *
 * A key created into a global or static (the pthread_once-guarded init
 * idiom) lives as long as the process: no KeyLeak for it, except in a
 * library's life (key_library.c): one an init function creates and no fini
 * deletes, and one whose destructor is code of the file, deleted nowhere,
 * in a file that can be unloaded.  A key that escapes (stored in a global,
 * returned, handed to an unknown function) is ESCAPED: someone else
 * deletes it.
 *
 * While CREATED, the flags follow the key's value in the calling thread:
 * key_value.c reports what happens to memory this function allocated and
 * stored in a key it created. */
#include <stdbool.h>
#include <string.h>

#include "api_text.h"
#include "array_loop.h"
#include "c11_threads.h"
#include "key_internal.h"
#include "module.h"
#include "status_guard.h"

static const key_family posix = {"pthread_key_create", "pthread_key_delete",
                                 "pthread_setspecific", "pthread_getspecific", "0"};
static const key_family c11 = {"tss_create", "tss_delete", "tss_set", "tss_get",
                               "thrd_success"};

/* The one table of modelled APIs.  `success` is the status that means the
 * call did its job; for a CREATE it decides whether a key exists. */
#define KEY_API_TABLE(X)                                        \
    X("pthread_key_create", ROLE_CREATE, &posix, 0)             \
    X("pthread_key_delete", ROLE_DELETE, &posix, 0)             \
    X("pthread_setspecific", ROLE_SET, &posix, 0)               \
    X("pthread_getspecific", ROLE_GET, &posix, 0)               \
    X("tss_create", ROLE_CREATE, &c11, TL_THRD_SUCCESS)         \
    X("tss_delete", ROLE_DELETE, &c11, TL_THRD_SUCCESS)         \
    X("tss_set", ROLE_SET, &c11, TL_THRD_SUCCESS)               \
    X("tss_get", ROLE_GET, &c11, TL_THRD_SUCCESS)

typedef struct key_api {
    const char *name;
    key_role role;
    const key_family *family;
    long long success;
} key_api;

static const key_api api_table[] = {
#define KEY_API_ENTRY(name, role, family, success) {name, role, family, success},
    KEY_API_TABLE(KEY_API_ENTRY)
#undef KEY_API_ENTRY
};

static const char *const key_apis[] = {
#define KEY_API_NAME(name, role, family, success) name,
    KEY_API_TABLE(KEY_API_NAME)
#undef KEY_API_NAME
    NULL,
};

static const key_api *api_of(const char *callee) {
    for (size_t i = 0; callee && i < sizeof api_table / sizeof api_table[0]; i++)
        if (strcmp(api_table[i].name, callee) == 0)
            return &api_table[i];
    return NULL;
}

static long long key_api_success(const char *callee) {
    const key_api *api = api_of(callee);
    return api ? api->success : 0;
}

bool key_has_role(const char *callee, key_role role) {
    const key_api *api = api_of(callee);
    return api && api->role == role;
}

bool key_call_failed(const tl_ctx *c, const tl_event *ev) {
    const key_api *api = api_of(ev->callee);
    if (!api || ev->result_temp < 0)
        return false;
    tl_operand status = tl_opd_temp(ev->result_temp, ev->callee, NULL);
    return !tl_ctx_may_equal(c, &status, api->success);
}

const key_family *key_family_of(const tl_res *r) { return (r->flags & KF_C11) ? &c11 : &posix; }

static unsigned family_flag(const key_family *fam) { return fam == &c11 ? KF_C11 : 0; }

static tl_arena *arena(tl_ctx *c) { return tl_ctx_func_mut(c)->arena; }

static int value_place(const tl_operand *o) { return o->kind == TL_OPD_PLACE ? o->place : -1; }

const char *key_name(tl_ctx *c, const tl_res *r) {
    return r->handle_text ? r->handle_text : tl_place_c_name(tl_ctx_func(c), r->place);
}

static bool is_null(tl_ctx *c, const tl_operand *o) {
    long long v;
    return (o->kind == TL_OPD_CONST && o->ival == 0) ||
           (o->kind != TL_OPD_PLACE && o->kind != TL_OPD_ADDR && o->kind != TL_OPD_FUNC &&
            tl_ctx_const_value(c, o, &v) && v == 0);
}

/* ---- IR scans --------------------------------------------------------------- */

static bool function_deletes(tl_ctx *c, int place) {
    const tl_func *f = tl_ctx_func(c);
    for (int b = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            const tl_event *ev = &f->blocks[b].events[e];
            if (ev->kind == TL_EV_CALL && key_has_role(ev->callee, ROLE_DELETE) && ev->nargs > 0 &&
                value_place(&ev->args[0]) == place)
                return true;
        }
    return false;
}

/* ---- reports ---------------------------------------------------------------- */

/* `pthread_key_delete(k);` (`tss_delete(k);`) before a return the function
 * otherwise leaves with the key live. */
static void fix_delete_before_exit(tl_ctx *c, tl_report *rep, const tl_res *r,
                                   const tl_block *exit) {
    const tl_func *f = tl_ctx_func(c);
    const tl_place *pl = &f->places[r->place];
    /* a local key's handle dies here: no one else can delete it */
    bool local = f->vars[pl->var].kind == TL_VAR_LOCAL;
    if (!rep || pl->sel != TL_SEL_BASE || r->origin < 0 ||
        (exit->term_stmt_flags & TL_STMT_IN_MACRO) || (!local && !function_deletes(c, r->place)) ||
        !tl_loc_within(exit->term_loc, f->vars[pl->var].scope) ||
        !tl_func_event_dominates(f, tl_report_arena(rep), r->origin, exit->id))
        return;
    const char *name = f->vars[pl->var].name;
    const key_family *fam = key_family_of(r);
    const char *stmt = tl_arena_printf(arena(c), "%s(%s);", fam->del, name);
    tl_report_fixit_before_exit(rep, exit, stmt, r->place, K_CREATED);
    /* or, where the key holds memory only it holds, free that first */
    unsigned col = exit->term_stmt.begin.col;
    const char *sep = (exit->term_stmt_flags & TL_STMT_IN_COMPOUND)
                          ? tl_arena_printf(arena(c), "\n%*s", (int)(col > 1 ? col - 1 : 0), "")
                          : " ";
    tl_report_fixit_or(rep);
    tl_report_fixit_before_exit(
        rep, exit, tl_arena_printf(arena(c), "free(%s(%s));%s%s", fam->get, name, sep, stmt),
        r->place, K_OBS_OWN_VALUE);
}

/* A loop deleting the keys a counted loop created, before a return:
 * for a local array, or one the function deletes on other paths. */
static void fix_delete_loop_before_exit(tl_ctx *c, tl_report *rep, const tl_res *r,
                                        const tl_block *exit) {
    const tl_func *f = tl_ctx_func(c);
    const tl_event *origin = r->origin >= 0 ? tl_ctx_event_at(c, r->origin) : NULL;
    bool local = f->vars[f->places[r->place].var].kind == TL_VAR_LOCAL;
    if (!origin || !key_has_role(origin->callee, ROLE_CREATE) ||
        (exit->term_stmt_flags & TL_STMT_IN_MACRO) || (!local && !function_deletes(c, r->place)))
        return;
    const char *del = tl_arena_printf(arena(c), "%s(", key_family_of(r)->del);
    tl_report_array_release(rep, f, r->origin, 0, 0, exit->id, del, ");", r->place,
                            (1u << K_CREATED) | (1u << K_FAILED));
}

static void report_leak_at_exit(tl_ctx *c, int i, const tl_block *exit) {
    tl_res *r = tl_ctx_res(c, i);
    const char *fn = tl_ctx_func(c)->name;
    const char *h = key_name(c, r);
    bool many = tl_place_is_collective(tl_ctx_func(c), r->place);
    const char *msg =
        many ? tl_arena_printf(arena(c), "keys in '%s' are never deleted when '%s' returns", h, fn)
             : tl_arena_printf(arena(c), "key '%s' is never deleted when '%s' returns", h, fn);
    const tl_event *origin = r->origin >= 0 ? tl_ctx_event_at(c, r->origin) : NULL;
    tl_report *rep = tl_ctx_report(c, TL_RULE_KEY_LEAK, r->origin,
                                   origin ? origin->loc : exit->term_loc, msg);
    tl_report_path(rep, r);
    tl_report_note(rep, TL_NOTE_EXIT, exit->term_loc,
                   tl_arena_printf(arena(c), "'%s' returns here with %s '%s' still live", fn,
                                   many ? "keys in" : "key", h));
    if (!many)
        fix_delete_before_exit(c, rep, r, exit);
    else
        fix_delete_loop_before_exit(c, rep, r, exit);
}

static void report_recreate(tl_ctx *c, int i, const tl_event *ev) {
    tl_res *r = tl_ctx_res(c, i);
    const char *h = key_name(c, r);
    const tl_event *origin = r->origin >= 0 ? tl_ctx_event_at(c, r->origin) : NULL;
    tl_report *rep = tl_ctx_report(
        c, TL_RULE_KEY_LEAK, r->origin, origin ? origin->loc : ev->loc,
        tl_arena_printf(arena(c), "key '%s' is never deleted before it is created again", h));
    tl_report_path(rep, r);
    tl_report_note(rep, TL_NOTE_EXIT, ev->loc,
                   tl_arena_printf(arena(c), "'%s' is created again here while its key is still live", h));
}

/* Where the key's own state is observed at each use and delete (the
 * place's own observations there are about its value, key_value.c). */
static int use_obs_place(int place) { return -2 - place; }

static void observe_use(tl_ctx *c, int place, int i) {
    if (tl_ctx_reporting(c))
        tl_ctx_observe(c, tl_ctx_event_index(c), use_obs_place(place),
                       i >= 0 ? tl_ctx_res(c, i)->st : 0);
}

/* A use or delete of the key in `place` (a call a status guard may skip). */
static bool uses_key(const tl_event *ev, int place) {
    return ev->callee && api_of(ev->callee) && !key_has_role(ev->callee, ROLE_CREATE) &&
           ev->nargs > 0 && value_place(&ev->args[0]) == place;
}

/* A removable call is wrong on every path reaching it (observed with
 * state obs_st for `place`): it can be deleted. */
static void misuse_at(tl_ctx *c, const tl_event *ev, const tl_res *r, const char *msg,
                      bool removable, int place, int obs_st) {
    /* every use after a failed acquisition has that one cause */
    bool failed = r && r->st == K_FAILED;
    int key = failed ? tl_ctx_cause_key(c, r) : tl_ctx_event_index(c);
    tl_report *rep = tl_ctx_report(c, TL_RULE_KEY_MISUSE, key, ev->loc, msg);
    if (r)
        tl_report_path(rep, r);
    if (removable)
        tl_report_fixit_remove_call(rep, ev, tl_ctx_event_index(c), place, obs_st);
    const tl_event *origin = failed && r->origin >= 0 ? tl_ctx_event_at(c, r->origin) : NULL;
    if (origin && key_has_role(origin->callee, ROLE_CREATE)) /* `if (rc == 0)` before each use */
        tl_report_guard_uses(rep, arena(c), tl_ctx_func(c), r->origin,
                             (r->flags & KF_C11) ? TL_THRD_SUCCESS_TEXT : "0", place, uses_key,
                             use_obs_place(place), (1u << K_CREATED) | (1u << K_FAILED));
}

static void misuse(tl_ctx *c, const tl_event *ev, const tl_res *r, const char *msg,
                   bool removable) {
    misuse_at(c, ev, r, msg, removable && r, r ? r->place : -1, r ? r->st : 0);
}

/* ---- events ------------------------------------------------------------------ */

/* A key now lives in `place`; `status`, when given, is the API whose result
 * at `ev` says whether it really does. */
static void acquire(tl_ctx *c, int place, const tl_event *ev, const char *spelled,
                    unsigned flags, const char *dtor, const key_api *status) {
    bool many = tl_place_is_collective(tl_ctx_func(c), place);
    int i = tl_ctx_find(c, place);
    if (i >= 0 && tl_ctx_res(c, i)->st == K_CREATED) {
        if (many)
            return;
        if (!tl_ctx_res(c, i)->release_failed && tl_ctx_place_dies_here(c, place))
            report_recreate(c, i, ev);
    }
    i = tl_ctx_add(c, place, K_CREATED);
    tl_res *r = tl_ctx_res(c, i);
    r->flags = flags;
    r->label = dtor;
    r->handle_text = spelled;
    tl_res_unbind(r);
    tl_ctx_set_origin(c, i);
    if (status && ev->result_temp >= 0) {
        tl_operand res = tl_opd_temp(ev->result_temp, ev->callee, NULL);
        tl_ctx_bind_status(c, i, &res, status->success);
    }
}

static void on_create(tl_ctx *c, const tl_event *ev, const key_api *api) {
    if (ev->nargs < 1)
        return;
    const tl_operand *k = &ev->args[0];
    if (k->kind != TL_OPD_ADDR && k->kind != TL_OPD_PLACE)
        return;
    int place = tl_place_through(tl_ctx_func_mut(c), k, TL_SEL_DEREF, NULL);
    if (place < 0)
        return;
    const char *spelled = k->text && k->text[0] == '&' && k->text[1] != '('
                              ? tl_arena_strdup(arena(c), k->text + 1)
                              : tl_place_c_name(tl_ctx_func(c), place);
    const tl_operand *dtor = ev->nargs > 1 ? &ev->args[1] : NULL;
    bool own = dtor && dtor->kind == TL_OPD_FUNC && dtor->ival;
    unsigned flags = (dtor && is_null(c, dtor) ? KF_NULL_DTOR : 0) | (own ? KF_OWN_DTOR : 0);
    acquire(c, place, ev, spelled, flags | family_flag(api->family), own ? dtor->name : NULL, api);
}

/* A delete of the key in `place`, directly or by a callee (`via`);
 * `fam_flag` (KF_C11 or 0) names the API family doing it. */
static void on_delete(tl_ctx *c, int place, const tl_event *ev, const char *spelled,
                      const char *via, unsigned fam_flag) {
    const char *what = via ? tl_arena_printf(arena(c), " (by '%s')", via) : "";
    int i = tl_ctx_find(c, place);
    if (i < 0 && tl_ctx_reporting(c))
        tl_ctx_observe(c, tl_ctx_event_index(c), place, 0); /* nothing tracked here */
    observe_use(c, place, i);
    if (i < 0) {
        if (tl_ctx_place_dies_here(c, place) && !tl_ctx_place_touched(c, place) &&
            !tl_place_is_collective(tl_ctx_func(c), place)) {
            misuse_at(c, ev, NULL,
                      tl_arena_printf(arena(c), "'%s' is deleted%s but no key was ever created in it",
                                      spelled, what),
                      !via, place, 0);
            return;
        }
        i = tl_ctx_add(c, place, K_DELETED);
        tl_res *r = tl_ctx_res(c, i);
        r->flags = KF_INCOMING | fam_flag;
        r->handle_text = spelled;
        tl_ctx_set_origin(c, i);
        if (!via) /* where it failed, the key is as unknown as before */
            tl_ctx_bind_release(c, i, ev, key_api_success(ev->callee), K_ESCAPED);
        tl_ctx_note(c, place, ev->loc, tl_arena_printf(arena(c), "'%s' deleted here%s", spelled, what));
        return;
    }
    tl_res *r = tl_ctx_res(c, i);
    const char *h = key_name(c, r);
    if (tl_ctx_reporting(c))
        tl_ctx_observe(c, tl_ctx_event_index(c), place, keyval_observed_state(c, r));
    switch (r->st) {
    case K_CREATED:
        if (!via) /* a helper may free the value before it deletes */
            keyval_on_delete(c, ev, r);
        r->st = K_DELETED;
        r->flags &= KF_INCOMING | KF_C11;
        r->aux_event = 0;
        tl_res_unbind(r);
        if (!via)
            tl_ctx_bind_release(c, i, ev, key_api_success(ev->callee), K_CREATED);
        tl_ctx_note(c, place, ev->loc, tl_arena_printf(arena(c), "'%s' deleted here%s", h, what));
        break;
    case K_FAILED:
        misuse(c, ev, r,
               tl_arena_printf(arena(c), "key '%s' is deleted%s but its %s failed", h, what,
                               key_family_of(r)->create),
               !via);
        break;
    case K_DELETED:
        if (!tl_place_is_collective(tl_ctx_func(c), place))
            misuse(c, ev, r,
                   tl_arena_printf(arena(c), "key '%s' is deleted%s after it was already deleted",
                                   h, what),
                   !via);
        break;
    default:
        break;
    }
}

static void on_access(tl_ctx *c, int place, const tl_event *ev, const char *spelled) {
    bool set = key_has_role(ev->callee, ROLE_SET);
    int i = tl_ctx_find(c, place);
    observe_use(c, place, i);
    if (set)
        keyval_observe_set(c, ev, place, i >= 0 ? tl_ctx_res(c, i) : NULL);
    if (i < 0) {
        if (tl_ctx_place_dies_here(c, place) && !tl_ctx_place_touched(c, place) &&
            !tl_place_is_collective(tl_ctx_func(c), place))
            misuse(c, ev, NULL,
                   tl_arena_printf(arena(c), "'%s' is used by '%s' but no key was ever created in it",
                                   spelled, ev->callee),
                   false);
        return;
    }
    tl_res *r = tl_ctx_res(c, i);
    const char *h = key_name(c, r);
    bool many = tl_place_is_collective(tl_ctx_func(c), place);
    if (r->st == K_DELETED && !many) {
        misuse(c, ev, r,
               tl_arena_printf(arena(c), "key '%s' is used by '%s' after it was deleted", h,
                               ev->callee),
               false);
        return;
    }
    if (r->st == K_FAILED) {
        misuse(c, ev, r,
               tl_arena_printf(arena(c), "key '%s' is used by '%s' but its %s failed", h,
                               ev->callee, key_family_of(r)->create),
               false);
        return;
    }
    if (r->st != K_CREATED || many)
        return;
    if (set)
        keyval_on_set(c, ev, r);
    else
        keyval_on_get(c, ev, r);
}

static void on_call(tl_ctx *c, const tl_event *ev) {
    const key_api *api = api_of(ev->callee);
    if (!api)
        return;
    if (api->role == ROLE_CREATE) {
        on_create(c, ev, api);
        return;
    }
    if (api->role == ROLE_SET && ev->nargs > 1 &&
        (ev->args[1].kind == TL_OPD_PLACE || ev->args[1].kind == TL_OPD_ADDR))
        tl_ctx_escape(c, ev->args[1].place, ev->loc); /* the value now lives in the key */
    int place = ev->nargs ? value_place(&ev->args[0]) : -1;
    if (place < 0)
        return;
    const char *spelled = ev->args[0].text ? ev->args[0].text : tl_place_c_name(tl_ctx_func(c), place);
    if (api->role == ROLE_DELETE)
        on_delete(c, place, ev, spelled, NULL, family_flag(api->family));
    else
        on_access(c, place, ev, spelled);
}

static void on_status(tl_ctx *c, int i, bool success) {
    tl_res *r = tl_ctx_res(c, i);
    if (!success && r->st == K_CREATED) {
        if (tl_place_is_collective(tl_ctx_func(c), r->place))
            tl_ctx_remove(c, i);
        else
            r->st = K_FAILED;
    }
}

static void on_escape(tl_ctx *c, int i, const tl_loc *where) {
    (void)where;
    tl_ctx_res(c, i)->st = K_ESCAPED;
}

static void on_overwrite(tl_ctx *c, int i, const tl_event *ev) {
    (void)ev;
    tl_ctx_remove(c, i);
}

static void on_function_exit(tl_ctx *c, int i, const tl_block *exit) {
    tl_res *r = tl_ctx_res(c, i);
    if (tl_ctx_reporting(c))
        tl_ctx_observe(c, tl_ctx_exit_key(exit), r->place, keyval_observed_state(c, r));
    if (r->st != K_CREATED || r->release_failed) /* a failed delete: its owner tried */
        return;
    if (tl_ctx_place_dies_here(c, r->place)) {
        report_leak_at_exit(c, i, exit);
    } else if (tl_ctx_reporting(c)) {
        keylib_on_exit(c, i);
        keyval_on_exit(c, tl_ctx_res(c, i));
    }
}

static void on_summary(tl_ctx *c, int place, const tl_res *callee, const tl_event *call) {
    const char *spelled = NULL;
    for (int a = 0; a < call->nargs && !spelled; a++)
        if (call->args[a].kind == TL_OPD_ADDR && call->args[a].place == place &&
            call->args[a].text && call->args[a].text[0] == '&' && call->args[a].text[1] != '(')
            spelled = tl_arena_strdup(arena(c), call->args[a].text + 1);
        else if (call->args[a].kind == TL_OPD_PLACE && call->args[a].place == place)
            spelled = call->args[a].text;
    if (!spelled)
        spelled = tl_place_c_name(tl_ctx_func(c), place);
    switch (callee->release_failed ? K_ESCAPED : callee->st) {
    case K_CREATED:
        acquire(c, place, call, spelled, callee->flags & KF_KEY_FLAGS & ~KF_INCOMING,
                callee->label, NULL);
        break;
    case K_DELETED:
        on_delete(c, place, call, spelled, call->callee, callee->flags & KF_C11);
        break;
    default:
        tl_ctx_escape(c, place, call->loc);
        break;
    }
}

/* get/set on a key in a global (a logger's key behind a macro, say) can
 * tell no rule anything unless the function also creates, deletes or
 * declares a key: keep such functions out of the analysis. */
static const tl_api_arg key_accessors[] = {
    {"pthread_getspecific", TL_GATE_ACCESSOR}, {"pthread_setspecific", TL_GATE_ACCESSOR},
    {"tss_get", TL_GATE_ACCESSOR}, {"tss_set", TL_GATE_ACCESSOR}, {NULL, 0},
};
static const char *const key_types[] = {"pthread_key_t", "tss_t", NULL};

const tl_module tl_module_key = {
    .name = "key",
    .apis = key_apis,
    .needs_arg = key_accessors,
    .companions = key_types,
    .on_call = on_call,
    .on_status = on_status,
    .on_escape = on_escape,
    .on_overwrite = on_overwrite,
    .on_exit = on_function_exit,
    .on_summary = on_summary,
};
