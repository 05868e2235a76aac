#pragma once

#include "chat/conversationmodel.h"
#include "messageaction.h"

#include <QPointer>
#include <QTextBrowser>
#include <memory>
#include <vector>

class FragmentBuilder;
class MessageSection;
class QModelIndex;
class QNetworkAccessManager;
class QTimer;
class RemoteImages;

// The conversation, as one read-only rich-text document that follows a ConversationModel.
//
// Why a QTextBrowser and not the QListView + delegate the design notes suggest: one document
// gives native text selection across messages (a delegate can only offer per-message editors or
// copy actions), native link handling and keyboard navigation, and QTextDocument's layout is
// incremental: when only the tail of the document changes, only the changed blocks are laid out
// again. Each message is a run of blocks in the root frame (see MessageSection); a streaming
// update inserts the blocks that closed and replaces the open block, and the document is never
// set anew while it streams. Messages are deliberately not QTextFrames: QTextDocumentLayout lays
// out and paints the root frame from checkpoints near the change or the visible area, but walks a
// child frame from its first block on every update and every paint, which made each frame of a
// long answer cost time proportional to the answer's length.
//
// Links: "loquat-copy:<n>" copies code block n of the message clicked, "loquat-toggle:<id>" folds
// a message's reasoning, "loquat-msg:<verb>:<id>" asks for a message action (reported through
// messageActionRequested), "loquat-attachment:<id>:<n>" previews attachment n of a user message,
// http(s) and mailto open in the browser only when clicked; "loquat-image:<hex>" (a web image's
// placeholder, showing its description and full address) fetches that one image, on the click,
// and shows it in the answer scaled to the view's width (RemoteImages); nothing else is followed.
// Rendering loads no resource: loadResource() refuses everything. The thumbnails of the user's attachments
// are put into the document by the view itself (addResource) from local data, under a scheme with a random
// part, so nothing a model writes can name one.
//
// Long conversations are built lazily: a reset (a conversation opened) builds only the last
// messages — kInitialRows of them, or fewer when they hold kInitialChars of text (a couple of
// screens) — and scrolling near the top builds a page more above (kPageRows, or kInitialChars),
// keeping what is on screen where it was. So a conversation of 10,000 messages opens to its last screen at
// the cost of a few dozen, and rows above firstBuiltRow() cost nothing until they are scrolled to.
class ConversationView final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)

public:
    static constexpr int kInitialRows = 40;
    static constexpr int kPageRows = 30;
    static constexpr int kInitialChars = 6000;

    explicit ConversationView(ConversationModel *model = nullptr, QWidget *parent = nullptr);
    ~ConversationView() override;

    void setModel(ConversationModel *model);
    ConversationModel *model() const { return m_model; }

    // How many times the whole document was built from scratch (model set or reset, palette
    // change). Streaming never adds to it.
    int rebuildCount() const { return m_rebuildCount; }
    // Resource loads refused so far (images in a message, for instance).
    int refusedResourceCount() const { return m_refusedResources; }
    // The network manager clicked web images are fetched with (the app's).
    void setNetwork(QNetworkAccessManager *network);
    RemoteImages *remoteImages() const { return m_images; }
    // The first model row that is in the document; the rows above it are built when scrolled to.
    int firstBuiltRow() const { return m_first; }
    int builtRowCount() const { return static_cast<int>(m_sections.size()); }
    // Builds up to `rows` more messages above the first built one (what scrolling to the top
    // does); returns how many were built.
    int buildEarlier(int rows = kPageRows);

    bool isReasoningExpanded(quint64 messageId) const;
    void setReasoningExpanded(quint64 messageId, bool expanded);
    // Follows the link as a click would; `position` tells which message it belongs to.
    void activateLink(const QUrl &url, int position);

    QVariant loadResource(int type, const QUrl &name) override;

    // With n > 1: which choice a message shows (0 is the first).
    int shownChoice(quint64 messageId) const;
    void showChoice(quint64 messageId, int choice);

signals:
    // A short confirmation for a status line ("Copied").
    void notice(const QString &text);
    // A message's Copy, Edit, Regenerate, Delete or version arrow was clicked; the id is the
    // message's (Message::id).
    void messageActionRequested(MessageAction::Kind kind, quint64 messageId);

protected:
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void applyStyle();
    void insertSections(int first, int last);
    void buildSections(int first, int last); // rows first..last, which follow m_first
    // The first row of a page that ends before `end`: at most `rows` rows, stopping once they
    // hold kInitialChars of text (a single huge message is still one whole row).
    int pageStart(int end, int rows) const;
    void removeSections(int first, int last);
    void syncRows(int first, int last);
    void onAnchorClicked(const QUrl &url);
    void onScrollRangeChanged();
    int sectionStart(std::size_t index) const;
    // The section holding a document position, and the position's offset in it.
    MessageSection *sectionAt(int position, int *offset) const;
    std::size_t indexOfId(quint64 id) const; // m_sections.size() when absent
    void checkLengths();
    QString attachmentsHtml(const Message &message);
    void onThumbnailReady(const QString &sha256);
    // Draws again the messages whose markdown holds `needle` (a remote image's placeholder link).
    void redrawMarkdownShowing(const QString &needle);
    int imageWidth() const; // the widest a remote image is shown

    QPointer<ConversationModel> m_model;
    std::unique_ptr<FragmentBuilder> m_builder;
    std::vector<std::unique_ptr<MessageSection>> m_sections; // one per model row, in document order
    QList<QMetaObject::Connection> m_modelConnections;
    int m_first = 0; // the model row of m_sections[0]
    bool m_buildEarlierQueued = false;
    int m_rebuildCount = 0;
    int m_refusedResources = 0;
    int m_linkPosition = -1;  // where the last click or key press happened, for link activation
    bool m_followTail = true; // the view was at the bottom: keep it there as the answer grows
    bool m_dark = false;
    bool m_rebuilding = false;
    QString m_thumbnailScheme; // "loquat-thumb-<random>"
    RemoteImages *m_images;
    QTimer *m_imageResize; // redraws loaded images at a new width once resizing pauses
};
