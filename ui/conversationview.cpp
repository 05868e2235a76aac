#include "conversationview.h"

#include "chat/conversationmodel.h"
#include "fragmentbuilder.h"
#include "markdown/markdownrenderer.h"
#include "messagesection.h"
#include "safedocument.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextFrame>

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
    return QStringLiteral("span.role { font-weight: bold; }\n"
                          ".dim { color: %1; }\n"
                          "p.metrics { color: %1; font-size: small; }\n"
                          "p.toggle { font-size: small; }\n"
                          "p.tool { color: %1; }\n"
                          "pre.toolargs { font-family: monospace; white-space: pre-wrap; }\n"
                          "p.error { color: %2; font-weight: bold; }\n")
        .arg(dim.name(), dark ? QStringLiteral("#ff8a80") : QStringLiteral("#c62828"));
}

} // namespace

ConversationView::ConversationView(ConversationModel *model, QWidget *parent)
    : QTextBrowser(parent)
    , m_builder(std::make_unique<FragmentBuilder>())
{
    setDocument(new SafeDocument(this));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Conversation"));
    connect(this, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { activateLink(url, m_linkPosition); });
    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, &ConversationView::onScrollRangeChanged);
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_followTail = value >= bar->maximum() - kTailSlackPx; });
    applyStyle();
    setModel(model);
}

ConversationView::~ConversationView() = default;

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
    m_sections.clear();
    document()->clear();
    if (m_model && m_model->rowCount() > 0)
        insertSections(0, m_model->rowCount() - 1);
}

void ConversationView::applyStyle()
{
    // Dark or light is read from the window colour, as the platform theme sets it.
    m_dark = palette().color(QPalette::Window).lightness() < 128;
    const QString css = MarkdownRenderer::defaultStyleSheet(m_dark) + viewStyleSheet(palette(), m_dark);
    document()->setDefaultStyleSheet(css);
    m_builder->setStyleSheet(css);
}

QTextFrameFormat ConversationView::frameFormat(const QString &role) const
{
    QTextFrameFormat format;
    format.setBorder(0);
    format.setPadding(8);
    format.setMargin(0);
    format.setBottomMargin(4);
    // The user's turns sit on a faint tint of the highlight colour so turns are told apart at a glance.
    if (role == QLatin1String("user"))
        format.setBackground(
            mixed(palette().color(QPalette::Base), palette().color(QPalette::Highlight), 0.10));
    return format;
}

void ConversationView::insertSections(int first, int last)
{
    if (!m_model)
        return;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (int row = first; row <= last && row < m_model->rowCount(); ++row) {
        // A new frame goes before the frame now at its row, or at the end of the document.
        if (std::size_t(row) < m_sections.size())
            cursor.setPosition(m_sections[std::size_t(row)]->frame()->firstPosition() - 1);
        else
            cursor.movePosition(QTextCursor::End);
        const Message &message = m_model->message(row);
        QTextFrame *frame = cursor.insertFrame(frameFormat(message.role));
        auto section = std::make_unique<MessageSection>(frame, message.id);
        section->sync(message, cursor, *m_builder);
        m_sections.insert(m_sections.begin() + row, std::move(section));
    }
    cursor.endEditBlock();
    // Something new arrived (the user sent a message): show it whatever was being read.
    m_followTail = true;
    onScrollRangeChanged();
}

void ConversationView::removeSections(int first, int last)
{
    if (first < 0 || std::size_t(last) >= m_sections.size() || first > last)
        return rebuild();
    QTextCursor cursor(document());
    cursor.setPosition(m_sections[std::size_t(first)]->frame()->firstPosition() - 1);
    cursor.setPosition(m_sections[std::size_t(last)]->frame()->lastPosition() + 1, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    m_sections.erase(m_sections.begin() + first, m_sections.begin() + last + 1);
}

void ConversationView::syncRows(int first, int last)
{
    if (!m_model)
        return;
    QTextCursor cursor(document());
    cursor.beginEditBlock(); // one layout pass for the whole update
    for (int row = std::max(first, 0); row <= last && std::size_t(row) < m_sections.size(); ++row)
        m_sections[std::size_t(row)]->sync(m_model->message(row), cursor, *m_builder);
    cursor.endEditBlock();
}

void ConversationView::onScrollRangeChanged()
{
    if (m_followTail)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

MessageSection *ConversationView::sectionAt(int position) const
{
    // Sections are in document order: the last one starting at or before the position holds it.
    auto after =
        std::upper_bound(m_sections.cbegin(), m_sections.cend(), position, [](int pos, const auto &section) {
            return pos < section->frame()->firstPosition() - 1;
        });
    if (after == m_sections.cbegin())
        return nullptr;
    MessageSection *section = std::prev(after)->get();
    return position <= section->frame()->lastPosition() ? section : nullptr;
}

MessageSection *ConversationView::sectionOfId(quint64 id) const
{
    for (const auto &section : m_sections) {
        if (section->id() == id)
            return section.get();
    }
    return nullptr;
}

bool ConversationView::isReasoningExpanded(quint64 messageId) const
{
    const MessageSection *section = sectionOfId(messageId);
    return section && section->hasReasoning() && section->isReasoningExpanded();
}

void ConversationView::setReasoningExpanded(quint64 messageId, bool expanded)
{
    if (MessageSection *section = sectionOfId(messageId)) {
        QTextCursor cursor(document());
        cursor.beginEditBlock();
        section->setReasoningExpanded(expanded, cursor, *m_builder);
        cursor.endEditBlock();
    }
}

void ConversationView::activateLink(const QUrl &url, int position)
{
    const QString href = url.toString();
    if (const int block = MarkdownRenderer::codeBlockFromLink(href); block >= 0) {
        if (const MessageSection *section = sectionAt(position)) {
            QGuiApplication::clipboard()->setText(section->codeBlock(position, block));
            emit notice(tr("Copied the code to the clipboard."));
        }
        return;
    }
    if (const quint64 id = MessageSection::idFromToggleLink(href)) {
        setReasoningExpanded(id, !isReasoningExpanded(id));
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
