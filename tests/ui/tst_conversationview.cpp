#include "chat/conversationmodel.h"
#include "conversationview.h"
#include "imageserver.h"
#include "markdown/markdownrenderer.h"
#include "remoteimages/remoteimages.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

namespace {

Message message(const QString &role, const QString &content, MessageState state = MessageState::Complete)
{
    Message m;
    m.role = role;
    m.content = content;
    m.state = state;
    return m;
}

// A long answer with every kind of block, the way a model writes it.
QString longMarkdown(int sections)
{
    QString text;
    for (int i = 0; i < sections; ++i) {
        text += QStringLiteral("## Part %1\n\nSome *emphasis* and `inline code` in paragraph %1, long enough "
                               "to wrap across a line or two in a narrow window.\n\n"
                               "- first point %1\n- second point with **bold**\n\n"
                               "```cpp\nint part%1() {\n    return %1;\n}\n```\n\n"
                               "| key | value |\n|---|---|\n| part | %1 |\n| half | %2 |\n\n")
                    .arg(i)
                    .arg(i / 2);
    }
    return text;
}

// The position of the first character of the link `href`, or -1.
int anchorPosition(const QTextDocument *document, const QString &href, int occurrence = 0)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() == href && occurrence-- == 0)
                return fragment.position() + fragment.length() / 2;
        }
    }
    return -1;
}

// Clicks the link as a person would: scrolls it into view, then presses and releases on it.
bool clickLink(ConversationView &view, const QString &href, int occurrence = 0)
{
    const int position = anchorPosition(view.document(), href, occurrence);
    if (position < 0)
        return false;
    QTextCursor cursor(view.document());
    cursor.setPosition(position);
    view.setTextCursor(cursor);
    view.ensureCursorVisible();
    const QPoint point = view.cursorRect(cursor).center();
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, point);
    return true;
}

// PNG's CRC-32 (ISO 3309), to write a chunk by hand.
quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1) ? (crc >> 1) ^ 0xedb88320u : crc >> 1;
    }
    return crc ^ 0xffffffffu;
}

// The shown width of every image in the document.
QList<int> imageWidths(const QTextDocument *document)
{
    QList<int> widths;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                widths.append(int(it.fragment().charFormat().toImageFormat().width()));
        }
    }
    return widths;
}

bool hasImage(const QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                return true;
        }
    }
    return false;
}

} // namespace

class TestConversationView final : public QObject {
    Q_OBJECT

private slots:
    void streamingUpdatesTheDocumentIncrementally();
    void streamedDocumentMatchesOneBuiltAtOnce();
    void everyStepOfAStreamMatchesADocumentBuiltAtOnce();
    void growingFramedBlocksAreOnlyAppendedTo();
    void blocksThatCloseStayWhereTheyWereShown();
    void hostileHtmlStaysText();
    void copyLinkCopiesThatMessagesCode();
    void reasoningFoldsOnceTheAnswerStartsAndToggles();
    void remoteImagesAreNeverRequested();
    void clickedImageLoadsOnceAndOnlyThen();
    void imageFailuresAreShownInPlace();
    void endStatesAreShown();
    void toolCallsAreShown();
    void removingAndResettingRows();
    void followsTheTailOnlyWhenAtTheBottom();
    void longConversationsAreBuiltFromTheEnd();
    void scrollingUpBuildsEarlierMessagesInPlace();
    void rowsAboveTheBuiltOnesMoveTheWindow();
    void messageActionsAreReported();
    void versionsShowTheirPlace();
};

