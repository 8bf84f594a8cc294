/* pthread.KeyMisuse for the calling thread's value in a key that this
 * function created (C11: tss_*).  A key's destructor runs only when a
 * thread exits, on the value the key holds then: neither the
 * pthread_setspecific that replaces a value nor pthread_key_delete frees
 * it or runs the destructor, whatever destructor the key has.
 *
 * While the key is CREATED its flags follow the value this function set:
 *
 *   KF_HEAP_VALUE  memory this function allocated (malloc & co. passed
 *                  directly, or a local whose every assignment is such a
 *                  call); aux_event is the set that stored it
 *   KF_GOT_SHIFT   that value read back into a local that does nothing
 *
 * and three findings follow:
 *
 *   - a set that replaces the value while only the key holds it, or while
 *     the local it was read back into is never freed (warning; fix-it
 *     `free(pthread_getspecific(k));` or `free(old);` before the set);
 *   - a delete while the value is still in the key and nothing else holds
 *     it (warning);
 *   - a key with a NULL destructor that outlives the function (a global)
 *     still holding such a value when the function returns: every thread's
 *     value leaks when the thread exits (a note, dropped when a warning is
 *     about the same key).
 */
#include <stdbool.h>
#include <string.h>

#include "key_internal.h"

static tl_arena *arena(tl_ctx *c) { return tl_ctx_func_mut(c)->arena; }

static int value_place(const tl_operand *o) { return o->kind == TL_OPD_PLACE ? o->place : -1; }

static bool is_allocator(const char *name) {
    static const char *const names[] = {"malloc", "calloc", "realloc", "reallocarray",
                                        "aligned_alloc", "strdup", "strndup", NULL};
    for (int i = 0; name && names[i]; i++)
        if (strcmp(names[i], name) == 0)
            return true;
    return false;
}

static bool is_plain_local(const tl_func *f, int place) {
    const tl_place *pl = &f->places[place];
    return pl->sel == TL_SEL_BASE && f->vars[pl->var].kind == TL_VAR_LOCAL;
}

/* How a finding about r's value ends: why nothing frees it. */
static const char *no_dtor_frees(const tl_res *r) {
    return (r->flags & KF_NULL_DTOR) ? ", and the key has no destructor"
                                     : "; a key's destructor runs only at thread exit, on the "
                                       "value the key then holds";
}

static bool known_null(tl_ctx *c, int place) {
    tl_operand held = tl_opd_place(place, NULL);
    long long v;
    return tl_ctx_const_value(c, &held, &v) && v == 0;
}

/* ---- IR scans ---------------------------------------------------------------- */

/* A local pointer whose every assignment is an allocator's result. */
static bool local_holds_allocation(tl_ctx *c, int place) {
    const tl_func *f = tl_ctx_func(c);
    if (!is_plain_local(f, place))
        return false;
    bool assigned = false;
    for (int b = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            const tl_event *ev = &f->blocks[b].events[e];
            if (ev->kind == TL_EV_ASSIGN && ev->dst_place == place) {
                if (ev->src.kind != TL_OPD_TEMP || !is_allocator(ev->src.name))
                    return false;
                assigned = true;
            }
        }
    return assigned;
}

/* Is `ev` a set of the key in `key` with the local `place` as the value? */
static bool sets_key_to(const tl_event *ev, int key, int place) {
    return key >= 0 && key_has_role(ev->callee, ROLE_SET) && ev->nargs > 1 &&
           value_place(&ev->args[0]) == key && value_place(&ev->args[1]) == place;
}

/* Does the function do nothing with the local `place` but test it: never
 * return, copy, pass, store, increment or reassign it (its one assignment
 * aside)?  Handing it to a set of the key in `key` as the value (when
 * `key` >= 0) is allowed: the key is what keeps it. */
