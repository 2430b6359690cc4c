#!/bin/sh
# lexicon.sh NAME LANG FILE -- print a C file defining `const ingest_lexicon
# NAME` from the lexicon FILE (ingest/lexicon-LANG.tsv; its header says the
# format).  Classes, roles, qualifiers and flags become enum names (kw-not-next
# -> LEX_KW_NOT_NEXT, grow -> K_GROW, above -> INGEST_ABOVE, change ->
# LEXF_CHANGE), so a misspelt one fails to compile.  A malformed row stops
# the build with its line number.  Each class also gets its rows chained by
# the hash of their first character (lex_list.chain), so that a lookup reads
# only the rows that may match, chained by their last byte (lex_list.echain)
# for the lookups of a word ending a text, and filters of their first and
# last bytes.
set -eu
LC_ALL=C   # length() counts bytes
export LC_ALL
name=$1
lang=$2
file=$3
awk -F '\t' -v name="$name" -v lang="$lang" -v file="$file" '
function fail(msg) {
    printf "%s:%d: %s\n", file, NR, msg > "/dev/stderr"
    bad = 1
    exit 1
}
# hash(w): the low six bits of the last byte of the first character of w, the
# bit that lex_hash() in lexicon.h computes from text, so that a class can rule
# out most positions with one test (lex_list.filter).
function hash(w,    c, k) {
    c = ord[substr(w, 1, 1)]
    k = c < 128 ? 1 : c < 224 ? 2 : c < 240 ? 3 : 4
    return ord[substr(w, k, 1)] % 64
}
# pair(w): the bucket of lex_pair_hash() in lexicon.h for the first two bytes
# of w, the index of the English rows (lex_list.pairs); -1 for a word of one byte,
# which may start a text whatever byte follows it and so is in every bucket.
function pair(w) {
    return length(w) < 2 ? -1 : (ord[substr(w, 1, 1)] * 31 + ord[substr(w, 2, 1)]) % 128
}
# chars(w): the four 64-bit words of the set of the characters of w, hashed as
# char_bit() in lexicon.c hashes them (an ASCII byte itself; else the low six
# bits of the last byte and two of the byte before), written as C expressions
# (lex_list.chars, for ingest_lex_may_in)
function chars(w,    i, c, k, b, n, q, part, bitv, out) {
    delete part
    n = length(w)
    for (i = 1; i <= n; i += k) {
        c = ord[substr(w, i, 1)]
        k = c < 128 ? 1 : c < 192 ? 2 : c < 224 ? 2 : c < 240 ? 3 : 4
        if (i + k - 1 > n)
            k = n - i + 1
        b = k == 1 ? c : ord[substr(w, i + k - 1, 1)] % 64 + (ord[substr(w, i + k - 2, 1)] % 4) * 64
        q = int(b / 64)
        if (index(" " part[q] " ", " " (b % 64) " ") == 0)
            part[q] = part[q] (part[q] == "" ? "" : " ") (b % 64)
    }
    out = ""
    for (q = 0; q < 4; q++) {
        k = split(part[q], bitv, " ")
        c = ""
        for (i = 1; i <= k; i++)
            c = c (c == "" ? "" : " | ") "(1ull << " bitv[i] ")"
        out = out (q ? ", " : "") (c == "" ? "0" : c)
    }
    return out
}
# A chain of class cls as a C array: 64 heads by byte, then the next row of each row.
function print_chain(kind, cls, h, nx,    b, i) {
    printf "static const uint16_t %s_%s[] = {", kind, ident(cls)
    for (b = 0; b < 64; b++)
        printf "%s%d", (b == 0 ? "\n    " : b % 16 ? ", " : ",\n    "), ((cls, b) in h) ? h[cls, b] : 0
    for (i = 0; i < count[cls]; i++)
        printf "%s%d", ((64 + i) % 16 ? ", " : ",\n    "), ((cls, i) in nx) ? nx[cls, i] : 0
    printf "\n};\n\n"
}