void TestConversationView::streamingUpdatesTheDocumentIncrementally()
{
    ConversationModel model;
    ConversationView view(&model);
    view.resize(700, 500);
    view.show();
    model.append(message(QStringLiteral("user"), QStringLiteral("Write a long answer.")));
    const int row = model.append(message(QStringLiteral("assistant"), {}, MessageState::Streaming));
    const int rebuilds = view.rebuildCount();
    const int firstBlockCount = view.document()->blockCount();
    const int userEnd = view.document()->toPlainText().indexOf(QStringLiteral("Write a long answer.")) + 20;

    struct Change {
        int position, removed, added;
    };
    QList<Change> changes;
    connect(view.document(), &QTextDocument::contentsChange, this, [&](int position, int removed, int added) {
        changes.append({position, removed, added});
    });

    const QString text = longMarkdown(30);
    int largestRemoval = 0;
    for (qsizetype at = 0; at < text.size(); at += 9) {
        changes.clear();
        model.update(row, [&](Message &m) { m.content = text.left(at + 9); });
        for (const Change &change : std::as_const(changes)) {
            QVERIFY2(change.position > userEnd, "an update touched the messages above the streaming one");
            largestRemoval = std::max(largestRemoval, change.removed);
        }
    }
    model.update(row, [](Message &m) { m.state = MessageState::Complete; });

    QCOMPARE(view.rebuildCount(), rebuilds); // the document was never set anew
    QVERIFY(view.document()->blockCount() > firstBlockCount + 100);
    // Each update removed at most the open block (one section's worth), never the whole answer.
    QVERIFY2(largestRemoval < 400, qPrintable(QString::number(largestRemoval)));
    QVERIFY(view.document()->characterCount() > 4000);
    const QString plain = view.toPlainText();
    QVERIFY(plain.contains(QStringLiteral("int part29() {")));
    QVERIFY(plain.contains(QStringLiteral("second point with bold")));
    QVERIFY(!plain.contains(QStringLiteral("```")));
    QVERIFY(!plain.contains(QStringLiteral("|---|")));
}

void TestConversationView::streamedDocumentMatchesOneBuiltAtOnce()
{
    const QString text = longMarkdown(6) + QStringLiteral("Last paragraph, still open");
    ConversationModel streamed;
    ConversationView streamedView(&streamed);
    streamed.append(message(QStringLiteral("user"), QStringLiteral("hi")));
    const int row = streamed.append(message(QStringLiteral("assistant"), {}, MessageState::Streaming));
    for (qsizetype at = 0; at < text.size(); at += 5)
        streamed.update(row, [&](Message &m) { m.content = text.left(at + 5); });
    streamed.update(row, [](Message &m) { m.state = MessageState::Complete; });

    ConversationModel whole;
    whole.append(message(QStringLiteral("user"), QStringLiteral("hi")));
    whole.append(message(QStringLiteral("assistant"), text));
    ConversationView wholeView(&whole);

    QCOMPARE(streamedView.toPlainText(), wholeView.toPlainText());
    QCOMPARE(streamedView.document()->blockCount(), wholeView.document()->blockCount());
    // The message action links name each model's own ids; the rest must be identical.
    const auto withoutIds = [](QString html) {
        return html.replace(QRegularExpression(QStringLiteral("(loquat-msg:\\w+:)\\d+")),
                            QStringLiteral("\\1N"));
    };
    QCOMPARE(withoutIds(streamedView.document()->toHtml()), withoutIds(wholeView.document()->toHtml()));
}

void TestConversationView::everyStepOfAStreamMatchesADocumentBuiltAtOnce()
{
    // The open block is brought up to date by inserting only what is new where it can be (see
    // FragmentBuilder::replace); after every step the document must still be exactly what a
    // rendering from scratch gives: same characters, same block and character formats. Reasoning
    // (with its dimmed overlay) and content both stream.
    const QString reasoning =
        QStringLiteral("Think: `a < b` & \"quotes\"\n\n```\nx = 1\ny = 2\n```\n\nDone.");
    const QString content = QStringLiteral(
        "Intro with *em*, **strong**, ~~gone~~ and a [link](https://example.com) &amp; <b>tags</b>.\n\n"
        "```python\ndef f(x):\n    return x < 2 and x > 0\n\n\nprint(f(1))\n```\n\n"
        "| a | b |\n|---|:-:|\n| 1 | 2 |\n| three | four |\n\n"
        "> quoted line one\n> line two with `code`\n\n"
        "3. third\n4. fourth\n\n- item\n  continued\n- another\n\n"
        "Setext heading\n---\n\nTail paragraph that keeps growing");
    ConversationModel streamed;
    ConversationView streamedView(&streamed);
    streamedView.resize(600, 400);
    const int row = streamed.append(message(QStringLiteral("assistant"), {}, MessageState::Streaming));
    auto check = [&](const QString &r, const QString &c) {
        ConversationModel whole;
        Message m = message(QStringLiteral("assistant"), c, MessageState::Streaming);
        m.reasoning = r;
        whole.append(m);
        ConversationView wholeView(&whole);
        // Message ids differ between the two models; everything else must not.
        static const QRegularExpression ids(QStringLiteral("loquat-toggle:\\d+"));
        return streamedView.document()->toHtml().replace(ids, {}) ==
               wholeView.document()->toHtml().replace(ids, {});
    };
    for (qsizetype at = 1; at <= reasoning.size(); at += 3) {
        streamed.update(row, [&](Message &m) { m.reasoning = reasoning.left(at); });
        QVERIFY2(check(reasoning.left(at), {}), qPrintable(reasoning.left(at)));
    }
    for (qsizetype at = 1; at <= content.size(); ++at) {
        streamed.update(row, [&](Message &m) {
            m.reasoning = reasoning;
            m.content = content.left(at);
        });
        QVERIFY2(check(reasoning, content.left(at)), qPrintable(content.left(at)));
    }
}

