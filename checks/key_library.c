/* pthread.KeyLeak for keys in static storage that belong to a library's
 * life (checks/lifecycle.h says which functions run at load and unload):
 *
 *   - a key that an init function creates (a constructor, or `x_init` with
 *     an `x_fini` sibling) and no fini function deletes: every
 *     dlopen/dlclose cycle uses up one more of PTHREAD_KEYS_MAX;
 *   - a key whose destructor is a function this file defines, created
 *     anywhere in the file (lazily, by a pthread_once routine, by an init
 *     function) and deleted nowhere in it, in a file that has an unload
 *     hook (a destructor function, or one registered with atexit): after
 *     dlclose the key outlives its destructor's code, and the next thread
 *     that exits with a value in the key calls into unmapped memory.
 *
 * Both are judged where a function returns with the key it made still
 * live, once per create; when both apply, the second says more. */
#include <string.h>

#include "key_internal.h"
#include "lifecycle.h"

static tl_arena *arena(tl_ctx *c) { return tl_ctx_func_mut(c)->arena; }

static bool is_delete(const char *callee) { return key_has_role(callee, ROLE_DELETE); }

static const char *fini_note(tl_ctx *c, const tl_fini *fini, const char *what, const char *key) {
    return strcmp(fini->how, "destructor") == 0
               ? tl_arena_printf(arena(c), "destructor '%s'%s does not delete '%s'", fini->name,
                                 what, key)
               : tl_arena_printf(arena(c), "'%s', registered with %s,%s does not delete '%s'",
                                 fini->name, fini->how, what, key);
}

/* ---- the fix-it: delete the key at unload ----------------------------------------- */

/* The global the key lives in, if any function can name it: declared at
 * file scope, in the file of `f`, before offset `before`. */
static const tl_var *nameable_global(const tl_func *f, int place, unsigned before) {
    const tl_place *pl = &f->places[place];
    if (pl->sel != TL_SEL_BASE)
        return NULL;
    const tl_var *v = &f->vars[pl->var];
    if (v->kind != TL_VAR_GLOBAL || !v->at_file_scope || v->decl.file != f->loc.file ||
        v->decl.offset >= before)
        return NULL;
    return v;
}

/* Does `hook` declare a name that would hide the global `name`? */
static bool hides(const tl_func *hook, const char *name) {
    for (int k = 0; k < hook->nvars; k++)
        if (hook->vars[k].kind != TL_VAR_GLOBAL && strcmp(hook->vars[k].name, name) == 0)
            return true;
    return false;
}

/* A flag that says at unload whether a lazily made key exists: its name,
 * and where it is declared. */
typedef struct ready_flag {
    const char *name;
    unsigned decl_offset;
} ready_flag;

/* `delete(key);` as the last statement of the unload hook, whose closing
 * brace starts its line (the usual layout; anything else gets no edit);
 * `if (ready) delete(key);` under a flag. */
static bool fix_delete_in_hook(tl_ctx *c, tl_report *rep, const tl_res *r, const tl_func *hook,
                               const ready_flag *ready) {
    const tl_func *f = tl_ctx_func(c);
    tl_loc brace = hook->body.end; /* one past the `}` */
    if (hook->loc.file != f->loc.file || brace.col != 2 || brace.offset == 0)
        return false;
    brace.col = 1;
    brace.offset--;
    const tl_var *v = nameable_global(f, r->place, hook->body.begin.offset);
    if (!v || hides(hook, v->name) || (ready && (ready->decl_offset >= hook->body.begin.offset ||
                                                 hides(hook, ready->name))))
        return false;
    const char *guard = ready ? tl_arena_printf(arena(c), "if (%s) ", ready->name) : "";
    tl_report_fixit(rep, (tl_range){brace, brace},
                    tl_arena_printf(arena(c), "    %s%s(%s);\n", guard, key_family_of(r)->del,
                                    v->name),
                    TL_OBS_ALWAYS, -1, 0);
    return true;
}

