/* cmd_plot.c -- TEMPORARY placeholder for 'growthcheck plot'; replaced by its
 * implementation. */
#include "cli.h"
int cmd_plot(int argc, char **argv)
{
    (void)argc;
    cli_error(NULL, 0, "%s: not implemented yet", argv[0]);
    return CLI_EXIT_USAGE;
}