void TestConversationView::blocksThatCloseStayWhereTheyWereShown()
{
    // While streaming, a block closes because the next one began. What the document shows of it
    // must stay (nothing removed and inserted again: for a code block or a quote, a frame change
    // that makes QTextDocument rescan the conversation), also where the open block showed the
    // closed one and the beginning of the next (the line that began it was not complete yet).
    ConversationModel model;
    ConversationView view(&model);
    const int row = model.append(message(QStringLiteral("assistant"), {}, MessageState::Streaming));
    int removed = 0;
    connect(view.document(), &QTextDocument::contentsChange, this,
            [&](int, int charsRemoved, int) { removed += charsRemoved; });
    QString text;
    const QStringList steps = {QStringLiteral("Para one.\n\n"),
                               QStringLiteral("```cpp\nint x;\n"), // the paragraph closes
                               QStringLiteral("```\n\n> quo"),     // the code block and a quote begun
                               QStringLiteral("te goes on\n\n"),   // the code block closes
                               QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n\n"), // the quote
                               QStringLiteral("Tail")};                               // the table
    for (const QString &step : steps) {
        text += step;
        model.update(row, [&](Message &m) { m.content = text; });
        if (step != steps.first()) // the first step only inserts
            QVERIFY2(removed == 0,
                     qPrintable(QStringLiteral("%1 characters removed after \"%2\"")
                                    .arg(removed)
                                    .arg(QString(step).replace(QLatin1Char('\n'), QStringLiteral("\\n")))));
        removed = 0;
    }
    model.update(row, [](Message &m) { m.state = MessageState::Complete; });
    ConversationModel whole;
    whole.append(message(QStringLiteral("assistant"), text));
    ConversationView wholeView(&whole);
    static const QRegularExpression ids(QStringLiteral("(loquat-msg:\\w+:)\\d+"));
    QCOMPARE(view.document()->toHtml().replace(ids, QStringLiteral("\\1N")),
             wholeView.document()->toHtml().replace(ids, QStringLiteral("\\1N")));
}

void TestConversationView::growingFramedBlocksAreOnlyAppendedTo()
{
    // Code blocks, tables and quotes are QTextFrames; replacing one on every token would make
    // QTextDocument rescan every frame of the conversation. While such a block only grows, each
    // update must be a pure insertion (nothing removed).
    ConversationModel model;
    ConversationView view(&model);
    const int row = model.append(message(QStringLiteral("assistant"), {}, MessageState::Streaming));
    int removed = 0;
    int updates = 0;
    connect(view.document(), &QTextDocument::contentsChange, this,
            [&](int, int charsRemoved, int) { removed += charsRemoved; });
    for (const QString &block : {QStringLiteral("```cpp\nint x = 0;\nint y = 1;\nint zed = 22;\n"),
                                 QStringLiteral("> a quote that goes on and on with more words")}) {
        QString text = longMarkdown(2) + block.left(12);
        model.update(row, [&](Message &m) { m.content = text; });
        removed = 0;
        for (qsizetype at = 13; at <= block.size(); ++at) {
            model.update(row, [&](Message &m) { m.content = longMarkdown(2) + block.left(at); });
            ++updates;
        }
        QVERIFY2(
            removed == 0,
            qPrintable(
                QStringLiteral("%1 characters removed while \"%2\" grew").arg(removed).arg(block.left(20))));
    }
    QVERIFY(updates > 40);
}

void TestConversationView::hostileHtmlStaysText()
{
    ConversationModel model;
    ConversationView view(&model);
    const QString hostile =
        QStringLiteral("<b>not bold</b> <script>alert(1)</script> <a href=\"file:///etc/passwd\">x</a>");
    model.append(message(QStringLiteral("user"), hostile));
    model.append(message(QStringLiteral("assistant"), QStringLiteral("Answer: ") + hostile));
    const QString plain = view.toPlainText();
    QVERIFY2(plain.count(QStringLiteral("<b>not bold</b>")) == 2, qPrintable(plain));
    QCOMPARE(plain.count(QStringLiteral("<script>alert(1)</script>")), 2);
    QCOMPARE(anchorPosition(view.document(), QStringLiteral("file:///etc/passwd")), -1);
}

