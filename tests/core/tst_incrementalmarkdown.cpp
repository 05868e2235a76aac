#include "markdown/incrementalmarkdown.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

namespace {
// A long answer of the kind models write, with the constructs that span blank lines: loose lists,
// items with several paragraphs, code with blank lines (fenced, tilde, longer fences, indented),
// a list that goes on after an unindented code block, quotes, tables, raw HTML blocks.
QString realisticAnswer()
{
    return QStringLiteral(
        "# Setting up the build\n"
        "\n"
        "Here is how to build the project. It needs **CMake 3.22**, a C++20 compiler and *Qt 6.4*; see\n"
        "[the docs](https://example.com/docs) or <https://example.com/faq>. Use `cmake --build`.\n"
        "\n"
        "## Steps\n"
        "\n"
        "1. Install the dependencies:\n"
        "\n"
        "   ```sh\n"
        "   sudo apt-get install qt6-base-dev\n"
        "\n"
        "   sudo apt-get install libcmark-gfm-dev\n"
        "   ```\n"
        "\n"
        "2. Configure the build.\n"
        "\n"
        "   The second paragraph of step two, still inside the item.\n"
        "\n"
        "3. Build it:\n"
        "\n"
        "```\n"
        "cmake -S . -B build -G Ninja\n"
        "\n"
        "cmake --build build\n"
        "```\n"
        "\n"
        "4. Run the tests.\n"
        "5. Done.\n"
        "\n"
        "Some notes\n"
        "----------\n"
        "\n"
        "- a tight item\n"
        "- another one with ~~struck~~ text\n"
        "  - nested item\n"
        "  - nested item two\n"
        "- [ ] a task\n"
        "- [x] a finished task\n"
        "\n"
        "> A quote that spans\n"
        "> two lines.\n"
        ">\n"
        "> And a second paragraph with `code`.\n"
        "\n"
        "The options:\n"
        "| option | default | meaning |\n"
        "|:--|:-:|--:|\n"
        "| `-j` | 2 | parallel jobs |\n"
        "| `-v` | off | verbose |\n"
        "Text after the table without a blank line is a row.\n"
        "\n"
        "A paragraph right before code:\n"
        "~~~python\n"
        "def f(x):\n"
        "    ```not a fence end```\n"
        "\n"
        "    return x\n"
        "~~~\n"
        "````markdown\n"
        "```\n"
        "inner fence\n"
        "\n"
        "```\n"
        "````\n"
        "\n"
        "    indented code\n"
        "\n"
        "\n"
        "    still the same block\n"
        "\n"
        "<!-- a comment\n"
        "\n"
        "that spans blank lines -->\n"
        "\n"
        "<script>\n"
        "alert(1)\n"
        "\n"
        "</script>\n"
        "\n"
        "***\n"
        "\n"
        "Final paragraph with an image ![diagram](https://example.com/d.png) and a footnote-like [^1].\n"
        "Title\n"
        "=====\n"
        "\n"
        "- loose item one\n"
        "\n"
        "- loose item two\n"
        "\n"
        "      indented code in an item\n"
        "\n"
        "- loose item three\n"
        "\n"
        "Ünïcödé ✓ 日本語 and emoji 🎉.\n");
}

// One "answer": the realistic text several times, so that there are many blocks.
QString longAnswer()
{
    QString text;
    for (int i = 0; i < 4; ++i)
        text += realisticAnswer() + QStringLiteral("\n");
    return text;
}

struct StreamStats {
    qsizetype maxOpenHtml = 0;
    qsizetype closedAtEnd = 0;
};

// Feeds `text` in random increments and checks after each one that the incremental rendering is
// the full rendering, and that closed blocks are never rendered again.
StreamStats streamAndCheck(const QString &text, quint32 seed, int maxStep)
{
    QRandomGenerator random(seed);
    IncrementalMarkdown incremental;
    QList<RenderedMarkdown> previousClosed;
    StreamStats stats;
    qsizetype pos = 0;
    while (pos < text.size()) {
        pos = std::min(text.size(), pos + 1 + random.bounded(maxStep));
        const QString prefix = text.left(pos);
        incremental.setText(prefix);
        const RenderedMarkdown full = MarkdownRenderer::render(prefix);
        if (incremental.html() != full.html || incremental.codeBlocks() != full.codeBlocks) {
            qWarning().noquote() << "prefix:" << prefix.right(200)
                                 << "\nincremental:" << incremental.html().right(400)
                                 << "\nfull:" << full.html.right(400);
            return {-1, -1};
        }
        // Closed blocks are kept as they were; only new ones follow.
        if (incremental.keptClosedBlocks() != previousClosed.size())
            return {-2, -2};
        for (qsizetype i = 0; i < previousClosed.size(); ++i) {
            if (incremental.closedBlock(i) != previousClosed.at(i))
                return {-3, -3};
        }
        previousClosed.clear();
        for (qsizetype i = 0; i < incremental.closedBlockCount(); ++i)
            previousClosed.append(incremental.closedBlock(i));
        stats.maxOpenHtml = std::max(stats.maxOpenHtml, incremental.openBlock().html.size());
    }
    stats.closedAtEnd = incremental.closedBlockCount();
    return stats;
}
} // namespace

