/* Threads started with no handle to join, for pthread.DestroyWhileRunning
 * and pthread.ArgLifetime (destroy_spawn.h, spawn_query.h). */
#include "destroy_spawn.h"

#include <string.h>

#include "routine_uses.h"
#include "spawn_query.h"
#include "use_places.h"

static tl_arena *arena(tl_ctx *c) { return tl_ctx_func_mut(c)->arena; }

int tl_spawn_arg_uses(tl_ctx *c, const char *routine, const char **out, int cap) {
    static const char *const arg_kinds[] = {"a:", NULL};
    return tl_routine_list_uses(tl_ctx_tu(c), tl_ctx_externals(c), routine, arg_kinds, arena(c),
                                out, cap);
}

/* A new fact at `place` (none is there yet), from the event being applied. */
static int add_fact(tl_ctx *c, int place, int st, const char *label, const char *by,
                    unsigned flags) {
    int i = tl_ctx_add(c, place, st); /* zeroed, unbound */
    tl_res *r = tl_ctx_res(c, i);
    r->label = label;
    r->handle_text = by;
    r->flags = flags;
    tl_ctx_set_origin(c, i);
    return i;
}

/* From here on, on the paths where it started, a thread running `routine`
 * and given `data` may use what the routine uses through its argument:
 * D_USED at each.  `status`: the call whose result 0 says it started;
 * `by`: the helper that started it (NULL: this function). */
static void started(tl_ctx *c, const char *routine, const tl_operand *data,
                    const tl_event *status, const char *by) {
    int base = tl_arg_object(tl_ctx_func_mut(c), data);
    const char *uses[32];
    int n = base >= 0 ? tl_spawn_arg_uses(c, routine, uses, 32) : 0;
    for (int k = 0; k < n; k++) {
        int place = tl_use_place(tl_ctx_func_mut(c), base, uses[k] + 2);
        if (place < 0 || tl_ctx_find(c, place) >= 0)
            continue;
        int i = add_fact(c, place, D_USED, routine, by, 0);
        if (status && !(status->call_flags & TL_CALL_CANNOT_FAIL) && status->result_temp >= 0) {
            tl_operand res = tl_opd_temp(status->result_temp, status->callee, NULL);
            tl_ctx_bind_status(c, i, &res, 0);
        }
    }
}

/* The parameter a place is, itself (not a member): its index, or -1. */
static int param_of(const tl_func *f, int place) {
    if (place < 0 || f->places[place].sel != TL_SEL_BASE)
        return -1;
    const tl_var *v = &f->vars[f->places[place].var];
    return v->kind == TL_VAR_PARAM ? v->param_index : -1;
}

/* Is the thread in `handle` (a local) joined anywhere in the function? */
static bool joined_here(const tl_func *f, int handle) {
    for (int b = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            const tl_event *ev = &f->blocks[b].events[e];
            if (ev->kind == TL_EV_CALL && ev->callee && ev->nargs > 0 && /* not indirect */
                ev->args[0].kind == TL_OPD_PLACE && ev->args[0].place == handle &&
                (strcmp(ev->callee, "pthread_join") == 0 || strcmp(ev->callee, "thrd_join") == 0))
                return true;
        }
    return false;
}

/* A spawn helper: the create starts a thread this function never joins,
 * its routine and argument from its parameters, directly
 * (`pthread_create(&t, NULL, fn, arg)`) or through a trampoline
 * (`d->func = fn; d->data = arg; pthread_create(&t, &detached, helper, d)`).
 * D_SPAWN at the argument's parameter, the routine's position in flags: a
 * caller's call of it starts that routine (on_summary). */
static void spawn_helper(tl_ctx *c, const tl_event *ev, const tl_create_api *api) {
    tl_func *f = tl_ctx_func_mut(c);
    const tl_operand *fn = &ev->args[api->routine_arg], *data = &ev->args[api->arg_arg];
    int handle = tl_place_through(f, &ev->args[0], TL_SEL_DEREF, NULL);
    if (handle < 0 || f->vars[f->places[handle].var].kind != TL_VAR_LOCAL ||
        data->kind != TL_OPD_PLACE || joined_here(f, handle))
        return;
    int fn_param = -1, data_place = -1;
    const char *fn_member, *arg_member;
    if (fn->kind == TL_OPD_PLACE) {
        fn_param = param_of(f, fn->place);
        data_place = data->place;
    } else if (fn->kind == TL_OPD_FUNC &&
               tl_tu_trampoline(tl_ctx_tu(c), fn->name, &fn_member, &arg_member)) {
        int box = tl_place_through(f, data, TL_SEL_DEREF, NULL);
        fn_param = param_of(f, tl_stored_place(f, tl_use_place(f, box, fn_member)));
        data_place = tl_stored_place(f, tl_use_place(f, box, arg_member));
    }
    if (fn_param < 0 || param_of(f, data_place) < 0 || tl_ctx_find(c, data_place) >= 0)
        return;
    int i = add_fact(c, data_place, D_SPAWN, NULL, NULL, (unsigned)fn_param);
    if (ev->result_temp >= 0) {
        tl_operand res = tl_opd_temp(ev->result_temp, ev->callee, NULL);
        tl_ctx_bind_status(c, i, &res, 0);
    }
}

