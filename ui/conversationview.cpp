#include "conversationview.h"

#include "attachments/attachmentchip.h"
#include "attachments/attachmentpreview.h"
#include "attachments/thumbnailcache.h"

#include <QRandomGenerator>

#include "chat/conversationmodel.h"
#include "fragmentbuilder.h"
#include "markdown/markdownrenderer.h"
#include "messagesection.h"
#include "remoteimages/remoteimages.h"
#include "safedocument.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>

#include <algorithm>

namespace {

// Within this many pixels of the bottom counts as "at the bottom" (a wheel notch is ~3 lines).
constexpr int kTailSlackPx = 24;

QColor mixed(const QColor &a, const QColor &b, double amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

// The view's own classes, next to the markdown renderer's.
QString viewStyleSheet(const QPalette &palette, bool dark)
{
    const QColor dim = mixed(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
    const QColor tint = mixed(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.10);
    return QStringLiteral("span.role { font-weight: bold; }\n"
                          "p.head { margin-top: 14px; margin-bottom: 2px; }\n"
                          "table.user { background-color: %3; margin-top: 10px; }\n"
                          "p.userhead { margin: 0; }\n"
                          "p.user { margin-top: 4px; margin-bottom: 0; }\n"
                          ".dim { color: %1; }\n"
                          "p.metrics { color: %1; font-size: small; }\n"
                          "p.toggle { font-size: small; }\n"
                          "p.tool { color: %1; }\n"
                          "pre.toolargs { font-family: monospace; white-space: pre-wrap; }\n"
                          "p.error { color: %2; font-weight: bold; }\n"
                          "p.actions { font-size: small; margin-top: 2px; }\n"
                          "span.actions { font-size: small; }\n"
                          "span.versions { font-size: small; }\n")
        .arg(dim.name(), dark ? QStringLiteral("#ff8a80") : QStringLiteral("#c62828"), tint.name());
}

} // namespace

ConversationView::ConversationView(ConversationModel *model, QWidget *parent)
    : QTextBrowser(parent)
    , m_builder(std::make_unique<FragmentBuilder>())
    , m_imageResize(new QTimer(this))
{
    setDocument(new SafeDocument(this));
    m_images = new RemoteImages(document(), this);
    m_builder->setFilter([this](const QString &html) { return m_images->present(html); });
    connect(m_images, &RemoteImages::changed, this,
            [this](const QString &url) { redrawMarkdownShowing(MarkdownRenderer::remoteImageLinkFor(url)); });
    m_imageResize->setSingleShot(true);
    m_imageResize->setInterval(150);
    connect(m_imageResize, &QTimer::timeout, this, [this] {
        if (m_images->setMaxWidth(imageWidth()))
            redrawMarkdownShowing(QStringLiteral("loquat-image:"));
    });
    document()->setDocumentMargin(12);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Conversation"));
    connect(this, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { activateLink(url, m_linkPosition); });
    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, &ConversationView::onScrollRangeChanged);
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_followTail = value >= bar->maximum() - kTailSlackPx;
        // Near the top with rows above still unbuilt: build a page of them, after this event.
        if (m_first > 0 && value < viewport()->height() / 2 && !m_buildEarlierQueued) {
            m_buildEarlierQueued = true;
            QMetaObject::invokeMethod(
                this, [this] { buildEarlier(); }, Qt::QueuedConnection);
        }
    });
    m_thumbnailScheme = QStringLiteral("loquat-thumb-%1")
                            .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    connect(ThumbnailCache::shared(), &ThumbnailCache::ready, this, &ConversationView::onThumbnailReady);
    applyStyle();
    setModel(model);
}

