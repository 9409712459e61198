#!/usr/bin/env python3
"""End-to-end check of the dashboard in headless Chromium (Debian's `chromium`, driven by Playwright).

Usage: dashboard_e2e.py --base http://127.0.0.1:PORT --token TOKEN --shots DIR

Crawls every kind of dashboard page reachable from the home page (a few of each kind, by first path
segment) in English and in Bahasa Indonesia, following same-origin links (API downloads are fetched, not rendered). Fails on: a page that does
not answer 200, a console error or an uncaught page error, a broken link, a page whose <html lang>
is not the language asked for. Then submits the legal assessor's form and a simulation through the
dashboard and waits for their answers. Keeps a screenshot of every page in DIR. Exits non-zero with
one line per problem.
"""
import argparse, os, re, sys, urllib.parse
from playwright.sync_api import sync_playwright

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--token", required=True)
    ap.add_argument("--shots", required=True)
    ap.add_argument("--max-pages", type=int, default=60)
    ap.add_argument("--per-kind", type=int, default=4, help="pages of each kind (first path segment) to visit")
    ap.add_argument("--timeout", type=int, default=600, help="seconds to wait for a page or an answer")
    args = ap.parse_args()
    os.makedirs(args.shots, exist_ok=True)
    for old in os.listdir(args.shots):
        if old.endswith(".png"):
            os.remove(os.path.join(args.shots, old))
    base = args.base.rstrip("/")
    problems = []
    visited = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                                    args=["--no-sandbox", "--disable-gpu"])
        for lang in ("en", "id"):
            context = browser.new_context(locale="id-ID" if lang == "id" else "en-US",
                                          viewport={"width": 1280, "height": 900})
            # The first request of a year builds its network snapshot, which on a 2-core machine
            # running the rest of the test suite can take minutes: wait for answers, not for speed.
            context.set_default_navigation_timeout(args.timeout * 1000)
            context.set_default_timeout(args.timeout * 1000)
            page = context.new_page()
            console = []
            page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: console.append(str(e)))
            queue = [f"{base}/?lang={lang}"]
            seen = set()
            per_kind = {}
            while queue and len(seen) < args.max_pages:
                url = queue.pop(0)
                key = url.split("#")[0]
                if key in seen:
                    continue
                seen.add(key)
                console.clear()
                path = urllib.parse.urlparse(url).path
                if path.startswith("/api/") or path.endswith(".json"):
                    r = context.request.get(url, timeout=args.timeout * 1000)
                    if r.status != 200:
                        problems.append(f"[{lang}] {url}: link answers {r.status}")
                    continue
                r = page.goto(url, wait_until="load")
                status = r.status if r else 0
                if status != 200:
                    problems.append(f"[{lang}] {url}: answers {status}")
                    continue
                html_lang = page.evaluate("document.documentElement.lang")
                if html_lang != lang:
                    problems.append(f"[{lang}] {url}: <html lang> is '{html_lang}'")
                for message in console:
                    problems.append(f"[{lang}] {url}: console error: {message}")
                name = re.sub(r"[^A-Za-z0-9]+", "_", path.strip("/") or "home")
                page.screenshot(path=os.path.join(args.shots, f"{lang}-{name}-{len(seen)}.png"), full_page=False)
                visited[url] = status
                links = page.eval_on_selector_all(
                    "a[href]",
                    "els => els.map(e => typeof e.href === 'string' ? e.href"
                    " : new URL(e.href.baseVal, document.baseURI).href)")
                for href in links:
                    if not href.startswith(base):
                        continue
                    target = urllib.parse.urlparse(href)
                    # The language switch is checked by the other language's crawl.
                    if urllib.parse.parse_qs(target.query).get("lang", [lang]) != [lang]:
                        continue
                    # Every kind of page, a few of each: the first path segment names the kind.
                    kind = target.path.strip("/").split("/")[0]
                    if per_kind.get(kind, 0) < args.per_kind:
                        per_kind[kind] = per_kind.get(kind, 0) + 1
                        queue.append(href)
            problems += check_forms(page, base, lang, args)
            context.close()
        browser.close()
    print(f"pages rendered: {len(visited)}")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0

def check_forms(page, base, lang, args):
    problems = []
    # The legal assessor: the first example situation, submitted as is, answers with an outcome.
    page.goto(f"{base}/law/self_defence?lang={lang}")
    form = page.query_selector("form[data-e2e=law-form]")
    if not form:
        return [f"[{lang}] /law: no form[data-e2e=law-form]"]
    page.click("form[data-e2e=law-form] [type=submit]")
    page.wait_for_load_state("load")
    if not page.query_selector("[data-e2e=outcome]"):
        problems.append(f"[{lang}] legal form: no [data-e2e=outcome] after submitting")
    page.screenshot(path=os.path.join(args.shots, f"{lang}-law-answer.png"))
    # The simulation runner: a job submitted with the token finishes.
    page.goto(f"{base}/simulation?lang={lang}")
    form = page.query_selector("form[data-e2e=sim-form]")
    if not form:
        return problems + [f"[{lang}] /simulation: no form[data-e2e=sim-form]"]
    token = page.query_selector("form[data-e2e=sim-form] input[name=token]")
    if token:
        token.fill(args.token)
    page.click("form[data-e2e=sim-form] [type=submit]")
    try:
        page.wait_for_selector("[data-e2e=job-finished]", timeout=args.timeout * 1000)
    except Exception:
        problems.append(f"[{lang}] simulation: the job did not finish within {args.timeout} s ({page.url})")
    page.screenshot(path=os.path.join(args.shots, f"{lang}-simulation-result.png"))
    return problems

if __name__ == "__main__":
    sys.exit(main())
