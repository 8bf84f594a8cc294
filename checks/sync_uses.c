#include "sync_uses.h"

#include <stdio.h>
#include <string.h>

#include "src_text.h"

enum { MAX_ALIASES = 8, MAX_USE = 200 };

static bool same_n(const char *s, size_t n, const char *word) {
    return strlen(word) == n && memcmp(s, word, n) == 0;
}

static bool contains(const char *s, size_t n, const char *word) {
    size_t k = strlen(word);
    for (size_t i = 0; i + k <= n; i++)
        if (memcmp(s + i, word, k) == 0)
            return true;
    return false;
}

/* Every such API is named pthread_*, sem_*, mtx_*, cnd_* or tss_*, at
 * least 7 bytes: most identifiers of a body are out at the first test
 * (the lowering's prefilter asks of each one). */
static bool may_name_sync_api(const char *name, size_t n) {
    return n >= 7 && memchr("pmsct", name[0], 5) != NULL;
}

bool tl_sync_api_uses(const char *name, size_t n, int *nobjects) {
    if (!may_name_sync_api(name, n))
        return false;
    static const char *const prefixes[] = {
        "pthread_mutex_", "pthread_cond_", "pthread_rwlock_", "pthread_barrier_wait",
        "pthread_spin_", "sem_", "mtx_", "cnd_", NULL,
    };
    static const char *const exact[] = {"pthread_getspecific", "pthread_setspecific", "tss_get",
                                        "tss_set", NULL};
    static const char *const not_uses[] = {"_init", "_destroy", "_delete", "_create", NULL};
    bool found = false;
    for (int i = 0; prefixes[i] && !found; i++)
        found = n >= strlen(prefixes[i]) && memcmp(name, prefixes[i], strlen(prefixes[i])) == 0;
    for (int i = 0; exact[i] && !found; i++)
        found = n == strlen(exact[i]) && memcmp(name, exact[i], n) == 0;
    for (int i = 0; not_uses[i] && found; i++) { /* making or unmaking it is no use */
        size_t k = strlen(not_uses[i]);
        found = !(n >= k && memcmp(name + n - k, not_uses[i], k) == 0);
    }
    if (found && nobjects) { /* a condition wait also uses its mutex */
        bool wait = contains(name, n, "wait");
        bool cond = (n > 13 && memcmp(name, "pthread_cond_", 13) == 0) ||
                    (n > 4 && memcmp(name, "cnd_", 4) == 0);
        *nobjects = cond && wait ? 2 : 1;
    }
    return found;
}

bool tl_sync_api_destroys(const char *name, size_t n, bool *by_value) {
    static const char *const names[] = {TL_SYNC_DESTROY_APIS(TL_SYNC_API_NAME) NULL};
    if (!may_name_sync_api(name, n))
        return false;
    for (int i = 0; names[i]; i++)
        if (same_n(name, n, names[i])) {
            if (by_value)
                *by_value = strstr(names[i], "delete") != NULL;
            return true;
        }
    return false;
}

typedef struct scan {
    const char *def, *end;
    const char *param;
    size_t plen;
    const char *alias[MAX_ALIASES];
    size_t alias_len[MAX_ALIASES];
    /* what the alias is, below the parameter: "" the parameter itself,
     * "in_pool" for `pool = arg->in_pool` (it points where that member does) */
    char alias_path[MAX_ALIASES][64];
    int naliases;
    tl_sync_use_fn fn;
    tl_call_fn call_fn;
    void *ud;
} scan;

bool tl_use_path_ends_with_arrow(const char *path) {
    size_t n = strlen(path);
    return n >= 2 && path[n - 2] == '-' && path[n - 1] == '>';
}

static bool same(const char *a, size_t an, const char *b, size_t bn) {
    return an == bn && memcmp(a, b, an) == 0;
}

/* Is id the parameter or an alias of it?  *path: what it is below the
 * parameter ("" or a member path, sync_uses.h). */
static bool is_root_at(const scan *s, const char *id, size_t n, const char **path) {
    *path = "";
    if (s->plen && same(id, n, s->param, s->plen))
        return true;
    for (int i = s->naliases - 1; i >= 0; i--) /* the latest of a name */
        if (same(id, n, s->alias[i], s->alias_len[i])) {
            *path = s->alias_path[i];
            return true;
        }
    return false;
}

/* Start of the blank-free text before p (back over blanks). */
static const char *back_blank(const scan *s, const char *p) {
    while (p > s->def && tl_src_is_blank(p[-1]))
        p--;
    return p;
}

/* Before `(*f)(params)` ending at e: the end of the name f (or e when the
 * text is not such a declarator). */