QString ConversationView::attachmentsHtml(const Message &message)
{
    if (message.attachments.isEmpty())
        return {};
    ThumbnailCache *cache = ThumbnailCache::shared();
    QString pictures, captions;
    for (qsizetype i = 0; i < message.attachments.size(); ++i) {
        Attachment a = message.attachments.at(i);
        a.durationMs = cache->durationMs(a);
        const QString name = a.name.toHtmlEscaped();
        if (a.isReference()) {
            pictures += QStringLiteral("<a href=\"%1\">🔗 %2</a>&nbsp;&nbsp; ")
                            .arg(a.url.toString(QUrl::FullyEncoded).toHtmlEscaped(), name);
        } else {
            const QString link = QStringLiteral("loquat-attachment:%1:%2").arg(message.id).arg(i);
            const QImage thumbnail = cache->thumbnail(a);
            if (thumbnail.isNull()) {
                pictures += QStringLiteral("<a href=\"%1\">[%2]</a>&nbsp;&nbsp; ").arg(link, name);
            } else {
                const QUrl source(m_thumbnailScheme + QLatin1Char(':') + a.sha256);
                document()->addResource(QTextDocument::ImageResource, source, thumbnail);
                pictures += QStringLiteral(
                                "<a href=\"%1\"><img src=\"%2\" width=\"%3\" height=\"%4\"></a>&nbsp;&nbsp; ")
                                .arg(link, source.toString())
                                .arg(thumbnail.width())
                                .arg(thumbnail.height());
            }
        }
        captions += QStringLiteral("%1%2 — %3")
                        .arg(i > 0 ? QStringLiteral("<br>") : QString(), name,
                             AttachmentChip::describe(a).toHtmlEscaped());
    }
    return QStringLiteral("<p class=\"userhead\">%1</p><p class=\"dim\">%2</p>").arg(pictures, captions);
}

void ConversationView::onThumbnailReady(const QString &sha256)
{
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (const Attachment &a : m_model->message(row).attachments) {
            if (a.sha256 == sha256) {
                syncRows(row, row);
                break;
            }
        }
    }
}

ConversationView::~ConversationView() = default;

void ConversationView::setNetwork(QNetworkAccessManager *network)
{
    m_images->setNetwork(network);
}

int ConversationView::imageWidth() const
{
    // The text width less room for a list's or a quote's indent.
    return viewport()->width() - 2 * int(document()->documentMargin()) - 48;
}

void ConversationView::redrawMarkdownShowing(const QString &needle)
{
    m_images->setMaxWidth(imageWidth());
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    int start = 0;
    for (const auto &section : m_sections) {
        section->redrawMarkdownShowing(start, needle, cursor, *m_builder);
        start += section->length();
    }
    cursor.endEditBlock();
    checkLengths();
}

void ConversationView::setModel(ConversationModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    if (model) {
        m_modelConnections = {
            connect(model, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &, int first, int last) { insertSections(first, last); }),
            connect(model, &QAbstractItemModel::rowsRemoved, this,
                    [this](const QModelIndex &, int first, int last) { removeSections(first, last); }),
            connect(
                model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &from, const QModelIndex &to) { syncRows(from.row(), to.row()); }),
            connect(model, &QAbstractItemModel::modelReset, this, &ConversationView::rebuild),
            connect(model, &QAbstractItemModel::layoutChanged, this, &ConversationView::rebuild),
            connect(model, &QAbstractItemModel::rowsMoved, this, &ConversationView::rebuild),
        };
    }
    rebuild();
}

void ConversationView::rebuild()
{
    ++m_rebuildCount;
    m_rebuilding = true;
    m_sections.clear();
    document()->clear();
    const int rows = m_model ? m_model->rowCount() : 0;
    m_first = pageStart(rows, kInitialRows);
    if (rows > 0)
        buildSections(m_first, rows - 1);
    m_rebuilding = false;
    m_followTail = true;
    onScrollRangeChanged();
}

int ConversationView::pageStart(int end, int rows) const
{
    qsizetype chars = 0;
    int first = end;
    while (first > 0 && end - first < rows && chars < kInitialChars) {
        --first;
        const Message &m = m_model->message(first);
        chars += m.content.size() + m.reasoning.size();
    }
    return first;
}

int ConversationView::buildEarlier(int rows)
{
    m_buildEarlierQueued = false;
    if (!m_model || m_first <= 0 || rows <= 0)
        return 0;
    // What is on screen stays where it is: the first block built so far is measured before and
    // after, and the scroll position moves by what was added above it.
    QScrollBar *bar = verticalScrollBar();
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const int oldFirst = m_first;
    const QTextBlock anchor = document()->findBlock(1);
    const double before = anchor.isValid() ? layout->blockBoundingRect(anchor).top() : 0.0;
    const int value = bar->value();
    m_first = pageStart(oldFirst, rows);
    buildSections(m_first, oldFirst - 1);
    const QTextBlock moved = document()->findBlock(sectionStart(std::size_t(oldFirst - m_first)) + 1);
    const double after = moved.isValid() ? layout->blockBoundingRect(moved).top() : before;
    bar->setValue(value + qRound(after - before));
    return oldFirst - m_first;
}

