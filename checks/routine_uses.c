#include "routine_uses.h"

#include <stdio.h>
#include <string.h>

#include "sync_uses.h"

/* The use's kind ("a:", "da:", ...) and the rest after it. */
static size_t kind_len(const char *use) {
    const char *colon = strchr(use, ':');
    return colon ? (size_t)(colon - use) + 1 : 0;
}

static bool through_arg(const char *use) {
    size_t k = kind_len(use);
    return k >= 2 && use[k - 2] == 'a';
}

/* Path a then b: "lock" "m" -> "lock.m"; "in_pool->" "lock" -> "in_pool->lock". */
static const char *sep_between(const char *a, const char *b) {
    return a[0] && b[0] && !tl_use_path_ends_with_arrow(a) ? "." : "";
}

/* The callee's use matching `use` of its caller given &p->path (path "":
 * p itself; "in_pool->": what p->in_pool points to): the kind with the
 * rest below path, into buf; false when the rest is not below. */
static bool below(const char *use, const char *path, char *buf, size_t size) {
    size_t k = kind_len(use), plen = strlen(path);
    const char *rest = use + k;
    if (plen) {
        if (strncmp(rest, path, plen) != 0)
            return false;
        rest += plen;
        if (!tl_use_path_ends_with_arrow(path)) {
            if (*rest == '.')
                rest++;
            else if (*rest)
                return false;
        }
    }
    return (size_t)snprintf(buf, size, "%.*s%s", (int)k, use, rest) < size;
}

static bool on_way(const char **seen, int depth, const char *routine) {
    for (int i = 0; i < depth; i++)
        if (strcmp(seen[i], routine) == 0)
            return true; /* recursion */
    return false;
}

static bool uses_through(const tl_tu *tu, const tl_ext_summaries *ext, const char *routine,
                         const char *use, const char **seen, int depth) {
    if (!tl_tu_noted_routine(tu, routine)) { /* another file's, if summarised */
        const tl_ext_summary *x = through_arg(use) ? tl_ext_summaries_find(ext, routine) : NULL;
        return x && tl_ext_summary_uses(x, use);
    }
    if (tl_tu_uses_directly(tu, routine, use))
        return true;
    if (depth == TL_USES_DEPTH || on_way(seen, depth, routine))
        return false;
    seen[depth] = routine;
    bool arg = through_arg(use);
    for (int i = 0; i < tu->nroutine_calls; i++) {
        const struct tl_routine_call *c = &tu->routine_calls[i];
        if (strcmp(c->caller, routine) != 0 || c->argk != (arg ? 0 : -1))
            continue;
        char callee_use[300];
        if (arg && !below(use, c->path, callee_use, sizeof callee_use))
            continue;
        if (!arg && !tl_tu_noted_routine(tu, c->callee))
            continue; /* globals do not cross files */
        if (uses_through(tu, ext, c->callee, arg ? callee_use : use, seen, depth + 1))
            return true;
    }
    return false;
}

bool tl_routine_uses(const tl_tu *tu, const tl_ext_summaries *ext, const char *routine,
                     const char *use) {
    const char *seen[TL_USES_DEPTH];
    return routine && use && uses_through(tu, ext, routine, use, seen, 0);
}

typedef struct lister {
    const tl_tu *tu;
    const tl_ext_summaries *ext;
    const char *const *kinds;
    tl_arena *a;
    const char **out;
    int n, cap;
} lister;

static bool wanted(const lister *l, const char *use) {
    for (int i = 0; l->kinds[i]; i++)
        if (kind_len(use) == strlen(l->kinds[i]) &&
            strncmp(use, l->kinds[i], strlen(l->kinds[i])) == 0)
            return true;
    return false;
}

/* Which of a callee's uses are the caller's: reached through a call
 * given the caller's argument, only those through its parameter; through
 * any call, only globals; at the top, both. */
enum reach { REACH_ALL, REACH_ARG, REACH_GLOBAL };

/* Adds `use` seen below `prefix` ("" or "lock.m") of the caller's argument. */
static void add(lister *l, const char *use, const char *prefix, enum reach r) {
    if (!wanted(l, use) || l->n == l->cap || (r != REACH_ALL && through_arg(use) != (r == REACH_ARG)))
        return;
    size_t k = kind_len(use);
    const char *rest = use + k;
    const char *s = tl_arena_printf(l->a, "%.*s%s%s%s", (int)k, use, prefix,
                                    sep_between(prefix, rest), rest);
    for (int i = 0; i < l->n; i++)
        if (strcmp(l->out[i], s) == 0)
            return;
    l->out[l->n++] = s;
}

static void list(lister *l, const char *routine, const char *prefix, enum reach r,
                 const char **seen, int depth) {
    const tl_tu *tu = l->tu;
    if (!tl_tu_noted_routine(tu, routine)) {
        const tl_ext_summary *x = r != REACH_GLOBAL ? tl_ext_summaries_find(l->ext, routine) : NULL;
        for (int i = 0; x && i < x->nuses; i++)
            add(l, x->uses[i], prefix, REACH_ARG);
        return;
    }
    if (depth == TL_USES_DEPTH || on_way(seen, depth, routine))
        return;
    seen[depth] = routine;
    for (int i = 0; i < tu->nroutine_uses; i++)
        if (strncmp(tu->routine_use_list[i].key, routine, strlen(routine)) == 0 &&
            tu->routine_use_list[i].key[strlen(routine)] == '\x1f')
            add(l, tu->routine_use_list[i].use, prefix, r);
    for (int i = 0; i < tu->nroutine_calls; i++) {
        const struct tl_routine_call *c = &tu->routine_calls[i];
        if (c->argk > 0 || strcmp(c->caller, routine) != 0)
            continue;
        if (c->argk < 0) {
            if (r != REACH_ARG)
                list(l, c->callee, "", REACH_GLOBAL, seen, depth + 1);
            continue;
        }
        if (r == REACH_GLOBAL)
            continue;
        const char *deeper = prefix[0] && c->path[0]
                                 ? tl_arena_printf(l->a, "%s%s%s", prefix,
                                                   sep_between(prefix, c->path), c->path)
                                 : prefix[0] ? prefix : c->path;
        list(l, c->callee, deeper, REACH_ARG, seen, depth + 1);
    }
}

int tl_routine_list_uses(const tl_tu *tu, const tl_ext_summaries *ext, const char *routine,
                         const char *const *kinds, tl_arena *a, const char **out, int cap) {
    lister l = {tu, ext, kinds, a, out, 0, cap};
    const char *seen[TL_USES_DEPTH];
    if (routine)
        list(&l, routine, "", REACH_ALL, seen, 0);
    return l.n;
}