void tl_spawned_note(tl_ctx *c, tl_report *rep, const tl_res *user) {
    if (user->origin < 0)
        return;
    tl_loc at = tl_ctx_event_at(c, user->origin)->loc;
    tl_report_note(rep, TL_NOTE_EVENT, at,
                   user->handle_text
                       ? tl_arena_printf(arena(c), "a thread running '%s' may be started here by %s",
                                         user->label, user->handle_text)
                       : tl_arena_printf(arena(c), "a thread running '%s' is started here",
                                         user->label));
}

const tl_res *tl_spawned_user_under(const tl_ctx *c, int place) {
    return tl_ctx_peek_under(c, TL_MODULE_ID_destroy, place, D_USED);
}

void tl_spawn_on_status(tl_ctx *c, int i, bool success) {
    if (!success) /* it did not start */
        tl_ctx_remove(c, i);
}

/* A callee left a thread that may still run and use the object at
 * `place` (D_USED), or is a spawn helper given the routine at argument
 * `flags` and its argument at `place` (D_SPAWN). */
void tl_spawn_on_summary(tl_ctx *c, int place, const tl_res *callee_res, const tl_event *call) {
    if (tl_ctx_find(c, place) >= 0)
        return;
    if (callee_res->st == D_USED && callee_res->label) { /* a file's may lack it */
        add_fact(c, place, D_USED, callee_res->label, call->callee, 0);
        return;
    }
    int data = -1;
    for (int k = 0; k < call->nargs && data < 0; k++)
        if ((call->args[k].kind == TL_OPD_PLACE || call->args[k].kind == TL_OPD_ADDR) &&
            call->args[k].place == place)
            data = k;
    if (callee_res->st != D_SPAWN || data < 0 || callee_res->flags >= (unsigned)call->nargs)
        return;
    const tl_operand *fn = &call->args[callee_res->flags];
    if (fn->kind == TL_OPD_FUNC) {
        started(c, fn->name, &call->args[data], NULL, call->callee);
        return;
    }
    int fn_param = fn->kind == TL_OPD_PLACE ? param_of(tl_ctx_func(c), fn->place) : -1;
    if (fn_param < 0 || param_of(tl_ctx_func(c), place) < 0)
        return; /* a helper of the helper passes its own parameters on */
    add_fact(c, place, D_SPAWN, NULL, NULL, (unsigned)fn_param);
}

void tl_spawn_on_create(tl_ctx *c, const tl_event *ev, const tl_create_api *api) {
    if (ev->nargs <= api->arg_arg || ev->nargs <= api->routine_arg)
        return;
    const tl_operand *fn = &ev->args[api->routine_arg];
    if (ev->args[0].kind != TL_OPD_NONE)
        spawn_helper(c, ev, api);
    else if (fn->kind == TL_OPD_FUNC) /* a spawn wrapper's call, rewritten */
        started(c, fn->name, &ev->args[api->arg_arg], ev, NULL);
}

bool tl_spawn_check_destroy(tl_ctx *c, const tl_event *ev, const char *text, int gone) {
    const tl_func *f = tl_ctx_func(c);
    for (int i = tl_ctx_next(c, -1); i >= 0 && gone >= 0; i = tl_ctx_next(c, i)) {
        const tl_res *r = tl_ctx_res(c, i);
        if (r->st != D_USED || !tl_place_is_under(f, r->place, gone))
            continue;
        tl_report *rep = tl_ctx_report(
            c, TL_RULE_DESTROY_WHILE_RUNNING, tl_ctx_event_index(c), ev->loc,
            tl_arena_printf(arena(c),
                            "'%s' is destroyed by %s while a thread running '%s', which uses "
                            "it, may still run; nothing joins that thread",
                            text, ev->callee, r->label));
        tl_spawned_note(c, rep, r);
        return true;
    }
    return false;
}