/* Events of the file that write the file-scope variable `name` (or take
 * its address, so that anything could). */
static int global_writes(const tl_tu *tu, const char *name) {
    int n = 0;
    tl_func_walk w;
    for (const tl_func *g = tl_func_walk_begin(&w, tu); g; g = tl_func_walk_next(&w)) {
        for (int b = 0; b < g->nblocks; b++)
            for (int e = 0; e < g->blocks[b].nevents; e++) {
                const tl_event *ev = &g->blocks[b].events[e];
                int p = ev->kind == TL_EV_ASSIGN || ev->kind == TL_EV_INCR || ev->kind == TL_EV_ESCAPE
                            ? ev->dst_place
                            : ev->src.kind == TL_OPD_ADDR ? ev->src.place : -1;
                for (int a = 0; p < 0 && ev->kind == TL_EV_CALL && a < ev->nargs; a++)
                    if (ev->args[a].kind == TL_OPD_ADDR)
                        p = ev->args[a].place;
                const tl_var *v = p >= 0 ? &g->vars[g->places[p].var] : NULL;
                n += v && v->at_file_scope && strcmp(v->name, name) == 0;
            }
    }
    return n;
}

/* The flag of a key made lazily, `if (!ready) { if (create(&key, ...) != 0)
 * return NULL; ready = 1; }`: a file-scope scalar set to a nonzero constant
 * only where the create has succeeded, and written nowhere else in the
 * file.  It says at unload whether there is a key to delete. */
static const tl_var *lazy_ready_flag(tl_ctx *c, const tl_res *r) {
    const tl_func *f = tl_ctx_func(c);
    const tl_event *create = tl_ctx_event_at(c, r->origin);
    int made = create && key_has_role(create->callee, ROLE_CREATE)
                   ? tl_status_success_block(f, tl_func_block_of_event(f, r->origin), create, 0,
                                             NULL)
                   : -1;
    if (made < 0)
        return NULL;
    const tl_var *found = NULL;
    for (int b = 0; b < f->nblocks; b++)
        for (int e = 0; e < f->blocks[b].nevents; e++) {
            const tl_event *ev = &f->blocks[b].events[e];
            if (ev->kind != TL_EV_ASSIGN || ev->is_test || ev->delta != 0 ||
                ev->src.kind != TL_OPD_CONST || ev->src.ival == 0 || ev->dst_place < 0 ||
                f->places[ev->dst_place].sel != TL_SEL_BASE)
                continue;
            const tl_var *v = &f->vars[f->places[ev->dst_place].var];
            if (v->kind != TL_VAR_GLOBAL || !v->at_file_scope || v->is_array || v->is_pointer ||
                v->decl.file != f->loc.file || !tl_func_block_dominates(f, arena(c), made, b))
                continue;
            if (found)
                return NULL;
            found = v;
        }
    return found && global_writes(tl_ctx_tu(c), found->name) == 1 ? found : NULL;
}

/* A destructor of its own, right after the constructor `f` that made the
 * key, for a library with no unload hook to put the delete in.  Its name
 * says which key it deletes, so that the fix-its of two keys can both be
 * applied; none when the file already defines that name. */
static void fix_new_destructor(tl_ctx *c, tl_report *rep, const tl_res *r) {
    const tl_func *f = tl_ctx_func(c);
    const tl_var *v = nameable_global(f, r->place, f->body.begin.offset);
    if (!v || f->body.end.offset == 0)
        return;
    const char *name = tl_arena_printf(arena(c), "delete_%s", v->name);
    if (tl_tu_func_index(tl_ctx_tu(c), name) >= 0)
        return;
    tl_loc after = f->body.end;
    tl_report_fixit(rep, (tl_range){after, after},
                    tl_arena_printf(arena(c),
                                    "\n\n__attribute__((destructor)) static void %s(void) {\n"
                                    "    %s(%s);\n}",
                                    name, key_family_of(r)->del, v->name),
                    TL_OBS_ALWAYS, -1, 0);
}

