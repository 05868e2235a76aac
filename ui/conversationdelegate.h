#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

// Paints a conversation in the sidebar on two lines: its title (a pin before it when pinned),
// then, dimmed, the model and when it was last used — or, in search results, the snippet with
// the matched words in bold.
class ConversationDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationDelegate)

public:
    explicit ConversationDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "14:05" today, "12 Mar" this year, "12 Mar 2023" before.
    static QString shortDate(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTime());
    // The snippet's text without the highlight marks (for accessibility and tests).
    static QString plainSnippet(const QString &snippet);
};
