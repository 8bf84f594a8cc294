/* Reading .threadlint.yaml (config_file.h, docs/config.md).  A first pass
 * over libyaml's events bounds the nesting depth (libyaml's scanner slows
 * down quadratically with it); then libyaml loads the document, and the
 * walk below follows the fixed schema only, stopping at the first problem. */
#include "config_file.h"

#include <ctype.h>
#include <errno.h>
#include <regex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "module.h"

enum {
    MAX_CONFIG_BYTES = 16 * 1024 * 1024,
    MAX_NESTING = 32, /* the schema itself needs 4 levels */
};

typedef struct parse {
    yaml_document_t *doc;
    tl_config_file *out;
    tl_config_error *err;
} parse;

static bool fail_at(tl_config_error *err, size_t line, size_t col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static bool fail_at(tl_config_error *err, size_t line, size_t col, const char *fmt, ...) {
    err->line = (unsigned)line;
    err->col = (unsigned)col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return false;
}

/* libyaml marks count from 0. */
#define FAIL(p, node, ...) \
    fail_at((p)->err, (node)->start_mark.line + 1, (node)->start_mark.column + 1, __VA_ARGS__)

/* ---- scalars --------------------------------------------------------------- */

static bool is_plain(const yaml_node_t *n) {
    return n->type == YAML_SCALAR_NODE && n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
}

static const char *scalar(const yaml_node_t *n) { return (const char *)n->data.scalar.value; }

static bool plain_is(const yaml_node_t *n, const char *const *words) {
    if (!is_plain(n))
        return false;
    for (; *words; words++)
        if (strcmp(scalar(n), *words) == 0)
            return true;
    return false;
}

static bool is_null(const yaml_node_t *n) {
    static const char *const nulls[] = {"", "~", "null", "Null", "NULL", NULL};
    return plain_is(n, nulls);
}

/* "a list", "'text'": what a value is, for "must be X, not Y". */
static const char *describe(parse *p, const yaml_node_t *n) {
    if (n->type == YAML_SEQUENCE_NODE)
        return "a list";
    if (n->type == YAML_MAPPING_NODE)
        return "a mapping";
    if (is_null(n))
        return "null";
    const char *s = scalar(n);
    size_t len = strcspn(s, "\n");
    if (len > 40)
        return tl_arena_printf(&p->out->arena, "'%.37s...'", s);
    return tl_arena_printf(&p->out->arena, "'%.*s'", (int)len, s);
}

/* A string value: any non-null scalar without NUL bytes. */
static bool string_value(parse *p, const yaml_node_t *n, const char *what, const char **out) {
    if (n->type != YAML_SCALAR_NODE || is_null(n))
        return FAIL(p, n, "'%s' must be a string, not %s", what, describe(p, n));
    if (strlen(scalar(n)) != n->data.scalar.length)
        return FAIL(p, n, "'%s' contains a NUL character", what);
    *out = tl_arena_strdup(&p->out->arena, scalar(n));
    return true;
}

/* ---- mappings ---------------------------------------------------------------- */

/* Calls `field` for each key of a mapping, after rejecting non-string and
 * repeated keys. */
typedef bool (*field_fn)(parse *p, const char *key, yaml_node_t *key_node, yaml_node_t *value,
                         void *ud);

static bool each_field(parse *p, yaml_node_t *map, field_fn field, void *ud) {
    yaml_node_pair_t *begin = map->data.mapping.pairs.start;
    yaml_node_pair_t *end = map->data.mapping.pairs.top;
    for (yaml_node_pair_t *pair = begin; pair < end; pair++) {
        yaml_node_t *k = yaml_document_get_node(p->doc, pair->key);
        yaml_node_t *v = yaml_document_get_node(p->doc, pair->value);
        if (!k || !v)
            continue;
        if (k->type != YAML_SCALAR_NODE)
            return FAIL(p, k, "keys must be strings, not %s", describe(p, k));
        for (yaml_node_pair_t *prev = begin; prev < pair; prev++) {
            yaml_node_t *pk = yaml_document_get_node(p->doc, prev->key);
            if (pk && pk->type == YAML_SCALAR_NODE && strcmp(scalar(pk), scalar(k)) == 0)
                return FAIL(p, k, "duplicate key '%s'", scalar(k));
        }
        if (!field(p, scalar(k), k, v, ud))
            return false;
    }
    return true;
}

/* ---- wrappers ------------------------------------------------------------------ */

typedef struct wrapper_fields {
    yaml_node_t *name, *model, *args, *can_fail;
} wrapper_fields;

static bool wrapper_field(parse *p, const char *key, yaml_node_t *k, yaml_node_t *v, void *ud) {
    wrapper_fields *w = ud;
    if (strcmp(key, "name") == 0)
        w->name = v;
    else if (strcmp(key, "model") == 0)
        w->model = v;
    else if (strcmp(key, "args") == 0)
        w->args = v;
    else if (strcmp(key, "can-fail") == 0)
        w->can_fail = v;
    else
        return FAIL(p, k, "unknown wrapper key '%s' (expected name, model, args or can-fail)", key);
    return true;
}

static bool is_identifier(const char *s) {
    if (!(isalpha((unsigned char)*s) || *s == '_'))
        return false;
    for (; *s; s++)
        if (!(isalnum((unsigned char)*s) || *s == '_'))
            return false;
    return true;
}

/* One entry of `args`: a position, or null / -1 for "no such argument". */
static bool arg_position(parse *p, yaml_node_t *n, int *out) {
    if (n->type == YAML_SCALAR_NODE && is_null(n)) {
        *out = -1;
        return true;
    }
    const char *s = n->type == YAML_SCALAR_NODE ? scalar(n) : "";
    char *end = NULL;
    errno = 0;
    long v = is_plain(n) && *s ? strtol(s, &end, 10) : 0;
    if (!is_plain(n) || !*s || *end || errno == ERANGE || isspace((unsigned char)*s))
        return FAIL(p, n, "'args' entries must be argument positions (0, 1, ...) or null, not %s",
                    describe(p, n));
    if (v < -1)
        return FAIL(p, n, "argument position %ld is negative (use null where the wrapper has no "
                          "such argument)", v);
    if (v > TL_WRAPPER_MAX_POSITION)
        return FAIL(p, n, "argument position %ld is too large (at most %d)", v,
                    TL_WRAPPER_MAX_POSITION);
    *out = (int)v;
    return true;
}

static bool wrapper_args(parse *p, yaml_node_t *args, tl_wrapper *w, int arity) {
    if (!args) {
        if (arity < 0)
            return false; /* the caller reports it */
        w->nargs = arity;
        for (int i = 0; i < arity; i++)
            w->args[i] = i; /* same arguments, same order */
        return true;
    }
    if (args->type != YAML_SEQUENCE_NODE)
        return FAIL(p, args, "'args' must be a list of argument positions, not %s",
                    describe(p, args));
    yaml_node_item_t *begin = args->data.sequence.items.start;
    long n = (long)(args->data.sequence.items.top - begin);
    if (arity >= 0 && n != arity)
        return FAIL(p, args, "'args' has %ld entr%s but '%s' takes %d argument%s", n,
                    n == 1 ? "y" : "ies", w->model, arity, arity == 1 ? "" : "s");
    if (n > TL_WRAPPER_MAX_ARGS)
        return FAIL(p, args, "'args' has %ld entries; no modelled function takes more than %d", n,
                    TL_WRAPPER_MAX_ARGS);
    w->nargs = (int)n;
    for (long i = 0; i < n; i++) {
        yaml_node_t *item = yaml_document_get_node(p->doc, begin[i]);
        if (item && !arg_position(p, item, &w->args[i]))
            return false;
    }
    return true;
}

static bool wrapper_can_fail(parse *p, yaml_node_t *n, bool *out) {
    static const char *const yes[] = {"true", "True", "TRUE", NULL};
    static const char *const no[] = {"false", "False", "FALSE", NULL};
    if (!n)
        return true; /* default: it returns the model's status */
    if (plain_is(n, yes) || plain_is(n, no)) {
        *out = plain_is(n, yes);
        return true;
    }
    return FAIL(p, n, "'can-fail' must be true or false, not %s", describe(p, n));
}

static bool wrapper(parse *p, yaml_node_t *entry, tl_wrapper *w) {
    if (entry->type != YAML_MAPPING_NODE)
        return FAIL(p, entry, "each wrapper must be a mapping such as {name: ..., model: ...}, "
                              "not %s", describe(p, entry));
    wrapper_fields f = {0};
    if (!each_field(p, entry, wrapper_field, &f))
        return false;
    if (!f.name)
        return FAIL(p, entry, "wrapper without a 'name'");
    if (!string_value(p, f.name, "name", &w->name))
        return false;
    if (!is_identifier(w->name))
        return FAIL(p, f.name, "wrapper name '%s' is not a C identifier", w->name);
    if (tl_module_for_api(w->name) > 0)
        return FAIL(p, f.name, "'%s' is a modelled function itself, not a wrapper", w->name);
    if (!f.model)
        return FAIL(p, entry, "wrapper '%s' has no 'model'", w->name);
    if (!string_value(p, f.model, "model", &w->model))
        return false;
    if (tl_module_for_api(w->model) <= 0)
        return FAIL(p, f.model, "'%s' is not a function threadlint models", w->model);
    int arity = tl_api_arity(w->model);
    if (!f.args && arity < 0)
        return FAIL(p, entry, "wrapper '%s' needs 'args': the arity of '%s' is unknown", w->name,
                    w->model);
    w->can_fail = true;
    return wrapper_args(p, f.args, w, arity) && wrapper_can_fail(p, f.can_fail, &w->can_fail);
}

static bool wrappers(parse *p, yaml_node_t *list) {
    if (is_null(list))
        return true;
    if (list->type != YAML_SEQUENCE_NODE)
        return FAIL(p, list, "'wrappers' must be a list, not %s", describe(p, list));
    yaml_node_item_t *begin = list->data.sequence.items.start;
    long n = (long)(list->data.sequence.items.top - begin);
    tl_wrapper *ws = tl_arena_alloc(&p->out->arena, sizeof *ws * (size_t)(n + 1));
    yaml_node_t **name_nodes = tl_arena_alloc(&p->out->arena, sizeof *name_nodes * (size_t)(n + 1));
    for (long i = 0; i < n; i++) {
        yaml_node_t *entry = yaml_document_get_node(p->doc, begin[i]);
        if (!entry)
            continue;
        if (!wrapper(p, entry, &ws[i]))
            return false;
        name_nodes[i] = entry;
        for (long j = 0; j < i; j++)
            if (strcmp(ws[j].name, ws[i].name) == 0)
                return FAIL(p, entry, "duplicate wrapper '%s' (first declared at line %zu)",
                            ws[i].name, name_nodes[j]->start_mark.line + 1);
    }
    p->out->wrappers = ws;
    p->out->nwrappers = (int)n;
    return true;
}

/* ---- the top level ----------------------------------------------------------------- */

static bool top_field(parse *p, const char *key, yaml_node_t *k, yaml_node_t *v, void *ud) {
    (void)ud;
    if (strcmp(key, "checks") == 0) {
        if (is_null(v))
            return true;
        const char *globs, *bad = NULL;
        if (!string_value(p, v, "checks", &globs))
            return false;
        tl_config scratch;
        tl_config_default(&scratch);
        if (!tl_config_apply_checks(&scratch, globs, &bad))
            return FAIL(p, v, "'checks': '%.*s' matches no rule", (int)strcspn(bad, ","), bad);
        p->out->checks = globs;
        return true;
    }
    if (strcmp(key, "header-filter") == 0) {
        if (is_null(v))
            return true;
        const char *re_text;
        if (!string_value(p, v, "header-filter", &re_text))
            return false;
        const char *problem = tl_header_filter_problem(re_text);
        if (problem)
            return FAIL(p, v, "'header-filter': bad regular expression '%s': %s", re_text, problem);
        regex_t re;
        int rc = regcomp(&re, re_text, REG_EXTENDED | REG_NOSUB);
        if (rc != 0) {
            char why[200];
            regerror(rc, &re, why, sizeof why);
            return FAIL(p, v, "'header-filter': bad regular expression '%s': %s", re_text, why);
        }
        regfree(&re);
        p->out->header_filter = re_text;
        return true;
    }
    if (strcmp(key, "wrappers") == 0)
        return wrappers(p, v);
    return FAIL(p, k, "unknown key '%s' (expected checks, header-filter or wrappers)", key);
}

static bool document(parse *p, yaml_node_t *root) {
    if (is_null(root))
        return true; /* an empty document sets nothing */
    if (root->type != YAML_MAPPING_NODE)
        return FAIL(p, root, "the top level must be a mapping (checks:, header-filter:, "
                             "wrappers:), not %s", describe(p, root));
    return each_field(p, root, top_field, NULL);
}

/* Reader errors carry a byte offset, not a line. */
static void offset_to_line_col(const char *text, size_t len, size_t offset, size_t *line,
                               size_t *col) {
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < offset && i < len; i++) {
        if (text[i] == '\n') {
            ++*line;
            *col = 1;
        } else {
            ++*col;
        }
    }
}

