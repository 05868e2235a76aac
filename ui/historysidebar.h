#pragma once

#include <QWidget>

class ConversationListModel;
class InlineNotice;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QTimer;
class QToolButton;

// The conversations, newest first: a search field (as you type, ranked, snippets highlighted),
// a New button, the list, and for a few seconds after a delete an Undo bar. Clicking (or Enter
// on) a conversation asks to open it; the context menu (and F2, Delete) renames, duplicates,
// pins, exports and deletes. It only asks: MainWindow opens, exports and imports.
class HistorySidebar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistorySidebar)

public:
    static constexpr int kUndoMs = 8000;

    enum class Format { Markdown, Json };

    explicit HistorySidebar(ConversationListModel *model, QWidget *parent = nullptr);

    // Selects the conversation on screen (none when it is not stored yet).
    void setActiveUid(const QString &uid);
    void focusSearch();
    // Deletes with undo: the same as the context menu's Delete.
    void deleteConversation(const QString &uid);

    ConversationListModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    QToolButton *newButton() const { return m_new; }
    InlineNotice *undoBar() const { return m_undo; }
    QLabel *emptyLabel() const { return m_empty; }
    // The context menu for a row, as the list would show it.
    QMenu *menuFor(int row);

signals:
    void openRequested(const QString &uid);
    void newRequested();
    void exportRequested(const QString &uid, Format format);
    void exportAllRequested(Format format);
    void importRequested();
    void deleted(const QString &uid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onLoaded();
    void openRow(int row);
    void endUndo();

    ConversationListModel *m_model;
    QLineEdit *m_search;
    QToolButton *m_new;
    QListView *m_list;
    QLabel *m_empty;
    InlineNotice *m_undo;
    QTimer *m_undoTimer;
    QMenu *m_menu = nullptr;
    QString m_activeUid;
    QString m_undoUid;
};