static const char *fn_pointer_name_end(const scan *s, const char *e) {
    const char *p = e;
    int depth = 0;
    do { /* back over (params) */
        p--;
        depth += *p == ')' ? 1 : *p == '(' ? -1 : 0;
    } while (p > s->def && depth > 0);
    p = back_blank(s, p);
    if (p <= s->def || p[-1] != ')')
        return e;
    const char *close = p - 1, *q = back_blank(s, close);
    const char *name_end = q;
    while (q > s->def && tl_src_is_ident(q[-1]))
        q--;
    q = back_blank(s, q);
    if (q == name_end || q <= s->def || q[-1] != '*')
        return e;
    return name_end;
}

/* `X = param` or `X = (T *)param`: X is the parameter under another name;
 * `X = param->f` (or an alias's member): X points where that member does. */
static bool note_alias(const char *id, size_t n, void *ud) {
    scan *s = ud;
    const char *base;
    if (!s->plen || !is_root_at(s, id, n, &base) || s->naliases == MAX_ALIASES)
        return false;
    const char *after = id + n;
    while (after < s->end && tl_src_is_blank(*after))
        after++;
    char member[64] = "";
    if (after + 1 < s->end && after[0] == '-' && after[1] == '>') { /* X = p->f.g */
        const char *m = after + 2;
        size_t k = 0;
        for (;;) {
            while (m < s->end && tl_src_is_blank(*m))
                m++;
            const char *f = m;
            while (m < s->end && tl_src_is_ident(*m))
                m++;
            if (m == f || k + (size_t)(m - f) + 2 >= sizeof member)
                return false;
            k += (size_t)snprintf(member + k, sizeof member - k, "%s%.*s", k ? "." : "",
                                  (int)(m - f), f);
            while (m < s->end && tl_src_is_blank(*m))
                m++;
            if (m < s->end && *m == '.') {
                m++;
                continue;
            }
            break;
        }
        after = m;
    }
    if (after < s->end && *after != ';' && *after != ',')
        return false; /* `q = arg + 1`, `x = arg->f[2]`: not that pointer */
    const char *p = back_blank(s, id);
    if (p > s->def && p[-1] == ')') { /* a cast */
        int depth = 0;
        do {
            p--;
            depth += *p == ')' ? 1 : *p == '(' ? -1 : 0;
        } while (p > s->def && depth > 0);
        p = back_blank(s, p);
    }
    if (p <= s->def || p[-1] != '=' || (p - 1 > s->def && strchr("=!<>+-*/%&|^", p[-2])))
        return false;
    const char *e = back_blank(s, p - 1), *b;
    if (e > s->def && e[-1] == ')') /* `void (*f)(void *) = ...`: the name in (*f) */
        e = fn_pointer_name_end(s, e);
    b = e;
    while (b > s->def && tl_src_is_ident(b[-1]))
        b--;
    if (b < e && !(*b >= '0' && *b <= '9')) {
        int w = snprintf(s->alias_path[s->naliases], sizeof s->alias_path[0], "%s%s%s", base,
                         member, member[0] ? "->" : "");
        if (w < 0 || (size_t)w >= sizeof s->alias_path[0])
            return false;
        s->alias[s->naliases] = b;
        s->alias_len[s->naliases++] = (size_t)(e - b);
    }
    return false;
}

/* The members at *p into out: a global's `.f.g` ("f.g"), or, after a
 * parameter's `->`, `f.g->h` ("f.g->h": further pointers); *p moves past. */
static bool members(const char **p, bool arrows, char *out, size_t size) {
    const char *q = *p;
    size_t k = 0;
    out[0] = '\0';
    for (bool need_sep = !arrows;; need_sep = true) {
        const char *sep = ".";
        if (need_sep) {
            if (*q == '.')
                q++;
            else if (arrows && q[0] == '-' && q[1] == '>')
                sep = "->", q += 2;
            else
                break;
        }
        const char *f = q;
        while (tl_src_is_ident(*q))
            q++;
        if (q == f)
            return false;
        int w = snprintf(out + k, size - k, "%s%.*s", k ? sep : "", (int)(q - f), f);
        if (w < 0 || (size_t)w >= size - k)
            return false;
        k += (size_t)w;
    }
    *p = q;
    return true;
}

/* Appends path `rest` to the use in buf ("a:in_pool->" + "lock"). */
static bool join_path(char *buf, const char *rest, size_t size) {
    size_t k = strlen(buf);
    bool sep = rest[0] && buf[k - 1] != ':' && !tl_use_path_ends_with_arrow(buf);
    return (size_t)snprintf(buf + k, size - k, "%s%s", sep ? "." : "", rest) < size - k;
}