class TestIncrementalMarkdown : public QObject {
    Q_OBJECT

private slots:
    void streamingEqualsFullRender_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("maxStep");
        QTest::newRow("token-sized") << quint32(1) << 6;
        QTest::newRow("small") << quint32(2) << 20;
        QTest::newRow("medium") << quint32(3) << 80;
        QTest::newRow("large") << quint32(4) << 400;
        QTest::newRow("single characters") << quint32(5) << 1;
    }

    void streamingEqualsFullRender()
    {
        QFETCH(quint32, seed);
        QFETCH(int, maxStep);
        const QString text = longAnswer();
        const StreamStats stats = streamAndCheck(text, seed, maxStep);
        QCOMPARE_GE(stats.maxOpenHtml, 0); // -1: html differs, -2/-3: a closed block changed
        // It really is incremental: many closed blocks, and the open block stays small (the largest
        // construct of the answer is a list of about 1 KB of HTML).
        QCOMPARE_GT(stats.closedAtEnd, 60);
        QCOMPARE_LT(stats.maxOpenHtml, 2500);
    }

    void finalRenderingEqualsFullRender()
    {
        const QString text = longAnswer();
        IncrementalMarkdown incremental;
        QRandomGenerator random(42);
        for (qsizetype pos = 0; pos < text.size();) {
            pos = std::min(text.size(), pos + 1 + random.bounded(30));
            incremental.setText(text.left(pos));
        }
        const RenderedMarkdown full = MarkdownRenderer::render(text);
        QCOMPARE(incremental.html(), full.html);
        QCOMPARE(incremental.codeBlocks(), full.codeBlocks);
        QCOMPARE(incremental.codeBlocks().size(), 6 * 4);
        // No link references: finish() keeps everything.
        const qsizetype closed = incremental.closedBlockCount();
        incremental.finish();
        QCOMPARE(incremental.closedBlockCount(), closed);
        QCOMPARE(incremental.keptClosedBlocks(), closed);
        QCOMPARE(incremental.html(), full.html);
    }

    void blankLinesInsideCodeDoNotCut()
    {
        IncrementalMarkdown incremental;
        incremental.setText(QStringLiteral("Intro.\n\n```\nfirst\n\n\n# not a heading\n\nlast\n"));
        // The intro is closed (a code block followed it); the unclosed fence holds everything after it.
        QCOMPARE(incremental.closedBlockCount(), 1);
        QCOMPARE(incremental.openBlock().codeBlocks,
                 QStringList{QStringLiteral("first\n\n\n# not a heading\n\nlast")});
        QVERIFY(!incremental.html().contains(QLatin1String("<h1>")));
        incremental.setText(
            QStringLiteral("Intro.\n\n```\nfirst\n\n\n# not a heading\n\nlast\n```\n\n# Heading\n"));
        QCOMPARE(incremental.keptClosedBlocks(), 1);
        QCOMPARE(incremental.closedBlockCount(), 2);
        QCOMPARE(incremental.codeBlocks().size(), 1);
        QVERIFY(incremental.openBlock().html.contains(QLatin1String("<h1>Heading</h1>")));
    }

    void looseListStaysOneList()
    {
        IncrementalMarkdown incremental;
        const QString text =
            QStringLiteral("1. one\n\n2. two\n\n   more of two\n\n3. three\n\nAfter.\n\nEnd.\n");
        for (qsizetype pos = 1; pos <= text.size(); ++pos)
            incremental.setText(text.left(pos));
        QCOMPARE(incremental.html().count(QLatin1String("<ol>")), 1);
        QCOMPARE(incremental.html().count(QLatin1String("<li>")), 3);
        QCOMPARE(incremental.html(), MarkdownRenderer::render(text).html);
        QCOMPARE(incremental.closedBlockCount(), 2); // the list, "After."
    }

    void tableRightAfterParagraph()
    {
        // cmark-gfm reports no position for a paragraph whose last line became a table header.
        // That must neither duplicate the paragraph (when the open block starts with a blank line)
        // nor keep everything after it open.
        const QString text =
            QStringLiteral("\nIntro line\nThe table:\n| a | b |\n|--:|---|\n| 1 | 2 |\n\n"
                           "After.\n\nMore text.\n\nCompare:\n| c |\n|---|\n\nEnd.\n\nBye.\n");
        for (quint32 seed = 1; seed <= 8; ++seed)
            QCOMPARE_GE(streamAndCheck(text, seed, 1 + int(seed) * 3).maxOpenHtml, 0);

        IncrementalMarkdown incremental;
        for (qsizetype pos = 1; pos <= text.size(); ++pos)
            incremental.setText(text.left(pos));
        QCOMPARE(incremental.html(), MarkdownRenderer::render(text).html);
        QCOMPARE(incremental.html().count(QLatin1String("Intro line")), 1);
        // Paragraph and table, "After.", "More text.", paragraph and table, "End." are closed.
        QCOMPARE(incremental.closedBlockCount(), 5);
        QCOMPARE(incremental.openBlock().html, QStringLiteral("<p>Bye.</p>"));
    }

    void setextHeadingRightBeforeText()
    {
        // cmark ends a setext heading on the line after its underline; that must not stop the
        // heading (and everything after it) from closing.
        const QString text = QStringLiteral("Title\n---\nText right after.\n\nMore.\n\nBye.\n");
        for (quint32 seed = 1; seed <= 8; ++seed)
            QCOMPARE_GE(streamAndCheck(text, seed, 1 + int(seed) * 2).maxOpenHtml, 0);
        IncrementalMarkdown incremental;
        for (qsizetype pos = 1; pos <= text.size(); ++pos)
            incremental.setText(text.left(pos));
        QCOMPARE(incremental.closedBlockCount(), 3);
        QCOMPARE(incremental.closedBlock(0).html, QStringLiteral("<h2>Title</h2>"));
        QCOMPARE(incremental.openBlock().html, QStringLiteral("<p>Bye.</p>"));
    }

    void codeBlockNumberingContinuesAcrossBlocks()
    {
        IncrementalMarkdown incremental;
        const QString text = QStringLiteral("```\na\n```\n\ntext\n\n```\nb\n```\n\n    c\n\nend\n");
        for (qsizetype pos = 1; pos <= text.size(); ++pos)
            incremental.setText(text.left(pos));
        QCOMPARE(incremental.codeBlocks(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(incremental.closedBlockCount() >= 4);
        for (int i = 0; i < 3; ++i)
            QVERIFY(incremental.html().contains(MarkdownRenderer::copyLinkFor(i)));
        QVERIFY(!incremental.html().contains(MarkdownRenderer::copyLinkFor(3)));
    }

    void nonExtensionStartsOver()
    {
        IncrementalMarkdown incremental;
        incremental.setText(QStringLiteral("# One\n\nTwo\n\nThree\n"));
        QCOMPARE(incremental.closedBlockCount(), 2);
        incremental.setText(QStringLiteral("# One\n\nTwo\n\nThree\nfour"));
        QCOMPARE(incremental.keptClosedBlocks(), 2);
        QCOMPARE(incremental.closedBlockCount(), 2);
        incremental.setText(QStringLiteral("# Uno\n\nDos"));
        QCOMPARE(incremental.keptClosedBlocks(), 0);
        QCOMPARE(incremental.closedBlockCount(),
                 0); // "Dos" is a partial line: nothing follows the heading yet
        QCOMPARE(incremental.html(), MarkdownRenderer::render(QStringLiteral("# Uno\n\nDos")).html);
        incremental.setText(QString());
        QCOMPARE(incremental.html(), QString());
        QCOMPARE(incremental.closedBlockCount(), 0);
        incremental.setText(QStringLiteral("x\n\ny"));
        incremental.clear();
        QCOMPARE(incremental.closedBlockCount(), 0);
        QCOMPARE(incremental.html(), QString());
    }

    void partialLineDoesNotCloseBlocks()
    {
        // "para\n#" is a paragraph and an empty heading; "para\n#tag" is one paragraph.
        IncrementalMarkdown incremental;
        incremental.setText(QStringLiteral("para\n#"));
        QCOMPARE(incremental.closedBlockCount(), 0);
        QCOMPARE(incremental.html(), MarkdownRenderer::render(QStringLiteral("para\n#")).html);
        incremental.setText(QStringLiteral("para\n#tag\n"));
        QCOMPARE(incremental.html(), QStringLiteral("<p>para\n#tag</p>"));
    }

    void windowsLineEndings()
    {
        QString text = realisticAnswer();
        text.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        const StreamStats stats = streamAndCheck(text, 7, 15);
        QCOMPARE_GE(stats.maxOpenHtml, 0);
        QCOMPARE_GT(stats.closedAtEnd, 10);
    }

    void referenceDefinitionsNeedFinish()
    {
        const QString text = QStringLiteral(
            "See [the docs][docs] first.\n\nMore text.\n\n[docs]: https://example.com/docs\n\nBye.");
        IncrementalMarkdown incremental;
        for (qsizetype pos = 1; pos <= text.size(); ++pos)
            incremental.setText(text.left(pos));
        const RenderedMarkdown full = MarkdownRenderer::render(text);
        QVERIFY(full.html.contains(QLatin1String("<a href=\"https://example.com/docs\">the docs</a>")));
        // The documented limitation: the first paragraph was closed before the definition arrived.
        QVERIFY(incremental.html() != full.html);
        incremental.finish();
        QCOMPARE(incremental.html(), full.html);
        QCOMPARE(incremental.keptClosedBlocks(), 0);
        // Streaming may go on after finish() (a continued answer) and stays consistent.
        incremental.setText(text + QStringLiteral("\n\nMore.\n\nAnd more."));
        QCOMPARE(incremental.html(),
                 MarkdownRenderer::render(text + QStringLiteral("\n\nMore.\n\nAnd more.")).html);
    }

    void hostileConstructsStream_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("nested quotes") << QStringLiteral("> a\n>> b\n>>> c\n\n> d\n\n```\n>\n\n```\n\ne\n");
        QTest::newRow("html comment")
            << QStringLiteral("<!--\n\n# x\n\n-->\n\n<div>\n\n*y*\n\n</div>\n\nz\n");
        QTest::newRow("setext and breaks")
            << QStringLiteral("a\n---\n\nb\n===\n\n- - -\n\n* * *\nc\n\n---\n");
        QTest::newRow("lists changing type")
            << QStringLiteral("- a\n\n* b\n\n+ c\n\n1. d\n\n1) e\n\n7. f\n\ng\n");
        QTest::newRow("tables") << QStringLiteral("a|b\n-|-\n1|2\n\nx\n|y|\n|-|\n\n|c|\n|:-:|\n|3|\n\n");
        QTest::newRow("unclosed fence") << QStringLiteral("x\n\n````\n```\n\n~~~\n\n# h\n");
        QTest::newRow("empty items") << QStringLiteral("-\n\n  foo\n\n1.\n\n-\n  bar\n\nend\n");
        // The open-fence fast path: only a fence of the same kind and at least the same length closes.
        QTest::newRow("fences closing") << QStringLiteral(
            "````py\n```\n~~~~\n    ````\n\n  `````  \nafter\n\n~~~\n```\n ~~~~\n\n\t```\nx\n\n"
            "``` a`\n\n```\ny\n```\r\n\r\nz\n");
    }

    void hostileConstructsStream()
    {
        QFETCH(QString, text);
        for (quint32 seed = 1; seed <= 5; ++seed)
            QCOMPARE_GE(streamAndCheck(text, seed, 4).maxOpenHtml, 0);
    }

    void randomDocumentsStream()
    {
        // Lines that open, continue or end blocks in many ways, shuffled into documents.
        const QStringList lines = {
            QStringLiteral("\n"),           QStringLiteral("para text\n"),  QStringLiteral("# h\n"),
            QStringLiteral("- item\n"),     QStringLiteral("  - nested\n"), QStringLiteral("1. one\n"),
            QStringLiteral("2) two\n"),     QStringLiteral("10. ten\n"),    QStringLiteral("```\n"),
            QStringLiteral("~~~py\n"),      QStringLiteral("````\n"),       QStringLiteral("   ```\n"),
            QStringLiteral("    code\n"),   QStringLiteral("> quote\n"),    QStringLiteral(">\n"),
            QStringLiteral("| a | b |\n"),  QStringLiteral("|---|:-:|\n"),  QStringLiteral("---\n"),
            QStringLiteral("===\n"),        QStringLiteral("<div>\n"),      QStringLiteral("<!--\n"),
            QStringLiteral("-->\n"),        QStringLiteral("<script>\n"),   QStringLiteral("</script>\n"),
            QStringLiteral("- [ ] task\n"), QStringLiteral("*a* `b`\n"),    QStringLiteral("\t\tx\n"),
            QStringLiteral("-\n"),          QStringLiteral("* * *\n"),      QStringLiteral("text  \n"),
            QStringLiteral("   > lazy\n"),  QStringLiteral("  more\n"),     QStringLiteral("      deep\n"),
            QStringLiteral("\r\n"),         QStringLiteral("x\ry\r"),       QStringLiteral("<pre>\n"),
            QStringLiteral("``` x`\n"),     QStringLiteral("~~~~\n"),       QStringLiteral("\t```\n"),
            QStringLiteral("    ```\n"),    QStringLiteral("> ```\n"),      QStringLiteral("- ```\n")};
        QRandomGenerator random(2024);
        for (int document = 0; document < 300; ++document) {
            QString text;
            const int count = 5 + random.bounded(40);
            for (int i = 0; i < count; ++i)
                text += lines.at(random.bounded(lines.size()));
            QVERIFY2(streamAndCheck(text, random.generate(), 8).maxOpenHtml >= 0, qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestIncrementalMarkdown)
#include "tst_incrementalmarkdown.moc"