void TestConversationView::copyLinkCopiesThatMessagesCode()
{
    ConversationModel model;
    ConversationView view(&model);
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.append(message(QStringLiteral("assistant"),
                         QStringLiteral("First:\n\n```python\nprint('one')\n```\n\n```sh\necho two\n```\n")));
    model.append(message(QStringLiteral("user"), QStringLiteral("and another")));
    model.append(
        message(QStringLiteral("assistant"), QStringLiteral("Second:\n\n```c\nputs(\"three\");\n```\n")));
    QSignalSpy notices(&view, &ConversationView::notice);

    QGuiApplication::clipboard()->clear();
    // Each message numbers its code blocks from 0: the link's message decides what is copied.
    QVERIFY(clickLink(view, QStringLiteral("loquat-copy:1")));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("echo two"));
    QVERIFY(clickLink(view, QStringLiteral("loquat-copy:0"), 1));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("puts(\"three\");"));
    QVERIFY(clickLink(view, QStringLiteral("loquat-copy:0"), 0));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("print('one')"));
    QCOMPARE(notices.count(), 3);
}

void TestConversationView::reasoningFoldsOnceTheAnswerStartsAndToggles()
{
    ConversationModel model;
    ConversationView view(&model);
    view.resize(700, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int row = model.append(message(QStringLiteral("assistant"), {}, MessageState::Streaming));
    const quint64 id = model.message(row).id;
    const QString thinking = QStringLiteral("The user greets me; a short answer will do.");
    model.update(row, [&](Message &m) { m.reasoning = thinking; });
    // While only thinking arrives it is shown.
    QVERIFY(view.toPlainText().contains(thinking));
    QVERIFY(view.isReasoningExpanded(id));

    model.update(row, [](Message &m) { m.content = QStringLiteral("Hello to you too."); });
    QVERIFY(!view.toPlainText().contains(thinking));
    QVERIFY(view.toPlainText().contains(QStringLiteral("Reasoning")));
    QVERIFY(!view.isReasoningExpanded(id));

    const QString toggle = QStringLiteral("loquat-toggle:%1").arg(id);
    QVERIFY(clickLink(view, toggle));
    QVERIFY(view.isReasoningExpanded(id));
    QVERIFY(view.toPlainText().contains(thinking));
    // The reasoning sits above the answer.
    QVERIFY(view.toPlainText().indexOf(thinking) <
            view.toPlainText().indexOf(QStringLiteral("Hello to you too.")));

    // The user's choice holds while the answer goes on.
    model.update(row, [](Message &m) { m.content += QStringLiteral(" More."); });
    QVERIFY(view.isReasoningExpanded(id));
    QVERIFY(clickLink(view, toggle));
    QVERIFY(!view.isReasoningExpanded(id));
    QVERIFY(!view.toPlainText().contains(thinking));
    QVERIFY(view.toPlainText().contains(QStringLiteral("Hello to you too. More.")));
}

void TestConversationView::remoteImagesAreNeverRequested()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] { ++connections; });
    const QString url = QStringLiteral("http://127.0.0.1:%1/pixel.png").arg(server.serverPort());

    ConversationModel model;
    ConversationView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.append(message(
        QStringLiteral("assistant"),
        QStringLiteral("![tracking pixel](%1)\n\n<img src=\"%1\">\n\n[![badge](%1)](%1)\n").arg(url)));
    QTest::qWait(300);
    QCOMPARE(connections, 0);
    QVERIFY(!hasImage(view.document()));
    QVERIFY(view.loadResource(QTextDocument::ImageResource, QUrl(url)).isNull());
    QVERIFY(
        view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/hosts"))).isNull());
    QVERIFY(view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("pixel.png"))).isNull());
    QVERIFY(view.refusedResourceCount() >= 3);
}