static bool syntax_error(const yaml_parser_t *y, const char *text, size_t len,
                         tl_config_error *err) {
    if (y->error == YAML_MEMORY_ERROR)
        return fail_at(err, 0, 0, "out of memory");
    const char *problem = y->problem ? y->problem : "unknown error";
    if (y->error == YAML_READER_ERROR) {
        size_t line, col;
        offset_to_line_col(text, len, y->problem_offset, &line, &col);
        return fail_at(err, line, col, "invalid YAML: %s", problem);
    }
    size_t line = y->problem_mark.line + 1, col = y->problem_mark.column + 1;
    if (y->context)
        return fail_at(err, line, col, "invalid YAML: %s (%s)", problem, y->context);
    return fail_at(err, line, col, "invalid YAML: %s", problem);
}

/* Syntax errors and nesting beyond MAX_NESTING, found by streaming the
 * events: the scanner stops at the first level too deep. */
static bool check_events(const char *text, size_t len, tl_config_error *err) {
    yaml_parser_t y;
    if (!yaml_parser_initialize(&y))
        return fail_at(err, 0, 0, "out of memory");
    yaml_parser_set_input_string(&y, (const unsigned char *)text, len);
    bool ok = true, done = false;
    for (int depth = 0; ok && !done;) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&y, &ev)) {
            ok = syntax_error(&y, text, len, err);
            break;
        }
        if (ev.type == YAML_SEQUENCE_START_EVENT || ev.type == YAML_MAPPING_START_EVENT) {
            if (++depth > MAX_NESTING)
                ok = fail_at(err, ev.start_mark.line + 1, ev.start_mark.column + 1,
                             "nested deeper than %d levels", MAX_NESTING);
        } else if (ev.type == YAML_SEQUENCE_END_EVENT || ev.type == YAML_MAPPING_END_EVENT) {
            depth--;
        }
        done = ev.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&ev);
    }
    yaml_parser_delete(&y);
    return ok;
}

