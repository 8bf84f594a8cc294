#include "summary_file.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "module.h"

static const char *const kFormatName = "threadlint-summaries";

/* ---- writing --------------------------------------------------------------- */

static const char *module_name(int id) {
    return id == TL_MODULE_CORE ? "core" : tl_module_get(id)->name;
}

static json_t *path_json(const tl_sum_entry *e) {
    json_t *path = json_array();
    for (int k = 0; k < e->nsels; k++) {
        switch (e->sels[k]) {
        case TL_SEL_DEREF:
            json_array_append_new(path, json_string("*"));
            break;
        case TL_SEL_INDEX:
            json_array_append_new(path, json_string("[]"));
            break;
        case TL_SEL_FIELD: {
            size_t n = strlen(e->fields[k]);
            char *f = malloc(n + 2);
            if (!f)
                abort();
            f[0] = '.';
            memcpy(f + 1, e->fields[k], n + 1);
            json_array_append_new(path, json_string(f));
            free(f);
            break;
        }
        case TL_SEL_BASE:
            break;
        }
    }
    return path;
}

static json_t *entry_json(const tl_sum_entry *e) {
    json_t *o = json_object();
    json_object_set_new(o, "param", json_integer(e->param));
    json_object_set_new(o, "path", path_json(e));
    json_object_set_new(o, "module", json_string(module_name(e->res.module)));
    json_object_set_new(o, "state", json_integer(e->res.st));
    json_object_set_new(o, "flags", json_integer(e->res.flags));
    if (e->res.label)
        json_object_set_new(o, "label", json_string(e->res.label));
    if (e->res.release_failed)
        json_object_set_new(o, "release_failed", json_true());
    return o;
}

static json_t *summary_json(const tl_ext_summary *x) {
    json_t *o = json_object();
    json_object_set_new(o, "name", json_string(x->name));
    if (x->conflict)
        json_object_set_new(o, "conflict", json_true());
    json_object_set_new(o, "never_returns", json_boolean(x->never_returns));
    if (x->exits_thread)
        json_object_set_new(o, "exits_thread", json_true());
    if (x->nuses > 0) {
        json_t *uses = json_array();
        for (int i = 0; i < x->nuses; i++)
            json_array_append_new(uses, json_string(x->uses[i]));
        json_object_set_new(o, "uses", uses);
    }
    if (!x->sum) {
        json_object_set_new(o, "unknown", json_true());
        return o;
    }
    json_t *groups = json_array();
    for (int g = 0; g < x->sum->ngroups; g++) {
        const tl_sum_group *grp = &x->sum->groups[g];
        json_t *go = json_object();
        json_object_set_new(go, "lo", json_integer(grp->lo));
        json_object_set_new(go, "hi", json_integer(grp->hi));
        if (grp->has_ne)
            json_object_set_new(go, "ne", json_integer(grp->ne));
        json_t *effects = json_array();
        for (int i = 0; i < grp->nentries; i++)
            json_array_append_new(effects, entry_json(&grp->entries[i]));
        json_object_set_new(go, "effects", effects);
        json_array_append_new(groups, go);
    }
    json_object_set_new(o, "returns", groups);
    return o;
}

static int by_name(const void *a, const void *b) {
    const tl_ext_summary *const *x = a, *const *y = b;
    return strcmp((*x)->name, (*y)->name);
}

static json_t *table_json(const tl_ext_summaries *s) {
    /* by name, so a file is the same whatever order the files were read in */
    const tl_ext_summary **sorted = malloc(sizeof *sorted * ((size_t)s->n + 1));
    if (!sorted)
        abort();
    for (int i = 0; i < s->n; i++)
        sorted[i] = &s->items[i];
    qsort(sorted, (size_t)s->n, sizeof *sorted, by_name);
    json_t *root = json_object();
    json_object_set_new(root, "format", json_string(kFormatName));
    json_object_set_new(root, "version", json_integer(TL_SUMMARY_FORMAT));
    json_t *funcs = json_array();
    for (int i = 0; i < s->n; i++)
        json_array_append_new(funcs, summary_json(sorted[i]));
    json_object_set_new(root, "functions", funcs);
    free(sorted);
    return root;
}