/* Is `name` free for a new file-scope variable: no function of the file
 * is called so, and none declares or uses a variable of that name? */
static bool name_unused(const tl_tu *tu, const char *name) {
    if (tl_tu_func_index(tu, name) >= 0)
        return false;
    tl_func_walk w;
    for (const tl_func *f = tl_func_walk_begin(&w, tu); f; f = tl_func_walk_next(&w))
        for (int k = 0; k < f->nvars; k++)
            if (strcmp(f->vars[k].name, name) == 0) {
                tl_func_walk_end(&w);
                return false;
            }
    return true;
}

/* Where a once routine that tests its create's result can say it made
 * the key: before the first statement of the way the success takes, or
 * before the return that way ends in.  False when that way is shared. */
static bool success_point(const tl_func *f, const tl_event *create, int create_block,
                          tl_range *stmt, unsigned *flags, const tl_block **exit) {
    int made = tl_status_success_block(f, create_block, create, 0, NULL);
    if (made < 0 || tl_block_npreds(f, made) != 1)
        return false;
    *exit = NULL;
    if (tl_block_first_stmt(f, made, create->range.end.offset, stmt, flags))
        return true;
    const tl_block *b = &f->blocks[made];
    if (b->nevents || b->term != TL_TERM_RETURN || (b->term_stmt_flags & TL_STMT_IN_MACRO))
        return false;
    *exit = b;
    return true;
}

/* A key made by a pthread_once (call_once) routine: at unload it may not
 * exist.  A new flag records that it does, declared right before the
 * routine or the unload hook, whichever comes first, and the hook deletes
 * the key under it.  A routine that ignores the create's result sets the
 * flag from it, `key_made = pthread_key_create(&key, dtor) == 0;`; one that
 * tests it sets the flag to 1 where the success goes on.  Returns whether
 * the key is such a routine's (then no other edit applies). */
static bool fix_flag_once_key(tl_ctx *c, tl_report *rep, const tl_res *r, const tl_func *hook) {
    const tl_func *f = tl_ctx_func(c);
    const tl_event *create = tl_ctx_event_at(c, r->origin);
    if (!tl_tu_runs_once(tl_ctx_tu(c), f->name))
        return false;
    tl_loc top = hook && hook->loc.file == f->loc.file && hook->loc.offset < f->loc.offset
                     ? hook->top
                     : f->top;
    if (!hook || !create || !key_has_role(create->callee, ROLE_CREATE) || top.line == 0 ||
        (create->stmt_flags & TL_STMT_IN_MACRO) ||
        create->range.end.offset <= create->range.begin.offset)
        return true;
    bool tested = create->stmt_flags & TL_STMT_RESULT_USED;
    tl_range stmt;
    unsigned flags = 0;
    const tl_block *exit = NULL;
    if (tested ? !success_point(f, create, tl_func_block_of_event(f, r->origin), &stmt, &flags,
                                &exit)
               : !(create->stmt_flags & TL_STMT_IS_EXPR_STMT))
        return true;
    const tl_var *v = nameable_global(f, r->place, f->top.offset);
    const char *flag = v ? tl_arena_printf(arena(c), "%s_made", v->name) : NULL;
    if (!flag || !name_unused(tl_ctx_tu(c), flag) ||
        !fix_delete_in_hook(c, rep, r, hook, &(ready_flag){flag, top.offset}))
        return true;
    tl_report_fixit(rep, (tl_range){top, top},
                    tl_arena_printf(arena(c), "static int %s;\n\n", flag), TL_OBS_ALWAYS, -1, 0);
    const char *set = tl_arena_printf(arena(c), "%s = 1;", flag);
    if (exit)
        tl_report_fixit_before_exit_in(rep, exit, set, r->place,
                                       (1u << K_CREATED) | (1u << K_OBS_OWN_VALUE));
    else if (tested)
        tl_report_fixit_before_stmt(rep, stmt, flags, set, TL_OBS_ALWAYS, -1, 0);
    else {
        tl_report_fixit(rep, (tl_range){create->range.begin, create->range.begin},
                        tl_arena_printf(arena(c), "%s = ", flag), TL_OBS_ALWAYS, -1, 0);
        tl_report_fixit(rep, (tl_range){create->range.end, create->range.end},
                        tl_arena_printf(arena(c), " == %s", key_family_of(r)->success_text),
                        TL_OBS_ALWAYS, -1, 0);
    }
    return true;
}