/* The argument text t[0, n) as a use, written into out; false if none.
 * by_value: the argument is the object itself (a key), not its address. */
static bool use_of(const scan *s, const char *t, size_t n, bool by_value, char *out) {
    char e[MAX_USE];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) { /* drop blanks and casts `(T *)` */
        if (tl_src_is_blank(t[i]))
            continue;
        if (t[i] == '(') {
            size_t j = i + 1;
            while (j < n && t[j] != ')' && t[j] != '(')
                j++;
            if (j < n && t[j] == ')' && memchr(t + i, '*', j - i)) {
                i = j;
                continue;
            }
        }
        if (k + 1 >= sizeof e)
            return false;
        e[k++] = t[i];
    }
    e[k] = '\0';
    bool addr = e[0] == '&';
    char *open = e + addr;
    /* (x) and ((x))->f: parentheses around the root only */
    while (*open == '(') {
        char *close = strchr(open, ')');
        if (!close)
            return false;
        memmove(close, close + 1, strlen(close));
        open++;
    }
    const char *p = open, *root = p;
    while (tl_src_is_ident(*p))
        p++;
    size_t rlen = (size_t)(p - root);
    if (!rlen || (*root >= '0' && *root <= '9'))
        return false;
    const char *below;
    bool through = is_root_at(s, root, rlen, &below);
    if (!through && !addr && !by_value)
        return false;
    if (!through) { /* a global and its members: `.f` only */
        char rest[MAX_USE];
        if (!members(&p, false, rest, sizeof rest) || *p)
            return false;
        int w = snprintf(out, MAX_USE, "g:%.*s%s%s", (int)rlen, root, rest[0] ? "." : "", rest);
        return w > 0 && w < MAX_USE;
    }
    char rest[MAX_USE] = "";
    if (*p || addr) {
        if (!addr || strncmp(p, "->", 2) != 0)
            return false; /* `*p`, `p[1]`, a pointer's member by value */
        p += 2;
        if (!members(&p, true, rest, sizeof rest) || *p)
            return false;
    }
    snprintf(out, MAX_USE, "a:%s", below);
    return join_path(out, rest, MAX_USE);
}

/* A call of a sync API at id: each of its object arguments as a use. */
static bool note_call(const char *id, size_t n, void *ud) {
    scan *s = ud;
    int nobjects = 1;
    bool by_value, destroys = tl_sync_api_destroys(id, n, &by_value);
    if (destroys && by_value)
        return false; /* a key deleted through a helper: not followed */
    if (!destroys && !tl_sync_api_uses(id, n, &nobjects))
        return false;
    /* a key is passed by value: `pthread_setspecific(key, v)` uses `key` */
    by_value = !destroys && ((n > 8 && memcmp(id + n - 8, "specific", 8) == 0) ||
                             (n == 7 && memcmp(id, "tss_", 4) == 0));
    const char *p = id + n;
    while (p < s->end && tl_src_is_blank(*p))
        p++;
    if (p >= s->end || *p != '(')
        return false;
    const char *arg = ++p;
    int depth = 0;
    for (int k = 0; p < s->end && k < nobjects; p++) {
        if (*p == '(' || *p == '[')
            depth++;
        else if ((*p == ')' || *p == ']') && depth > 0)
            depth--;
        else if ((*p == ',' || *p == ')') && depth == 0) {
            char use[MAX_USE + 1];
            if (use_of(s, arg, (size_t)(p - arg), by_value, use + destroys)) {
                if (destroys)
                    use[0] = 'd'; /* "dg:", "da:" */
                s->fn(use, s->ud);
            }
            k++;
            arg = p + 1;
            if (*p == ')')
                break;
        }
    }
    return false;
}

static bool names_sync_api(const char *id, size_t n, void *ud) {
    (void)ud;
    return tl_sync_api_uses(id, n, NULL) || tl_sync_api_destroys(id, n, NULL);
}

void tl_src_sync_uses(const char *def, size_t n, const char *param, size_t plen,
                      tl_sync_use_fn fn, void *ud) {
    /* most definitions use none: one cheap pass says so */
    if (!def || !tl_src_each_ident(def, n, names_sync_api, NULL))
        return;
    scan s = {.def = def, .end = def + n, .param = param, .plen = plen, .fn = fn, .ud = ud};
    if (plen)
        tl_src_each_ident(def, n, note_alias, &s);
    tl_src_each_ident(def, n, note_call, &s);
}

static bool is_keyword(const char *id, size_t n) {
    static const char *const words[] = {"if", "while", "for", "switch", "return", "sizeof",
                                        "_Alignof", "alignof", "typeof", "__typeof__",
                                        "defined", "_Generic", "_Static_assert", NULL};
    for (int i = 0; words[i]; i++)
        if (same(id, n, words[i], strlen(words[i])))
            return true;
    return false;
}