static bool local_is_idle(tl_ctx *c, int place, int key) {
    const tl_func *f = tl_ctx_func(c);
    int assigns = 0;
    for (int b = 0; b < f->nblocks; b++) {
        const tl_block *bl = &f->blocks[b];
        if (bl->term == TL_TERM_RETURN &&
            (bl->retval.kind == TL_OPD_PLACE || bl->retval.kind == TL_OPD_ADDR) &&
            tl_place_is_under(f, bl->retval.place, place))
            return false;
        for (int e = 0; e < bl->nevents; e++) {
            const tl_event *ev = &bl->events[e];
            if (ev->kind == TL_EV_ASSIGN && ev->dst_place >= 0 &&
                tl_place_is_under(f, ev->dst_place, place) && ++assigns > 1)
                return false;
            if (ev->kind == TL_EV_ASSIGN &&
                (ev->src.kind == TL_OPD_PLACE || ev->src.kind == TL_OPD_ADDR) &&
                tl_place_is_under(f, ev->src.place, place))
                return false;
            if ((ev->kind == TL_EV_ESCAPE || ev->kind == TL_EV_INCR) && ev->dst_place >= 0 &&
                tl_place_is_under(f, ev->dst_place, place))
                return false;
            if (ev->kind == TL_EV_CALL && sets_key_to(ev, key, place))
                continue;
            for (int a = 0; ev->kind == TL_EV_CALL && a < ev->nargs; a++)
                if ((ev->args[a].kind == TL_OPD_PLACE || ev->args[a].kind == TL_OPD_ADDR) &&
                    (tl_place_is_under(f, ev->args[a].place, place) ||
                     tl_place_is_under(f, place, ev->args[a].place)))
                    return false;
        }
    }
    return true;
}

/* The local that the result of the pthread_getspecific `get` is copied
 * into, if that local is idle (local_is_idle); -1 otherwise. */
static int idle_copy_of_result(tl_ctx *c, const tl_event *get) {
    const tl_func *f = tl_ctx_func(c);
    if (get->result_temp < 0)
        return -1;
    int place = -1;
    for (int b = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            const tl_event *ev = &f->blocks[b].events[e];
            if (ev->kind == TL_EV_ASSIGN && ev->src.kind == TL_OPD_TEMP &&
                ev->src.temp == get->result_temp)
                place = ev->dst_place;
        }
    return place >= 0 && is_plain_local(f, place) && local_is_idle(c, place, -1) ? place : -1;
}

/* ---- what the key holds -------------------------------------------------------- */

/* The set that stored r's value, when that value is memory this function
 * allocated and only the key still holds it: the set allocated it in the
 * call itself, or took it from a local that does nothing else; and no
 * local it was read back into is known NULL here.  NULL otherwise. */
static const tl_event *value_only_in_key(tl_ctx *c, const tl_res *r) {
    if (r->st != K_CREATED || !(r->flags & KF_HEAP_VALUE) || r->aux_event <= 0)
        return NULL;
    const tl_event *set = tl_ctx_event_at(c, r->aux_event - 1);
    if (!set || set->nargs < 2 || key_call_failed(c, set)) /* a failed set stored nothing */
        return NULL;
    const tl_operand *v = &set->args[1];
    if (v->kind == TL_OPD_PLACE &&
        (!local_is_idle(c, v->place, r->place) || known_null(c, v->place)))
        return NULL;
    if (v->kind != TL_OPD_PLACE && v->kind != TL_OPD_TEMP)
        return NULL;
    unsigned got = r->flags >> KF_GOT_SHIFT;
    const tl_event *get = got ? tl_ctx_event_at(c, (int)got - 1) : NULL;
    int copy = get ? idle_copy_of_result(c, get) : -1;
    return copy >= 0 && known_null(c, copy) ? NULL : set;
}

/* What the set `ev` loses when it replaces r's value: memory this
 * function allocated that nothing frees afterwards. */
typedef struct lost_value {
    int old;                /* the idle local it was read back into, or -1 */
    const tl_event *stored; /* else the set that stored it, which only the key
                               still holds; NULL when the set loses nothing */
} lost_value;

static bool same_value(const tl_event *a, const tl_event *b) {
    return a->nargs > 1 && b->nargs > 1 && value_place(&a->args[1]) >= 0 &&
           value_place(&a->args[1]) == value_place(&b->args[1]);
}

static lost_value lost_by_set(tl_ctx *c, const tl_event *ev, const tl_res *r) {
    lost_value lost = {-1, NULL};
    unsigned got = r->flags >> KF_GOT_SHIFT;
    if (r->st != K_CREATED || !(r->flags & KF_HEAP_VALUE))
        return lost;
    if (!got) {
        const tl_event *stored = value_only_in_key(c, r);
        if (stored && !same_value(stored, ev))
            lost.stored = stored;
        return lost;
    }
    const tl_event *get = tl_ctx_event_at(c, (int)got - 1);
    int old = get ? idle_copy_of_result(c, get) : -1;
    if (old < 0 || (ev->nargs > 1 && value_place(&ev->args[1]) == old))
        return lost;
    if (!known_null(c, old)) /* tested and found NULL on this path */
        lost.old = old;
    return lost;
}