void ConversationView::applyStyle()
{
    // Dark or light is read from the window colour, as the platform theme sets it.
    m_dark = palette().color(QPalette::Window).lightness() < 128;
    const QString css = MarkdownRenderer::defaultStyleSheet(m_dark) + viewStyleSheet(palette(), m_dark);
    document()->setDefaultStyleSheet(css);
    m_builder->setStyleSheet(css);
}

int ConversationView::sectionStart(std::size_t index) const
{
    // The document begins with one empty block; each section follows the one before it.
    int start = 0;
    for (std::size_t i = 0; i < index && i < m_sections.size(); ++i)
        start += m_sections[i]->length();
    return start;
}

void ConversationView::insertSections(int first, int last)
{
    if (!m_model)
        return;
    if (first < m_first) {
        m_first += last - first + 1; // above what is built: shown when scrolled to
        return;
    }
    if (last - first + 1 > kInitialRows)
        return rebuild(); // a long branch switched to: its tail only, as on opening
    buildSections(first, last);
    // Something new arrived (the user sent a message): show it whatever was being read.
    m_followTail = true;
    onScrollRangeChanged();
}

void ConversationView::buildSections(int first, int last)
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    // A section goes where the section now at its row starts (or at the end): sections begin
    // with a block separator, so inserting there puts it before that one.
    int position = sectionStart(std::size_t(first - m_first));
    for (int row = first; row <= last && row < m_model->rowCount(); ++row) {
        const Message &message = m_model->message(row);
        auto section = std::make_unique<MessageSection>(message.id);
        section->setAttachmentsHtml(attachmentsHtml(message));
        section->sync(position, message, cursor, *m_builder);
        position += section->length();
        m_sections.insert(m_sections.begin() + (row - m_first), std::move(section));
    }
    cursor.endEditBlock();
    checkLengths();
}

void ConversationView::removeSections(int first, int last)
{
    if (first < 0 || first > last || std::size_t(last - m_first) >= m_sections.size())
        return rebuild();
    // Rows above the built ones only move the window; built ones leave the document.
    const int unbuilt = first < m_first ? std::min(last, m_first - 1) - first + 1 : 0;
    const int from = std::max(first, m_first) - m_first;
    const int to = last - m_first;
    if (to >= from) {
        const int start = sectionStart(std::size_t(from));
        const int end = sectionStart(std::size_t(to)) + m_sections[std::size_t(to)]->length();
        QTextCursor cursor(document());
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        m_sections.erase(m_sections.begin() + from, m_sections.begin() + to + 1);
    }
    m_first -= unbuilt;
    checkLengths();
}

void ConversationView::syncRows(int first, int last)
{
    if (!m_model || first < 0)
        return;
    QTextCursor cursor(document());
    cursor.beginEditBlock();          // one layout pass for the whole update
    first = std::max(first, m_first); // rows above the built ones have nothing to update
    int position = sectionStart(std::size_t(first - m_first));
    for (int row = first; row <= last && std::size_t(row - m_first) < m_sections.size(); ++row) {
        MessageSection &section = *m_sections[std::size_t(row - m_first)];
        section.setAttachmentsHtml(attachmentsHtml(m_model->message(row)));
        section.sync(position, m_model->message(row), cursor, *m_builder);
        position += section.length();
    }
    cursor.endEditBlock();
    checkLengths();
}

void ConversationView::checkLengths()
{
    // Every edit of the document goes through the sections, so their lengths add up to the
    // document's. Should that ever break, the view rebuilds rather than edit the wrong text.
    if (sectionStart(m_sections.size()) + 1 == document()->characterCount())
        return;
    qWarning("ConversationView: section lengths out of step with the document; rebuilding");
    if (!m_rebuilding)
        rebuild();
}

void ConversationView::onScrollRangeChanged()
{
    QScrollBar *bar = verticalScrollBar();
    if (m_followTail)
        bar->setValue(bar->maximum());
    // What is built does not fill the view: build more above so there is something to scroll.
    if (bar->maximum() == 0 && m_first > 0 && isVisible() && !m_buildEarlierQueued) {
        m_buildEarlierQueued = true;
        QMetaObject::invokeMethod(
            this, [this] { buildEarlier(); }, Qt::QueuedConnection);
    }
}

MessageSection *ConversationView::sectionAt(int position, int *offset) const
{
    int start = 0;
    for (const auto &section : m_sections) {
        const int end = start + section->length();
        if (position >= start && position <= end) {
            *offset = position - start;
            return section.get();
        }
        start = end;
    }
    return nullptr;
}