bool tl_config_file_parse(const char *path, const char *text, size_t len, tl_config_file *out,
                          tl_config_error *err) {
    memset(out, 0, sizeof *out);
    memset(err, 0, sizeof *err);
    if (!check_events(text, len, err))
        return false;
    tl_arena_init(&out->arena);
    out->path = tl_arena_strdup(&out->arena, path);
    yaml_parser_t y;
    if (!yaml_parser_initialize(&y)) {
        tl_arena_free(&out->arena);
        return fail_at(err, 0, 0, "out of memory");
    }
    yaml_parser_set_input_string(&y, (const unsigned char *)text, len);
    parse p = {.out = out, .err = err};
    yaml_document_t doc;
    bool ok = yaml_parser_load(&y, &doc);
    if (!ok) {
        syntax_error(&y, text, len, err);
    } else {
        p.doc = &doc;
        yaml_node_t *root = yaml_document_get_root_node(&doc);
        ok = !root || document(&p, root);
        yaml_document_delete(&doc);
        if (ok && root) { /* a stream may hold more documents: one is all we read */
            ok = yaml_parser_load(&y, &doc);
            if (!ok) {
                syntax_error(&y, text, len, err);
            } else {
                yaml_node_t *next = yaml_document_get_root_node(&doc);
                if (next)
                    ok = fail_at(err, next->start_mark.line + 1, next->start_mark.column + 1,
                                 "more than one YAML document");
                yaml_document_delete(&doc);
            }
        }
    }
    yaml_parser_delete(&y);
    if (!ok)
        tl_config_file_free(out);
    return ok;
}