/* The fix-it's observation at a set: 1 + the local to free, LOST_STORED
 * for the value only the key holds, 0 when the set loses nothing. */
enum { LOST_STORED = -1 };

static int lost_key(const lost_value *lost) {
    return lost->old >= 0 ? 1 + lost->old : lost->stored ? LOST_STORED : 0;
}

/* ---- findings -------------------------------------------------------------- */

/* Is another local named like `var` visible at `at`, hiding it? */
static bool name_hidden(const tl_func *f, int var, tl_loc at) {
    const tl_var *v = &f->vars[var];
    for (int i = 0; i < f->nvars; i++) {
        const tl_var *w = &f->vars[i];
        if (i != var && w->kind == TL_VAR_LOCAL && strcmp(w->name, v->name) == 0 &&
            tl_loc_within(at, w->scope) && w->scope.begin.offset > v->scope.begin.offset)
            return true;
    }
    return false;
}

/* `free(what);` before the set statement `set`, a plain
 * `pthread_setspecific(k, v);` (on a line of its own in braces, or braced
 * with it when it is an unbraced arm); kept only if every path through the
 * set loses the same (keyval_observe_set). */
static void fix_free_before_set(tl_ctx *c, tl_report *rep, const tl_event *set, const char *what,
                                int key, int lost) {
    unsigned flags = set->stmt_flags & (TL_STMT_IS_EXPR_STMT | TL_STMT_RESULT_USED | TL_STMT_IN_MACRO);
    if (!rep || !what || flags != TL_STMT_IS_EXPR_STMT ||
        set->stmt_range.end.offset <= set->stmt_range.begin.offset)
        return;
    tl_report_fixit_before_stmt(rep, set->stmt_range, set->stmt_flags,
                                tl_arena_printf(tl_report_arena(rep), "free(%s);", what),
                                tl_ctx_event_index(c), key, lost);
}

/* The local `old` can be freed before the set: it is visible there, not
 * hidden, and got its value earlier in the text. */
static bool old_nameable_at(const tl_func *f, int old, const tl_event *get, const tl_event *set) {
    int var = f->places[old].var;
    tl_loc at = set->stmt_range.begin;
    return tl_loc_within(at, f->vars[var].scope) && get->loc.file == at.file &&
           get->loc.offset < at.offset && !name_hidden(f, var, at);
}

static const char *value_set_here(tl_ctx *c, const tl_res *r) {
    return tl_arena_printf(arena(c), "this thread's value of key '%s' is set here",
                           key_name(c, r));
}

static void report_overwrite(tl_ctx *c, const tl_event *ev, const tl_res *r,
                             const lost_value *lost) {
    const tl_func *f = tl_ctx_func(c);
    const char *h = key_name(c, r), *set = key_family_of(r)->set;
    const char *msg =
        lost->old >= 0
            ? tl_arena_printf(arena(c),
                              "%s replaces the value of key '%s' that '%s' holds without "
                              "freeing it%s",
                              set, h, tl_place_c_name(f, lost->old), no_dtor_frees(r))
            : tl_arena_printf(arena(c),
                              "%s replaces the value of key '%s', memory this function "
                              "allocated, without freeing it%s",
                              set, h, no_dtor_frees(r));
    tl_report *rep = tl_ctx_report(c, TL_RULE_KEY_MISUSE, tl_ctx_event_index(c), ev->loc, msg);
    tl_report_path(rep, r);
    if (lost->stored) {
        tl_report_note(rep, TL_NOTE_EVENT, lost->stored->loc, value_set_here(c, r));
        const char *k = ev->args[0].text; /* the key as the set spells it */
        const char *get = k ? tl_arena_printf(arena(c), "%s(%s)", key_family_of(r)->get, k) : NULL;
        fix_free_before_set(c, rep, ev, get, r->place, LOST_STORED);
        return;
    }
    const tl_event *get = tl_ctx_event_at(c, (int)(r->flags >> KF_GOT_SHIFT) - 1);
    const char *o = tl_place_c_name(f, lost->old);
    tl_report_note(rep, TL_NOTE_EVENT, get->loc,
                   tl_arena_printf(arena(c), "'%s' gets the value of key '%s' here", o, h));
    if (old_nameable_at(f, lost->old, get, ev))
        fix_free_before_set(c, rep, ev, f->vars[f->places[lost->old].var].name, r->place,
                            lost_key(lost));
}

