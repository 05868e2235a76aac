#pragma once

#include <QLabel>

class TokenBudget;

// Under the composer: how many tokens the prompt (the whole conversation plus the message being
// typed) will take, against the model's context, and a warning when it cannot fit. Absent when
// the server cannot count (llama.cpp, proxies) or there is nothing to count.
class TokenBudgetLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenBudgetLabel)

public:
    explicit TokenBudgetLabel(TokenBudget *budget, QWidget *parent = nullptr);

    bool isWarning() const { return m_warning; }
    // The warning shown when `reserved` output tokens cannot follow `count` prompt tokens.
    static QString warningText(qint64 count, qint64 reserved, qint64 limit);

private:
    void refresh();

    TokenBudget *m_budget;
    bool m_warning = false;
};
