#include "summary_ext.h"

#include <string.h>

void tl_ext_summaries_init(tl_ext_summaries *s) {
    memset(s, 0, sizeof *s);
    tl_arena_init(&s->arena);
}

void tl_ext_summaries_free(tl_ext_summaries *s) {
    tl_name_index_free(&s->index);
    tl_arena_free(&s->arena);
    memset(s, 0, sizeof *s);
}

static tl_summary *copy_summary(tl_arena *a, const tl_summary *from) {
    tl_summary *to = tl_arena_alloc(a, sizeof *to);
    to->ngroups = to->cap = from->ngroups;
    to->groups = tl_arena_alloc(a, sizeof *to->groups * ((size_t)from->ngroups + 1));
    for (int g = 0; g < from->ngroups; g++) {
        const tl_sum_group *fg = &from->groups[g];
        tl_sum_group *tg = &to->groups[g];
        *tg = *fg;
        tg->cap = fg->nentries;
        tg->entries = tl_arena_alloc(a, sizeof *tg->entries * ((size_t)fg->nentries + 1));
        for (int i = 0; i < fg->nentries; i++) {
            const tl_sum_entry *fe = &fg->entries[i];
            tl_sum_entry *te = &tg->entries[i];
            *te = *fe;
            te->sels = tl_arena_alloc(a, sizeof *te->sels * ((size_t)fe->nsels + 1));
            te->fields = tl_arena_alloc(a, sizeof *te->fields * ((size_t)fe->nsels + 1));
            for (int k = 0; k < fe->nsels; k++) {
                te->sels[k] = fe->sels[k];
                te->fields[k] = fe->fields[k] ? tl_arena_strdup(a, fe->fields[k]) : NULL;
            }
            te->res.label = fe->res.label ? tl_arena_strdup(a, fe->res.label) : NULL;
            te->res.handle_text = NULL;
            te->res.trace_at_origin = NULL;
        }
    }
    return to;
}

void tl_ext_summaries_add(tl_ext_summaries *s, const char *name, const tl_summary *sum,
                          unsigned ends) {
    bool never_returns = ends & TL_EXT_NEVER_RETURNS, exits_thread = ends & TL_EXT_EXITS_THREAD;
    int at = tl_name_index_get(&s->index, name);
    if (at >= 0) {
        tl_ext_summary *e = &s->items[at];
        if (e->conflict)
            return;
        bool same = e->never_returns == never_returns && e->exits_thread == exits_thread &&
                    (e->sum && sum ? tl_summary_equal(e->sum, sum) : !e->sum && !sum);
        if (!same)
            tl_ext_summaries_add_conflict(s, name);
        return;
    }
    s->items = tl_arena_grow(&s->arena, s->items, sizeof *s->items, &s->cap, s->n + 1);
    tl_ext_summary *e = &s->items[s->n];
    e->name = tl_arena_strdup(&s->arena, name);
    e->sum = sum ? copy_summary(&s->arena, sum) : NULL;
    e->never_returns = never_returns;
    e->exits_thread = exits_thread;
    e->conflict = false;
    tl_name_index_put(&s->index, e->name, s->n);
    s->n++;
}

void tl_ext_summaries_add_conflict(tl_ext_summaries *s, const char *name) {
    if (tl_name_index_get(&s->index, name) < 0)
        tl_ext_summaries_add(s, name, NULL, 0);
    tl_ext_summary *e = &s->items[tl_name_index_get(&s->index, name)];
    e->conflict = true;
    e->sum = NULL;
    e->never_returns = e->exits_thread = false;
}

void tl_ext_summaries_merge(tl_ext_summaries *into, const tl_ext_summaries *from) {
    for (int i = 0; i < from->n; i++) {
        const tl_ext_summary *e = &from->items[i];
        if (e->conflict) /* two differing definitions there: unknown here too */
            tl_ext_summaries_add_conflict(into, e->name);
        else
            tl_ext_summaries_add(into, e->name, e->sum, tl_ext_summary_ends(e));
    }
}

const tl_ext_summary *tl_ext_summaries_find(const tl_ext_summaries *s, const char *name) {
    int at = s && name ? tl_name_index_get(&s->index, name) : -1;
    if (at < 0 || s->items[at].conflict)
        return NULL;
    return &s->items[at];
}

unsigned tl_ext_summary_ends(const tl_ext_summary *e) {
    return (e->never_returns ? TL_EXT_NEVER_RETURNS : 0) | (e->exits_thread ? TL_EXT_EXITS_THREAD : 0);
}

bool tl_ext_summary_acts(const tl_ext_summary *e) {
    if (!e || !e->sum)
        return false;
    for (int g = 0; g < e->sum->ngroups; g++)
        for (int i = 0; i < e->sum->groups[g].nentries; i++)
            if (e->sum->groups[g].entries[i].res.module != TL_MODULE_CORE)
                return true;
    return false;
}
