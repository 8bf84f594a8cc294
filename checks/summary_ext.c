#include "summary_ext.h"

#include <stdlib.h>
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
    e->uses = NULL;
    e->nuses = 0;
    e->uses_known = false;
    tl_name_index_put(&s->index, e->name, s->n);
    s->n++;
}

static int compare_strings(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void tl_ext_summaries_add_uses(tl_ext_summaries *s, const char *name, const char *const *uses,
                               int n) {
    int at = tl_name_index_get(&s->index, name);
    if (at < 0 || s->items[at].conflict)
        return;
    const char **sorted = tl_arena_memdup(&s->arena, uses, sizeof *uses * (size_t)n);
    if (n > 0)
        qsort(sorted, (size_t)n, sizeof *sorted, compare_strings);
    int unique = 0;
    for (int i = 0; i < n; i++)
        if (unique == 0 || strcmp(sorted[unique - 1], sorted[i]) != 0)
            sorted[unique++] = sorted[i];
    tl_ext_summary *e = &s->items[at];
    if (e->uses_known) { /* a second definition: it must say the same */
        bool same = e->nuses == unique;
        for (int i = 0; same && i < unique; i++)
            same = strcmp(e->uses[i], sorted[i]) == 0;
        if (!same)
            tl_ext_summaries_add_conflict(s, name);
        return;
    }
    for (int i = 0; i < unique; i++)
        sorted[i] = tl_arena_strdup(&s->arena, sorted[i]);
    e->uses = sorted;
    e->nuses = unique;
    e->uses_known = true;
}

bool tl_ext_summary_uses(const tl_ext_summary *e, const char *use) {
    for (int i = 0; e && use && i < e->nuses; i++)
        if (strcmp(e->uses[i], use) == 0)
            return true;
    return false;
}

void tl_ext_summaries_add_conflict(tl_ext_summaries *s, const char *name) {
    if (tl_name_index_get(&s->index, name) < 0)
        tl_ext_summaries_add(s, name, NULL, 0);
    tl_ext_summary *e = &s->items[tl_name_index_get(&s->index, name)];
    e->conflict = true;
    e->sum = NULL;
    e->never_returns = e->exits_thread = false;
    e->uses = NULL;
    e->nuses = 0;
}

void tl_ext_summaries_merge(tl_ext_summaries *into, const tl_ext_summaries *from) {
    for (int i = 0; i < from->n; i++) {
        const tl_ext_summary *e = &from->items[i];
        if (e->conflict) /* two differing definitions there: unknown here too */
            tl_ext_summaries_add_conflict(into, e->name);
        else
            tl_ext_summaries_add(into, e->name, e->sum, tl_ext_summary_ends(e));
        if (!e->conflict && e->uses_known)
            tl_ext_summaries_add_uses(into, e->name, e->uses, e->nuses);
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
