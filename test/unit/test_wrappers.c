/* The wrapper rewrite (checks/wrappers.c) on IR built by hand, and the
 * arity table it relies on covering every API a module lists. */
#include <stdio.h>
#include <string.h>

#include "analyze.h"
#include "module.h"
#include "wrappers.h"

#include "expect.h"

/* A module listing an API that api_arity.c does not know would make its
 * wrappers need explicit `args`: keep the table complete. */
static void every_api_has_an_arity(void) {
    for (int m = 1; m < tl_module_count(); m++)
        for (const char *const *api = tl_module_get(m)->apis; *api; api++) {
            int n = tl_api_arity(*api);
            if (n < 0 || n > TL_WRAPPER_MAX_ARGS) {
                fprintf(stderr, "no arity for '%s' (module %s)\n", *api, tl_module_get(m)->name);
                failures++;
            }
        }
    EXPECT(tl_api_arity("pthread_create") == 4);
    EXPECT(tl_api_arity("pthread_join") == 2);
    EXPECT(tl_api_arity("not_an_api") == -1);
    EXPECT(tl_api_arity(NULL) == -1);
}

static tl_event *call(tl_func *f, int block, const char *callee, int nargs, tl_operand *args,
                      bool result) {
    tl_event *e = tl_block_add_event(f, block, TL_EV_CALL);
    e->callee = callee;
    e->callee_kind = TL_CALLEE_EXTERNAL;
    e->loc = (tl_loc){0, 7, 5, 70};
    e->text = "wrapper(...)";
    e->nargs = nargs;
    e->args = tl_arena_alloc(f->arena, sizeof *args * (size_t)nargs);
    memcpy(e->args, args, sizeof *args * (size_t)nargs);
    if (result)
        e->result_temp = f->ntemps++;
    return e;
}

/* thread_spawn(&t, fn, &ctx, "name") as pthread_create(&t, -, fn, "name"):
 * permuted, the missing attribute NONE, &ctx escaping after the call. */
static void rewrites_calls(void) {
    tl_tu tu;
    tl_tu_init(&tu);
    tl_tu_file(&tu, "t.c");
    tl_func *f = tl_func_new(&tu, "start", true);
    int t = tl_place_base(f, tl_func_add_var(f, "t", TL_VAR_LOCAL, -1));
    int ctx = tl_place_base(f, tl_func_add_var(f, "ctx", TL_VAR_LOCAL, -1));
    int b = tl_block_new(f);
    f->entry = b;
    tl_operand spawn_args[] = {tl_opd_addr(t, "&t"), tl_opd_func("work"), tl_opd_addr(ctx, "&ctx"),
                               tl_opd_opaque("\"name\"")};
    call(f, b, "thread_spawn", 4, spawn_args, true);
    tl_operand join_args[] = {tl_opd_place(t, "t")};
    call(f, b, "my_join", 1, join_args, false);
    call(f, b, "unrelated", 1, join_args, false);

    tl_wrapper ws[] = {
        {.name = "thread_spawn", .model = "pthread_create", .nargs = 4, .args = {0, -1, 1, 3}},
        {.name = "my_join", .model = "pthread_join", .nargs = 2, .args = {0, -1}, .can_fail = true},
    };
    tl_tu_apply_wrappers(&tu, ws, 2);
    tl_tu_apply_wrappers(&tu, ws, 2); /* idempotent */

    const tl_block *blk = &f->blocks[b];
    EXPECT(blk->nevents == 4);
    const tl_event *c = &blk->events[0];
    EXPECT(strcmp(c->callee, "pthread_create") == 0);
    EXPECT(c->nargs == 4);
    EXPECT(c->args[0].kind == TL_OPD_ADDR && c->args[0].place == t);
    EXPECT(c->args[1].kind == TL_OPD_NONE);
    EXPECT(c->args[2].kind == TL_OPD_FUNC && strcmp(c->args[2].name, "work") == 0);
    EXPECT(c->args[3].kind == TL_OPD_OPAQUE);
    EXPECT(c->call_flags & TL_CALL_CANNOT_FAIL);
    EXPECT(c->result_temp == 0);
    EXPECT(c->loc.line == 7 && strcmp(c->text, "wrapper(...)") == 0);
    const tl_event *esc = &blk->events[1];
    EXPECT(esc->kind == TL_EV_ESCAPE && esc->dst_place == ctx);
    const tl_event *j = &blk->events[2];
    EXPECT(strcmp(j->callee, "pthread_join") == 0 && j->nargs == 2);
    EXPECT(j->args[0].kind == TL_OPD_PLACE && j->args[1].kind == TL_OPD_NONE);
    EXPECT(!(j->call_flags & TL_CALL_CANNOT_FAIL));
    EXPECT(strcmp(blk->events[3].callee, "unrelated") == 0 && blk->events[3].nargs == 1);
    EXPECT(tl_wrapper_find(ws, 2, "my_join") == &ws[1]);
    EXPECT(tl_wrapper_find(ws, 2, "pthread_join") == NULL);
    tl_tu_free(&tu);
}

int main(void) {
    every_api_has_an_arity();
    rewrites_calls();
    if (failures)
        fprintf(stderr, "%d failure(s)\n", failures);
    return failures != 0;
}
