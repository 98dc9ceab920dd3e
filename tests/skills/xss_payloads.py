"""XSS vectors written for these tests: every one of them would run script if it reached
the page unescaped. Each sets window.__xss or opens a dialog."""

NAME = 'evil<script>window.__xss=1</script><img src=x onerror="window.__xss=2">'
SUMMARY = '"><svg onload=window.__xss=3><a href="javascript:window.__xss=4">x</a>'
BODY = """# Title <script>window.__xss=5</script>

<img src=x onerror=alert(1)>

[click me](javascript:window.__xss=6) and [data](data:text/html,<script>alert(1)</script>)

<svg><script>window.__xss=7</script></svg>

<iframe src="javascript:alert(1)"></iframe>

<a href="jav&#x09;ascript:alert(1)">tab trick</a>

<div style="background:url(javascript:alert(1))" onmouseover="alert(1)">hover</div>

<unclosed <b onclick=alert(1)>broken markup

```html
<script>window.__xss=8</script>
```

Right-to-left override: \u202egnp.exe and zero width\u200b joiner.
"""
FRONTMATTER = {
    "name": NAME,
    "description": SUMMARY,
    "metadata": {"x": "<script>window.__xss=9</script>", "<b onmouseover=alert(1)>": "k"},
    "allowed-tools": ["<img src=x onerror=alert(1)>"],
}
FILE_NAME = 'scripts/<img src=x onerror="window.__xss=10">.sh'
FILE_CONTENT = b"<script>window.__xss=11</script>\n<svg onload=alert(1)>\n\xe2\x80\xaeevil\n"
TAG = "<b>tag</b>"
