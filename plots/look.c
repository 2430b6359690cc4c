/* look.c -- the styles of a run: colours, line widths and the furniture of
 * the default, slide and print charts.
 *
 * Colours come from the Okabe-Ito palette, which viewers with any common
 * colour vision deficiency tell apart (its yellow is left out: unreadable
 * on white).  Print is greyscale: black, three greys and white fills, so
 * that every series must also differ in dash or marker -- which the charts
 * do in every style. */
#include <string.h>

#include "plots_int.h"

static const pl_look look_default = {
    .lw = 1.0, .ps = 1.0, .grid = true, .mirror = true,
    .stated = "#000000", .implied = "#0072B2", .official = "#009E73", .real = "#D55E00",
    .conflict = "#D55E00", .rest = "#DDDDDD",
    .path = { "#E69F00", "#CC79A7", "#56B4E9", "#999999" },
    .series = { "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000" },
    .fill_stated = "#56B4E9", .fill_implied = "#FFFFFF",
};

/* Thicker lines, bigger markers, no grid or mirrored tics: a slide is read
 * from across a room, and every line that is not data competes with it. */
static const pl_look look_slide = {
    .lw = 2.0, .ps = 1.5, .grid = false, .mirror = false,
    .stated = "#000000", .implied = "#0072B2", .official = "#009E73", .real = "#D55E00",
    .conflict = "#D55E00", .rest = "#E5E5E5",
    .path = { "#E69F00", "#CC79A7", "#56B4E9", "#999999" },
    .series = { "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000" },
    .fill_stated = "#56B4E9", .fill_implied = "#FFFFFF",
};

static const pl_look look_print = {
    .lw = 1.2, .ps = 1.0, .grid = false, .mirror = false,
    .stated = "#000000", .implied = "#404040", .official = "#606060", .real = "#000000",
    .conflict = "#000000", .rest = "#E0E0E0",
    .path = { "#505050", "#808080", "#303030", "#A0A0A0" },
    .series = { "#000000", "#505050", "#808080", "#303030", "#A0A0A0", "#202020", "#707070" },
    .fill_stated = "#A0A0A0", .fill_implied = "#FFFFFF",
};

const pl_look *pl_look_for(plots_style style)
{
    return style == PLOTS_STYLE_SLIDE ? &look_slide
           : style == PLOTS_STYLE_PRINT ? &look_print : &look_default;
}

int plots_style_parse(const char *name, plots_style *style)
{
    static const char *const names[] = { "default", "slide", "print" };

    for (int i = 0; i < 3; i++)
        if (name && !strcmp(name, names[i])) {
            *style = (plots_style)i;
            return GC_OK;
        }
    return GC_EINVAL;
}
