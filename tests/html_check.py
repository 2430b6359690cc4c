#!/usr/bin/env python3
"""html_check.py PAGE... -- a strict, parser-based check of a review page.

Python's html.parser tokenises the page; on top of it this checks what a
browser would silently repair: every element closed explicitly and in
order (void elements excepted; inside <svg>, self-closing tags), no stray
end tag, known HTML elements only outside <svg>, attributes well formed
and not repeated, ids unique, every local link (#id) pointing at an id,
no character reference the parser could not read, exactly one <script>
and one <style> and no on* attribute, a Content-Security-Policy meta tag
without 'unsafe-inline', and nothing loaded from elsewhere (no src, no
external href).  Prints each problem; exits 1 when there is any."""
import re
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
HTML = VOID | {
    "html", "head", "body", "title", "style", "script", "header", "footer", "main", "aside",
    "section", "article", "nav", "div", "p", "span", "a", "b", "i", "em", "strong", "code",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "figure",
    "figcaption", "table", "thead", "tbody", "tr", "th", "td", "button", "small", "sup", "sub",
    "svg", "mark", "details", "summary", "pre", "noscript",
}
# elements whose content model is phrasing: no block element may open inside
PHRASING_ONLY = {"p", "span", "a", "b", "code", "h1", "h2", "h3", "h4", "dt", "button"}
BLOCK = {"div", "p", "ul", "ol", "li", "dl", "section", "article", "header", "footer", "main",
         "aside", "figure", "h1", "h2", "h3", "h4", "table"}


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.stack, self.problems, self.ids, self.links = [], [], {}, []
        self.counts = {"script": 0, "style": 0}
        self.csp = None
        self.doctype = False

    def where(self):
        return "line %d" % self.getpos()[0]

    def bad(self, what):
        self.problems.append("%s: %s" % (self.where(), what))

    def in_svg(self):
        return "svg" in self.stack

    def handle_decl(self, decl):
        self.doctype = decl.lower() == "doctype html"

    def attrs_ok(self, tag, attrs):
        seen = set()
        for name, value in attrs:
            if name in seen:
                self.bad("<%s> repeats attribute %s" % (tag, name))
            seen.add(name)
            if name.startswith("on"):
                self.bad("<%s> has event handler %s" % (tag, name))
            if name == "style":
                self.bad("<%s> has a style attribute" % tag)
            if name in ("src", "srcset", "action", "formaction"):
                self.bad("<%s> loads %s=%r" % (tag, name, value))
            if name in ("href", "xlink:href") and value is not None and not value.startswith("#"):
                self.bad("<%s> links outside the page: %r" % (tag, value))
            if name in ("href", "xlink:href") and value and value.startswith("#"):
                self.links.append((self.where(), value[1:]))
            if name == "id":
                if value in self.ids:
                    self.bad("id %r repeated (first at %s)" % (value, self.ids[value]))
                self.ids[value] = self.where()
            if value is not None and re.search(r"url\((?!#)", value):
                self.bad("<%s> %s refers to a URL: %r" % (tag, name, value))

    def handle_starttag(self, tag, attrs):
        self.attrs_ok(tag, attrs)
        if not self.in_svg() and tag not in HTML:
            self.bad("unknown element <%s>" % tag)
        if tag in self.counts:
            self.counts[tag] += 1
        if tag == "meta" and dict(attrs).get("http-equiv", "").lower() == "content-security-policy":
            self.csp = dict(attrs).get("content", "")
        if not self.in_svg() and tag in BLOCK and self.stack and self.stack[-1] in PHRASING_ONLY:
            self.bad("<%s> inside <%s>" % (tag, self.stack[-1]))
        if tag == "a" and "a" in self.stack:
            self.bad("<a> inside <a>")
        if tag not in VOID or self.in_svg():
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        if not self.in_svg() and tag not in VOID:
            self.bad("self-closing <%s/> outside svg" % tag)
            self.attrs_ok(tag, attrs)
            return
        self.attrs_ok(tag, attrs)
        if tag == "meta" and dict(attrs).get("http-equiv", "").lower() == "content-security-policy":
            self.csp = dict(attrs).get("content", "")

    def handle_endtag(self, tag):
        if tag in VOID and not self.in_svg():
            self.bad("end tag </%s> of a void element" % tag)
            return
        if not self.stack:
            self.bad("stray end tag </%s>" % tag)
        elif self.stack[-1] != tag:
            self.bad("</%s> closes <%s> (open: %s)" % (tag, self.stack[-1], " ".join(self.stack[-5:])))
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
        else:
            self.stack.pop()

    def handle_entityref(self, name):
        if name not in ("amp", "lt", "gt", "quot", "apos", "nbsp"):
            self.bad("unusual entity &%s;" % name)

    def handle_data(self, data):
        if "&" in data and self.stack and self.stack[-1] not in ("script", "style"):
            self.bad("bare & in text: %r" % data[:40])

    def finish(self):
        if not self.doctype:
            self.problems.append("no <!DOCTYPE html>")
        if self.stack:
            self.problems.append("unclosed at the end: %s" % " ".join(self.stack))
        if self.counts["script"] != 1 or self.counts["style"] != 1:
            self.problems.append("%d scripts and %d styles, want one of each" %
                                 (self.counts["script"], self.counts["style"]))
        if not self.csp:
            self.problems.append("no Content-Security-Policy meta tag")
        elif "unsafe-inline" in self.csp or "default-src 'none'" not in self.csp:
            self.problems.append("weak Content-Security-Policy: %r" % self.csp)
        for where, target in self.links:
            if target not in self.ids:
                self.problems.append("%s: link to missing id #%s" % (where, target))


def main(argv):
    bad = 0
    for path in argv[1:]:
        c = Checker()
        with open(path, encoding="utf-8") as f:
            c.feed(f.read())
        c.close()
        c.finish()
        for p in c.problems[:20]:
            print("%s: %s" % (path, p))
        bad += bool(c.problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
