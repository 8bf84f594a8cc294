/* pthread.AttrLeak and pthread.AttrMisuse: every attribute object that a
 * successful pthread_{,mutex,cond,rwlock,barrier}attr_init (or
 * pthread_getattr_np) initialised is destroyed exactly once, and is used
 * only in between.
 *
 *                 init ok                    destroy
 *   (none) ──────────────────▶ INITED ─────────────────▶ DESTROYED
 *      │  init fails            │  exit, re-init           │ destroy / use again
 *      ▼                        ▼                          ▼
 *   FAILED ── destroy/use ─▶ AttrMisuse   AttrLeak       AttrMisuse
 *
 *   (none), local and untouched ── destroy/use ─▶ AttrMisuse (never initialised)
 *
 * An attribute object that escapes (stored where it outlives us, returned,
 * passed to an unknown function) is ESCAPED: someone else owns it. */
#include <stdbool.h>
#include <string.h>

#include "array_loop.h"
#include "engine.h"
#include "module.h"
#include "var_reads.h"

enum attr_state {
    A_INITED = 1,
    A_FAILED,
    A_DESTROYED,
    A_ESCAPED,
};

enum attr_flags {
    AF_INCOMING = 1u << 0, /* destroyed here, initialised by a caller */
};

/* One attribute family: its init/destroy pair and the object it configures. */
typedef struct family {
    const char *init, *destroy, *prefix, *noun;
    const char *consumer; /* takes &attr as its second argument */
} family;

static const family families[] = {
    {"pthread_attr_init", "pthread_attr_destroy", "pthread_attr_", "attribute",
     "pthread_create"},
    {"pthread_mutexattr_init", "pthread_mutexattr_destroy", "pthread_mutexattr_",
     "mutex attribute", "pthread_mutex_init"},
    {"pthread_condattr_init", "pthread_condattr_destroy", "pthread_condattr_",
     "condition attribute", "pthread_cond_init"},
    {"pthread_rwlockattr_init", "pthread_rwlockattr_destroy", "pthread_rwlockattr_",
     "rwlock attribute", "pthread_rwlock_init"},
    {"pthread_barrierattr_init", "pthread_barrierattr_destroy", "pthread_barrierattr_",
     "barrier attribute", "pthread_barrier_init"},
};
enum { NFAMILIES = sizeof families / sizeof families[0] };

static const char *const attr_apis[] = {
    "pthread_attr_init", "pthread_attr_destroy", "pthread_getattr_np", "pthread_create",
    "pthread_setattr_default_np",
    "pthread_attr_setdetachstate", "pthread_attr_getdetachstate",
    "pthread_attr_setstacksize", "pthread_attr_getstacksize",
    "pthread_attr_setstack", "pthread_attr_getstack",
    "pthread_attr_setstackaddr", "pthread_attr_getstackaddr",
    "pthread_attr_setguardsize", "pthread_attr_getguardsize",
    "pthread_attr_setschedpolicy", "pthread_attr_getschedpolicy",
    "pthread_attr_setschedparam", "pthread_attr_getschedparam",
    "pthread_attr_setinheritsched", "pthread_attr_getinheritsched",
    "pthread_attr_setscope", "pthread_attr_getscope",
    "pthread_attr_setaffinity_np", "pthread_attr_getaffinity_np",
    "pthread_attr_setsigmask_np", "pthread_attr_getsigmask_np",
    "pthread_mutexattr_init", "pthread_mutexattr_destroy", "pthread_mutex_init",
    "pthread_mutexattr_settype", "pthread_mutexattr_gettype",
    "pthread_mutexattr_setpshared", "pthread_mutexattr_getpshared",
    "pthread_mutexattr_setprotocol", "pthread_mutexattr_getprotocol",
    "pthread_mutexattr_setprioceiling", "pthread_mutexattr_getprioceiling",
    "pthread_mutexattr_setrobust", "pthread_mutexattr_getrobust",
    "pthread_mutexattr_setrobust_np", "pthread_mutexattr_getrobust_np",
    "pthread_condattr_init", "pthread_condattr_destroy", "pthread_cond_init",
    "pthread_condattr_setclock", "pthread_condattr_getclock",
    "pthread_condattr_setpshared", "pthread_condattr_getpshared",
    "pthread_rwlockattr_init", "pthread_rwlockattr_destroy", "pthread_rwlock_init",
    "pthread_rwlockattr_setpshared", "pthread_rwlockattr_getpshared",
    "pthread_rwlockattr_setkind_np", "pthread_rwlockattr_getkind_np",
    "pthread_barrierattr_init", "pthread_barrierattr_destroy", "pthread_barrier_init",
    "pthread_barrierattr_setpshared", "pthread_barrierattr_getpshared",
    NULL,
};