/* A call at id: the callee, and each argument that is the parameter. */
static bool note_routine_call(const char *id, size_t n, void *ud) {
    scan *s = ud;
    const char *p = id + n;
    while (p < s->end && tl_src_is_blank(*p))
        p++;
    if (p >= s->end || *p != '(' || is_keyword(id, n) || tl_sync_api_uses(id, n, NULL) ||
        tl_sync_api_destroys(id, n, NULL))
        return false;
    s->call_fn(id, n, -1, NULL, s->ud);
    const char *arg = ++p;
    int depth = 0;
    for (int k = 0; p < s->end; p++) {
        if (*p == '(' || *p == '[' || *p == '{')
            depth++;
        else if ((*p == ')' || *p == ']' || *p == '}') && depth > 0)
            depth--;
        else if ((*p == ',' || *p == ')') && depth == 0) {
            char use[MAX_USE];
            if (s->plen && use_of(s, arg, (size_t)(p - arg), false, use) &&
                strncmp(use, "a:", 2) == 0)
                s->call_fn(id, n, k, use + 2, s->ud);
            k++;
            arg = p + 1;
            if (*p == ')')
                break;
        }
    }
    return false;
}

void tl_src_routine_calls(const char *def, size_t n, const char *param, size_t plen,
                          tl_call_fn fn, void *ud) {
    if (!def)
        return;
    scan s = {.def = def, .end = def + n, .param = param, .plen = plen, .call_fn = fn, .ud = ud};
    if (plen)
        tl_src_each_ident(def, n, note_alias, &s);
    tl_src_each_ident(def, n, note_routine_call, &s);
}

typedef struct trampoline_scan {
    scan s;
    char *fn, *arg;
    size_t size;
    bool found;
} trampoline_scan;

/* "f->" (one member's pointee) into out as "f"; false for other paths. */
static bool one_member(const char *path, char *out, size_t size) {
    size_t n = strlen(path);
    if (n < 3 || !tl_use_path_ends_with_arrow(path) || n - 2 >= size ||
        strcspn(path, ".-") != n - 2)
        return false;
    memcpy(out, path, n - 2);
    out[n - 2] = '\0';
    return true;
}

/* `callee(x)` where callee is an alias of a member and x of another. */
static bool note_trampoline_call(const char *id, size_t n, void *ud) {
    trampoline_scan *t = ud;
    const char *path;
    const char *p = id + n;
    while (p < t->s.end && tl_src_is_blank(*p))
        p++;
    if (t->found || p >= t->s.end || *p != '(' || !is_root_at(&t->s, id, n, &path) ||
        !one_member(path, t->fn, t->size))
        return false;
    const char *arg = ++p;
    int depth = 0;
    while (p < t->s.end && (depth > 0 || (*p != ')' && *p != ','))) {
        depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
        p++;
    }
    if (p >= t->s.end || *p != ')')
        return false; /* one argument only */
    char use[MAX_USE];
    /* `x` an alias of d->data, or `d->data` itself, written by value */
    if (use_of(&t->s, arg, (size_t)(p - arg), false, use) && one_member(use + 2, t->arg, t->size)) {
        t->found = true;
        return true;
    }
    const char *a = arg;
    while (a < p && tl_src_is_blank(*a))
        a++;
    const char *r = a;
    while (a < p && tl_src_is_ident(*a))
        a++;
    const char *root_path;
    if (a == r || !is_root_at(&t->s, r, (size_t)(a - r), &root_path) || root_path[0] ||
        a + 2 > p || a[0] != '-' || a[1] != '>')
        return false;
    a += 2;
    const char *m = a;
    while (a < p && tl_src_is_ident(*a))
        a++;
    const char *end = a;
    while (a < p && tl_src_is_blank(*a))
        a++;
    if (end == m || a != p || (size_t)(end - m) >= t->size)
        return false;
    memcpy(t->arg, m, (size_t)(end - m));
    t->arg[end - m] = '\0';
    t->found = true;
    return true;
}

bool tl_src_trampoline(const char *def, size_t n, const char *param, size_t plen,
                       char *fn_member, char *arg_member, size_t size) {
    if (!def || !plen || !memchr(def, '>', n)) /* no `->`: no member read */
        return false;
    trampoline_scan t = {.s = {.def = def, .end = def + n, .param = param, .plen = plen},
                         .fn = fn_member, .arg = arg_member, .size = size};
    tl_src_each_ident(def, n, note_alias, &t.s);
    tl_src_each_ident(def, n, note_trampoline_call, &t);
    return t.found && strcmp(fn_member, arg_member) != 0;
}
