/* jsonadd.c -- leak-free cJSON member helpers; see jsonadd.h. */
#include "jsonadd.h"

#include <math.h>

int json_attach(cJSON *o, const char *key, cJSON *item)
{
    cJSON_bool ok;

    if (!item)
        return -1;
    ok = key ? cJSON_AddItemToObject(o, key, item) : cJSON_AddItemToArray(o, item);
    if (!ok) {
        cJSON_Delete(item);
        return -1;
    }
    return 0;
}

int json_num(cJSON *o, const char *key, double v)
{
    return json_attach(o, key, isfinite(v) ? cJSON_CreateNumber(v) : cJSON_CreateNull());
}

int json_str(cJSON *o, const char *key, const char *s)
{
    return json_attach(o, key, s ? cJSON_CreateString(s) : cJSON_CreateNull());
}