static const size_t kDumpFlags = JSON_INDENT(1);

bool tl_summary_file_dump(FILE *f, const tl_ext_summaries *s) {
    json_t *root = table_json(s);
    bool ok = json_dumpf(root, f, kDumpFlags) == 0;
    json_decref(root);
    return ok;
}

bool tl_summary_file_write(const char *path, const tl_ext_summaries *s, FILE *err) {
    json_t *root = table_json(s);
    /* to a temporary beside it, then renamed: a reader (threadlint-clangd
     * watching the file) never sees half a file */
    size_t n = strlen(path);
    char *tmp = malloc(n + 8);
    if (!tmp)
        abort();
    snprintf(tmp, n + 8, "%s.tmp", path);
    bool ok = json_dump_file(root, tmp, kDumpFlags) == 0 && rename(tmp, path) == 0;
    if (!ok) {
        fprintf(err, "threadlint: error: cannot write summaries file '%s': %s\n", path,
                strerror(errno));
        remove(tmp);
    }
    free(tmp);
    json_decref(root);
    return ok;
}

/* ---- reading --------------------------------------------------------------- */

typedef struct reader {
    tl_ext_summaries *out;
    char *why;
    bool stale;
} reader;

static bool fail(reader *r, const char *what, const char *name) {
    if (!r->why) {
        size_t n = strlen(what) + (name ? strlen(name) : 0) + 32;
        r->why = malloc(n);
        if (!r->why)
            abort();
        if (name)
            snprintf(r->why, n, "%s (function '%s')", what, name);
        else
            snprintf(r->why, n, "%s", what);
    }
    return false;
}

static int module_id(const char *name) {
    if (strcmp(name, "core") == 0)
        return TL_MODULE_CORE;
    for (int m = 1; m < tl_module_count(); m++)
        if (strcmp(tl_module_get(m)->name, name) == 0)
            return m;
    return -1;
}

static bool read_int(json_t *o, const char *key, long long lo, long long hi, long long *v) {
    json_t *j = json_object_get(o, key);
    if (!json_is_integer(j))
        return false;
    *v = json_integer_value(j);
    return *v >= lo && *v <= hi;
}

static bool read_path(reader *r, json_t *path, tl_sum_entry *e, const char *fn) {
    if (!json_is_array(path))
        return fail(r, "an effect's 'path' is not an array", fn);
    tl_arena *a = &r->out->arena;
    size_t n = json_array_size(path);
    if (n > 64)
        return fail(r, "an effect's 'path' is too long", fn);
    e->nsels = (int)n;
    e->sels = tl_arena_alloc(a, sizeof *e->sels * (n + 1));
    e->fields = tl_arena_alloc(a, sizeof *e->fields * (n + 1));
    for (size_t k = 0; k < n; k++) {
        const char *step = json_string_value(json_array_get(path, k));
        if (!step)
            return fail(r, "a step of an effect's 'path' is not a string", fn);
        if (strcmp(step, "*") == 0) {
            e->sels[k] = TL_SEL_DEREF;
        } else if (strcmp(step, "[]") == 0) {
            e->sels[k] = TL_SEL_INDEX;
        } else if (step[0] == '.' && step[1]) {
            e->sels[k] = TL_SEL_FIELD;
            e->fields[k] = tl_arena_strdup(a, step + 1);
        } else {
            return fail(r, "a step of an effect's 'path' is not '*', '[]' or '.field'", fn);
        }
    }
    return true;
}