std::size_t ConversationView::indexOfId(quint64 id) const
{
    for (std::size_t i = 0; i < m_sections.size(); ++i) {
        if (m_sections[i]->id() == id)
            return i;
    }
    return m_sections.size();
}

bool ConversationView::isReasoningExpanded(quint64 messageId) const
{
    const std::size_t index = indexOfId(messageId);
    return index < m_sections.size() && m_sections[index]->hasReasoning() &&
           m_sections[index]->isReasoningExpanded();
}

void ConversationView::setReasoningExpanded(quint64 messageId, bool expanded)
{
    const std::size_t index = indexOfId(messageId);
    if (index == m_sections.size())
        return;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    m_sections[index]->setReasoningExpanded(sectionStart(index), expanded, cursor, *m_builder);
    cursor.endEditBlock();
    checkLengths();
}

int ConversationView::shownChoice(quint64 messageId) const
{
    const std::size_t index = indexOfId(messageId);
    return index < m_sections.size() ? m_sections[index]->choice() : 0;
}

void ConversationView::showChoice(quint64 messageId, int choice)
{
    const std::size_t index = indexOfId(messageId);
    if (index >= m_sections.size() || !m_model || m_sections[index]->choice() == choice)
        return;
    m_sections[index]->setChoice(choice);
    syncRows(int(index), int(index));
}

void ConversationView::activateLink(const QUrl &url, int position)
{
    const QString href = url.toString();
    if (const int block = MarkdownRenderer::codeBlockFromLink(href); block >= 0) {
        int offset = 0;
        if (const MessageSection *section = sectionAt(position, &offset)) {
            QGuiApplication::clipboard()->setText(section->codeBlock(offset, block));
            emit notice(tr("Copied the code to the clipboard."));
        }
        return;
    }
    if (const QString image = MarkdownRenderer::remoteImageFromLink(href); !image.isEmpty()) {
        m_images->load(image); // this one image, now that the user asked for it
        return;
    }
    if (href.startsWith(QLatin1String("loquat-attachment:"))) {
        const QStringList parts = href.split(QLatin1Char(':'));
        const int row = m_model ? m_model->rowOfId(parts.value(1).toULongLong()) : -1;
        const int index = parts.value(2).toInt();
        if (row >= 0 && index >= 0 && index < m_model->message(row).attachments.size())
            AttachmentPreview::open(m_model->message(row).attachments.at(index), this);
        return;
    }
    if (const std::optional<MessageAction> action = MessageAction::fromLink(href)) {
        emit messageActionRequested(action->kind, action->messageId);
        return;
    }
    if (const quint64 id = MessageSection::idFromToggleLink(href)) {
        setReasoningExpanded(id, !isReasoningExpanded(id));
        // The clicked link's selection now spans text that moved under it; drop it rather than
        // leave a focus frame around the reasoning.
        QTextCursor cursor = textCursor();
        cursor.clearSelection();
        setTextCursor(cursor);
        return;
    }
    quint64 choiceId = 0;
    int choice = 0;
    if (MessageSection::choiceFromLink(href, &choiceId, &choice)) {
        showChoice(choiceId, choice);
        return;
    }
    // Only what a person would expect a link in a chat to do; never file:, javascript: or data:.
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
        scheme == QLatin1String("mailto"))
        QDesktopServices::openUrl(url);
}

QVariant ConversationView::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    // Model output must never make the app fetch a URL or read a file: every resource is refused.
    ++m_refusedResources;
    return {};
}

void ConversationView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    const QString before = document()->defaultStyleSheet();
    applyStyle();
    if (document()->defaultStyleSheet() != before)
        rebuild(); // formats were resolved when the blocks were inserted
}

void ConversationView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    m_imageResize->start();
}

void ConversationView::mousePressEvent(QMouseEvent *event)
{
    m_linkPosition = cursorForPosition(event->position().toPoint()).position();
    QTextBrowser::mousePressEvent(event);
}

void ConversationView::mouseReleaseEvent(QMouseEvent *event)
{
    // The browser reports a link click during the release; remember where it happened.
    m_linkPosition = cursorForPosition(event->position().toPoint()).position();
    QTextBrowser::mouseReleaseEvent(event);
}

void ConversationView::keyPressEvent(QKeyEvent *event)
{
    // Enter on a link focused with Tab: the link is the cursor's selection.
    m_linkPosition = textCursor().selectionStart();
    QTextBrowser::keyPressEvent(event);
}