void TestConversationView::clickedImageLoadsOnceAndOnlyThen()
{
    ImageServer server;
    QVERIFY(server.listen());
    server.setResponse("/chart.png", {200, "image/png", ImageServer::png(1200, 600), {}, -1});
    const QString url = QString::fromLatin1(server.url("/chart.png"));
    const QString other = QString::fromLatin1(server.url("/other.png"));

    // The app's network manager, holding a cookie for that host: it must not be sent.
    QNetworkAccessManager network;
    network.cookieJar()->setCookiesFromUrl({QNetworkCookie("session", "cookie-secret")}, QUrl(url));
    ConversationModel model;
    ConversationView view(&model);
    view.setNetwork(&network);
    view.resize(500, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.append(message(QStringLiteral("user"), QStringLiteral("Draw me a chart")));
    model.append(
        message(QStringLiteral("assistant"),
                QStringLiteral("Here it is:\n\n![sales chart](%1)\n\nAnd another: ![second](%2)\n\nDone.")
                    .arg(url, other)));
    // Rendered, laid out and painted: nothing is fetched.
    QVERIFY(!view.grab().isNull());
    QTest::qWait(300);
    QCOMPARE(server.connectionCount(), 0);
    QVERIFY(!hasImage(view.document()));
    // The placeholder names the image and its full address.
    QVERIFY2(
        view.toPlainText().contains(QStringLiteral("sales chart (click to load the image from %1)").arg(url)),
        qPrintable(view.toPlainText()));

    // The click: exactly one request, for that image only, with no cookie and no key.
    QVERIFY(clickLink(view, MarkdownRenderer::remoteImageLinkFor(url)));
    QTRY_VERIFY_WITH_TIMEOUT(hasImage(view.document()), 10000);
    QCOMPARE(server.requests().size(), 1);
    const QByteArray request = server.requests().first();
    QVERIFY2(request.startsWith("GET /chart.png HTTP/1.1\r\n"), request.constData());
    QVERIFY(!request.toLower().contains("cookie"));
    QVERIFY(!request.toLower().contains("authorization"));
    QCOMPARE(view.remoteImages()->state(url), RemoteImages::State::Loaded);
    QCOMPARE(view.remoteImages()->state(other), RemoteImages::State::NotLoaded);
    // Scaled to the view's width (1200 px would not fit), the rest of the answer kept.
    const QList<int> widths = imageWidths(view.document());
    QCOMPARE(widths.size(), 1);
    QVERIFY2(widths.first() < view.viewport()->width(), qPrintable(QString::number(widths.first())));
    QVERIFY(view.toPlainText().contains(QStringLiteral("Here it is:")));
    QVERIFY(
        view.toPlainText().contains(QStringLiteral("second (click to load the image from %1)").arg(other)));
    QVERIFY(view.toPlainText().contains(QStringLiteral("Done.")));
    QVERIFY(!view.toPlainText().contains(QStringLiteral("sales chart")));

    // Narrower: the image follows; a rebuild (a theme change) keeps it; nothing is fetched again.
    view.resize(320, 400);
    QTRY_VERIFY(imageWidths(view.document()).value(0) < widths.first());
    QVERIFY(imageWidths(view.document()).value(0) < view.viewport()->width());
    model.update(1, [](Message &m) { m.metrics.ttftMs = 10; });
    view.setModel(&model);
    QVERIFY(hasImage(view.document()));
    QTest::qWait(200);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(view.refusedResourceCount(), 0); // the image came from the document, not loadResource
}

void TestConversationView::imageFailuresAreShownInPlace()
{
    ImageServer server;
    QVERIFY(server.listen());
    server.setResponse("/text.png", {200, "text/html", "<html>not an image</html>", {}, -1});
    server.setResponse("/huge.png", {200, "image/png", ImageServer::png(10, 10), {}, 50'000'000});
    // A PNG whose header claims 30000 x 30000 pixels: refused before any pixel is allocated.
    QByteArray giantPng = ImageServer::png(4, 4);
    const auto put32 = [&giantPng](int at, quint32 value) {
        for (int i = 0; i < 4; ++i)
            giantPng[at + i] = char((value >> (8 * (3 - i))) & 0xff);
    };
    put32(16, 30000);                       // IHDR width
    put32(20, 30000);                       // IHDR height
    put32(29, crc32(giantPng.mid(12, 17))); // the chunk's CRC over its type and data
    server.setResponse("/giant.png", {200, "image/png", giantPng, {}, -1});
    const QString missing = QString::fromLatin1(server.url("/missing.png"));
    const QString text = QString::fromLatin1(server.url("/text.png"));
    const QString huge = QString::fromLatin1(server.url("/huge.png"));
    const QString giant = QString::fromLatin1(server.url("/giant.png"));

    ConversationModel model;
    ConversationView view(&model);
    view.resize(600, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.append(message(
        QStringLiteral("assistant"),
        QStringLiteral("- ![a](%1)\n- ![b](%2)\n- ![c](%3)\n- ![d](%4)\n").arg(missing, text, huge, giant)));
    for (const QString &url : {missing, text, huge, giant})
        QVERIFY(clickLink(view, MarkdownRenderer::remoteImageLinkFor(url)));
    for (const QString &url : {missing, text, huge, giant})
        QTRY_COMPARE_WITH_TIMEOUT(view.remoteImages()->state(url), RemoteImages::State::Failed, 10000);
    const QString shown = view.toPlainText();
    QVERIFY2(shown.contains(QStringLiteral(
                 "a (could not load the image: the server answered HTTP 404. Click to try again.)")),
             qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("b (could not load the image: it is not an image Loquat shows")));
    QVERIFY(shown.contains(QStringLiteral("c (could not load the image: the image is ")));
    QVERIFY(view.remoteImages()->error(huge).contains(QStringLiteral("more than the")));
    QVERIFY2(view.remoteImages()->error(giant).contains(QStringLiteral("30000×30000 pixels")),
             qPrintable(view.remoteImages()->error(giant)));
    QVERIFY(!hasImage(view.document()));

    // A click on a failed one tries again, once more.
    server.setResponse("/missing.png", {200, "image/png", ImageServer::png(40, 30), {}, -1});
    const int before = server.requests().size();
    QVERIFY(clickLink(view, MarkdownRenderer::remoteImageLinkFor(missing)));
    QTRY_VERIFY_WITH_TIMEOUT(hasImage(view.document()), 10000);
    QCOMPARE(server.requests().size(), before + 1);
    QCOMPARE(imageWidths(view.document()), QList<int>{40});
}

void TestConversationView::endStatesAreShown()
{
    ConversationModel model;
    ConversationView view(&model);
    const int failed = model.append(
        message(QStringLiteral("assistant"), QStringLiteral("Partial"), MessageState::Streaming));
    QVERIFY(view.toPlainText().contains(QStringLiteral("Partial")));
    model.update(failed, [](Message &m) {
        m.state = MessageState::Failed;
        m.errorText = QStringLiteral("The server refused the request: maximum context length exceeded.");
    });
    QVERIFY(view.toPlainText().contains(QStringLiteral("maximum context length exceeded")));
    QVERIFY(view.toPlainText().contains(QStringLiteral("Partial")));

    const int stopped = model.append(
        message(QStringLiteral("assistant"), QStringLiteral("Half an ans"), MessageState::Streaming));
    model.update(stopped, [](Message &m) {
        m.state = MessageState::Stopped;
        m.metrics.ttftMs = 42;
    });
    QVERIFY(view.toPlainText().contains(QStringLiteral("Half an ans")));
    QVERIFY(view.toPlainText().contains(QStringLiteral("Stopped")));

    const int done = model.append(message(QStringLiteral("assistant"), {}, MessageState::Streaming));
    QVERIFY(view.toPlainText().contains(QStringLiteral("Waiting for the answer")));
    model.update(done, [](Message &m) {
        m.content = QStringLiteral("Done.");
        m.state = MessageState::Complete;
        m.metrics.ttftMs = 120;
        m.metrics.tokensPerSecond = 85.25;
        m.metrics.promptTokens = 12;
        m.metrics.completionTokens = 2400;
    });
    const QString plain = view.toPlainText();
    QVERIFY(!plain.contains(QStringLiteral("Waiting for the answer")));
    QVERIFY2(plain.contains(QStringLiteral("TTFT 120 ms")), qPrintable(plain));
    QVERIFY(plain.contains(QStringLiteral("85.3 tok/s")));
    QVERIFY(plain.contains(QStringLiteral("12 prompt + 2,400 completion tokens")));
}

void TestConversationView::toolCallsAreShown()
{
    ConversationModel model;
    ConversationView view(&model);
    Message m = message(QStringLiteral("assistant"), {});
    m.toolCalls.append(ToolCall{0, QStringLiteral("call_1"), QStringLiteral("function"),
                                QStringLiteral("get_weather"), QStringLiteral("{\"city\":\"Lyon\"}")});
    model.append(m);
    const QString plain = view.toPlainText();
    QVERIFY(plain.contains(QStringLiteral("get_weather")));
    QVERIFY(plain.contains(QStringLiteral("\"city\": \"Lyon\"")));
}

void TestConversationView::removingAndResettingRows()
{
    ConversationModel model;
    ConversationView view(&model);
    model.append(message(QStringLiteral("user"), QStringLiteral("first question")));
    model.append(message(QStringLiteral("assistant"), QStringLiteral("first answer")));
    model.append(message(QStringLiteral("user"), QStringLiteral("second question")));
    model.append(message(QStringLiteral("assistant"), QStringLiteral("second answer")));
    model.removeFrom(2);
    QVERIFY(view.toPlainText().contains(QStringLiteral("first answer")));
    QVERIFY(!view.toPlainText().contains(QStringLiteral("second")));
    const int row =
        model.append(message(QStringLiteral("assistant"), QStringLiteral("x"), MessageState::Streaming));
    model.update(row, [](Message &m) { m.content = QStringLiteral("third answer"); });
    QVERIFY(view.toPlainText().contains(QStringLiteral("third answer")));
    QVERIFY(view.toPlainText().indexOf(QStringLiteral("first answer")) <
            view.toPlainText().indexOf(QStringLiteral("third answer")));

    const int rebuilds = view.rebuildCount();
    model.clear();
    QCOMPARE(view.rebuildCount(), rebuilds + 1);
    QVERIFY(view.toPlainText().trimmed().isEmpty());
    model.append(message(QStringLiteral("user"), QStringLiteral("fresh start")));
    QVERIFY(view.toPlainText().contains(QStringLiteral("fresh start")));
}

void TestConversationView::followsTheTailOnlyWhenAtTheBottom()
{
    ConversationModel model;
    ConversationView view(&model);
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QScrollBar *bar = view.verticalScrollBar();
    const int row = model.append(message(QStringLiteral("assistant"), {}, MessageState::Streaming));
    const QString text = longMarkdown(8);
    qsizetype at = 0;
    auto stream = [&](qsizetype upTo) {
        for (; at < upTo; at += 40) {
            model.update(row, [&](Message &m) { m.content = text.left(at + 40); });
            QCoreApplication::processEvents();
        }
    };
    stream(text.size() / 2);
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    // The reader scrolls up: the view stays where they are while the answer goes on.
    bar->setValue(0);
    stream(text.size());
    QCoreApplication::processEvents();
    QCOMPARE(bar->value(), 0);
    QVERIFY(bar->maximum() > 0);
}

namespace {
void fillTurns(ConversationModel &model, int turns)
{
    QList<Message> messages;
    for (int i = 0; i < turns; ++i) {
        messages << message(QStringLiteral("user"), QStringLiteral("question number %1").arg(i));
        messages << message(QStringLiteral("assistant"),
                            QStringLiteral("Answer **%1**, with a line of text.").arg(i));
    }
    model.setMessages(messages);
}
} // namespace

void TestConversationView::longConversationsAreBuiltFromTheEnd()
{
    ConversationModel model;
    ConversationView view(&model);
    fillTurns(model, 5000); // 10,000 messages
    QCOMPARE(view.builtRowCount(), ConversationView::kInitialRows);
    QCOMPARE(view.firstBuiltRow(), 10000 - ConversationView::kInitialRows);
    const QString plain = view.toPlainText();
    QVERIFY(plain.contains(QStringLiteral("question number 4999")));
    QVERIFY(!plain.contains(QStringLiteral("question number 0\n")));
    QVERIFY(!plain.contains(QStringLiteral("question number 4979")));
    // The tail behaves as always: a new turn streams in at the end.
    const int row =
        model.append(message(QStringLiteral("assistant"), QStringLiteral("x"), MessageState::Streaming));
    model.update(row, [](Message &m) { m.content = QStringLiteral("the newest answer"); });
    QVERIFY(view.toPlainText().trimmed().endsWith(QStringLiteral("the newest answer")));
    QCOMPARE(view.builtRowCount(), ConversationView::kInitialRows + 1);
}

void TestConversationView::scrollingUpBuildsEarlierMessagesInPlace()
{
    ConversationModel model;
    ConversationView view(&model);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    fillTurns(model, 200);
    QScrollBar *bar = view.verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    const int first = view.firstBuiltRow();
    QVERIFY(first > 0);

    // What the reader looks at stays put while rows are built above it.
    QTextCursor cursor(view.document());
    cursor.setPosition(
        view.document()->find(QStringLiteral("question number %1").arg(first / 2 + 1)).position());
    const int yBefore = view.cursorRect(cursor).top();
    QCOMPARE(view.buildEarlier(10), 10);
    QCOMPARE(view.firstBuiltRow(), first - 10);
    cursor.setPosition(
        view.document()->find(QStringLiteral("question number %1").arg(first / 2 + 1)).position());
    QVERIFY2(std::abs(view.cursorRect(cursor).top() - yBefore) <= 2,
             qPrintable(QStringLiteral("%1 -> %2").arg(yBefore).arg(view.cursorRect(cursor).top())));

    // Scrolling to the top keeps building until the first message.
    for (int i = 0; i < 100 && view.firstBuiltRow() > 0; ++i) {
        bar->setValue(0);
        QCoreApplication::processEvents();
    }
    QCOMPARE(view.firstBuiltRow(), 0);
    QVERIFY(view.toPlainText().contains(QStringLiteral("question number 0")));
    QCOMPARE(view.builtRowCount(), 400);
}

void TestConversationView::rowsAboveTheBuiltOnesMoveTheWindow()
{
    ConversationModel model;
    ConversationView view(&model);
    fillTurns(model, 100);
    const int first = view.firstBuiltRow();
    // Removing from inside the unbuilt rows (a branch switched far up) drops every built one too.
    model.removeFrom(10);
    QCOMPARE(view.builtRowCount(), 0);
    QCOMPARE(view.firstBuiltRow(), 10);
    model.appendMessages({message(QStringLiteral("user"), QStringLiteral("other version"))});
    QCOMPARE(view.builtRowCount(), 1);
    QVERIFY(view.toPlainText().contains(QStringLiteral("other version")));
    QVERIFY(first > 10);
}

void TestConversationView::messageActionsAreReported()
{
    ConversationModel model;
    ConversationView view(&model);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.append(message(QStringLiteral("user"), QStringLiteral("question")));
    const int answer = model.append(message(QStringLiteral("assistant"), QStringLiteral("answer")));
    const quint64 userId = model.message(0).id;
    const quint64 answerId = model.message(answer).id;
    QSignalSpy actions(&view, &ConversationView::messageActionRequested);
    QVERIFY(clickLink(view, MessageAction::link(MessageAction::Kind::Edit, userId)));
    QVERIFY(clickLink(view, MessageAction::link(MessageAction::Kind::Regenerate, answerId)));
    QVERIFY(clickLink(view, MessageAction::link(MessageAction::Kind::Copy, answerId)));
    QCOMPARE(actions.count(), 3);
    QCOMPARE(actions.at(0).at(0).value<MessageAction::Kind>(), MessageAction::Kind::Edit);
    QCOMPARE(actions.at(0).at(1).toULongLong(), userId);
    QCOMPARE(actions.at(1).at(0).value<MessageAction::Kind>(), MessageAction::Kind::Regenerate);
    QCOMPARE(actions.at(1).at(1).toULongLong(), answerId);
    // No regenerating a question, no actions on an answer still arriving.
    QCOMPARE(anchorPosition(view.document(), MessageAction::link(MessageAction::Kind::Regenerate, userId)),
             -1);
    const int streaming =
        model.append(message(QStringLiteral("assistant"), QStringLiteral("..."), MessageState::Streaming));
    QCOMPARE(anchorPosition(view.document(),
                            MessageAction::link(MessageAction::Kind::Copy, model.message(streaming).id)),
             -1);
    QVERIFY(!MessageAction::fromLink(QStringLiteral("loquat-msg:format:1")));
    QVERIFY(!MessageAction::fromLink(QStringLiteral("loquat-msg:copy:x")));
}

void TestConversationView::versionsShowTheirPlace()
{
    ConversationModel model;
    ConversationView view(&model);
    Message m = message(QStringLiteral("assistant"), QStringLiteral("second try"));
    m.siblingIndex = 1;
    m.siblingCount = 3;
    const int row = model.append(m);
    const quint64 id = model.message(row).id;
    QVERIFY(view.toPlainText().contains(QStringLiteral("2 / 3")));
    QVERIFY(anchorPosition(view.document(), MessageAction::link(MessageAction::Kind::Previous, id)) >= 0);
    QVERIFY(anchorPosition(view.document(), MessageAction::link(MessageAction::Kind::Next, id)) >= 0);
    model.update(row, [](Message &msg) { msg.siblingIndex = 2; });
    QVERIFY(view.toPlainText().contains(QStringLiteral("3 / 3")));
    QCOMPARE(anchorPosition(view.document(), MessageAction::link(MessageAction::Kind::Next, id)), -1);
    model.update(row, [](Message &msg) { msg.siblingCount = 1; });
    QVERIFY(!view.toPlainText().contains(QStringLiteral(" / ")));
}

QTEST_MAIN(TestConversationView)
#include "tst_conversationview.moc"