/* ---- entry points (key_internal.h) ------------------------------------------ */

void keyval_observe_set(tl_ctx *c, const tl_event *ev, int place, const tl_res *r) {
    if (!tl_ctx_reporting(c))
        return;
    lost_value lost = {-1, NULL};
    if (r)
        lost = lost_by_set(c, ev, r);
    tl_ctx_observe(c, tl_ctx_event_index(c), place, lost_key(&lost));
}

void keyval_on_set(tl_ctx *c, const tl_event *ev, tl_res *r) {
    lost_value lost = lost_by_set(c, ev, r);
    if (lost.old >= 0 || lost.stored)
        report_overwrite(c, ev, r, &lost);
    const tl_operand *v = ev->nargs > 1 ? &ev->args[1] : NULL;
    bool heap = v && ((v->kind == TL_OPD_TEMP && is_allocator(v->name)) ||
                      (v->kind == TL_OPD_PLACE && local_holds_allocation(c, v->place)));
    r->flags = (r->flags & KF_KEY_FLAGS) | (heap ? KF_HEAP_VALUE : 0);
    r->aux_event = heap ? tl_ctx_event_index(c) + 1 : 0;
}

void keyval_on_get(tl_ctx *c, const tl_event *ev, tl_res *r) {
    /* the value read into an idle local is still ours; read otherwise,
     * whoever got it may free it */
    unsigned keep = r->flags & KF_KEY_FLAGS;
    bool idle = (r->flags & KF_HEAP_VALUE) && idle_copy_of_result(c, ev) >= 0;
    if (idle) {
        r->flags = keep | KF_HEAP_VALUE | ((unsigned)(tl_ctx_event_index(c) + 1) << KF_GOT_SHIFT);
    } else {
        r->flags = keep;
        r->aux_event = 0;
    }
}

bool keyval_own_value(tl_ctx *c, const tl_res *r) { return value_only_in_key(c, r) != NULL; }

int keyval_observed_state(tl_ctx *c, const tl_res *r) {
    return r->st == K_CREATED && keyval_own_value(c, r) ? K_OBS_OWN_VALUE : r->st;
}

void keyval_on_delete(tl_ctx *c, const tl_event *ev, const tl_res *r) {
    const tl_event *set = value_only_in_key(c, r);
    if (!set)
        return;
    tl_report *rep = tl_ctx_report(
        c, TL_RULE_KEY_MISUSE, tl_ctx_event_index(c), ev->loc,
        tl_arena_printf(arena(c),
                        "key '%s' is deleted while it still holds this thread's value, memory "
                        "this function allocated: %s does not free values%s",
                        key_name(c, r), key_family_of(r)->del,
                        (r->flags & KF_NULL_DTOR) ? "" : " or run the key's destructor"));
    tl_report_path(rep, r);
    tl_report_note(rep, TL_NOTE_EVENT, set->loc, value_set_here(c, r));
    /* `free(pthread_getspecific(k));` first, where every path through the
     * delete has such a value (the delete's observation) */
    const char *k = ev->nargs ? ev->args[0].text : NULL;
    if (k && !(ev->stmt_flags & TL_STMT_IN_MACRO) && ev->stmt_range.end.offset > ev->stmt_range.begin.offset)
        tl_report_fixit_before_stmt(
            rep, ev->stmt_range, ev->stmt_flags,
            tl_arena_printf(arena(c), "free(%s(%s));", key_family_of(r)->get, k),
            tl_ctx_event_index(c), r->place, K_OBS_OWN_VALUE);
}

void keyval_on_exit(tl_ctx *c, const tl_res *r) {
    if (!tl_ctx_reporting(c) || r->origin < 0 || !(r->flags & KF_NULL_DTOR) ||
        tl_ctx_place_dies_here(c, r->place))
        return;
    const tl_event *set = value_only_in_key(c, r);
    const tl_event *create = tl_ctx_event_at(c, r->origin);
    if (!set || !create)
        return;
    tl_report *rep = tl_ctx_report(
        c, TL_RULE_KEY_MISUSE, r->origin, create->loc,
        tl_arena_printf(arena(c),
                        "key '%s' has no destructor but its value is memory this function "
                        "allocated: values are not freed when their threads exit",
                        key_name(c, r)));
    tl_report_severity(rep, TL_SEV_NOTE);
    tl_report_about(rep, r);
    tl_report_note(rep, TL_NOTE_EVENT, set->loc, value_set_here(c, r));
}