static bool read_effect(reader *r, json_t *o, tl_sum_entry *e, const char *fn) {
    long long v;
    memset(e, 0, sizeof *e);
    if (!json_is_object(o))
        return fail(r, "an effect is not an object", fn);
    if (!read_int(o, "param", 0, 1024, &v))
        return fail(r, "an effect has no valid 'param'", fn);
    e->param = (int)v;
    if (!read_path(r, json_object_get(o, "path"), e, fn))
        return false;
    const char *mod = json_string_value(json_object_get(o, "module"));
    if (!mod)
        return fail(r, "an effect has no 'module'", fn);
    int id = module_id(mod);
    if (id < 0) { /* a module this build does not have: another version wrote it */
        r->stale = true;
        return false;
    }
    e->res.module = id;
    e->res.place = -1;
    e->res.origin = -1;
    tl_res_unbind(&e->res);
    if (!read_int(o, "state", 0, 1 << 20, &v))
        return fail(r, "an effect has no valid 'state'", fn);
    e->res.st = (int)v;
    if (!read_int(o, "flags", 0, 0xffffffffLL, &v))
        return fail(r, "an effect has no valid 'flags'", fn);
    e->res.flags = (unsigned)v;
    json_t *label = json_object_get(o, "label");
    if (label && !json_is_string(label))
        return fail(r, "an effect's 'label' is not a string", fn);
    if (label)
        e->res.label = tl_arena_strdup(&r->out->arena, json_string_value(label));
    e->res.release_failed = json_is_true(json_object_get(o, "release_failed"));
    return true;
}

static bool read_group(reader *r, json_t *o, tl_sum_group *g, const char *fn) {
    long long v;
    memset(g, 0, sizeof *g);
    if (!json_is_object(o))
        return fail(r, "a return class is not an object", fn);
    if (!read_int(o, "lo", TL_INF_LO, TL_INF_HI, &g->lo) ||
        !read_int(o, "hi", TL_INF_LO, TL_INF_HI, &g->hi) || g->lo > g->hi)
        return fail(r, "a return class has no valid 'lo' and 'hi'", fn);
    if (json_object_get(o, "ne")) {
        if (!read_int(o, "ne", TL_INF_LO, TL_INF_HI, &v))
            return fail(r, "a return class has an invalid 'ne'", fn);
        g->has_ne = true;
        g->ne = v;
    }
    json_t *effects = json_object_get(o, "effects");
    if (!json_is_array(effects))
        return fail(r, "a return class has no 'effects' array", fn);
    size_t n = json_array_size(effects);
    g->entries = tl_arena_alloc(&r->out->arena, sizeof *g->entries * (n + 1));
    g->nentries = g->cap = (int)n;
    for (size_t i = 0; i < n; i++)
        if (!read_effect(r, json_array_get(effects, i), &g->entries[i], fn))
            return false;
    if (tl_sum_group_repeats_path(g)) /* which of its effects would a caller take? */
        return fail(r, "a return class has two effects on the same path", fn);
    return true;
}

static tl_summary_file_status from_json(json_t *root, const json_error_t *jerr,
                                        tl_ext_summaries *out, char **why);

/* "uses": what a function uses ("a:f") or destroys ("da:f") through its
 * first parameter (absent: none). */
static bool read_uses(reader *r, json_t *o, const char *name, const char **out, int *n) {
    json_t *uses = json_object_get(o, "uses");
    *n = 0;
    if (!uses)
        return true;
    if (!json_is_array(uses) || json_array_size(uses) > TL_EXT_MAX_USES)
        return fail(r, "'uses' is not an array of at most 64 strings", name);
    for (size_t i = 0; i < json_array_size(uses); i++) {
        const char *u = json_string_value(json_array_get(uses, i));
        if (!u || (strncmp(u, "a:", 2) != 0 && strncmp(u, "da:", 3) != 0) || strlen(u) > 255)
            return fail(r, "an entry of 'uses' is not an \"a:\" or \"da:\" use", name);
        out[(*n)++] = u;
    }
    return true;
}

