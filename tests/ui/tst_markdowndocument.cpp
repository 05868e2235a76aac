#include "markdown/markdownrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>

namespace {
// Markdown written to make a naive renderer fetch something: images, raw HTML with sources, style
// sheets with url(), links and images in every scheme.
QString hostileMarkdown()
{
    return QStringLiteral(
        "# Title ![h](http://evil.example/heading.png)\n"
        "\n"
        "![image](https://evil.example/a.png) ![local](file:///etc/hosts) ![rel](img/b.png) "
        "![data](data:image/png;base64,iVBORw0KGgo=)\n"
        "[![badge](https://evil.example/badge.svg)](https://example.com/ci)\n"
        "\n"
        "<img src=\"http://evil.example/raw.png\">\n"
        "\n"
        "Inline <img src=http://evil.example/inline.png> and <img src=\"/local.png\"/>.\n"
        "\n"
        "<style>p { background-image: url(http://evil.example/bg.png) }</style>\n"
        "\n"
        "<div style=\"background: url(http://evil.example/div.png)\">x</div>\n"
        "\n"
        "<link rel=\"stylesheet\" href=\"http://evil.example/s.css\">\n"
        "\n"
        "<iframe src=\"http://evil.example/frame\"></iframe> <script "
        "src=\"http://evil.example/s.js\"></script>\n"
        "\n"
        "&lt;img src=&quot;http://evil.example/entity.png&quot;&gt;\n"
        "\n"
        "| a | ![cell](http://evil.example/cell.png) |\n"
        "|---|---|\n"
        "| <img src=http://evil.example/td.png> | [js](javascript:alert(1)) |\n"
        "\n"
        "> ![quoted](https://evil.example/q.png)\n"
        "\n"
        "- [ ] ![task](https://evil.example/t.png)\n");
}

// The code blocks, with what whitespace-collapsing HTML would lose: tabs, runs of spaces, blank
// lines, markup characters.
QString codeMarkdown()
{
    return QStringLiteral("Some code:\n"
                          "\n"
                          "```cpp\n"
                          "int main()\n"
                          "{\n"
                          "\tif (a < b && c > d)   // three spaces\n"
                          "\n"
                          "\n"
                          "        return \"<html>\";\n"
                          "}\n"
                          "```\n"
                          "\n"
                          "1. In a list:\n"
                          "\n"
                          "   ```\n"
                          "   indented    twice\n"
                          "   ```\n"
                          "\n"
                          "> ```\n"
                          "> quoted &amp; code\n"
                          "> ```\n"
                          "\n"
                          "    indented block\n"
                          "      with   spaces\n");
}

class RecordingDocument final : public QTextDocument {
public:
    QList<QUrl> requested;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        requested.append(name);
        return QTextDocument::loadResource(type, name);
    }
};

class RecordingBrowser final : public QTextBrowser {
public:
    QList<QUrl> requested;

    QVariant loadResource(int type, const QUrl &name) override
    {
        requested.append(name);
        return QTextBrowser::loadResource(type, name);
    }
};

// Lays the document out and paints it, which is when QTextDocument asks for images.
void layOutAndPaint(QTextDocument &document)
{
    document.setTextWidth(600);
    const QSizeF size = document.documentLayout()->documentSize();
    QImage image(600, int(std::min<qreal>(size.height(), 4000)) + 1, QImage::Format_RGB32);
    QPainter painter(&image);
    document.drawContents(&painter);
}

QStringList anchors(const QTextDocument &document)
{
    QStringList hrefs;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                hrefs.append(format.anchorHref());
            if (format.isImageFormat())
                hrefs.append(QStringLiteral("image:") + format.toImageFormat().name());
        }
    }
    return hrefs;
}
} // namespace

class TestMarkdownDocument : public QObject {
    Q_OBJECT

private slots:
    void recorderSeesImageLoads()
    {
        // The detector works: plain HTML with an image does ask for it.
        RecordingDocument document;
        document.setHtml(QStringLiteral("<p><img src=\"http://evil.example/x.png\"></p>"));
        layOutAndPaint(document);
        QVERIFY(document.requested.contains(QUrl(QStringLiteral("http://evil.example/x.png"))));
    }