function ident(s) {
    gsub(/-/, "_", s)
    return toupper(s)
}
function cstr(s) {
    if (s ~ /["\\]/ || s ~ /[\001-\037]/)
        fail("a word or value holds a quote, a backslash or a control character")
    return "\"" s "\""
}
function flags(f,    parts, k, i, out) {
    if (f == "" || f == "-")
        return "0"
    k = split(f, parts, ",")
    out = ""
    for (i = 1; i <= k; i++)
        out = out (i > 1 ? " | " : "") "LEXF_" ident(parts[i])
    return out
}
function roles(v,    parts, k, i, out) {
    out = ""
    k = split(v, parts, ",")
    for (i = 1; i <= k; i++)
        if (parts[i] ~ /^[a-z][a-z0-9_]*$/)
            out = out (out == "" ? "" : " | ") "(1ull << K_" ident(parts[i]) ")"
    return out == "" ? "0" : out
}
BEGIN {
    for (i = 1; i < 256; i++)
        ord[sprintf("%c", i)] = i
}
/^#/ || /^[ \t]*$/ { next }
{
    if (NF < 2 || $1 == "" || $2 == "")
        fail("a row needs a class and a word")
    cls = $1
    if (cls !~ /^[a-z][a-z-]*$/)
        fail("bad class name: " cls)
    word = $2
    value = NF >= 3 && $3 != "-" ? $3 : ""
    flag = NF >= 4 ? $4 : "-"
    code = "0"
    if (cls == "keyword") {
        if (value !~ /^[a-z][a-z0-9_]*$/)
            fail("a keyword needs a role")
        code = "K_" ident(value)
    } else if (cls ~ /^qualifier-/) {
        if (value !~ /^[a-z]+$/)
            fail("a qualifier needs below, above or approx")
        code = "INGEST_" ident(value)
    }
    role = cls ~ /^kw-not-/ ? roles(value) : "0"
    num = value ~ /^-?[0-9]+(\.[0-9]+)?(e[0-9]+)?$/ ? value : "0"
    if (!(cls in count)) {
        count[cls] = 0
        order[++nclasses] = cls
    }
    h = hash(word)
    bits[cls, h] = 1
    ebits[cls, ord[substr(word, length(word), 1)] % 64] = 1
    # the chain of rows by hash, in file order (lex_list.chain)
    if ((cls, h) in last)
        nxt[cls, last[cls, h]] = count[cls] + 1
    else
        head[cls, h] = count[cls] + 1
    last[cls, h] = count[cls]
    # the chain of rows by the last byte, in file order (lex_list.echain)
    e = ord[substr(word, length(word), 1)] % 64
    if ((cls, e) in elast)
        enxt[cls, elast[cls, e]] = count[cls] + 1
    else
        ehead[cls, e] = count[cls] + 1
    elast[cls, e] = count[cls]
    rowchars[cls, count[cls]] = chars(word)
    rowpair[cls, count[cls]] = pair(word)
    row[cls, count[cls]++] = sprintf("    { %s, %d, %s, %d, %s, %s, %s, %s },", \
        cstr(word), length(word), cstr(value), length(value), num, code, role, flags(flag))
}
END {
    if (bad)
        exit 1
    printf "/* generated from %s by tools/lexicon.sh; do not edit */\n", file
    printf "#include \"ingest/ingest.h\"\n#include \"ingest/lexicon.h\"\n\n"
    for (c = 1; c <= nclasses; c++) {
        cls = order[c]
        printf "static const lex_entry rows_%s[] = {\n", ident(cls)
        for (i = 0; i < count[cls]; i++)
            print row[cls, i]
        printf "};\n\n"
        print_chain("chain", cls, head, nxt)
        print_chain("echain", cls, ehead, enxt)
        if (lang == "en") {
            # the rows by the hash of their first two bytes, in file order:
            # pairs_X[h] .. pairs_X[h + 1] are the places in pairs_X of
            # the row numbers of bucket h (lex_list.pairs)
            at = 129
            list = ""
            for (b = 0; b < 128; b++) {
                offs[b] = at
                for (i = 0; i < count[cls]; i++)
                    if (rowpair[cls, i] == b || rowpair[cls, i] == -1) {
                        list = list ((at - 129) % 16 ? ", " : ",\n    ") i
                        at++
                    }
            }
            offs[128] = at
            printf "static const uint16_t pairs_%s[] = {", ident(cls)
            for (b = 0; b <= 128; b++)
                printf "%s%d", (b == 0 ? "\n    " : b % 16 ? ", " : ",\n    "), offs[b]
            printf "%s\n};\n\n", list
        }
        printf "static const uint64_t chars_%s[][4] = {\n", ident(cls)
        for (i = 0; i < count[cls]; i++)
            printf "    { %s },\n", rowchars[cls, i]
        printf "};\n\n"
    }
    printf "_Static_assert(%d < INGEST_KW_MAX, \"%s has %d keyword rows, more than the \"\n", count["keyword"], file, count["keyword"]
    printf "               \"keyword index of the parser holds: raise INGEST_KW_MAX in ingest/lexicon.h\");\n\n"
    printf "const ingest_lexicon %s = {\n    \"%s\",\n    {\n", name, lang
    for (c = 1; c <= nclasses; c++) {
        cls = order[c]
        filter = efilter = ""
        for (b = 0; b < 64; b++) {
            if ((cls, b) in bits)
                filter = filter (filter == "" ? "" : " | ") "(1ull << " b ")"
            if ((cls, b) in ebits)
                efilter = efilter (efilter == "" ? "" : " | ") "(1ull << " b ")"
        }
        printf "        [LEX_%s] = { rows_%s, %d, %s, chain_%s, %s, chars_%s, %s, echain_%s },\n", \
               ident(cls), ident(cls), count[cls], filter, ident(cls), efilter, ident(cls), \
               lang == "en" ? "pairs_" ident(cls) : "NULL", ident(cls)

    }
    printf "    }\n};\n"
}' "$file"
