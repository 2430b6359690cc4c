/* cmd_cagr.c -- TEMPORARY placeholder for 'growthcheck cagr'; replaced by its
 * implementation. */
#include "cli.h"
int cmd_cagr(int argc, char **argv)
{
    (void)argc;
    cli_error(NULL, 0, "%s: not implemented yet", argv[0]);
    return CLI_EXIT_USAGE;
}