/* The whole file, NUL-terminated, or NULL with errno set (EFBIG: too large). */
static char *read_all(FILE *f, size_t *len) {
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n - 1, f);
        if (ferror(f))
            break;
        if (n > MAX_CONFIG_BYTES) {
            free(buf);
            errno = EFBIG;
            return NULL;
        }
        if (n < cap - 1) { /* end of file */
            buf[n] = '\0';
            *len = n;
            return buf;
        }
        char *bigger = realloc(buf, cap * 2);
        if (!bigger)
            break;
        buf = bigger;
        cap *= 2;
    }
    int saved = errno ? errno : ENOMEM;
    free(buf);
    errno = saved;
    return NULL;
}

bool tl_config_file_load(const char *path, tl_config_file *out, tl_config_error *err) {
    memset(out, 0, sizeof *out);
    memset(err, 0, sizeof *err);
    FILE *f = fopen(path, "rb");
    if (!f)
        return fail_at(err, 0, 0, "cannot read the file: %s", strerror(errno));
    errno = 0;
    size_t len = 0;
    char *text = read_all(f, &len);
    int saved = errno;
    fclose(f);
    if (!text && saved == EFBIG)
        return fail_at(err, 0, 0, "the file is larger than %d MiB", MAX_CONFIG_BYTES >> 20);
    if (!text)
        return fail_at(err, 0, 0, "cannot read the file: %s", strerror(saved));
    bool ok = tl_config_file_parse(path, text, len, out, err);
    free(text);
    return ok;
}

