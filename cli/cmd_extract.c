/* cmd_extract.c -- TEMPORARY placeholder for 'growthcheck extract'; replaced by its
 * implementation. */
#include "cli.h"
int cmd_extract(int argc, char **argv)
{
    (void)argc;
    cli_error(NULL, 0, "%s: not implemented yet", argv[0]);
    return CLI_EXIT_USAGE;
}
