#include "htmlsafety.h"
#include "markdown/markdownrenderer.h"

#include <QTest>

namespace {
QString html(const char *markdown)
{
    return MarkdownRenderer::render(QString::fromUtf8(markdown)).html;
}
} // namespace

class TestMarkdownRenderer : public QObject {
    Q_OBJECT

private slots:
    void constructs_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("fragments");
        auto row = [](const char *name, const char *markdown, QStringList fragments) {
            QTest::newRow(name) << QString::fromUtf8(markdown) << fragments;
        };
        row("headings", "# One\n\n### Three\n\nSetext\n---\n",
            {QStringLiteral("<h1>One</h1>"), QStringLiteral("<h3>Three</h3>"),
             QStringLiteral("<h2>Setext</h2>")});
        row("paragraphs", "first line\nsame paragraph\n\nsecond",
            {QStringLiteral("<p>first line\nsame paragraph</p><p>second</p>")});
        row("hard break", "a  \nb\\\nc", {QStringLiteral("<p>a<br>b<br>c</p>")});
        row("emphasis", "*em* _em_ **strong** __strong__ ~~gone~~ ~gone~",
            {QStringLiteral("<em>em</em> <em>em</em> <strong>strong</strong> <strong>strong</strong> "
                            "<s>gone</s> <s>gone</s>")});
        row("inline code", "use `a < b && c` here",
            {QStringLiteral("<code class=\"inline\">a &lt; b &amp;&amp; c</code>")});
        row("link", "[docs](https://example.com/a?x=1&y=\"2\")",
            {QStringLiteral("<a href=\"https://example.com/a?x=1&amp;y=&quot;2&quot;\">docs</a>"),
             QStringLiteral("<p>")});
        row("autolinks", "<https://a.example> www.b.example c@d.example",
            {QStringLiteral("<a href=\"https://a.example\">https://a.example</a>"),
             QStringLiteral("<a href=\"http://www.b.example\">www.b.example</a>"),
             QStringLiteral("<a href=\"mailto:c@d.example\">c@d.example</a>")});
        row("bullet list", "- a\n- b\n  - c\n",
            {QStringLiteral("<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>")});
        row("ordered list", "1. a\n2. b\n", {QStringLiteral("<ol><li>a</li><li>b</li></ol>")});
        row("ordered list with start", "3. c\n4. d\n",
            {QStringLiteral("<table class=\"numbered\""),
             QStringLiteral(">3.&nbsp;</td><td valign=\"top\">c</td>"),
             QStringLiteral(">4.&nbsp;</td><td valign=\"top\">d</td>")});
        row("ordered list from zero", "0. zero\n1. one\n",
            {QStringLiteral(">0.&nbsp;</td><td valign=\"top\">zero</td>"),
             QStringLiteral(">1.&nbsp;</td><td valign=\"top\">one</td>")});
        row("ordered list after code", "1. a\n```\nx\n```\n2. b\n   1. nested\n",
            {QStringLiteral("<ol><li>a</li></ol><table class=\"codeblock\""),
             QStringLiteral(">2.&nbsp;</td><td valign=\"top\">b<ol><li>nested</li></ol></td></tr></table>")});
        row("loose list", "- a\n\n- b\n", {QStringLiteral("<ul><li><p>a</p></li><li><p>b</p></li></ul>")});
        row("task list", "- [ ] todo\n- [x] done\n",
            {QStringLiteral("<ul class=\"tasks\" style=\"list-style-type:none\">"),
             QStringLiteral("<li>\u2610 todo</li><li>\u2611 done</li>")});
        row("mixed task list", "- [ ] todo\n- plain\n",
            {QStringLiteral("<ul><li>\u2610 todo</li><li>plain</li></ul>")});
        row("loose task list", "- [x] done\n\n- [ ] todo\n",
            {QStringLiteral("<li><p>\u2611 done</p></li><li><p>\u2610 todo</p></li>")});
        row("blockquote", "> quoted *text*\n",
            {QStringLiteral("<table class=\"quote\""),
             QStringLiteral("<td class=\"quotebar\" width=\"3\"></td>"),
             QStringLiteral("<td class=\"quotebody\"><p>quoted <em>text</em></p></td></tr></table>")});
        row("thematic break", "a\n\n***\n\nb", {QStringLiteral("<p>a</p><hr><p>b</p>")});
        row("unicode", "Ünïcödé ✓ 日本語 🎉 *é*\n",
            {QString::fromUtf8("<p>Ünïcödé ✓ 日本語 🎉 <em>é</em></p>")});
        row("entities", "&copy; &amp; &#x41; &lt;", {QString::fromUtf8("<p>© &amp; A &lt;</p>")});
    }

    void constructs()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, fragments);
        const QString out = MarkdownRenderer::render(markdown).html;
        for (const QString &fragment : fragments)
            QVERIFY2(out.contains(fragment), qPrintable(out + QStringLiteral("\n  lacks: ") + fragment));
        QCOMPARE(HtmlSafety::check(out), QString());
    }

    void hostileHtmlIsShownAsText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("visible"); // escaped text that must appear
        auto row = [](const char *name, const char *markdown, const char *visible) {
            QTest::newRow(name) << QString::fromUtf8(markdown) << QString::fromUtf8(visible);
        };
        row("script block", "<script>alert(1)</script>\n", "&lt;script&gt;alert(1)&lt;/script&gt;");
        row("script inline", "a <script>alert(1)</script> b", "a &lt;script&gt;alert(1)&lt;/script&gt; b");
        row("img block", "<img src=http://evil.example/x.png onerror=alert(1)>\n",
            "&lt;img src=http://evil.example/x.png onerror=alert(1)&gt;");
        row("img inline", "see <img src=\"http://evil.example/x.png\">",
            "see &lt;img src=&quot;http://evil.example/x.png&quot;&gt;");
        row("javascript anchor", "<a href=\"javascript:alert(1)\">click</a>",
            "&lt;a href=&quot;javascript:alert(1)&quot;&gt;click&lt;/a&gt;");
        row("iframe", "<iframe src=\"http://evil.example\"></iframe>\n",
            "&lt;iframe src=&quot;http://evil.example&quot;&gt;&lt;/iframe&gt;");
        row("style", "<style>p { background: url(http://evil.example/x.png) }</style>\n",
            "&lt;style&gt;p { background: url(http://evil.example/x.png) }&lt;/style&gt;");
        row("comment", "<!-- hidden -->\n", "&lt;!-- hidden --&gt;");
        row("comment across blank lines", "<!--\n\nhidden\n\n-->\n", "&lt;!--\n\nhidden\n\n--&gt;");
        row("entity encoded tag", "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&lt;script&gt;alert(1)&lt;/script&gt;");
        row("numeric entities", "&#60;img src=x&#62;", "&lt;img src=x&gt;");
        row("double encoded", "&amp;lt;b&amp;gt;", "&amp;lt;b&amp;gt;");
        row("html in table", "| a |\n|---|\n| <img src=http://e.example/x> |\n",
            "&lt;img src=http://e.example/x&gt;");
        row("html in code span", "`<script>`", "<code class=\"inline\">&lt;script&gt;</code>");
        row("div block", "<div align=\"center\">\n\n*x*\n\n</div>\n", "&lt;div align=&quot;center&quot;&gt;");
        row("processing instruction", "<?php echo 1; ?>\n", "&lt;?php echo 1; ?&gt;");
        row("cdata", "<![CDATA[ <b> ]]>\n", "&lt;![CDATA[ &lt;b&gt; ]]&gt;");
        row("attribute breakout", "[x](https://a.example/\"onmouseover=\"alert(1))",
            "<a href=\"https://a.example/&quot;onmouseover=&quot;alert(1)\">x</a>");
    }

    void hostileHtmlIsShownAsText()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, visible);
        const QString out = MarkdownRenderer::render(markdown).html;
        QVERIFY2(out.contains(visible), qPrintable(out));
        QCOMPARE(HtmlSafety::check(out), QString());
    }

    void brInTableCellsIsKept()
    {
        const QString out = html("| a |\n|---|\n| one<br>two<BR/>three<br />four |\n");
        QVERIFY2(out.contains(QLatin1String("<td>one<br>two<br>three<br>four</td>")), qPrintable(out));
        // Only the bare tag: anything with attributes is text.
        QVERIFY(html("x <br class=\"a\">").contains(QLatin1String("&lt;br class=&quot;a&quot;&gt;")));
    }

    void linkSchemes_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("href"); // empty: no link, only the text
        QTest::newRow("http") << QStringLiteral("[t](http://a.example/p)")
                              << QStringLiteral("http://a.example/p");
        QTest::newRow("https upper case")
            << QStringLiteral("[t](HTTPS://A.EXAMPLE)") << QStringLiteral("HTTPS://A.EXAMPLE");
        QTest::newRow("mailto") << QStringLiteral("[t](mailto:a@b.example)")
                                << QStringLiteral("mailto:a@b.example");
        QTest::newRow("javascript") << QStringLiteral("[t](javascript:alert(1))") << QString();
        QTest::newRow("javascript mixed case") << QStringLiteral("[t](JaVaScRiPt:alert(1))") << QString();
        QTest::newRow("javascript entity") << QStringLiteral("[t](jav&#x61;script:alert(1))") << QString();
        QTest::newRow("javascript escaped") << QStringLiteral("[t](java\\script:alert(1))") << QString();
        QTest::newRow("javascript autolink") << QStringLiteral("<javascript:alert(1)>") << QString();
        QTest::newRow("vbscript") << QStringLiteral("[t](vbscript:msgbox)") << QString();
        QTest::newRow("data") << QStringLiteral("[t](data:text/html;base64,PHNjcmlwdD4=)") << QString();
        QTest::newRow("file") << QStringLiteral("[t](file:///etc/passwd)") << QString();
        QTest::newRow("relative") << QStringLiteral("[t](docs/readme.md)") << QString();
        QTest::newRow("absolute path") << QStringLiteral("[t](/etc/passwd)") << QString();
        QTest::newRow("protocol relative") << QStringLiteral("[t](//evil.example)") << QString();
        QTest::newRow("fragment") << QStringLiteral("[t](#top)") << QString();
        QTest::newRow("copy link") << QStringLiteral("[t](loquat-copy:0)") << QString();
        QTest::newRow("empty") << QStringLiteral("[t]()") << QString();
        QTest::newRow("bare scheme") << QStringLiteral("[t](https://)") << QString();
        QTest::newRow("reference") << QStringLiteral("[t][r]\n\n[r]: https://r.example")
                                   << QStringLiteral("https://r.example");
        QTest::newRow("reference javascript")
            << QStringLiteral("[t][r]\n\n[r]: javascript:alert(1)") << QString();
    }

    void linkSchemes()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, href);
        const QString out = MarkdownRenderer::render(markdown).html;
        QCOMPARE(HtmlSafety::check(out), QString());
        if (href.isEmpty()) {
            QVERIFY2(!out.contains(QLatin1String("<a ")), qPrintable(out));
            QVERIFY2(out.contains(QLatin1Char('t')), qPrintable(out));
        } else {
            QVERIFY2(out.contains(QStringLiteral("<a href=\"%1\">").arg(href)), qPrintable(out));
        }
    }

    // Found by tests/fuzz/fuzz_markdown: an autolink in a link's text is a link inside a link for
    // cmark, and the HTML nested the anchors (part of the text opened another address).
    void linksInsideLinksAreText()
    {
        QCOMPARE(html("[<http://e.example>](http://y.example)"),
                 QStringLiteral("<p><a href=\"http://y.example\">http://e.example</a></p>"));
        const QString gfm = html("[see www.e.example or <https://f.example>](https://y.example)");
        QCOMPARE(gfm.count(QLatin1String("<a ")), 1);
        QVERIFY2(gfm.contains(QLatin1String("<a href=\"https://y.example\">")), qPrintable(gfm));
        QCOMPARE(HtmlSafety::check(gfm), QString());
    }

    void imagesAreNeverLoaded()
    {
        // A web image is a placeholder: its description and full address, linked to the view's
        // loader (the address in hex, so nothing can alter it on the way), never an <img>.
        const auto placeholder = [](const QString &url, const QString &alt) {
            return QStringLiteral("<a class=\"image\" href=\"loquat-image:%1\">\U0001F5BC <span "
                                  "class=\"imagealt\">%2</span> <span class=\"imagehint\">(click to load "
                                  "the image from %3)</span></a>")
                .arg(QString::fromLatin1(url.toUtf8().toHex()), alt, url);
        };
        const QString web = html("![a *diagram*](https://example.com/d.png \"title\")");
        QCOMPARE(web,
                 QStringLiteral("<p>") +
                     placeholder(QStringLiteral("https://example.com/d.png"), QStringLiteral("a diagram")) +
                     QStringLiteral("</p>"));
        QCOMPARE(HtmlSafety::check(web), QString());
        QCOMPARE(html("![no alt](http://example.com/x.png)"),
                 QStringLiteral("<p>") +
                     placeholder(QStringLiteral("http://example.com/x.png"), QStringLiteral("no alt")) +
                     QStringLiteral("</p>"));
        QCOMPARE(html("![](https://example.com/x.png)"),
                 QStringLiteral("<p>") +
                     placeholder(QStringLiteral("https://example.com/x.png"), QStringLiteral("Image")) +
                     QStringLiteral("</p>"));
        // The address is shown escaped, and the link gives it back exactly.
        const QString odd = QStringLiteral("https://e.example/a?b=1&c=\"2\"&d='<x>'");
        const QString rendered = html(QStringLiteral("![q](%1)").arg(odd).toUtf8().constData());
        QCOMPARE(HtmlSafety::check(rendered), QString());
        QVERIFY2(rendered.contains(
                     QStringLiteral("from https://e.example/a?b=1&amp;c=&quot;2&quot;&amp;d='&lt;x&gt;')")),
                 qPrintable(rendered));
        const qsizetype hrefAt = rendered.indexOf(QLatin1String("loquat-image:"));
        QCOMPARE(MarkdownRenderer::remoteImageFromLink(
                     rendered.mid(hrefAt, rendered.indexOf(QLatin1Char('"'), hrefAt) - hrefAt)),
                 odd);
        QCOMPARE(MarkdownRenderer::remoteImageFromLink(MarkdownRenderer::remoteImageLinkFor(odd)), odd);
        // Only placeholders of web addresses come back from a link.
        QCOMPARE(MarkdownRenderer::remoteImageFromLink(
                     MarkdownRenderer::remoteImageLinkFor(QStringLiteral("file:///etc/passwd"))),
                 QString());
        QCOMPARE(MarkdownRenderer::remoteImageFromLink(QStringLiteral("loquat-image:6A")), QString());
        QCOMPARE(MarkdownRenderer::remoteImageFromLink(QStringLiteral("loquat-image:zz")), QString());
        QCOMPARE(MarkdownRenderer::remoteImageFromLink(QStringLiteral("https://e.example/x.png")), QString());
        // Other schemes keep only the description.
        QCOMPARE(html("![local](file:///home/me/x.png)"), QStringLiteral("<p>local</p>"));
        QCOMPARE(html("![x](javascript:alert(1))"), QStringLiteral("<p>x</p>"));
        QCOMPARE(html("![data](data:image/png;base64,AAAA)"), QStringLiteral("<p>data</p>"));
        QCOMPARE(html("![rel](img/x.png)"), QStringLiteral("<p>rel</p>"));
        // A badge: an image inside a link shows the description, and the link is the outer one.
        QCOMPARE(html("[![badge](https://img.example/b.svg)](https://example.com/ci)"),
                 QStringLiteral("<p><a href=\"https://example.com/ci\">\U0001F5BC badge</a></p>"));
        QVERIFY(!html("![x](https://e.example/x.png)").contains(QLatin1String("<img")));
    }

    void codeBlocks()
    {
        const QString markdown =
            QStringLiteral("Text\n\n```python title=\"x.py\"\ndef f(x):\n\n    return x < 1 && "
                           "\"y\"\n```\n\n    indented\n\n    code\n\n~~~\n\ttabbed  \n~~~\n");
        const RenderedMarkdown out = MarkdownRenderer::render(markdown, 5);
        QCOMPARE(out.codeBlocks,
                 (QStringList{QStringLiteral("def f(x):\n\n    return x < 1 && \"y\""),
                              QStringLiteral("indented\n\ncode"), QStringLiteral("\ttabbed  ")}));
        QVERIFY2(out.html.contains(QLatin1String(
                     "<td class=\"codelang\">python</td><td class=\"codecopy\" align=\"right\"><a "
                     "href=\"loquat-copy:5\">Copy</a></td></tr><tr><td class=\"code\" colspan=\"2\"><pre "
                     "class=\"code\">def f(x):\n\n    return x &lt; 1 &amp;&amp; "
                     "&quot;y&quot;</pre></td></tr></table>")),
                 qPrintable(out.html));
        QVERIFY(out.html.contains(QLatin1String("href=\"loquat-copy:6\"")));
        QVERIFY(out.html.contains(QLatin1String("<td class=\"codelang\"></td>")));
        QVERIFY(out.html.contains(QLatin1String("<pre class=\"code\">\ttabbed  </pre>")));
        QVERIFY(out.html.contains(QLatin1String("href=\"loquat-copy:7\"")));
        QVERIFY(!out.html.contains(QLatin1String("loquat-copy:8")));
        QCOMPARE(HtmlSafety::check(out.html), QString());

        // Hostile language names and code are text too.
        const RenderedMarkdown hostile =
            MarkdownRenderer::render(QStringLiteral("```<img src=x>\n</pre><script>alert(1)</script>\n```"));
        QCOMPARE(HtmlSafety::check(hostile.html), QString());
        QVERIFY(hostile.html.contains(QLatin1String("&lt;img")));
        QCOMPARE(hostile.codeBlocks, QStringList{QStringLiteral("</pre><script>alert(1)</script>")});

        // An unclosed fence (mid-stream) runs to the end; an empty block is still a block.
        QCOMPARE(MarkdownRenderer::render(QStringLiteral("```js\nlet a\n\nlet b")).codeBlocks,
                 QStringList{QStringLiteral("let a\n\nlet b")});
        QCOMPARE(MarkdownRenderer::render(QStringLiteral("```\n```")).codeBlocks, QStringList{QString()});
        // Code inside lists and quotes counts too, in document order.
        QCOMPARE(MarkdownRenderer::render(QStringLiteral("- x\n\n  ```\n  a\n  ```\n> ```\n> b\n> ```\n"))
                     .codeBlocks,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void tables()
    {
        const QString out = html("| Left | Centre | Right | None |\n|:---|:---:|---:|---|\n"
                                 "| a | **b** | `c` | d |\n| e |\n");
        QVERIFY2(out.startsWith(QLatin1String(
                     "<table class=\"md\" border=\"1\" cellspacing=\"0\" "
                     "cellpadding=\"4\"><tr><th align=\"left\">Left</th><th "
                     "align=\"center\">Centre</th><th align=\"right\">Right</th><th>None</th></tr>")),
                 qPrintable(out));
        QVERIFY(out.contains(
            QLatin1String("<tr><td align=\"left\">a</td><td align=\"center\"><strong>b</strong></td>"
                          "<td align=\"right\"><code class=\"inline\">c</code></td><td>d</td></tr>")));
        // A short row is padded with empty cells by cmark-gfm.
        QVERIFY(out.contains(QLatin1String("<tr><td align=\"left\">e</td>")));
        QVERIFY(out.endsWith(QLatin1String("</tr></table>")));
        QCOMPARE(out.count(QLatin1String("<tr>")), 3);
        QCOMPARE(HtmlSafety::check(out), QString());
        // Escaped pipes stay in the cell.
        QVERIFY(html("| a |\n|---|\n| x \\| y |\n").contains(QLatin1String("<td>x | y</td>")));
    }

    void deepNestingIsFlattened()
    {
        const QString quotes =
            MarkdownRenderer::render(QString(5000, QLatin1Char('>')) + QStringLiteral(" deep")).html;
        QVERIFY(quotes.contains(QLatin1String("deep")));
        QCOMPARE(quotes.count(QLatin1String("<table class=\"quote\"")), 16);
        QCOMPARE(HtmlSafety::check(quotes), QString());

        QString list;
        for (int i = 0; i < 100; ++i)
            list += QString(i * 2, QLatin1Char(' ')) + QStringLiteral("- item %1\n").arg(i);
        const QString lists = MarkdownRenderer::render(list).html;
        QCOMPARE(lists.count(QLatin1String("<ul>")), 16);
        QVERIFY(lists.contains(QLatin1String("item 99")));
        QCOMPARE(HtmlSafety::check(lists), QString());
    }

    void emptyAndWhitespaceInput()
    {
        QCOMPARE(MarkdownRenderer::render(QString()), RenderedMarkdown());
        QCOMPARE(MarkdownRenderer::render(QStringLiteral("\n\n  \n")), RenderedMarkdown());
    }

    void copyLinks()
    {
        QCOMPARE(MarkdownRenderer::copyLinkFor(0), QStringLiteral("loquat-copy:0"));
        QCOMPARE(MarkdownRenderer::copyLinkFor(42), QStringLiteral("loquat-copy:42"));
        for (int n : {0, 1, 7, 123456})
            QCOMPARE(MarkdownRenderer::codeBlockFromLink(MarkdownRenderer::copyLinkFor(n)), n);
        for (const char *bad :
             {"", "loquat-copy:", "loquat-copy:x", "loquat-copy:-1", "loquat-copy:+1", "loquat-copy: 1",
              "loquat-copy:1x", "https://example.com", "LOQUAT-COPY:1", "loquat-copy:99999999999"})
            QCOMPARE(MarkdownRenderer::codeBlockFromLink(QString::fromLatin1(bad)), -1);
    }

    void styleSheets()
    {
        const QString light = MarkdownRenderer::defaultStyleSheet(false);
        const QString dark = MarkdownRenderer::defaultStyleSheet(true);
        QVERIFY(light != dark);
        for (const QString &css : {light, dark}) {
            for (const char *selector : {"code.inline", "table.codeblock", "td.codelang", "td.code",
                                         "pre.code", "td.quotebar", "td.quotebody", "table.md", "th", "a {"})
                QVERIFY2(css.contains(QLatin1String(selector)), selector);
        }
    }
};

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
