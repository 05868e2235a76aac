#pragma once

#include "api/logprobs.h"

#include <QTextBrowser>
#include <vector>

// An answer shown token by token, each token's background shaded by its probability (red for
// tokens the model was unsure of, green for near-certain ones); hovering a token lists the most
// likely alternatives the server returned (`top_logprobs`), with their probabilities.
class LogprobView final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogprobView)

public:
    explicit LogprobView(QWidget *parent = nullptr);

    void setTokens(const TokenLogprobList &tokens);
    int tokenCount() const { return int(m_tokens.size()); }
    // The token at a document position (-1 when none), and the text its tooltip shows.
    int tokenAt(int position) const;
    QString tooltipFor(int token) const;
    // The background a token of probability p (0..1) gets.
    static QColor shade(double probability);

protected:
    bool event(QEvent *event) override;

private:
    TokenLogprobList m_tokens;
    std::vector<int> m_starts; // document position where each token begins
};
