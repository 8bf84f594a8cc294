/* The settings each input file is analysed with: built-in defaults, then
 * the nearest .threadlint.yaml above the file (or --config-file), then the
 * command line's --checks and --header-filter.  Files that share a config
 * file share one set of settings, and each directory is looked up once. */
#ifndef THREADLINT_CONFIG_LOOKUP_H
#define THREADLINT_CONFIG_LOOKUP_H

#include <regex.h>
#include <stdbool.h>
#include <stdio.h>

#include "analyze.h"
#include "config_file.h"

/* One set of settings. */
typedef struct tl_settings {
    tl_config cfg;
    regex_t header_filter;
    bool has_header_filter;
    bool ok; /* false: its config file is malformed, and files using it fail */
    tl_config_file file; /* empty for the settings without a config file */
} tl_settings;

typedef struct tl_config_lookup {
    const char *cli_checks;        /* already validated */
    const char *cli_header_filter; /* already validated */
    bool explicit_file;            /* --config-file: no search */
    tl_settings **settings;        /* [0]: no config file, or --config-file's */
    char **config_paths;           /* per settings entry; NULL for [0] without a file */
    int nsettings, settings_cap;
    char **dirs;                   /* directory -> settings index */
    int *dir_settings;
    int ndirs, dirs_cap;
} tl_config_lookup;

/* Starts a lookup.  With `config_file`, every input uses that file; a
 * malformed one is reported on `err` ("PATH:LINE:COL: error: ...") and
 * makes this return false. */
bool tl_config_lookup_init(tl_config_lookup *l, const char *cli_checks,
                           const char *cli_header_filter, const char *config_file, FILE *err);
/* The settings for a source file (an absolute path), loading the config
 * file that governs it if need be; a malformed one is reported on `err`
 * the first time it is met. */
const tl_settings *tl_config_lookup_for(tl_config_lookup *l, const char *source, FILE *err);
void tl_config_lookup_free(tl_config_lookup *l);

#endif
