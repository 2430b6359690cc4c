/* cmd_check.c -- TEMPORARY placeholder for 'growthcheck check'; replaced by its
 * implementation. */
#include "cli.h"
int cmd_check(int argc, char **argv)
{
    (void)argc;
    cli_error(NULL, 0, "%s: not implemented yet", argv[0]);
    return CLI_EXIT_USAGE;
}
