#pragma once

#include <QtGlobal>

// Token counts as the server reported them; -1 where the server sent none.
struct Usage {
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    qint64 totalTokens = -1;
    qint64 cachedTokens = -1; // usage.prompt_tokens_details.cached_tokens

    bool isValid() const { return promptTokens >= 0 || completionTokens >= 0 || totalTokens >= 0; }
    bool operator==(const Usage &) const = default;
};
