/* Configuration: defaults and clang-tidy style `--checks` glob lists. */
#include "analyze.h"

#include <ctype.h>
#include <string.h>

void tl_config_default(tl_config *cfg) {
    for (int r = 0; r < TL_RULE_COUNT; r++)
        cfg->enabled[r] = true;
    cfg->budget.states_per_block = 64;
    cfg->budget.steps = 200000;
    cfg->budget.summary_depth = 3;
    cfg->wrappers = NULL;
    cfg->nwrappers = 0;
    cfg->external = NULL;
}

/* Matches glob[0, glen) against the whole name; `*` is the only wildcard.
 * Greedy with one backtrack point, which is enough for `*` alone. */
static bool glob_match_n(const char *glob, size_t glen, const char *name) {
    size_t g = 0;
    const char *n = name;
    size_t star_g = (size_t)-1;
    const char *star_n = NULL;
    while (*n) {
        if (g < glen && glob[g] == '*') {
            star_g = ++g;
            star_n = n;
        } else if (g < glen && glob[g] == *n) {
            g++;
            n++;
        } else if (star_n) {
            g = star_g;
            n = ++star_n;
        } else {
            return false;
        }
    }
    while (g < glen && glob[g] == '*')
        g++;
    return g == glen;
}

bool tl_glob_match(const char *glob, const char *name) {
    return glob_match_n(glob, strlen(glob), name);
}

/* Each entry is a glob, optionally prefixed by `-` to disable; entries are
 * applied left to right so later ones win.  On error *bad points at the
 * offending entry inside `globs` (it ends at the next ',' or the end), and
 * cfg is left untouched. */
bool tl_config_apply_checks(tl_config *cfg, const char *globs, const char **bad) {
    tl_config next = *cfg;
    const char *p = globs ? globs : "";
    while (*p) {
        while (*p == ',' || isspace((unsigned char)*p))
            p++;
        if (!*p)
            break;
        const char *entry = p;
        size_t len = strcspn(p, ",");
        p += len;
        while (len > 0 && isspace((unsigned char)entry[len - 1]))
            len--;
        const char *glob = entry;
        bool enable = true;
        if (*glob == '-') {
            enable = false;
            glob++;
            len--;
            while (len > 0 && isspace((unsigned char)*glob)) {
                glob++;
                len--;
            }
        }
        bool matched = false;
        for (int r = 0; len > 0 && r < TL_RULE_COUNT; r++) {
            if (glob_match_n(glob, len, tl_rule_name((tl_rule_id)r))) {
                next.enabled[r] = enable;
                matched = true;
            }
        }
        if (!matched) {
            if (bad)
                *bad = entry;
            return false;
        }
    }
    *cfg = next;
    return true;
}
