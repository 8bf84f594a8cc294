/* Fuzz target: the compile-database reader (tools/jobs/compdb.c), which
 * checks compile_commands.json before libclang reads it, then picks each
 * file's entry.  The input is written as the database of a scratch build
 * directory. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compdb.h"
#include "paths.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One scratch directory per process, made on first use. */
static const char *scratch_dir(void) {
    static char dir[] = "/tmp/threadlint-fuzz-compdb-XXXXXX";
    static const char *made;
    if (!made)
        made = mkdtemp(dir);
    return made;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *dir = scratch_dir();
    if (!dir)
        return 0;
    char *db = tl_path_join(dir, "compile_commands.json");
    FILE *f = fopen(db, "wb");
    if (!f) {
        free(db);
        return 0;
    }
    fwrite(data, 1, size, f);
    fclose(f);

    tl_strv none = {0}, named = {0}, extra = {0};
    tl_strv_push(&named, "a.c");
    tl_strv_push(&extra, "-DFUZZ=1");
    tl_job_list jobs = {0};
    long entries;
    tl_jobs_from_database(dir, &none, &extra, &jobs, &entries);
    tl_jobs_from_database(dir, &named, &extra, &jobs, &entries);
    char *source = tl_path_join(dir, "a.c");
    tl_job_from_database_for(dir, source, &jobs);
    free(source);
    tl_jobs_free(&jobs);
    tl_strv_free(&none);
    tl_strv_free(&named);
    tl_strv_free(&extra);
    remove(db);
    free(db);
    return 0;
}
