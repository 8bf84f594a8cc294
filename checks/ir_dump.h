/* A stable, readable text form of the IR, for `threadlint --dump-ir` and
 * golden tests.  The format is described in ir_dump.c. */
#ifndef THREADLINT_IR_DUMP_H
#define THREADLINT_IR_DUMP_H

#include <stdio.h>

#include "ir.h"

void tl_ir_dump(const tl_tu *tu, FILE *out);

#endif
