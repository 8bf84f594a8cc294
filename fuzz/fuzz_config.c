/* Fuzz target: the .threadlint.yaml reader (config/), on any bytes, and
 * what a face then does with a file it accepted. */
#include <stdint.h>
#include <stdio.h>

#include "config_file.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    tl_config_file cf;
    tl_config_error err;
    if (!tl_config_file_parse(".threadlint.yaml", (const char *)data, size, &cf, &err)) {
        char msg[600];
        tl_config_error_format(".threadlint.yaml", &err, msg, sizeof msg);
        return 0;
    }
    tl_config cfg;
    tl_config_default(&cfg);
    tl_config_file_apply(&cf, &cfg);
    tl_config_file_free(&cf);
    return 0;
}
