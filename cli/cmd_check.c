/* cmd_check.c -- 'growthcheck check': read reports (and an official
 * series), check every stated growth figure, print the findings as a table,
 * JSON or CSV. */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../analysis/analysis.h"
#include "job.h"
#include "output.h"

static const char help_text[] =
    "Usage: growthcheck check [OPTIONS] REPORT...\n"
    "Check each stated growth rate of the reports against their own figures (and\n"
    "an official series), allowing for the rounding of printed numbers.\n"
    "\n"
    "Options:\n"
    "  --series FILE        official figures: CSV indicator,year,value,unit[,basis] or\n"
    "                       the same as a JSON array; basis is current or comparable.\n"
    "                       Stated levels and rates are also checked against it\n"
    "  --format F           table (default on a terminal), json (default otherwise), csv\n"
    "  --lang L             auto (default: the language of most claims), zh or en:\n"
    "                       the language of the explanations\n"
    "  --rounding MODE      half-up (default): 7.6% stands for [7.55, 7.65];\n"
    "                       truncate: 7.6% stands for [7.6, 7.7]\n"
    "  --gross-pp X         a gap above X percentage points is gross (default 0.5)\n"
    "  --indicators FILE    the indicator table to use instead of the built-in one\n"
    "                       (TAB-separated: name, english, comparable|current,\n"
    "                       aliases separated by |, optional role)\n"
    "  --encoding NAME      input encoding: auto (default: UTF-8, else GB18030), or an\n"
    "                       iconv name such as gbk\n"
    "  --report-year Y      the year the report is written for (default: from the text)\n"
    "  -j, --jobs N         read up to N reports at once (default: the\n"
    "                       number of processors)\n"
    "  -h, --help           show this help\n"
    "\n"
    "Formulas (n = B - A: the base year is never counted):\n"
    "  level method (水平法)    r = (V_B / V_A)^(1/n) - 1\n"
    "  cumulative (累计法)      x + x^2 + ... + x^n = (V_A+1 + ... + V_B) / V_A, x = 1 + r\n"
    "  total change c          (1 + c)^(1/n) - 1;   multiple m: m^(1/n) - 1\n"
    "  implied deflator        (1 + r_nominal) / (1 + r_real) - 1, plausible within\n"
    "                          3 points of China's GDP deflator over the same years\n"
    "                          (1978-2024; [-2%, +6%] outside them)\n"
    "\n"
    "Rounding: a figure stands for the interval its digits allow (5908 is +-0.5,\n"
    "9500 is +-50); 以上/超过 open it above, 以内/不到 below; 左右/约/近 widen it to\n"
    "one unit of the last digit either side, at least 1% of the value.  The CAGR is\n"
    "monotone in each level, so its interval comes from the corners.\n"
    "\n"
    "Verdicts: consistent (the intervals meet; rounding_only when only thanks to\n"
    "rounding), inconsistent (gap in percentage points; gross above --gross-pp, on a\n"
    "sign flip or when it decides whether a target is met), explained (reason\n"
    "price_basis: a real rate beside nominal levels, with the implied deflator; or\n"
    "estimate: a round 预计 value whose wider interval covers it), unverifiable (too\n"
    "little stated; the finding carries what the claims imply).\n"
    "Findings never make the exit status non-zero; only errors do.\n";

struct check_out {
    cli_format format;
    bool format_set;
};

static int own_option(void *ctx, int opt, const char *arg)
{
    struct check_out *o = ctx;

    if (opt != 'f')
        return cli_usage("check", "unknown option");
    if (cli_parse_format("check", arg, CLI_FMT_TABLE | CLI_FMT_JSON | CLI_FMT_CSV,
                         &o->format) != 0)
        return CLI_EXIT_USAGE;
    o->format_set = true;
    return 0;
}

static int print_findings(cli_format format, const analysis_findings *fs,
                          const ingest_claims *claims)
{
    buf b = BUF_INIT;
    int rc;

    if (format == CLI_FMT_TABLE) {
        cli_table *t = out_findings_table(fs);
        if (!t) {
            cli_error(NULL, 0, "check: out of memory");
            return CLI_EXIT_OUTPUT;
        }
        cli_table_print(t, stdout);
        cli_table_free(t);
        return CLI_EXIT_OK;
    }
    rc = format == CLI_FMT_CSV ? report_findings_csv(&b, fs) : report_findings_json(&b, fs, claims);
    if (rc != 0) {
        buf_free(&b);
        cli_error(NULL, 0, "check: out of memory");
        return CLI_EXIT_OUTPUT;
    }
    fwrite(b.data, 1, b.len, stdout);
    buf_free(&b);
    return CLI_EXIT_OK;
}

int cmd_check(int argc, char **argv)
{
    static const struct option longs[] = {
        CLI_JOBS_OPTION,
        { "series", required_argument, NULL, CLI_OPT_SERIES },
        { "format", required_argument, NULL, 'f' },
        { "lang", required_argument, NULL, CLI_OPT_LANG },
        { "rounding", required_argument, NULL, CLI_OPT_ROUNDING },
        { "gross-pp", required_argument, NULL, CLI_OPT_GROSS_PP },
        { "indicators", required_argument, NULL, CLI_OPT_INDICATORS },
        { "encoding", required_argument, NULL, CLI_OPT_ENCODING },
        { "report-year", required_argument, NULL, CLI_OPT_REPORT_YEAR },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 }
    };
    struct check_out o = { CLI_FMT_JSON, false };
    cli_job j;
    int code;

    cli_job_init(&j);
    code = cli_job_parse(&j, "check", argc, argv, longs, ":j:h", help_text, own_option, &o);
    if (code != 0)
        return code < 0 ? cli_finish_stdout(CLI_EXIT_OK) : code;
    if (optind >= argc)
        return cli_usage("check", "no report given; give a report file, or - for standard input");
    if (!o.format_set)
        o.format = isatty(STDOUT_FILENO) ? CLI_FMT_TABLE : CLI_FMT_JSON;
    if ((code = cli_job_read(&j, argv + optind, argc - optind)) == CLI_EXIT_OK &&
        (code = cli_job_check(&j, false)) == CLI_EXIT_OK)
        code = cli_finish_stdout(print_findings(o.format, &j.findings, &j.claims));
    cli_job_free(&j);
    return code;
}
