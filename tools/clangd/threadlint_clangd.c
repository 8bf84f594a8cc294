/* threadlint-clangd: clangd with threadlint's findings.  An editor runs it
 * in clangd's place; it runs clangd, relays the LSP traffic, and adds the
 * findings of an analysis worker (this program again, --analysis-worker)
 * to clangd's diagnostics and code actions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis_worker.h"
#include "child_process.h"
#include "clangd_options.h"
#include "lsp_proxy.h"
#include "lsp_rule_docs.h"
#include "strv.h"
#include "version.h"

#define STRINGIFY2(x) #x
#define STRINGIFY(x) STRINGIFY2(x)

/* --clangd=, else clangd-<our LLVM major>, else clangd, on PATH. */
static char *find_clangd(const char *option) {
    if (option)
        return tl_find_program(option);
    char *found = tl_find_program("clangd-" STRINGIFY(THREADLINT_LLVM_MAJOR));
    return found ? found : tl_find_program("clangd");
}

static int print_version(const char *clangd) {
    printf("threadlint-clangd %s (threadlint %s, LLVM %d)\n", THREADLINT_VERSION,
           THREADLINT_VERSION, THREADLINT_LLVM_MAJOR);
    fflush(stdout);
    if (!clangd) {
        fputs("threadlint-clangd: error: clangd not found\n", stderr);
        return 1;
    }
    char *argv[] = {(char *)clangd, "--version", NULL};
    int wstatus = tl_run_program(argv);
    if (wstatus < 0) {
        perror("threadlint-clangd: error: cannot run clangd");
        return 1;
    }
    return tl_wait_status_code(wstatus);
}

/* The worker: ourselves (or --threadlint-worker) with the settings that
 * concern the analysis. */
static void worker_argv(const tl_clangd_options *o, const char *self, tl_strv *argv) {
    tl_strv_push(argv, o->worker ? o->worker : self);
    tl_strv_push(argv, "--analysis-worker");
    if (o->checks) {
        char *a = tl_xmalloc(strlen(o->checks) + 32);
        sprintf(a, "--threadlint-checks=%s", o->checks);
        tl_strv_push(argv, a);
        free(a);
    }
    if (o->config_file) {
        char *a = tl_xmalloc(strlen(o->config_file) + 32);
        sprintf(a, "--threadlint-config-file=%s", o->config_file);
        tl_strv_push(argv, a);
        free(a);
    }
}

static int run_proxy(const tl_clangd_options *o, const char *clangd, const char *argv0) {
    char *self = tl_self_path(argv0);
    if (!self && !o->worker) {
        fputs("threadlint-clangd: error: cannot find this program to start its worker\n", stderr);
        return 2;
    }
    tl_strv clangd_argv = {0}, worker = {0};
    tl_strv_push(&clangd_argv, clangd);
    for (int i = 0; i < o->clangd_args.n; i++)
        tl_strv_push(&clangd_argv, o->clangd_args.v[i]);
    worker_argv(o, self, &worker);
    char *docs_base = tl_rule_docs_base(o->docs, self);
    tl_proxy_setup setup = {o, clangd_argv.v, worker.v, docs_base};
    int status = tl_proxy_run(&setup);
    free(docs_base);
    tl_strv_free(&worker);
    tl_strv_free(&clangd_argv);
    free(self);
    return status;
}

int main(int argc, char **argv) {
    tl_clangd_options o;
    tl_clangd_action action = tl_clangd_parse(argc, argv, &o);
    int status = 0;
    if (action == TL_CLANGD_USAGE_ERROR) {
        status = 2;
    } else if (action == TL_CLANGD_HELP) {
        tl_clangd_print_help();
    } else if (o.analysis_worker) {
        tl_worker_settings ws = {o.checks, o.config_file};
        status = tl_analysis_worker_main(&ws);
    } else {
        char *clangd = find_clangd(o.clangd);
        if (action == TL_CLANGD_VERSION) {
            status = print_version(clangd);
        } else if (!clangd) {
            fprintf(stderr, "threadlint-clangd: error: %s; name one with --clangd=<path>\n",
                    o.clangd ? "the --clangd program is not executable"
                             : "clangd not found on PATH");
            status = 2;
        } else {
            status = run_proxy(&o, clangd, argv[0]);
        }
        free(clangd);
    }
    tl_clangd_options_free(&o);
    return status;
}