/* Where a library's key is deleted once it is unloaded: in the fini paired
 * with the init function by name, else in a destructor, else in a function
 * registered with atexit (glibc runs those of a library at dlclose), else
 * in a new destructor.  Only for a key made on every load (by a
 * constructor) or by an init function whose fini undoes it: a key made
 * lazily may not exist at unload, and deleting it would delete whatever
 * key has that number, unless a flag says it was made (ready_flag). */
static void fix_delete_at_unload(tl_ctx *c, tl_report *rep, const tl_res *r,
                                 const tl_func *sibling, const tl_fini *finis, int n) {
    const tl_func *f = tl_ctx_func(c);
    const tl_func *hook = sibling;
    for (int k = 0; k < n && !hook; k++)
        if (finis[k].func && strcmp(finis[k].how, "destructor") == 0)
            hook = finis[k].func;
    for (int k = 0; k < n && !hook; k++)
        if (finis[k].func && strcmp(finis[k].how, "atexit") == 0)
            hook = finis[k].func;
    if (!rep || fix_flag_once_key(c, rep, r, hook))
        return;
    const tl_var *flag = NULL; /* a lazy key's flag: delete it only if made */
    if (!(f->attrs & TL_FUNC_CONSTRUCTOR) && !sibling && !(flag = lazy_ready_flag(c, r)))
        return;
    const ready_flag *ready = flag ? &(ready_flag){flag->name, flag->decl.offset} : NULL;
    if (hook)
        fix_delete_in_hook(c, rep, r, hook, ready);
    else if (!ready)
        fix_new_destructor(c, rep, r);
}

/* ---- keys of library init functions ---------------------------------------------- */

/* A library init function returns with the key it created in a global
 * still live: report it unless a fini of this file deletes that global
 * (or might: a fini registered with atexit but defined elsewhere, or one
 * that hands the global to a function another file defines). */
static void check_init_key(tl_ctx *c, int i) {
    const tl_res *r = tl_ctx_res(c, i);
    const tl_func *f = tl_ctx_func(c);
    const tl_tu *tu = tl_ctx_tu(c);
    const tl_event *origin = tl_ctx_event_at(c, r->origin);
    const tl_func *sibling = NULL;
    if (!(f->attrs & TL_FUNC_CONSTRUCTOR) && !(sibling = tl_tu_named_fini(tu, f->name)))
        return;
    if (tl_tu_runs_once(tu, f->name))
        return; /* the pthread_once idiom: made once, for the process */
    tl_fini *finis;
    int n = tl_tu_finis(tu, arena(c), &finis);
    for (int k = 0; k < n; k++)
        if (!finis[k].func ||
            tl_func_applies_to_global(tu, finis[k].func, is_delete, f, r->place))
            return;
    if (sibling && tl_func_applies_to_global(tu, sibling, is_delete, f, r->place))
        return;
    bool sibling_listed = false; /* a destructor or atexit routine already */
    for (int k = 0; k < n && sibling; k++)
        sibling_listed = sibling_listed || finis[k].func == sibling;

    const char *h = key_name(c, r);
    tl_report *rep = tl_ctx_report(
        c, TL_RULE_KEY_LEAK, r->origin, origin->loc,
        tl_arena_printf(arena(c), "key '%s' created by library init function '%s' is never deleted",
                        h, f->name));
    if (!rep)
        return;
    tl_report_path(rep, r);
    const char *why =
        sibling ? tl_arena_printf(arena(c), "'%s' is an init function, paired by name with '%s'",
                                  f->name, sibling->name)
                : tl_arena_printf(arena(c),
                                  "'%s' is a constructor: it runs when the library is loaded",
                                  f->name);
    tl_report_note(rep, TL_NOTE_EVENT, f->loc,
                   tl_arena_printf(arena(c),
                                   "%s, and no destructor or atexit function deletes '%s'", why,
                                   h));
    for (int k = 0; k < n; k++)
        tl_report_note(rep, TL_NOTE_EVENT, finis[k].func->loc, fini_note(c, &finis[k], "", h));
    if (sibling && !sibling_listed)
        tl_report_note(rep, TL_NOTE_EVENT, sibling->loc,
                       tl_arena_printf(arena(c), "'%s' does not delete '%s'", sibling->name, h));
    fix_delete_at_unload(c, rep, r, sibling, finis, n);
}

