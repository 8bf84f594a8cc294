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

bool tl_sync_api_uses(const char *name, size_t n, int *nobjects) {
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
    static const char *const names[] = {
        "pthread_mutex_destroy", "pthread_cond_destroy", "pthread_rwlock_destroy",
        "pthread_barrier_destroy", "pthread_spin_destroy", "sem_destroy", "mtx_destroy",
        "cnd_destroy", "pthread_key_delete", "tss_delete", NULL,
    };
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
    int naliases;
    tl_sync_use_fn fn;
    tl_call_fn call_fn;
    void *ud;
} scan;

static bool same(const char *a, size_t an, const char *b, size_t bn) {
    return an == bn && memcmp(a, b, an) == 0;
}

static bool is_root(const scan *s, const char *id, size_t n) {
    if (s->plen && same(id, n, s->param, s->plen))
        return true;
    for (int i = 0; i < s->naliases; i++)
        if (same(id, n, s->alias[i], s->alias_len[i]))
            return true;
    return false;
}

/* Start of the blank-free text before p (back over blanks). */
static const char *back_blank(const scan *s, const char *p) {
    while (p > s->def && tl_src_is_blank(p[-1]))
        p--;
    return p;
}

/* `X = param` or `X = (T *)param`: X is the parameter under another name. */
static bool note_alias(const char *id, size_t n, void *ud) {
    scan *s = ud;
    if (!same(id, n, s->param, s->plen) || s->naliases == MAX_ALIASES)
        return false;
    const char *after = id + n;
    while (after < s->end && tl_src_is_blank(*after))
        after++;
    if (after < s->end && *after != ';' && *after != ',')
        return false; /* `q = arg + 1`, `x = arg->f`: not the same pointer */
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
    const char *e = back_blank(s, p - 1), *b = e;
    while (b > s->def && tl_src_is_ident(b[-1]))
        b--;
    if (b < e && !(*b >= '0' && *b <= '9')) {
        s->alias[s->naliases] = b;
        s->alias_len[s->naliases++] = (size_t)(e - b);
    }
    return false;
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
    char *p = e + addr;
    /* (x) and ((x))->f: parentheses around the root only */
    while (*p == '(') {
        char *close = strchr(p, ')');
        if (!close)
            return false;
        memmove(close, close + 1, strlen(close));
        p++;
    }
    const char *root = p;
    while (tl_src_is_ident(*p))
        p++;
    size_t rlen = (size_t)(p - root);
    if (!rlen || (*root >= '0' && *root <= '9'))
        return false;
    bool through = is_root(s, root, rlen);
    char path[MAX_USE];
    size_t plen = 0;
    path[0] = '\0';
    if (through) {
        if (!*p && !addr) {
            snprintf(out, MAX_USE, "a:");
            return true;
        }
        if (!addr || strncmp(p, "->", 2) != 0)
            return false;
        p += 2;
    } else if (!addr && !by_value) {
        return false;
    }
    for (bool first = through; *p || first; first = false) {
        if (!first) {
            if (*p != '.')
                return false; /* a second dereference: another object */
            p++;
        }
        const char *f = p;
        while (tl_src_is_ident(*p))
            p++;
        if (p == f)
            return false;
        int w = snprintf(path + plen, sizeof path - plen, "%s%.*s", plen ? "." : "",
                         (int)(p - f), f);
        if (w < 0 || (size_t)w >= sizeof path - plen)
            return false;
        plen += (size_t)w;
    }
    if (through)
        snprintf(out, MAX_USE, "a:%s", path);
    else
        snprintf(out, MAX_USE, "g:%.*s%s%s", (int)rlen, root, plen ? "." : "", path);
    return true;
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