    void hostileMarkdownLoadsNothing()
    {
        for (bool dark : {false, true}) {
            RecordingDocument document;
            document.setDefaultStyleSheet(MarkdownRenderer::defaultStyleSheet(dark));
            document.setHtml(MarkdownRenderer::render(hostileMarkdown()).html);
            layOutAndPaint(document);
            QCOMPARE(document.requested, QList<QUrl>());
        }
        RecordingBrowser browser;
        browser.document()->setDefaultStyleSheet(MarkdownRenderer::defaultStyleSheet(false));
        browser.setHtml(MarkdownRenderer::render(hostileMarkdown()).html);
        browser.resize(600, 400);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QVERIFY(!browser.grab().isNull()); // paints the viewport
        QCOMPARE(browser.requested, QList<QUrl>());
    }

    void onlySafeLinksReachTheDocument()
    {
        QTextDocument document;
        document.setHtml(MarkdownRenderer::render(hostileMarkdown() + codeMarkdown()).html);
        const QStringList hrefs = anchors(document);
        QVERIFY(!hrefs.isEmpty());
        for (const QString &href : hrefs) {
            const QString scheme = QUrl(href).scheme();
            QVERIFY2(scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
                         MarkdownRenderer::codeBlockFromLink(href) >= 0 ||
                         !MarkdownRenderer::remoteImageFromLink(href).isEmpty(),
                     qPrintable(href));
        }
        QVERIFY(hrefs.contains(QStringLiteral("https://example.com/ci")));
        // A placeholder to load on a click, not an image.
        QVERIFY(hrefs.contains(
            MarkdownRenderer::remoteImageLinkFor(QStringLiteral("https://evil.example/a.png"))));
        QVERIFY(!hrefs.contains(QStringLiteral("https://evil.example/a.png")));
        QVERIFY(!hrefs.contains(QStringLiteral("image:https://evil.example/a.png")));
        // The raw HTML is visible as text.
        const QString text = document.toPlainText();
        QVERIFY(text.contains(QLatin1String("<img src=\"http://evil.example/raw.png\">")));
        QVERIFY(text.contains(QLatin1String("<script src=\"http://evil.example/s.js\"></script>")));
    }

    void codeIsVerbatimInTheDocument()
    {
        const RenderedMarkdown rendered = MarkdownRenderer::render(codeMarkdown());
        QCOMPARE(rendered.codeBlocks.size(), 4);
        QCOMPARE(rendered.codeBlocks.at(0),
                 QStringLiteral("int main()\n{\n\tif (a < b && c > d)   // three spaces\n\n\n"
                                "        return \"<html>\";\n}"));
        QTextDocument document;
        document.setDefaultStyleSheet(MarkdownRenderer::defaultStyleSheet(false));
        document.setHtml(rendered.html);
        layOutAndPaint(document);
        const QString text = document.toPlainText();
        for (const QString &code : rendered.codeBlocks)
            QVERIFY2(text.contains(code), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("quoted &amp; code")));
        // Each Copy link names the block it sits on.
        QStringList copyLinks;
        for (const QString &href : anchors(document)) {
            if (MarkdownRenderer::codeBlockFromLink(href) >= 0)
                copyLinks.append(href);
        }
        copyLinks.removeDuplicates();
        QCOMPARE(copyLinks,
                 (QStringList{MarkdownRenderer::copyLinkFor(0), MarkdownRenderer::copyLinkFor(1),
                              MarkdownRenderer::copyLinkFor(2), MarkdownRenderer::copyLinkFor(3)}));
    }

    void codeUsesAFixedPitchFont()
    {
        QTextDocument document;
        document.setDefaultStyleSheet(MarkdownRenderer::defaultStyleSheet(true));
        document.setHtml(MarkdownRenderer::render(codeMarkdown()).html);
        const QTextCursor cursor = document.find(QStringLiteral("int main()"));
        QVERIFY(!cursor.isNull());
        const QTextCharFormat format = cursor.charFormat();
        QVERIFY(format.fontFixedPitch() ||
                format.fontFamilies().toStringList().contains(QStringLiteral("monospace")));
    }
};

QTEST_MAIN(TestMarkdownDocument)
#include "tst_markdowndocument.moc"
