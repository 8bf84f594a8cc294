/* sync_uses: the synchronisation objects a start routine's text uses. */
#include <stdio.h>
#include <string.h>

#include "sync_uses.h"

#include "expect.h"

typedef struct uses {
    char all[512];
} uses;

static void add(const char *use, void *ud) {
    uses *u = ud;
    size_t n = strlen(u->all);
    snprintf(u->all + n, sizeof u->all - n, "%s%s", n ? " " : "", use);
}

/* The uses of def whose parameter is `param`, space-separated. */
static bool gives(const char *def, const char *param, const char *want) {
    uses u = {{0}};
    tl_src_sync_uses(def, strlen(def), param, strlen(param), add, &u);
    if (strcmp(u.all, want) == 0)
        return true;
    fprintf(stderr, "  got \"%s\", want \"%s\"\n", u.all, want);
    return false;
}

static void add_call(const char *callee, size_t clen, int argk, const char *path, void *ud) {
    uses *u = ud;
    size_t n = strlen(u->all);
    snprintf(u->all + n, sizeof u->all - n, "%s%.*s/%d%s%s", n ? " " : "", (int)clen, callee,
             argk, path && path[0] ? "@" : "", path ? path : "");
}

/* The calls of def whose parameter is `param`: "callee/k" each, with
 * "@path" for the address of a member below the parameter. */
static bool calls(const char *def, const char *param, const char *want) {
    uses u = {{0}};
    tl_src_routine_calls(def, strlen(def), param, strlen(param), add_call, &u);
    if (strcmp(u.all, want) == 0)
        return true;
    fprintf(stderr, "  got \"%s\", want \"%s\"\n", u.all, want);
    return false;
}

/* The members a trampoline calls ("fn arg"), or "" when it is none. */
static bool trampoline(const char *def, const char *param, const char *want) {
    char fn[64] = "", arg[64] = "", got[140] = "";
    if (tl_src_trampoline(def, strlen(def), param, strlen(param), fn, arg, sizeof fn))
        snprintf(got, sizeof got, "%s %s", fn, arg);
    if (strcmp(got, want) == 0)
        return true;
    fprintf(stderr, "  got \"%s\", want \"%s\"\n", got, want);
    return false;
}

int main(void) {
    /* globals by address, members of globals */
    EXPECT(gives("{ pthread_mutex_lock(&g_lock); pthread_mutex_unlock(&g.m); }", "arg",
                 "g:g_lock g:g.m"));
    /* the parameter, a local set from it (with or without a cast), a cast */
    EXPECT(gives("{ struct pool *p = arg; pthread_mutex_lock(&p->lock); }", "arg", "a:lock"));
    EXPECT(gives("{ struct pool *p = (struct pool *)arg; sem_post(&p->s.done); }", "arg",
                 "a:s.done"));
    EXPECT(gives("{ sem_post(&((struct job *)arg)->done); }", "arg", "a:done"));
    EXPECT(gives("{ sem_post(arg); }", "arg", "a:"));
    /* a condition wait uses its mutex too; a key is passed by value */
    EXPECT(gives("{ pthread_cond_wait(&p->c, &p->m); }", "p", "a:c a:m"));
    EXPECT(gives("{ pthread_setspecific(key, arg); }", "arg", "g:key"));
    /* not uses: init/destroy, a second dereference, an index, a copy of a
     * member, an unrelated pointer, no sync call at all */
    EXPECT(gives("{ pthread_mutex_init(&g_lock, 0); }", "arg", ""));
    /* destroys, of globals and through the parameter; a key deleted (by
     * value) is not followed */
    EXPECT(gives("{ pthread_mutex_destroy(&g_lock); pthread_cond_destroy(&m->c.x); }", "m",
                 "dg:g_lock da:c.x"));
    EXPECT(gives("{ sem_destroy(m); pthread_key_delete(m->key); }", "m", "da:"));
    EXPECT(gives("{ pthread_mutex_lock(&g->lock); pthread_mutex_lock(&g.p->m); }", "arg", ""));
    /* through a second pointer: `->` in the path, also from an alias set
     * from a member (of an alias) */
    EXPECT(gives("{ struct pool *p = arg; pthread_mutex_lock(&p->shared->lock); }", "arg",
                 "a:shared->lock"));
    EXPECT(gives("{ struct w *t = arg; struct pool *pool = t->in_pool; "
                 "pthread_mutex_lock(&pool->lock.m); sem_post(pool); }",
                 "arg", "a:in_pool->lock.m a:in_pool->"));
    EXPECT(gives("{ struct pool *pool = arg->a.b; pthread_cond_wait(&pool->c, &arg->m); }", "arg",
                 "a:a.b->c a:m"));
    EXPECT(gives("{ struct pool *pool = arg->a[1]; pthread_mutex_lock(&pool->m); }", "arg", ""));
    EXPECT(gives("{ pthread_mutex_lock(&locks[i]); }", "arg", ""));
    EXPECT(gives("{ struct pool *q = arg + 1; pthread_mutex_lock(&q->lock); }", "arg", ""));
    EXPECT(gives("{ pthread_mutex_lock(lockp); }", "arg", ""));
    EXPECT(gives("{ return arg; }", "arg", ""));
    /* calls: each callee, and each argument that is the parameter or an
     * alias of it; not keywords, casts' parentheses or sync APIs */
    EXPECT(calls("{ struct q *p = arg; drain(p, 1); log_line(\"x\"); }", "arg",
                 "drain/-1 drain/0 log_line/-1"));
    EXPECT(calls("{ if (x) put(n, (struct q *)arg); return sizeof(x); }", "arg", "put/-1 put/1"));
    EXPECT(calls("{ helper(&arg->m, f(arg)); }", "arg", "helper/-1 helper/0@m f/-1 f/0"));
    EXPECT(calls("{ struct pool *p = arg; lock_it(&p->lock.inner); put(p->next); }", "arg",
                 "lock_it/-1 lock_it/0@lock.inner put/-1"));
    EXPECT(calls("{ struct pool *p = arg->pool; lock_it(&p->lock); drain(p); }", "arg",
                 "lock_it/-1 lock_it/0@pool->lock drain/-1 drain/0@pool->"));
    EXPECT(calls("{ pthread_mutex_lock(&g); }", "arg", ""));
    EXPECT(calls("{ run(arg); }", "", "run/-1"));
    /* trampolines: a call of a member's function with another member */
    EXPECT(trampoline("{ struct d *data = _data; void (*func)(void*); void *arg;\n"
                      "  func = data->func; arg = data->data; free(_data); func(arg); return 0; }",
                      "_data", "func data"));
    EXPECT(trampoline("{ struct d *d = a; void (*f)(void *) = d->run; f(d->ctx); return 0; }", "a",
                      "run ctx"));
    EXPECT(trampoline("{ struct d *d = a; d->run(d->ctx); return 0; }", "a", ""));
    EXPECT(trampoline("{ struct d *d = a; void (*f)(void *) = d->run; f(d->ctx, 1); }", "a", ""));
    EXPECT(trampoline("{ struct d *d = a; void (*f)(void *) = d->run; f(d->run); }", "a", ""));
    EXPECT(trampoline("{ work(a); return 0; }", "a", ""));
    if (failures)
        fprintf(stderr, "%d failure(s)\n", failures);
    return failures != 0;
}
