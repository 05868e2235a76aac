#include "comparepane.h"

#include "chat/message.h"
#include "conversationview.h"
#include "elidedline.h"
#include "metricstext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ComparePane::ComparePane(int lane, QWidget *parent)
    : QFrame(parent)
    , m_lane(lane)
    , m_title(new QLabel(this))
    , m_differs(new QLabel(this))
    , m_figures(new ElidedLine(this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_continue(new QPushButton(tr("Continue in chat"), this))
    , m_request(new QPushButton(tr("Request"), this))
    , m_view(new ConversationView(nullptr, this))
{
    setObjectName(QStringLiteral("lane%1").arg(lane + 1));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(340);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_differs->setWordWrap(true);
    m_differs->setTextFormat(Qt::PlainText);
    // The figures change every frame while the lane streams: a label that wrapped or grew would
    // resize the answer's view below it (every resize lays the whole document out again), and
    // any QLabel change relays out the row of panes. So it is one line whose size never follows
    // its text (the full text is its tooltip).
    m_figures->setObjectName(QStringLiteral("laneFigures"));
    // The scroll bar is there from the start: appearing when the answer outgrows the pane, it
    // narrowed the text (one more layout of the whole answer, and a flicker as it came and went
    // while the length hovered at the pane's height) and asked the row of panes to lay out again.
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_stop->setToolTip(tr("Stop this lane; the others go on"));
    m_continue->setToolTip(tr("Make this answer the chat's: the conversation goes on from it"));
    m_request->setToolTip(tr("The exact request of this lane (copy as JSON or curl, replay)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    buttons->addWidget(m_request);
    buttons->addWidget(m_continue);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_differs);
    layout->addWidget(m_figures);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    connect(m_stop, &QPushButton::clicked, this, [this] { emit stopRequested(m_lane); });
    connect(m_continue, &QPushButton::clicked, this, [this] { emit continueRequested(m_lane); });
    connect(m_request, &QPushButton::clicked, this, [this] { emit requestRequested(m_lane); });
}

void ComparePane::setModel(ConversationModel *model)
{
    m_view->setModel(model);
}

ConversationModel *ComparePane::model() const
{
    return m_view->model();
}

void ComparePane::setTitle(const QString &label, const QStringList &differences)
{
    m_title->setText(tr("Lane %1 · %2").arg(m_lane + 1).arg(label));
    if (m_lane == 0)
        m_differs->setText(tr("The reference lane"));
    else
        m_differs->setText(differences.isEmpty()
                               ? tr("Same settings as lane 1")
                               : tr("Differs: %1").arg(differences.join(QStringLiteral("; "))));
}

void ComparePane::updateStatus(const Message &answer, bool running)
{
    QStringList parts;
    const QString figures = MetricsText::format(answer.metrics);
    if (!figures.isEmpty())
        parts << figures;
    if (answer.metrics.wallMs >= 0)
        parts << tr("wall %1 ms").arg(MetricsText::count(answer.metrics.wallMs));
    switch (answer.state) {
    case MessageState::Streaming:
        parts << tr("streaming…");
        break;
    case MessageState::Stopped:
        parts << tr("stopped");
        break;
    case MessageState::Failed:
        parts << tr("failed");
        break;
    default:
        if (!answer.finishReason.isEmpty())
            parts << tr("finish: %1").arg(answer.finishReason);
        break;
    }
    m_figures->setText(parts.join(QStringLiteral(" · ")));
    m_stop->setEnabled(running);
    m_continue->setEnabled(!running && !answer.content.isEmpty());
    m_request->setEnabled(!answer.request.isEmpty());
}