/* ---- keys whose destructor the unload unmaps ------------------------------------- */

/* Does any function of the file delete the global `place` of `owner`? */
static bool deleted_in_file(const tl_tu *tu, const tl_func *owner, int place) {
    tl_func_walk w;
    for (const tl_func *f = tl_func_walk_begin(&w, tu); f; f = tl_func_walk_next(&w))
        if (tl_func_applies_to_global(tu, f, is_delete, owner, place)) {
            tl_func_walk_end(&w);
            return true;
        }
    return false;
}

/* The file's unload hooks (at_quick_exit routines do not run at dlclose);
 * 0 when there is none, or when one is defined elsewhere (it may delete
 * the key). */
static int unload_hooks(tl_ctx *c, tl_fini **out) {
    tl_fini *finis;
    int n = tl_tu_finis(tl_ctx_tu(c), arena(c), &finis), hooks = 0;
    for (int k = 0; k < n; k++) {
        if (strcmp(finis[k].how, "at_quick_exit") == 0)
            continue;
        if (!finis[k].func)
            return 0;
        finis[hooks++] = finis[k];
    }
    *out = finis;
    return hooks;
}

/* Reports the key if its destructor outlives the library's code; returns
 * whether that applies. */
static bool check_unload_key(tl_ctx *c, int i) {
    const tl_res *r = tl_ctx_res(c, i);
    tl_fini *hooks;
    int n;
    if (!(r->flags & KF_OWN_DTOR) || !r->label || (n = unload_hooks(c, &hooks)) == 0 ||
        deleted_in_file(tl_ctx_tu(c), tl_ctx_func(c), r->place))
        return false;
    const char *h = key_name(c, r);
    tl_report *rep = tl_ctx_report(
        c, TL_RULE_KEY_LEAK, r->origin, tl_ctx_event_at(c, r->origin)->loc,
        tl_arena_printf(arena(c),
                        "key '%s' with destructor '%s' is never deleted: once the library is "
                        "unloaded, the next thread exit calls '%s' in unmapped code",
                        h, r->label, r->label));
    tl_report_about(rep, r); /* a fact of the file, not of a path through this function */
    for (int k = 0; k < n; k++)
        tl_report_note(rep, TL_NOTE_EVENT, hooks[k].func->loc,
                       fini_note(c, &hooks[k], " runs at unload but", h));
    fix_delete_at_unload(c, rep, r, NULL, hooks, n);
    return true;
}

void keylib_on_exit(tl_ctx *c, int i) {
    const tl_res *r = tl_ctx_res(c, i);
    /* the origin is the create, or a same-file helper handed the global */
    if ((r->flags & KF_INCOMING) || r->origin < 0 || !tl_ctx_event_at(c, r->origin) ||
        !tl_place_is_global_storage(tl_ctx_func(c), r->place))
        return;
    if (!check_unload_key(c, i))
        check_init_key(c, i);
}