/* An init or create given a NULL attribute configures nothing we follow:
 * such calls need not make a function worth analysing. */
static const tl_api_arg attr_needs_arg[] = {
    {"pthread_create", 1},     {"pthread_mutex_init", 1},   {"pthread_cond_init", 1},
    {"pthread_rwlock_init", 1}, {"pthread_barrier_init", 1}, {NULL, 0},
};

static bool is(const char *a, const char *b) { return a && b && strcmp(a, b) == 0; }

static bool starts_with(const char *s, const char *prefix) {
    return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

static tl_arena *arena(tl_ctx *c) { return tl_ctx_func_mut(c)->arena; }

static const family *family_of(const char *fn) {
    for (int i = 0; i < NFAMILIES; i++)
        if (starts_with(fn, families[i].prefix) || is(fn, families[i].consumer))
            return &families[i];
    if (is(fn, "pthread_getattr_np") || is(fn, "pthread_setattr_default_np"))
        return &families[0];
    return NULL;
}

static int family_index(const family *f) { return (int)(f - families); }

/* The attribute object an argument points to: `&attr` or `pa`. */
static int attr_place(tl_ctx *c, const tl_operand *o) {
    if (o->kind != TL_OPD_ADDR && o->kind != TL_OPD_PLACE)
        return -1;
    return tl_place_through(tl_ctx_func_mut(c), o, TL_SEL_DEREF, NULL);
}

/* "&attr" -> "attr", "pa" -> "*pa". */
static const char *spelling(tl_ctx *c, const tl_operand *o, int place) {
    const char *t = o->text;
    if (t && t[0] == '&' && t[1] != '(')
        return tl_arena_strdup(arena(c), t + 1);
    if (t && o->kind == TL_OPD_PLACE)
        return tl_arena_printf(arena(c), "*%s", t);
    return tl_place_c_name(tl_ctx_func(c), place);
}

static const char *name_of(tl_ctx *c, const tl_res *r) {
    return r->handle_text ? r->handle_text : tl_place_c_name(tl_ctx_func(c), r->place);
}

static const family *res_family(const tl_res *r) {
    return &families[r->label ? (int)(r->label[0] - '0') : 0];
}

/* Family index as a one-character label, so states compare equal. */
static const char *family_label(const family *f) {
    static const char *const labels[] = {"0", "1", "2", "3", "4"};
    return labels[family_index(f)];
}

/* ---- fix-it helpers ------------------------------------------------------ */


/* Is `ev` the destroy of the attribute in `place`, `destroy(&attr);`? */
static bool destroys(const tl_event *ev, const family *fam, int place) {
    return ev->kind == TL_EV_CALL && is(ev->callee, fam->destroy) && ev->nargs > 0 &&
           ev->args[0].kind == TL_OPD_ADDR && ev->args[0].place == place;
}

/* Does this function destroy the attribute in `place` anywhere? */
static bool function_destroys(tl_ctx *c, int place, const family *fam) {
    const tl_func *f = tl_ctx_func(c);
    for (int b = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++)
            if (destroys(&f->blocks[b].events[e], fam, place))
                return true;
    return false;
}

/* `pthread_attr_destroy(&attr);` before a return the function otherwise
 * leaves with the attribute initialised. */
static void fix_destroy_before_exit(tl_ctx *c, tl_report *rep, const tl_res *r,
                                    const tl_block *exit) {
    const tl_func *f = tl_ctx_func(c);
    const tl_place *pl = &f->places[r->place];
    const family *fam = res_family(r);
    /* a local object dies here: destroying it is right wherever every
     * path to this exit leaves it initialised; any other, only when the
     * function destroys it elsewhere too */
    bool local = f->vars[pl->var].kind == TL_VAR_LOCAL;
    if (!rep || pl->sel != TL_SEL_BASE || r->origin < 0 ||
        (exit->term_stmt_flags & TL_STMT_IN_MACRO) ||
        (!local && !function_destroys(c, r->place, fam)) ||
        !tl_loc_within(exit->term_loc, f->vars[pl->var].scope) ||
        !tl_func_event_dominates(f, tl_report_arena(rep), r->origin, exit->id))
        return;
    const char *name = f->vars[pl->var].name;
    const char *stmt = tl_arena_printf(arena(c), "%s(&%s);", fam->destroy, name);
    tl_report_fixit_before_exit(rep, exit, stmt, r->place, A_INITED);
}

static bool operand_is_pure(const tl_operand *o) {
    return o->kind == TL_OPD_PLACE || o->kind == TL_OPD_CONST || o->kind == TL_OPD_NONE;
}

/* `if (rc == 0) destroy(&attr);` whose false way is how the attribute
 * leaks: the `if (...)` removed, so the destroy runs on both ways.  Right
 * when every path reaching the `if` holds the attribute initialised (the
 * module observes there, on_branch), the condition has no side effect
 * (places and constants), the arm is that one unbraced call, nothing
 * after the `if` names the attribute, and every path to the leaking exit
 * passes the `if`. */
static void fix_unguard_destroy(tl_ctx *c, tl_report *rep, const tl_res *r,
                                const tl_block *exit) {
    const tl_func *f = tl_ctx_func(c);
    const family *fam = res_family(r);
    int var = f->places[r->place].var;
    if (!rep || r->origin < 0 || f->places[r->place].sel != TL_SEL_BASE)
        return;
    for (int b = 0; b < f->nblocks; b++) {
        const tl_block *br = &f->blocks[b];
        if (br->term != TL_TERM_BRANCH || !br->cond.if_lead || !operand_is_pure(&br->cond.lhs) ||
            !operand_is_pure(&br->cond.rhs))
            continue;
        /* the arm is the way holding the destroy (`if (!x)` swaps them) */
        const tl_block *first = &f->blocks[br->succ[0]];
        int way = first->nevents == 1 && destroys(&first->events[0], fam, r->place) ? 0 : 1;
        const tl_block *arm = &f->blocks[br->succ[way]];
        const tl_event *ev = arm->nevents == 1 ? &arm->events[0] : NULL;
        int join = br->succ[1 - way];
        if (!ev || !destroys(ev, fam, r->place) || arm->term != TL_TERM_JUMP ||
            arm->succ[0] != join || tl_block_npreds(f, arm->id) != 1 ||
            (ev->stmt_flags & (TL_STMT_IN_MACRO | TL_STMT_IN_COMPOUND)) ||
            !(ev->stmt_flags & TL_STMT_IS_EXPR_STMT) ||
            !tl_func_event_dominates(f, tl_report_arena(rep), r->origin, b) ||
            tl_block_names_var(f, join, &var) || tl_func_reaches(f, join, tl_block_names_var, &var) ||
            /* the leaking path passes the `if`, so it took the false way */
            !tl_func_block_dominates(f, tl_report_arena(rep), b, exit->id))
            continue;
        tl_loc kw = br->cond.loc;
        kw.offset -= br->cond.if_lead;
        kw.col -= br->cond.if_lead;
        tl_report_fixit_or(rep);
        tl_report_fixit(rep, (tl_range){kw, ev->stmt_range.begin}, "", TL_OBS_ALWAYS, -1, 0);
        tl_report_fixit_require(rep, tl_ctx_branch_key(b), r->place, 1u << A_INITED);
        return;
    }
}

/* A loop destroying the objects a counted loop initialised, before a
 * return: for a local array, or one the function destroys elsewhere. */
static void fix_destroy_loop_before_exit(tl_ctx *c, tl_report *rep, const tl_res *r,
                                         const tl_block *exit) {
    const tl_func *f = tl_ctx_func(c);
    const family *fam = res_family(r);
    const tl_event *origin = r->origin >= 0 ? tl_ctx_event_at(c, r->origin) : NULL;
    bool local = f->vars[f->places[r->place].var].kind == TL_VAR_LOCAL;
    if (!origin || !origin->callee || strcmp(origin->callee, fam->init) != 0 ||
        (exit->term_stmt_flags & TL_STMT_IN_MACRO) ||
        (!local && !function_destroys(c, r->place, fam)))
        return;
    const char *destroy = tl_arena_printf(arena(c), "%s(&", fam->destroy);
    tl_report_array_release(rep, f, r->origin, 0, 0, exit->id, destroy, ");", r->place,
                            (1u << A_INITED) | (1u << A_FAILED));
}

/* ---- reports ---------------------------------------------------------------- */

static void report_leak_at_exit(tl_ctx *c, int i, const tl_block *exit) {
    tl_res *r = tl_ctx_res(c, i);
    const char *fn = tl_ctx_func(c)->name;
    const char *h = name_of(c, r);
    const family *fam = res_family(r);
    bool many = tl_place_is_collective(tl_ctx_func(c), r->place);
    const char *msg =
        many ? tl_arena_printf(arena(c), "%ss in '%s' initialised here are never destroyed when '%s' returns",
                               fam->noun, h, fn)
             : tl_arena_printf(arena(c), "%s '%s' initialised here is never destroyed when '%s' returns",
                               fam->noun, h, fn);
    const tl_event *origin = r->origin >= 0 ? tl_ctx_event_at(c, r->origin) : NULL;
    tl_report *rep = tl_ctx_report(c, TL_RULE_ATTR_LEAK, r->origin,
                                   origin ? origin->loc : exit->term_loc, msg);
    tl_report_path(rep, r);
    tl_report_note(rep, TL_NOTE_EXIT, exit->term_loc,
                   tl_arena_printf(arena(c), "'%s' returns here with '%s' still initialised", fn, h));
    if (!many) {
        fix_destroy_before_exit(c, rep, r, exit);
        fix_unguard_destroy(c, rep, r, exit);
    } else {
        fix_destroy_loop_before_exit(c, rep, r, exit);
    }
}

static void report_reinit(tl_ctx *c, int i, const tl_event *ev) {
    tl_res *r = tl_ctx_res(c, i);
    const char *h = name_of(c, r);
    const tl_event *origin = r->origin >= 0 ? tl_ctx_event_at(c, r->origin) : NULL;
    const char *msg = tl_arena_printf(arena(c),
                                      "%s '%s' initialised here is never destroyed before it is "
                                      "initialised again",
                                      res_family(r)->noun, h);
    tl_report *rep = tl_ctx_report(c, TL_RULE_ATTR_LEAK, r->origin,
                                   origin ? origin->loc : ev->loc, msg);
    tl_report_path(rep, r);
    tl_report_note(rep, TL_NOTE_EXIT, ev->loc,
                   tl_arena_printf(arena(c), "'%s' is initialised again here while still initialised", h));
}

/* A removable call is wrong on every path reaching it (observed with
 * state obs_st for `place`): it can be deleted. */
static void misuse_at(tl_ctx *c, const tl_event *ev, const tl_res *r, const char *msg,
                      bool removable, int place, int obs_st) {
    /* every use after a failed acquisition has that one cause */
    int key = r && r->st == A_FAILED ? tl_ctx_cause_key(c, r) : tl_ctx_event_index(c);
    tl_report *rep = tl_ctx_report(c, TL_RULE_ATTR_MISUSE, key, ev->loc, msg);
    if (r)
        tl_report_path(rep, r);
    if (removable)
        tl_report_fixit_remove_call(rep, ev, tl_ctx_event_index(c), place, obs_st);
}

static void misuse(tl_ctx *c, const tl_event *ev, const tl_res *r, const char *msg,
                   bool removable) {
    misuse_at(c, ev, r, msg, removable && r, r ? r->place : -1, r ? r->st : 0);
}

/* ---- events ------------------------------------------------------------------ */

/* The attribute in `place` is now initialised. */
static void acquire(tl_ctx *c, int place, const tl_event *ev, const family *fam,
                    const char *spelled, bool bind) {
    bool many = tl_place_is_collective(tl_ctx_func(c), place);
    int i = tl_ctx_find(c, place);
    if (i >= 0 && tl_ctx_res(c, i)->st == A_INITED) {
        if (many)
            return;
        if (!tl_ctx_res(c, i)->release_failed && tl_ctx_place_dies_here(c, place))
            report_reinit(c, i, ev);
    }
    i = tl_ctx_add(c, place, A_INITED);
    tl_res *r = tl_ctx_res(c, i);
    r->flags = 0;
    r->label = family_label(fam);
    r->handle_text = spelled;
    tl_res_unbind(r);
    tl_ctx_set_origin(c, i);
    if (bind && ev->result_temp >= 0) {
        tl_operand res = tl_opd_temp(ev->result_temp, ev->callee, NULL);
        tl_ctx_bind_status(c, i, &res, 0);
    }
}

/* A destroy of the attribute in `place`, directly or by a callee (`via`). */
static void destroy(tl_ctx *c, int place, const tl_event *ev, const family *fam,
                    const char *spelled, const char *via) {
    const char *what = via ? tl_arena_printf(arena(c), " (by '%s')", via) : "";
    int i = tl_ctx_find(c, place);
    if (i < 0 && tl_ctx_reporting(c))
        tl_ctx_observe(c, tl_ctx_event_index(c), place, 0); /* nothing tracked here */
    if (i < 0) {
        if (tl_ctx_place_dies_here(c, place) && !tl_ctx_place_touched(c, place) &&
            !tl_place_is_collective(tl_ctx_func(c), place)) {
            misuse_at(c, ev, NULL,
                      tl_arena_printf(arena(c), "%s '%s' is destroyed%s but it was never initialised",
                                      fam->noun, spelled, what),
                      !via, place, 0);
            return;
        }
        i = tl_ctx_add(c, place, A_DESTROYED);
        tl_res *r = tl_ctx_res(c, i);
        r->flags = AF_INCOMING;
        r->label = family_label(fam);
        r->handle_text = spelled;
        tl_ctx_set_origin(c, i);
        if (!via) /* where it failed, the object is as unknown as before */
            tl_ctx_bind_release(c, i, ev, 0, A_ESCAPED);
        tl_ctx_note(c, place, ev->loc, tl_arena_printf(arena(c), "'%s' destroyed here%s", spelled, what));
        return;
    }
    tl_res *r = tl_ctx_res(c, i);
    const char *h = name_of(c, r);
    tl_ctx_observe(c, tl_ctx_event_index(c), place, r->st);
    bool many = tl_place_is_collective(tl_ctx_func(c), place);
    switch (r->st) {
    case A_INITED:
        r->st = A_DESTROYED;
        tl_res_unbind(r);
        if (!via)
            tl_ctx_bind_release(c, i, ev, 0, A_INITED);
        tl_ctx_note(c, place, ev->loc, tl_arena_printf(arena(c), "'%s' destroyed here%s", h, what));
        break;
    case A_FAILED:
        misuse(c, ev, r,
               tl_arena_printf(arena(c), "%s '%s' is destroyed%s but its %s failed", fam->noun, h,
                               what, fam->init),
               !via);
        break;
    case A_DESTROYED:
        if (!many)
            misuse(c, ev, r,
                   tl_arena_printf(arena(c), "%s '%s' is destroyed%s after it was already destroyed",
                                   fam->noun, h, what),
                   !via);
        break;
    default:
        break;
    }
}

static void use(tl_ctx *c, int place, const tl_event *ev, const family *fam, const char *spelled) {
    int i = tl_ctx_find(c, place);
    if (i < 0) {
        if (tl_ctx_place_dies_here(c, place) && !tl_ctx_place_touched(c, place) &&
            !tl_place_is_collective(tl_ctx_func(c), place))
            misuse(c, ev, NULL,
                   tl_arena_printf(arena(c), "%s '%s' is used by '%s' but it was never initialised",
                                   fam->noun, spelled, ev->callee),
                   false);
        return;
    }
    tl_res *r = tl_ctx_res(c, i);
    const char *h = name_of(c, r);
    if (r->st == A_DESTROYED && !tl_place_is_collective(tl_ctx_func(c), place))
        misuse(c, ev, r,
               tl_arena_printf(arena(c), "%s '%s' is used by '%s' after it was destroyed",
                               fam->noun, h, ev->callee),
               false);
    else if (r->st == A_FAILED)
        misuse(c, ev, r,
               tl_arena_printf(arena(c), "%s '%s' is used by '%s' but its %s failed", fam->noun,
                               h, ev->callee, fam->init),
               false);
}

/* pthread_attr_setdetachstate(&a, v): v must be one of the two constants. */
static void check_detachstate(tl_ctx *c, const tl_event *ev) {
    if (ev->nargs < 2)
        return;
    const tl_operand *v = &ev->args[1];
    if (is(v->text, "PTHREAD_CREATE_JOINABLE") || is(v->text, "PTHREAD_CREATE_DETACHED"))
        return;
    long long value;
    bool known = tl_ctx_const_value(c, v, &value);
    /* another PTHREAD_* constant, or a value neither constant has (glibc
     * and musl spell JOINABLE 0 and DETACHED 1) */
    bool other_constant = starts_with(v->text, "PTHREAD_");
    if (!other_constant && !(known && value != 0 && value != 1))
        return;
    const char *shown = v->text ? v->text
                                : tl_arena_printf(arena(c), "%lld", value);
    misuse(c, ev, NULL,
           tl_arena_printf(arena(c),
                           "pthread_attr_setdetachstate is given '%s', which is neither "
                           "PTHREAD_CREATE_JOINABLE nor PTHREAD_CREATE_DETACHED",
                           shown),
           false);
}

/* Pointer arguments other than the attribute leave our sight, as they
 * would through an unknown call (a stack buffer, a mutex, a cpuset). */
static void escape_other_args(tl_ctx *c, const tl_event *ev, int attr_arg) {
    for (int a = 0; a < ev->nargs; a++)
        if (a != attr_arg && (ev->args[a].kind == TL_OPD_ADDR || ev->args[a].kind == TL_OPD_PLACE))
            tl_ctx_escape(c, ev->args[a].place, ev->loc);
}

static void on_call(tl_ctx *c, const tl_event *ev) {
    const char *fn = ev->callee;
    const family *fam = family_of(fn);
    if (!fam)
        return;
    if (is(fn, "pthread_create")) { /* the thread module owns the rest */
        int place = ev->nargs > 1 ? attr_place(c, &ev->args[1]) : -1;
        if (place >= 0)
            use(c, place, ev, fam, spelling(c, &ev->args[1], place));
        return;
    }
    if (is(fn, "pthread_getattr_np")) { /* initialises its second argument */
        int place = ev->nargs > 1 ? attr_place(c, &ev->args[1]) : -1;
        if (place >= 0)
            acquire(c, place, ev, fam, spelling(c, &ev->args[1], place), true);
        return;
    }
    int arg = is(fn, fam->consumer) ? 1 : 0;
    escape_other_args(c, ev, arg);
    int place = ev->nargs > arg ? attr_place(c, &ev->args[arg]) : -1;
    if (place < 0)
        return;
    const char *spelled = spelling(c, &ev->args[arg], place);
    if (is(fn, fam->init))
        acquire(c, place, ev, fam, spelled, true);
    else if (is(fn, fam->destroy))
        destroy(c, place, ev, fam, spelled, NULL);
    else
        use(c, place, ev, fam, spelled);
    if (is(fn, "pthread_attr_setdetachstate"))
        check_detachstate(c, ev);
}

static void on_status(tl_ctx *c, int i, bool success) {
    tl_res *r = tl_ctx_res(c, i);
    if (!success && r->st == A_INITED) {
        if (tl_place_is_collective(tl_ctx_func(c), r->place))
            tl_ctx_remove(c, i);
        else
            r->st = A_FAILED;
    }
}

static void on_escape(tl_ctx *c, int i, const tl_loc *where) {
    (void)where;
    tl_ctx_res(c, i)->st = A_ESCAPED;
}

static void on_overwrite(tl_ctx *c, int i, const tl_event *ev) {
    (void)ev;
    tl_ctx_remove(c, i);
}

/* What fix_unguard_destroy needs at an `if` with no else. */
static void on_branch(tl_ctx *c, int i, const tl_block *branch) {
    const tl_res *r = tl_ctx_res(c, i);
    tl_ctx_observe(c, tl_ctx_branch_key(branch->id), r->place, r->st);
}

static void on_function_exit(tl_ctx *c, int i, const tl_block *exit) {
    tl_res *r = tl_ctx_res(c, i);
    if (tl_ctx_reporting(c))
        tl_ctx_observe(c, tl_ctx_exit_key(exit), r->place, r->st);
    if (r->st == A_INITED && !r->release_failed && tl_ctx_place_dies_here(c, r->place))
        report_leak_at_exit(c, i, exit);
}

static void on_summary(tl_ctx *c, int place, const tl_res *callee, const tl_event *call) {
    const family *fam = res_family(callee);
    const char *spelled = NULL;
    for (int a = 0; a < call->nargs && !spelled; a++)
        if (call->args[a].kind == TL_OPD_ADDR && call->args[a].place == place)
            spelled = spelling(c, &call->args[a], place);
    if (!spelled)
        spelled = tl_place_c_name(tl_ctx_func(c), place);
    switch (callee->release_failed ? A_ESCAPED : callee->st) {
    case A_INITED:
        acquire(c, place, call, fam, spelled, false);
        break;
    case A_DESTROYED:
        destroy(c, place, call, fam, spelled, call->callee);
        break;
    default: /* escaped, or a failure the return value cannot tell apart */
        tl_ctx_escape(c, place, call->loc);
        break;
    }
}

const tl_module tl_module_attr = {
    .name = "attr",
    .apis = attr_apis,
    .needs_arg = attr_needs_arg,
    .on_call = on_call,
    .on_status = on_status,
    .on_branch = on_branch,
    .on_escape = on_escape,
    .on_overwrite = on_overwrite,
    .on_exit = on_function_exit,
    .on_summary = on_summary,
};
