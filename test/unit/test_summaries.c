/* Summaries across files: the table's merge rule (checks/summary_ext.c)
 * and the summaries file's round trip and refusals (summaries/). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "module.h"
#include "summary_ext.h"
#include "summary_file.h"

#include "expect.h"

enum { MODULE_THREAD = 1, JOINED = 3 };

/* One class of returns [lo, hi] whose effect is `st` at *param0.field. */
static tl_summary *one_effect(tl_arena *a, long long lo, long long hi, int st, const char *field) {
    tl_summary *s = tl_arena_alloc(a, sizeof *s);
    s->groups = tl_arena_alloc(a, sizeof *s->groups);
    s->ngroups = s->cap = 1;
    tl_sum_group *g = &s->groups[0];
    g->lo = lo;
    g->hi = hi;
    g->entries = tl_arena_alloc(a, sizeof *g->entries);
    g->nentries = g->cap = 1;
    tl_sum_entry *e = &g->entries[0];
    e->param = 0;
    e->nsels = 2;
    e->sels = tl_arena_alloc(a, sizeof *e->sels * 2);
    e->fields = tl_arena_alloc(a, sizeof *e->fields * 2);
    e->sels[0] = TL_SEL_DEREF;
    e->sels[1] = TL_SEL_FIELD;
    e->fields[1] = field;
    e->res.module = MODULE_THREAD;
    e->res.st = st;
    e->res.label = "worker";
    tl_res_unbind(&e->res);
    return s;
}

static char *write_text(const char *text) {
    char *path = strdup("/tmp/threadlint-test-summaries-XXXXXX");
    int fd = mkstemp(path);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f)
        abort();
    fputs(text, f);
    fclose(f);
    return path;
}

static tl_summary_file_status read_text(const char *text, char **why) {
    char *path = write_text(text);
    tl_ext_summaries s;
    tl_ext_summaries_init(&s);
    tl_summary_file_status st = tl_summary_file_read(path, &s, why);
    EXPECT(st == TL_SUMMARY_FILE_OK || s.n == 0); /* nothing half-read is kept */
    tl_ext_summaries_free(&s);
    remove(path);
    free(path);
    return st;
}

/* Return classes a caller cannot tell apart (-1 from [-1, -1] and from
 * [-inf, inf]) that differ: a thread's effect becomes an escape in both, a
 * "may" fact (a thread that may still use the lock) is kept in both. */
static void test_may_facts(tl_arena *a) {
    tl_summary *s = one_effect(a, TL_INF_LO, TL_INF_HI, JOINED, "tid");
    tl_summary *may = one_effect(a, TL_INF_LO, TL_INF_HI, 1, "lock");
    may->groups[0].entries[0].res.module = TL_MODULE_ID_destroy;
    s->groups = tl_arena_grow(a, s->groups, sizeof *s->groups, &s->cap, 2);
    s->groups[0].entries = tl_arena_grow(a, s->groups[0].entries, sizeof *s->groups[0].entries,
                                         &s->groups[0].cap, 2);
    s->groups[0].entries[s->groups[0].nentries++] = may->groups[0].entries[0];
    s->groups[1] = (tl_sum_group){.lo = -1, .hi = -1};
    s->ngroups = 2;
    tl_summary_finish(a, s);
    for (int g = 0; g < 2; g++) {
        int escapes = 0, facts = 0;
        for (int i = 0; i < s->groups[g].nentries; i++) {
            const tl_res *r = &s->groups[g].entries[i].res;
            escapes += r->module == TL_MODULE_CORE;
            facts += r->module == TL_MODULE_ID_destroy && r->st == 1;
        }
        EXPECT(escapes == 1 && facts == 1 && s->groups[g].nentries == 2);
    }
}

