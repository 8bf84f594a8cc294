#include "config_lookup.h"

#include <stdlib.h>
#include <string.h>

#include "strv.h"

/* Adds the settings for `config_path` (NULL: no file); returns its index. */
static int add_settings(tl_config_lookup *l, const char *config_path, FILE *err) {
    tl_settings *s = tl_xmalloc(sizeof *s);
    memset(s, 0, sizeof *s);
    tl_config_default(&s->cfg);
    s->ok = true;
    if (config_path) {
        tl_config_error e;
        if (tl_config_file_load(config_path, &s->file, &e)) {
            tl_config_file_apply(&s->file, &s->cfg);
        } else {
            char line[1024 + sizeof e.msg];
            tl_config_error_format(config_path, &e, line, sizeof line);
            fprintf(err, "%s\n", line);
            s->ok = false;
        }
    }
    const char *bad;
    if (l->cli_checks) /* the command line has the last word */
        tl_config_apply_checks(&s->cfg, l->cli_checks, &bad);
    const char *filter = l->cli_header_filter ? l->cli_header_filter : s->file.header_filter;
    if (filter)
        s->has_header_filter =
            regcomp(&s->header_filter, filter, REG_EXTENDED | REG_NOSUB) == 0; /* checked before */
    if (l->nsettings == l->settings_cap) {
        l->settings_cap = l->settings_cap ? l->settings_cap * 2 : 8;
        l->settings = tl_xrealloc(l->settings, sizeof *l->settings * (size_t)l->settings_cap);
        l->config_paths =
            tl_xrealloc(l->config_paths, sizeof *l->config_paths * (size_t)l->settings_cap);
    }
    l->settings[l->nsettings] = s;
    l->config_paths[l->nsettings] = config_path ? tl_xstrdup(config_path) : NULL;
    return l->nsettings++;
}

bool tl_config_lookup_init(tl_config_lookup *l, const char *cli_checks,
                           const char *cli_header_filter, const char *config_file, FILE *err) {
    memset(l, 0, sizeof *l);
    l->cli_checks = cli_checks;
    l->cli_header_filter = cli_header_filter;
    l->explicit_file = config_file != NULL;
    int first = add_settings(l, config_file, err);
    return l->settings[first]->ok;
}

static int settings_for_config(tl_config_lookup *l, const char *config_path, FILE *err) {
    for (int i = 1; i < l->nsettings; i++)
        if (strcmp(l->config_paths[i], config_path) == 0)
            return i;
    return add_settings(l, config_path, err);
}

static int settings_for_dir(tl_config_lookup *l, const char *dir, FILE *err) {
    for (int i = 0; i < l->ndirs; i++)
        if (strcmp(l->dirs[i], dir) == 0)
            return l->dir_settings[i];
    char *config_path = tl_config_file_find(dir);
    int index = config_path ? settings_for_config(l, config_path, err) : 0;
    free(config_path);
    if (l->ndirs == l->dirs_cap) {
        l->dirs_cap = l->dirs_cap ? l->dirs_cap * 2 : 16;
        l->dirs = tl_xrealloc(l->dirs, sizeof *l->dirs * (size_t)l->dirs_cap);
        l->dir_settings = tl_xrealloc(l->dir_settings, sizeof *l->dir_settings * (size_t)l->dirs_cap);
    }
    l->dirs[l->ndirs] = tl_xstrdup(dir);
    l->dir_settings[l->ndirs++] = index;
    return index;
}

const tl_settings *tl_config_lookup_for(tl_config_lookup *l, const char *source, FILE *err) {
    if (l->explicit_file)
        return l->settings[0];
    const char *slash = strrchr(source, '/');
    if (!slash)
        return l->settings[0]; /* not absolute: nothing to walk up from */
    size_t n = slash == source ? 1 : (size_t)(slash - source); /* "/x.c" lives in "/" */
    char *dir = tl_xmalloc(n + 1);
    memcpy(dir, source, n);
    dir[n] = '\0';
    int index = settings_for_dir(l, dir, err);
    free(dir);
    return l->settings[index];
}

void tl_config_lookup_free(tl_config_lookup *l) {
    for (int i = 0; i < l->nsettings; i++) {
        tl_settings *s = l->settings[i];
        if (s->has_header_filter)
            regfree(&s->header_filter);
        tl_config_file_free(&s->file);
        free(s);
        free(l->config_paths[i]);
    }
    for (int i = 0; i < l->ndirs; i++)
        free(l->dirs[i]);
    free(l->settings);
    free(l->config_paths);
    free(l->dirs);
    free(l->dir_settings);
    memset(l, 0, sizeof *l);
}
