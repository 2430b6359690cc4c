/* jsonadd.h -- add members to a cJSON object without leaking on failure.
 *
 * cJSON_AddItemToObject copies the key, which can fail; the item passed in
 * is then neither attached nor freed.  These helpers take ownership of the
 * item in every case, and turn a number that is not finite into null, since
 * cJSON would print NaN and infinity as null silently.  Self-contained
 * apart from cJSON itself. */
#ifndef GC_JSONADD_H
#define GC_JSONADD_H

#include <cjson/cJSON.h>

/* Attaches item to object o under key (or to array o when key is NULL),
 * taking ownership: on failure item is deleted.  A NULL item (a failed
 * create) is a failure.  Returns 0 or -1. */
int json_attach(cJSON *o, const char *key, cJSON *item);

/* key: v, or key: null when v is not finite.  Returns 0 or -1. */
int json_num(cJSON *o, const char *key, double v);

/* key: "s", or key: null when s is NULL.  Returns 0 or -1. */
int json_str(cJSON *o, const char *key, const char *s);

#endif