int main(void) {
    tl_arena a;
    tl_arena_init(&a);
    test_may_facts(&a);
    tl_summary *stop = one_effect(&a, 0, 0, JOINED, "tid");
    tl_summary *other = one_effect(&a, 0, 0, JOINED + 1, "tid");

    /* equal definitions agree; differing ones make the name unknown */
    tl_ext_summaries t;
    tl_ext_summaries_init(&t);
    tl_ext_summaries_add(&t, "stop_worker", stop, 0);
    tl_ext_summaries_add(&t, "stop_worker", one_effect(&a, 0, 0, JOINED, "tid"), 0);
    EXPECT(tl_ext_summaries_find(&t, "stop_worker") != NULL);
    EXPECT(tl_ext_summary_acts(tl_ext_summaries_find(&t, "stop_worker")));
    tl_ext_summaries_add(&t, "port_stop", stop, 0);
    tl_ext_summaries_add(&t, "port_stop", other, 0);
    EXPECT(tl_ext_summaries_find(&t, "port_stop") == NULL);
    tl_ext_summaries_add(&t, "port_stop", stop, 0); /* a third cannot revive it */
    EXPECT(tl_ext_summaries_find(&t, "port_stop") == NULL);
    tl_ext_summaries_add(&t, "die", NULL, TL_EXT_NEVER_RETURNS);
    EXPECT(tl_ext_summaries_find(&t, "die")->never_returns);
    EXPECT(!tl_ext_summary_acts(tl_ext_summaries_find(&t, "die")));
    EXPECT(tl_ext_summaries_find(&t, "nowhere") == NULL);
    tl_ext_summaries_add(&t, "quit_thread", NULL, TL_EXT_NEVER_RETURNS | TL_EXT_EXITS_THREAD);
    tl_ext_summaries_add(&t, "quit_thread", NULL, TL_EXT_NEVER_RETURNS); /* differs */
    EXPECT(tl_ext_summaries_find(&t, "quit_thread") == NULL);

    /* a conflict survives a merge into a table that agrees with one side */
    tl_ext_summaries u;
    tl_ext_summaries_init(&u);
    tl_ext_summaries_add(&u, "port_stop", stop, 0);
    tl_ext_summaries_merge(&u, &t);
    EXPECT(tl_ext_summaries_find(&u, "port_stop") == NULL);
    EXPECT(tl_ext_summaries_find(&u, "stop_worker") != NULL);
    tl_ext_summaries_add(&u, "quit_worker", NULL, TL_EXT_NEVER_RETURNS | TL_EXT_EXITS_THREAD);

    /* a start routine's uses: any order, duplicates once; a second
     * definition that uses something else makes the name unknown */
    const char *uses[] = {"a:lock", "a:cond", "a:lock"}, *same[] = {"a:cond", "a:lock"};
    tl_ext_summaries_add(&u, "worker_main", NULL, 0);
    tl_ext_summaries_add_uses(&u, "worker_main", uses, 3);
    tl_ext_summaries_add(&u, "worker_main", NULL, 0);
    tl_ext_summaries_add_uses(&u, "worker_main", same, 2);
    const tl_ext_summary *w = tl_ext_summaries_find(&u, "worker_main");
    EXPECT(w && w->nuses == 2 && tl_ext_summary_uses(w, "a:lock") && !tl_ext_summary_uses(w, "a:jobs"));
    tl_ext_summaries_add(&u, "port_main", NULL, 0);
    tl_ext_summaries_add_uses(&u, "port_main", uses, 1);
    tl_ext_summaries_add(&u, "port_main", NULL, 0);
    tl_ext_summaries_add_uses(&u, "port_main", uses + 1, 1);
    EXPECT(tl_ext_summaries_find(&u, "port_main") == NULL);

    /* the file: written, read back the same */
    char *path = write_text("");
    EXPECT(tl_summary_file_write(path, &u, stderr));
    tl_ext_summaries back;
    tl_ext_summaries_init(&back);
    char *why = NULL;
    EXPECT(tl_summary_file_read(path, &back, &why) == TL_SUMMARY_FILE_OK);
    const tl_ext_summary *s = tl_ext_summaries_find(&back, "stop_worker");
    EXPECT(s && s->sum && tl_summary_equal(s->sum, stop));
    EXPECT(s && !tl_summary_equal(s->sum, other));
    EXPECT(s && strcmp(s->sum->groups[0].entries[0].res.label, "worker") == 0);
    EXPECT(tl_ext_summaries_find(&back, "port_stop") == NULL);
    EXPECT(back.n == u.n);
    const tl_ext_summary *d = tl_ext_summaries_find(&back, "die");
    EXPECT(d && d->never_returns && !d->exits_thread);
    const tl_ext_summary *q = tl_ext_summaries_find(&back, "quit_worker");
    EXPECT(q && q->never_returns && q->exits_thread);
    const tl_ext_summary *wb = tl_ext_summaries_find(&back, "worker_main");
    EXPECT(wb && wb->nuses == 2 && strcmp(wb->uses[0], "a:cond") == 0 &&
           strcmp(wb->uses[1], "a:lock") == 0);
    remove(path);
    free(path);

    /* refusals: missing, stale, corrupt (with a reason) */
    tl_ext_summaries none;
    tl_ext_summaries_init(&none);
    EXPECT(tl_summary_file_read("/nonexistent/summaries.json", &none, &why) ==
           TL_SUMMARY_FILE_MISSING);
    EXPECT(read_text("{\"format\": \"threadlint-summaries\", \"version\": 0, \"functions\": []}",
                     &why) == TL_SUMMARY_FILE_STALE);
    EXPECT(read_text("{\"format\": \"threadlint-summaries\", \"version\": 1, \"functions\": "
                     "[{\"name\": \"f\", \"returns\": [{\"lo\": 0, \"hi\": 0, \"effects\": "
                     "[{\"param\": 0, \"path\": [], \"module\": \"nosuch\", \"state\": 1, "
                     "\"flags\": 0}]}]}]}",
                     &why) == TL_SUMMARY_FILE_STALE);
    EXPECT(read_text("{\"format\": \"threadlint-summaries\", \"version\": 1, \"functions\": "
                     "[{\"name\": \"f\", \"returns\": [{\"lo\": 0, \"hi\": 0, \"effects\": "
                     "[{\"param\": 0, \"path\": [\"?\"], \"module\": \"thread\", \"state\": 1, "
                     "\"flags\": 0}]}]}]}",
                     &why) == TL_SUMMARY_FILE_CORRUPT);
    EXPECT(why && strstr(why, "'path'") && strstr(why, "'f'"));
    free(why);
    EXPECT(read_text("{\"format\": \"threadlint-summaries\", \"version\": 1, \"functions\": "
                     "[{\"name\": \"f\", \"unknown\": true, \"uses\": [\"g:lock\"]}]}",
                     &why) == TL_SUMMARY_FILE_CORRUPT);
    EXPECT(why && strstr(why, "'uses'") && strstr(why, "'f'"));
    free(why);
    /* found by fuzz_summaries: two effects on one path are ambiguous (and
     * such a summary compared unequal to itself) */
    EXPECT(read_text("{\"format\": \"threadlint-summaries\", \"version\": 1, \"functions\": "
                     "[{\"name\": \"f\", \"returns\": [{\"lo\": 0, \"hi\": 0, \"effects\": "
                     "[{\"param\": 0, \"path\": [\"*\", \".id\"], \"module\": \"thread\", "
                     "\"state\": 2, \"flags\": 0}, {\"param\": 0, \"path\": [\"*\", \".id\"], "
                     "\"module\": \"thread\", \"state\": 3, \"flags\": 0}]}]}]}",
                     &why) == TL_SUMMARY_FILE_CORRUPT);
    EXPECT(why && strstr(why, "same path") && strstr(why, "'f'"));
    free(why);
    EXPECT(read_text("{\"format\": \"threadlint-summaries\", \"version\": 1, \"functions\": "
                     "[{\"name\": \"f\", \"returns\": [{\"lo\": 0, \"hi\": 0, \"effects\": "
                     "[{\"param\": -1, \"path\": [], \"module\": \"thread\", \"state\": 1, "
                     "\"flags\": 0}]}]}]}",
                     &why) == TL_SUMMARY_FILE_CORRUPT);
    free(why);
    EXPECT(read_text("", &why) == TL_SUMMARY_FILE_CORRUPT);
    free(why);

    tl_ext_summaries_free(&back);
    tl_ext_summaries_free(&none);
    tl_ext_summaries_free(&u);
    tl_ext_summaries_free(&t);
    tl_arena_free(&a);
    return failures ? 1 : 0;
}
