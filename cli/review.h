/* review.h -- the review page as the CLI writes it, for 'review' and
 * 'report' (cmd_review.c). */
#ifndef GC_CLI_REVIEW_H
#define GC_CLI_REVIEW_H

#include "job.h"

/* Writes the review page of the job's reports (files[0..nfiles), read
 * again for their text; "-" is listed without text) to path, atomically.
 * Charts are rendered as SVG in a temporary folder unless the job says
 * --no-render.  Returns a CLI exit code, having printed the message:
 * CLI_EXIT_GNUPLOT when the page was written without charts because
 * gnuplot was missing or failed. */
int cli_review_write(const cli_job *j, char *const *files, int nfiles, const char *path);

#endif
