#include "tokenbudgetlabel.h"

#include "chat/tokenbudget.h"
#include "metricstext.h"

TokenBudgetLabel::TokenBudgetLabel(TokenBudget *budget, QWidget *parent)
    : QLabel(parent)
    , m_budget(budget)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setAccessibleName(tr("Prompt size"));
    connect(m_budget, &TokenBudget::changed, this, &TokenBudgetLabel::refresh);
    refresh();
}

QString TokenBudgetLabel::warningText(qint64 count, qint64 reserved, qint64 limit)
{
    if (reserved > 1)
        return tr("Will not fit: the prompt takes %1 tokens and the answer may take %2, but the model "
                  "holds %3. Shorten the message, lower max_tokens or start a new chat.")
            .arg(MetricsText::count(count), MetricsText::count(reserved), MetricsText::count(limit));
    return tr("Will not fit: the prompt takes %1 tokens but the model holds %2. Shorten the message or "
              "start a new chat.")
        .arg(MetricsText::count(count), MetricsText::count(limit));
}

void TokenBudgetLabel::refresh()
{
    const TokenBudget::State state = m_budget->state();
    if (state == TokenBudget::State::Idle || state == TokenBudget::State::Unsupported ||
        state == TokenBudget::State::Failed || m_budget->count() < 0) {
        m_warning = false;
        clear();
        setVisible(false);
        return;
    }
    if (state == TokenBudget::State::Counting && !text().isEmpty()) {
        setEnabled(false); // the figure is for the text before the last keystrokes
        return;
    }
    setEnabled(true);
    const qint64 count = m_budget->count();
    const qint64 limit = m_budget->maxModelLen();
    const qint64 reserved = m_budget->reservedCount();
    m_warning = limit > 0 && count + reserved > limit;
    QPalette p = palette();
    p.setColor(QPalette::WindowText,
               m_warning ? QColor(0xc6, 0x28, 0x28) : p.color(QPalette::PlaceholderText));
    setPalette(p);
    if (m_warning)
        setText(warningText(count, reserved, limit));
    else if (limit > 0)
        setText(tr("Prompt: %1 of %2 tokens").arg(MetricsText::count(count), MetricsText::count(limit)));
    else
        setText(tr("Prompt: %1 tokens").arg(MetricsText::count(count)));
    setVisible(true);
}
