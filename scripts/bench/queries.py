"""Search queries for the benchmark: 50 real-looking ones, with typos, phrases and CJK.

They are the kind of thing people type into a skills catalogue: a tool, a task, a file
format, two words, a misspelling, an operator, another language.
"""

SEARCH_QUERIES: list[str] = [
    # one word: tools, formats, tasks
    "pdf",
    "docker",
    "python",
    "excel",
    "kubernetes",
    "terraform",
    "react",
    "sql",
    "playwright",
    "figma",
    "markdown",
    "pytest",
    "invoice",
    "seo",
    "ffmpeg",
    # two or three words
    "pdf form",
    "csv to json",
    "code review",
    "unit tests",
    "deploy to aws",
    "meeting notes",
    "release notes",
    "data pipeline",
    "landing page copy",
    "security audit",
    "translate docs",
    "git commit message",
    "api documentation",
    # typos and near misses
    "kubernets",
    "terrafrom",
    "pyhton",
    "dockr",
    "markdwon",
    "playwrite",
    "invioce",
    "spreadshet",
    "dashbord",
    "secrts scan",
    # operators (websearch syntax)
    '"code review"',
    "pdf -merge",
    "docker OR podman",
    "excel -macro",
    # CJK and other languages
    "文档处理",
    "数据分析",
    "代码审查",
    "コードレビュー",
    "議事録",
    "翻訳",
    "한국어 번역",
    "보고서",
]

if len(SEARCH_QUERIES) != 50:  # the report says "50 queries"
    raise ValueError(f"expected 50 search queries, not {len(SEARCH_QUERIES)}")
