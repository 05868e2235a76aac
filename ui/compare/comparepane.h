#pragma once

#include <QFrame>

class ConversationModel;
class ConversationView;
class ElidedLine;
class QLabel;
class QPushButton;
struct Message;

// One lane's answer in the Compare view: what the lane is, how it differs from lane 1, its
// figures and how it ended, above the answer rendered as markdown exactly as in the chat (a
// ConversationView on the lane's one-message model, so it streams incrementally).
class ComparePane final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePane)

public:
    ComparePane(int lane, QWidget *parent = nullptr);

    void setModel(ConversationModel *model);
    ConversationModel *model() const;
    void setTitle(const QString &label, const QStringList &differences);
    // Figures and state, from the lane's message.
    void updateStatus(const Message &answer, bool running);

    ConversationView *view() const { return m_view; }
    ElidedLine *figuresLine() const { return m_figures; }
    QLabel *differsLabel() const { return m_differs; }
    QPushButton *stopButton() const { return m_stop; }

signals:
    void stopRequested(int lane);
    void continueRequested(int lane);
    void requestRequested(int lane);

private:
    int m_lane;
    QLabel *m_title;
    QLabel *m_differs;
    ElidedLine *m_figures;
    QPushButton *m_stop;
    QPushButton *m_continue;
    QPushButton *m_request;
    ConversationView *m_view;
};