void tl_config_file_free(tl_config_file *cf) {
    tl_arena_free(&cf->arena);
    memset(cf, 0, sizeof *cf);
}

void tl_config_error_format(const char *path, const tl_config_error *err, char *buf, size_t n) {
    if (err->line)
        snprintf(buf, n, "%s:%u:%u: error: %s", path, err->line, err->col, err->msg);
    else
        snprintf(buf, n, "%s: error: %s", path, err->msg);
}

void tl_config_file_apply(const tl_config_file *cf, tl_config *cfg) {
    if (cf->checks) {
        const char *bad;
        tl_config_apply_checks(cfg, cf->checks, &bad); /* checked when it was read */
    }
    cfg->wrappers = cf->wrappers;
    cfg->nwrappers = cf->nwrappers;
}

/* The end of the bracket expression starting at s[0] == '[' (at its ']'),
 * or at the string's end when it has none. */
static const char *bracket_end(const char *s) {
    const char *p = s + 1;
    if (*p == '^')
        p++;
    if (*p == ']') /* a leading ']' is a member */
        p++;
    while (*p && *p != ']') {
        if (p[0] == '[' && (p[1] == ':' || p[1] == '.' || p[1] == '=')) {
            const char *close = strchr(p + 2, p[1]);
            while (close && close[1] != ']')
                close = strchr(close + 1, p[1]);
            p = close ? close + 2 : p + 1;
        } else {
            p++;
        }
    }
    return p;
}

/* glibc's regcomp copies a group once per repetition it allows, so a
 * filter's cost is its atoms multiplied through the nested counts, and its
 * epsilon closures grow with their square; past these limits it is
 * refused before regcomp sees it (fuzz_config found
 * `((((a{1000}){1000}){1000}){1000})` taking 1.8 GB, and
 * `(((){100}){0100},)`, about 10,000 nodes, taking 8 s and 1.5 GB;
 * 2000 nodes take 0.35 s and 65 MB). */