static bool read_function(reader *r, json_t *o) {
    if (!json_is_object(o))
        return fail(r, "an entry of 'functions' is not an object", NULL);
    const char *name = json_string_value(json_object_get(o, "name"));
    if (!name || !*name)
        return fail(r, "an entry of 'functions' has no 'name'", NULL);
    bool conflict = json_is_true(json_object_get(o, "conflict"));
    unsigned ends = (json_is_true(json_object_get(o, "never_returns")) ? TL_EXT_NEVER_RETURNS : 0) |
                    (json_is_true(json_object_get(o, "exits_thread")) ? TL_EXT_EXITS_THREAD : 0);
    if (conflict) {
        tl_ext_summaries_add_conflict(r->out, name);
        return true;
    }
    const char *uses[TL_EXT_MAX_USES];
    int nuses = 0;
    if (!read_uses(r, o, name, uses, &nuses))
        return false;
    if (json_is_true(json_object_get(o, "unknown"))) {
        tl_ext_summaries_add(r->out, name, NULL, ends);
        tl_ext_summaries_add_uses(r->out, name, uses, nuses);
        return true;
    }
    json_t *groups = json_object_get(o, "returns");
    if (!json_is_array(groups) || json_array_size(groups) > 1024)
        return fail(r, "no 'returns' array", name);
    tl_summary sum = {0};
    size_t n = json_array_size(groups);
    tl_sum_group *g = calloc(n + 1, sizeof *g);
    if (!g)
        abort();
    sum.groups = g;
    sum.ngroups = sum.cap = (int)n;
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++)
        ok = read_group(r, json_array_get(groups, i), &g[i], name);
    if (ok) {
        tl_ext_summaries_add(r->out, name, &sum, ends);
        tl_ext_summaries_add_uses(r->out, name, uses, nuses);
    }
    free(g);
    return ok;
}

/* Takes root (NULL: jansson's error is in jerr) and fills out, or leaves it empty. */
static tl_summary_file_status from_json(json_t *root, const json_error_t *jerr,
                                        tl_ext_summaries *out, char **why) {
    reader r = {.out = out};
    tl_summary_file_status status = TL_SUMMARY_FILE_OK;
    if (!root) {
        size_t n = strlen(jerr->text) + 64;
        r.why = malloc(n);
        if (!r.why)
            abort();
        snprintf(r.why, n, "line %d, column %d: %s", jerr->line, jerr->column, jerr->text);
        status = TL_SUMMARY_FILE_CORRUPT;
    } else if (!json_is_object(root) ||
               !json_is_string(json_object_get(root, "format")) ||
               strcmp(json_string_value(json_object_get(root, "format")), kFormatName) != 0) {
        fail(&r, "not a threadlint summaries file (no \"format\": \"threadlint-summaries\")", NULL);
        status = TL_SUMMARY_FILE_CORRUPT;
    } else if (json_integer_value(json_object_get(root, "version")) != TL_SUMMARY_FORMAT) {
        status = TL_SUMMARY_FILE_STALE;
    } else {
        json_t *funcs = json_object_get(root, "functions");
        if (!json_is_array(funcs)) {
            fail(&r, "no 'functions' array", NULL);
            status = TL_SUMMARY_FILE_CORRUPT;
        }
        for (size_t i = 0; status == TL_SUMMARY_FILE_OK && i < json_array_size(funcs); i++)
            if (!read_function(&r, json_array_get(funcs, i)))
                status = r.stale ? TL_SUMMARY_FILE_STALE : TL_SUMMARY_FILE_CORRUPT;
    }
    json_decref(root);
    if (status != TL_SUMMARY_FILE_OK) { /* nothing half-read is used */
        tl_ext_summaries_free(out);
        tl_ext_summaries_init(out);
    }
    if (status == TL_SUMMARY_FILE_CORRUPT)
        *why = r.why;
    else
        free(r.why);
    return status;
}

tl_summary_file_status tl_summary_file_read(const char *path, tl_ext_summaries *out, char **why) {
    *why = NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return TL_SUMMARY_FILE_MISSING;
    json_error_t jerr;
    json_t *root = json_loadf(f, JSON_REJECT_DUPLICATES, &jerr);
    fclose(f);
    return from_json(root, &jerr, out, why);
}

tl_summary_file_status tl_summary_file_parse(const char *data, size_t size,
                                             tl_ext_summaries *out, char **why) {
    *why = NULL;
    json_error_t jerr;
    json_t *root = json_loadb(data, size, JSON_REJECT_DUPLICATES, &jerr);
    return from_json(root, &jerr, out, why);
}
