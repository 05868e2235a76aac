#pragma once

#include "chat/conversationmodel.h"

#include <QPointer>
#include <QTextBrowser>
#include <memory>
#include <vector>

class FragmentBuilder;
class MessageSection;
class QModelIndex;
class QTextFrameFormat;

// The conversation, as one read-only rich-text document that follows a ConversationModel.
//
// Why a QTextBrowser and not the QListView + delegate the design notes suggest: one document
// gives native text selection across messages (a delegate can only offer per-message editors or
// copy actions), native link handling and keyboard navigation, and QTextDocument's layout is
// incremental: when only the tail of the document changes, only the changed blocks are laid out
// again. Each message is a QTextFrame (see MessageSection); a streaming update inserts the blocks
// that closed and replaces the open block, and the document is never set anew while it streams.
//
// Links: "loquat-copy:<n>" copies code block n of the message clicked, "loquat-toggle:<id>" folds
// a message's reasoning, http(s) and mailto open in the browser only when clicked; nothing else
// is followed. No resource is ever loaded: loadResource() refuses everything.
class ConversationView final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)

public:
    explicit ConversationView(ConversationModel *model = nullptr, QWidget *parent = nullptr);
    ~ConversationView() override;

    void setModel(ConversationModel *model);
    ConversationModel *model() const { return m_model; }

    // How many times the whole document was built from scratch (model set or reset, palette
    // change). Streaming never adds to it.
    int rebuildCount() const { return m_rebuildCount; }
    // Resource loads refused so far (images in a message, for instance).
    int refusedResourceCount() const { return m_refusedResources; }

    bool isReasoningExpanded(quint64 messageId) const;
    void setReasoningExpanded(quint64 messageId, bool expanded);
    // Follows the link as a click would; `position` tells which message it belongs to.
    void activateLink(const QUrl &url, int position);

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    // A short confirmation for a status line ("Copied").
    void notice(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void applyStyle();
    void insertSections(int first, int last);
    void removeSections(int first, int last);
    void syncRows(int first, int last);
    void onAnchorClicked(const QUrl &url);
    void onScrollRangeChanged();
    QTextFrameFormat frameFormat(const QString &role) const;
    MessageSection *sectionAt(int position) const;
    MessageSection *sectionOfId(quint64 id) const;

    QPointer<ConversationModel> m_model;
    std::unique_ptr<FragmentBuilder> m_builder;
    std::vector<std::unique_ptr<MessageSection>> m_sections; // one per model row, in order
    QList<QMetaObject::Connection> m_modelConnections;
    int m_rebuildCount = 0;
    int m_refusedResources = 0;
    int m_linkPosition = -1;  // where the last click or key press happened, for link activation
    bool m_followTail = true; // the view was at the bottom: keep it there as the answer grows
    bool m_dark = false;
};