enum { ERE_MAX_GROUP_DEPTH = 64 };
#define ERE_MAX_ATOMS 2000.0

typedef struct ere_scan {
    const char *p;
    int depth;
    bool too_deep;
} ere_scan;

/* The largest count `{m}`, `{m,}` or `{m,n}` at p allows (p at '{'), and
 * where it ends (at '}'), or 0 when it is not a count. */
static double repeat_count(const char *p, const char **end) {
    double m = 0, n = -1;
    const char *q = p + 1;
    for (; *q >= '0' && *q <= '9'; q++)
        m = m * 10 + (*q - '0');
    if (*q == ',') {
        q++;
        if (*q >= '0' && *q <= '9')
            for (n = 0; *q >= '0' && *q <= '9'; q++)
                n = n * 10 + (*q - '0');
        else
            n = m + 1; /* `{m,}`: m copies and a star */
    }
    if (*q != '}')
        return 0;
    *end = q;
    return n > m ? n : m;
}

/* The atoms a sequence of pieces expands to, up to an unmatched ')' or
 * the end; repetitions multiply what they repeat. */
static double ere_size(ere_scan *s) {
    double total = 0, last = 0;
    while (*s->p && !s->too_deep) {
        char c = *s->p;
        if (c == ')' && s->depth > 0)
            return total;
        if (c == '(') {
            if (++s->depth > ERE_MAX_GROUP_DEPTH) {
                s->too_deep = true;
                return total;
            }
            s->p++;
            last = ere_size(s) + 1; /* the group is a node too: `(){100}` costs */
            s->depth--;
            total += last;
            if (*s->p == ')')
                s->p++;
            continue;
        }
        if (c == '{' && s->p[1] >= '0' && s->p[1] <= '9') {
            const char *end = NULL;
            double count = repeat_count(s->p, &end);
            if (end) {
                double copies = count > 1 ? count : 1;
                total += last * (copies - 1);
                last *= copies;
                s->p = end + 1;
                continue;
            }
        }
        if (c == '*' || c == '+' || c == '?') {
            total += last; /* `x+` is built as `xx*` */
        } else if (c == '|') {
            last = 0;
        } else {
            if (c == '\\' && s->p[1])
                s->p++;
            else if (c == '[') {
                const char *close = bracket_end(s->p);
                s->p = *close ? close : close - 1; /* unclosed: regcomp's error */
            }
            last = 1;
            total += 1;
        }
        if (total > ERE_MAX_ATOMS)
            return total;
        s->p++;
    }
    return total;
}

/* Repetition operators right after one another: POSIX leaves them
 * undefined and glibc expands a run of them without bound. */
static bool has_chained_repeats(const char *ere) {
    bool after_repeat = false;
    for (const char *p = ere; *p; p++) {
        bool repeat = false;
        if (*p == '\\') {
            if (!*++p)
                break;
        } else if (*p == '[') {
            p = bracket_end(p);
            if (!*p)
                break;
        } else if (*p == '*' || *p == '+' || *p == '?') {
            repeat = true;
        } else if (*p == '{' && p[1] >= '0' && p[1] <= '9') {
            const char *close = strchr(p, '}');
            if (!close)
                break; /* regcomp's own error */
            p = close;
            repeat = true;
        }
        if (repeat && after_repeat)
            return true;
        after_repeat = repeat;
    }
    return false;
}

const char *tl_header_filter_problem(const char *ere) {
    if (has_chained_repeats(ere))
        return "repetition operators one after another (such as '++' or '*{2}'); "
               "group the first in parentheses";
    ere_scan s = {.p = ere, .depth = 0, .too_deep = false};
    double atoms = ere_size(&s); /* at the top, a ')' is an atom */
    if (s.too_deep)
        return "groups nested too deeply; simplify it";
    if (atoms > ERE_MAX_ATOMS)
        return "it would expand too far (large or nested repetitions); simplify it";
    return NULL;
}
